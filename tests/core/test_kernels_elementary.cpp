// SPDX-License-Identifier: GPL-3.0-or-later
// The elementary kernels of typed expressions (exp, expm1, Phi, phi): within 1 ulp of a
// __float128 reference over their whole range, special values, the declined inputs, and the
// ISA levels bit for bit.
#include "kernel_test_support.h"
#include "kernels/kernels.h"
#include "ulp.h"

#include <gtest/gtest.h>
#include <quadmath.h>

#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace alab {
namespace {

using Quad = __float128;
using test::sameBits;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

struct Kernel {
    const char* name;
    std::function<bool(std::span<const double>, std::span<double>)> run;  // true: some declined
    std::function<Quad(Quad)> exact;
    double low;  // the range checked against the reference
    double high;
};

std::vector<Kernel> kernelsUnderTest() {
    return {
        {"exp",
         [](auto x, auto out) {
             kernels::expValues(x, out);
             return false;
         },
         [](Quad q) { return expq(q); }, -745.2, 709.78},
        {"expm1",
         [](auto x, auto out) {
             kernels::expm1Values(x, out);
             return false;
         },
         [](Quad q) { return expm1q(q); }, -800.0, 709.78},
        {"Phi", [](auto x, auto out) { return kernels::normalCdfValues(x, out); },
         [](Quad q) { return erfcq(-q / sqrtq(2)) / 2; }, kernels::kGeluKernelFloor, 40.0},
        {"phi", [](auto x, auto out) { return kernels::normalPdfValues(x, out); },
         [](Quad q) { return expq(-q * q / 2) / sqrtq(2 * acosq(-1)); }, -kernels::kNormalPdfKernelLimit,
         kernels::kNormalPdfKernelLimit},
    };
}

// Uniform over the range, log-uniform magnitudes down to 1e-300 of both signs, the table steps
// n ln2/16 (where the reduction's index changes) and their neighbours.
std::vector<double> pointsFor(const Kernel& k, std::size_t n, std::uint64_t seed) {
    std::mt19937_64 generator(seed);
    std::uniform_real_distribution<double> wide(k.low, k.high);
    std::uniform_real_distribution<double> narrow(-3.0, 3.0);
    std::uniform_real_distribution<double> logMagnitude(std::log(1e-300), std::log(1.0));
    std::vector<double> points;
    for (std::size_t i = 0; i < n; ++i) {
        switch (i % 3) {
        case 0: points.push_back(wide(generator)); break;
        case 1: points.push_back(narrow(generator)); break;
        default: points.push_back((i & 4 ? 1 : -1) * std::exp(logMagnitude(generator))); break;
        }
    }
    for (int step = -64; step <= 64; ++step) {
        const double edge = (step + 0.5) * std::log(2.0) / 16;
        for (double p = std::nextafter(edge, -kInf), i = 0; i < 3; ++i, p = std::nextafter(p, kInf))
            points.push_back(p);
    }
    std::erase_if(points, [&](double p) { return p < k.low || p > k.high; });
    return points;
}

TEST(ElementaryKernels, WithinOneUlpOfQuad) {
    for (const Kernel& k : kernelsUnderTest()) {
        const std::vector<double> x = pointsFor(k, 300'000, 5);
        std::vector<double> out(x.size());
        EXPECT_FALSE(k.run(x, out)) << k.name << ": no input in the range is declined";
        double worst = 0;
        int failures = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double error = test::ulpDistance(out[i], static_cast<double>(k.exact(x[i])));
            worst = std::max(worst, error);
            if (error > 1 && ++failures <= 5) {
                ADD_FAILURE() << k.name << std::hexfloat << " x=" << x[i] << " got " << out[i] << " (" << error
                              << " ulp)";
            }
        }
        std::printf("%s kernel: worst %.0f ulp over %zu points\n", k.name, worst, x.size());
        EXPECT_EQ(failures, 0) << k.name;
    }
}

TEST(ElementaryKernels, SpecialValues) {
    struct Case {
        double x;
        double exp;
        double expm1;
    };
    for (const Case& c : {Case{0.0, 1.0, 0.0}, Case{-0.0, 1.0, -0.0}, Case{kInf, kInf, kInf}, Case{-kInf, 0.0, -1.0},
                          Case{710.0, kInf, kInf}, Case{-746.0, 0.0, -1.0}, Case{1e-310, 1.0, 1e-310},
                          Case{-1e-310, 1.0, -1e-310}, Case{-745.0, 4.9406564584124654e-324, -1.0}}) {
        double e = 0, m = 0;
        kernels::expValues(std::span(&c.x, 1), std::span(&e, 1));
        kernels::expm1Values(std::span(&c.x, 1), std::span(&m, 1));
        EXPECT_TRUE(sameBits(e, c.exp)) << "exp(" << c.x << ") = " << e;
        EXPECT_TRUE(sameBits(m, c.expm1)) << "expm1(" << c.x << ") = " << m;
    }
    const double nan[] = {kNan};
    double out[1];
    kernels::expValues(nan, out);
    EXPECT_TRUE(std::isnan(out[0]));
    kernels::expm1Values(nan, out);
    EXPECT_TRUE(std::isnan(out[0]));
    const double cdfAt[] = {0.0, 50.0, kInf};
    double cdf[3];
    EXPECT_FALSE(kernels::normalCdfValues(cdfAt, cdf));
    EXPECT_EQ(cdf[0], 0.5);
    EXPECT_EQ(cdf[1], 1.0);
    EXPECT_EQ(cdf[2], 1.0);
}

// Phi declines below the GELU floor and nan, phi beyond its limit and nan: out is x there.
TEST(ElementaryKernels, DeclineExactlyTheInputsOutsideTheirRange) {
    const std::vector<double> x = {-11.0, kernels::kGeluKernelFloor, -38.0, 38.0, kNan, 1.0};
    std::vector<double> cdf(x.size()), pdf(x.size());
    EXPECT_TRUE(kernels::normalCdfValues(x, cdf));
    EXPECT_TRUE(kernels::normalPdfValues(x, pdf));
    EXPECT_EQ(cdf[0], -11.0);
    EXPECT_NE(cdf[1], kernels::kGeluKernelFloor);
    EXPECT_EQ(cdf[2], -38.0);
    EXPECT_EQ(pdf[2], -38.0);
    EXPECT_EQ(pdf[3], 38.0);
    EXPECT_NE(pdf[0], -11.0);
    EXPECT_TRUE(std::isnan(cdf[4]) && std::isnan(pdf[4]));
    const std::vector<double> inside = {-10.0, 0.0, 37.0};
    std::vector<double> out(inside.size());
    EXPECT_FALSE(kernels::normalCdfValues(inside, out));
    EXPECT_FALSE(kernels::normalPdfValues(inside, out));
}

class ElementaryIsaLevels : public test::ActiveIsaTest {};

// Every length up to 17 (the vector tails), in place, on each level: the scalar level's bits.
TEST_P(ElementaryIsaLevels, ArraysMatchTheScalarLevelBitForBit) {
    std::vector<double> x;
    for (int i = 0; i < 4000; ++i) x.push_back(-800.0 + 0.4001 * i);
    for (double s : {0.0, -0.0, kInf, -kInf, kNan, 1e-310, -1e-310}) x.push_back(s);
    for (const Kernel& k : kernelsUnderTest()) {
        std::vector<double> here(x.size());
        k.run(x, here);
        const kernels::Isa level = kernels::activeIsa();
        kernels::setActiveIsa(kernels::Isa::Scalar);
        std::vector<double> scalar(x.size());
        k.run(x, scalar);
        kernels::setActiveIsa(level);
        for (std::size_t i = 0; i < x.size(); ++i) EXPECT_TRUE(sameBits(here[i], scalar[i])) << k.name << " " << x[i];
        for (std::size_t n = 0; n <= 17; ++n) {
            std::vector<double> part(x.begin() + 100, x.begin() + 100 + static_cast<std::ptrdiff_t>(n));
            k.run(part, part);
            for (std::size_t i = 0; i < n; ++i) EXPECT_TRUE(sameBits(part[i], scalar[100 + i])) << k.name << " n=" << n;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Kernels, ElementaryIsaLevels,
                         ::testing::Values(kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512),
                         [](const auto& testInfo) { return std::string(kernels::isaName(testInfo.param)); });

}  // namespace
}  // namespace alab
