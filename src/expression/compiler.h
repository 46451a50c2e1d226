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

// The arguments u whose sign switches a branch (where, abs, sign, max, min, the piecewise
// built-ins): where u crosses 0, f' may jump.
std::vector<GiNaC::ex> switchArguments(const GiNaC::ex& e);

}  // namespace alab::expr
