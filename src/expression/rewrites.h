// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ginac/ginac.h>

namespace alab::expr {

// Rewrites forms that lose digits in double arithmetic into the functions that keep them,
// bottom-up, where k and c are free of x:
//   k exp(u) - k         -> k expm1(u)        log(1 + exp(u)) -> softplus(u)
//   log(1 + u)           -> log1p(u)          1/(1 + exp(u))  -> sigmoid(-u)
//   exp(u)/(1 + exp(u))  -> sigmoid(u)        exp(u) sigmoid(-u) -> sigmoid(u)
//   k + k erf(u)         -> k erfc(-u)        k erf(u) - k    -> -k erfc(u)
//   k - k tanh(u)^2      -> k tanh'(u)        k sigmoid(u) - k -> -k sigmoid(-u)
//   sigmoid(u) sigmoid(-u) -> sigmoid'(u)  erfc(±w/sqrt2)   -> 2 Phi(∓w)
// tanh' and sigmoid' are the built-ins' derivative kernels (and their derivatives the built-ins'
// f''), exact where 1/cosh(u)^2 and products of sigmoids lose digits or overflow.
GiNaC::ex rewriteForAccuracy(const GiNaC::ex& e, const GiNaC::realsymbol& x);

}  // namespace alab::expr
