// AVX2 + FMA build of the kernels: four double lanes. Compiled with -mavx2 -mfma.
#include "kernels.h"

#include <immintrin.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

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
inline vd lookup16(const double* table, vi index) {
    return _mm256_i64gather_pd(table, reinterpret_cast<__m256i>(index), 8);
}
template <class Mask>
inline bool anyLane(const Mask& mask) {
    return _mm256_movemask_pd(reinterpret_cast<__m256d>(mask)) != 0;
}

#include "kernel_impl.inc"

}  // namespace alab::kernels::avx2
