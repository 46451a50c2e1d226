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
#undef ALAB_UNARY_KERNEL

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

}  // namespace alab::kernels
