// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// The values of a family of curves, as a user types them: a list "0.25, 0.5, 1, 2" (commas or
// spaces between the numbers) or a range "from:step:to" ("0.25:0.25:2", both ends included when
// the steps reach them). Every number is finite; a range's step is non-zero and leads from
// `from` towards `to`.
namespace alab {

struct ValueListError {
    std::size_t column = 1;  // 1-based, where the problem starts
    std::string message;     // "column 6: 'abc' is not a number"
};

// At most `maxCount` values; more is an error (a range of a million steps is a typo, not a
// family of curves).
std::variant<std::vector<double>, ValueListError> parseValueList(std::string_view text, std::size_t maxCount);

}  // namespace alab
