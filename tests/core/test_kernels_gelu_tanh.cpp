// SPDX-License-Identifier: GPL-3.0-or-later
// GELU (tanh) kernels: ISA levels bit for bit, special values, the edges of the kernels' regions
// (root window, saturation, hand-over) against a __float128 reference.
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

Quad sigmoidQ(Quad t) { return t >= 0 ? 1 / (1 + expq(-t)) : expq(t) / (1 + expq(t)); }

// f(x) = x sigmoid(t), f'(x) = sigmoid(t) + x t' sigmoid(t) sigmoid(-t), t = 2 sqrt(2/pi) (x + 0.044715 x^3).
struct Reference {
    Quad f;
    Quad df;
};

Reference reference(Quad x) {
    if (x > 300) return {x, 1};
    if (x < -300) return {0, 0};
    const Quad a = 2 * sqrtq(2 / acosq(-1));
    const Quad c = Quad(44715) / 1000000;
    const Quad t = a * (x + c * x * x * x);
    const Quad s = sigmoidQ(t);
    return {x * s, s + x * a * (1 + 3 * c * x * x) * s * sigmoidQ(-t)};
}

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kRoot = -0.75246142207101626;

// Points on both sides of every boundary the kernels have, plus specials and random points.
std::vector<double> edgePoints() {
    std::vector<double> points{0.0,
                               -0.0,
                               1e-300,
                               -1e-300,
                               4.9406564584124654e-324,
                               -4.9406564584124654e-324,
                               2.2250738585072014e-308,
                               -2.2250738585072014e-308,
                               1e-8,
                               -1e-8,
                               kInf,
                               -kInf,
                               1e308,
                               -1e308,
                               std::numeric_limits<double>::max(),
                               -std::numeric_limits<double>::max(),
                               1e100,
                               -1e100,
                               kRoot};
    for (const double edge :
         {10.0, 7.0, 8.0, kernels::kGeluTanhHandOverFrom, kernels::kGeluTanhHandOverTo, kRoot + 0.125, kRoot - 0.125,
          kRoot + 0x1p-5, kRoot - 0x1p-5, kRoot + 0x1p-6, kRoot - 0x1p-6, kRoot + 0x1p-10, kRoot - 0x1p-10, -16.0,
          -13.57, -21.5, -19.968, 4.7, -4.7}) {
        double up = edge;
        double down = edge;
        for (int i = 0; i < 8; ++i) {
            points.push_back(up);
            points.push_back(down);
            up = std::nextafter(up, kInf);
            down = std::nextafter(down, -kInf);
        }
        for (const double offset : {1e-12, 1e-9, 1e-6, 1e-3})
            points.insert(points.end(), {edge + offset, edge - offset});
    }
    // The doubles nearest the root of f'.
    double near = kRoot;
    for (int i = 0; i < 40; ++i) near = std::nextafter(near, -kInf);
    for (int i = 0; i < 80; ++i, near = std::nextafter(near, kInf)) points.push_back(near);
    std::mt19937_64 generator(20261202);
    std::normal_distribution<double> normal(0.0, 3.0);
    std::uniform_real_distribution<double> wide(-40.0, 15.0);
    for (int i = 0; i < 20'000; ++i) points.push_back(i % 2 ? normal(generator) : wide(generator));
    return points;
}

class GeluTanhIsaLevels : public test::ActiveIsaTest {};

// The raw kernels (hand-over lanes included) and the Activation arrays, against one value at a
// time through the scalar table.
TEST_P(GeluTanhIsaLevels, ArraysMatchTheScalarKernelBitForBit) {
    const std::vector<double> x = edgePoints();
    const std::vector<float> xf(x.begin(), x.end());
    std::vector<double> f(x.size()), df(x.size());
    std::vector<float> ff(x.size()), dff(x.size());
    kernels::geluTanhValues(std::span<const double>(x), std::span<double>(f));
    kernels::geluTanhDerivatives(std::span<const double>(x), std::span<double>(df));
    kernels::geluTanhValues(std::span<const float>(xf), std::span<float>(ff));
    kernels::geluTanhDerivatives(std::span<const float>(xf), std::span<float>(dff));
    const Activation g = Activation::geluTanh();
    std::vector<double> gf(x.size()), gdf(x.size());
    std::vector<float> gff(x.size()), gdff(x.size());
    g.values(std::span<const double>(x), std::span<double>(gf));
    g.derivatives(std::span<const double>(x), std::span<double>(gdf));
    g.values(std::span<const float>(xf), std::span<float>(gff));
    g.derivatives(std::span<const float>(xf), std::span<float>(gdff));
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const bool same =
            sameBits(f[i], kernels::geluTanhValue(x[i])) && sameBits(df[i], kernels::geluTanhDerivative(x[i])) &&
            sameBits(ff[i], kernels::geluTanhValue(xf[i])) && sameBits(dff[i], kernels::geluTanhDerivative(xf[i])) &&
            sameBits(gf[i], g.value(x[i])) && sameBits(gdf[i], g.derivative(x[i])) &&
            sameBits(gff[i], g.value(xf[i])) && sameBits(gdff[i], g.derivative(xf[i]));
        if (!same && ++mismatches <= 5) ADD_FAILURE() << std::hexfloat << "x=" << x[i];
    }
    EXPECT_EQ(mismatches, 0U) << kernels::isaName(GetParam());
}

