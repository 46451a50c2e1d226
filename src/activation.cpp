#include "activation.h"

#include "kernels/kernels.h"

#include <array>
#include <cmath>
#include <cstdio>

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
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer.data(), buffer.size(), "%.*g", precision, value);
        if (std::strtod(buffer.data(), nullptr) == value) break;
    }
    return buffer.data();
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

template <class T>
void evaluate(const Activation& f, bool derivative, std::span<const T> x, std::span<T> out) {
    if (isEluFamily(f.kind())) {
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

Activation::Activation(FunctionKind kind, double alpha, double lambda, double slope)
    : kind_(kind), alpha_(alpha), lambda_(lambda), slope_(slope) {}

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

Activation Activation::withDefaults(FunctionKind kind) {
    switch (kind) {
    case FunctionKind::Relu: return relu();
    case FunctionKind::LeakyRelu: return leakyRelu();
    case FunctionKind::Elu: return elu();
    case FunctionKind::Selu: break;
    }
    return selu();
}

double Activation::value(double x) const noexcept {
    if (isEluFamily(kind_)) return kernels::eluValue(eluCoefficients(*this), x);
    return kernels::leakyValue(leakySlope(*this), x);
}

float Activation::value(float x) const noexcept {
    if (isEluFamily(kind_)) return kernels::eluValue(eluCoefficients(*this), x);
    return kernels::leakyValue(leakySlope(*this), x);
}

double Activation::derivative(double x) const noexcept {
    if (isEluFamily(kind_)) return kernels::eluDerivative(eluCoefficients(*this), x);
    return kernels::leakyDerivative(leakySlope(*this), x);
}

float Activation::derivative(float x) const noexcept {
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
    case FunctionKind::LeakyRelu: return {slope_, 1.0};
    case FunctionKind::Elu: return {alpha_, 1.0};
    case FunctionKind::Selu: break;
    }
    return {lambda_ * alpha_, lambda_};
}

bool Activation::derivativeJumpsAtZero() const noexcept {
    const OneSidedLimits limits = derivativeLimitsAtZero();
    return limits.left != limits.right;
}

std::optional<double> Activation::limitAtMinusInfinity() const noexcept {
    switch (kind_) {
    case FunctionKind::Relu: return 0.0;
    case FunctionKind::LeakyRelu: return slope_ == 0.0 ? std::optional<double>(0.0) : std::nullopt;
    case FunctionKind::Elu: return -alpha_;
    case FunctionKind::Selu: break;
    }
    return -(lambda_ * alpha_);
}

ValueRange Activation::range() const noexcept {
    // On x > 0 every function here is scale * x, scale > 0 except for a SELU lambda <= 0.
    // On x <= 0: ReLU 0; Leaky slope * x; ELU/SELU c * expm1(x) with c = alpha (* lambda),
    // which runs from 0 at x = 0 to -c as x -> -inf without reaching it.
    const double positiveScale = kind_ == FunctionKind::Selu ? lambda_ : 1.0;
    ValueRange positive;  // f on (0, inf)
    if (positiveScale > 0)
        positive = {0.0, kInfinity, false, false};
    else if (positiveScale < 0)
        positive = {-kInfinity, 0.0, false, false};
    else
        positive = {0.0, 0.0, true, true};

    ValueRange negative;  // f on (-inf, 0]
    switch (kind_) {
    case FunctionKind::Relu: negative = {0.0, 0.0, true, true}; break;
    case FunctionKind::LeakyRelu:
        if (slope_ > 0)
            negative = {-kInfinity, 0.0, false, true};
        else if (slope_ < 0)
            negative = {0.0, kInfinity, true, false};
        else
            negative = {0.0, 0.0, true, true};
        break;
    case FunctionKind::Elu:
    case FunctionKind::Selu: {
        const double limit = -(kind_ == FunctionKind::Selu ? lambda_ * alpha_ : alpha_);
        if (limit < 0)
            negative = {limit, 0.0, false, true};
        else if (limit > 0)
            negative = {0.0, limit, true, false};
        else
            negative = {0.0, 0.0, true, true};
        break;
    }
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

std::string_view Activation::id() const noexcept { return functionId(kind_); }

std::string_view Activation::displayName() const noexcept {
    switch (kind_) {
    case FunctionKind::Relu: return "ReLU";
    case FunctionKind::LeakyRelu: return "Leaky ReLU";
    case FunctionKind::Elu: return "ELU";
    case FunctionKind::Selu: break;
    }
    return "SELU";
}

std::string Activation::formulaPlainText() const {
    switch (kind_) {
    case FunctionKind::Relu: return "f(x) = max(0, x)";
    case FunctionKind::LeakyRelu: return "f(x) = x if x > 0, " + formatParameter(slope_) + " * x otherwise";
    case FunctionKind::Elu: return "f(x) = x if x > 0, " + formatParameter(alpha_) + " * (exp(x) - 1) otherwise";
    case FunctionKind::Selu: break;
    }
    return "f(x) = " + formatParameter(lambda_) + " * (x if x > 0, " + formatParameter(alpha_) +
           " * (exp(x) - 1) otherwise)";
}

std::string Activation::formulaRichText(int significantDigits) const {
    const std::string x = "<i>x</i>";
    auto piecewise = [&](const std::string& positive, const std::string& negative) {
        return "<table><tr><td>" + positive + "</td><td style=\"white-space:nowrap\">&nbsp;if " + x +
               " &gt; 0</td></tr><tr><td>" + negative + "</td><td style=\"white-space:nowrap\">&nbsp;if " + x +
               " &le; 0</td></tr></table>";
    };
    const std::string expm1 = "(<i>e</i><sup><i>x</i></sup> \u2212 1)";
    switch (kind_) {
    case FunctionKind::Relu: return "<i>f</i>(" + x + ") = max(0, " + x + ")";
    case FunctionKind::LeakyRelu:
        return "<i>f</i>(" + x + ") = " + piecewise(x, slope_ == 0.0 ? "0" : richFactor(slope_, significantDigits) + x);
    case FunctionKind::Elu:
        return "<i>f</i>(" + x +
               ") = " + piecewise(x, alpha_ == 0.0 ? "0" : richFactor(alpha_, significantDigits) + expm1);
    case FunctionKind::Selu: break;
    }
    return "<i>f</i>(" + x + ") = " +
           piecewise(richFactor(lambda_, significantDigits) + x,
                     alpha_ == 0.0 || lambda_ == 0.0
                         ? "0"
                         : richFactor(lambda_, significantDigits) +
                               (lambda_ == 1.0 ? richFactor(alpha_, significantDigits)
                                               : richSecondFactor(alpha_, significantDigits)) +
                               expm1);
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
    case FunctionKind::Selu: break;
    }
    return "selu";
}

std::optional<FunctionKind> parseFunctionId(std::string_view id) noexcept {
    for (const FunctionKind kind : allFunctionKinds()) {
        if (functionId(kind) == id) return kind;
    }
    return std::nullopt;
}

const std::vector<FunctionKind>& allFunctionKinds() {
    static const std::vector<FunctionKind> kinds{FunctionKind::Elu, FunctionKind::Selu, FunctionKind::Relu,
                                                 FunctionKind::LeakyRelu};
    return kinds;
}

}  // namespace alab
