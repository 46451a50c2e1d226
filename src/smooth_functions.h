#pragma once

#include "activation.h"

#include <span>

// The comparison family (CELU, GELU, GELU (tanh), SiLU, Mish, Softplus, tanh, sigmoid), one
// value at a time. Evaluated in x87 extended precision (64-bit significands, so the error
// before the final rounding is near 2^-62) and, within 1/64 of where f' crosses zero and the
// terms of its formula cancel, in quad precision: results are within 1 ulp of the correctly
// rounded value for double and float alike, and the same on every machine (no ISA-specific
// code). Activation sends sigmoid, tanh and SiLU with beta = 1 to the vectorized kernels
// instead (kernels.h), and here only the values those hand back (SiLU below -600 and near the
// root of its f'); this file is the slow but general path for everything else.
namespace alab::smooth {

__extension__ typedef __float128 Quad;

// True for the kinds this file evaluates.
bool handles(FunctionKind kind) noexcept;

double value(const Activation& f, double x) noexcept;
float value(const Activation& f, float x) noexcept;
double derivative(const Activation& f, double x) noexcept;
float derivative(const Activation& f, float x) noexcept;

template <class T>
void values(const Activation& f, std::span<const T> x, std::span<T> out) noexcept {
    for (std::size_t i = 0; i < x.size(); ++i) out[i] = value(f, x[i]);
}

template <class T>
void derivatives(const Activation& f, std::span<const T> x, std::span<T> out) noexcept {
    for (std::size_t i = 0; i < x.size(); ++i) out[i] = derivative(f, x[i]);
}

// f(x) and f'(x) in quad precision (errors near 2^-112), for root finding and the minimum
// value, which must round correctly even when it lies close to a tie.
Quad valueQuad(const Activation& f, double x) noexcept;
Quad derivativeQuad(const Activation& f, double x) noexcept;

}  // namespace alab::smooth
