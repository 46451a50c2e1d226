// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in functions, each described once: a struct per kind with its id, name, parameters,
// evaluators and properties, turned into a FunctionDescriptor by describeKind(). A kind that
// lacks one of them does not compile; functionRegistry() lists them in display order.
#include "function_registry.h"

#include "kernels/kernels.h"
#include "smooth_functions.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <type_traits>
#include <utility>

namespace alab {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Rich text: a minus sign instead of a hyphen, and no "1·" or "−1·" prefactors.
std::string richNumber(double value, int significantDigits) {
    const std::string text = formatShortest(value, significantDigits);
    return text.starts_with('-') ? std::string("\u2212").append(text, 1) : text;
}

std::string richFactor(double value, int significantDigits) {
    if (value == 1.0) return "";
    if (value == -1.0) return "\u2212";
    return richNumber(value, significantDigits) + "\u00b7";
}

// A factor after another one: a negative number in parentheses, "1.05·(−2)·", never "1.05·−2·".
std::string richSecondFactor(double value, int significantDigits) {
    if (value >= 0.0 || value == -1.0) return richFactor(value, significantDigits);
    return std::string("(").append(richNumber(value, significantDigits)).append(")\u00b7");
}

const std::string kRichX = "<i>x</i>";
const std::string kRichF = "<i>f</i>(" + kRichX + ") = ";
const std::string kRichExpm1 = "(<i>e</i><sup><i>x</i></sup> \u2212 1)";

std::string richPiecewise(const std::string& positive, const std::string& negative) {
    return "<table><tr><td>" + positive + "</td><td style=\"white-space:nowrap\">&nbsp;if " + kRichX +
           " &gt; 0</td></tr><tr><td>" + negative + "</td><td style=\"white-space:nowrap\">&nbsp;if " + kRichX +
           " &le; 0</td></tr></table>";
}

template <class T>
void requireSameSize(std::span<const T> x, std::span<T> out) {
    if (x.size() != out.size()) {
        throw std::invalid_argument("output has " + std::to_string(out.size()) + " elements, input has " +
                                    std::to_string(x.size()));
    }
}

// The extended/quad-precision path of smooth_functions.h over a whole array.
template <class T>
void smoothArray(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
    requireSameSize(x, out);
    derivative ? smooth::derivatives(f, x, out) : smooth::values(f, x, out);
}

// Runs a vectorized kernel over x, then redoes the inputs it declines (`declines(x)`) through the
// extended/quad-precision path (smooth_functions.h). `out` may alias `x`.
template <class T, class Declines, class Kernel>
void kernelWithHandOver(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out, Declines declines,
                        Kernel kernel) {
    std::vector<std::pair<std::size_t, T>> declined;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (declines(x[i])) declined.emplace_back(i, x[i]);
    }
    kernel(x, out);
    for (const auto& [i, value] : declined)
        out[i] = derivative ? smooth::derivative(f, value) : smooth::value(f, value);
}

// The piecewise-linear and exponential-linear kinds: f on (0, inf) and on (-inf, 0] combined.
// On x > 0 each is positiveScale * x; on x <= 0 `negative` describes it.
ValueRange combineRanges(double positiveScale, ValueRange negative) noexcept {
    ValueRange positive;  // f on (0, inf)
    if (positiveScale > 0)
        positive = {0.0, kInfinity, false, false};
    else if (positiveScale < 0)
        positive = {-kInfinity, 0.0, false, false};
    else
        positive = {0.0, 0.0, true, true};

    ValueRange combined;
    if (positive.lower < negative.lower)
        combined.lower = positive.lower, combined.lowerIncluded = positive.lowerIncluded;
    else if (negative.lower < positive.lower)
        combined.lower = negative.lower, combined.lowerIncluded = negative.lowerIncluded;
    else
        combined.lower = negative.lower, combined.lowerIncluded = negative.lowerIncluded || positive.lowerIncluded;
    if (positive.upper > negative.upper)
        combined.upper = positive.upper, combined.upperIncluded = positive.upperIncluded;
    else if (negative.upper > positive.upper)
        combined.upper = negative.upper, combined.upperIncluded = negative.upperIncluded;
    else
        combined.upper = negative.upper, combined.upperIncluded = negative.upperIncluded || positive.upperIncluded;
    return combined;
}

// slope * x on x <= 0.
ValueRange linearNegativeRange(double slope) noexcept {
    if (slope > 0) return {-kInfinity, 0.0, false, true};
    if (slope < 0) return {0.0, kInfinity, true, false};
    return {0.0, 0.0, true, true};
}

// c * expm1(x) on x <= 0, which runs from 0 at x = 0 to -c as x -> -inf without reaching it.
ValueRange exponentialNegativeRange(double c) noexcept {
    const double limit = -c;
    if (limit < 0) return {limit, 0.0, false, true};
    if (limit > 0) return {0.0, limit, true, false};
    return {0.0, 0.0, true, true};
}

