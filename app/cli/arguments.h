// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alab::cli {

// A command-line mistake: reported as one line on stderr, exit code 2.
class UsageError : public std::exception {
public:
    explicit UsageError(std::string message) : message_(std::move(message)) {}
    const char* what() const noexcept override { return message_.c_str(); }

private:
    std::string message_;
};

struct OptionSpec {
    std::string name;  // without the leading "--"
    bool takesValue = true;
    bool repeatable = false;
};

// Options of one command, parsed strictly: unknown options, missing values, repeats of a
// non-repeatable option and positional arguments are all UsageErrors.
class ParsedOptions {
public:
    static ParsedOptions parse(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

    bool has(std::string_view name) const;
    // The last value given, or nullopt.
    std::optional<std::string> value(std::string_view name) const;
    const std::vector<std::string>& values(std::string_view name) const;
    // Forgets `name`, as if it had not been given.
    void erase(std::string_view name) {
        if (const auto it = values_.find(name); it != values_.end()) values_.erase(it);
    }

private:
    std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

// A finite or infinite double, or nan; the whole text must be a number.
double parseNumber(std::string_view option, std::string_view text);
double parseFiniteNumber(std::string_view option, std::string_view text);
long long parseInteger(std::string_view option, std::string_view text);
// A random seed: a whole number from 0 to 2^64 - 1.
std::uint64_t parseSeed(std::string_view option, std::string_view text);

// 17 significant digits: reads back as the same double.
void appendNumber(std::string& out, double value);

}  // namespace alab::cli
