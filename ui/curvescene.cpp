// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvescene.h"

namespace alab {

namespace {

using Info = ParameterInfo;

double alphaOf(const Activation& f) { return f.alpha(); }
double lambdaOf(const Activation& f) { return f.lambda(); }
double slopeOf(const Activation& f) { return f.slope(); }
double betaOf(const Activation& f) { return f.beta(); }
double thresholdOf(const Activation& f) { return f.threshold(); }

const std::array<ParameterInfo, kParameterCount>& parameterTable() {
    // Slider ranges cover what a lecture needs; the spin boxes accept far more, exactly. Ranges of
    // parameters the core requires to be positive start just above 0.
    static const std::array<ParameterInfo, kParameterCount> kTable = {{
        {Parameter::EluAlpha, FunctionKind::Elu, "elu/alpha", "\u03b1", Activation::elu().alpha(), 0.0, 3.0, -100.0,
         100.0, alphaOf, [](const Activation&, double v) { return Activation::elu(v); }},
        {Parameter::SeluAlpha, FunctionKind::Selu, "selu/alpha", "\u03b1", Activation::selu().alpha(), 0.0, 3.0, -100.0,
         100.0, alphaOf, [](const Activation& f, double v) { return Activation::selu(v, f.lambda()); }},
        {Parameter::SeluLambda, FunctionKind::Selu, "selu/lambda", "\u03bb", Activation::selu().lambda(), 0.5, 2.0,
         0.01, 100.0, lambdaOf, [](const Activation& f, double v) { return Activation::selu(f.alpha(), v); }},
        {Parameter::LeakySlope, FunctionKind::LeakyRelu, "leaky_relu/slope", "slope", Activation::leakyRelu().slope(),
         0.0, 1.0, -10.0, 10.0, slopeOf, [](const Activation&, double v) { return Activation::leakyRelu(v); }},
        {Parameter::PreluSlope, FunctionKind::Prelu, "prelu/slope", "slope", Activation::prelu().slope(), 0.0, 1.0,
         -10.0, 10.0, slopeOf, [](const Activation&, double v) { return Activation::prelu(v); }},
        {Parameter::CeluAlpha, FunctionKind::Celu, "celu/alpha", "\u03b1", Activation::celu().alpha(), 0.05, 3.0, 0.001,
         100.0, alphaOf, [](const Activation&, double v) { return Activation::celu(v); }},
        {Parameter::SiluBeta, FunctionKind::Silu, "silu/beta", "\u03b2", Activation::silu().beta(), 0.1, 5.0, 0.001,
         1000.0, betaOf, [](const Activation&, double v) { return Activation::silu(v); }},
        {Parameter::SoftplusBeta, FunctionKind::Softplus, "softplus/beta", "\u03b2", Activation::softplus().beta(), 0.1,
         5.0, 0.001, 1000.0, betaOf,
         [](const Activation& f, double v) { return Activation::softplus(v, f.threshold()); }},
        {Parameter::SoftplusThreshold, FunctionKind::Softplus, "softplus/threshold", "threshold",
         Activation::softplus().threshold(), 0.0, 30.0, 0.0, 1000.0, thresholdOf,
         [](const Activation& f, double v) { return Activation::softplus(f.beta(), v); }},
    }};
    return kTable;
}

}  // namespace

const ParameterInfo& parameterInfo(Parameter parameter) {
    return parameterTable()[static_cast<std::size_t>(parameter)];
}

const std::array<Parameter, kParameterCount>& allParameters() noexcept {
    static const std::array<Parameter, kParameterCount> kAll = [] {
        std::array<Parameter, kParameterCount> all{};
        for (std::size_t i = 0; i < kParameterCount; ++i) all[i] = parameterTable()[i].parameter;
        return all;
    }();
    return kAll;
}

std::vector<Parameter> parametersOf(FunctionKind kind) {
    std::vector<Parameter> result;
    for (const ParameterInfo& info : parameterTable()) {
        if (info.kind == kind) result.push_back(info.parameter);
    }
    return result;
}

Activation withParameter(const Activation& f, Parameter parameter, double value) {
    return parameterInfo(parameter).set(f, value);
}

double parameterValue(const Activation& f, Parameter parameter) noexcept { return parameterInfo(parameter).get(f); }

double CurveScene::parameter(Parameter p) const noexcept {
    const ParameterInfo& info = parameterInfo(p);
    const SceneFunction* entry = find(info.kind);
    return entry != nullptr ? parameterValue(entry->function, p) : info.defaultValue;
}

}  // namespace alab
