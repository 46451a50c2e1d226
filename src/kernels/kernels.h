// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>  // the kernel .inc files use std::is_same_v

// Array kernels behind the activation functions. Each kernel is compiled once per ISA level
// from the same source (kernel_impl.inc); the best level the CPU supports is chosen at
// start-up. All levels round identically, so results do not depend on the machine.
namespace alab::kernels {

enum class Isa { Scalar, Avx2, Avx512 };

std::string_view isaName(Isa isa) noexcept;
bool isaSupported(Isa isa) noexcept;
Isa bestSupportedIsa() noexcept;
Isa activeIsa() noexcept;
// For tests and benchmarks; throws std::invalid_argument if the CPU lacks `isa`.
void setActiveIsa(Isa isa);

// The ELU family: f(x) = positiveScale * x for x > 0 and c * expm1(x) otherwise, with
// f'(x) = positiveScale for x > 0 and c * exp(x) otherwise. The negative-side coefficient
// c = a * b is held exactly: c = (hi + lo) * 2^exponent with hi in [1, 2), so that SELU's
// lambda * alpha is not rounded before it meets expm1.
struct EluCoefficients {
    double positiveScale = 1.0;
    double hi = 1.0;
    double lo = 0.0;
    int exponent = 0;
};
// Requires finite a and b.
EluCoefficients makeEluCoefficients(double positiveScale, double a, double b) noexcept;

double eluValue(const EluCoefficients& c, double x) noexcept;
double eluDerivative(const EluCoefficients& c, double x) noexcept;
float eluValue(const EluCoefficients& c, float x) noexcept;
float eluDerivative(const EluCoefficients& c, float x) noexcept;
void eluValues(const EluCoefficients& c, std::span<const double> x, std::span<double> out);
void eluValues(const EluCoefficients& c, std::span<const float> x, std::span<float> out);
void eluDerivatives(const EluCoefficients& c, std::span<const double> x, std::span<double> out);
void eluDerivatives(const EluCoefficients& c, std::span<const float> x, std::span<float> out);

// Leaky ReLU: f(x) = x for x > 0, slope * x otherwise; slope 0 is ReLU (with +0 for x <= 0).
double leakyValue(double slope, double x) noexcept;
double leakyDerivative(double slope, double x) noexcept;
float leakyValue(double slope, float x) noexcept;
float leakyDerivative(double slope, float x) noexcept;
void leakyValues(double slope, std::span<const double> x, std::span<double> out);
void leakyValues(double slope, std::span<const float> x, std::span<float> out);
void leakyDerivatives(double slope, std::span<const double> x, std::span<double> out);
void leakyDerivatives(double slope, std::span<const float> x, std::span<float> out);

// sigmoid, tanh and SiLU with beta = 1 (x sigmoid(x)), within 1 ulp, from the same double-double
// exp and expm1 (float: plain double).
double sigmoidValue(double x) noexcept;
float sigmoidValue(float x) noexcept;
double sigmoidDerivative(double x) noexcept;
float sigmoidDerivative(float x) noexcept;
double tanhValue(double x) noexcept;
float tanhValue(float x) noexcept;
double tanhDerivative(double x) noexcept;
float tanhDerivative(float x) noexcept;
double siluValue(double x) noexcept;
float siluValue(float x) noexcept;
// SiLU' with beta = 1, within 1 ulp for every x (around its root, kSiluRoot being the double
// nearest it, from a Taylor polynomial).
double siluDerivative(double x) noexcept;
float siluDerivative(float x) noexcept;
void siluDerivatives(std::span<const double> x, std::span<double> out);
void siluDerivatives(std::span<const float> x, std::span<float> out);
inline constexpr double kSiluRoot = -1.2784645427610737;
void sigmoidValues(std::span<const double> x, std::span<double> out);
void sigmoidValues(std::span<const float> x, std::span<float> out);
void sigmoidDerivatives(std::span<const double> x, std::span<double> out);
void sigmoidDerivatives(std::span<const float> x, std::span<float> out);
void tanhValues(std::span<const double> x, std::span<double> out);
void tanhValues(std::span<const float> x, std::span<float> out);
void tanhDerivatives(std::span<const double> x, std::span<double> out);
void tanhDerivatives(std::span<const float> x, std::span<float> out);
void siluValues(std::span<const double> x, std::span<double> out);
void siluValues(std::span<const float> x, std::span<float> out);

// CELU (alpha > 0): f(x) = x for x > 0, alpha expm1(x/alpha) otherwise; f'(x) = 1 for x > 0,
// e^(x/alpha) otherwise. Within 1 ulp for every x; f for alpha >= kCeluSmallestValueAlpha only
// (smaller alphas put partial products below the normal range: the caller evaluates otherwise).
double celuValue(double alpha, double x) noexcept;
float celuValue(double alpha, float x) noexcept;
double celuDerivative(double alpha, double x) noexcept;
float celuDerivative(double alpha, float x) noexcept;
void celuValues(double alpha, std::span<const double> x, std::span<double> out);
void celuValues(double alpha, std::span<const float> x, std::span<float> out);
void celuDerivatives(double alpha, std::span<const double> x, std::span<double> out);
void celuDerivatives(double alpha, std::span<const float> x, std::span<float> out);
inline constexpr double kCeluSmallestValueAlpha = 0x1p-900;

// SiLU with any beta > 0 (Swish): x sigmoid(beta x), beta x held as a pair; within 1 ulp for every
// x. beta = 1 goes through the unscaled kernels above.
double siluValue(double beta, double x) noexcept;
float siluValue(double beta, float x) noexcept;
double siluDerivative(double beta, double x) noexcept;
float siluDerivative(double beta, float x) noexcept;
void siluValues(double beta, std::span<const double> x, std::span<double> out);
void siluValues(double beta, std::span<const float> x, std::span<float> out);
void siluDerivatives(double beta, std::span<const double> x, std::span<double> out);
void siluDerivatives(double beta, std::span<const float> x, std::span<float> out);

// GELU (tanh approximation), f and f', within 1 ulp. The double kernels do not evaluate inputs in
// [kGeluTanhHandOverFrom, kGeluTanhHandOverTo) (t < -600: f and f' tiny or subnormal, where their
// pair arithmetic would round twice): they return x itself there (no f or f' lies in that
// interval), and the arrays return whether they met any, for the caller to evaluate otherwise.
// The float kernels are exact everywhere.
double geluTanhValue(double x) noexcept;
float geluTanhValue(float x) noexcept;
double geluTanhDerivative(double x) noexcept;
float geluTanhDerivative(float x) noexcept;
bool geluTanhValues(std::span<const double> x, std::span<double> out);
void geluTanhValues(std::span<const float> x, std::span<float> out);
bool geluTanhDerivatives(std::span<const double> x, std::span<double> out);
void geluTanhDerivatives(std::span<const float> x, std::span<float> out);
inline constexpr double kGeluTanhHandOverFrom = -22.0;
inline constexpr double kGeluTanhHandOverTo = -19.96;

// Softplus and Mish (issue 7), within 1 ulp from double-double exp and log1p. Mish is exact for x >= kMishKernelFloor,
// Mish' in double for every x (including near the root of Mish': in double from polynomial fits, in float a Taylor
// expansion); softplus for
// beta x >= kSoftplusKernelFloor and beta in [kSoftplusMinBeta, kSoftplusMaxBeta]. The caller evaluates the other
// inputs otherwise.
struct SoftplusCoefficients {
    double beta = 1.0;
    double threshold = 20.0;  // f = x, f' = 1 when beta x > threshold (decided exactly)
};
double mishValue(double x) noexcept;
float mishValue(float x) noexcept;
double mishDerivative(double x) noexcept;
float mishDerivative(float x) noexcept;
void mishValues(std::span<const double> x, std::span<double> out);
void mishValues(std::span<const float> x, std::span<float> out);
void mishDerivatives(std::span<const double> x, std::span<double> out);
void mishDerivatives(std::span<const float> x, std::span<float> out);
inline constexpr double kMishKernelFloor = -600.0;
double softplusValue(const SoftplusCoefficients& c, double x) noexcept;
float softplusValue(const SoftplusCoefficients& c, float x) noexcept;
double softplusDerivative(const SoftplusCoefficients& c, double x) noexcept;
float softplusDerivative(const SoftplusCoefficients& c, float x) noexcept;
void softplusValues(const SoftplusCoefficients& c, std::span<const double> x, std::span<double> out);
void softplusValues(const SoftplusCoefficients& c, std::span<const float> x, std::span<float> out);
void softplusDerivatives(const SoftplusCoefficients& c, std::span<const double> x, std::span<double> out);
void softplusDerivatives(const SoftplusCoefficients& c, std::span<const float> x, std::span<float> out);
inline constexpr double kSoftplusKernelFloor = -600.0;
inline constexpr double kSoftplusMinBeta = 0x1p-20;
inline constexpr double kSoftplusMaxBeta = 0x1p20;
// Whether scale * x < floor for any x (nan never is): the callers' test for a hand-over, vectorized.
bool anyScaledBelow(double scale, double floor, std::span<const double> x) noexcept;
bool anyScaledBelow(double scale, double floor, std::span<const float> x) noexcept;

// GELU (erf), x Phi(x), and its derivative Phi(x) + x phi(x), within 1 ulp for
// x >= kGeluKernelFloor (including around the root of f'). Below, where f heads for the
// subnormals, the kernels decline: the output is x itself (below the floor too, while every
// GELU value and derivative is above it), and the array forms return whether any input was
// declined (or nan, which is also handed back as it is), for the caller to redo those entries
// from the outputs, so that out may alias x. The single-value forms require x >= the floor.
double geluValue(double x) noexcept;
float geluValue(float x) noexcept;
double geluDerivative(double x) noexcept;
float geluDerivative(float x) noexcept;
bool geluValues(std::span<const double> x, std::span<double> out);
bool geluValues(std::span<const float> x, std::span<float> out);
bool geluDerivatives(std::span<const double> x, std::span<double> out);
bool geluDerivatives(std::span<const float> x, std::span<float> out);
inline constexpr double kGeluKernelFloor = -10.890625;
// Set by the GELU kernels when an input was below kGeluKernelFloor.
struct GeluDeclined {
    bool any = false;
};

// Statistics over arrays of values, for histograms and sample moments. Sums run in eight lanes
// added in a fixed order on every ISA level, so they are the same bits on every machine.
struct ValueSummary {
    double sum = 0.0;
    double min = 0.0;  // +inf and -inf when there is no value (nan is never a min or max)
    double max = 0.0;
    std::uint64_t negative = 0;
    std::uint64_t zero = 0;  // exactly +0 or -0
};
ValueSummary summarizeValues(std::span<const double> values) noexcept;
// The sum of (v - mean)^2.
double squaredDeviations(std::span<const double> values, double mean) noexcept;

// Equal-width bins over [low, high]: a value's bin is floor((v - low) * scale), with
// scale = bins / (high - low).
struct BinRange {
    double low = 0.0;
    double high = 1.0;
    double scale = 1.0;
    std::size_t bins = 1;
};
struct BinOverflow {
    std::uint64_t below = 0;
    std::uint64_t above = 0;  // including nan
};
// Adds each value to counts (range.bins entries): a value outside the range (or nan) is counted
// in the end bin on its side (nan: the last) and also in `overflow`, for the caller to take
// back out. Requires range.bins >= 1 and counts.size() == range.bins.
void countBins(const BinRange& range, std::span<const double> values, std::span<std::uint64_t> counts,
               BinOverflow& overflow);

// Elementary functions for typed expressions, within 1 ulp (glibc's are scalar): e^x and
// e^x - 1 for every x (nan stays nan), and the standard normal distribution's Phi(x) and phi(x).
// normalCdfValues declines x < kGeluKernelFloor and nan, normalPdfValues |x| > kNormalPdfKernelLimit
// and nan, as the GELU kernels do: out is x there, and the result says whether any was declined.
void expValues(std::span<const double> x, std::span<double> out);
void expm1Values(std::span<const double> x, std::span<double> out);
bool normalCdfValues(std::span<const double> x, std::span<double> out);
bool normalPdfValues(std::span<const double> x, std::span<double> out);
inline constexpr double kNormalPdfKernelLimit = 37.5;  // e^(-x^2/2) > 2^-1015 up to here

// One ISA level's entry points; dispatch.cpp holds one table per level.
struct KernelTable {
    void (*eluValuesD)(const EluCoefficients&, const double*, double*, std::size_t);
    void (*eluValuesF)(const EluCoefficients&, const float*, float*, std::size_t);
    void (*eluDerivativesD)(const EluCoefficients&, const double*, double*, std::size_t);
    void (*eluDerivativesF)(const EluCoefficients&, const float*, float*, std::size_t);
    void (*leakyValuesD)(double, const double*, double*, std::size_t);
    void (*leakyValuesF)(double, const float*, float*, std::size_t);
    void (*leakyDerivativesD)(double, const double*, double*, std::size_t);
    void (*leakyDerivativesF)(double, const float*, float*, std::size_t);
    // The parameter of these is unused (the same shape as the others).
    void (*sigmoidValuesD)(double, const double*, double*, std::size_t);
    void (*sigmoidValuesF)(double, const float*, float*, std::size_t);
    void (*sigmoidDerivativesD)(double, const double*, double*, std::size_t);
    void (*sigmoidDerivativesF)(double, const float*, float*, std::size_t);
    void (*tanhValuesD)(double, const double*, double*, std::size_t);
    void (*tanhValuesF)(double, const float*, float*, std::size_t);
    void (*tanhDerivativesD)(double, const double*, double*, std::size_t);
    void (*tanhDerivativesF)(double, const float*, float*, std::size_t);
    void (*siluValuesD)(double, const double*, double*, std::size_t);
    void (*siluValuesF)(double, const float*, float*, std::size_t);
    void (*siluDerivativesD)(double, const double*, double*, std::size_t);
    void (*siluDerivativesF)(double, const float*, float*, std::size_t);
    // GELU (tanh)
    bool (*geluTanhValuesD)(double, const double*, double*, std::size_t);
    void (*geluTanhValuesF)(double, const float*, float*, std::size_t);
    bool (*geluTanhDerivativesD)(double, const double*, double*, std::size_t);
    void (*geluTanhDerivativesF)(double, const float*, float*, std::size_t);
    // CELU (the parameter is alpha)
    void (*celuValuesD)(double, const double*, double*, std::size_t);
    void (*celuValuesF)(double, const float*, float*, std::size_t);
    void (*celuDerivativesD)(double, const double*, double*, std::size_t);
    void (*celuDerivativesF)(double, const float*, float*, std::size_t);
    // SiLU with beta != 1, Swish (the parameter is beta)
    void (*swishValuesD)(double, const double*, double*, std::size_t);
    void (*swishValuesF)(double, const float*, float*, std::size_t);
    void (*swishDerivativesD)(double, const double*, double*, std::size_t);
    void (*swishDerivativesF)(double, const float*, float*, std::size_t);
    // Softplus and Mish (issue 7); Mish's parameter is unused.
    void (*mishValuesD)(double, const double*, double*, std::size_t);
    void (*mishValuesF)(double, const float*, float*, std::size_t);
    void (*mishDerivativesD)(double, const double*, double*, std::size_t);
    void (*mishDerivativesF)(double, const float*, float*, std::size_t);
    void (*softplusValuesD)(const SoftplusCoefficients&, const double*, double*, std::size_t);
    void (*softplusValuesF)(const SoftplusCoefficients&, const float*, float*, std::size_t);
    void (*softplusDerivativesD)(const SoftplusCoefficients&, const double*, double*, std::size_t);
    void (*softplusDerivativesF)(const SoftplusCoefficients&, const float*, float*, std::size_t);
    bool (*anyScaledBelowD)(double, double, const double*, std::size_t);
    bool (*anyScaledBelowF)(double, double, const float*, std::size_t);
    // GELU (erf) group.
    void (*geluValuesD)(GeluDeclined*, const double*, double*, std::size_t);
    void (*geluValuesF)(GeluDeclined*, const float*, float*, std::size_t);
    void (*geluDerivativesD)(GeluDeclined*, const double*, double*, std::size_t);
    void (*geluDerivativesF)(GeluDeclined*, const float*, float*, std::size_t);
    // Statistics.
    void (*summarizeValuesD)(const double*, std::size_t, ValueSummary*);
    double (*squaredDeviationsD)(const double*, std::size_t, double);
    void (*countBinsD)(const BinRange&, const double*, std::size_t, std::uint64_t*, BinOverflow*);
    // Elementary functions (the parameter of the first two is unused).
    void (*expValuesD)(double, const double*, double*, std::size_t);
    void (*expm1ValuesD)(double, const double*, double*, std::size_t);
    void (*normalCdfValuesD)(GeluDeclined*, const double*, double*, std::size_t);
    void (*normalPdfValuesD)(GeluDeclined*, const double*, double*, std::size_t);
};

namespace scalar {
const KernelTable& table() noexcept;
}
namespace avx2 {
const KernelTable& table() noexcept;
}
namespace avx512 {
const KernelTable& table() noexcept;
}

}  // namespace alab::kernels