// The double nearest the root of f' in [low, high], where f'(low) < 0 < f'(high).
double derivativeRoot(const Activation& f, double low, double high) {
    while (true) {
        const double middle = low + (high - low) / 2;
        if (middle <= low || middle >= high) break;
        (smooth::derivativeQuad(f, middle) < 0 ? low : high) = middle;
    }
    const auto magnitude = [&](double x) {
        const smooth::Quad d = smooth::derivativeQuad(f, x);
        return d < 0 ? -d : d;
    };
    return magnitude(low) <= magnitude(high) ? low : high;
}

MinimumPoint minimumNear(const Activation& f, double low, double high) {
    const double x = derivativeRoot(f, low, high);
    return {x, static_cast<double>(smooth::valueQuad(f, x))};
}

constexpr ParameterSpec kSlopeSpec(double defaultValue) {
    return {"slope", "slope", defaultValue, ParameterDomain::Finite, 0.0, 1.0, -10.0, 10.0, "negative slope"};
}

// ---------------------------------------------------------------------------------------------
// ReLU, Leaky ReLU and PReLU: x for x > 0, slope * x otherwise (ReLU: slope 0).

template <double (*Slope)(const Activation&)>
struct PiecewiseLinear {
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return kernels::leakyValue(Slope(f), x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return kernels::leakyDerivative(Slope(f), x);
    }
    template <class T>
    static void values(const Activation& f, std::span<const T> x, std::span<T> out) {
        kernels::leakyValues(Slope(f), x, out);
    }
    template <class T>
    static void derivatives(const Activation& f, std::span<const T> x, std::span<T> out) {
        kernels::leakyDerivatives(Slope(f), x, out);
    }
    // 0 on both sides of the kink and at it (f' is constant on each side).
    static double secondDerivative(const Activation&, double x) noexcept { return std::isnan(x) ? x : 0.0; }
    static OneSidedLimits derivativeLimitsAtZero(const Activation& f) noexcept { return {Slope(f), 1.0}; }
    static std::optional<double> limitAtMinusInfinity(const Activation& f) noexcept {
        return Slope(f) == 0.0 ? std::optional<double>(0.0) : std::nullopt;
    }
    static ValueRange range(const Activation& f) noexcept { return combineRanges(1.0, linearNegativeRange(Slope(f))); }
    static bool isMonotonic(const Activation& f) noexcept { return Slope(f) >= 0; }
    static std::optional<MinimumPoint> minimumPoint(const Activation&) { return std::nullopt; }
    static Smoothness smoothness(const Activation& f) noexcept {
        return Slope(f) == 1.0 ? Smoothness::CInfinity : Smoothness::C0;
    }
};

double zeroSlope(const Activation&) { return 0.0; }
double firstParameter(const Activation& f) { return f.parameter(0); }

struct Relu : PiecewiseLinear<zeroSlope> {
    static constexpr FunctionKind kind = FunctionKind::Relu;
    static constexpr std::string_view id = "relu", displayName = "ReLU";
    static constexpr std::array<ParameterSpec, 0> parameters{};
    static constexpr bool visibleByDefault = true;
    static std::string formulaPlainText(const Activation&) { return "f(x) = max(0, x)"; }
    static std::string formulaRichText(const Activation&, int) { return kRichF + "max(0, " + kRichX + ")"; }
};

template <FunctionKind Kind>
struct LeakyKind : PiecewiseLinear<firstParameter> {
    static constexpr FunctionKind kind = Kind;
    static constexpr bool visibleByDefault = Kind == FunctionKind::LeakyRelu;
    static std::string formulaPlainText(const Activation& f) {
        return "f(x) = x if x > 0, " + formatShortest(f.parameter(0)) + " * x otherwise";
    }
    static std::string formulaRichText(const Activation& f, int digits) {
        const double slope = f.parameter(0);
        return kRichF + richPiecewise(kRichX, slope == 0.0 ? "0" : richFactor(slope, digits) + kRichX);
    }
};

struct LeakyRelu : LeakyKind<FunctionKind::LeakyRelu> {
    static constexpr std::string_view id = "leaky_relu", displayName = "Leaky ReLU";
    static constexpr std::array<ParameterSpec, 1> parameters{kSlopeSpec(kDefaultLeakySlope)};
};

// Leaky ReLU under its own name, with the slope PyTorch's nn.PReLU starts from.
struct Prelu : LeakyKind<FunctionKind::Prelu> {
    static constexpr std::string_view id = "prelu", displayName = "PReLU";
    static constexpr std::array<ParameterSpec, 1> parameters{kSlopeSpec(kDefaultPreluSlope)};
};

// ---------------------------------------------------------------------------------------------
// ELU and SELU: scale * x for x > 0, scale * alpha * expm1(x) otherwise (ELU: scale 1).

