// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernels.h"

#include <cstddef>

// Float matrix products for the network propagation, one build per ISA level. Eigen's GEMM
// compiled for baseline x86-64 (SSE2) is several times slower than its AVX2 / AVX-512 builds,
// so each level is compiled separately and isolated (cmake/AlabIsolatedObject.cmake): every
// Eigen symbol of an ISA build is made local to its object, so that the linker cannot pick an
// AVX-512 instantiation where the baseline one was meant. Only these entry points are global,
// and they take raw pointers, so no Eigen type (whose alignment differs between the levels)
// crosses from one build into another.
namespace alab::kernels {

// product (rows x columns) = left (rows x inner) * right (inner x columns); all column-major,
// contiguous, non-overlapping.
using GemmFunction = void (*)(const float* left, const float* right, float* product, std::ptrdiff_t rows,
                              std::ptrdiff_t inner, std::ptrdiff_t columns);

// The build for `isa`; the caller checks that the CPU supports it (isaSupported).
GemmFunction gemmFor(Isa isa) noexcept;

namespace gemm_baseline {
void multiply(const float* left, const float* right, float* product, std::ptrdiff_t rows, std::ptrdiff_t inner,
              std::ptrdiff_t columns);
}
namespace gemm_avx2 {
[[gnu::visibility("default")]] void multiply(const float* left, const float* right, float* product, std::ptrdiff_t rows,
                                             std::ptrdiff_t inner, std::ptrdiff_t columns);
}
namespace gemm_avx512 {
[[gnu::visibility("default")]] void multiply(const float* left, const float* right, float* product, std::ptrdiff_t rows,
                                             std::ptrdiff_t inner, std::ptrdiff_t columns);
}

}  // namespace alab::kernels
