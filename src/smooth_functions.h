// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <span>

// The comparison family (CELU, GELU, GELU (tanh), SiLU, Mish, Softplus, tanh, sigmoid), one
// value at a time. Evaluated in x87 extended precision (64-bit significands, so the error
// before the final rounding is near 2^-62) and, within 1/64 of where f' crosses zero and the
// terms of its formula cancel, in quad precision: results are within 1 ulp of the correctly
// rounded value for double and float alike, and the same on every machine (no ISA-specific
// code). Activation evaluates arrays and single values through the vectorized kernels
// (kernels.h) and sends here only what they hand over: rare inputs where their arithmetic would
// leave the normal range (GELU below -10.89, GELU (tanh) in [-22, -19.96), Mish below -600 (its
// double f' aside), Softplus where beta x < -600 or beta is outside [2^-20, 2^20], CELU's f for
// alpha < 2^-900).
// The quad-precision entry points below also serve root finding and the minimum value.
namespace alab::smooth {

__extension__ typedef __float128 Quad;

// True for the kinds this file evaluates.
bool handles(FunctionKind kind) noexcept;

double value(const Activation& f, double x) noexcept;
float value(const Activation& f, float x) noexcept;
double derivative(const Activation& f, double x) noexcept;
float derivative(const Activation& f, float x) noexcept;

// f''(x) of the comparison family, in double only: extended precision, and quad precision within
// 1/16 of where f'' crosses zero and the terms of its formula cancel (GELU (tanh), SiLU, Mish;
// GELU's 2 - x^2 is computed exactly instead). CELU takes its left branch e^(x/alpha)/alpha at
// 0, Softplus is 0 where beta x > threshold.
double secondDerivative(const Activation& f, double x) noexcept;

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
Quad secondDerivativeQuad(const Activation& f, double x) noexcept;

}  // namespace alab::smooth
