// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace alab::kernels {
namespace {

const KernelTable& tableFor(Isa isa) noexcept {
    switch (isa) {
    case Isa::Avx512: return avx512::table();
    case Isa::Avx2: return avx2::table();
    case Isa::Scalar: break;
    }
    return scalar::table();
}

std::atomic<Isa>& activeIsaStorage() noexcept {
    static std::atomic<Isa> isa{bestSupportedIsa()};
    return isa;
}

const KernelTable& active() noexcept { return tableFor(activeIsaStorage().load(std::memory_order_relaxed)); }

void requireSameSize(std::size_t in, std::size_t out) {
    if (in != out) {
        throw std::invalid_argument("kernel output has " + std::to_string(out) + " elements, input has " +
                                    std::to_string(in));
    }
}

}  // namespace

std::string_view isaName(Isa isa) noexcept {
    switch (isa) {
    case Isa::Avx512: return "avx512";
    case Isa::Avx2: return "avx2";
    case Isa::Scalar: break;
    }
    return "scalar";
}

bool isaSupported(Isa isa) noexcept {
    switch (isa) {
    case Isa::Avx512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
               __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case Isa::Avx2: return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case Isa::Scalar: break;
    }
    return true;
}

Isa bestSupportedIsa() noexcept {
    for (const Isa isa : {Isa::Avx512, Isa::Avx2}) {
        if (isaSupported(isa)) return isa;
    }
    return Isa::Scalar;
}

Isa activeIsa() noexcept { return activeIsaStorage().load(std::memory_order_relaxed); }

void setActiveIsa(Isa isa) {
    if (!isaSupported(isa)) {
        throw std::invalid_argument("this CPU does not support the " + std::string(isaName(isa)) + " kernels");
    }
    activeIsaStorage().store(isa, std::memory_order_relaxed);
}

EluCoefficients makeEluCoefficients(double positiveScale, double a, double b) noexcept {
    // Multiply the mantissas in [0.5, 1): the product cannot overflow or underflow, and
    // fma recovers its rounding error exactly.
    int exponentA = 0;
    int exponentB = 0;
    const double mantissaA = std::frexp(a, &exponentA);
    const double mantissaB = std::frexp(b, &exponentB);
    const double hi = mantissaA * mantissaB;
    if (hi == 0.0) return {positiveScale, 0.0, 0.0, 0};
    const double lo = std::fma(mantissaA, mantissaB, -hi);
    int exponentHi = 0;
    std::frexp(hi, &exponentHi);
    const int shift = 1 - exponentHi;  // brings |hi| into [1, 2)
    return {positiveScale, std::ldexp(hi, shift), std::ldexp(lo, shift), exponentA + exponentB - shift};
}

namespace {

// Every entry point is a function-pointer member of KernelTable: one value through the scalar
// table (so that a single call rounds exactly like the arrays), arrays through the active one.
template <class T, class Parameter>
using Entry = void (*KernelTable::*)(Parameter, const T*, T*, std::size_t);

template <class T, class Parameter>
T single(Entry<T, Parameter> entry, std::type_identity_t<Parameter> parameter, std::type_identity_t<T> x) noexcept {
    T out{};
    (scalar::table().*entry)(parameter, &x, &out, 1);
    return out;
}

template <class T, class Parameter>
void many(Entry<T, Parameter> entry, std::type_identity_t<Parameter> parameter, std::span<const T> x,
          std::span<T> out) {
    requireSameSize(x.size(), out.size());
    (active().*entry)(parameter, x.data(), out.data(), x.size());
}

using EluParameter = const EluCoefficients&;

}  // namespace

double eluValue(EluParameter c, double x) noexcept { return single(&KernelTable::eluValuesD, c, x); }
double eluDerivative(EluParameter c, double x) noexcept { return single(&KernelTable::eluDerivativesD, c, x); }
float eluValue(EluParameter c, float x) noexcept { return single(&KernelTable::eluValuesF, c, x); }
float eluDerivative(EluParameter c, float x) noexcept { return single(&KernelTable::eluDerivativesF, c, x); }
double leakyValue(double slope, double x) noexcept { return single(&KernelTable::leakyValuesD, slope, x); }
double leakyDerivative(double slope, double x) noexcept { return single(&KernelTable::leakyDerivativesD, slope, x); }
float leakyValue(double slope, float x) noexcept { return single(&KernelTable::leakyValuesF, slope, x); }
float leakyDerivative(double slope, float x) noexcept { return single(&KernelTable::leakyDerivativesF, slope, x); }

void eluValues(EluParameter c, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::eluValuesD, c, x, out);
}
void eluValues(EluParameter c, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::eluValuesF, c, x, out);
}
void eluDerivatives(EluParameter c, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::eluDerivativesD, c, x, out);
}
void eluDerivatives(EluParameter c, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::eluDerivativesF, c, x, out);
}
void leakyValues(double slope, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::leakyValuesD, slope, x, out);
}
void leakyValues(double slope, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::leakyValuesF, slope, x, out);
}
void leakyDerivatives(double slope, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::leakyDerivativesD, slope, x, out);
}
void leakyDerivatives(double slope, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::leakyDerivativesF, slope, x, out);
}

