// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/stats_command.h"

#include "cli/activation_options.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "expression/typed_function.h"
#include "histogram.h"
#include "moments.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace alab::cli {
namespace {

constexpr long long kMinSamples = 2;
constexpr long long kMaxSamples = 100'000'000;  // streamed, so memory stays a few MB
constexpr long long kDefaultSamples = 1'000'000;

struct StatsRequest {
    Activation function = Activation::relu();
    double mu = 0.0;
    double sigma = 1.0;
    std::uint64_t samples = kDefaultSamples;
    std::uint64_t seed = 1;
    HistogramSettings histogram;
    bool printHistogram = false;
};

StatsRequest parseRequest(const std::vector<std::string>& args) {
    std::vector<OptionSpec> specs = activationOptionSpecs();
    specs.insert(specs.end(), {{"mu"}, {"sigma"}, {"samples"}, {"seed"}, {"bins"}, {"histogram", false}});
    const ParsedOptions options = ParsedOptions::parse(args, specs);
    StatsRequest request;
    request.function = activationFromOptions(options);
    if (const auto text = options.value("mu")) request.mu = parseFiniteNumber("mu", *text);
    if (const auto text = options.value("sigma")) {
        request.sigma = parseFiniteNumber("sigma", *text);
        if (!(request.sigma > 0)) throw UsageError("--sigma must be greater than 0, got " + *text);
    }
    if (const auto text = options.value("samples")) {
        const long long samples = parseInteger("samples", *text);
        if (samples < kMinSamples || samples > kMaxSamples) {
            throw UsageError("--samples must be between 2 and 100000000, got " + *text);
        }
        request.samples = static_cast<std::uint64_t>(samples);
    }
    if (const auto text = options.value("seed")) request.seed = parseSeed("seed", *text);
    if (const auto text = options.value("bins")) {
        const long long bins = parseInteger("bins", *text);
        if (bins < kMinHistogramBins || bins > kMaxHistogramBins) {
            throw UsageError("--bins must be between 10 and 1000, got " + *text);
        }
        request.histogram.bins = static_cast<int>(bins);
    }
    request.printHistogram = options.has("histogram");
    return request;
}

}  // namespace

std::string statsHelp() {
    return "Usage: activation-lab stats --function F [PARAMETERS]\n"
           "                            [--mu M] [--sigma S] [--samples N] [--seed K] [--bins B] [--histogram]\n"
           "\n"
           "Samples z ~ N(mu, sigma^2) and prints, as CSV, the sample mean and (unbiased) variance of\n"
           "f(z) beside the exact closed-form ones, and the fraction of outputs that are exactly 0:\n"
           "  function,samples,sample_mean,sample_var,exact_mean,exact_var,dead_fraction\n"
           "With --histogram, a blank line and the histogram of f(z) over [min, max] follow:\n"
           "  bin_low,bin_high,count,density\n"
           "\n" +
           std::string("PARAMETERS, each only for the functions it belongs to:\n") + activationOptionsHelp() +
           "  --mu M         mean of z (default 0)\n"
           "  --sigma S      standard deviation of z, > 0 (default 1)\n"
           "  --samples N    2 <= N <= 10^8 (default 10^6); streamed, memory stays small\n"
           "  --seed K       the random seed, 0 to 2^64-1 (default 1); same seed, same numbers\n"
           "  --bins B       histogram bins, 10 <= B <= 1000 (default 100)\n"
           "  --histogram    also print the histogram\n"
           "\n"
           "Example: activation-lab stats --function elu --mu -0.5 --sigma 2 --samples 100000 --histogram\n";
}

int runStatsCommand(const std::vector<std::string>& args) {
    const StatsRequest request = parseRequest(args);
    NormalMoments exact;
    try {
        exact = normalMoments(request.function, request.mu, request.sigma);
    } catch (const ParameterError& error) {
        throw UsageError("--" + error.field() + ": " + error.what());
    }
    ActivationHistogram result;
    try {
        result = histogramOfActivation(request.function,
                                       normalSampleReplay(request.samples, request.mu, request.sigma, request.seed),
                                       request.histogram);
    } catch (const std::invalid_argument& error) {
        // The inputs are all finite but f(z) spans more than a double (sigma 1e308, say).
        throw UsageError(std::string("--mu/--sigma/parameters: ") + error.what());
    }

    std::string out = "function,samples,sample_mean,sample_var,exact_mean,exact_var,dead_fraction\n";
    // A built-in by its id; a typed function by its name (quoted as a CSV field when it needs it).
    if (const TypedFunction* typed = request.function.typedFunction(); typed != nullptr) {
        std::string name = typed->name();
        if (name.find_first_of(",\"\n") != std::string::npos) {
            std::string quoted = "\"";
            for (const char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            name = quoted + "\"";
        }
        out += name;
    } else {
        out += request.function.id();
    }
    for (const double value :
         {static_cast<double>(result.statistics.count), result.statistics.mean, result.statistics.variance, exact.mean,
          exact.variance, result.statistics.zeroFraction}) {
        out += ',';
        appendNumber(out, value);
    }
    out += '\n';
    if (request.printHistogram) {
        const Histogram& h = result.histogram;
        out += "\nbin_low,bin_high,count,density\n";
        const double width = h.binWidth();
        for (std::size_t i = 0; i < h.counts.size(); ++i) {
            appendNumber(out, h.low + width * static_cast<double>(i));
            out += ',';
            appendNumber(out, i + 1 == h.counts.size() ? h.high : h.low + width * static_cast<double>(i + 1));
            out += ',' + std::to_string(h.counts[i]) + ',';
            appendNumber(out, h.density(i));
            out += '\n';
        }
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::cerr << "activation-lab stats: could not write the output: " << std::strerror(errno) << "\n";
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace alab::cli
