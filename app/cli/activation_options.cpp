// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/activation_options.h"

#include <algorithm>

namespace alab::cli {
namespace {

std::string knownFunctions() {
    std::string list;
    for (const FunctionKind kind : allFunctionKinds()) {
        if (!list.empty()) list += ", ";
        list += functionId(kind);
    }
    return list;
}

// The options a function takes, so that e.g. "--alpha" on ReLU is an error, not ignored.
std::vector<std::string> parameterOptions(FunctionKind kind) {
    switch (kind) {
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return {"slope"};
    case FunctionKind::Elu:
    case FunctionKind::Celu: return {"alpha"};
    case FunctionKind::Selu: return {"alpha", "lambda"};
    case FunctionKind::Silu: return {"beta"};
    case FunctionKind::Softplus: return {"beta", "threshold"};
    case FunctionKind::Relu:
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Mish:
    case FunctionKind::Tanh:
    case FunctionKind::Sigmoid: break;
    }
    return {};
}

constexpr const char* kParameterNames[] = {"alpha", "lambda", "slope", "beta", "threshold"};

}  // namespace

Activation activationFromOptions(const ParsedOptions& options) {
    const auto id = options.value("function");
    if (!id) throw UsageError("--function is required (one of: " + knownFunctions() + ")");
    const auto kind = parseFunctionId(*id);
    if (!kind)
        throw UsageError("--function: unknown function '" + *id + "' (expected one of: " + knownFunctions() + ")");

    const std::vector<std::string> accepted = parameterOptions(*kind);
    for (const char* name : kParameterNames) {
        if (options.has(name) && std::find(accepted.begin(), accepted.end(), name) == accepted.end()) {
            throw UsageError("--" + std::string(name) + " does not apply to " + *id);
        }
    }
    auto parameter = [&](const char* name, double fallback) {
        const auto text = options.value(name);
        return text ? parseFiniteNumber(name, *text) : fallback;
    };
    try {
        switch (*kind) {
        case FunctionKind::Relu: return Activation::relu();
        case FunctionKind::LeakyRelu: return Activation::leakyRelu(parameter("slope", kDefaultLeakySlope));
        case FunctionKind::Elu: return Activation::elu(parameter("alpha", kDefaultEluAlpha));
        case FunctionKind::Selu:
            return Activation::selu(parameter("alpha", kSeluAlpha), parameter("lambda", kSeluLambda));
        case FunctionKind::Prelu: return Activation::prelu(parameter("slope", kDefaultPreluSlope));
        case FunctionKind::Celu: return Activation::celu(parameter("alpha", kDefaultCeluAlpha));
        case FunctionKind::Silu: return Activation::silu(parameter("beta", kDefaultSiluBeta));
        case FunctionKind::Softplus:
            return Activation::softplus(parameter("beta", kDefaultSoftplusBeta),
                                        parameter("threshold", kDefaultSoftplusThreshold));
        case FunctionKind::Gelu:
        case FunctionKind::GeluTanh:
        case FunctionKind::Mish:
        case FunctionKind::Tanh:
        case FunctionKind::Sigmoid: break;
        }
        return Activation::withDefaults(*kind);
    } catch (const ParameterError& error) {
        throw UsageError("--" + error.field() + ": " + error.what());
    }
}

std::vector<OptionSpec> activationOptionSpecs() {
    return {{"function"}, {"alpha"}, {"lambda"}, {"slope"}, {"beta"}, {"threshold"}};
}

std::string activationOptionsHelp() {
    return "  --function F   " + knownFunctions() +
           "\n"
           "  --alpha A      ELU, SELU and CELU alpha (defaults: ELU 1, SELU 1.6732632423543772,\n"
           "                 CELU 1; CELU needs alpha > 0)\n"
           "  --lambda L     SELU lambda (default 1.0507009873554805)\n"
           "  --slope S      Leaky ReLU and PReLU negative slope (defaults 0.01 and 0.25)\n"
           "  --beta B       SiLU and Softplus beta, > 0 (default 1)\n"
           "  --threshold T  Softplus threshold, >= 0: f = x where beta x > T (default 20)\n";
}

}  // namespace alab::cli
