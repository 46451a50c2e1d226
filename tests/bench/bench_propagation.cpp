// SPDX-License-Identifier: GPL-3.0-or-later
// Deep propagation: a whole propagate() run (weights, GEMMs, activation, statistics) for the
// 20 layers x width 256 x batch 1000 target, how its time grows with depth, width and batch,
// and the float GEMMs alone, to show what the rest costs. Wall-clock times (two threads).
#include "kernels/gemm_kernels.h"
#include "kernels/kernels.h"
#include "propagation.h"
#include "sampling.h"

#include <benchmark/benchmark.h>

#include <Eigen/Core>

#include <string>
#include <thread>
#include <vector>

namespace {

using alab::Activation;
using alab::PropagationSettings;

const bool kIsaContext = [] {
    benchmark::AddCustomContext("propagation_isa", std::string(alab::kernels::isaName(alab::kernels::activeIsa())));
    return true;
}();

// GEMM floating-point operations per second (2 W^2 B per layer), over the wall-clock time.
void setGflops(benchmark::State& state, int depth, int width, int batch) {
    state.counters["GFLOPS"] =
        benchmark::Counter(static_cast<double>(state.iterations()) * 2.0 * depth * width * width * batch / 1e9,
                           benchmark::Counter::kIsRate);
}

void runPropagation(benchmark::State& state, Activation function, int depth, int width, int batch,
                    bool backward = false) {
    PropagationSettings settings;
    settings.backward = backward;
    settings.function = function;
    settings.depth = depth;
    settings.width = width;
    settings.batch = batch;
    for (auto _ : state) {
        auto result = alab::propagate(settings);
        benchmark::DoNotOptimize(result.layers.data());
    }
    setGflops(state, depth, width, batch);
}

// The target case for each function.
void target(benchmark::State& state, Activation function) { runPropagation(state, function, 20, 256, 1000); }
BENCHMARK_CAPTURE(target, selu, Activation::selu())
    ->Name("propagate/L20_W256_B1000/selu")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(target, elu, Activation::elu())
    ->Name("propagate/L20_W256_B1000/elu")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(target, relu, Activation::relu())
    ->Name("propagate/L20_W256_B1000/relu")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Forward and backward together (issue 17: at most 2.5 times the forward pass alone, above).
void targetBackward(benchmark::State& state, Activation function) {
    runPropagation(state, function, 20, 256, 1000, true);
}
BENCHMARK_CAPTURE(targetBackward, selu, Activation::selu())
    ->Name("propagate/L20_W256_B1000/selu/backward")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(targetBackward, relu, Activation::relu())
    ->Name("propagate/L20_W256_B1000/relu/backward")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Growth with L, W and B (SELU), one parameter at a time around the target case.
void sweep(benchmark::State& state) {
    runPropagation(state, Activation::selu(), static_cast<int>(state.range(0)), static_cast<int>(state.range(1)),
                   static_cast<int>(state.range(2)));
}
BENCHMARK(sweep)
    ->Name("propagate/sweep/selu")
    ->ArgNames({"L", "W", "B"})
    ->Args({10, 256, 1000})
    ->Args({20, 256, 1000})
    ->Args({40, 256, 1000})
    ->Args({20, 128, 1000})
    ->Args({20, 512, 1000})
    ->Args({20, 256, 500})
    ->Args({20, 256, 2000})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The same run on each ISA level the CPU has (the GEMM and the activation follow it).
void perIsa(benchmark::State& state, alab::kernels::Isa isa) {
    if (!alab::kernels::isaSupported(isa)) {
        state.SkipWithError("not supported by this CPU");
        return;
    }
    const alab::kernels::Isa original = alab::kernels::activeIsa();
    alab::kernels::setActiveIsa(isa);
    runPropagation(state, Activation::selu(), 20, 256, 1000);
    alab::kernels::setActiveIsa(original);
}
BENCHMARK_CAPTURE(perIsa, avx512, alab::kernels::Isa::Avx512)
    ->Name("propagate/L20_W256_B1000/selu/isa:avx512")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(perIsa, avx2, alab::kernels::Isa::Avx2)
    ->Name("propagate/L20_W256_B1000/selu/isa:avx2")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(perIsa, scalar, alab::kernels::Isa::Scalar)
    ->Name("propagate/L20_W256_B1000/selu/isa:baseline")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Baselines: only the 20 GEMMs of the target case, on fixed random data.
struct GemmData {
    static constexpr int kDepth = 20;
    static constexpr int kWidth = 256;
    static constexpr int kBatch = 1000;
    std::vector<float> weights = std::vector<float>(kWidth * kWidth);
    std::vector<float> activations[2] = {std::vector<float>(kWidth * kBatch), std::vector<float>(kWidth* kBatch)};

