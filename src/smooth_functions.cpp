// SPDX-License-Identifier: GPL-3.0-or-later
#include "smooth_functions.h"

#include <quadmath.h>

#include <cmath>
#include <limits>
#include <utility>

namespace alab::smooth {
namespace {

using Extended = long double;

Extended expOf(Extended x) { return expl(x); }
Extended expm1Of(Extended x) { return expm1l(x); }
Extended log1pOf(Extended x) { return log1pl(x); }
Extended erfcOf(Extended x) { return erfcl(x); }
Extended tanhOf(Extended x) { return tanhl(x); }
Quad expOf(Quad x) { return expq(x); }
Quad expm1Of(Quad x) { return expm1q(x); }
Quad log1pOf(Quad x) { return log1pq(x); }
Quad erfcOf(Quad x) { return erfcq(x); }
Quad tanhOf(Quad x) { return tanhq(x); }

// Constants as decimal strings, read at the precision of the type.
template <class R>
R constant(const char* digits) {
    if constexpr (std::is_same_v<R, Quad>)
        return strtoflt128(digits, nullptr);
    else
        return std::strtold(digits, nullptr);
}

template <class R>
struct Constants {
    R invSqrt2 = constant<R>("0.70710678118654752440084436210484903928483593768847");
    R invSqrt2Pi = constant<R>("0.39894228040143267793994605993438186847585863116493");
    // GELU (tanh): 1 + tanh(u) = 2 sigmoid(2u), 2u = a x + a c x^3 with a = 2 sqrt(2/pi).
    R geluA = constant<R>("1.5957691216057307117597842397375274738848");
    R geluC = constant<R>("0.044715");
};

template <class R>
const Constants<R>& constants() {
    static const Constants<R> c;
    return c;
}

// beta x as an unevaluated sum hi + lo: exact in quad (two 53-bit factors), and to 2^-128 in
// extended precision, where it matters for exp(beta x) with |beta x| in the hundreds.
template <class R>
struct Scaled {
    R hi;
    R lo;
};

// a b = hi + lo for doubles a and b, in extended precision: Veltkamp halves (26 and 27 bits)
// multiply exactly, and hi and the exact product of the high halves are close enough for their
// difference to be exact. (glibc's fmal is a software routine, ten times slower than this.)
Scaled<Extended> exactProduct(double a, double b) {
    // The split multiplies by 2^27 + 1, which overflows above 2^996: move a huge factor's
    // exponent to the other one (exact both ways; the product is below 2^900 where this is used).
    if (std::abs(a) > 0x1p900) {
        a = std::ldexp(a, -128);
        b = std::ldexp(b, 128);
    } else if (std::abs(b) > 0x1p900) {
        b = std::ldexp(b, -128);
        a = std::ldexp(a, 128);
    }
    const auto split = [](double v) {
        const double c = v * 134217729.0;  // 2^27 + 1
        const double high = c - (c - v);
        return std::pair<Extended, Extended>(high, v - high);
    };
    const auto [ah, al] = split(a);
    const auto [bh, bl] = split(b);
    const Extended hi = static_cast<Extended>(a) * static_cast<Extended>(b);
    return {hi, ((ah * bh - hi) + (ah * bl + al * bh)) + al * bl};
}

template <class R>
Scaled<R> scaled(double beta, R x) {
    const R hi = static_cast<R>(beta) * x;
    if constexpr (std::is_same_v<R, Quad>) {
        return {hi, 0};
    } else {
        // |beta x| < 2^900: the halves' products cannot overflow or underflow (hi == 0 aside).
        if (beta == 1.0 || !(std::abs(hi) < 0x1p900L) || std::abs(hi) < 0x1p-900L) return {hi, 0};
        return exactProduct(beta, static_cast<double>(x));
    }
}

// e^(sign t), with the low part of t as a first-order correction.
template <class R>
R expScaled(const Scaled<R>& t, int sign) {
    const R e = expOf(sign * t.hi);
    return t.lo == 0 ? e : e * (1 + sign * t.lo);
}

// sigmoid(t) and sigmoid(-t) from e = e^(-|t|): no cancellation in either tail.
template <class R>
struct SigmoidPair {
    R plus;   // sigmoid(t)
    R minus;  // sigmoid(-t) = 1 - sigmoid(t)
};

template <class R>
SigmoidPair<R> sigmoidPair(const Scaled<R>& t) {
    const bool positive = t.hi >= 0;
    const R e = expScaled(t, positive ? -1 : 1);
    const R big = 1 / (1 + e);
    const R small = e / (1 + e);
    return positive ? SigmoidPair<R>{big, small} : SigmoidPair<R>{small, big};
}

template <class R>
R geluValue(R x) {
    const auto& c = constants<R>();
    if (x < 0) return x * erfcOf(-x * c.invSqrt2) / 2;
    return x * (1 - erfcOf(x * c.invSqrt2) / 2);
}

template <class R>
R geluDerivative(R x) {
    const auto& c = constants<R>();
    const R cdf = x < 0 ? erfcOf(-x * c.invSqrt2) / 2 : 1 - erfcOf(x * c.invSqrt2) / 2;
    R halfSquare = x * x / 2;
    R density = expOf(-halfSquare) * c.invSqrt2Pi;
    if constexpr (!std::is_same_v<R, Quad>) {
        // x^2 rounded to 64 bits would cost |x|^2 2^-64 relative in e^(-x^2/2). |x| <= 200 here.
        const R lo = exactProduct(static_cast<double>(x), static_cast<double>(x)).lo / 2;
        density *= 1 - lo;
    }
    return cdf + x * density;
}

template <class R>
Scaled<R> geluTanhArgument(R x) {
    const auto& c = constants<R>();
    return {c.geluA * (x + c.geluC * x * x * x), 0};
}

template <class R>
R geluTanhValue(R x) {
    return x * sigmoidPair(geluTanhArgument(x)).plus;
}

template <class R>
R geluTanhDerivative(R x) {
    const auto& c = constants<R>();
    const SigmoidPair<R> s = sigmoidPair(geluTanhArgument(x));
    return s.plus + x * s.plus * s.minus * (c.geluA * (1 + 3 * c.geluC * x * x));
}

template <class R>
R siluValue(double beta, R x) {
    return x * sigmoidPair(scaled(beta, x)).plus;
}

template <class R>
R siluDerivative(double beta, R x) {
    const Scaled<R> t = scaled(beta, x);
    const SigmoidPair<R> s = sigmoidPair(t);
    return s.plus * (1 + (t.hi + t.lo) * s.minus);
}

// Mish with u = e^x: tanh(softplus(x)) = n / (n + 2), n = u (u + 2); for x > 0 the same in
// w = e^-x, so that neither form overflows or cancels.
template <class R>
R mishValue(R x) {
    if (x <= 0) {
        const R u = expOf(x);
        const R n = u * (u + 2);
        return x * n / (n + 2);
    }
    const R w = expOf(-x);
    const R p = 1 + 2 * w;
    return x * p / (p + 2 * w * w);
}

template <class R>
R mishDerivative(R x) {
    if (x <= 0) {
        const R u = expOf(x);
        const R n = u * (u + 2);
        const R d = n + 2;
        return (n * d + 4 * x * u * (1 + u)) / (d * d);
    }
    const R w = expOf(-x);
    const R p = 1 + 2 * w;
    const R q = p + 2 * w * w;
    return (p * q + 4 * x * w * w * (1 + w)) / (q * q);
}

template <class R>
bool aboveThreshold(const Scaled<R>& t, double threshold) {
    const R limit = static_cast<R>(threshold);
    return t.hi > limit || (t.hi == limit && t.lo > 0);
}

template <class R>
R softplusValue(double beta, double threshold, R x) {
    const Scaled<R> t = scaled(beta, x);
    if (aboveThreshold(t, threshold)) return x;
    const R b = static_cast<R>(beta);
    if (t.hi <= 0) return log1pOf(expScaled(t, 1)) / b;
    return ((t.hi + log1pOf(expScaled(t, -1))) + t.lo) / b;
}

template <class R>
R softplusDerivative(double beta, double threshold, R x) {
    const Scaled<R> t = scaled(beta, x);
    if (aboveThreshold(t, threshold)) return 1;
    return sigmoidPair(t).plus;
}

template <class R>
R tanhDerivative(R x) {
    const R e = expOf(-2 * (x < 0 ? -x : x));
    return 4 * e / ((1 + e) * (1 + e));
}

template <class R>
R sigmoidDerivative(R x) {
    const R e = expOf(x < 0 ? x : -x);
    return e / ((1 + e) * (1 + e));
}

template <class R>
R celuValue(double alpha, R x) {
    if (x > 0) return x;
    const R a = static_cast<R>(alpha);
    return a * expm1Of(x / a);
}

template <class R>
R celuDerivative(double alpha, R x) {
    if (x > 0) return 1;
    return expOf(x / static_cast<R>(alpha));
}

// Second derivatives. sigmoid(t) sigmoid(-t) comes from SigmoidPair (e^(-|t|) / (1 + e^(-|t|))^2,
// no overflow), and sigmoid(-t) - sigmoid(t) = -tanh(t / 2), which keeps its digits near t = 0
// where 1 - 2 sigmoid(t) would cancel.
template <class R>
R sigmoidDifference(R t) {
    return -tanhOf(t / 2);
}

// e^(x/alpha) / alpha for x <= 0 (the left branch at 0, as f' takes it), 0 for x > 0.
template <class R>
R celuSecondDerivative(double alpha, R x) {
    if (x > 0) return 0;
    const R a = static_cast<R>(alpha);
    return expOf(x / a) / a;
}

// phi(x) (2 - x^2). In extended precision x^2 is the exact hi + lo of exactProduct: 2 - hi is
// exact near the roots +-sqrt(2) (Sterbenz), so 2 - x^2 keeps its digits there without quad.
template <class R>
R geluSecondDerivative(R x) {
    const auto& c = constants<R>();
    if constexpr (std::is_same_v<R, Quad>) {
        const R square = x * x;  // exact: 106 bits
        return expOf(-square / 2) * c.invSqrt2Pi * (2 - square);
    } else {
        const Scaled<Extended> square = exactProduct(static_cast<double>(x), static_cast<double>(x));
        const R density = expOf(-square.hi / 2) * (1 - square.lo / 2) * c.invSqrt2Pi;
        return density * ((2 - square.hi) - square.lo);
    }
}

// f = x sigmoid(v), v = a (x + c x^3) = 2u: f'' = s s~ (2 v' + x (v'' + v'^2 (s~ - s))), s =
// sigmoid(v), s~ = sigmoid(-v), v' = a (1 + 3 c x^2), v'' = 6 a c x. (The same as sech^2(u) u' +
// x/2 (sech^2(u) u'' - 2 tanh(u) sech^2(u) u'^2) with sech^2(u) = 4 s s~, tanh(u) = s - s~.)
template <class R>
R geluTanhSecondDerivative(R x) {
    const auto& c = constants<R>();
    const Scaled<R> v = geluTanhArgument(x);
    const SigmoidPair<R> s = sigmoidPair(v);
    const R first = c.geluA * (1 + 3 * c.geluC * x * x);
    const R second = 6 * c.geluA * c.geluC * x;
    return s.plus * s.minus * (2 * first + x * (second + first * first * sigmoidDifference(v.hi)));
}

// beta s s~ (2 + t (s~ - s)), t = beta x, s = sigmoid(t).
template <class R>
R siluSecondDerivative(double beta, R x) {
    const Scaled<R> t = scaled(beta, x);
    const SigmoidPair<R> s = sigmoidPair(t);
    const R difference = sigmoidDifference(t.hi);
    return static_cast<R>(beta) * (s.plus * s.minus) * (2 + (t.hi * difference + t.lo * difference));
}

// (1 - T^2) S (2 + x (1 - S - 2 T S)), T = tanh(softplus(x)), S = sigmoid(x); in u = e^x (x <= 0)
// or w = e^-x (x > 0) as mishValue: with n = u (u + 2), (1 - T^2) S = 4 u (1 + u) / (n + 2)^2 and
// 1 - S - 2 T S = (n + 2 - 2 n u) / ((n + 2)(1 + u)); with p = 1 + 2w, q = p + 2w^2,
// (1 - T^2) S = 4 w^2 (1 + w) / q^2 and 1 - S - 2 T S = (w q - 2p) / (q (1 + w)).
template <class R>
R mishSecondDerivative(R x) {
    if (x <= 0) {
        const R u = expOf(x);
        const R n = u * (u + 2);
        const R d = n + 2;
        return 4 * u * (1 + u) / (d * d) * (2 + x * ((d - 2 * n * u) / (d * (1 + u))));
    }
    const R w = expOf(-x);
    const R p = 1 + 2 * w;
    const R q = p + 2 * w * w;
    return 4 * w * w * (1 + w) / (q * q) * (2 + x * ((w * q - 2 * p) / (q * (1 + w))));
}

// beta s s~, s = sigmoid(beta x); 0 where beta x > threshold (f = x there).
template <class R>
R softplusSecondDerivative(double beta, double threshold, R x) {
    const Scaled<R> t = scaled(beta, x);
    if (aboveThreshold(t, threshold)) return 0;
    const SigmoidPair<R> s = sigmoidPair(t);
    return static_cast<R>(beta) * (s.plus * s.minus);
}

// -2 tanh(x) (1 - tanh^2 x), 1 - tanh^2 x = 4e / (1 + e)^2 with e = e^(-2|x|).
template <class R>
R tanhSecondDerivative(R x) {
    const R e = expOf(-2 * (x < 0 ? -x : x));
    return -2 * tanhOf(x) * (4 * e / ((1 + e) * (1 + e)));
}

// s s~ (s~ - s).
template <class R>
R sigmoidSecondDerivative(R x) {
    const SigmoidPair<R> s = sigmoidPair(Scaled<R>{x, 0});
    return s.plus * s.minus * sigmoidDifference(x);
}

constexpr double kInf = std::numeric_limits<double>::infinity();

// Where f is x or (-)0 to every precision here, including the infinities, which the
// formulas would turn into inf * 0.
struct Saturation {
    double above;  // f = x, f' = 1 for x > above
    double below;  // f = -0 (or -1, 0 for tanh), f' = 0 for x < below
};

Saturation saturation(const Activation& f) {
    switch (f.kind()) {
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh: return {200.0, -200.0};
    case FunctionKind::Silu: return {1e5 / f.beta(), -2e4 / f.beta()};
    case FunctionKind::Mish: return {1e5, -2e4};
    default: return {kInf, -kInf};
    }
}

template <class R>
R evaluateValue(const Activation& f, R x) {
    switch (f.kind()) {
    case FunctionKind::Celu: return celuValue(f.alpha(), x);
    case FunctionKind::Gelu: return geluValue(x);
    case FunctionKind::GeluTanh: return geluTanhValue(x);
    case FunctionKind::Silu: return siluValue(f.beta(), x);
    case FunctionKind::Mish: return mishValue(x);
    case FunctionKind::Softplus: return softplusValue(f.beta(), f.threshold(), x);
    case FunctionKind::Tanh: return tanhOf(x);
    case FunctionKind::Sigmoid: return sigmoidPair(Scaled<R>{x, 0}).plus;
    default: return 0;
    }
}

template <class R>
R evaluateDerivative(const Activation& f, R x) {
    switch (f.kind()) {
    case FunctionKind::Celu: return celuDerivative(f.alpha(), x);
    case FunctionKind::Gelu: return geluDerivative(x);
    case FunctionKind::GeluTanh: return geluTanhDerivative(x);
    case FunctionKind::Silu: return siluDerivative(f.beta(), x);
    case FunctionKind::Mish: return mishDerivative(x);
    case FunctionKind::Softplus: return softplusDerivative(f.beta(), f.threshold(), x);
    case FunctionKind::Tanh: return tanhDerivative(x);
    case FunctionKind::Sigmoid: return sigmoidDerivative(x);
    default: return 0;
    }
}

// NaN for a kind this file does not evaluate: a missing case shows instead of passing for 0.
template <class R>
R evaluateSecondDerivative(const Activation& f, R x) {
    switch (f.kind()) {
    case FunctionKind::Celu: return celuSecondDerivative(f.alpha(), x);
    case FunctionKind::Gelu: return geluSecondDerivative(x);
    case FunctionKind::GeluTanh: return geluTanhSecondDerivative(x);
    case FunctionKind::Silu: return siluSecondDerivative(f.beta(), x);
    case FunctionKind::Mish: return mishSecondDerivative(x);
    case FunctionKind::Softplus: return softplusSecondDerivative(f.beta(), f.threshold(), x);
    case FunctionKind::Tanh: return tanhSecondDerivative(x);
    case FunctionKind::Sigmoid: return sigmoidSecondDerivative(x);
    default: return std::numeric_limits<double>::quiet_NaN();
    }
}

// Around the root of f' its formula subtracts terms of size ~0.5 whose difference is as small
// as 2^-55 at the double nearest the root: extended precision's absolute error (~2^-62 there)
// would leave ~2^-7 relative error, quad's 2^-112 leaves 2^-57. Outside 1/64 of the root |f'|
// exceeds 2^-8 (f'' is 0.3 ... 1 there), so extended precision keeps 2^-54: 1/4 ulp at worst.
bool nearDerivativeRoot(const Activation& f, double x) {
    constexpr double kWindow = 1.0 / 64;
    switch (f.kind()) {
    case FunctionKind::Gelu: return std::abs(x + 0.75179152469356446) < kWindow;
    case FunctionKind::GeluTanh: return std::abs(x + 0.75246142207101626) < kWindow;
    case FunctionKind::Silu: return std::abs(f.beta() * x + 1.2784645427610738) < kWindow;
    case FunctionKind::Mish: return std::abs(x + 1.1924312145154952) < kWindow;
    default: return false;
    }
}

// The roots of f'' where its formula adds terms of size ~1 that cancel: GELU (tanh) at
// +-1.41850, SiLU at beta x = +-2.39936, Mish at -2.25638 and 1.49057 (mpmath). Within 1/16 of
// them the absolute error of extended precision (~2^-62 of the terms) would be a large part of
// |f''|; quad's 2^-112 leaves 2^-56 relative at the double nearest a root. Outside, |f''| is above
// 2^-6 of the terms (mpmath), and extended precision keeps about 2^-55.
bool nearSecondDerivativeRoot(const Activation& f, double x) {
    constexpr double kWindow = 1.0 / 16;
    const auto near = [](double v, double root) { return std::abs(v - root) < kWindow; };
    switch (f.kind()) {
    case FunctionKind::GeluTanh: return near(std::abs(x), 1.4185040087908284);
    case FunctionKind::Silu: return near(std::abs(f.beta() * x), 2.3993572805154677);
    case FunctionKind::Mish: return near(x, -2.2563763963607931) || near(x, 1.4905711794854285);
    default: return false;
    }
}

// Beyond the saturation bounds f'' of GELU, GELU (tanh), SiLU and Mish is negative and far below
// the smallest subnormal: -0, as it rounds (and no inf * 0 from the formulas at x = +-inf).
double secondDerivativeOf(const Activation& f, double x) {
    if (std::isnan(x)) return x;
    const Saturation s = saturation(f);
    if (x > s.above || x < s.below) return -0.0;
    if (nearSecondDerivativeRoot(f, x)) return static_cast<double>(evaluateSecondDerivative<Quad>(f, x));
    return static_cast<double>(evaluateSecondDerivative<Extended>(f, x));
}

template <class T>
T valueOf(const Activation& f, T x) {
    if (std::isnan(x)) return x;
    const Saturation s = saturation(f);
    if (x > s.above) return x;
    if (x < s.below) return -0.0F;
    return static_cast<T>(evaluateValue<Extended>(f, x));
}

template <class T>
T derivativeOf(const Activation& f, T x) {
    if (std::isnan(x)) return x;
    const Saturation s = saturation(f);
    if (x > s.above) return 1;
    if (x < s.below) return -0.0F;
    if (nearDerivativeRoot(f, static_cast<double>(x))) return static_cast<T>(evaluateDerivative<Quad>(f, x));
    return static_cast<T>(evaluateDerivative<Extended>(f, x));
}

}  // namespace

bool handles(FunctionKind kind) noexcept {
    switch (kind) {
    case FunctionKind::Celu:
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Silu:
    case FunctionKind::Mish:
    case FunctionKind::Softplus:
    case FunctionKind::Tanh:
    case FunctionKind::Sigmoid: return true;
    default: return false;
    }
}

double value(const Activation& f, double x) noexcept { return valueOf(f, x); }
float value(const Activation& f, float x) noexcept { return valueOf(f, x); }
double derivative(const Activation& f, double x) noexcept { return derivativeOf(f, x); }
float derivative(const Activation& f, float x) noexcept { return derivativeOf(f, x); }

double secondDerivative(const Activation& f, double x) noexcept { return secondDerivativeOf(f, x); }

Quad valueQuad(const Activation& f, double x) noexcept { return evaluateValue<Quad>(f, x); }
Quad derivativeQuad(const Activation& f, double x) noexcept { return evaluateDerivative<Quad>(f, x); }
Quad secondDerivativeQuad(const Activation& f, double x) noexcept { return evaluateSecondDerivative<Quad>(f, x); }

}  // namespace alab::smooth
