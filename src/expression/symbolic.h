// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The functions a typed expression may use beyond GiNaC's own (exp, log, sin, cos, tan, sinh,
// cosh, tanh, powers), declared as GiNaC functions with their derivative rules, so that GiNaC
// differentiates, simplifies and prints them. Internal to the expression module: nothing outside
// src/expression sees GiNaC.
#include "activation.h"

#include <ginac/ginac.h>

#include <optional>

namespace alab::expr {

DECLARE_FUNCTION_1P(sym_erf)
DECLARE_FUNCTION_1P(sym_erfc)
DECLARE_FUNCTION_1P(sym_expm1)
DECLARE_FUNCTION_1P(sym_log1p)
// The standard normal distribution's Phi(u) = erfc(-u/sqrt2)/2 and phi(u) = e^(-u^2/2)/sqrt(2 pi):
// erfc(±u/sqrt2) is rewritten to Phi, which has an exact kernel where u/sqrt2 would round.
DECLARE_FUNCTION_1P(sym_normal_cdf)
DECLARE_FUNCTION_1P(sym_normal_pdf)
DECLARE_FUNCTION_1P(sym_sigmoid)
DECLARE_FUNCTION_1P(sym_softplus)
DECLARE_FUNCTION_1P(sym_abs)
// sign(u): -1, 0, 1; the derivative of abs, with abs'(0) = 0 as PyTorch's autograd has it.
DECLARE_FUNCTION_1P(sym_sign)
// where(u > 0, a, b) and where(u >= 0, a, b): comparisons are brought to the form u > 0 or u >= 0,
// so that a condition is one expression GiNaC can simplify.
DECLARE_FUNCTION_3P(sym_where_positive)
DECLARE_FUNCTION_3P(sym_where_nonnegative)
// A built-in function, or its first or second derivative (order 0, 1, 2), at u with up to two
// parameters (0 where the kind has fewer). Made by builtinFunction(): the kind is stored as a
// number from 1 (GiNaC's derivative machinery misreads a 0 there).
DECLARE_FUNCTION_5P(sym_builtin)
GiNaC::ex builtinFunction(FunctionKind kind, int order, const GiNaC::ex& u, const GiNaC::ex& p0 = 0,
                          const GiNaC::ex& p1 = 0);

// The FunctionKind and order of a sym_builtin call.
struct BuiltinCall {
    FunctionKind kind;
    int order;
};
std::optional<BuiltinCall> builtinCall(const GiNaC::ex& e);

// The serial numbers, for the walkers that match on them.
bool isFunction(const GiNaC::ex& e, unsigned serial);

}  // namespace alab::expr
