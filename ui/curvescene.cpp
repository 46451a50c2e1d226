#include "curvescene.h"

namespace alab {

namespace {

const std::array<ParameterInfo, 4>& parameterTable() {
    // Slider ranges cover what a lecture needs; the spin boxes accept far more, exactly.
    static const std::array<ParameterInfo, 4> kTable = {{
        {Parameter::EluAlpha, FunctionKind::Elu, "elu/alpha", Activation::elu().alpha(), 0.0, 3.0, -100.0, 100.0},
        {Parameter::SeluAlpha, FunctionKind::Selu, "selu/alpha", Activation::selu().alpha(), 0.0, 3.0, -100.0, 100.0},
        {Parameter::SeluLambda, FunctionKind::Selu, "selu/lambda", Activation::selu().lambda(), 0.5, 2.0, 0.01, 100.0},
        {Parameter::LeakySlope, FunctionKind::LeakyRelu, "leaky_relu/slope", Activation::leakyRelu().slope(), 0.0, 1.0,
         -10.0, 10.0},
    }};
    return kTable;
}

}  // namespace

const ParameterInfo& parameterInfo(Parameter parameter) {
    return parameterTable()[static_cast<std::size_t>(parameter)];
}

const std::array<Parameter, 4>& allParameters() noexcept {
    static constexpr std::array<Parameter, 4> kAll = {Parameter::EluAlpha, Parameter::SeluAlpha, Parameter::SeluLambda,
                                                      Parameter::LeakySlope};
    return kAll;
}

Activation withParameter(const Activation& f, Parameter parameter, double value) {
    switch (parameter) {
    case Parameter::EluAlpha: return Activation::elu(value);
    case Parameter::SeluAlpha: return Activation::selu(value, f.lambda());
    case Parameter::SeluLambda: return Activation::selu(f.alpha(), value);
    case Parameter::LeakySlope: break;
    }
    return Activation::leakyRelu(value);
}

double parameterValue(const Activation& f, Parameter parameter) noexcept {
    switch (parameter) {
    case Parameter::EluAlpha:
    case Parameter::SeluAlpha: return f.alpha();
    case Parameter::SeluLambda: return f.lambda();
    case Parameter::LeakySlope: break;
    }
    return f.slope();
}

double CurveScene::parameter(Parameter p) const noexcept {
    const ParameterInfo& info = parameterInfo(p);
    const SceneFunction* entry = find(info.kind);
    return entry != nullptr ? parameterValue(entry->function, p) : info.defaultValue;
}

}  // namespace alab
