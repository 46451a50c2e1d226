// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// One description per built-in function: its id and name, its parameters, its evaluators, its
// metadata and formulas. Everything that lists functions or parameters (the command line, the
// scene files, the window's panels and styles, the tests) iterates functionRegistry(); adding a
// built-in means one description in builtin_functions.cpp, its kernel and its tests. A
// description that lacks an evaluator or a property does not compile (see describeKind there).
namespace alab {

// What values a parameter may take; the core rejects the rest with a ParameterError.
enum class ParameterDomain {
    Finite,       // any finite number, negative ones included
    Positive,     // finite and > 0
    NonNegative,  // finite and >= 0
};

struct ParameterSpec {
    std::string_view id;      // "alpha": the command-line option, the scene file's key
    std::string_view symbol;  // "α" (UTF-8): beside the slider and in labels
    double defaultValue;
    ParameterDomain domain;
    // What a lecture needs under a slider, and the wider range the window's controls and the
    // scene files accept (exactly, beyond the slider); both lie inside the domain.
    double sliderMin, sliderMax;
    double acceptedMin, acceptedMax;
    std::string_view help;  // one line for --help: "negative slope", "f = x where beta x > threshold"
};

// The evaluators of one function, each for the Activation it is called with. The array paths
// take `out` of the size of `x` (they may alias) and throw std::invalid_argument otherwise.
// f'' is in double only (see Activation::secondDerivative for its values at the kinks).
struct FunctionEvaluators {
    double (*valueDouble)(const Activation&, double) noexcept;
    float (*valueFloat)(const Activation&, float) noexcept;
    double (*derivativeDouble)(const Activation&, double) noexcept;
    float (*derivativeFloat)(const Activation&, float) noexcept;
    void (*valuesDouble)(const Activation&, std::span<const double>, std::span<double>);
    void (*valuesFloat)(const Activation&, std::span<const float>, std::span<float>);
    void (*derivativesDouble)(const Activation&, std::span<const double>, std::span<double>);
    void (*derivativesFloat)(const Activation&, std::span<const float>, std::span<float>);
    double (*secondDerivativeDouble)(const Activation&, double) noexcept;
    void (*secondDerivativesDouble)(const Activation&, std::span<const double>, std::span<double>);
};

// What the formula panel, the jump markers and the axis fitting know of a function (see the
// members of Activation of the same names).
struct FunctionProperties {
    OneSidedLimits (*derivativeLimitsAtZero)(const Activation&) noexcept;
    std::optional<double> (*limitAtMinusInfinity)(const Activation&) noexcept;
    ValueRange (*range)(const Activation&) noexcept;
    bool (*isMonotonic)(const Activation&) noexcept;
    std::optional<MinimumPoint> (*minimumPoint)(const Activation&);
    Smoothness (*smoothness)(const Activation&) noexcept;
    std::string (*formulaPlainText)(const Activation&);
    std::string (*formulaRichText)(const Activation&, int significantDigits);
};

struct FunctionDescriptor {
    FunctionKind kind;
    std::string_view id;                        // "leaky_relu", as on the command line and in scene files
    std::string_view displayName;               // "Leaky ReLU"
    std::span<const ParameterSpec> parameters;  // at most kMaxParameters, in panel order
    bool visibleByDefault;                      // shown on a new plot (ELU, SELU, ReLU, Leaky ReLU)
    FunctionEvaluators evaluators;
    FunctionProperties properties;

    // The position of the parameter `id`, or nullopt when this function has none of that name.
    std::optional<std::size_t> parameterIndex(std::string_view id) const noexcept;
};

// Every built-in in display order: ELU, SELU, ReLU, Leaky ReLU, then the comparison family.
const std::vector<FunctionDescriptor>& functionRegistry();
// The description of `kind`; every FunctionKind has one (a core test checks).
const FunctionDescriptor& describe(FunctionKind kind) noexcept;
// The description whose id is `id`, or nullptr.
const FunctionDescriptor* findFunction(std::string_view id) noexcept;
// "elu, selu, relu, ...": the ids, for messages and --help.
std::string knownFunctionIds();

// Shortest text that reads back as the same double ("1.6732632423543772", "0.01", "20"), or at
// most `significantDigits` significant digits when that is > 0 ("1.67326").
std::string formatShortest(double value, int significantDigits = 0);

}  // namespace alab
