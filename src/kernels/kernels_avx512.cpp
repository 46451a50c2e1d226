// SPDX-License-Identifier: GPL-3.0-or-later
// AVX-512 build of the kernels: eight double lanes. Compiled with -mavx512f -mavx512dq.
#include "kernels.h"

#include <immintrin.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace alab::kernels::avx512 {

using vd = __m512d;
using vi = long long __attribute__((vector_size(64)));
using vf = __m256;
inline constexpr std::size_t kWidth = 8;
inline vd splat(double v) { return vd{v, v, v, v, v, v, v, v}; }
inline vi splat_i(long long v) { return vi{v, v, v, v, v, v, v, v}; }
inline vd fmadd(vd a, vd b, vd c) { return _mm512_fmadd_pd(a, b, c); }
inline vd toDouble(vf v) { return __builtin_convertvector(v, vd); }
inline vf toFloat(vd v) { return __builtin_convertvector(v, vf); }
inline vd lookup16(const double* table, vi index) {
    return _mm512_permutex2var_pd(_mm512_load_pd(table), reinterpret_cast<__m512i>(index), _mm512_load_pd(table + 8));
}
template <class Mask>
inline bool anyLane(const Mask& mask) {
    const auto bits = reinterpret_cast<__m512i>(mask);
    return _mm512_test_epi64_mask(bits, bits) != 0;
}

#include "kernel_impl.inc"

}  // namespace alab::kernels::avx512