template <bool Scaled>
struct ExponentialLinear {
    static double scale(const Activation& f) noexcept { return Scaled ? f.parameter(1) : 1.0; }
    static double alpha(const Activation& f) noexcept { return f.parameter(0); }
    static kernels::EluCoefficients coefficients(const Activation& f) noexcept {
        return kernels::makeEluCoefficients(scale(f), scale(f), alpha(f));
    }
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return kernels::eluValue(coefficients(f), x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return kernels::eluDerivative(coefficients(f), x);
    }
    template <class T>
    static void values(const Activation& f, std::span<const T> x, std::span<T> out) {
        kernels::eluValues(coefficients(f), x, out);
    }
    template <class T>
    static void derivatives(const Activation& f, std::span<const T> x, std::span<T> out) {
        kernels::eluDerivatives(coefficients(f), x, out);
    }
    // scale alpha e^x for x <= 0 (the left branch at 0, as f' takes it), 0 for x > 0; in extended
    // precision, so that scale * alpha * e^x is rounded once (subnormal results included).
    static double secondDerivative(const Activation& f, double x) noexcept {
        if (std::isnan(x)) return x;
        if (x > 0) return 0.0;
        const long double product = static_cast<long double>(scale(f)) * static_cast<long double>(alpha(f));
        return static_cast<double>(product * std::exp(static_cast<long double>(x)));
    }
    static OneSidedLimits derivativeLimitsAtZero(const Activation& f) noexcept {
        return {scale(f) * alpha(f), scale(f)};
    }
    static std::optional<double> limitAtMinusInfinity(const Activation& f) noexcept { return -(scale(f) * alpha(f)); }
    static ValueRange range(const Activation& f) noexcept {
        return combineRanges(scale(f), exponentialNegativeRange(scale(f) * alpha(f)));
    }
    static bool isMonotonic(const Activation& f) noexcept { return scale(f) >= 0 && scale(f) * alpha(f) >= 0; }
    static std::optional<MinimumPoint> minimumPoint(const Activation&) { return std::nullopt; }
    static Smoothness smoothness(const Activation& f) noexcept {
        if (scale(f) == 0.0) return Smoothness::CInfinity;
        return alpha(f) == 1.0 ? Smoothness::C1 : Smoothness::C0;
    }
};

struct Elu : ExponentialLinear<false> {
    static constexpr FunctionKind kind = FunctionKind::Elu;
    static constexpr std::string_view id = "elu", displayName = "ELU";
    static constexpr std::array<ParameterSpec, 1> parameters{
        {{"alpha", "\u03b1", kDefaultEluAlpha, ParameterDomain::Finite, 0.0, 3.0, -100.0, 100.0,
          "f = alpha (e^x - 1) for x <= 0"}}};
    static constexpr bool visibleByDefault = true;
    static std::string formulaPlainText(const Activation& f) {
        return "f(x) = x if x > 0, " + formatShortest(alpha(f)) + " * (exp(x) - 1) otherwise";
    }
    static std::string formulaRichText(const Activation& f, int digits) {
        return kRichF + richPiecewise(kRichX, alpha(f) == 0.0 ? "0" : richFactor(alpha(f), digits) + kRichExpm1);
    }
};

struct Selu : ExponentialLinear<true> {
    static constexpr FunctionKind kind = FunctionKind::Selu;
    static constexpr std::string_view id = "selu", displayName = "SELU";
    static constexpr std::array<ParameterSpec, 2> parameters{
        {{"alpha", "\u03b1", kSeluAlpha, ParameterDomain::Finite, 0.0, 3.0, -100.0, 100.0,
          "f = lambda alpha (e^x - 1) for x <= 0"},
         {"lambda", "\u03bb", kSeluLambda, ParameterDomain::Finite, 0.5, 2.0, 0.01, 100.0, "f = lambda x for x > 0"}}};
    static constexpr bool visibleByDefault = true;
    static std::string formulaPlainText(const Activation& f) {
        return "f(x) = " + formatShortest(scale(f)) + " * (x if x > 0, " + formatShortest(alpha(f)) +
               " * (exp(x) - 1) otherwise)";
    }
    static std::string formulaRichText(const Activation& f, int digits) {
        const double lambda = scale(f), a = alpha(f);
        return kRichF + richPiecewise(richFactor(lambda, digits) + kRichX,
                                      a == 0.0 || lambda == 0.0
                                          ? "0"
                                          : richFactor(lambda, digits) +
                                                (lambda == 1.0 ? richFactor(a, digits) : richSecondFactor(a, digits)) +
                                                kRichExpm1);
    }
};

// ---------------------------------------------------------------------------------------------
// The comparison family: vectorized kernels, with the rare inputs they decline handed over to
// the extended/quad-precision path (smooth_functions.h).

