// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the activation kernels against the two baselines the issue names, in one
// run: a scalar std::expm1 loop (exact but slow) and Eigen's array form (fast, inexact for
// tiny negative x). Typed functions (expression/typed_function.h) beside the built-ins they
// spell out, and the cost of compiling one. Prints the ratios after the usual table.
#include "activation.h"
#include "expression/typed_function.h"
#include "kernels/kernels.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <string_view>

namespace {

using alab::Activation;
using alab::kernels::Isa;

constexpr Eigen::Index kValues = 1'000'000;

template <class T>
const Eigen::Array<T, Eigen::Dynamic, 1>& inputs() {
    static const Eigen::Array<T, Eigen::Dynamic, 1> x = [] {
        std::mt19937_64 generator(42);
        std::normal_distribution<double> normal(0.0, 3.0);  // both branches, mostly |x| < 10
        Eigen::Array<T, Eigen::Dynamic, 1> values(kValues);
        for (Eigen::Index i = 0; i < kValues; ++i) values[i] = static_cast<T>(normal(generator));
        return values;
    }();
    return x;
}

Activation functionFor(const std::string& name) { return name == "SELU" ? Activation::selu() : Activation::elu(); }

template <class T>
void exactKernel(benchmark::State& state, std::string name, bool derivative, Isa isa) {
    if (!alab::kernels::isaSupported(isa)) {
        state.SkipWithError("ISA not supported by this CPU");
        return;
    }
    const Isa previous = alab::kernels::activeIsa();
    alab::kernels::setActiveIsa(isa);
    const Activation f = functionFor(name);
    const auto& x = inputs<T>();
    Eigen::Array<T, Eigen::Dynamic, 1> out(kValues);
    const auto n = static_cast<std::size_t>(kValues);
    for (auto _ : state) {
        if (derivative)
            f.derivatives(std::span<const T>(x.data(), n), std::span<T>(out.data(), n));
        else
            f.values(std::span<const T>(x.data(), n), std::span<T>(out.data(), n));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * kValues);
    alab::kernels::setActiveIsa(previous);
}

// scale * (x > 0 ? x : c * expm1(x)), one std::expm1 call per negative value.
template <class T>
void scalarLoop(benchmark::State& state, std::string name, bool derivative) {
    const Activation f = functionFor(name);
    const T scale = static_cast<T>(f.lambda());
    const T c = static_cast<T>(f.lambda() * f.alpha());
    const auto& x = inputs<T>();
    Eigen::Array<T, Eigen::Dynamic, 1> out(kValues);
    for (auto _ : state) {
        for (Eigen::Index i = 0; i < kValues; ++i) {
            const T v = x[i];
            if (derivative)
                out[i] = v > 0 ? scale : c * std::exp(v);
            else
                out[i] = v > 0 ? scale * v : c * std::expm1(v);
        }
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * kValues);
}

// The common vectorized formula: x.max(0) + a * (x.min(0).exp() - 1). It cancels for tiny
// negative x (elu(-1e-8) loses about half its digits).
template <class T>
void eigenInexact(benchmark::State& state, std::string name, bool derivative) {
    const Activation f = functionFor(name);
    const T scale = static_cast<T>(f.lambda());
    const T c = static_cast<T>(f.lambda() * f.alpha());
    const auto& x = inputs<T>();
    Eigen::Array<T, Eigen::Dynamic, 1> out(kValues);
    for (auto _ : state) {
        if (derivative)
            out = (x > 0).select(scale, c * x.min(T(0)).exp());
        else
            out = scale * x.max(T(0)) + c * (x.min(T(0)).exp() - T(1));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * kValues);
}

// The comparison family: Activation's array path (dispatched ISA) and a plain std:: loop of
// the textbook formula beside it (fast where libm is, inexact in the tails).
Activation comparisonFunction(const std::string& id) { return Activation::withDefaults(*alab::parseFunctionId(id)); }

template <class T>
void comparisonKernel(benchmark::State& state, std::string id, bool derivative) {
    const Activation f = comparisonFunction(id);
    const auto& x = inputs<T>();
    Eigen::Array<T, Eigen::Dynamic, 1> out(kValues);
    const auto n = static_cast<std::size_t>(kValues);
    for (auto _ : state) {
        if (derivative)
            f.derivatives(std::span<const T>(x.data(), n), std::span<T>(out.data(), n));
        else
            f.values(std::span<const T>(x.data(), n), std::span<T>(out.data(), n));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * kValues);
}

template <class T>
T naive(const std::string& id, bool derivative, T x) {
    const T one = 1, half = T(0.5);
    const T invSqrt2 = T(0.70710678118654752), invSqrt2Pi = T(0.39894228040143268);
    auto sigmoid = [&](T t) { return one / (one + std::exp(-t)); };
    if (id == "prelu") return x > 0 ? (derivative ? one : x) : (derivative ? T(0.25) : T(0.25) * x);
    if (id == "celu") return x > 0 ? (derivative ? one : x) : (derivative ? std::exp(x) : std::expm1(x));
    if (id == "gelu") {
        const T cdf = half * (one + std::erf(x * invSqrt2));
        return derivative ? cdf + x * std::exp(-half * x * x) * invSqrt2Pi : x * cdf;
    }
    if (id == "gelu_tanh") {
        const T k = T(0.79788456080286536), c = T(0.044715);
        const T th = std::tanh(k * (x + c * x * x * x));
        return derivative ? half * (one + th) + half * x * (one - th * th) * k * (one + 3 * c * x * x)
                          : half * x * (one + th);
    }
    if (id == "silu") {
        const T s = sigmoid(x);
        return derivative ? s * (one + x * (one - s)) : x * s;
    }
    if (id == "mish") {
        const T th = std::tanh(std::log1p(std::exp(x)));
        return derivative ? th + x * (one - th * th) * sigmoid(x) : x * th;
    }
    if (id == "softplus") return x > 20 ? (derivative ? one : x) : (derivative ? sigmoid(x) : std::log1p(std::exp(x)));
    if (id == "tanh") {
        const T th = std::tanh(x);
        return derivative ? one - th * th : th;
    }
    const T s = sigmoid(x);
    return derivative ? s * (one - s) : s;
}

template <class T>
void comparisonStdLoop(benchmark::State& state, std::string id, bool derivative) {
    const auto& x = inputs<T>();
    Eigen::Array<T, Eigen::Dynamic, 1> out(kValues);
    for (auto _ : state) {
        for (Eigen::Index i = 0; i < kValues; ++i) out[i] = naive(id, derivative, x[i]);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * kValues);
}

// Typed functions that spell out built-ins: the same arrays through Activation::typed, so that
// the rows compare directly with exact-<isa>/<id>/double/... of the comparison family.
struct TypedCase {
    const char* id;       // the built-in it matches
    const char* builtin;  // that built-in's rows: exact-<isa>/<builtin>/double/...
    const char* expression;
};
constexpr TypedCase kTypedCases[] = {
    {"mish", "mish", "x*tanh(softplus(x))"},
    {"gelu", "gelu", "x*(1+erf(x/sqrt(2)))/2"},
    {"elu", "ELU", "where(x > 0, x, expm1(x))"},
};

void typedKernel(benchmark::State& state, std::string expression, bool derivative) {
    const Activation f = Activation::typed(alab::TypedFunction::create("", expression));
    const auto& x = inputs<double>();
    Eigen::ArrayXd out(kValues);
    const auto n = static_cast<std::size_t>(kValues);
    for (auto _ : state) {
        if (derivative)
            f.derivatives(std::span<const double>(x.data(), n), std::span<double>(out.data(), n));
        else
            f.values(std::span<const double>(x.data(), n), std::span<double>(out.data(), n));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * kValues);
}

// About 200 characters, a sum of activation formulas: parse, f' and f'' by GiNaC, the accuracy
// rewrites, three programs and the switch points' programs, i.e. all of TypedFunction::create.
constexpr const char* kCompileExpression =
    "x*tanh(softplus(x)) + x*(1+erf(x/sqrt(2)))/2 + where(x > 0, x, expm1(x)) + x*sigmoid(x) + "
    "1.0507*where(x > 0, x, 1.67326*expm1(x)) + x/2*(1+tanh(0.7978845608*(x+0.044715*x^3))) + "
    "log(1+exp(x)) + tanh(x)/4";

void typedCompile(benchmark::State& state) {
    for (auto _ : state) {
        auto f = alab::TypedFunction::create("", kCompileExpression);
        benchmark::DoNotOptimize(f.get());
    }
    state.counters["chars"] = static_cast<double>(std::string_view(kCompileExpression).size());
}

constexpr const char* kComparisonIds[] = {"prelu", "celu",     "gelu", "gelu_tanh", "silu",
                                          "mish",  "softplus", "tanh", "sigmoid"};

// Collects items/s per benchmark name so that main() can print ratios from this run.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
            const auto it = run.counters.find("items_per_second");
            if (it != run.counters.end()) itemsPerSecond[run.benchmark_name()] = it->second.value;
        }
    }
    std::map<std::string, double> itemsPerSecond;
};