#define ALAB_UNARY_KERNEL(name, entryD, entryF, manyName)                                                        \
    double name(double x) noexcept { return single(&KernelTable::entryD, 0.0, x); }                              \
    float name(float x) noexcept { return single(&KernelTable::entryF, 0.0, x); }                                \
    void manyName(std::span<const double> x, std::span<double> out) { many(&KernelTable::entryD, 0.0, x, out); } \
    void manyName(std::span<const float> x, std::span<float> out) { many(&KernelTable::entryF, 0.0, x, out); }

ALAB_UNARY_KERNEL(sigmoidValue, sigmoidValuesD, sigmoidValuesF, sigmoidValues)
ALAB_UNARY_KERNEL(sigmoidDerivative, sigmoidDerivativesD, sigmoidDerivativesF, sigmoidDerivatives)
ALAB_UNARY_KERNEL(tanhValue, tanhValuesD, tanhValuesF, tanhValues)
ALAB_UNARY_KERNEL(tanhDerivative, tanhDerivativesD, tanhDerivativesF, tanhDerivatives)
ALAB_UNARY_KERNEL(siluValue, siluValuesD, siluValuesF, siluValues)
ALAB_UNARY_KERNEL(siluDerivative, siluDerivativesD, siluDerivativesF, siluDerivatives)

// Softplus and Mish
ALAB_UNARY_KERNEL(mishValue, mishValuesD, mishValuesF, mishValues)
ALAB_UNARY_KERNEL(mishDerivative, mishDerivativesD, mishDerivativesF, mishDerivatives)
#undef ALAB_UNARY_KERNEL

// GELU (tanh): the double kernels report whether they left any input for the caller.
double geluTanhValue(double x) noexcept {
    double out = 0.0;
    scalar::table().geluTanhValuesD(0.0, &x, &out, 1);
    return out;
}
double geluTanhDerivative(double x) noexcept {
    double out = 0.0;
    scalar::table().geluTanhDerivativesD(0.0, &x, &out, 1);
    return out;
}
float geluTanhValue(float x) noexcept { return single(&KernelTable::geluTanhValuesF, 0.0, x); }
float geluTanhDerivative(float x) noexcept { return single(&KernelTable::geluTanhDerivativesF, 0.0, x); }
bool geluTanhValues(std::span<const double> x, std::span<double> out) {
    requireSameSize(x.size(), out.size());
    return active().geluTanhValuesD(0.0, x.data(), out.data(), x.size());
}
bool geluTanhDerivatives(std::span<const double> x, std::span<double> out) {
    requireSameSize(x.size(), out.size());
    return active().geluTanhDerivativesD(0.0, x.data(), out.data(), x.size());
}
void geluTanhValues(std::span<const float> x, std::span<float> out) {
    many(&KernelTable::geluTanhValuesF, 0.0, x, out);
}
void geluTanhDerivatives(std::span<const float> x, std::span<float> out) {
    many(&KernelTable::geluTanhDerivativesF, 0.0, x, out);
}

// CELU
double celuValue(double alpha, double x) noexcept { return single(&KernelTable::celuValuesD, alpha, x); }
float celuValue(double alpha, float x) noexcept { return single(&KernelTable::celuValuesF, alpha, x); }
double celuDerivative(double alpha, double x) noexcept { return single(&KernelTable::celuDerivativesD, alpha, x); }
float celuDerivative(double alpha, float x) noexcept { return single(&KernelTable::celuDerivativesF, alpha, x); }
void celuValues(double alpha, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::celuValuesD, alpha, x, out);
}
void celuValues(double alpha, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::celuValuesF, alpha, x, out);
}
void celuDerivatives(double alpha, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::celuDerivativesD, alpha, x, out);
}
void celuDerivatives(double alpha, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::celuDerivativesF, alpha, x, out);
}

