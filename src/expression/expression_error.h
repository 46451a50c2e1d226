// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace alab {

// A typed expression or one of its parameters that cannot be used. what() reads
// "column 9: unknown function 'tanhh', did you mean tanh?"; column() is 1-based and counts
// characters (not bytes), 0 when the fault is not at a place in the text (a parameter's name or
// value, the length).
class ExpressionError : public std::invalid_argument {
public:
    ExpressionError(int column, const std::string& message)
        : std::invalid_argument(column > 0 ? "column " + std::to_string(column) + ": " + message : message),
          column_(column),
          message_(message) {}
    int column() const noexcept { return column_; }
    // The message without the "column N: " prefix.
    const std::string& message() const noexcept { return message_; }

private:
    int column_;
    std::string message_;
};

}  // namespace alab