struct Smooth {
    static std::optional<double> limitAtMinusInfinity(const Activation&) noexcept { return 0.0; }
    static std::optional<MinimumPoint> minimumPoint(const Activation&) { return std::nullopt; }
    static Smoothness smoothness(const Activation&) noexcept { return Smoothness::CInfinity; }
    static bool isMonotonic(const Activation&) noexcept { return true; }
};

// values() and derivatives() of a kind from its one array(f, derivative, x, out).
template <class Kind, class Base = Smooth>
struct ThroughArray : Base {
    template <class T>
    static void values(const Activation& f, std::span<const T> x, std::span<T> out) {
        Kind::array(f, false, x, out);
    }
    template <class T>
    static void derivatives(const Activation& f, std::span<const T> x, std::span<T> out) {
        Kind::array(f, true, x, out);
    }
};

// The functions that dip below 0 and come back (the GELUs, SiLU, Mish): not monotonic, their
// range starts at the minimum.
template <class Kind>
struct DipsBelowZero : Smooth {
    static ValueRange range(const Activation& f) noexcept {
        return {Kind::minimumPoint(f)->value, kInfinity, true, false};
    }
    static bool isMonotonic(const Activation&) noexcept { return false; }
};

// max(0, x) + min(0, alpha (exp(x / alpha) - 1)); alpha > 0. The kernels compute f' for every
// alpha, f for alpha >= kCeluSmallestValueAlpha.
struct Celu : Smooth {
    static constexpr FunctionKind kind = FunctionKind::Celu;
    static constexpr std::string_view id = "celu", displayName = "CELU";
    static constexpr std::array<ParameterSpec, 1> parameters{
        {{"alpha", "\u03b1", kDefaultCeluAlpha, ParameterDomain::Positive, 0.05, 3.0, 0.001, 100.0,
          "f = alpha (e^(x/alpha) - 1) for x <= 0"}}};
    static constexpr bool visibleByDefault = false;
    static bool valueKernel(const Activation& f) noexcept { return f.parameter(0) >= kernels::kCeluSmallestValueAlpha; }
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return valueKernel(f) ? kernels::celuValue(f.parameter(0), x) : smooth::value(f, x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return kernels::celuDerivative(f.parameter(0), x);
    }
    template <class T>
    static void values(const Activation& f, std::span<const T> x, std::span<T> out) {
        valueKernel(f) ? kernels::celuValues(f.parameter(0), x, out) : smoothArray(f, false, x, out);
    }
    template <class T>
    static void derivatives(const Activation& f, std::span<const T> x, std::span<T> out) {
        kernels::celuDerivatives(f.parameter(0), x, out);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {1.0, 1.0}; }
    static std::optional<double> limitAtMinusInfinity(const Activation& f) noexcept { return -f.parameter(0); }
    static ValueRange range(const Activation& f) noexcept {
        return combineRanges(1.0, exponentialNegativeRange(f.parameter(0)));
    }
    static Smoothness smoothness(const Activation&) noexcept { return Smoothness::C1; }
    static std::string formulaPlainText(const Activation& f) {
        const std::string a = formatShortest(f.parameter(0));
        return "f(x) = x if x > 0, " + a + " * (exp(x / " + a + ") - 1) otherwise";
    }
    static std::string formulaRichText(const Activation& f, int digits) {
        const double alpha = f.parameter(0);
        const std::string exponent = alpha == 1.0 ? kRichX : kRichX + "/" + richNumber(alpha, digits);
        return kRichF +
               richPiecewise(kRichX, richFactor(alpha, digits) + "(<i>e</i><sup>" + exponent + "</sup> \u2212 1)");
    }
};

