// SPDX-License-Identifier: GPL-3.0-or-later
// The GELU (erf) kernels: ISA levels bit for bit, tails and aliasing, special values, and
// accuracy against a __float128 reference on the inputs the kernels themselves evaluate
// (the interval edges of their fits, the root of f', both signs), for double and float.
#include "activation.h"
#include "kernel_test_support.h"
#include "kernels/kernels.h"
#include "ulp.h"

#include <gtest/gtest.h>
#include <quadmath.h>

#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace alab {
namespace {

using test::sameBits;

using Quad = __float128;

constexpr double kRoot = -0.75179152469356445746;  // the root of GELU'
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

struct Exact {
    Quad f;
    Quad df;
};

Exact geluQuad(double x) {
    const Quad q = x;
    const Quad cdf = erfcq(-q / sqrtq(2)) / 2;
    return {q * cdf, cdf + q * expq(-q * q / 2) / sqrtq(2 * acosq(-1))};
}

// Interval edges of the kernels' fits (a = 0.40179... + 0.7 k), both signs, and points either side.
std::vector<double> edgePoints() {
    std::vector<double> points;
    for (int k = 0; k <= 15; ++k) {
        const double edge = 0.40179152469356446 + 0.7 * k;
        for (double delta : {-1e-3, -1e-9, 0.0, 1e-9, 1e-3}) {
            points.push_back(edge + delta);
            points.push_back(-(edge + delta));
        }
    }
    return points;
}

std::vector<double> kernelRangePoints(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 generator(seed);
    std::uniform_real_distribution<double> wide(kernels::kGeluKernelFloor, 12.0);
    std::uniform_real_distribution<double> nearRoot(kRoot - 0.01, kRoot + 0.01);
    std::uniform_real_distribution<double> logMagnitude(std::log(1e-300), std::log(1.0));
    std::vector<double> points = edgePoints();
    for (std::size_t i = 0; i < n; ++i) {
        switch (i % 4) {
        case 0:
        case 1: points.push_back(wide(generator)); break;
        case 2: points.push_back(nearRoot(generator)); break;
        default: points.push_back((i & 8 ? 1 : -1) * std::exp(logMagnitude(generator))); break;
        }
    }
    // The doubles next to the root.
    double x = kRoot;
    for (int i = 0; i < 20; ++i) x = std::nextafter(x, 0.0);
    for (int i = 0; i < 40; ++i, x = std::nextafter(x, -1.0)) points.push_back(x);
    std::erase_if(points, [](double p) { return p < kernels::kGeluKernelFloor; });
    return points;
}

// Within the kernels' range (x >= kGeluKernelFloor) every value and derivative is within 1 ulp
// of the exact result, also right at the root of f' (no hand-over there).
TEST(GeluKernels, DoubleWithinOneUlpOfQuad) {
    const std::vector<double> x = kernelRangePoints(400'000, 11);
    std::vector<double> f(x.size()), df(x.size());
    kernels::geluValues(std::span<const double>(x), std::span<double>(f));
    kernels::geluDerivatives(std::span<const double>(x), std::span<double>(df));
    double worstF = 0, worstDf = 0;
    int failures = 0;
    std::size_t offByOne = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Exact r = geluQuad(x[i]);
        const double errorF = test::ulpDistance(f[i], static_cast<double>(r.f));
        const double errorDf = test::ulpDistance(df[i], static_cast<double>(r.df));
        worstF = std::max(worstF, errorF);
        worstDf = std::max(worstDf, errorDf);
        offByOne += (errorF == 1) + (errorDf == 1);
        if ((errorF > 1 || errorDf > 1) && ++failures <= 5) {
            ADD_FAILURE() << std::hexfloat << "x=" << x[i] << " f=" << f[i] << " (" << errorF << " ulp) df=" << df[i]
                          << " (" << errorDf << " ulp)";
        }
    }
    std::printf("gelu kernels, double: worst %.0f ulp (f), %.0f ulp (df); %zu of %zu results 1 ulp off\n", worstF,
                worstDf, offByOne, 2 * x.size());
    EXPECT_EQ(failures, 0);
}

TEST(GeluKernels, FloatWithinOneUlpOfQuad) {
    const std::vector<double> points = kernelRangePoints(400'000, 12);
    std::vector<float> x;
    for (double p : points) x.push_back(static_cast<float>(p));
    // The floats next to the root.
    float r = static_cast<float>(kRoot);
    for (int i = 0; i < 20; ++i) r = std::nextafter(r, 0.0F);
    for (int i = 0; i < 40; ++i, r = std::nextafter(r, -1.0F)) x.push_back(r);
    std::vector<float> f(x.size()), df(x.size());
    kernels::geluValues(std::span<const float>(x), std::span<float>(f));
    kernels::geluDerivatives(std::span<const float>(x), std::span<float>(df));
    double worstF = 0, worstDf = 0;
    int failures = 0;
    std::size_t offByOne = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Exact e = geluQuad(x[i]);
        const double errorF = test::ulpDistance(f[i], static_cast<float>(e.f));
        const double errorDf = test::ulpDistance(df[i], static_cast<float>(e.df));
        worstF = std::max(worstF, errorF);
        worstDf = std::max(worstDf, errorDf);
        offByOne += (errorF == 1) + (errorDf == 1);
        if ((errorF > 1 || errorDf > 1) && ++failures <= 5) {
            ADD_FAILURE() << std::hexfloat << "x=" << x[i] << " f=" << f[i] << " (" << errorF << " ulp) df=" << df[i]
                          << " (" << errorDf << " ulp)";
        }
    }
    std::printf("gelu kernels, float: worst %.0f ulp (f), %.0f ulp (df); %zu of %zu results 1 ulp off\n", worstF,
                worstDf, offByOne, 2 * x.size());
    EXPECT_EQ(failures, 0);
}

TEST(GeluKernels, SpecialValues) {
    const Activation gelu = Activation::gelu();
    for (const double x : {0.0, -0.0}) {
        EXPECT_TRUE(sameBits(gelu.value(x), x)) << x;  // x Phi(x) keeps the sign of zero
        EXPECT_EQ(gelu.derivative(x), 0.5);
        EXPECT_TRUE(sameBits(gelu.value(static_cast<float>(x)), static_cast<float>(x)));
        EXPECT_EQ(gelu.derivative(static_cast<float>(x)), 0.5F);
    }
    EXPECT_EQ(gelu.value(kInf), kInf);
    EXPECT_EQ(gelu.derivative(kInf), 1.0);
    EXPECT_EQ(gelu.value(1e308), 1e308);
    EXPECT_EQ(gelu.derivative(1e308), 1.0);
    EXPECT_EQ(gelu.value(11.0), 11.0);
    EXPECT_EQ(gelu.value(std::numeric_limits<float>::infinity()), std::numeric_limits<float>::infinity());
    EXPECT_EQ(gelu.derivative(std::numeric_limits<float>::infinity()), 1.0F);
    EXPECT_EQ(gelu.value(-kInf), 0.0);
    EXPECT_EQ(gelu.derivative(-kInf), 0.0);
    EXPECT_EQ(gelu.value(-1e308), 0.0);
    EXPECT_TRUE(std::isnan(gelu.value(kNan)));
    EXPECT_TRUE(std::isnan(gelu.derivative(kNan)));
    EXPECT_TRUE(std::isnan(gelu.value(std::numeric_limits<float>::quiet_NaN())));
    EXPECT_TRUE(std::isnan(gelu.derivative(std::numeric_limits<float>::quiet_NaN())));
    // Subnormal and tiny inputs: f = x/2 (1 + x sqrt(2/pi)/2 ...) rounded once, f' = 1/2 + ...
    for (const double x : {4.9406564584124654e-324, -4.9406564584124654e-324, 1e-310, -1e-310, 2.2250738585072014e-308,
                           -1e-300, 1e-20, -1e-20}) {
        const Exact r = geluQuad(x);
        EXPECT_LE(test::ulpDistance(gelu.value(x), static_cast<double>(r.f)), 1.0) << x;
        EXPECT_LE(test::ulpDistance(gelu.derivative(x), static_cast<double>(r.df)), 1.0) << x;
    }
    for (const float x : {1e-45F, -1e-45F, 1e-40F, -1e-40F, 1e-20F}) {
        const Exact r = geluQuad(x);
        EXPECT_LE(test::ulpDistance(gelu.value(x), static_cast<float>(r.f)), 1.0) << x;
        EXPECT_LE(test::ulpDistance(gelu.derivative(x), static_cast<float>(r.df)), 1.0) << x;
    }
    // Below the kernel floor the values come from the slow path and stay exact.
    for (const double x : {-10.9, -12.0, -20.0, -37.0, -38.5}) {
        const Exact r = geluQuad(x);
        EXPECT_LE(test::ulpDistance(gelu.value(x), static_cast<double>(r.f)), 2.0) << x;
        EXPECT_LE(test::ulpDistance(gelu.derivative(x), static_cast<double>(r.df)), 2.0) << x;
    }
}

// Below the floor the kernels hand the input back and say so; above it they do not.
TEST(GeluKernels, DeclineExactlyTheInputsBelowTheFloor) {
    const double floor = kernels::kGeluKernelFloor;
    std::vector<double> x(37, 0.5);
    std::vector<double> out(x.size());
    EXPECT_FALSE(kernels::geluValues(std::span<const double>(x), std::span<double>(out)));
    x[3] = floor;
    EXPECT_FALSE(kernels::geluDerivatives(std::span<const double>(x), std::span<double>(out)));
    x[35] = std::nextafter(floor, -kInf);
    x[20] = -kInf;
    EXPECT_TRUE(kernels::geluValues(std::span<const double>(x), std::span<double>(out)));
    EXPECT_EQ(out[35], x[35]);
    EXPECT_EQ(out[20], -kInf);
    EXPECT_NE(out[3], x[3]);
    std::vector<float> xf(x.begin(), x.end()), outF(x.size());
    EXPECT_TRUE(kernels::geluDerivatives(std::span<const float>(xf), std::span<float>(outF)));
    EXPECT_EQ(outF[20], -std::numeric_limits<float>::infinity());
    xf[35] = 0.25F;
    xf[20] = 0.0F;
    EXPECT_FALSE(kernels::geluValues(std::span<const float>(xf), std::span<float>(outF)));
    // A nan is handed back too (and reported: the caller finds nothing below the floor to redo).
    xf[20] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_TRUE(kernels::geluValues(std::span<const float>(xf), std::span<float>(outF)));
    EXPECT_TRUE(std::isnan(outF[20]));
    EXPECT_EQ(outF[35], Activation::gelu().value(0.25F));
}

class GeluIsaLevels : public test::ActiveIsaTest {};

std::vector<double> mixedPoints() {
    std::vector<double> points = kernelRangePoints(100'003, 13);
    std::mt19937_64 generator(14);
    std::uniform_real_distribution<double> tail(-40.0, -10.0);
    for (int i = 0; i < 2000; ++i) points.push_back(tail(generator));
    for (const double s : {0.0, -0.0, kInf, -kInf, kNan, 1e308, -1e308, 4.9406564584124654e-324,
                           -4.9406564584124654e-324, kernels::kGeluKernelFloor, -kernels::kGeluKernelFloor})
        points.push_back(s);
    return points;
}

// The array path (active ISA, with the hand-over below the floor) gives the bits of the
// single-value path (the scalar kernel), for double and float.
TEST_P(GeluIsaLevels, ArrayPathMatchesScalarPathBitForBit) {
    const Activation f = Activation::gelu();
    const std::vector<double> x = mixedPoints();
    std::vector<double> values(x.size()), derivatives(x.size());
    f.values(std::span<const double>(x), std::span<double>(values));
    f.derivatives(std::span<const double>(x), std::span<double>(derivatives));
    std::vector<float> xf;
    for (double v : x) xf.push_back(static_cast<float>(v));
    std::vector<float> valuesF(x.size()), derivativesF(x.size());
    f.values(std::span<const float>(xf), std::span<float>(valuesF));
    f.derivatives(std::span<const float>(xf), std::span<float>(derivativesF));
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const bool same = sameBits(values[i], f.value(x[i])) && sameBits(derivatives[i], f.derivative(x[i])) &&
                          sameBits(valuesF[i], f.value(xf[i])) && sameBits(derivativesF[i], f.derivative(xf[i]));
        if (!same && ++mismatches <= 3) ADD_FAILURE() << std::hexfloat << "x=" << x[i];
    }
    EXPECT_EQ(mismatches, 0U) << kernels::isaName(GetParam());
}

TEST_P(GeluIsaLevels, EveryLengthUpToSeventeenAndAliasing) {
    const Activation f = Activation::gelu();
    for (std::size_t n = 0; n <= 17; ++n) {
        std::vector<float> x(n), out(n, 123.0F);
        std::vector<double> xd(n), outD(n, 123.0);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = -0.75F * static_cast<float>(i) + 1.5F;
            xd[i] = x[i];
        }
        f.derivatives(std::span<const float>(x), std::span<float>(out));
        f.values(std::span<const double>(xd), std::span<double>(outD));
        for (std::size_t i = 0; i < n; ++i) {
            EXPECT_EQ(out[i], f.derivative(x[i])) << "n=" << n << " i=" << i;
            EXPECT_EQ(outD[i], f.value(xd[i])) << "n=" << n << " i=" << i;
        }
    }
    // In place, with inputs below the floor (redone from the saved inputs) in several chunks.
    std::vector<double> x = mixedPoints();
    const std::vector<double> original = x;
    f.derivatives(std::span<const double>(x), std::span<double>(x));
    for (std::size_t i = 0; i < x.size(); ++i) EXPECT_TRUE(sameBits(x[i], f.derivative(original[i]))) << original[i];
}

INSTANTIATE_TEST_SUITE_P(Kernels, GeluIsaLevels,
                         ::testing::Values(kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512),
                         [](const auto& testInfo) { return std::string(kernels::isaName(testInfo.param)); });

}  // namespace
}  // namespace alab
