// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline (SSE2) build of the float GEMM, and the choice between the builds. Compiled
// with the rest of the core; the ISA builds live in isolated objects (gemm_avx2.cpp,
// gemm_avx512.cpp).
#include "gemm_kernels.h"

#include <Eigen/Core>

namespace alab::kernels {

namespace gemm_baseline {
void multiply(const float* left, const float* right, float* product, std::ptrdiff_t rows, std::ptrdiff_t inner,
              std::ptrdiff_t columns) {
    Eigen::Map<Eigen::MatrixXf>(product, rows, columns).noalias() =
        Eigen::Map<const Eigen::MatrixXf>(left, rows, inner) * Eigen::Map<const Eigen::MatrixXf>(right, inner, columns);
}
}  // namespace gemm_baseline

GemmFunction gemmFor(Isa isa) noexcept {
    switch (isa) {
    case Isa::Avx512: return gemm_avx512::multiply;
    case Isa::Avx2: return gemm_avx2::multiply;
    case Isa::Scalar: break;
    }
    return gemm_baseline::multiply;
}

}  // namespace alab::kernels