// GELU (erf) through the kernels, except below kGeluKernelFloor, where f heads for the
// subnormals (x Phi(x) < 2^-90 there; under 10^-4 of N(0, 3^2) inputs).
struct Gelu : ThroughArray<Gelu, DipsBelowZero<Gelu>> {
    static constexpr FunctionKind kind = FunctionKind::Gelu;
    static constexpr std::string_view id = "gelu", displayName = "GELU";
    static constexpr std::array<ParameterSpec, 0> parameters{};
    static constexpr bool visibleByDefault = false;
    template <class T>
    static bool declines(T x) noexcept {
        return static_cast<double>(x) < kernels::kGeluKernelFloor;
    }
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return declines(x) ? smooth::value(f, x) : kernels::geluValue(x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return declines(x) ? smooth::derivative(f, x) : kernels::geluDerivative(x);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    // The kernels leave declined inputs in the output, all of them below the floor (where no
    // value or derivative of GELU is), and tell whether there were any: in chunks, so that the
    // rare chunk with one is looked through while it is still in cache. `out` may alias `x`.
    template <class T>
    static void array(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
        const auto kernel = [derivative](std::span<const T> in, std::span<T> result) {
            return derivative ? kernels::geluDerivatives(in, result) : kernels::geluValues(in, result);
        };
        if (x.size() != out.size()) {
            kernel(x, out);  // throws
            return;
        }
        constexpr std::size_t kChunk = 1024;
        for (std::size_t start = 0; start < x.size(); start += kChunk) {
            const std::size_t n = std::min(kChunk, x.size() - start);
            const std::span<T> result = out.subspan(start, n);
            if (!kernel(x.subspan(start, n), result)) continue;
            for (T& v : result) {
                if (declines(v)) v = derivative ? smooth::derivative(f, v) : smooth::value(f, v);
            }
        }
    }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {0.5, 0.5}; }
    static std::optional<MinimumPoint> minimumPoint(const Activation& f) {
        static const MinimumPoint minimum = minimumNear(f, -1.0, -0.5);
        return minimum;
    }
    static std::string formulaPlainText(const Activation&) { return "f(x) = x * Phi(x) = x/2 * erfc(-x / sqrt(2))"; }
    static std::string formulaRichText(const Activation&, int) {
        return kRichF + kRichX + "\u00b7\u03a6(" + kRichX + ") = \u00bd" + kRichX + "\u00b7erfc(\u2212" + kRichX +
               "/\u221a2)";
    }
};

// GELU (tanh) through the kernels. The double kernels leave x in the lanes of
// [kGeluTanhHandOverFrom, kGeluTanhHandOverTo) (f and f' tiny or subnormal there, never in that
// interval) and say whether there were any: those go through the extended-precision path.
struct GeluTanh : ThroughArray<GeluTanh, DipsBelowZero<GeluTanh>> {
    static constexpr FunctionKind kind = FunctionKind::GeluTanh;
    static constexpr std::string_view id = "gelu_tanh", displayName = "GELU (tanh)";
    static constexpr std::array<ParameterSpec, 0> parameters{};
    static constexpr bool visibleByDefault = false;
    template <class T>
    static bool declines(T x) noexcept {
        if constexpr (std::is_same_v<T, float>) {
            return false;
        } else {
            return x >= kernels::kGeluTanhHandOverFrom && x < kernels::kGeluTanhHandOverTo;
        }
    }
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return declines(x) ? smooth::value(f, x) : kernels::geluTanhValue(x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return declines(x) ? smooth::derivative(f, x) : kernels::geluTanhDerivative(x);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    template <class T>
    static void array(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
        if constexpr (std::is_same_v<T, float>) {
            derivative ? kernels::geluTanhDerivatives(x, out) : kernels::geluTanhValues(x, out);
        } else {
            const bool declined = derivative ? kernels::geluTanhDerivatives(x, out) : kernels::geluTanhValues(x, out);
            if (!declined) return;
            for (T& v : out) {
                if (declines(v)) v = derivative ? smooth::derivative(f, v) : smooth::value(f, v);
            }
        }
    }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {0.5, 0.5}; }
    static std::optional<MinimumPoint> minimumPoint(const Activation& f) {
        static const MinimumPoint minimum = minimumNear(f, -1.0, -0.5);
        return minimum;
    }
    static std::string formulaPlainText(const Activation&) {
        return "f(x) = x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))";
    }
    static std::string formulaRichText(const Activation&, int) {
        return kRichF + "\u00bd" + kRichX + "\u00b7(1 + tanh(\u221a(2/\u03c0)\u00b7(" + kRichX + " + 0.044715" +
               kRichX + "<sup>3</sup>)))";
    }
};

// x sigmoid(beta x); beta > 0.
struct Silu : DipsBelowZero<Silu> {
    static constexpr FunctionKind kind = FunctionKind::Silu;
    static constexpr std::string_view id = "silu", displayName = "SiLU";
    static constexpr std::array<ParameterSpec, 1> parameters{
        {{"beta", "\u03b2", kDefaultSiluBeta, ParameterDomain::Positive, 0.1, 5.0, 0.001, 1000.0,
          "f = x sigmoid(beta x)"}}};
    static constexpr bool visibleByDefault = false;
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return kernels::siluValue(f.parameter(0), x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return kernels::siluDerivative(f.parameter(0), x);
    }
    template <class T>
    static void values(const Activation& f, std::span<const T> x, std::span<T> out) {
        kernels::siluValues(f.parameter(0), x, out);
    }
    template <class T>
    static void derivatives(const Activation& f, std::span<const T> x, std::span<T> out) {
        kernels::siluDerivatives(f.parameter(0), x, out);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {0.5, 0.5}; }
    static std::optional<MinimumPoint> minimumPoint(const Activation& f) {
        return minimumNear(f, -1.5 / f.parameter(0), -1.0 / f.parameter(0));
    }
    static std::string formulaPlainText(const Activation& f) {
        const double beta = f.parameter(0);
        return beta == 1.0 ? "f(x) = x * sigmoid(x) = x / (1 + exp(-x))"
                           : "f(x) = x * sigmoid(" + formatShortest(beta) + " * x)";
    }
    static std::string formulaRichText(const Activation& f, int digits) {
        const double beta = f.parameter(0);
        const std::string scaled = beta == 1.0 ? kRichX : richNumber(beta, digits) + kRichX;
        return kRichF + kRichX + "\u00b7\u03c3(" + scaled + ") = " + kRichX + " / (1 + <i>e</i><sup>\u2212" + scaled +
               "</sup>)";
    }
};

