// SPDX-License-Identifier: GPL-3.0-or-later
// The AVX2 build of the float GEMM. Compiled with -mavx2 -mfma and hidden visibility,
// then isolated (cmake/AlabIsolatedObject.cmake): multiply() is its only global symbol.
#include "gemm_kernels.h"

#include <Eigen/Core>

#if !defined(__AVX2__)
#error "gemm_avx2.cpp must be compiled with the avx2 flags (see src/CMakeLists.txt)"
#endif

namespace alab::kernels::gemm_avx2 {

void multiply(const float* left, const float* right, float* product, std::ptrdiff_t rows, std::ptrdiff_t inner,
              std::ptrdiff_t columns) {
    Eigen::Map<Eigen::MatrixXf>(product, rows, columns).noalias() =
        Eigen::Map<const Eigen::MatrixXf>(left, rows, inner) * Eigen::Map<const Eigen::MatrixXf>(right, inner, columns);
}

}  // namespace alab::kernels::gemm_avx2
