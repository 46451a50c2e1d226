// SPDX-License-Identifier: GPL-3.0-or-later
// The Softplus and Mish kernels: ISA levels bit for bit, every length, aliasing, special values, the exact threshold
// test, the Taylor window around the root of Mish' (float), the fits of Mish' (double) and the hand-over below the
// kernels' floors.
#include "activation.h"
#include "kernel_test_support.h"
#include "kernels/kernels.h"
#include "smooth_functions.h"
#include "ulp.h"

#include <gtest/gtest.h>
#include <quadmath.h>

#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <span>
#include <vector>

namespace alab {
namespace {

using test::sameBits;

using Quad = __float128;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMishRoot = -1.1924312145154952;

std::vector<double> mixedPoints(std::size_t n) {
    std::mt19937_64 generator(11);
    std::uniform_real_distribution<double> uniform(-45.0, 45.0);
    std::uniform_real_distribution<double> wide(-800.0, 800.0);
    std::normal_distribution<double> nearRoot(kMishRoot, 0.1);
    const double specials[] = {0.0,
                               -0.0,
                               1e-300,
                               -1e-300,
                               4.9406564584124654e-324,
                               -4.9406564584124654e-324,
                               kInf,
                               -kInf,
                               std::numeric_limits<double>::quiet_NaN(),
                               -600.0,
                               -600.5,
                               -745.2,
                               -1e4,
                               1e308,
                               -1e308,
                               20.0,
                               20.5,
                               40.0,
                               40.5,
                               600.0,
                               700.0,
                               kMishRoot};
    std::vector<double> points(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (i < std::size(specials))
            points[i] = specials[i];
        else if (i % 3 == 0)
            points[i] = wide(generator);
        else if (i % 3 == 1)
            points[i] = nearRoot(generator);
        else
            points[i] = uniform(generator);
    }
    return points;
}

std::vector<Activation> functions() {
    return {Activation::mish(),
            Activation::softplus(),
            Activation::softplus(0.3, 5.0),
            Activation::softplus(2.0, 0.0),
            Activation::softplus(1.0, 700.0),
            Activation::softplus(7.5, 1e6)};
}

class SoftplusMishIsa : public test::ActiveIsaTest {};

TEST_P(SoftplusMishIsa, ArrayPathMatchesScalarPathBitForBit) {
    const std::vector<double> x = mixedPoints(100'003);
    const std::vector<float> xf(x.begin(), x.end());
    for (const Activation& f : functions()) {
        test::expectArraysMatchSingleValues(f, x);
        test::expectArraysMatchSingleValues(f, xf);
    }
}

TEST_P(SoftplusMishIsa, EveryLengthUpToSeventeen) {
    const std::vector<double> points = mixedPoints(17);
    for (const Activation& f : functions()) {
        for (std::size_t n = 0; n <= 17; ++n) {
            // Rotated so that the specials (nan, -inf, deep negatives) land in every lane position.
            std::vector<double> x(n);
            for (std::size_t i = 0; i < n; ++i) x[i] = points[(i + n) % points.size()];
            const std::vector<float> xf(x.begin(), x.end());
            test::expectArraysMatchSingleValues(f, x);
            test::expectArraysMatchSingleValues(f, xf);
        }
    }
}

TEST_P(SoftplusMishIsa, OutputMayAliasInput) {
    // Lanes below the floors are redone after the kernel, from the saved inputs, not the outputs.
    for (const Activation& f : functions()) {
        for (const bool derivative : {false, true}) {
            std::vector<double> x = mixedPoints(1001);
            const std::vector<double> original = x;
            derivative ? f.derivatives(std::span<const double>(x), std::span<double>(x))
                       : f.values(std::span<const double>(x), std::span<double>(x));
            for (std::size_t i = 0; i < x.size(); ++i) {
                const double expected = derivative ? f.derivative(original[i]) : f.value(original[i]);
                EXPECT_TRUE(sameBits(x[i], expected)) << f.id() << " x=" << original[i];
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Kernels, SoftplusMishIsa,
                         ::testing::Values(kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512),
                         [](const auto& testInfo) { return std::string(kernels::isaName(testInfo.param)); });

// References in __float128.
Quad sigmoidQ(Quad t) { return t >= 0 ? 1 / (1 + expq(-t)) : expq(t) / (1 + expq(t)); }

Quad mishQ(Quad x) { return x * tanhq(x > 0 ? x + log1pq(expq(-x)) : log1pq(expq(x))); }

Quad mishDerivativeQ(Quad x) {
    const Quad softplus = x > 0 ? x + log1pq(expq(-x)) : log1pq(expq(x));
    const Quad e = expq(-2 * softplus);
    return tanhq(softplus) + x * 4 * e / ((1 + e) * (1 + e)) * sigmoidQ(x);
}

Quad softplusQ(double beta, Quad x) {
    const Quad t = Quad(beta) * x;  // exact: two 53-bit factors
    return (t > 0 ? t + log1pq(expq(-t)) : log1pq(expq(t))) / beta;
}

TEST(SoftplusMishKernels, SpecialValues) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Activation mish = Activation::mish();
    const Activation softplus = Activation::softplus();
    EXPECT_TRUE(std::isnan(mish.value(nan)));
    EXPECT_TRUE(std::isnan(mish.derivative(nan)));
    EXPECT_TRUE(std::isnan(softplus.value(nan)));
    EXPECT_TRUE(std::isnan(softplus.derivative(nan)));
    EXPECT_EQ(mish.value(kInf), kInf);
    EXPECT_EQ(mish.derivative(kInf), 1.0);
    EXPECT_EQ(softplus.value(kInf), kInf);
    EXPECT_EQ(softplus.derivative(kInf), 1.0);
    EXPECT_EQ(mish.value(-kInf), 0.0);
    EXPECT_EQ(softplus.value(-kInf), 0.0);
    EXPECT_EQ(softplus.derivative(-kInf), 0.0);
    // Mish keeps the sign of zero (x tanh(softplus(x)) = 0.6 x near 0); softplus(+-0) = ln 2, f' = 1/2.
    EXPECT_TRUE(sameBits(mish.value(-0.0), -0.0));
    EXPECT_TRUE(sameBits(mish.value(0.0), 0.0));
    EXPECT_EQ(mish.derivative(0.0), 0.6);
    EXPECT_EQ(softplus.value(-0.0), 0.69314718055994531);
    EXPECT_EQ(softplus.derivative(0.0), 0.5);
    // Subnormal and tiny x: Mish is 0.6 x to far below an ulp (one rounding of a subnormal product).
    for (const double x : {4.9406564584124654e-324, -1e-310, 1e-300, -3e-200}) {
        EXPECT_LE(test::ulpDistance(mish.value(x), static_cast<double>(mishQ(x))), 1.0) << x;
        EXPECT_EQ(mish.derivative(x), 0.6) << x;
        EXPECT_EQ(softplus.value(x), 0.69314718055994531) << x;
        EXPECT_EQ(softplus.derivative(x), 0.5) << x;
    }
    // Huge: f = x, f' = 1.
    for (const double x : {1e300, 1e308, 45.0, 1e6}) {
        EXPECT_EQ(mish.value(x), x);
        EXPECT_EQ(mish.derivative(x), 1.0);
        EXPECT_EQ(softplus.value(x), x);
        EXPECT_EQ(softplus.derivative(x), 1.0);
    }
}

// beta x is compared with the threshold exactly: where beta x rounds to the threshold but lies above it, f = x;
// where it rounds to the threshold from below, the log1p branch. A rounded comparison would get one of them wrong.
TEST(SoftplusMishKernels, ThresholdIsDecidedExactly) {
    // beta x steps by about half an ulp of the threshold here, so two doubles x round to it: one on each side.
    const double beta = 0.26;
    const double threshold = 4.0;
    const Activation f = Activation::softplus(beta, threshold);
    int above = 0;
    int below = 0;
    double x = threshold / beta;
    for (int i = 0; i < 8; ++i) x = std::nextafter(x, kInf);
    for (int i = 0; i < 16; ++i, x = std::nextafter(x, 0.0)) {
        if (beta * x != threshold) continue;
        const Quad exact = Quad(beta) * Quad(x);
        if (exact > threshold) {
            ++above;
            EXPECT_EQ(f.value(x), x) << x;
            EXPECT_EQ(f.derivative(x), 1.0) << x;
        } else {
            ++below;
            EXPECT_LE(test::ulpDistance(f.value(x), static_cast<double>(softplusQ(beta, x))), 1.0) << x;
            EXPECT_LE(test::ulpDistance(f.derivative(x), static_cast<double>(sigmoidQ(exact))), 1.0) << x;
        }
    }
    EXPECT_GT(above, 0);
    EXPECT_GT(below, 0);
    // The default threshold 20 with beta = 1: 20 itself takes the log1p branch, the next double does not.
    const Activation d = Activation::softplus();
    EXPECT_LE(test::ulpDistance(d.value(20.0), static_cast<double>(softplusQ(1.0, 20.0))), 1.0);
    EXPECT_GT(d.value(20.0), 20.0);
    EXPECT_EQ(d.value(std::nextafter(20.0, kInf)), std::nextafter(20.0, kInf));
    EXPECT_EQ(d.derivative(std::nextafter(20.0, kInf)), 1.0);
    EXPECT_LT(d.derivative(20.0), 1.0);
}

// Within 1 ulp of the __float128 reference on a dense grid over the kernels' whole range, across the edges of the
// Taylor window around the root of Mish' (root +- 1/16) and over the root itself.
TEST(SoftplusMishKernels, DenseGridWithinOneUlp) {
    std::vector<double> x;
    for (double v = -599.0; v <= 599.0; v += 0.0137) x.push_back(v);
    for (const double edge : {kMishRoot - 1.0 / 16, kMishRoot + 1.0 / 16, kMishRoot}) {
        double v = edge;
        for (int i = 0; i < 2000; ++i) v = std::nextafter(v, -kInf);
        for (int i = 0; i < 4000; ++i, v = std::nextafter(v, kInf)) x.push_back(v);
        for (double u = edge - 0.01; u < edge + 0.01; u += 1e-6) x.push_back(u);
    }
    const Activation mish = Activation::mish();
    std::vector<double> f(x.size()), df(x.size());
    mish.values(std::span<const double>(x), std::span<double>(f));
    mish.derivatives(std::span<const double>(x), std::span<double>(df));
    double worstF = 0;
    double worstDf = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        worstF = std::max(worstF, test::ulpDistance(f[i], static_cast<double>(mishQ(x[i]))));
        worstDf = std::max(worstDf, test::ulpDistance(df[i], static_cast<double>(mishDerivativeQ(x[i]))));
    }
    EXPECT_LE(worstF, 1.0);
    EXPECT_LE(worstDf, 1.0);
    for (const double beta : {1.0, 0.3, 2.0}) {
        const Activation softplus = Activation::softplus(beta, 1e6);
        std::vector<double> scaled;
        for (const double v : x) scaled.push_back(v / beta);
        softplus.values(std::span<const double>(scaled), std::span<double>(f));
        softplus.derivatives(std::span<const double>(scaled), std::span<double>(df));
        double worstSf = 0;
        double worstSdf = 0;
        for (std::size_t i = 0; i < scaled.size(); ++i) {
            worstSf = std::max(worstSf, test::ulpDistance(f[i], static_cast<double>(softplusQ(beta, scaled[i]))));
            const Quad t = Quad(beta) * Quad(scaled[i]);
            worstSdf = std::max(worstSdf, test::ulpDistance(df[i], static_cast<double>(sigmoidQ(t))));
        }
        EXPECT_LE(worstSf, 1.0) << "beta " << beta;
        EXPECT_LE(worstSdf, 1.0) << "beta " << beta;
    }
}

// Mish' double from the piecewise fits (scripts/fit_mish_derivative.py) on [-8.5, 7.5) and the tail formulas
// outside: within 1 ulp of the __float128 reference on a grid of step 2^-12 over [-12, 12] (every fitted interval
// gets thousands of points, so a wrong table entry or fit shows), on the 200 doubles either side of each multiple of
// 1/2 (the interval edges, the switches to the tails) and of the root, and bit for bit the same on every ISA level;
// below -600 too.
TEST(SoftplusMishKernels, DerivativeFitsWithinOneUlp) {
    std::vector<double> x;
    for (int k = -12 * 4096; k <= 12 * 4096; ++k) x.push_back(k / 4096.0);
    std::vector<double> anchors = {kMishRoot};
    for (int k = -24; k <= 24; ++k) anchors.push_back(k / 2.0);
    for (const double anchor : anchors) {
        double v = anchor;
        for (int i = 0; i < 200; ++i) v = std::nextafter(v, -kInf);
        for (int i = 0; i < 401; ++i, v = std::nextafter(v, kInf)) x.push_back(v);
    }
    const Activation mish = Activation::mish();
    std::vector<double> df(x.size());
    mish.derivatives(std::span<const double>(x), std::span<double>(df));
    double worst = 0;
    double worstAt = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double distance = test::ulpDistance(df[i], static_cast<double>(mishDerivativeQ(x[i])));
        if (distance > worst) {
            worst = distance;
            worstAt = x[i];
        }
    }
    EXPECT_LE(worst, 1.0) << "at x = " << worstAt;
    // Nothing is handed over in double: below -600, e^x (1 + x) from the careful exp, into the subnormals and to -0.
    std::vector<double> deep;
    for (double v = -760.0; v < -590.0; v += 0.00731) deep.push_back(v);
    deep.push_back(-1e4);
    std::vector<double> deepDf(deep.size());
    mish.derivatives(std::span<const double>(deep), std::span<double>(deepDf));
    double worstDeep = 0;
    for (std::size_t i = 0; i < deep.size(); ++i) {
        worstDeep = std::max(worstDeep, test::ulpDistance(deepDf[i], static_cast<double>(mishDerivativeQ(deep[i]))));
        EXPECT_TRUE(sameBits(deepDf[i], mish.derivative(deep[i]))) << deep[i];
    }
    EXPECT_LE(worstDeep, 1.0);
    // Mish' < 0 there: -0 far out (the __float128 formula itself underflows to +0 or nan there).
    for (const double v : {-1e300, -kInf}) {
        EXPECT_TRUE(sameBits(mish.derivative(v), -0.0)) << v;
        deep.push_back(v);
    }
    x.insert(x.end(), deep.begin(), deep.end());
    df.resize(x.size());
    mish.derivatives(std::span<const double>(x), std::span<double>(df));
    const kernels::Isa previous = kernels::activeIsa();
    for (const kernels::Isa isa : {kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512}) {
        if (!kernels::isaSupported(isa)) continue;
        kernels::setActiveIsa(isa);
        std::vector<double> other(x.size());
        mish.derivatives(std::span<const double>(x), std::span<double>(other));
        std::size_t mismatches = 0;
        for (std::size_t i = 0; i < x.size(); ++i) mismatches += sameBits(other[i], df[i]) ? 0 : 1;
        EXPECT_EQ(mismatches, 0U) << kernels::isaName(isa);
    }
    kernels::setActiveIsa(previous);
}

// Below the floors the values come from the extended-precision path, in arrays and single calls alike.
TEST(SoftplusMishKernels, DeepNegativesAreHandedOver) {
    const std::vector<double> x = {-600.5, -700.0, -745.0, -1e4, -3e4, 1.0, -1.0};
    for (const Activation& f : {Activation::mish(), Activation::softplus(), Activation::softplus(0.5, 20.0)}) {
        std::vector<double> values(x.size()), derivatives(x.size());
        f.values(std::span<const double>(x), std::span<double>(values));
        f.derivatives(std::span<const double>(x), std::span<double>(derivatives));
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (f.beta() * x[i] >= kernels::kSoftplusKernelFloor) continue;
            EXPECT_TRUE(sameBits(values[i], smooth::value(f, x[i]))) << f.id() << " " << x[i];
            EXPECT_TRUE(sameBits(derivatives[i], smooth::derivative(f, x[i]))) << f.id() << " " << x[i];
        }
    }
    // softplus(-700) = e^-700, a normal number that the kernel's e^x pair could not hold to full precision.
    EXPECT_LE(test::ulpDistance(Activation::softplus().value(-700.0), static_cast<double>(expq(-700))), 1.0);
    EXPECT_LE(test::ulpDistance(Activation::mish().value(-700.0), static_cast<double>(mishQ(-700))), 1.0);
}

}  // namespace
}  // namespace alab

namespace alab {
namespace {

// Betas outside the kernels' range take the extended-precision path, whose exact product beta x
// must not overflow for huge x (it split x by multiplying with 2^27 + 1: nan above 2^996).
TEST(SoftplusSlowPath, TinyBetaWithHugeInput) {
    const Activation f = Activation::softplus(0x1p-200, 1e300);
    for (const double x : {0x1p1000, 0x1.fffffffffffffp1023, -0x1p1000}) {
        const Quad t = Quad(0x1p-200) * x;
        const Quad reference = (t > 0 ? t + log1pq(expq(-t)) : log1pq(expq(t))) / Quad(0x1p-200);
        EXPECT_EQ(f.value(x), static_cast<double>(reference)) << x;
        EXPECT_EQ(f.derivative(x), x > 0 ? 1.0 : 0.0) << x;
    }
}

}  // namespace
}  // namespace alab