// x tanh(softplus(x)); the kernels decline x below kMishKernelFloor (e^x would be subnormal),
// except for f' in double, which is e^x (1 + x) from the careful exp there.
struct Mish : ThroughArray<Mish, DipsBelowZero<Mish>> {
    static constexpr FunctionKind kind = FunctionKind::Mish;
    static constexpr std::string_view id = "mish", displayName = "Mish";
    static constexpr std::array<ParameterSpec, 0> parameters{};
    static constexpr bool visibleByDefault = false;
    template <class T>
    static bool declines(T x) noexcept {
        return static_cast<double>(x) < kernels::kMishKernelFloor;
    }
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return declines(x) ? smooth::value(f, x) : kernels::mishValue(x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return std::is_same_v<T, float> && declines(x) ? smooth::derivative(f, x) : kernels::mishDerivative(x);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    template <class T>
    static void array(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
        const auto kernel = [derivative](std::span<const T> in, std::span<T> result) {
            derivative ? kernels::mishDerivatives(in, result) : kernels::mishValues(in, result);
        };
        if (std::is_same_v<T, double> && derivative) return kernel(x, out);
        // One vectorized pass first: the common case (nothing to hand over) skips the collection.
        if (!kernels::anyScaledBelow(1.0, kernels::kMishKernelFloor, x)) return kernel(x, out);
        kernelWithHandOver(
            f, derivative, x, out, [](T v) { return declines(v); }, kernel);
    }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {0.6, 0.6}; }  // tanh(ln 2)
    static std::optional<MinimumPoint> minimumPoint(const Activation& f) {
        static const MinimumPoint minimum = minimumNear(f, -1.5, -1.0);
        return minimum;
    }
    static std::string formulaPlainText(const Activation&) { return "f(x) = x * tanh(log(1 + exp(x)))"; }
    static std::string formulaRichText(const Activation&, int) {
        return kRichF + kRichX + "\u00b7tanh(ln(1 + <i>e</i><sup><i>x</i></sup>))";
    }
};

// log(1 + exp(beta x)) / beta, and x where beta x > threshold (PyTorch's rule, with the exact
// product beta x). Through the kernels, except below their floor (e^(beta x) would be rounded to
// a subnormal first) and for beta outside [kSoftplusMinBeta, kSoftplusMaxBeta].
struct Softplus : ThroughArray<Softplus> {
    static constexpr FunctionKind kind = FunctionKind::Softplus;
    static constexpr std::string_view id = "softplus", displayName = "Softplus";
    static constexpr std::array<ParameterSpec, 2> parameters{
        {{"beta", "\u03b2", kDefaultSoftplusBeta, ParameterDomain::Positive, 0.1, 5.0, 0.001, 1000.0,
          "f = log(1 + e^(beta x)) / beta"},
         {"threshold", "threshold", kDefaultSoftplusThreshold, ParameterDomain::NonNegative, 0.0, 30.0, 0.0, 1000.0,
          "f = x where beta x > threshold"}}};
    static constexpr bool visibleByDefault = false;
    static double beta(const Activation& f) noexcept { return f.parameter(0); }
    static double threshold(const Activation& f) noexcept { return f.parameter(1); }
    static bool vectorized(const Activation& f) noexcept {
        return beta(f) >= kernels::kSoftplusMinBeta && beta(f) <= kernels::kSoftplusMaxBeta;
    }
    static kernels::SoftplusCoefficients coefficients(const Activation& f) noexcept { return {beta(f), threshold(f)}; }
    template <class T>
    static bool declines(const Activation& f, T x) noexcept {
        return beta(f) * static_cast<double>(x) < kernels::kSoftplusKernelFloor;
    }
    template <class T>
    static T value(const Activation& f, T x) noexcept {
        return !vectorized(f) || declines(f, x) ? smooth::value(f, x) : kernels::softplusValue(coefficients(f), x);
    }
    template <class T>
    static T derivative(const Activation& f, T x) noexcept {
        return !vectorized(f) || declines(f, x) ? smooth::derivative(f, x)
                                                : kernels::softplusDerivative(coefficients(f), x);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    template <class T>
    static void array(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
        if (!vectorized(f)) return smoothArray(f, derivative, x, out);
        const kernels::SoftplusCoefficients c = coefficients(f);
        const auto kernel = [derivative, c](std::span<const T> in, std::span<T> result) {
            derivative ? kernels::softplusDerivatives(c, in, result) : kernels::softplusValues(c, in, result);
        };
        if (!kernels::anyScaledBelow(beta(f), kernels::kSoftplusKernelFloor, x)) return kernel(x, out);
        kernelWithHandOver(
            f, derivative, x, out, [&f](T v) { return declines(f, v); }, kernel);
    }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {0.5, 0.5}; }
    static ValueRange range(const Activation&) noexcept { return {0.0, kInfinity, false, false}; }
    // Counts as monotonic: its one decrease is the threshold step of log1p(exp(-threshold)) /
    // beta (2.1e-9 at the defaults), see Activation::smoothnessText().
    static Smoothness smoothness(const Activation&) noexcept { return Smoothness::Discontinuous; }
    static std::string formulaPlainText(const Activation& f) {
        const std::string b = formatShortest(beta(f));
        const std::string scaled = beta(f) == 1.0 ? "x" : b + " * x";
        const std::string body = beta(f) == 1.0 ? "log(1 + exp(x))" : "log(1 + exp(" + scaled + ")) / " + b;
        return "f(x) = " + body + " if " + scaled + " <= " + formatShortest(threshold(f)) + ", x otherwise";
    }
    static std::string formulaRichText(const Activation& f, int digits) {
        const std::string b = richNumber(beta(f), digits);
        const std::string scaled = beta(f) == 1.0 ? kRichX : b + kRichX;
        const std::string body =
            beta(f) == 1.0 ? "ln(1 + <i>e</i><sup><i>x</i></sup>)" : "ln(1 + <i>e</i><sup>" + scaled + "</sup>) / " + b;
        return kRichF + "<table><tr><td>" + body + "</td><td style=\"white-space:nowrap\">&nbsp;if " + scaled +
               " &le; " + richNumber(threshold(f), digits) + "</td></tr><tr><td>" + kRichX +
               "</td><td style=\"white-space:nowrap\">&nbsp;otherwise</td></tr></table>";
    }
};