std::string key(const std::string& kind, const std::string& name, const char* type, const char* direction) {
    return kind + "/" + name + "/" + type + "/" + direction;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string bestIsa(alab::kernels::isaName(alab::kernels::bestSupportedIsa()));
    for (const char* name : {"ELU", "SELU"}) {
        for (const bool derivative : {false, true}) {
            const char* direction = derivative ? "derivative" : "forward";
            for (const Isa isa : {Isa::Scalar, Isa::Avx2, Isa::Avx512}) {
                const std::string isaTag = "exact-" + std::string(alab::kernels::isaName(isa));
                benchmark::RegisterBenchmark(key(isaTag, name, "double", direction).c_str(), exactKernel<double>, name,
                                             derivative, isa);
                benchmark::RegisterBenchmark(key(isaTag, name, "float", direction).c_str(), exactKernel<float>, name,
                                             derivative, isa);
            }
            benchmark::RegisterBenchmark(key("scalar-std", name, "double", direction).c_str(), scalarLoop<double>, name,
                                         derivative);
            benchmark::RegisterBenchmark(key("scalar-std", name, "float", direction).c_str(), scalarLoop<float>, name,
                                         derivative);
            benchmark::RegisterBenchmark(key("eigen-inexact", name, "double", direction).c_str(), eigenInexact<double>,
                                         name, derivative);
            benchmark::RegisterBenchmark(key("eigen-inexact", name, "float", direction).c_str(), eigenInexact<float>,
                                         name, derivative);
        }
    }
    for (const char* id : kComparisonIds) {
        for (const bool derivative : {false, true}) {
            const char* direction = derivative ? "derivative" : "forward";
            benchmark::RegisterBenchmark(key("exact-" + bestIsa, id, "double", direction).c_str(),
                                         comparisonKernel<double>, id, derivative);
            benchmark::RegisterBenchmark(key("exact-" + bestIsa, id, "float", direction).c_str(),
                                         comparisonKernel<float>, id, derivative);
            benchmark::RegisterBenchmark(key("scalar-std", id, "double", direction).c_str(), comparisonStdLoop<double>,
                                         id, derivative);
            benchmark::RegisterBenchmark(key("scalar-std", id, "float", direction).c_str(), comparisonStdLoop<float>,
                                         id, derivative);
        }
    }
    for (const TypedCase& c : kTypedCases) {
        for (const bool derivative : {false, true}) {
            const char* direction = derivative ? "derivative" : "forward";
            benchmark::RegisterBenchmark(key("expression", c.id, "double", direction).c_str(), typedKernel,
                                         c.expression, derivative);
        }
    }
    benchmark::RegisterBenchmark("expression/compile/200chars", typedCompile)->Unit(benchmark::kMillisecond);
    benchmark::AddCustomContext("kernel_isa (dispatched at start-up)", bestIsa);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    std::printf("\nDispatched kernel: %s. Ratios from this run (items/s; > 1 means the exact kernel is faster):\n",
                bestIsa.c_str());
    std::printf("%-28s %14s %14s %12s\n", "case", "exact ns/value", "vs std loop", "vs Eigen");
    for (const char* name : {"ELU", "SELU"}) {
        for (const char* type : {"double", "float"}) {
            for (const char* direction : {"forward", "derivative"}) {
                const auto& r = reporter.itemsPerSecond;
                const auto exact = r.find(key("exact-" + bestIsa, name, type, direction));
                const auto loop = r.find(key("scalar-std", name, type, direction));
                const auto eigen = r.find(key("eigen-inexact", name, type, direction));
                if (exact == r.end() || loop == r.end() || eigen == r.end()) continue;
                const std::string label = std::string(name) + " " + type + " " + direction;
                std::printf("%-28s %14.3f %13.2fx %11.2fx\n", label.c_str(), 1e9 / exact->second,
                            exact->second / loop->second, exact->second / eigen->second);
            }
        }
    }
    std::printf("\nComparison family (issue 7's target: at most 3x the ELU cost of the same type and direction):\n");
    std::printf("%-28s %14s %10s %14s\n", "case", "ns/value", "x ELU", "vs std loop");
    for (const char* id : kComparisonIds) {
        for (const char* type : {"double", "float"}) {
            for (const char* direction : {"forward", "derivative"}) {
                const auto& r = reporter.itemsPerSecond;
                const auto exact = r.find(key("exact-" + bestIsa, id, type, direction));
                const auto loop = r.find(key("scalar-std", id, type, direction));
                const auto elu = r.find(key("exact-" + bestIsa, "ELU", type, direction));
                if (exact == r.end() || loop == r.end() || elu == r.end()) continue;
                const std::string label = std::string(id) + " " + type + " " + direction;
                std::printf("%-28s %14.3f %9.2fx %13.2fx\n", label.c_str(), 1e9 / exact->second,
                            elu->second / exact->second, exact->second / loop->second);
            }
        }
    }
    std::printf(
        "\nTyped functions against the built-in they spell out (targets: forward within 3x, derivative\n"
        "within 5x):\n");
    std::printf("%-28s %14s %14s %10s\n", "case", "typed ns/value", "built-in ns", "x built-in");
    for (const TypedCase& c : kTypedCases) {
        for (const char* direction : {"forward", "derivative"}) {
            const auto& r = reporter.itemsPerSecond;
            const auto typed = r.find(key("expression", c.id, "double", direction));
            const auto builtin = r.find(key("exact-" + bestIsa, c.builtin, "double", direction));
            if (typed == r.end() || builtin == r.end()) continue;
            const std::string label = std::string(c.id) + " double " + direction;
            std::printf("%-28s %14.3f %14.3f %9.2fx\n", label.c_str(), 1e9 / typed->second, 1e9 / builtin->second,
                        builtin->second / typed->second);
        }
    }
    benchmark::Shutdown();
    return 0;
}
