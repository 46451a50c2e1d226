// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/meanmap_command.h"

#include "activation.h"
#include "cli/activation_options.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "init_gain.h"
#include "mean_variance_map.h"
#include "selu_map.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <stdexcept>

namespace alab::cli {
namespace {

enum class Mode { Map, FixedPoint, Solve, VarianceGain };

// The function options besides --alpha and --lambda (which the SELU map has had from the start).
const std::vector<std::string>& functionOnlyOptions() {
    static const std::vector<std::string> kNames = [] {
        std::vector<std::string> names;
        for (const OptionSpec& spec : activationOptionSpecs()) {
            if (spec.name != "alpha" && spec.name != "lambda") names.push_back(spec.name);
        }
        return names;
    }();
    return kNames;
}

std::vector<std::string> withFunctionOptions(std::vector<std::string> names) {
    names.insert(names.end(), {"alpha", "lambda"});
    names.insert(names.end(), functionOnlyOptions().begin(), functionOnlyOptions().end());
    return names;
}

// The options each mode accepts, so that e.g. --alpha with --solve is an error, not ignored.
const std::vector<std::string>& optionsOf(Mode mode) {
    static const std::vector<std::string> kMap = withFunctionOptions({"omega", "tau", "mu", "nu"});
    static const std::vector<std::string> kFixedPoint = withFunctionOptions({"omega", "tau", "fixed-point"});
    static const std::vector<std::string> kSolve{"solve", "target-mu", "target-nu"};
    static const std::vector<std::string> kVarianceGain = withFunctionOptions({"variance-gain"});
    switch (mode) {
    case Mode::Map: return kMap;
    case Mode::FixedPoint: return kFixedPoint;
    case Mode::VarianceGain: return kVarianceGain;
    case Mode::Solve: break;
    }
    return kSolve;
}

const char* modeName(Mode mode) {
    switch (mode) {
    case Mode::Map: return "the map (without --fixed-point or --solve)";
    case Mode::FixedPoint: return "--fixed-point";
    case Mode::VarianceGain: return "--variance-gain";
    case Mode::Solve: break;
    }
    return "--solve (omega = tau = 1)";
}

Mode selectMode(const ParsedOptions& options) {
    std::string given;
    int modes = 0;
    for (const char* name : {"fixed-point", "solve", "variance-gain"}) {
        if (!options.has(name)) continue;
        given += (modes == 0 ? "--" : " and --") + std::string(name);
        ++modes;
    }
    if (modes > 1) throw UsageError(given + " are different modes: give at most one");
    const Mode mode = options.has("fixed-point")     ? Mode::FixedPoint
                      : options.has("solve")         ? Mode::Solve
                      : options.has("variance-gain") ? Mode::VarianceGain
                                                     : Mode::Map;
    const std::vector<std::string>& accepted = optionsOf(mode);
    std::vector<std::string> checked{"alpha", "lambda", "omega", "tau", "mu", "nu", "target-mu", "target-nu"};
    checked.insert(checked.end(), functionOnlyOptions().begin(), functionOnlyOptions().end());
    for (const std::string& name : checked) {
        if (options.has(name) && std::find(accepted.begin(), accepted.end(), name) == accepted.end()) {
            throw UsageError("--" + name + " does not apply to " + modeName(mode));
        }
    }
    return mode;
}

double optionalNumber(const ParsedOptions& options, const char* name, double fallback) {
    const auto text = options.value(name);
    return text ? parseFiniteNumber(name, *text) : fallback;
}

double requiredNumber(const ParsedOptions& options, const char* name) {
    const auto text = options.value(name);
    if (!text) throw UsageError("--" + std::string(name) + " is required");
    return parseFiniteNumber(name, *text);
}

double positive(const char* name, double value) {
    if (!(value > 0.0)) {
        std::string text;
        appendNumber(text, value);
        throw UsageError("--" + std::string(name) + " must be positive, got " + text);
    }
    return value;
}

MeanMapWeights mapWeights(const ParsedOptions& options) {
    return {optionalNumber(options, "omega", 0.0), positive("tau", optionalNumber(options, "tau", 1.0))};
}

// The map's function: --function F or --expression EXPR, SELU when neither is given.
Activation mapFunction(const ParsedOptions& options) { return activationFromOptions(options, "selu"); }

// The core names fields as in its structs; the user knows them by their options.
std::string optionText(const std::string& field) {
    if (field == "mean") return "--mu";
    if (field == "variance") return "--nu";
    if (field == "variance*tau") return "--nu times --tau";
    if (field == "mean*omega") return "--mu times --omega";
    return "--" + field;
}

std::string row(double first, double second) {
    std::string out;
    appendNumber(out, first);
    out += ',';
    appendNumber(out, second);
    out += '\n';
    return out;
}

std::string compute(Mode mode, const ParsedOptions& options) {
    switch (mode) {
    case Mode::Map: {
        const MeanMapWeights weights = mapWeights(options);
        const Activation f = mapFunction(options);
        const double mu = requiredNumber(options, "mu");
        const double nu = positive("nu", requiredNumber(options, "nu"));
        if (nu * weights.tau == 0.0) throw UsageError("--nu times --tau underflows to 0");
        const MeanVariance image = meanVarianceMap(f, {mu, nu}, weights);
        return "mu,nu\n" + row(image.mean, image.variance);
    }
    case Mode::FixedPoint: {
        const MeanMapWeights weights = mapWeights(options);
        const FixedPointResult result = findFixedPoint(mapFunction(options), weights);
        if (result.status == FixedPointStatus::MomentsUndefined) {
            throw ParameterError("function", "no fixed point: " + result.message);
        }
        if (!result.point) throw UsageError("no fixed point: " + result.message);
        return "mu,nu\n" + row(result.point->mean, result.point->variance);
    }
    case Mode::VarianceGain: {
        const Activation f = activationFromOptions(options);
        double gain = 0.0;
        try {
            gain = varianceKeepingGain(f);
        } catch (const std::domain_error& error) {
            throw UsageError(error.what());
        }
        std::string out = "gain\n";
        appendNumber(out, gain);
        return out + "\n";
    }
    case Mode::Solve: break;
    }
    const double mu = requiredNumber(options, "target-mu");
    const double nu = positive("target-nu", requiredNumber(options, "target-nu"));
    const SeluSolveResult result = solveSeluParameters({mu, nu});
    if (!result.parameters) throw UsageError(result.error);
    return "alpha,lambda\n" + row(result.parameters->alpha, result.parameters->lambda);
}

}  // namespace

std::string meanmapHelp() {
    std::string alpha, lambda;
    appendNumber(alpha, kSeluAlpha);
    appendNumber(lambda, kSeluLambda);
    return "Usage: activation-lab meanmap [FUNCTION] [--omega W --tau T] --mu M --nu V\n"
           "       activation-lab meanmap --fixed-point [FUNCTION] [--omega W --tau T]\n"
           "       activation-lab meanmap --solve --target-mu M --target-nu V\n"
           "       activation-lab meanmap --variance-gain --function F [PARAMETERS]\n"
           "\n"
           "The mean/variance map of Klambauer et al. (2017), for any function: activations with\n"
           "mean mu and variance nu, through weights with omega = sum w_i and tau = sum w_i^2, give\n"
           "pre-activations z ~ N(mu omega, nu tau) and outputs with mean mu~ = E[f(z)] and variance\n"
           "nu~ = Var[f(z)] (closed forms for ReLU, Leaky ReLU, PReLU, ELU, SELU, CELU; quadrature\n"
           "for the others and for --expression). FUNCTION is --function F with its parameters, or\n"
           "--expression EXPR [--param NAME=VALUE]; SELU (alpha " +
           alpha + ", lambda " + lambda +
           ") without either.\n"
           "Prints CSV, every number with 17 significant digits.\n"
           "\n"
           "  (no mode)       the image (mu~, nu~) of (mu, nu); header mu,nu\n"
           "  --fixed-point   the fixed point the layers approach from (0, 1); header mu,nu. Where\n"
           "                  there is none, says why (the variance collapses, the iteration\n"
           "                  diverges, the moments do not exist) and exits with 2\n"
           "  --solve         SELU's alpha, lambda that make N(M, V) its own image (omega = tau = 1);\n"
           "                  header alpha,lambda\n"
           "  --omega W       sum of the weights (default 0, normalized weights)\n"
           "  --tau T         sum of the squared weights, > 0 (default 1; an init of gain g: g^2);\n"
           "                  omega = tau = 1 maps the moments of z ~ N(mu, nu) directly\n"
           "  --mu M          mean of the inputs\n"
           "  --nu V          variance of the inputs, > 0\n"
           "  --target-mu M --target-nu V\n"
           "                  the fixed point to solve for (V > 0)\n"
           "  --variance-gain the gain g = 1/sqrt(E[f(z)^2]), z ~ N(0, 1), of any function: weights\n"
           "                  with standard deviation g/sqrt(fan-in) keep N(0, 1) pre-activations at\n"
           "                  variance 1 (ReLU: sqrt 2, He's; SELU: 1, LeCun's); header gain;\n"
           "                  --function or --expression required\n"
           "Functions and their parameters (--alpha A --lambda L are SELU's by default):\n" +
           activationOptionsHelp() +
           "\n"
           "Examples:\n"
           "  activation-lab meanmap --mu 0.5 --nu 2\n"
           "  activation-lab meanmap --fixed-point --lambda 1.2\n"
           "  activation-lab meanmap --fixed-point --expression '2*tanh(x)'\n"
           "  activation-lab meanmap --function tanh --omega 1 --tau 1 --mu 0.5 --nu 2\n"
           "  activation-lab meanmap --solve --target-mu 0 --target-nu 1\n"
           "  activation-lab meanmap --variance-gain --function tanh\n";
}

int runMeanmapCommand(const std::vector<std::string>& args) {
    std::vector<OptionSpec> specs{{"alpha"},
                                  {"lambda"},
                                  {"omega"},
                                  {"tau"},
                                  {"mu"},
                                  {"nu"},
                                  {"fixed-point", false},
                                  {"solve", false},
                                  {"variance-gain", false},
                                  {"target-mu"},
                                  {"target-nu"}};
    for (const OptionSpec& spec : activationOptionSpecs()) {
        if (spec.name != "alpha" && spec.name != "lambda") specs.push_back(spec);
    }
    const ParsedOptions options = ParsedOptions::parse(args, specs);
    const Mode mode = selectMode(options);
    std::string out;
    try {
        out = compute(mode, options);
    } catch (const ParameterError& error) {
        std::string message = error.what();
        if (error.field() == "function") {
            // Moments that do not exist: the function is at fault, named by the option that gave it.
            throw UsageError((options.has("expression") ? "--expression: " : "--function: ") + message);
        }
        // Messages of the core start with the field's name: put the option there instead.
        if (message.starts_with(error.field())) message.replace(0, error.field().size(), optionText(error.field()));
        throw UsageError(message);
    } catch (const std::overflow_error& error) {
        throw UsageError(std::string(error.what()) + " (the parameters are too large)");
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::cerr << "activation-lab meanmap: could not write the output: " << std::strerror(errno) << "\n";
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace alab::cli