    GemmData() {
        alab::RandomStream stream(1);
        stream.fillNormal(std::span<float>(weights), 0.0, 1.0 / 16);
        stream.fillNormal(std::span<float>(activations[0]), 0.0, 1.0);
    }
};

// The dispatched GEMM build, columns [first, first + count), for all layers.
void gemmLayers(const GemmData& data, std::vector<float> (&activations)[2], int first, int count) {
    const alab::kernels::GemmFunction multiply = alab::kernels::gemmFor(alab::kernels::activeIsa());
    const std::ptrdiff_t offset = static_cast<std::ptrdiff_t>(first) * GemmData::kWidth;
    for (int layer = 0; layer < GemmData::kDepth; ++layer) {
        multiply(data.weights.data(), activations[layer % 2].data() + offset,
                 activations[(layer + 1) % 2].data() + offset, GemmData::kWidth, GemmData::kWidth, count);
    }
}

void gemmOnlyOneThread(benchmark::State& state) {
    GemmData data;
    for (auto _ : state) {
        gemmLayers(data, data.activations, 0, GemmData::kBatch);
        benchmark::ClobberMemory();
    }
    setGflops(state, GemmData::kDepth, GemmData::kWidth, GemmData::kBatch);
}
BENCHMARK(gemmOnlyOneThread)
    ->Name("gemm_only/L20_W256_B1000/dispatched/threads:1")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Two threads on the two column halves, no synchronization between layers: a lower bound
// for the GEMM share of a propagate() run.
void gemmOnlyTwoThreads(benchmark::State& state) {
    GemmData data;
    const int half = GemmData::kBatch / 2;
    for (auto _ : state) {
        std::thread worker([&] { gemmLayers(data, data.activations, half, GemmData::kBatch - half); });
        gemmLayers(data, data.activations, 0, half);
        worker.join();
        benchmark::ClobberMemory();
    }
    setGflops(state, GemmData::kDepth, GemmData::kWidth, GemmData::kBatch);
}
BENCHMARK(gemmOnlyTwoThreads)
    ->Name("gemm_only/L20_W256_B1000/dispatched/threads:2")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Plain Eigen in this file, compiled like the rest of the portable build (SSE2): what the
// GEMM would cost without the per-ISA builds.
void gemmOnlyPortableEigen(benchmark::State& state) {
    GemmData data;
    const Eigen::Map<const Eigen::MatrixXf> weights(data.weights.data(), GemmData::kWidth, GemmData::kWidth);
    for (auto _ : state) {
        for (int layer = 0; layer < GemmData::kDepth; ++layer) {
            Eigen::Map<Eigen::MatrixXf>(data.activations[(layer + 1) % 2].data(), GemmData::kWidth, GemmData::kBatch)
                .noalias() = weights * Eigen::Map<const Eigen::MatrixXf>(data.activations[layer % 2].data(),
                                                                         GemmData::kWidth, GemmData::kBatch);
        }
        benchmark::ClobberMemory();
    }
    setGflops(state, GemmData::kDepth, GemmData::kWidth, GemmData::kBatch);
}
BENCHMARK(gemmOnlyPortableEigen)
    ->Name("gemm_only/L20_W256_B1000/eigen-portable-sse2/threads:1")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
