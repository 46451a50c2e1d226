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
    case FunctionKind::Relu: return {};
    case FunctionKind::LeakyRelu: return {"slope"};
    case FunctionKind::Elu: return {"alpha"};
    case FunctionKind::Selu: break;
    }
    return {"alpha", "lambda"};
}

}  // namespace

Activation activationFromOptions(const ParsedOptions& options) {
    const auto id = options.value("function");
    if (!id) throw UsageError("--function is required (one of: " + knownFunctions() + ")");
    const auto kind = parseFunctionId(*id);
    if (!kind)
        throw UsageError("--function: unknown function '" + *id + "' (expected one of: " + knownFunctions() + ")");

    const std::vector<std::string> accepted = parameterOptions(*kind);
    for (const char* name : {"alpha", "lambda", "slope"}) {
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
        case FunctionKind::Selu: break;
        }
        return Activation::selu(parameter("alpha", kSeluAlpha), parameter("lambda", kSeluLambda));
    } catch (const ParameterError& error) {
        throw UsageError("--" + error.field() + ": " + error.what());
    }
}

std::vector<OptionSpec> activationOptionSpecs() { return {{"function"}, {"alpha"}, {"lambda"}, {"slope"}}; }

std::string activationOptionsHelp() {
    return "  --function F   " + knownFunctions() +
           "\n"
           "  --alpha A      ELU and SELU alpha (defaults: ELU 1, SELU 1.6732632423543772)\n"
           "  --lambda L     SELU lambda (default 1.0507009873554805)\n"
           "  --slope S      Leaky ReLU negative slope (default 0.01)\n";
}

}  // namespace alab::cli