// SiLU with a beta (Swish); beta = 1 through the unscaled kernels, which skip the pair arithmetic
// of beta x.
double siluValue(double beta, double x) noexcept {
    return beta == 1.0 ? siluValue(x) : single(&KernelTable::swishValuesD, beta, x);
}
float siluValue(double beta, float x) noexcept {
    return beta == 1.0 ? siluValue(x) : single(&KernelTable::swishValuesF, beta, x);
}
double siluDerivative(double beta, double x) noexcept {
    return beta == 1.0 ? siluDerivative(x) : single(&KernelTable::swishDerivativesD, beta, x);
}
float siluDerivative(double beta, float x) noexcept {
    return beta == 1.0 ? siluDerivative(x) : single(&KernelTable::swishDerivativesF, beta, x);
}
void siluValues(double beta, std::span<const double> x, std::span<double> out) {
    beta == 1.0 ? siluValues(x, out) : many(&KernelTable::swishValuesD, beta, x, out);
}
void siluValues(double beta, std::span<const float> x, std::span<float> out) {
    beta == 1.0 ? siluValues(x, out) : many(&KernelTable::swishValuesF, beta, x, out);
}
void siluDerivatives(double beta, std::span<const double> x, std::span<double> out) {
    beta == 1.0 ? siluDerivatives(x, out) : many(&KernelTable::swishDerivativesD, beta, x, out);
}
void siluDerivatives(double beta, std::span<const float> x, std::span<float> out) {
    beta == 1.0 ? siluDerivatives(x, out) : many(&KernelTable::swishDerivativesF, beta, x, out);
}

using SoftplusParameter = const SoftplusCoefficients&;
double softplusValue(SoftplusParameter c, double x) noexcept { return single(&KernelTable::softplusValuesD, c, x); }
float softplusValue(SoftplusParameter c, float x) noexcept { return single(&KernelTable::softplusValuesF, c, x); }
double softplusDerivative(SoftplusParameter c, double x) noexcept {
    return single(&KernelTable::softplusDerivativesD, c, x);
}
float softplusDerivative(SoftplusParameter c, float x) noexcept {
    return single(&KernelTable::softplusDerivativesF, c, x);
}
void softplusValues(SoftplusParameter c, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::softplusValuesD, c, x, out);
}
void softplusValues(SoftplusParameter c, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::softplusValuesF, c, x, out);
}
void softplusDerivatives(SoftplusParameter c, std::span<const double> x, std::span<double> out) {
    many(&KernelTable::softplusDerivativesD, c, x, out);
}
void softplusDerivatives(SoftplusParameter c, std::span<const float> x, std::span<float> out) {
    many(&KernelTable::softplusDerivativesF, c, x, out);
}
ValueSummary summarizeValues(std::span<const double> values) noexcept {
    ValueSummary summary;
    active().summarizeValuesD(values.data(), values.size(), &summary);
    return summary;
}

double squaredDeviations(std::span<const double> values, double mean) noexcept {
    return active().squaredDeviationsD(values.data(), values.size(), mean);
}

void countBins(const BinRange& range, std::span<const double> values, std::span<std::uint64_t> counts,
               BinOverflow& overflow) {
    if (range.bins == 0 || counts.size() != range.bins) {
        throw std::invalid_argument("countBins: " + std::to_string(counts.size()) + " counts for " +
                                    std::to_string(range.bins) + " bins");
    }
    active().countBinsD(range, values.data(), values.size(), counts.data(), &overflow);
}

bool anyScaledBelow(double scale, double floor, std::span<const double> x) noexcept {
    return active().anyScaledBelowD(scale, floor, x.data(), x.size());
}
bool anyScaledBelow(double scale, double floor, std::span<const float> x) noexcept {
    return active().anyScaledBelowF(scale, floor, x.data(), x.size());
}

// GELU (erf) group: the parameter reports declined inputs.
#define ALAB_GELU_KERNEL(name, entryD, entryF, manyName)              \
    double name(double x) noexcept {                                  \
        GeluDeclined declined;                                        \
        return single(&KernelTable::entryD, &declined, x);            \
    }                                                                 \
    float name(float x) noexcept {                                    \
        GeluDeclined declined;                                        \
        return single(&KernelTable::entryF, &declined, x);            \
    }                                                                 \
    bool manyName(std::span<const double> x, std::span<double> out) { \
        GeluDeclined declined;                                        \
        many(&KernelTable::entryD, &declined, x, out);                \
        return declined.any;                                          \
    }                                                                 \
    bool manyName(std::span<const float> x, std::span<float> out) {   \
        GeluDeclined declined;                                        \
        many(&KernelTable::entryF, &declined, x, out);                \
        return declined.any;                                          \
    }
ALAB_GELU_KERNEL(geluValue, geluValuesD, geluValuesF, geluValues)
ALAB_GELU_KERNEL(geluDerivative, geluDerivativesD, geluDerivativesF, geluDerivatives)
#undef ALAB_GELU_KERNEL

void expValues(std::span<const double> x, std::span<double> out) { many(&KernelTable::expValuesD, 0.0, x, out); }
void expm1Values(std::span<const double> x, std::span<double> out) { many(&KernelTable::expm1ValuesD, 0.0, x, out); }
bool normalCdfValues(std::span<const double> x, std::span<double> out) {
    GeluDeclined declined;
    many(&KernelTable::normalCdfValuesD, &declined, x, out);
    return declined.any;
}
bool normalPdfValues(std::span<const double> x, std::span<double> out) {
    GeluDeclined declined;
    many(&KernelTable::normalPdfValuesD, &declined, x, out);
    return declined.any;
}

}  // namespace alab::kernels
