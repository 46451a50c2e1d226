// The seeded normal sampler against the standard library's, per value.
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
