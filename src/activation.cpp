// SPDX-License-Identifier: GPL-3.0-or-later
#include "activation.h"

#include "kernels/kernels.h"
#include "smooth_functions.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <type_traits>
#include <utility>

namespace alab {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

void requireFinite(std::string_view field, double value) {
    if (!std::isfinite(value)) {
        throw ParameterError(std::string(field), std::string(field) + " must be a finite number, got " +
                                                     (std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf")));
    }
}

// Shortest text that reads back as the same double ("1.6732632423543772", "0.01"), or at most
// `significantDigits` digits when that is > 0 ("1.67326").
std::string formatParameter(double value, int significantDigits = 0) {
    std::array<char, 32> buffer{};
    if (significantDigits > 0) {
        std::snprintf(buffer.data(), buffer.size(), "%.*g", significantDigits, value);
        return buffer.data();
    }
    // Shortest round trip, in fixed or scientific notation, whichever is shorter ("20", not "2e+01").
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string formatBound(double value) {
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    return formatParameter(value);
}

// Rich text: a minus sign instead of a hyphen, and no "1·" or "−1·" prefactors.
std::string richNumber(double value, int significantDigits) {
    const std::string text = formatParameter(value, significantDigits);
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

kernels::EluCoefficients eluCoefficients(const Activation& f) {
    if (f.kind() == FunctionKind::Selu) return kernels::makeEluCoefficients(f.lambda(), f.lambda(), f.alpha());
    return kernels::makeEluCoefficients(1.0, 1.0, f.alpha());
}

double leakySlope(const Activation& f) { return f.kind() == FunctionKind::Relu ? 0.0 : f.slope(); }

bool isEluFamily(FunctionKind kind) { return kind == FunctionKind::Elu || kind == FunctionKind::Selu; }

void requirePositive(std::string_view field, double value) {
    requireFinite(field, value);
    if (!(value > 0)) {
        throw ParameterError(std::string(field),
                             std::string(field) + " must be greater than 0, got " + formatParameter(value));
    }
}

bool vectorizedSilu(const Activation& f) { return f.kind() == FunctionKind::Silu; }

// CELU through the kernels: f' for every alpha, f for alpha >= kCeluSmallestValueAlpha.
bool celuKernel(const Activation& f, bool derivative) {
    return f.kind() == FunctionKind::Celu && (derivative || f.alpha() >= kernels::kCeluSmallestValueAlpha);
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

// GELU (tanh) through the kernels. The double kernels leave x in the lanes of [kGeluTanhHandOverFrom,
// kGeluTanhHandOverTo) (f and f' tiny or subnormal there, never in that interval) and say whether
// there were any: those go through the extended-precision path. `out` may alias `x`.
template <class T>
bool geluTanhKernelDeclines(T x) {
    if constexpr (std::is_same_v<T, float>) {
        return false;
    } else {
        return x >= kernels::kGeluTanhHandOverFrom && x < kernels::kGeluTanhHandOverTo;
    }
}

template <class T>
void geluTanhArray(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
    if constexpr (std::is_same_v<T, float>) {
        derivative ? kernels::geluTanhDerivatives(x, out) : kernels::geluTanhValues(x, out);
    } else {
        const bool declined = derivative ? kernels::geluTanhDerivatives(x, out) : kernels::geluTanhValues(x, out);
        if (!declined) return;
        for (T& value : out) {
            if (geluTanhKernelDeclines(value))
                value = derivative ? smooth::derivative(f, value) : smooth::value(f, value);
        }
    }
}

template <class T>
T geluTanhValue(const Activation& f, T x) {
    return geluTanhKernelDeclines(x) ? smooth::value(f, x) : kernels::geluTanhValue(x);
}

template <class T>
T geluTanhDerivative(const Activation& f, T x) {
    return geluTanhKernelDeclines(x) ? smooth::derivative(f, x) : kernels::geluTanhDerivative(x);
}

// Softplus and Mish through the kernels, except below their floors (where e^x or e^(beta x) would be rounded to a
// subnormal first) and for extreme beta; those go through the extended-precision path.
bool vectorizedSoftplus(const Activation& f) {
    return f.kind() == FunctionKind::Softplus && f.beta() >= kernels::kSoftplusMinBeta &&
           f.beta() <= kernels::kSoftplusMaxBeta;
}

kernels::SoftplusCoefficients softplusCoefficients(const Activation& f) { return {f.beta(), f.threshold()}; }

template <class T>
bool mishKernelDeclines(T x) {
    return static_cast<double>(x) < kernels::kMishKernelFloor;
}

template <class T>
bool softplusKernelDeclines(const Activation& f, T x) {
    return f.beta() * static_cast<double>(x) < kernels::kSoftplusKernelFloor;
}

template <class T>
void mishArray(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
    const auto kernel = [derivative](std::span<const T> in, std::span<T> result) {
        derivative ? kernels::mishDerivatives(in, result) : kernels::mishValues(in, result);
    };
    // Mish' in double declines nothing (e^x (1 + x) from the careful exp below the floor): no scan.
    if (std::is_same_v<T, double> && derivative) return kernel(x, out);
    // One vectorized pass first: the common case (nothing to hand over) skips kernelWithHandOver's collection.
    if (!kernels::anyScaledBelow(1.0, kernels::kMishKernelFloor, x)) return kernel(x, out);
    kernelWithHandOver(
        f, derivative, x, out, [](T v) { return mishKernelDeclines(v); }, kernel);
}

template <class T>
void softplusArray(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
    const kernels::SoftplusCoefficients c = softplusCoefficients(f);
    const auto kernel = [derivative, c](std::span<const T> in, std::span<T> result) {
        derivative ? kernels::softplusDerivatives(c, in, result) : kernels::softplusValues(c, in, result);
    };
    if (!kernels::anyScaledBelow(f.beta(), kernels::kSoftplusKernelFloor, x)) return kernel(x, out);
    kernelWithHandOver(
        f, derivative, x, out, [&f](T v) { return softplusKernelDeclines(f, v); }, kernel);
}

template <class T>
T softplusMishValue(const Activation& f, T x) {
    if (f.kind() == FunctionKind::Mish) return mishKernelDeclines(x) ? smooth::value(f, x) : kernels::mishValue(x);
    return softplusKernelDeclines(f, x) ? smooth::value(f, x) : kernels::softplusValue(softplusCoefficients(f), x);
}

// GELU (erf) through the kernels, except below kGeluKernelFloor, where f heads for the
// subnormals (x Phi(x) < 2^-90 there; under 10^-4 of N(0, 3^2) inputs).
template <class T>
bool geluKernelDeclines(T x) {
    return static_cast<double>(x) < kernels::kGeluKernelFloor;
}

// The kernels leave declined inputs in the output, all of them below the floor (where no value
// or derivative of GELU is), and tell whether there were any: in chunks, so that the rare chunk
// with one is looked through while it is still in cache. `out` may alias `x`.
template <class T>
void geluArray(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
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
            if (geluKernelDeclines(v)) v = derivative ? smooth::derivative(f, v) : smooth::value(f, v);
        }
    }
}

template <class T>
T geluValue(const Activation& f, T x) {
    return geluKernelDeclines(x) ? smooth::value(f, x) : kernels::geluValue(x);
}

template <class T>
T geluDerivative(const Activation& f, T x) {
    return geluKernelDeclines(x) ? smooth::derivative(f, x) : kernels::geluDerivative(x);
}

template <class T>
T softplusMishDerivative(const Activation& f, T x) {
    if (f.kind() == FunctionKind::Mish)
        return std::is_same_v<T, float> && mishKernelDeclines(x) ? smooth::derivative(f, x)
                                                                 : kernels::mishDerivative(x);
    return softplusKernelDeclines(f, x) ? smooth::derivative(f, x)
                                        : kernels::softplusDerivative(softplusCoefficients(f), x);
}

bool vectorizedSoftplusMish(const Activation& f) { return f.kind() == FunctionKind::Mish || vectorizedSoftplus(f); }

template <class T>
void evaluate(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
    if (f.kind() == FunctionKind::Sigmoid) {
        derivative ? kernels::sigmoidDerivatives(x, out) : kernels::sigmoidValues(x, out);
    } else if (f.kind() == FunctionKind::Tanh) {
        derivative ? kernels::tanhDerivatives(x, out) : kernels::tanhValues(x, out);
    } else if (vectorizedSilu(f)) {
        derivative ? kernels::siluDerivatives(f.beta(), x, out) : kernels::siluValues(f.beta(), x, out);
    } else if (celuKernel(f, derivative)) {
        derivative ? kernels::celuDerivatives(f.alpha(), x, out) : kernels::celuValues(f.alpha(), x, out);
    } else if (f.kind() == FunctionKind::GeluTanh) {
        geluTanhArray(f, derivative, x, out);
    } else if (f.kind() == FunctionKind::Mish) {
        mishArray(f, derivative, x, out);
    } else if (vectorizedSoftplus(f)) {
        softplusArray(f, derivative, x, out);
    } else if (f.kind() == FunctionKind::Gelu) {
        geluArray(f, derivative, x, out);
    } else if (smooth::handles(f.kind())) {
        if (x.size() != out.size()) {
            throw std::invalid_argument("output has " + std::to_string(out.size()) + " elements, input has " +
                                        std::to_string(x.size()));
        }
        derivative ? smooth::derivatives(f, x, out) : smooth::values(f, x, out);
    } else if (isEluFamily(f.kind())) {
        const auto c = eluCoefficients(f);
        derivative ? kernels::eluDerivatives(c, x, out) : kernels::eluValues(c, x, out);
    } else {
        derivative ? kernels::leakyDerivatives(leakySlope(f), x, out) : kernels::leakyValues(leakySlope(f), x, out);
    }
}

template <class Array>
Array evaluateArray(const Activation& f, bool derivative, const Array& x) {
    using T = typename Array::Scalar;
    Array out(x.size());
    const auto n = static_cast<std::size_t>(x.size());
    evaluate<T>(f, derivative, std::span<const T>(x.data(), n), std::span<T>(out.data(), n));
    return out;
}

}  // namespace

ParameterError::ParameterError(std::string field, const std::string& message)
    : std::invalid_argument(message), field_(std::move(field)) {}

Activation::Activation(FunctionKind kind, double alpha, double lambda, double slope, double beta, double threshold)
    : kind_(kind), alpha_(alpha), lambda_(lambda), slope_(slope), beta_(beta), threshold_(threshold) {}

Activation Activation::relu() { return {FunctionKind::Relu, 0.0, 1.0, 0.0}; }

Activation Activation::leakyRelu(double negativeSlope) {
    requireFinite("slope", negativeSlope);
    return {FunctionKind::LeakyRelu, 0.0, 1.0, negativeSlope};
}

Activation Activation::elu(double alpha) {
    requireFinite("alpha", alpha);
    return {FunctionKind::Elu, alpha, 1.0, 0.0};
}

Activation Activation::selu(double alpha, double lambda) {
    requireFinite("alpha", alpha);
    requireFinite("lambda", lambda);
    return {FunctionKind::Selu, alpha, lambda, 0.0};
}

Activation Activation::prelu(double slope) {
    requireFinite("slope", slope);
    return {FunctionKind::Prelu, 0.0, 1.0, slope};
}

Activation Activation::celu(double alpha) {
    requirePositive("alpha", alpha);
    return {FunctionKind::Celu, alpha, 1.0, 0.0};
}

Activation Activation::gelu() { return {FunctionKind::Gelu, 0.0, 1.0, 0.0}; }
Activation Activation::geluTanh() { return {FunctionKind::GeluTanh, 0.0, 1.0, 0.0}; }

Activation Activation::silu(double beta) {
    requirePositive("beta", beta);
    return {FunctionKind::Silu, 0.0, 1.0, 0.0, beta};
}

Activation Activation::mish() { return {FunctionKind::Mish, 0.0, 1.0, 0.0}; }

Activation Activation::softplus(double beta, double threshold) {
    requirePositive("beta", beta);
    requireFinite("threshold", threshold);
    if (threshold < 0) {
        throw ParameterError("threshold", "threshold must be 0 or more, got " + formatParameter(threshold));
    }
    return {FunctionKind::Softplus, 0.0, 1.0, 0.0, beta, threshold};
}

Activation Activation::tanh() { return {FunctionKind::Tanh, 0.0, 1.0, 0.0}; }
Activation Activation::sigmoid() { return {FunctionKind::Sigmoid, 0.0, 1.0, 0.0}; }

Activation Activation::withDefaults(FunctionKind kind) {
    switch (kind) {
    case FunctionKind::Relu: return relu();
    case FunctionKind::LeakyRelu: return leakyRelu();
    case FunctionKind::Elu: return elu();
    case FunctionKind::Selu: return selu();
    case FunctionKind::Prelu: return prelu();
    case FunctionKind::Celu: return celu();
    case FunctionKind::Gelu: return gelu();
    case FunctionKind::GeluTanh: return geluTanh();
    case FunctionKind::Silu: return silu();
    case FunctionKind::Mish: return mish();
    case FunctionKind::Softplus: return softplus();
    case FunctionKind::Tanh: return tanh();
    case FunctionKind::Sigmoid: break;
    }
    return sigmoid();
}

double Activation::value(double x) const noexcept {
    if (kind_ == FunctionKind::Sigmoid) return kernels::sigmoidValue(x);
    if (kind_ == FunctionKind::Tanh) return kernels::tanhValue(x);
    if (vectorizedSilu(*this)) return kernels::siluValue(beta_, x);
    if (kind_ == FunctionKind::GeluTanh) return geluTanhValue(*this, x);
    if (celuKernel(*this, false)) return kernels::celuValue(alpha_, x);
    if (vectorizedSoftplusMish(*this)) return softplusMishValue(*this, x);
    if (kind_ == FunctionKind::Gelu) return geluValue(*this, x);
    if (smooth::handles(kind_)) return smooth::value(*this, x);
    if (isEluFamily(kind_)) return kernels::eluValue(eluCoefficients(*this), x);
    return kernels::leakyValue(leakySlope(*this), x);
}

float Activation::value(float x) const noexcept {
    if (kind_ == FunctionKind::Sigmoid) return kernels::sigmoidValue(x);
    if (kind_ == FunctionKind::Tanh) return kernels::tanhValue(x);
    if (vectorizedSilu(*this)) return kernels::siluValue(beta_, x);
    if (kind_ == FunctionKind::GeluTanh) return geluTanhValue(*this, x);
    if (celuKernel(*this, false)) return kernels::celuValue(alpha_, x);
    if (vectorizedSoftplusMish(*this)) return softplusMishValue(*this, x);
    if (kind_ == FunctionKind::Gelu) return geluValue(*this, x);
    if (smooth::handles(kind_)) return smooth::value(*this, x);
    if (isEluFamily(kind_)) return kernels::eluValue(eluCoefficients(*this), x);
    return kernels::leakyValue(leakySlope(*this), x);
}

double Activation::derivative(double x) const noexcept {
    if (kind_ == FunctionKind::Sigmoid) return kernels::sigmoidDerivative(x);
    if (vectorizedSilu(*this)) return kernels::siluDerivative(beta_, x);
    if (kind_ == FunctionKind::GeluTanh) return geluTanhDerivative(*this, x);
    if (vectorizedSoftplusMish(*this)) return softplusMishDerivative(*this, x);
    if (kind_ == FunctionKind::Gelu) return geluDerivative(*this, x);
    if (kind_ == FunctionKind::Tanh) return kernels::tanhDerivative(x);
    if (celuKernel(*this, true)) return kernels::celuDerivative(alpha_, x);
    if (smooth::handles(kind_)) return smooth::derivative(*this, x);
    if (isEluFamily(kind_)) return kernels::eluDerivative(eluCoefficients(*this), x);
    return kernels::leakyDerivative(leakySlope(*this), x);
}

float Activation::derivative(float x) const noexcept {
    if (kind_ == FunctionKind::Sigmoid) return kernels::sigmoidDerivative(x);
    if (vectorizedSilu(*this)) return kernels::siluDerivative(beta_, x);
    if (kind_ == FunctionKind::GeluTanh) return geluTanhDerivative(*this, x);
    if (vectorizedSoftplusMish(*this)) return softplusMishDerivative(*this, x);
    if (kind_ == FunctionKind::Gelu) return geluDerivative(*this, x);
    if (kind_ == FunctionKind::Tanh) return kernels::tanhDerivative(x);
    if (celuKernel(*this, true)) return kernels::celuDerivative(alpha_, x);
    if (smooth::handles(kind_)) return smooth::derivative(*this, x);
    if (isEluFamily(kind_)) return kernels::eluDerivative(eluCoefficients(*this), x);
    return kernels::leakyDerivative(leakySlope(*this), x);
}

void Activation::values(std::span<const double> x, std::span<double> out) const { evaluate(*this, false, x, out); }
void Activation::values(std::span<const float> x, std::span<float> out) const { evaluate(*this, false, x, out); }
void Activation::derivatives(std::span<const double> x, std::span<double> out) const { evaluate(*this, true, x, out); }
void Activation::derivatives(std::span<const float> x, std::span<float> out) const { evaluate(*this, true, x, out); }

Eigen::ArrayXd Activation::values(const Eigen::ArrayXd& x) const { return evaluateArray(*this, false, x); }
Eigen::ArrayXf Activation::values(const Eigen::ArrayXf& x) const { return evaluateArray(*this, false, x); }
Eigen::ArrayXd Activation::derivatives(const Eigen::ArrayXd& x) const { return evaluateArray(*this, true, x); }
Eigen::ArrayXf Activation::derivatives(const Eigen::ArrayXf& x) const { return evaluateArray(*this, true, x); }

OneSidedLimits Activation::derivativeLimitsAtZero() const noexcept {
    switch (kind_) {
    case FunctionKind::Relu: return {0.0, 1.0};
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return {slope_, 1.0};
    case FunctionKind::Elu: return {alpha_, 1.0};
    case FunctionKind::Selu: return {lambda_ * alpha_, lambda_};
    case FunctionKind::Celu: return {1.0, 1.0};
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Silu:
    case FunctionKind::Softplus: return {0.5, 0.5};
    case FunctionKind::Mish: return {0.6, 0.6};  // tanh(ln 2) = 3/5
    case FunctionKind::Tanh: return {1.0, 1.0};
    case FunctionKind::Sigmoid: break;
    }
    return {0.25, 0.25};
}

bool Activation::derivativeJumpsAtZero() const noexcept {
    const OneSidedLimits limits = derivativeLimitsAtZero();
    return limits.left != limits.right;
}

std::optional<double> Activation::limitAtMinusInfinity() const noexcept {
    switch (kind_) {
    case FunctionKind::Relu: return 0.0;
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return slope_ == 0.0 ? std::optional<double>(0.0) : std::nullopt;
    case FunctionKind::Elu:
    case FunctionKind::Celu: return -alpha_;
    case FunctionKind::Selu: return -(lambda_ * alpha_);
    case FunctionKind::Tanh: return -1.0;
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Silu:
    case FunctionKind::Mish:
    case FunctionKind::Softplus:
    case FunctionKind::Sigmoid: break;
    }
    return 0.0;
}

namespace {

// The piecewise-linear and exponential-linear kinds: f on (0, inf) and on (-inf, 0] combined.
ValueRange piecewiseRange(const Activation& f) {
    // On x > 0 every function here is scale * x, scale > 0 except for a SELU lambda <= 0.
    // On x <= 0: ReLU 0; Leaky slope * x; ELU/SELU c * expm1(x) with c = alpha (* lambda),
    // which runs from 0 at x = 0 to -c as x -> -inf without reaching it.
    const FunctionKind kind = f.kind();
    const double positiveScale = kind == FunctionKind::Selu ? f.lambda() : 1.0;
    ValueRange positive;  // f on (0, inf)
    if (positiveScale > 0)
        positive = {0.0, kInfinity, false, false};
    else if (positiveScale < 0)
        positive = {-kInfinity, 0.0, false, false};
    else
        positive = {0.0, 0.0, true, true};

    ValueRange negative;  // f on (-inf, 0]
    if (kind == FunctionKind::Relu) {
        negative = {0.0, 0.0, true, true};
    } else if (kind == FunctionKind::LeakyRelu || kind == FunctionKind::Prelu) {
        if (f.slope() > 0)
            negative = {-kInfinity, 0.0, false, true};
        else if (f.slope() < 0)
            negative = {0.0, kInfinity, true, false};
        else
            negative = {0.0, 0.0, true, true};
    } else {
        const double limit = -(kind == FunctionKind::Selu ? f.lambda() * f.alpha() : f.alpha());
        if (limit < 0)
            negative = {limit, 0.0, false, true};
        else if (limit > 0)
            negative = {0.0, limit, true, false};
        else
            negative = {0.0, 0.0, true, true};
    }

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

}  // namespace

ValueRange Activation::range() const noexcept {
    switch (kind_) {
    case FunctionKind::Relu:
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu:
    case FunctionKind::Elu:
    case FunctionKind::Selu:
    case FunctionKind::Celu: return piecewiseRange(*this);
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Silu:
    case FunctionKind::Mish: return {minimumPoint()->value, kInfinity, true, false};
    case FunctionKind::Softplus: return {0.0, kInfinity, false, false};
    case FunctionKind::Sigmoid: return {0.0, 1.0, false, false};
    case FunctionKind::Tanh: break;
    }
    return {-1.0, 1.0, false, false};
}

bool Activation::isMonotonic() const noexcept {
    switch (kind_) {
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return slope_ >= 0;
    case FunctionKind::Elu: return alpha_ >= 0;
    case FunctionKind::Selu: return lambda_ >= 0 && lambda_ * alpha_ >= 0;
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Silu:
    case FunctionKind::Mish: return false;
    // Softplus counts as monotonic: its one decrease is the threshold step of
    // log1p(exp(-threshold)) / beta (2.1e-9 at the defaults), see smoothnessText().
    case FunctionKind::Relu:
    case FunctionKind::Celu:
    case FunctionKind::Softplus:
    case FunctionKind::Tanh:
    case FunctionKind::Sigmoid: break;
    }
    return true;
}

std::optional<MinimumPoint> Activation::minimumPoint() const {
    switch (kind_) {
    case FunctionKind::Gelu: {
        static const MinimumPoint gelu = minimumNear(*this, -1.0, -0.5);
        return gelu;
    }
    case FunctionKind::GeluTanh: {
        static const MinimumPoint geluTanh = minimumNear(*this, -1.0, -0.5);
        return geluTanh;
    }
    case FunctionKind::Mish: {
        static const MinimumPoint mish = minimumNear(*this, -1.5, -1.0);
        return mish;
    }
    case FunctionKind::Silu: return minimumNear(*this, -1.5 / beta_, -1.0 / beta_);
    default: return std::nullopt;
    }
}

Smoothness Activation::smoothness() const noexcept {
    switch (kind_) {
    case FunctionKind::Relu: return Smoothness::C0;
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return slope_ == 1.0 ? Smoothness::CInfinity : Smoothness::C0;
    case FunctionKind::Elu: return alpha_ == 1.0 ? Smoothness::C1 : Smoothness::C0;
    case FunctionKind::Selu:
        if (lambda_ == 0.0) return Smoothness::CInfinity;
        return alpha_ == 1.0 ? Smoothness::C1 : Smoothness::C0;
    case FunctionKind::Celu: return Smoothness::C1;
    case FunctionKind::Softplus: return Smoothness::Discontinuous;
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Silu:
    case FunctionKind::Mish:
    case FunctionKind::Tanh:
    case FunctionKind::Sigmoid: break;
    }
    return Smoothness::CInfinity;
}

std::string Activation::smoothnessText() const {
    switch (smoothness()) {
    case Smoothness::C0: return "C\u2070 (f\u2032 jumps at 0)";
    case Smoothness::C1: return "C\u00b9 (f\u2033 jumps at 0)";
    case Smoothness::CInfinity: return "C\u221e";
    case Smoothness::Discontinuous: break;
    }
    const double step = std::log1p(std::exp(-threshold_)) / beta_;
    return "C\u221e except a step of \u2212" + formatParameter(step, 2) +
           " at x = " + formatParameter(threshold_ / beta_) + " (\u03b2x = threshold)";
}

std::string_view Activation::id() const noexcept { return functionId(kind_); }

std::string_view Activation::displayName() const noexcept {
    switch (kind_) {
    case FunctionKind::Relu: return "ReLU";
    case FunctionKind::LeakyRelu: return "Leaky ReLU";
    case FunctionKind::Elu: return "ELU";
    case FunctionKind::Selu: return "SELU";
    case FunctionKind::Prelu: return "PReLU";
    case FunctionKind::Celu: return "CELU";
    case FunctionKind::Gelu: return "GELU";
    case FunctionKind::GeluTanh: return "GELU (tanh)";
    case FunctionKind::Silu: return "SiLU";
    case FunctionKind::Mish: return "Mish";
    case FunctionKind::Softplus: return "Softplus";
    case FunctionKind::Tanh: return "tanh";
    case FunctionKind::Sigmoid: break;
    }
    return "sigmoid";
}

std::string Activation::formulaPlainText() const {
    switch (kind_) {
    case FunctionKind::Relu: return "f(x) = max(0, x)";
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return "f(x) = x if x > 0, " + formatParameter(slope_) + " * x otherwise";
    case FunctionKind::Elu: return "f(x) = x if x > 0, " + formatParameter(alpha_) + " * (exp(x) - 1) otherwise";
    case FunctionKind::Selu:
        return "f(x) = " + formatParameter(lambda_) + " * (x if x > 0, " + formatParameter(alpha_) +
               " * (exp(x) - 1) otherwise)";
    case FunctionKind::Celu: {
        const std::string a = formatParameter(alpha_);
        return "f(x) = x if x > 0, " + a + " * (exp(x / " + a + ") - 1) otherwise";
    }
    case FunctionKind::Gelu: return "f(x) = x * Phi(x) = x/2 * erfc(-x / sqrt(2))";
    case FunctionKind::GeluTanh: return "f(x) = x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))";
    case FunctionKind::Silu:
        return beta_ == 1.0 ? "f(x) = x * sigmoid(x) = x / (1 + exp(-x))"
                            : "f(x) = x * sigmoid(" + formatParameter(beta_) + " * x)";
    case FunctionKind::Mish: return "f(x) = x * tanh(log(1 + exp(x)))";
    case FunctionKind::Softplus: {
        const std::string b = formatParameter(beta_);
        const std::string scaled = beta_ == 1.0 ? "x" : b + " * x";
        const std::string body = beta_ == 1.0 ? "log(1 + exp(x))" : "log(1 + exp(" + scaled + ")) / " + b;
        return "f(x) = " + body + " if " + scaled + " <= " + formatParameter(threshold_) + ", x otherwise";
    }
    case FunctionKind::Tanh: return "f(x) = tanh(x)";
    case FunctionKind::Sigmoid: break;
    }
    return "f(x) = 1 / (1 + exp(-x))";
}

std::string Activation::formulaRichText(int significantDigits) const {
    const std::string x = "<i>x</i>";
    const std::string f = "<i>f</i>(" + x + ") = ";
    auto piecewise = [&](const std::string& positive, const std::string& negative) {
        return "<table><tr><td>" + positive + "</td><td style=\"white-space:nowrap\">&nbsp;if " + x +
               " &gt; 0</td></tr><tr><td>" + negative + "</td><td style=\"white-space:nowrap\">&nbsp;if " + x +
               " &le; 0</td></tr></table>";
    };
    const std::string expm1 = "(<i>e</i><sup><i>x</i></sup> \u2212 1)";
    switch (kind_) {
    case FunctionKind::Relu: return f + "max(0, " + x + ")";
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return f + piecewise(x, slope_ == 0.0 ? "0" : richFactor(slope_, significantDigits) + x);
    case FunctionKind::Elu:
        return f + piecewise(x, alpha_ == 0.0 ? "0" : richFactor(alpha_, significantDigits) + expm1);
    case FunctionKind::Selu:
        return f + piecewise(richFactor(lambda_, significantDigits) + x,
                             alpha_ == 0.0 || lambda_ == 0.0
                                 ? "0"
                                 : richFactor(lambda_, significantDigits) +
                                       (lambda_ == 1.0 ? richFactor(alpha_, significantDigits)
                                                       : richSecondFactor(alpha_, significantDigits)) +
                                       expm1);
    case FunctionKind::Celu: {
        const std::string exponent = alpha_ == 1.0 ? x : x + "/" + richNumber(alpha_, significantDigits);
        return f +
               piecewise(x, richFactor(alpha_, significantDigits) + "(<i>e</i><sup>" + exponent + "</sup> \u2212 1)");
    }
    case FunctionKind::Gelu:
        return f + x + "\u00b7\u03a6(" + x + ") = \u00bd" + x + "\u00b7erfc(\u2212" + x + "/\u221a2)";
    case FunctionKind::GeluTanh:
        return f + "\u00bd" + x + "\u00b7(1 + tanh(\u221a(2/\u03c0)\u00b7(" + x + " + 0.044715" + x + "<sup>3</sup>)))";
    case FunctionKind::Silu: {
        const std::string scaled = beta_ == 1.0 ? x : richNumber(beta_, significantDigits) + x;
        return f + x + "\u00b7\u03c3(" + scaled + ") = " + x + " / (1 + <i>e</i><sup>\u2212" + scaled + "</sup>)";
    }
    case FunctionKind::Mish: return f + x + "\u00b7tanh(ln(1 + <i>e</i><sup><i>x</i></sup>))";
    case FunctionKind::Softplus: {
        const std::string b = richNumber(beta_, significantDigits);
        const std::string scaled = beta_ == 1.0 ? x : b + x;
        const std::string body =
            beta_ == 1.0 ? "ln(1 + <i>e</i><sup><i>x</i></sup>)" : "ln(1 + <i>e</i><sup>" + scaled + "</sup>) / " + b;
        return f + "<table><tr><td>" + body + "</td><td style=\"white-space:nowrap\">&nbsp;if " + scaled + " &le; " +
               richNumber(threshold_, significantDigits) + "</td></tr><tr><td>" + x +
               "</td><td style=\"white-space:nowrap\">&nbsp;otherwise</td></tr></table>";
    }
    case FunctionKind::Tanh: return f + "tanh(" + x + ")";
    case FunctionKind::Sigmoid: break;
    }
    return f + "\u03c3(" + x + ") = 1 / (1 + <i>e</i><sup>\u2212" + x + "</sup>)";
}

std::string Activation::rangeText() const {
    const ValueRange r = range();
    // Appending rather than "literal" + std::string&&, which trips GCC 12's -Wrestrict (PR 105329).
    std::string text;
    if (r.lower == r.upper) return text.append("{").append(formatBound(r.lower)).append("}");
    return text.append(r.lowerIncluded ? "[" : "(")
        .append(formatBound(r.lower))
        .append(", ")
        .append(formatBound(r.upper))
        .append(r.upperIncluded ? "]" : ")");
}

std::string_view functionId(FunctionKind kind) noexcept {
    switch (kind) {
    case FunctionKind::Relu: return "relu";
    case FunctionKind::LeakyRelu: return "leaky_relu";
    case FunctionKind::Elu: return "elu";
    case FunctionKind::Selu: return "selu";
    case FunctionKind::Prelu: return "prelu";
    case FunctionKind::Celu: return "celu";
    case FunctionKind::Gelu: return "gelu";
    case FunctionKind::GeluTanh: return "gelu_tanh";
    case FunctionKind::Silu: return "silu";
    case FunctionKind::Mish: return "mish";
    case FunctionKind::Softplus: return "softplus";
    case FunctionKind::Tanh: return "tanh";
    case FunctionKind::Sigmoid: break;
    }
    return "sigmoid";
}

std::optional<FunctionKind> parseFunctionId(std::string_view id) noexcept {
    for (const FunctionKind kind : allFunctionKinds()) {
        if (functionId(kind) == id) return kind;
    }
    return std::nullopt;
}

const std::vector<FunctionKind>& allFunctionKinds() {
    static const std::vector<FunctionKind> kinds{FunctionKind::Elu,       FunctionKind::Selu,     FunctionKind::Relu,
                                                 FunctionKind::LeakyRelu, FunctionKind::Prelu,    FunctionKind::Celu,
                                                 FunctionKind::Gelu,      FunctionKind::GeluTanh, FunctionKind::Silu,
                                                 FunctionKind::Mish,      FunctionKind::Softplus, FunctionKind::Tanh,
                                                 FunctionKind::Sigmoid};
    return kinds;
}

const std::vector<FunctionKind>& defaultVisibleKinds() {
    static const std::vector<FunctionKind> kinds{FunctionKind::Elu, FunctionKind::Selu, FunctionKind::Relu,
                                                 FunctionKind::LeakyRelu};
    return kinds;
}

}  // namespace alab