// tanh and sigmoid: parameterless kernels.
struct Parameterless : Smooth {
    static constexpr std::array<ParameterSpec, 0> parameters{};
    static constexpr bool visibleByDefault = false;
};

struct Tanh : Parameterless {
    static constexpr FunctionKind kind = FunctionKind::Tanh;
    static constexpr std::string_view id = "tanh", displayName = "tanh";
    template <class T>
    static T value(const Activation&, T x) noexcept {
        return kernels::tanhValue(x);
    }
    template <class T>
    static T derivative(const Activation&, T x) noexcept {
        return kernels::tanhDerivative(x);
    }
    template <class T>
    static void values(const Activation&, std::span<const T> x, std::span<T> out) {
        kernels::tanhValues(x, out);
    }
    template <class T>
    static void derivatives(const Activation&, std::span<const T> x, std::span<T> out) {
        kernels::tanhDerivatives(x, out);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {1.0, 1.0}; }
    static std::optional<double> limitAtMinusInfinity(const Activation&) noexcept { return -1.0; }
    static ValueRange range(const Activation&) noexcept { return {-1.0, 1.0, false, false}; }
    static std::string formulaPlainText(const Activation&) { return "f(x) = tanh(x)"; }
    static std::string formulaRichText(const Activation&, int) { return kRichF + "tanh(" + kRichX + ")"; }
};

struct Sigmoid : Parameterless {
    static constexpr FunctionKind kind = FunctionKind::Sigmoid;
    static constexpr std::string_view id = "sigmoid", displayName = "sigmoid";
    template <class T>
    static T value(const Activation&, T x) noexcept {
        return kernels::sigmoidValue(x);
    }
    template <class T>
    static T derivative(const Activation&, T x) noexcept {
        return kernels::sigmoidDerivative(x);
    }
    template <class T>
    static void values(const Activation&, std::span<const T> x, std::span<T> out) {
        kernels::sigmoidValues(x, out);
    }
    template <class T>
    static void derivatives(const Activation&, std::span<const T> x, std::span<T> out) {
        kernels::sigmoidDerivatives(x, out);
    }
    static double secondDerivative(const Activation& f, double x) noexcept { return smooth::secondDerivative(f, x); }
    static OneSidedLimits derivativeLimitsAtZero(const Activation&) noexcept { return {0.25, 0.25}; }
    static ValueRange range(const Activation&) noexcept { return {0.0, 1.0, false, false}; }
    static std::string formulaPlainText(const Activation&) { return "f(x) = 1 / (1 + exp(-x))"; }
    static std::string formulaRichText(const Activation&, int) {
        return kRichF + "\u03c3(" + kRichX + ") = 1 / (1 + <i>e</i><sup>\u2212" + kRichX + "</sup>)";
    }
};

