// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

namespace alab::cli {
namespace {

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

const OptionSpec* findSpec(const std::vector<OptionSpec>& specs, std::string_view name) {
    for (const OptionSpec& spec : specs) {
        if (spec.name == name) return &spec;
    }
    return nullptr;
}

}  // namespace

ParsedOptions ParsedOptions::parse(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
    ParsedOptions parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (!arg.starts_with("--") || arg.size() == 2) {
            throw UsageError("unexpected argument " + quoted(arg));
        }
        std::string_view name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto equals = name.find('='); equals != std::string_view::npos) {
            inlineValue = std::string(name.substr(equals + 1));
            name = name.substr(0, equals);
        }
        const OptionSpec* spec = findSpec(specs, name);
        if (spec == nullptr) throw UsageError("unknown option " + quoted("--" + std::string(name)));
        if (!spec->repeatable && parsed.has(name)) {
            throw UsageError("option --" + std::string(name) + " given more than once");
        }
        std::string value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else {
                if (i + 1 >= args.size()) throw UsageError("option --" + std::string(name) + " needs a value");
                value = args[++i];
            }
        } else if (inlineValue) {
            throw UsageError("option --" + std::string(name) + " takes no value");
        }
        parsed.values_[std::string(name)].push_back(std::move(value));
    }
    return parsed;
}

bool ParsedOptions::has(std::string_view name) const { return values_.find(name) != values_.end(); }

std::optional<std::string> ParsedOptions::value(std::string_view name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second.back();
}

const std::vector<std::string>& ParsedOptions::values(std::string_view name) const {
    static const std::vector<std::string> kNone;
    const auto it = values_.find(name);
    return it == values_.end() ? kNone : it->second;
}

double parseNumber(std::string_view option, std::string_view text) {
    std::string_view digits = text;
    if (digits.starts_with('+')) digits.remove_prefix(1);  // "+1.5", but not "+-1.5"
    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || digits.starts_with('+') || (digits.starts_with('-') && text.starts_with('+')) ||
        error == std::errc::invalid_argument || end != digits.data() + digits.size()) {
        throw UsageError("--" + std::string(option) + ": " + quoted(text) + " is not a number");
    }
    if (error == std::errc::result_out_of_range) {
        // from_chars reports underflow too: 1e-400 is simply 0 (or a subnormal), as strtod says.
        const double rounded = std::strtod(std::string(digits).c_str(), nullptr);
        if (std::isinf(rounded)) {
            throw UsageError("--" + std::string(option) + ": " + quoted(text) + " is out of the range of a double");
        }
        return rounded;
    }
    return value;
}

double parseFiniteNumber(std::string_view option, std::string_view text) {
    const double value = parseNumber(option, text);
    if (!std::isfinite(value)) {
        throw UsageError("--" + std::string(option) + " must be a finite number, got " + quoted(text));
    }
    return value;
}

namespace {

// "1e6", "2.5e3", "1E+7": a whole number in scientific notation, as people type sample counts.
// Exact integer arithmetic. nullopt when `text` is not of that form, is not whole, or does not
// fit in 64 bits (then `overflow` is set).
std::optional<std::uint64_t> scientificWhole(std::string_view text, bool& overflow) {
    overflow = false;
    const std::size_t e = text.find_first_of("eE");
    if (e == std::string_view::npos || e == 0) return std::nullopt;
    std::string_view mantissa = text.substr(0, e);
    std::string_view exponent = text.substr(e + 1);
    if (exponent.starts_with('+')) exponent.remove_prefix(1);
    int power = 0;
    const auto [exponentEnd, exponentError] =
        std::from_chars(exponent.data(), exponent.data() + exponent.size(), power);
    if (exponent.empty() || exponentError != std::errc() || exponentEnd != exponent.data() + exponent.size()) {
        return std::nullopt;
    }
    std::string digits;
    const std::size_t point = mantissa.find('.');
    if (point != std::string_view::npos) {
        digits = std::string(mantissa.substr(0, point)) + std::string(mantissa.substr(point + 1));
        power -= static_cast<int>(mantissa.size() - point - 1);
    } else {
        digits = std::string(mantissa);
    }
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    while (power < 0 && digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        ++power;
    }
    if (power < 0) return std::nullopt;  // not whole (e.g. 1.5e0)
    std::uint64_t value = 0;
    for (const char c : digits) {
        if (__builtin_mul_overflow(value, 10u, &value) || __builtin_add_overflow(value, unsigned(c - '0'), &value)) {
            overflow = true;
            return std::nullopt;
        }
    }
    for (int i = 0; i < power && value != 0; ++i) {
        if (__builtin_mul_overflow(value, 10u, &value)) {
            overflow = true;
            return std::nullopt;
        }
    }
    return value;
}

template <class Integer>
Integer parseWhole(std::string_view option, std::string_view text, const std::string& expected) {
    bool overflow = false;
    if (const std::optional<std::uint64_t> whole = scientificWhole(text, overflow)) {
        if (*whole <= static_cast<std::uint64_t>(std::numeric_limits<Integer>::max())) {
            return static_cast<Integer>(*whole);
        }
        overflow = true;
    }
    if (overflow) {
        throw UsageError("--" + std::string(option) + ": " + quoted(text) + " is out of range (" + expected + ")");
    }
    Integer value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range && end == text.data() + text.size()) {
        throw UsageError("--" + std::string(option) + ": " + quoted(text) + " is out of range (" + expected + ")");
    }
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        throw UsageError("--" + std::string(option) + ": " + quoted(text) + " is not " + expected);
    }
    return value;
}

}  // namespace

long long parseInteger(std::string_view option, std::string_view text) {
    return parseWhole<long long>(option, text, "a whole number");
}

std::uint64_t parseSeed(std::string_view option, std::string_view text) {
    return parseWhole<std::uint64_t>(option, text, "a whole number from 0 to 18446744073709551615");
}

void appendNumber(std::string& out, double value) {
    // A typed function undefined at x (log of a negative number): "nan", whatever its sign bit.
    if (std::isnan(value)) {
        out.append("nan");
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 17);
    out.append(buffer, result.ptr);
}

}  // namespace alab::cli
