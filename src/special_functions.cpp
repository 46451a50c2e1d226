// SPDX-License-Identifier: GPL-3.0-or-later
#include "special_functions.h"

#include <quadmath.h>

namespace alab::special {

const Quad kSqrt2 = sqrtq(2);
const Quad kSqrtPi = sqrtq(acosq(-1));
const Quad kSqrt2Pi = sqrtq(2 * acosq(-1));

Quad erfc(Quad x) { return erfcq(x); }
Quad erf(Quad x) { return erfq(x); }
Quad exp(Quad x) { return expq(x); }
Quad sqrt(Quad x) { return sqrtq(x); }
Quad abs(Quad x) { return fabsq(x); }

Quad erfcx(Quad x) {
    // Below 100, erfc(x) >= 1e-4346 and e^(x^2) <= 1e4343: both fit in a quad.
    if (x < 100) return expq(x * x) * erfcq(x);
    // Asymptotic series 1/(x sqrt(pi)) sum (-1)^n (2n-1)!! / (2x^2)^n: at x >= 100 the terms
    // shrink by at least 2e-4 each, so 12 of them reach quad precision.
    const Quad inverseTwoXSquared = 1 / (2 * x * x);
    Quad term = 1;
    Quad sum = 1;
    for (int n = 1; n <= 12; ++n) {
        term *= -(2 * n - 1) * inverseTwoXSquared;
        sum += term;
    }
    return sum / (x * kSqrtPi);
}

Quad normalCdf(Quad t) { return erfcq(-t / kSqrt2) / 2; }

Quad normalPdf(Quad t) { return expq(-t * t / 2) / kSqrt2Pi; }

Quad expTimesUpperTail(Quad exponent, Quad reducedExponent, Quad y) {
    if (y > 0) return erfcx(y / kSqrt2) / 2 * expq(reducedExponent);
    return expq(exponent) * normalCdf(-y);
}

}  // namespace alab::special
