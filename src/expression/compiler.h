// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expression/parser.h"
#include "expression/program.h"

#include <ginac/ginac.h>

#include <span>
#include <vector>

namespace alab::expr {

// Compiles `e` (already rewritten for accuracy) into a Program: common subexpressions once,
// constants folded and rounded once (pi, sqrt(2), 1/3), registers reused after their last use.
// Throws ExpressionError (column 0) for a form it cannot evaluate.
Program compile(const GiNaC::ex& e, const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters);

// The most operations a program may have.
inline constexpr std::size_t kMaxInstructions = 60000;

// A lower bound, roughly, on the operations compile() would emit for `e` (before the accuracy
// rewrites, which change little): each distinct subexpression once, a sum or product of n terms
// as n - 1 operations, a part free of x and the parameters as one constant. Counting stops past
// `limit`, so that it costs little however large `e` is: GiNaC takes seconds to rewrite the f'' of a
// product of 150 factors (11,000 terms of 150 factors), which the compiler then refuses.
std::size_t estimateInstructions(const GiNaC::ex& e, const GiNaC::realsymbol& x,
                                 std::span<const NamedSymbol> parameters, std::size_t limit);

// The arguments u whose sign switches a branch (where, abs, sign, max, min, the piecewise
// built-ins): where u crosses 0, f' may jump.
std::vector<GiNaC::ex> switchArguments(const GiNaC::ex& e);

}  // namespace alab::expr