TEST_P(GeluTanhIsaLevels, EveryLengthUpToSeventeenAndAliasing) {
    const Activation g = Activation::geluTanh();
    for (std::size_t n = 0; n <= 17; ++n) {
        std::vector<double> x(n), out(n, 123.0);
        for (std::size_t i = 0; i < n; ++i) x[i] = -2.0 + 0.3 * static_cast<double>(i);
        g.derivatives(std::span<const double>(x), std::span<double>(out));
        for (std::size_t i = 0; i < n; ++i) EXPECT_TRUE(sameBits(out[i], g.derivative(x[i]))) << n << " " << i;
        std::vector<float> xf(x.begin(), x.end());
        g.values(std::span<const float>(xf), std::span<float>(xf));  // in place
        for (std::size_t i = 0; i < n; ++i)
            EXPECT_TRUE(sameBits(xf[i], g.value(static_cast<float>(x[i])))) << n << " " << i;
    }
}

INSTANTIATE_TEST_SUITE_P(Kernels, GeluTanhIsaLevels,
                         ::testing::Values(kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512),
                         [](const auto& testInfo) { return std::string(kernels::isaName(testInfo.param)); });

// Every edge point within 1 ulp of the reference, double and float, through Activation (with the
// hand-over), and through the raw double kernels outside the hand-over interval.
TEST(GeluTanhKernels, EdgePointsWithinOneUlp) {
    const Activation g = Activation::geluTanh();
    double worst = 0.0;
    for (const double x : edgePoints()) {
        if (std::isnan(x)) continue;
        const Reference r = reference(x);
        const double want = static_cast<double>(r.f);
        const double wantDf = static_cast<double>(r.df);
        const double e1 = test::ulpDistance(g.value(x), want);
        const double e2 = test::ulpDistance(g.derivative(x), wantDf);
        EXPECT_LE(e1, 1.0) << std::hexfloat << "f(" << x << ") = " << g.value(x) << ", want " << want;
        EXPECT_LE(e2, 1.0) << std::hexfloat << "f'(" << x << ") = " << g.derivative(x) << ", want " << wantDf;
        worst = std::max({worst, e1, e2});
        const bool handedOver = x >= kernels::kGeluTanhHandOverFrom && x < kernels::kGeluTanhHandOverTo;
        if (!handedOver) {
            EXPECT_LE(test::ulpDistance(kernels::geluTanhValue(x), want), 1.0) << std::hexfloat << x;
            EXPECT_LE(test::ulpDistance(kernels::geluTanhDerivative(x), wantDf), 1.0) << std::hexfloat << x;
        }
        const float xf = static_cast<float>(x);
        const Reference rf = reference(xf);
        EXPECT_LE(test::ulpDistance(g.value(xf), static_cast<float>(rf.f)), 1.0) << std::hexfloat << xf;
        EXPECT_LE(test::ulpDistance(g.derivative(xf), static_cast<float>(rf.df)), 1.0) << std::hexfloat << xf;
    }
    std::printf("gelu_tanh edge points: worst %.0f ulp (double)\n", worst);
}

