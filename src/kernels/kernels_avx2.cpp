// SPDX-License-Identifier: GPL-3.0-or-later
// AVX2 + FMA build of the kernels: four double lanes. Compiled with -mavx2 -mfma.
#include "kernels.h"

#include <immintrin.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace alab::kernels::avx2 {

using vd = __m256d;
using vi = long long __attribute__((vector_size(32)));
using vf = __m128;
inline constexpr std::size_t kWidth = 4;
inline vd splat(double v) { return vd{v, v, v, v}; }
inline vi splat_i(long long v) { return vi{v, v, v, v}; }
inline vd fmadd(vd a, vd b, vd c) { return _mm256_fmadd_pd(a, b, c); }
inline vd toDouble(vf v) { return __builtin_convertvector(v, vd); }
inline vf toFloat(vd v) { return __builtin_convertvector(v, vf); }
// table[index] per lane by register permutes instead of a gather (gathers are slow on some CPUs, and kernels with
// many lookups per value, such as Mish' double, pay for each): the four quarters of the table permuted by the low
// two index bits, then blended by bits 2 and 3. The index arithmetic is the same for every table and is shared
// between lookups by the compiler.
inline vd lookup16(const double* table, vi index) {
    const __m256i j = reinterpret_cast<__m256i>(index);
    const __m256i twice = _mm256_slli_epi64(_mm256_and_si256(j, _mm256_set1_epi64x(3)), 1);
    // 32-bit element numbers 2 (j & 3) and 2 (j & 3) + 1 in each 64-bit lane.
    const __m256i pairs =
        _mm256_or_si256(_mm256_or_si256(twice, _mm256_slli_epi64(twice, 32)), _mm256_set1_epi64x(1LL << 32));
    const auto quarter = [&](int q) {
        return _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_castpd_ps(_mm256_loadu_pd(table + 4 * q)), pairs));
    };
    const __m256d bit2 = _mm256_castsi256_pd(_mm256_slli_epi64(j, 61));  // blendv takes the sign bit
    const __m256d bit3 = _mm256_castsi256_pd(_mm256_slli_epi64(j, 60));
    return _mm256_blendv_pd(_mm256_blendv_pd(quarter(0), quarter(1), bit2),
                            _mm256_blendv_pd(quarter(2), quarter(3), bit2), bit3);
}
template <class Mask>
inline bool anyLane(const Mask& mask) {
    return _mm256_movemask_pd(reinterpret_cast<__m256d>(mask)) != 0;
}

#include "kernel_impl.inc"

}  // namespace alab::kernels::avx2
