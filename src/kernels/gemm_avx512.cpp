// SPDX-License-Identifier: GPL-3.0-or-later
// The AVX-512 build of the float GEMM. Compiled with -mavx512f -mavx512dq -mavx512vl and hidden visibility,
// then isolated (cmake/AlabIsolatedObject.cmake): multiply() is its only global symbol.
#include "gemm_kernels.h"

// GCC 12's _mm512_undefined_ps() is `__m512 __Y = __Y;`, which -Wmaybe-uninitialized reports
// once per inlined use (GCC bug 105593, fixed in GCC 13).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <Eigen/Core>
#pragma GCC diagnostic pop

#if !defined(__AVX512F__)
#error "gemm_avx512.cpp must be compiled with the avx512 flags (see src/CMakeLists.txt)"
#endif

namespace alab::kernels::gemm_avx512 {

void multiply(const float* left, const float* right, float* product, std::ptrdiff_t rows, std::ptrdiff_t inner,
              std::ptrdiff_t columns) {
    Eigen::Map<Eigen::MatrixXf>(product, rows, columns).noalias() =
        Eigen::Map<const Eigen::MatrixXf>(left, rows, inner) * Eigen::Map<const Eigen::MatrixXf>(right, inner, columns);
}

}  // namespace alab::kernels::gemm_avx512
