// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/propagate_command.h"

#include "activation.h"
#include "cli/activation_options.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "propagation.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <limits>

namespace alab::cli {
namespace {

std::string knownInits() {
    std::string list;
    for (const WeightInit init : allWeightInits()) {
        if (!list.empty()) list += ", ";
        list += weightInitId(init);
    }
    return list;
}

// A size option: a whole number from 1 to int's maximum (memory is checked afterwards).
int parseCount(const ParsedOptions& options, const char* name, int fallback) {
    const auto text = options.value(name);
    if (!text) return fallback;
    const long long value = parseInteger(name, *text);
    if (value < 1 || value > std::numeric_limits<int>::max()) {
        throw UsageError("--" + std::string(name) + " must be between 1 and " +
                         std::to_string(std::numeric_limits<int>::max()) + ", got " + *text);
    }
    return static_cast<int>(value);
}

PropagationSettings buildSettings(const ParsedOptions& options) {
    PropagationSettings settings;
    settings.function = activationFromOptions(options);
    for (const char* required : {"depth", "width"}) {
        if (!options.has(required)) throw UsageError("--" + std::string(required) + " is required");
    }
    settings.depth = parseCount(options, "depth", 0);
    settings.width = parseCount(options, "width", 0);
    settings.batch = parseCount(options, "batch", settings.batch);
    if (const auto init = options.value("init")) {
        const auto parsed = parseWeightInitId(*init);
        if (!parsed) {
            throw UsageError("--init: unknown weight initialization '" + *init + "' (expected one of: " + knownInits() +
                             ")");
        }
        settings.init = *parsed;
    }
    if (const auto seed = options.value("seed")) settings.seed = parseSeed("seed", *seed);
    if (const auto text = options.value("gain")) {
        settings.gain = parseNumber("gain", *text);
        if (!(std::isfinite(settings.gain) && settings.gain > 0.0)) {
            throw UsageError("--gain must be a finite number greater than 0, got " + *text);
        }
    }
    if (const auto text = options.value("bias-std")) {
        settings.biasStd = parseNumber("bias-std", *text);
        if (!(std::isfinite(settings.biasStd) && settings.biasStd >= 0.0)) {
            throw UsageError("--bias-std must be a finite number of at least 0, got " + *text);
        }
    }
    // The per-layer table needs the backward pass; --unit-means does not.
    settings.backward = !options.has("unit-means");

    const double bytes = propagationMemoryBytes(settings);
    if (bytes > kMaxPropagationMemoryBytes) {
        char needed[64];
        std::snprintf(needed, sizeof needed, "%.3g GB of memory, more than the limit of %.3g GB", bytes / 1e9,
                      kMaxPropagationMemoryBytes / 1e9);
        throw UsageError("--width " + std::to_string(settings.width) + ", --batch " + std::to_string(settings.batch) +
                         " and --depth " + std::to_string(settings.depth) + " would need " + needed);
    }
    try {
        validate(settings);  // everything is checked above; this keeps the two in step
    } catch (const PropagationSettingsError& error) {
        const std::string option = error.field() == "biasStd" ? "bias-std" : error.field();
        throw UsageError("--" + option + ": " + error.what());
    }
    return settings;
}

bool write(const std::string& text) { return std::fwrite(text.data(), 1, text.size(), stdout) == text.size(); }

}  // namespace

std::string propagateHelp() {
    return "Usage: activation-lab propagate --function F [PARAMETERS]\n"
           "                                --depth L --width W [--batch B] [--init I] [--gain G]\n"
           "                                [--bias-std S] [--seed K] [--unit-means LAYER]\n"
           "\n"
           "Sends a batch of N(0, 1) inputs through a random fully connected network (width x width\n"
           "weights, biases, the activation after every layer) and prints, per layer, the mean and\n"
           "variance of all activations and the fraction of dead units (output 0 for the whole\n"
           "batch); then back-propagates a random N(0, 1) gradient from the last layer through the\n"
           "same weights and batch and prints the mean square of the gradient with respect to the\n"
           "layer's activations (grad_var) and the fraction of units whose gradient (with respect to\n"
           "their input, dL/dh) is 0 for the whole batch, as CSV:\n"
           "layer,mean,var,dead_fraction,grad_var,zero_grad_fraction. Every number has 17\n"
           "significant digits. The same options give the same numbers on every run.\n"
           "\n" +
           std::string("PARAMETERS, each only for the functions it belongs to:\n") + activationOptionsHelp() +
           "  --depth L      number of layers, at least 1\n"
           "  --width W      units per layer (and inputs), at least 1\n"
           "  --batch B      inputs sent through the network (default 1000)\n"
           "  --init I       weights from N(0, (G s)^2): lecun s^2 = 1/W (default), he 2/W,\n"
           "                 glorot 2/(W+W)\n"
           "  --gain G       multiplies the init's standard deviation s, greater than 0 (default 1;\n"
           "                 CS231n's 0.01 randn weights at width 500 are lecun with gain 0.2236)\n"
           "  --bias-std S   biases from N(0, S^2), at least 0 (default 0: zero biases)\n"
           "  --seed K       random seed, 0 to 2^64-1 (default 1)\n"
           "  --unit-means LAYER\n"
           "                 instead, print each unit's mean activation over the batch at that layer\n"
           "                 (1 to L) as CSV: unit,mean (units numbered from 1)\n"
           "\n"
           "Runs that would need more than 2 GB of memory (weights, activations, unit means, and f'\n"
           "of every layer for the backward pass: L x W x B floats) are refused.\n"
           "\n"
           "Example: activation-lab propagate --function selu --depth 100 --width 256\n";
}

int runPropagateCommand(const std::vector<std::string>& args) {
    std::vector<OptionSpec> specs = activationOptionSpecs();
    specs.insert(specs.end(),
                 {{"depth"}, {"width"}, {"batch"}, {"init"}, {"gain"}, {"bias-std"}, {"seed"}, {"unit-means"}});
    const ParsedOptions options = ParsedOptions::parse(args, specs);
    const PropagationSettings settings = buildSettings(options);
    int unitMeansLayer = 0;
    if (const auto text = options.value("unit-means")) {
        const long long layer = parseInteger("unit-means", *text);
        if (layer < 1 || layer > settings.depth) {
            throw UsageError("--unit-means must be a layer from 1 to " + std::to_string(settings.depth) + ", got " +
                             *text);
        }
        unitMeansLayer = static_cast<int>(layer);
    }

    bool written = true;
    if (unitMeansLayer > 0) {
        // The layers after the requested one are not needed.
        propagate(settings, [&](const LayerStatistics& statistics, int layer) {
            if (layer < unitMeansLayer) return true;
            std::string out = "unit,mean\n";
            for (Eigen::Index unit = 0; unit < statistics.unitMeans.size(); ++unit) {
                out += std::to_string(unit + 1);
                out += ',';
                appendNumber(out, statistics.unitMeans[unit]);
                out += '\n';
            }
            written = write(out);
            return false;
        });
    } else {
        // The gradients come after the forward pass, from the last layer down: the rows are
        // written when both are known.
        const PropagationResult result = propagate(settings);
        std::string out = "layer,mean,var,dead_fraction,grad_var,zero_grad_fraction\n";
        for (std::size_t i = 0; i < result.layers.size(); ++i) {
            const LayerStatistics& forward = result.layers[i];
            const GradientStatistics& backward = result.gradients.at(i);
            out += std::to_string(i + 1);
            for (const double value :
                 {forward.mean, forward.variance, forward.deadFraction, backward.meanSquare, backward.zeroFraction}) {
                out += ',';
                appendNumber(out, value);
            }
            out += '\n';
        }
        written = write(out);
    }
    if (!written || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::cerr << "activation-lab propagate: could not write the output: " << std::strerror(errno) << "\n";
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace alab::cli
