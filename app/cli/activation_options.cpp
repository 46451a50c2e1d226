// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/activation_options.h"

#include "function_registry.h"

#include <algorithm>

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

Activation activationFromOptions(const ParsedOptions& options) {
    const auto id = options.value("function");
    if (!id) throw UsageError("--function is required (one of: " + knownFunctionIds() + ")");
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
    std::vector<OptionSpec> specs{{"function"}};
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
    help += '\n';
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
