// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Quad-precision (__float128, 113-bit) building blocks for the closed-form moments and the
// SELU map. Their formulas subtract nearly equal terms (t Phi(t) + phi(t) for t << 0, E[f^2] -
// E[f]^2) and multiply huge exponentials by tiny complementary error functions; 34 digits
// and a 2^+-16383 exponent range absorb both, so that the double results keep ~1e-15.
namespace alab::special {

__extension__ typedef __float128 Quad;

Quad erfc(Quad x);
Quad erf(Quad x);
Quad exp(Quad x);
Quad sqrt(Quad x);
Quad abs(Quad x);

// e^(x^2) erfc(x) for x >= 0, finite for every x: it decays like 1/(x sqrt(pi)).
Quad erfcx(Quad x);

// Standard normal CDF and density.
Quad normalCdf(Quad t);
Quad normalPdf(Quad t);

// e^(exponent) Phi(-y), written so that neither factor overflows or underflows on its own:
// for y > 0 it is 1/2 erfcx(y/sqrt2) e^(exponent - y^2/2), where the caller passes
// reducedExponent = exponent - y^2/2 (usually a simpler exact expression).
Quad expTimesUpperTail(Quad exponent, Quad reducedExponent, Quad y);

// sqrt(2), sqrt(pi), sqrt(2 pi) to quad precision.
extern const Quad kSqrt2;
extern const Quad kSqrtPi;
extern const Quad kSqrt2Pi;

}  // namespace alab::special