// ---------------------------------------------------------------------------------------------

// f'' over an array, one K::secondDerivative per element (`out` may alias `x`).
template <class K>
void secondDerivativesOf(const Activation& f, std::span<const double> x, std::span<double> out) {
    requireSameSize(x, out);
    for (std::size_t i = 0; i < x.size(); ++i) out[i] = K::secondDerivative(f, x[i]);
}

// Every kind must define each evaluator and property used here (K::secondDerivative included):
// a description without one does not compile.
template <class K>
FunctionDescriptor describeKind() {
    static_assert(K::parameters.size() <= kMaxBuiltinParameters);
    return {
        .kind = K::kind,
        .id = K::id,
        .displayName = K::displayName,
        .parameters = std::span<const ParameterSpec>(K::parameters.data(), K::parameters.size()),
        .visibleByDefault = K::visibleByDefault,
        .evaluators = {
            .valueDouble = [](const Activation& f, double x) noexcept { return K::template value<double>(f, x); },
            .valueFloat = [](const Activation& f, float x) noexcept { return K::template value<float>(f, x); },
            .derivativeDouble = [](const Activation& f,
                                   double x) noexcept { return K::template derivative<double>(f, x); },
            .derivativeFloat = [](const Activation& f,
                                  float x) noexcept { return K::template derivative<float>(f, x); },
            .valuesDouble = &K::template values<double>,
            .valuesFloat = &K::template values<float>,
            .derivativesDouble = &K::template derivatives<double>,
            .derivativesFloat = &K::template derivatives<float>,
            .secondDerivativeDouble = &K::secondDerivative,
            .secondDerivativesDouble = &secondDerivativesOf<K>,
        },
        .properties =
            {
                .derivativeLimitsAtZero = &K::derivativeLimitsAtZero,
                .limitAtMinusInfinity = &K::limitAtMinusInfinity,
                .range = &K::range,
                .isMonotonic = &K::isMonotonic,
                .minimumPoint = &K::minimumPoint,
                .smoothness = &K::smoothness,
                .formulaPlainText = &K::formulaPlainText,
                .formulaRichText = &K::formulaRichText,
            },
    };
}

template <std::size_t N>
constexpr bool describesEachKindOnce(const std::array<FunctionKind, N>& kinds) {
    std::array<bool, kFunctionKindCount> seen{};
    for (const FunctionKind kind : kinds) {
        const auto index = static_cast<std::size_t>(kind);
        if (index >= kFunctionKindCount || seen[index]) return false;
        seen[index] = true;
    }
    return N == kFunctionKindCount;
}

template <class... Kinds>
std::vector<FunctionDescriptor> describeAll() {
    static_assert(describesEachKindOnce(std::array<FunctionKind, sizeof...(Kinds)>{Kinds::kind...}),
                  "each FunctionKind needs exactly one description");
    return {describeKind<Kinds>()...};
}

}  // namespace

std::optional<std::size_t> FunctionDescriptor::parameterIndex(std::string_view parameterId) const noexcept {
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        if (parameters[i].id == parameterId) return i;
    }
    return std::nullopt;
}

const std::vector<FunctionDescriptor>& functionRegistry() {
    static const std::vector<FunctionDescriptor> registry =
        describeAll<Elu, Selu, Relu, LeakyRelu, Prelu, Celu, Gelu, GeluTanh, Silu, Mish, Softplus, Tanh, Sigmoid>();
    return registry;
}

const FunctionDescriptor& describe(FunctionKind kind) noexcept {
    static const std::array<const FunctionDescriptor*, kFunctionKindCount> byKind = [] {
        std::array<const FunctionDescriptor*, kFunctionKindCount> table{};
        for (const FunctionDescriptor& descriptor : functionRegistry())
            table[static_cast<std::size_t>(descriptor.kind)] = &descriptor;
        return table;
    }();
    return *byKind[static_cast<std::size_t>(kind)];
}

const FunctionDescriptor* findFunction(std::string_view id) noexcept {
    for (const FunctionDescriptor& descriptor : functionRegistry()) {
        if (descriptor.id == id) return &descriptor;
    }
    return nullptr;
}

std::string knownFunctionIds() {
    std::string list;
    for (const FunctionDescriptor& descriptor : functionRegistry()) {
        if (!list.empty()) list += ", ";
        list += descriptor.id;
    }
    return list;
}

std::string formatShortest(double value, int significantDigits) {
    std::array<char, 32> buffer{};
    if (significantDigits > 0) {
        std::snprintf(buffer.data(), buffer.size(), "%.*g", significantDigits, value);
        return buffer.data();
    }
    // Shortest round trip, in fixed or scientific notation, whichever is shorter ("20", not "2e+01").
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

}  // namespace alab