TEST(GeluTanhKernels, SpecialValues) {
    const Activation g = Activation::geluTanh();
    EXPECT_TRUE(sameBits(g.value(0.0), 0.0));
    EXPECT_TRUE(sameBits(g.value(-0.0), -0.0));
    EXPECT_EQ(g.derivative(0.0), 0.5);
    EXPECT_EQ(g.derivative(-0.0), 0.5);
    EXPECT_EQ(g.value(kInf), kInf);
    EXPECT_EQ(g.derivative(kInf), 1.0);
    EXPECT_EQ(g.value(-kInf), 0.0);
    EXPECT_EQ(g.derivative(-kInf), 0.0);
    EXPECT_EQ(g.value(1e308), 1e308);
    EXPECT_EQ(g.value(-1e308), 0.0);
    EXPECT_TRUE(std::isnan(g.value(std::nan(""))));
    EXPECT_TRUE(std::isnan(g.derivative(std::nan(""))));
    EXPECT_TRUE(sameBits(g.value(0.0F), 0.0F));
    EXPECT_TRUE(sameBits(g.value(-0.0F), -0.0F));
    EXPECT_EQ(g.value(std::numeric_limits<float>::infinity()), std::numeric_limits<float>::infinity());
    EXPECT_EQ(g.value(-std::numeric_limits<float>::infinity()), 0.0F);
    EXPECT_EQ(g.derivative(-std::numeric_limits<float>::infinity()), 0.0F);
    EXPECT_TRUE(std::isnan(g.value(std::nanf(""))));
    // Subnormal x: f = x/2 (+ x^2 terms far below the last place), rounded once.
    const double tiny = 4.9406564584124654e-324 * 3;
    EXPECT_EQ(test::ulpDistance(g.value(tiny), static_cast<double>(reference(tiny).f)), 0.0);
    // The deep negative tail is subnormal before it is zero (handed over), then -0.
    const double subnormal = g.value(-21.4);
    EXPECT_GT(subnormal, -std::numeric_limits<double>::min());
    EXPECT_LT(subnormal, 0.0);
    EXPECT_LE(test::ulpDistance(subnormal, static_cast<double>(reference(-21.4).f)), 1.0);
}

// The double kernels leave x in [kGeluTanhHandOverFrom, kGeluTanhHandOverTo) and say so; Activation
// replaces those lanes (also when the output aliases the input).
TEST(GeluTanhKernels, HandOverIntervalIsReportedAndReplaced) {
    const Activation g = Activation::geluTanh();
    std::vector<double> plain{1.0, -3.0, -19.95, -22.5, kInf, -kInf}, out(plain.size());
    EXPECT_FALSE(kernels::geluTanhValues(std::span<const double>(plain), std::span<double>(out)));
    EXPECT_FALSE(kernels::geluTanhDerivatives(std::span<const double>(plain), std::span<double>(out)));
    for (const double x : {-21.9, -21.0, -20.5, -20.0, kernels::kGeluTanhHandOverFrom}) {
        const double want = static_cast<double>(reference(x).f);
        const double wantDf = static_cast<double>(reference(x).df);
        EXPECT_EQ(kernels::geluTanhValue(x), x);
        EXPECT_LE(test::ulpDistance(g.value(x), want), 1.0) << x;
        EXPECT_LE(test::ulpDistance(g.derivative(x), wantDf), 1.0) << x;
        std::vector<double> in{1.0, x, 2.0, -1.0, 0.5, x, 3.0, 4.0, 5.0, x};
        std::vector<double> result(in.size());
        EXPECT_TRUE(kernels::geluTanhValues(std::span<const double>(in), std::span<double>(result)));
        EXPECT_EQ(result[1], x);
        g.values(std::span<const double>(in), std::span<double>(result));
        g.derivatives(std::span<const double>(in), std::span<double>(in));  // in place
        for (const std::size_t i : {1, 5, 9}) {
            EXPECT_LE(test::ulpDistance(result[i], want), 1.0) << x;
            EXPECT_LE(test::ulpDistance(in[i], wantDf), 1.0) << x;
        }
        EXPECT_EQ(result[0], g.value(1.0));
        EXPECT_EQ(in[0], g.derivative(1.0));
    }
}

// 10^5 points within the Taylor window of the root of f' and just outside it.
TEST(GeluTanhKernels, AroundTheRootWindowWithinOneUlp) {
    std::mt19937_64 generator(99);
    std::uniform_real_distribution<double> near(kRoot - 0.2, kRoot + 0.2);
    std::vector<double> x(100'000);
    for (double& v : x) v = near(generator);
    std::vector<double> df(x.size());
    kernels::geluTanhDerivatives(std::span<const double>(x), std::span<double>(df));
    double worst = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        worst = std::max(worst, test::ulpDistance(df[i], static_cast<double>(reference(x[i]).df)));
    EXPECT_LE(worst, 1.0);
    std::printf("gelu_tanh f' within 0.2 of its root: worst %.0f ulp\n", worst);
}

// Every float within 2^-8 of the root of f' (the float kernel's series window is 2^-10 wide).
TEST(GeluTanhKernels, EveryFloatNearTheRootWithinOneUlp) {
    std::vector<float> x;
    for (float v = static_cast<float>(kRoot - 0x1p-8); v < static_cast<float>(kRoot + 0x1p-8);
         v = std::nextafter(v, 1.0F))
        x.push_back(v);
    std::vector<float> df(x.size());
    Activation::geluTanh().derivatives(std::span<const float>(x), std::span<float>(df));
    double worst = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        worst = std::max(worst, test::ulpDistance(df[i], static_cast<float>(reference(x[i]).df)));
    EXPECT_LE(worst, 1.0);
    EXPECT_GT(x.size(), 60'000U);
}

}  // namespace
}  // namespace alab
