#include "kernels.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>

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

double eluValue(const EluCoefficients& c, double x) noexcept {
    double out = 0.0;
    scalar::table().eluValuesD(c, &x, &out, 1);
    return out;
}

double eluDerivative(const EluCoefficients& c, double x) noexcept {
    double out = 0.0;
    scalar::table().eluDerivativesD(c, &x, &out, 1);
    return out;
}

float eluValue(const EluCoefficients& c, float x) noexcept {
    float out = 0.0F;
    scalar::table().eluValuesF(c, &x, &out, 1);
    return out;
}

float eluDerivative(const EluCoefficients& c, float x) noexcept {
    float out = 0.0F;
    scalar::table().eluDerivativesF(c, &x, &out, 1);
    return out;
}

void eluValues(const EluCoefficients& c, std::span<const double> x, std::span<double> out) {
    requireSameSize(x.size(), out.size());
    active().eluValuesD(c, x.data(), out.data(), x.size());
}

void eluValues(const EluCoefficients& c, std::span<const float> x, std::span<float> out) {
    requireSameSize(x.size(), out.size());
    active().eluValuesF(c, x.data(), out.data(), x.size());
}

void eluDerivatives(const EluCoefficients& c, std::span<const double> x, std::span<double> out) {
    requireSameSize(x.size(), out.size());
    active().eluDerivativesD(c, x.data(), out.data(), x.size());
}

void eluDerivatives(const EluCoefficients& c, std::span<const float> x, std::span<float> out) {
    requireSameSize(x.size(), out.size());
    active().eluDerivativesF(c, x.data(), out.data(), x.size());
}

double leakyValue(double slope, double x) noexcept {
    double out = 0.0;
    scalar::table().leakyValuesD(slope, &x, &out, 1);
    return out;
}

double leakyDerivative(double slope, double x) noexcept {
    double out = 0.0;
    scalar::table().leakyDerivativesD(slope, &x, &out, 1);
    return out;
}

float leakyValue(double slope, float x) noexcept {
    float out = 0.0F;
    scalar::table().leakyValuesF(slope, &x, &out, 1);
    return out;
}

float leakyDerivative(double slope, float x) noexcept {
    float out = 0.0F;
    scalar::table().leakyDerivativesF(slope, &x, &out, 1);
    return out;
}

void leakyValues(double slope, std::span<const double> x, std::span<double> out) {
    requireSameSize(x.size(), out.size());
    active().leakyValuesD(slope, x.data(), out.data(), x.size());
}

void leakyValues(double slope, std::span<const float> x, std::span<float> out) {
    requireSameSize(x.size(), out.size());
    active().leakyValuesF(slope, x.data(), out.data(), x.size());
}

void leakyDerivatives(double slope, std::span<const double> x, std::span<double> out) {
    requireSameSize(x.size(), out.size());
    active().leakyDerivativesD(slope, x.data(), out.data(), x.size());
}

void leakyDerivatives(double slope, std::span<const float> x, std::span<float> out) {
    requireSameSize(x.size(), out.size());
    active().leakyDerivativesF(slope, x.data(), out.data(), x.size());
}

}  // namespace alab::kernels
