// SPDX-License-Identifier: GPL-3.0-or-later
// Activation: a kind and its parameter values. Every evaluator and property comes from the
// kind's description (builtin_functions.cpp, through function_registry.h).
#include "activation.h"

#include "expression/typed_function.h"
#include "function_registry.h"

#include <cmath>

namespace alab {
namespace {

void requireInDomain(const ParameterSpec& spec, double value) {
    const std::string field(spec.id);
    if (!std::isfinite(value)) {
        throw ParameterError(field, field + " must be a finite number, got " +
                                        (std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf")));
    }
    if (spec.domain == ParameterDomain::Positive && !(value > 0)) {
        throw ParameterError(field, field + " must be greater than 0, got " + formatShortest(value));
    }
    if (spec.domain == ParameterDomain::NonNegative && value < 0) {
        throw ParameterError(field, field + " must be 0 or more, got " + formatShortest(value));
    }
}

template <class Array>
Array evaluateArray(const Activation& f, bool derivative, const Array& x) {
    using T = typename Array::Scalar;
    Array out(x.size());
    const auto n = static_cast<std::size_t>(x.size());
    const std::span<const T> in(x.data(), n);
    const std::span<T> result(out.data(), n);
    derivative ? f.derivatives(in, result) : f.values(in, result);
    return out;
}

std::string formatBound(double value) {
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    return formatShortest(value);
}

}  // namespace

ParameterError::ParameterError(std::string field, const std::string& message)
    : std::invalid_argument(message), field_(std::move(field)) {}

Activation Activation::make(FunctionKind kind, std::span<const double> values) {
    if (kind == FunctionKind::Typed) throw std::invalid_argument("a typed function is made from its definition");
    const FunctionDescriptor& descriptor = describe(kind);
    if (values.size() > descriptor.parameters.size()) {
        throw std::invalid_argument(std::string(descriptor.id) + " takes " +
                                    std::to_string(descriptor.parameters.size()) + " parameters, got " +
                                    std::to_string(values.size()));
    }
    Parameters parameters{};
    for (std::size_t i = 0; i < descriptor.parameters.size(); ++i) {
        parameters[i] = i < values.size() ? values[i] : descriptor.parameters[i].defaultValue;
        requireInDomain(descriptor.parameters[i], parameters[i]);
    }
    return {kind, parameters};
}

Activation Activation::withDefaults(FunctionKind kind) { return make(kind, {}); }

Activation Activation::typed(std::shared_ptr<const TypedFunction> function, std::span<const double> values) {
    if (function == nullptr) throw std::invalid_argument("no typed function");
    const auto& specs = function->parameters();
    if (values.size() > specs.size()) {
        throw std::invalid_argument(function->name() + " takes " + std::to_string(specs.size()) + " parameters, got " +
                                    std::to_string(values.size()));
    }
    Parameters parameters{};
    for (std::size_t i = 0; i < specs.size(); ++i)
        parameters[i] = i < values.size() ? values[i] : specs[i].defaultValue;
    function->checkParameterValues(std::span<const double>(parameters.data(), specs.size()));
    Activation result(FunctionKind::Typed, parameters);
    result.typed_ = std::move(function);
    return result;
}

bool operator==(const Activation& a, const Activation& b) noexcept {
    if (a.kind_ != b.kind_ || a.parameters_ != b.parameters_) return false;
    if (a.typed_ == b.typed_) return true;
    return a.typed_ != nullptr && b.typed_ != nullptr && a.typed_->sameDefinition(*b.typed_);
}

Activation Activation::relu() { return withDefaults(FunctionKind::Relu); }
Activation Activation::leakyRelu(double negativeSlope) {
    return make(FunctionKind::LeakyRelu, std::array{negativeSlope});
}
Activation Activation::elu(double alpha) { return make(FunctionKind::Elu, std::array{alpha}); }
Activation Activation::selu(double alpha, double lambda) { return make(FunctionKind::Selu, std::array{alpha, lambda}); }
Activation Activation::prelu(double slope) { return make(FunctionKind::Prelu, std::array{slope}); }
Activation Activation::celu(double alpha) { return make(FunctionKind::Celu, std::array{alpha}); }
Activation Activation::gelu() { return withDefaults(FunctionKind::Gelu); }
Activation Activation::geluTanh() { return withDefaults(FunctionKind::GeluTanh); }
Activation Activation::silu(double beta) { return make(FunctionKind::Silu, std::array{beta}); }
Activation Activation::mish() { return withDefaults(FunctionKind::Mish); }
Activation Activation::softplus(double beta, double threshold) {
    return make(FunctionKind::Softplus, std::array{beta, threshold});
}
Activation Activation::tanh() { return withDefaults(FunctionKind::Tanh); }
Activation Activation::sigmoid() { return withDefaults(FunctionKind::Sigmoid); }

const FunctionDescriptor& Activation::descriptor() const noexcept {
    return typed_ != nullptr ? typed_->descriptor() : describe(kind_);
}

std::span<const double> Activation::parameterValues() const noexcept {
    return std::span<const double>(parameters_.data(), descriptor().parameters.size());
}

Activation Activation::withParameter(std::size_t index, double value) const {
    const FunctionDescriptor& d = descriptor();
    if (index >= d.parameters.size()) {
        throw std::invalid_argument(std::string(d.id) + " has no parameter " + std::to_string(index));
    }
    requireInDomain(d.parameters[index], value);
    Activation result = *this;
    result.parameters_[index] = value;
    if (typed_ != nullptr) typed_->checkParameterValues(result.parameterValues());
    return result;
}

double Activation::named(std::string_view id, double fallback) const noexcept {
    const std::optional<std::size_t> index = descriptor().parameterIndex(id);
    return index ? parameters_[*index] : fallback;
}

double Activation::alpha() const noexcept { return named("alpha", 0.0); }
double Activation::lambda() const noexcept { return named("lambda", 1.0); }
double Activation::slope() const noexcept { return named("slope", 0.0); }
double Activation::beta() const noexcept { return named("beta", 1.0); }
double Activation::threshold() const noexcept { return named("threshold", std::numeric_limits<double>::infinity()); }

double Activation::value(double x) const noexcept { return descriptor().evaluators.valueDouble(*this, x); }
float Activation::value(float x) const noexcept { return descriptor().evaluators.valueFloat(*this, x); }
double Activation::derivative(double x) const noexcept { return descriptor().evaluators.derivativeDouble(*this, x); }
float Activation::derivative(float x) const noexcept { return descriptor().evaluators.derivativeFloat(*this, x); }

void Activation::values(std::span<const double> x, std::span<double> out) const {
    descriptor().evaluators.valuesDouble(*this, x, out);
}
void Activation::values(std::span<const float> x, std::span<float> out) const {
    descriptor().evaluators.valuesFloat(*this, x, out);
}
void Activation::derivatives(std::span<const double> x, std::span<double> out) const {
    descriptor().evaluators.derivativesDouble(*this, x, out);
}
void Activation::derivatives(std::span<const float> x, std::span<float> out) const {
    descriptor().evaluators.derivativesFloat(*this, x, out);
}

Eigen::ArrayXd Activation::values(const Eigen::ArrayXd& x) const { return evaluateArray(*this, false, x); }
Eigen::ArrayXf Activation::values(const Eigen::ArrayXf& x) const { return evaluateArray(*this, false, x); }
Eigen::ArrayXd Activation::derivatives(const Eigen::ArrayXd& x) const { return evaluateArray(*this, true, x); }
Eigen::ArrayXf Activation::derivatives(const Eigen::ArrayXf& x) const { return evaluateArray(*this, true, x); }

double Activation::secondDerivative(double x) const noexcept {
    return descriptor().evaluators.secondDerivativeDouble(*this, x);
}
void Activation::secondDerivatives(std::span<const double> x, std::span<double> out) const {
    descriptor().evaluators.secondDerivativesDouble(*this, x, out);
}
Eigen::ArrayXd Activation::secondDerivatives(const Eigen::ArrayXd& x) const {
    Eigen::ArrayXd out(x.size());
    const auto n = static_cast<std::size_t>(x.size());
    secondDerivatives(std::span<const double>(x.data(), n), std::span<double>(out.data(), n));
    return out;
}

OneSidedLimits Activation::derivativeLimitsAtZero() const noexcept {
    return descriptor().properties.derivativeLimitsAtZero(*this);
}

bool Activation::derivativeJumpsAtZero() const noexcept {
    const OneSidedLimits limits = derivativeLimitsAtZero();
    return limits.left != limits.right;
}

std::optional<double> Activation::limitAtMinusInfinity() const noexcept {
    return descriptor().properties.limitAtMinusInfinity(*this);
}

ValueRange Activation::range() const noexcept { return descriptor().properties.range(*this); }
bool Activation::isMonotonic() const noexcept { return descriptor().properties.isMonotonic(*this); }
std::optional<MinimumPoint> Activation::minimumPoint() const { return descriptor().properties.minimumPoint(*this); }
Smoothness Activation::smoothness() const noexcept { return descriptor().properties.smoothness(*this); }

std::string Activation::smoothnessText() const {
    if (typed_ != nullptr) {
        return typed_->hasSwitches() ? "piecewise: f\u2032 may jump where a branch switches" : "C\u221e where defined";
    }
    switch (smoothness()) {
    case Smoothness::C0: return "C\u2070 (f\u2032 jumps at 0)";
    case Smoothness::C1: return "C\u00b9 (f\u2033 jumps at 0)";
    case Smoothness::CInfinity: return "C\u221e";
    case Smoothness::Discontinuous: break;
    }
    // Only Softplus is discontinuous: the step at beta x = threshold.
    const double step = std::log1p(std::exp(-threshold())) / beta();
    return "C\u221e except a step of \u2212" + formatShortest(step, 2) +
           " at x = " + formatShortest(threshold() / beta()) + " (\u03b2x = threshold)";
}

std::string_view Activation::id() const noexcept { return descriptor().id; }
std::string_view Activation::displayName() const noexcept { return descriptor().displayName; }
std::string Activation::label() const {
    const FunctionDescriptor& d = descriptor();
    std::string differences;
    for (std::size_t i = 0; i < d.parameters.size(); ++i) {
        if (parameters_[i] == d.parameters[i].defaultValue) continue;
        if (!differences.empty()) differences += ", ";
        std::string value = formatShortest(parameters_[i], 4);
        if (value.starts_with('-')) value = std::string("\u2212").append(value, 1);
        differences.append(d.parameters[i].symbol).append(" = ").append(value);
    }
    std::string text(d.displayName);
    if (!differences.empty()) text.append(" (").append(differences).append(")");
    return text;
}

std::string Activation::formulaPlainText() const { return descriptor().properties.formulaPlainText(*this); }
std::string Activation::formulaRichText(int significantDigits) const {
    return descriptor().properties.formulaRichText(*this, significantDigits);
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

std::string_view functionId(FunctionKind kind) noexcept { return describe(kind).id; }

std::optional<FunctionKind> parseFunctionId(std::string_view id) noexcept {
    const FunctionDescriptor* descriptor = findFunction(id);
    return descriptor != nullptr ? std::optional<FunctionKind>(descriptor->kind) : std::nullopt;
}

const std::vector<FunctionKind>& allFunctionKinds() {
    static const std::vector<FunctionKind> kinds = [] {
        std::vector<FunctionKind> result;
        for (const FunctionDescriptor& descriptor : functionRegistry()) result.push_back(descriptor.kind);
        return result;
    }();
    return kinds;
}

const std::vector<FunctionKind>& defaultVisibleKinds() {
    static const std::vector<FunctionKind> kinds = [] {
        std::vector<FunctionKind> result;
        for (const FunctionDescriptor& descriptor : functionRegistry()) {
            if (descriptor.visibleByDefault) result.push_back(descriptor.kind);
        }
        return result;
    }();
    return kinds;
}

}  // namespace alab
