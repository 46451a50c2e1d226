// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_list.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace alab {
namespace {

bool separator(char c) { return c == ',' || c == ' ' || c == '\t' || c == ';'; }

ValueListError errorAt(std::size_t index, std::string message) {
    return {index + 1, "column " + std::to_string(index + 1) + ": " + std::move(message)};
}

// "'text' what": appended, since "literal" + std::string&& trips GCC 12's -Wrestrict (PR 105329).
std::string quoted(std::string_view text, std::string_view what) {
    std::string message = "'";
    message.append(text).append("' ").append(what);
    return message;
}

// The number that starts at `begin` of `text` and runs to `end`.
std::variant<double, ValueListError> number(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view token = text.substr(begin, end - begin);
    if (token.empty()) return errorAt(begin, "a number is missing");
    // from_chars takes no leading '+'; a user may type one.
    const std::size_t skip = token.front() == '+' ? 1 : 0;
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(token.data() + skip, token.data() + token.size(), value);
    if (ec == std::errc::result_out_of_range) return errorAt(begin, quoted(token, "is too large"));
    if (ec != std::errc() || ptr != token.data() + token.size()) {
        return errorAt(begin, quoted(token.substr(0, 40), "is not a number"));
    }
    if (!std::isfinite(value)) return errorAt(begin, quoted(token, "is not a finite number"));
    return value;
}

// `value` to 15 significant digits, read back: below the error of summing the steps, above the
// digits anyone types.
double nearestShortDecimal(double value) {
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.15g", value);
    double result = value;
    std::from_chars(buffer.data(), buffer.data() + std::char_traits<char>::length(buffer.data()), result);
    return result;
}

}  // namespace

std::variant<std::vector<double>, ValueListError> parseValueList(std::string_view text, std::size_t maxCount) {
    std::size_t first = 0;
    while (first < text.size() && separator(text[first])) ++first;
    std::size_t last = text.size();
    while (last > first && separator(text[last - 1])) --last;
    if (first == last)
        return ValueListError{1, "column 1: no values (a list \"0.25, 0.5, 1\" or a range \"0.25:0.25:2\")"};

    const std::string_view body = text.substr(0, last);
    if (body.find(':', first) != std::string_view::npos) {
        // from:step:to
        const std::size_t colon1 = body.find(':', first);
        const std::size_t colon2 = body.find(':', colon1 + 1);
        if (colon2 == std::string_view::npos || body.find(':', colon2 + 1) != std::string_view::npos) {
            return errorAt(colon1, "a range is from:step:to, with exactly two colons");
        }
        const auto trimmed = [&](std::size_t b, std::size_t e) {
            while (b < e && (body[b] == ' ' || body[b] == '\t')) ++b;
            while (e > b && (body[e - 1] == ' ' || body[e - 1] == '\t')) --e;
            return std::pair{b, e};
        };
        double parts[3] = {};
        const std::size_t bounds[4] = {first, colon1, colon2, body.size()};
        for (int i = 0; i < 3; ++i) {
            const auto [b, e] = trimmed(bounds[i] + (i == 0 ? 0 : 1), bounds[i + 1]);
            auto parsed = number(body, b, e);
            if (auto* error = std::get_if<ValueListError>(&parsed)) return *error;
            parts[i] = std::get<double>(parsed);
        }
        const double from = parts[0], step = parts[1], to = parts[2];
        if (step == 0.0) return errorAt(colon1 + 1, "the step is 0");
        if ((to - from) * step < 0.0) return errorAt(colon1 + 1, "the step leads away from the end");
        // The count first, in double, so that a tiny step cannot loop for ever.
        const double steps = std::floor((to - from) / step * (1.0 + 1e-12) + 1e-9);
        if (!(steps + 1.0 <= static_cast<double>(maxCount))) {
            return errorAt(first, "more than " + std::to_string(maxCount) + " values");
        }
        std::vector<double> values;
        for (int i = 0; i <= static_cast<int>(steps); ++i) {
            // from + i * step read as the decimal a user means: 0.9, not 3 * 0.3 = 0.8999999999999999.
            values.push_back(nearestShortDecimal(from + i * step));
        }
        return values;
    }

    std::vector<double> values;
    std::size_t i = first;
    while (i < last) {
        std::size_t end = i;
        while (end < last && !separator(text[end])) ++end;
        auto parsed = number(text, i, end);
        if (auto* error = std::get_if<ValueListError>(&parsed)) return *error;
        if (values.size() == maxCount) return errorAt(i, "more than " + std::to_string(maxCount) + " values");
        values.push_back(std::get<double>(parsed));
        i = end;
        while (i < last && separator(text[i])) ++i;
    }
    return values;
}

}  // namespace alab
