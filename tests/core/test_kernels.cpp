// SPDX-License-Identifier: GPL-3.0-or-later
// The ISA levels agree bit for bit, handle every length (tails) and aliasing.
#include "activation.h"
#include "kernel_test_support.h"
#include "kernels/kernels.h"

#include <gtest/gtest.h>
#include <quadmath.h>

#include <bit>
#include <cstring>
#include <random>
#include <vector>

namespace alab {
namespace {

using test::sameBits;

std::vector<double> mixedPoints(std::size_t n) {
    std::mt19937_64 generator(7);
    std::uniform_real_distribution<double> uniform(-40.0, 3.0);
    std::vector<double> points(n);
    const double specials[] = {0.0,
                               -0.0,
                               -1e-300,
                               1e-300,
                               -4.9406564584124654e-324,
                               -1e-8,
                               -std::numeric_limits<double>::infinity(),
                               std::numeric_limits<double>::infinity(),
                               std::numeric_limits<double>::quiet_NaN(),
                               -745.2,
                               -709.8,
                               -37.5,
                               -1e308};
    for (std::size_t i = 0; i < n; ++i) {
        points[i] = i < std::size(specials) ? specials[i] : uniform(generator);
    }
    return points;
}

class IsaLevels : public test::ActiveIsaTest {};

TEST_P(IsaLevels, ArrayPathMatchesScalarPathBitForBit) {
    const std::vector<double> x = mixedPoints(100'003);  // not a multiple of any vector width
    for (const Activation& f :
         {Activation::elu(), Activation::elu(0.37), Activation::selu(), Activation::relu(), Activation::leakyRelu(0.01),
          Activation::prelu(), Activation::sigmoid(), Activation::tanh(), Activation::silu()}) {
        const Eigen::ArrayXd xs = Eigen::Map<const Eigen::ArrayXd>(x.data(), Eigen::Index(x.size()));
        const Eigen::ArrayXd values = f.values(xs);
        const Eigen::ArrayXd derivatives = f.derivatives(xs);
        std::size_t mismatches = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const auto index = static_cast<Eigen::Index>(i);
            if (!sameBits(values[index], f.value(x[i])) || !sameBits(derivatives[index], f.derivative(x[i]))) {
                if (++mismatches <= 3) ADD_FAILURE() << f.displayName() << " x=" << x[i];
            }
        }
        EXPECT_EQ(mismatches, 0U) << f.displayName() << " on " << kernels::isaName(GetParam());
    }
}

TEST_P(IsaLevels, EveryLengthUpToSeventeen) {
    const Activation f = Activation::selu();
    for (std::size_t n = 0; n <= 17; ++n) {
        std::vector<float> x(n), out(n, 123.0F);
        for (std::size_t i = 0; i < n; ++i) x[i] = -0.25F * static_cast<float>(i);
        f.values(std::span<const float>(x), std::span<float>(out));
        for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(out[i], f.value(x[i])) << "n=" << n << " i=" << i;
    }
}

TEST_P(IsaLevels, OutputMayAliasInput) {
    // Kernels that hand inputs back (GELU below -10.89) must redo them when the output overwrote the input.
    for (const Activation& f : {Activation::elu(0.5), Activation::silu(), Activation::gelu()}) {
        std::vector<double> x = mixedPoints(1001);
        const std::vector<double> original = x;
        f.values(std::span<const double>(x), std::span<double>(x));
        for (std::size_t i = 0; i < x.size(); ++i) EXPECT_TRUE(sameBits(x[i], f.value(original[i]))) << f.id();
    }
}

// Functions with f(x) ~ c x near 0 (c > 0) keep the sign of zero, as x does: f(-0) = -0 (the ulp
// checks cannot see it, -0 == +0). ReLU gives +0 for every x <= 0 by design.
TEST_P(IsaLevels, SignOfZeroIsKept) {
    for (const Activation& f :
         {Activation::elu(), Activation::elu(0.3), Activation::selu(), Activation::leakyRelu(0.01), Activation::prelu(),
          Activation::celu(0.7), Activation::gelu(), Activation::geluTanh(), Activation::silu(), Activation::silu(1.7),
          Activation::mish(), Activation::tanh()}) {
        const std::vector<double> x{-0.0, 0.0, -0.0, 0.0, -0.0, 0.0, -0.0, 0.0, -0.0};
        std::vector<double> out(x.size());
        f.values(std::span<const double>(x), std::span<double>(out));
        const std::vector<float> xf(x.begin(), x.end());
        std::vector<float> outF(x.size());
        f.values(std::span<const float>(xf), std::span<float>(outF));
        for (std::size_t i = 0; i < x.size(); ++i) {
            EXPECT_TRUE(sameBits(out[i], x[i])) << f.id() << " array double f(" << x[i] << ") = " << out[i];
            EXPECT_TRUE(sameBits(outF[i], xf[i])) << f.id() << " array float f(" << xf[i] << ") = " << outF[i];
            EXPECT_TRUE(sameBits(f.value(x[i]), x[i])) << f.id() << " double f(" << x[i] << ")";
            EXPECT_TRUE(sameBits(f.value(xf[i]), xf[i])) << f.id() << " float f(" << xf[i] << ")";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Kernels, IsaLevels,
                         ::testing::Values(kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512),
                         [](const auto& testInfo) { return std::string(kernels::isaName(testInfo.param)); });

TEST(Kernels, MismatchedSizesAreRejected) {
    std::vector<double> x(4), out(3);
    EXPECT_THROW(Activation::elu().values(std::span<const double>(x), std::span<double>(out)), std::invalid_argument);
}

TEST(Kernels, ScalarIsAlwaysSupportedAndBestIsActiveByDefault) {
    EXPECT_TRUE(kernels::isaSupported(kernels::Isa::Scalar));
    EXPECT_EQ(kernels::activeIsa(), kernels::bestSupportedIsa());
}

// lambda * alpha is split into hi + lo without loss, over extreme magnitudes too.
TEST(Kernels, EluCoefficientsHoldTheExactProduct) {
    const double cases[][2] = {{1.0507009873554805, 1.6732632423543772},
                               {1e300, 1e300},
                               {1e-300, 1e-300},
                               {-3.0, 0.1},
                               {0.0, 5.0},
                               {4.9406564584124654e-324, 2.0}};
    for (const auto& [a, b] : cases) {
        const kernels::EluCoefficients c = kernels::makeEluCoefficients(1.0, a, b);
        const __float128 held = (__float128(c.hi) + __float128(c.lo)) * ldexpq(1, c.exponent);
        EXPECT_TRUE(held == __float128(a) * __float128(b)) << a << " * " << b;
        if (c.hi != 0.0) {
            EXPECT_GE(std::abs(c.hi), 1.0);
            EXPECT_LT(std::abs(c.hi), 2.0);
        }
    }
}

}  // namespace
}  // namespace alab
