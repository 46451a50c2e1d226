// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expression/expression_error.h"

#include <ginac/ginac.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alab::expr {

inline constexpr std::size_t kMaxExpressionLength = 2000;
inline constexpr int kMaxNesting = 100;
// GiNaC works exactly, so that some short inputs take it minutes or gigabytes: powers are refused when their
// exact value would have more than kMaxExactPowerBits bits (2^65536 is about 10^19728, far beyond
// the doubles), and integer powers of sums free of x (which the accuracy rewrites multiply out)
// above kMaxExpandedExponent or kMaxExpandedTerms terms.
inline constexpr double kMaxExactPowerBits = 65536;
inline constexpr double kMaxExpandedExponent = 1000;
inline constexpr double kMaxExpandedTerms = 20000;
// And constants (free of x and the parameters) whose magnitude exceeds e^kMaxConstantLog: exp,
// sinh, cosh and tanh of a constant beyond it, and powers of constants that would exceed it.
inline constexpr double kMaxConstantLog = 100000;
// And products of more than kMaxProductFactors factors that depend on x (f'' grows as n^3).
inline constexpr long kMaxProductFactors = 45;

struct NamedSymbol {
    std::string name;
    GiNaC::realsymbol symbol;
};

// Parses `text` (the language of issue 16: numbers, x, the parameters, + - * / ^, unary minus,
// parentheses, where(cond, a, b) with < <= > >=, the elementary functions, every built-in by its
// id, pi and e) into a GiNaC expression in `x` and the parameters. Numbers are kept exact (0.1 is
// 1/10) so that GiNaC simplifies exactly; they are rounded once, when compiled. Throws
// ExpressionError with the column of the fault.
GiNaC::ex parseExpression(std::string_view text, const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters);

// The shortest decimal that reads back as `value` (1.6732632423543772), as an exact rational.
GiNaC::ex exactDecimal(double value);

// Every name the language reserves (functions, built-in ids, x, pi, e): parameters may not use them.
const std::vector<std::string>& reservedNames();

// The closest reserved or given name within two edits of `name`, or "" (for "did you mean").
std::string closestName(std::string_view name, std::span<const std::string> candidates);

}  // namespace alab::expr
