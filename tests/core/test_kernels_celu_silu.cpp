// SPDX-License-Identifier: GPL-3.0-or-later
// CELU and SiLU kernels (issue 7): the kernels themselves (without the caller's hand-over) against
// __float128, special values, and the ISA levels bit for bit.
#include "activation.h"
#include "kernel_test_support.h"
#include "kernels/kernels.h"
#include "ulp.h"

#include <gtest/gtest.h>
#include <quadmath.h>

#include <bit>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <span>
#include <vector>

namespace alab {
namespace {

using test::sameBits;

using Quad = __float128;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

Quad celuValueQ(double alpha, Quad x) { return x > 0 ? x : Quad(alpha) * expm1q(x / Quad(alpha)); }
Quad celuDerivativeQ(double alpha, Quad x) { return x > 0 ? Quad(1) : expq(x / Quad(alpha)); }

Quad sigmoidQ(Quad t) { return t >= 0 ? 1 / (1 + expq(-t)) : expq(t) / (1 + expq(t)); }
Quad siluDerivativeQ(Quad x) { return sigmoidQ(x) + x * sigmoidQ(x) * sigmoidQ(-x); }

template <class T>
double ulpToQuad(T value, Quad reference) {
    return test::ulpDistance(value, static_cast<T>(reference));
}

// Negative points where CELU is interesting for this alpha: near 0 down to the subnormals, the
// expm1 region, e^(x/alpha) leaving the normal range and underflowing, and far tails.
template <class T>
std::vector<T> celuPoints(double alpha, std::uint64_t seed, std::size_t n) {
    std::mt19937_64 generator(seed);
    std::uniform_int_distribution<int> kind(0, 4);
    const double minLog = std::log(static_cast<double>(std::numeric_limits<T>::denorm_min()));
    const double maxLog = std::log(static_cast<double>(std::numeric_limits<T>::max()));
    std::uniform_real_distribution<double> logMagnitude(minLog, maxLog);
    std::uniform_real_distribution<double> expRegion(-50.0, 1.0);
    std::uniform_real_distribution<double> deep(-760.0, -590.0);
    std::uniform_real_distribution<double> floatDeep(-110.0, -80.0);
    std::vector<T> points;
    const double specials[] = {0.0,     -0.0,   kInf, -kInf,  kNan, -4.9406564584124654e-324,
                               -1e-300, -1e-30, -1.0, -1e308, 1.0};
    for (const double s : specials) points.push_back(static_cast<T>(s));
    for (const double q : {-600.0, -708.4, -709.0, -740.0, -745.1, -745.2, -60.0, -37.0, -1e-17}) {
        points.push_back(static_cast<T>(q * alpha));
        points.push_back(std::nextafter(static_cast<T>(q * alpha), T(0)));
    }
    while (points.size() < n) {
        double x = 0;
        switch (kind(generator)) {
        case 0: x = -std::exp(logMagnitude(generator)); break;
        case 1: x = expRegion(generator) * alpha; break;
        case 2: x = (sizeof(T) == 8 ? deep(generator) : floatDeep(generator)) * alpha; break;
        case 3: x = std::exp(logMagnitude(generator)); break;
        default: x = -std::exp(std::uniform_real_distribution<double>(-2.0, 8.0)(generator)); break;
        }
        points.push_back(static_cast<T>(x));
    }
    return points;
}

template <class T>
void checkCeluKernel(double alpha, bool values) {
    const std::vector<T> x = celuPoints<T>(alpha, 42, 200'000);
    std::vector<T> f(x.size()), df(x.size());
    if (values) kernels::celuValues(alpha, std::span<const T>(x), std::span<T>(f));
    kernels::celuDerivatives(alpha, std::span<const T>(x), std::span<T>(df));
    double worstF = 0, worstDf = 0;
    int failures = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double errorF = values ? ulpToQuad(f[i], celuValueQ(alpha, x[i])) : 0.0;
        const double errorDf = ulpToQuad(df[i], celuDerivativeQ(alpha, x[i]));
        if ((errorF > 1.0 || errorDf > 1.0) && ++failures <= 5) {
            ADD_FAILURE() << "alpha " << alpha << " x=" << std::hexfloat << x[i] << " f=" << f[i] << " ("
                          << std::defaultfloat << errorF << " ulp), df=" << std::hexfloat << df[i] << " ("
                          << std::defaultfloat << errorDf << " ulp)";
        }
        worstF = std::max(worstF, errorF);
        worstDf = std::max(worstDf, errorDf);
    }
    EXPECT_EQ(failures, 0) << "alpha " << alpha;
    std::printf("celu alpha %g %s kernel: worst %.0f ulp (f), %.0f ulp (df)\n", alpha,
                sizeof(T) == 8 ? "double" : "float", worstF, worstDf);
}

const double kAlphas[] = {1.0, 0.7, 0.3, 3.7, 1e-3, 1e4, 1e-250, 1e250, 1.7e308};

TEST(CeluKernel, DoubleWithinOneUlpOfQuad) {
    for (const double alpha : kAlphas) checkCeluKernel<double>(alpha, alpha >= kernels::kCeluSmallestValueAlpha);
}

TEST(CeluKernel, FloatWithinOneUlpOfQuad) {
    for (const double alpha : kAlphas) checkCeluKernel<float>(alpha, alpha >= kernels::kCeluSmallestValueAlpha);
}

TEST(CeluKernel, SpecialValues) {
    for (const double alpha : {1.0, 0.25, 5.0}) {
        EXPECT_TRUE(std::signbit(kernels::celuValue(alpha, -0.0)));
        EXPECT_EQ(kernels::celuValue(alpha, -0.0), 0.0);
        EXPECT_FALSE(std::signbit(kernels::celuValue(alpha, 0.0)));
        EXPECT_EQ(kernels::celuValue(alpha, kInf), kInf);
        EXPECT_EQ(kernels::celuValue(alpha, -kInf), -alpha);
        EXPECT_TRUE(std::isnan(kernels::celuValue(alpha, kNan)));
        EXPECT_EQ(kernels::celuDerivative(alpha, -0.0), 1.0);
        EXPECT_EQ(kernels::celuDerivative(alpha, kInf), 1.0);
        EXPECT_EQ(kernels::celuDerivative(alpha, -kInf), 0.0);
        EXPECT_TRUE(std::isnan(kernels::celuDerivative(alpha, kNan)));
        EXPECT_EQ(kernels::celuValue(alpha, -4.9406564584124654e-324), -4.9406564584124654e-324);
        EXPECT_EQ(kernels::celuValue(alpha, 1e308), 1e308);
        EXPECT_EQ(kernels::celuValue(alpha, -1e308), -alpha);
        EXPECT_EQ(kernels::celuValue(alpha, -1e-45F), -1e-45F);
        EXPECT_TRUE(std::signbit(kernels::celuValue(alpha, -0.0F)));
        EXPECT_EQ(kernels::celuValue(alpha, -std::numeric_limits<float>::infinity()), static_cast<float>(-alpha));
        EXPECT_EQ(kernels::celuDerivative(alpha, -1e30F), 0.0F);
    }
    // x/alpha overflows to -inf: f = -alpha, f' = 0, not nan.
    EXPECT_EQ(kernels::celuValue(1e-10, -1e300), -1e-10);
    EXPECT_EQ(kernels::celuDerivative(1e-10, -1e300), 0.0);
    // x/alpha underflows: f = x, f' = 1.
    EXPECT_EQ(kernels::celuValue(1e300, -1e-300), -1e-300);
    EXPECT_EQ(kernels::celuDerivative(1e300, -1e-300), 1.0);
    // e^(x/alpha) subnormal, with a non-zero low part of x/alpha (alpha = 0.7).
    const double x = -745.0 * 0.7;
    EXPECT_LE(ulpToQuad(kernels::celuDerivative(0.7, x), celuDerivativeQ(0.7, x)), 1.0);
}

TEST(CeluKernel, ActivationRoutesThroughTheKernelAndHandsTinyAlphasOver) {
    const Activation celu = Activation::celu(0.7);
    const std::vector<double> x = celuPoints<double>(0.7, 3, 1000);
    std::vector<double> out(x.size());
    celu.values(std::span<const double>(x), std::span<double>(out));
    for (std::size_t i = 0; i < x.size(); ++i) {
        EXPECT_EQ(std::bit_cast<std::uint64_t>(out[i]), std::bit_cast<std::uint64_t>(kernels::celuValue(0.7, x[i])))
            << x[i];
    }
    // Below kCeluSmallestValueAlpha f goes through the slow path, which stays within 2 ulp.
    const Activation tiny = Activation::celu(1e-300);
    for (const double v : {-1e-300, -1e-310, -3e-300, -1e-290, -5e-324}) {
        EXPECT_LE(ulpToQuad(tiny.value(v), celuValueQ(1e-300, v)), 2.0) << v;
    }
}

// SiLU' straight from the kernel (no hand-over) around its root, where the formula's bracket
// cancels and the kernel switches to its Taylor polynomial (within 1/32 of the root).
TEST(SiluDerivativeKernel, WithinOneUlpAroundTheRoot) {
    std::vector<double> x;
    const double root = kernels::kSiluRoot;
    for (int i = -2000; i <= 2000; ++i) {
        double v = root;
        const int steps = i < 0 ? -i : i;
        for (int s = 0; s < steps; ++s) v = std::nextafter(v, i < 0 ? -kInf : kInf);
        x.push_back(v);
    }
    std::mt19937_64 generator(11);
    std::uniform_real_distribution<double> near(root - 0.3, root + 0.3);
    for (int i = 0; i < 200'000; ++i) x.push_back(near(generator));
    std::uniform_real_distribution<double> nearer(root - 1.0 / 16, root + 1.0 / 16);
    for (int i = 0; i < 200'000; ++i) x.push_back(nearer(generator));
    for (const double edge : {root - 0.125, root + 0.125, root - 1.0 / 32, root + 1.0 / 32}) {
        double v = edge;
        for (int s = 0; s < 50; ++s) v = std::nextafter(v, -kInf);
        for (int s = 0; s < 100; ++s) x.push_back(v = std::nextafter(v, kInf));
    }
    std::vector<double> df(x.size());
    kernels::siluDerivatives(std::span<const double>(x), std::span<double>(df));
    std::vector<float> xf(x.begin(), x.end()), dff(x.size());
    kernels::siluDerivatives(std::span<const float>(xf), std::span<float>(dff));
    double worst = 0, worstFloat = 0;
    int failures = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double error = ulpToQuad(df[i], siluDerivativeQ(x[i]));
        const double errorFloat = ulpToQuad(dff[i], siluDerivativeQ(xf[i]));
        if ((error > 1.0 || errorFloat > 1.0) && ++failures <= 5) {
            ADD_FAILURE() << std::hexfloat << "x=" << x[i] << " df=" << df[i] << " (" << error << " ulp), float "
                          << dff[i] << " (" << errorFloat << " ulp)";
        }
        worst = std::max(worst, error);
        worstFloat = std::max(worstFloat, errorFloat);
    }
    EXPECT_EQ(failures, 0);
    std::printf("silu' kernel around the root: worst %.0f ulp (double), %.0f ulp (float)\n", worst, worstFloat);
    // The double nearest the root: SiLU' there is +2.38e-17 (mpmath), so the sign is right too.
    EXPECT_GT(kernels::siluDerivative(root), 0.0);
    EXPECT_LT(kernels::siluDerivative(std::nextafter(root, -kInf)), 0.0);
}

// SiLU in double below -600, where e^x leaves the normal range: x e^x and e^x (1 + x) rounded
// once by the kernel itself (nothing is handed over any more).
TEST(SiluKernel, DeepNegativeTailWithinOneUlp) {
    std::vector<double> x;
    std::mt19937_64 generator(23);
    std::uniform_real_distribution<double> deep(-760.0, -560.0);
    for (int i = 0; i < 100'000; ++i) x.push_back(deep(generator));
    for (const double v : {-600.0, -708.39, -744.4, -745.1, -745.2, -746.0, -1e4, -1e300, -kInf, -0x1p53, -0x1p54})
        x.push_back(v);
    std::vector<double> f(x.size()), df(x.size());
    kernels::siluValues(std::span<const double>(x), std::span<double>(f));
    kernels::siluDerivatives(std::span<const double>(x), std::span<double>(df));
    double worstF = 0, worstDf = 0;
    int failures = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Quad q = x[i];
        const Quad referenceF = x[i] < -1e5 ? Quad(0) : q * sigmoidQ(q);
        const Quad referenceDf = x[i] < -1e5 ? Quad(0) : siluDerivativeQ(q);
        const double errorF = ulpToQuad(f[i], referenceF);
        const double errorDf = ulpToQuad(df[i], referenceDf);
        if ((errorF > 1.0 || errorDf > 1.0) && ++failures <= 5) {
            ADD_FAILURE() << std::hexfloat << "x=" << x[i] << " f=" << f[i] << " df=" << df[i];
        }
        worstF = std::max(worstF, errorF);
        worstDf = std::max(worstDf, errorDf);
    }
    EXPECT_EQ(failures, 0);
    std::printf("silu kernel below -560: worst %.0f ulp (f), %.0f ulp (df)\n", worstF, worstDf);
    EXPECT_TRUE(std::signbit(kernels::siluValue(-kInf)));
    EXPECT_EQ(kernels::siluValue(-kInf), 0.0);
}

// SiLU with beta != 1 (Swish) straight from the kernels: beta x as a pair, its root window, the
// deep tail, and betas whose products overflow or underflow.
template <class T>
void checkSwishKernel(double beta) {
    std::vector<T> x;
    std::mt19937_64 generator(29);
    const double minLog = std::log(static_cast<double>(std::numeric_limits<T>::denorm_min()));
    const double maxLog = std::log(static_cast<double>(std::numeric_limits<T>::max()));
    std::uniform_real_distribution<double> logMagnitude(minLog, maxLog);
    std::uniform_real_distribution<double> central(-50.0, 50.0);
    std::uniform_real_distribution<double> deep(-1600.0, -560.0);
    std::uniform_real_distribution<double> nearRoot(-1.0 / 16, 1.0 / 16);
    for (int i = 0; i < 200'000; ++i) {
        double v = 0;
        switch (i % 5) {
        case 0: v = std::exp(logMagnitude(generator)) * (i % 2 ? 1 : -1); break;
        case 1: v = central(generator) / beta; break;
        case 2: v = deep(generator) / beta; break;
        case 3: v = (kernels::kSiluRoot + nearRoot(generator)) / beta; break;
        default: v = -std::exp(logMagnitude(generator)); break;
        }
        x.push_back(static_cast<T>(v));
    }
    const T inf = std::numeric_limits<T>::infinity();
    for (const T v : {T(0), -T(0), inf, -inf, std::numeric_limits<T>::max(), -std::numeric_limits<T>::max(),
                      std::numeric_limits<T>::denorm_min(), -std::numeric_limits<T>::denorm_min()})
        x.push_back(v);
    std::vector<T> f(x.size()), df(x.size());
    kernels::siluValues(beta, std::span<const T>(x), std::span<T>(f));
    kernels::siluDerivatives(beta, std::span<const T>(x), std::span<T>(df));
    double worstF = 0, worstDf = 0;
    int failures = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Quad q = x[i];
        const Quad t = Quad(beta) * q;  // exact: 53 + 53 bits
        const Quad referenceF = t > 1e5 ? q : t < -1e5 ? Quad(0) : q * sigmoidQ(t);
        const Quad referenceDf = t > 1e5 ? Quad(1) : t < -1e5 ? Quad(0) : siluDerivativeQ(t);
        const double errorF = ulpToQuad(f[i], referenceF);
        const double errorDf = ulpToQuad(df[i], referenceDf);
        if ((errorF > 1.0 || errorDf > 1.0) && ++failures <= 5) {
            ADD_FAILURE() << "beta " << beta << std::hexfloat << " x=" << x[i] << " f=" << f[i] << " ("
                          << std::defaultfloat << errorF << " ulp) df=" << std::hexfloat << df[i] << " ("
                          << std::defaultfloat << errorDf << " ulp)";
        }
        worstF = std::max(worstF, errorF);
        worstDf = std::max(worstDf, errorDf);
    }
    EXPECT_EQ(failures, 0) << "beta " << beta;
    std::printf("silu beta %g %s kernel: worst %.0f ulp (f), %.0f ulp (df)\n", beta,
                sizeof(T) == 8 ? "double" : "float", worstF, worstDf);
    const T nan = std::numeric_limits<T>::quiet_NaN();
    EXPECT_TRUE(std::isnan(kernels::siluValue(beta, nan)));
    EXPECT_TRUE(std::isnan(kernels::siluDerivative(beta, nan)));
}

const double kBetas[] = {1.7, 2.5, 0.3, 1e-3, 1e3, 3e-200, 1e200, 1e-310, 1.7e308};

TEST(SwishKernel, DoubleWithinOneUlpOfQuad) {
    for (const double beta : kBetas) checkSwishKernel<double>(beta);
}

TEST(SwishKernel, FloatWithinOneUlpOfQuad) {
    for (const double beta : kBetas) checkSwishKernel<float>(beta);
}

TEST(SiluDerivativeKernel, RootConstantIsTheNearestDouble) {
    const Quad below = siluDerivativeQ(std::nextafter(kernels::kSiluRoot, -kInf));
    const Quad at = siluDerivativeQ(kernels::kSiluRoot);
    const Quad above = siluDerivativeQ(std::nextafter(kernels::kSiluRoot, kInf));
    EXPECT_LT(fabsq(at), fabsq(below));
    EXPECT_LT(fabsq(at), fabsq(above));
}

// The plain-double float kernels of sigmoid, tanh and SiLU, straight (SiLU without its hand-over
// below -600), on every float magnitude from the subnormals to the largest, both signs.
TEST(FloatKernels, SigmoidTanhSiluWithinOneUlpOfQuad) {
    std::vector<float> x;
    std::mt19937_64 generator(17);
    std::uniform_real_distribution<double> logMagnitude(std::log(1e-45), std::log(3.4e38));
    std::uniform_real_distribution<double> central(-30.0, 30.0);
    for (int i = 0; i < 300'000; ++i) {
        const double m = i % 2 ? std::exp(logMagnitude(generator)) : central(generator);
        x.push_back(static_cast<float>(i % 4 < 2 ? m : -m));
    }
    const float inf = std::numeric_limits<float>::infinity();
    for (const float v : {0.0F, -0.0F, inf, -inf, 1e-45F, -1e-45F, 3.4e38F, -3.4e38F, -700.0F, -200.0F, -199.9F, 200.0F,
                          -103.9F, -87.0F, 88.0F, -9.0F, 9.0F})
        x.push_back(v);
    std::vector<float> out(x.size());
    struct Case {
        const char* name;
        void (*kernel)(std::span<const float>, std::span<float>);
        Quad (*reference)(Quad);
    };
    const Case cases[] = {
        {"sigmoid", kernels::sigmoidValues, [](Quad v) { return sigmoidQ(v); }},
        {"sigmoid'", kernels::sigmoidDerivatives,
         [](Quad v) { return fabsq(v) > 1e5 ? Quad(0) : sigmoidQ(v) * sigmoidQ(-v); }},
        {"tanh", kernels::tanhValues, [](Quad v) { return tanhq(v); }},
        {"tanh'", kernels::tanhDerivatives,
         [](Quad v) { return fabsq(v) > 1e4 ? Quad(0) : 4 * sigmoidQ(2 * v) * sigmoidQ(-2 * v); }},
        {"silu", kernels::siluValues, [](Quad v) { return v < -1e5  ? Quad(0)
                                                          : v > 1e5 ? v
                                                                    : v * sigmoidQ(v); }},
        {"silu'", kernels::siluDerivatives,
         [](Quad v) { return v < -1e5  ? Quad(0)
                             : v > 1e5 ? Quad(1)
                                       : siluDerivativeQ(v); }},
    };
    for (const Case& c : cases) {
        c.kernel(std::span<const float>(x), std::span<float>(out));
        double worst = 0;
        int failures = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double error = std::isnan(x[i]) ? 0.0 : ulpToQuad(out[i], c.reference(x[i]));
            if (error > 1.0 && ++failures <= 5) ADD_FAILURE() << c.name << " x=" << x[i] << " got " << out[i];
            worst = std::max(worst, error);
        }
        EXPECT_EQ(failures, 0) << c.name;
        std::printf("%s float kernel: worst %.0f ulp\n", c.name, worst);
    }
    for (const Case& c : cases) {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        float y = 0;
        c.kernel(std::span<const float>(&nan, 1), std::span<float>(&y, 1));
        EXPECT_TRUE(std::isnan(y)) << c.name;
    }
}

class CeluSiluIsaLevels : public test::ActiveIsaTest {};

TEST_P(CeluSiluIsaLevels, ArrayPathMatchesScalarPathBitForBit) {
    for (const Activation& f : {Activation::celu(), Activation::celu(0.37), Activation::celu(3.7),
                                Activation::celu(1e-250), Activation::celu(1e250), Activation::silu(),
                                Activation::silu(1.7), Activation::silu(1e-300), Activation::silu(1e300)}) {
        const double alpha = f.kind() == FunctionKind::Celu ? f.alpha() : 1.0;
        std::vector<double> x = celuPoints<double>(alpha, 5, 50'003);
        std::mt19937_64 generator(9);
        std::uniform_real_distribution<double> nearRoot(kernels::kSiluRoot - 0.2, kernels::kSiluRoot + 0.2);
        for (int i = 0; i < 10'000; ++i) x.push_back(nearRoot(generator));
        test::expectArraysMatchSingleValues<double>(f, x);
        test::expectArraysMatchSingleValues<float>(f, std::vector<float>(x.begin(), x.end()));
    }
}

TEST_P(CeluSiluIsaLevels, EveryLengthUpToSeventeen) {
    for (const Activation& f : {Activation::celu(0.5), Activation::silu(), Activation::silu(0.6)}) {
        for (std::size_t n = 0; n <= 17; ++n) {
            std::vector<double> x(n), out(n, 123.0), dout(n, 123.0);
            for (std::size_t i = 0; i < n; ++i) x[i] = -0.25 * static_cast<double>(i);
            f.values(std::span<const double>(x), std::span<double>(out));
            f.derivatives(std::span<const double>(x), std::span<double>(dout));
            for (std::size_t i = 0; i < n; ++i) {
                EXPECT_EQ(out[i], f.value(x[i])) << "n=" << n << " i=" << i;
                EXPECT_EQ(dout[i], f.derivative(x[i])) << "n=" << n << " i=" << i;
            }
            std::vector<float> xf(x.begin(), x.end()), outf(n, 123.0F);
            f.values(std::span<const float>(xf), std::span<float>(outf));
            for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(outf[i], f.value(xf[i])) << "n=" << n << " i=" << i;
        }
    }
}

TEST_P(CeluSiluIsaLevels, OutputMayAliasInput) {
    std::vector<double> x = celuPoints<double>(0.5, 13, 1001);
    const std::vector<double> original = x;
    const Activation f = Activation::celu(0.5);
    f.derivatives(std::span<const double>(x), std::span<double>(x));
    for (std::size_t i = 0; i < x.size(); ++i) EXPECT_TRUE(sameBits(x[i], f.derivative(original[i])));
}

INSTANTIATE_TEST_SUITE_P(Kernels, CeluSiluIsaLevels,
                         ::testing::Values(kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512),
                         [](const auto& testInfo) { return std::string(kernels::isaName(testInfo.param)); });

}  // namespace
}  // namespace alab
