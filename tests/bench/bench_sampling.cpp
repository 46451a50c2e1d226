// SPDX-License-Identifier: GPL-3.0-or-later
// The seeded normal sampler against the standard library's, per value.
#include "histogram.h"
#include "sampling.h"

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

namespace {

constexpr std::size_t kValues = 1'000'000;

void zigguratNormal(benchmark::State& state) {
    std::vector<double> out(kValues);
    alab::RandomStream stream(1);
    for (auto _ : state) {
        stream.fillNormal(std::span<double>(out), 0.0, 1.0);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kValues));
}
BENCHMARK(zigguratNormal)->Name("normal/alab-ziggurat-xoshiro256pp");

void standardNormal(benchmark::State& state) {
    std::vector<double> out(kValues);
    std::mt19937_64 generator(1);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (auto _ : state) {
        for (double& v : out) v = normal(generator);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kValues));
}
BENCHMARK(standardNormal)->Name("normal/std-normal_distribution-mt19937_64");

}  // namespace

namespace {

// One slider step of the histogram view: re-apply f to a kept sample of 10^6 and bin it.
void histogramOfKeptSample(benchmark::State& state) {
    const std::vector<double> z = alab::normalSample(1'000'000, 0.0, 1.0, 1);
    double alpha = 1.0;
    for (auto _ : state) {
        alpha = alpha == 1.0 ? 1.01 : 1.0;
        const alab::ActivationHistogram result = alab::histogramOfActivation(alab::Activation::elu(alpha), z, {});
        benchmark::DoNotOptimize(result.statistics.mean);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 1'000'000);
}
BENCHMARK(histogramOfKeptSample)->Name("histogram/elu-1e6-kept-sample")->Unit(benchmark::kMillisecond);

}  // namespace
