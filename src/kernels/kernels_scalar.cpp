// SPDX-License-Identifier: GPL-3.0-or-later
// Scalar build of the kernels: one lane, std::fma. Also serves the single-value API, so a
// scalar call and an array call return the same bits.
#include "kernels.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace alab::kernels::scalar {

using vd = double;
using vi = std::int64_t;
using vf = float;
inline constexpr std::size_t kWidth = 1;
inline vd splat(double v) { return v; }
inline vi splat_i(std::int64_t v) { return v; }
inline vd fmadd(vd a, vd b, vd c) { return std::fma(a, b, c); }
inline vd toDouble(vf v) { return static_cast<double>(v); }
inline vf toFloat(vd v) { return static_cast<float>(v); }
inline vd lookup16(const double* table, vi index) { return table[index]; }
inline bool anyLane(bool mask) { return mask; }

#include "kernel_impl.inc"

}  // namespace alab::kernels::scalar
