// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/activation_options.h"

#include "expression/typed_function.h"
#include "function_registry.h"

#include <algorithm>
#include <cmath>

namespace alab::cli {
namespace {

// Every parameter id of the built-ins, in the order they first appear: alpha, lambda, slope, ...
std::vector<std::string_view> parameterIds() {
    std::vector<std::string_view> ids;
    for (const FunctionDescriptor& descriptor : functionRegistry()) {
        for (const ParameterSpec& spec : descriptor.parameters) {
            if (std::find(ids.begin(), ids.end(), spec.id) == ids.end()) ids.push_back(spec.id);
        }
    }
    return ids;
}

std::string_view domainText(ParameterDomain domain) {
    switch (domain) {
    case ParameterDomain::Positive: return ", > 0";
    case ParameterDomain::NonNegative: return ", >= 0";
    case ParameterDomain::Finite: break;
    }
    return "";
}

}  // namespace

std::vector<TypedParameter> typedParametersFromOptions(const ParsedOptions& options) {
    std::vector<TypedParameter> parameters;
    for (const std::string& item : options.values("param")) {
        const std::size_t equals = item.find('=');
        if (equals == std::string::npos || equals == 0) {
            throw UsageError("--param: expected NAME=VALUE, got '" + item + "'");
        }
        TypedParameter p;
        p.name = item.substr(0, equals);
        p.defaultValue = parseFiniteNumber("param " + p.name, item.substr(equals + 1));
        // The command line has no sliders; a range around the value keeps the description whole.
        const double reach = std::max(1.0, std::fabs(p.defaultValue));
        p.sliderMin = p.defaultValue - reach;
        p.sliderMax = p.defaultValue + reach;
        parameters.push_back(p);
    }
    return parameters;
}

Activation typedFromOptions(const ParsedOptions& options) {
    const std::string expression = *options.value("expression");
    if (options.has("function")) throw UsageError("--expression and --function exclude each other");
    for (const std::string_view name : parameterIds()) {
        if (options.has(std::string(name))) {
            throw UsageError("--" + std::string(name) +
                             " is a built-in's parameter; give a typed function's as --param " + std::string(name) +
                             "=VALUE");
        }
    }
    try {
        return Activation::typed(
            TypedFunction::create(options.value("name").value_or(""), expression, typedParametersFromOptions(options)));
    } catch (const ExpressionError& error) {
        throw UsageError(std::string(error.column() > 0 ? "--expression: " : "--param: ") + error.what());
    } catch (const ParameterError& error) {
        throw UsageError("--param: " + std::string(error.what()));
    }
}

Activation activationFromOptions(const ParsedOptions& options, std::string_view defaultFunction) {
    if (options.has("expression")) return typedFromOptions(options);
    if (options.has("param")) throw UsageError("--param applies to --expression");
    if (options.has("name")) throw UsageError("--name applies to --expression");
    auto id = options.value("function");
    if (!id && !defaultFunction.empty()) id = std::string(defaultFunction);
    if (!id) {
        throw UsageError("--function or --expression is required (functions: " + knownFunctionIds() + ")");
    }
    const FunctionDescriptor* descriptor = findFunction(*id);
    if (descriptor == nullptr)
        throw UsageError("--function: unknown function '" + *id + "' (expected one of: " + knownFunctionIds() + ")");

    // A parameter the function does not have is an error, so that e.g. "--alpha" on ReLU is not ignored.
    for (const std::string_view name : parameterIds()) {
        if (options.has(std::string(name)) && !descriptor->parameterIndex(name)) {
            throw UsageError("--" + std::string(name) + " does not apply to " + *id);
        }
    }
    std::vector<double> values;
    for (const ParameterSpec& spec : descriptor->parameters) {
        const std::string name(spec.id);
        const auto text = options.value(name);
        values.push_back(text ? parseFiniteNumber(name, *text) : spec.defaultValue);
    }
    try {
        return Activation::make(descriptor->kind, values);
    } catch (const ParameterError& error) {
        throw UsageError("--" + error.field() + ": " + error.what());
    }
}

std::vector<OptionSpec> activationOptionSpecs() {
    std::vector<OptionSpec> specs{{"function"}, {"expression"}, {"name"}, {"param", true, true}};
    for (const std::string_view name : parameterIds()) specs.push_back({std::string(name)});
    return specs;
}

std::string activationOptionsHelp() {
    // The ids wrapped to 80 columns under the option's text.
    std::string help = "  --function F   ";
    std::size_t column = help.size();
    for (const FunctionDescriptor& descriptor : functionRegistry()) {
        const bool last = &descriptor == &functionRegistry().back();
        const std::string item = std::string(descriptor.id) + (last ? "" : ",");
        if (column + item.size() + 1 > 80) {
            help += "\n                 ";
            column = 17;
        } else if (column > 17) {
            help += ' ';
            ++column;
        }
        help += item;
        column += item.size();
    }
    help +=
        "\n"
        "  --expression EXPR  a function of x instead: numbers, x, + - * / ^, where(cond, a, b)\n"
        "                 with < <= > >=, exp expm1 log log1p sqrt abs sin cos tan sinh cosh tanh\n"
        "                 erf erfc sigmoid softplus min max, pi, e, and every built-in by its id\n"
        "                 with its parameters as arguments: elu(x, 0.5)\n"
        "  --param NAME=VALUE  a parameter of the expression (repeat for more)\n"
        "  --name NAME    the expression's label in headers and legends\n";
    for (const std::string_view name : parameterIds()) {
        help += "  --" + std::string(name) + " VALUE\n";
        for (const FunctionDescriptor& descriptor : functionRegistry()) {
            const auto index = descriptor.parameterIndex(name);
            if (!index) continue;
            const ParameterSpec& spec = descriptor.parameters[*index];
            help += "      " + std::string(descriptor.id) + ": " + std::string(spec.help) + " (default " +
                    formatShortest(spec.defaultValue) + std::string(domainText(spec.domain)) + ")\n";
        }
    }
    return help;
}

}  // namespace alab::cli
