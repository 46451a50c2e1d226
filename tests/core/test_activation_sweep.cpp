// SPDX-License-Identifier: GPL-3.0-or-later
// A randomized sweep of 10^6 points per case against a __float128 reference.
#include "activation.h"
#include "ulp.h"

#include <gtest/gtest.h>
#include <quadmath.h>

#include <cstdio>
#include <random>
#include <vector>

namespace alab {
namespace {

constexpr std::size_t kPoints = 1'000'000;

// Points where the functions are interesting: dense near 0 (log-uniform magnitudes down to
// the subnormals), uniform over the range where exp matters, and far tails.
template <class T>
std::vector<T> sweepPoints(std::uint64_t seed) {
    std::mt19937_64 generator(seed);
    std::uniform_int_distribution<int> kind(0, 3);
    const double minLog = std::log(static_cast<double>(std::numeric_limits<T>::denorm_min()));
    const double maxLog = std::log(static_cast<double>(std::numeric_limits<T>::max()));
    std::uniform_real_distribution<double> logMagnitude(minLog, maxLog);
    std::uniform_real_distribution<double> expRegion(-50.0, 5.0);
    std::uniform_real_distribution<double> wide(-1000.0, 1000.0);
    std::vector<T> points(kPoints);
    for (T& x : points) {
        switch (kind(generator)) {
        case 0: x = static_cast<T>(-std::exp(logMagnitude(generator))); break;
        case 1: x = static_cast<T>(std::exp(logMagnitude(generator))); break;
        case 2: x = static_cast<T>(expRegion(generator)); break;
        default: x = static_cast<T>(wide(generator)); break;
        }
    }
    return points;
}

struct Reference {
    __float128 f;
    __float128 df;
};

using Quad = __float128;

// sigmoid(t) without cancellation in either tail.
Quad sigmoidQ(Quad t) { return t >= 0 ? 1 / (1 + expq(-t)) : expq(t) / (1 + expq(t)); }

const Quad kPi = acosq(-1);

Reference smoothReference(const Activation& a, Quad x) {
    const Quad inf = HUGE_VALQ;
    switch (a.kind()) {
    case FunctionKind::Celu: {
        const Quad alpha = a.alpha();
        return {x > 0 ? x : alpha * expm1q(x / alpha), x > 0 ? Quad(1) : expq(x / alpha)};
    }
    case FunctionKind::Gelu: {
        if (x > 300) return {x, 1};
        if (x < -300) return {0, 0};
        const Quad cdf = erfcq(-x / sqrtq(2)) / 2;
        return {x * cdf, cdf + x * expq(-x * x / 2) / sqrtq(2 * kPi)};
    }
    case FunctionKind::GeluTanh: {
        if (x > 300) return {x, 1};
        if (x < -300) return {0, 0};
        const Quad k = sqrtq(2 / kPi);
        const Quad u = k * (x + Quad(44715) / 1000000 * x * x * x);
        // 1 + tanh(u) = 2 sigmoid(2u), and d tanh(u) = (1 - tanh^2 u) du = 4 s(2u) s(-2u) du.
        const Quad s = sigmoidQ(2 * u), sMinus = sigmoidQ(-2 * u);
        const Quad du = k * (1 + 3 * Quad(44715) / 1000000 * x * x);
        return {x * s, s + x * 2 * s * sMinus * du};
    }
    case FunctionKind::Silu: {
        const Quad t = Quad(a.beta()) * x;
        if (t > 1e5) return {x, 1};
        if (t < -1e5) return {0, 0};
        const Quad s = sigmoidQ(t);
        return {x * s, s + t * s * sigmoidQ(-t)};
    }
    case FunctionKind::Mish: {
        if (x > 1e5) return {x, 1};
        if (x < -1e5) return {0, 0};
        const Quad softplus = x > 0 ? x + log1pq(expq(-x)) : log1pq(expq(x));
        const Quad th = tanhq(softplus);
        // 1 - tanh^2 via the exact sech^2 of softplus: 4 e^(2 sp) / (e^(2 sp) + 1)^2.
        const Quad e = expq(-2 * softplus);
        return {x * th, th + x * 4 * e / ((1 + e) * (1 + e)) * sigmoidQ(x)};
    }
    case FunctionKind::Softplus: {
        const Quad beta = a.beta();
        const Quad t = beta * x;
        if (t > a.threshold()) return {x, 1};
        if (t < -1e5) return {0, 0};
        return {(t > 0 ? t + log1pq(expq(-t)) : log1pq(expq(t))) / beta, sigmoidQ(t)};
    }
    case FunctionKind::Tanh: {
        const Quad c = coshq(x);
        return {tanhq(x), fabsq(x) > 1e4 ? Quad(0) : 1 / (c * c)};
    }
    case FunctionKind::Sigmoid: return {sigmoidQ(x), fabsq(x) > 1e5 ? Quad(0) : sigmoidQ(x) * sigmoidQ(-x)};
    default: return {inf, inf};
    }
}

Reference reference(const Activation& a, Quad x) {
    const Quad alpha = a.alpha();
    const Quad lambda = a.lambda();
    switch (a.kind()) {
    case FunctionKind::Relu: return {x > 0 ? x : Quad(0), x > 0 ? Quad(1) : Quad(0)};
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: return {x > 0 ? x : a.slope() * x, x > 0 ? Quad(1) : Quad(a.slope())};
    case FunctionKind::Elu: return {x > 0 ? x : alpha * expm1q(x), x > 0 ? Quad(1) : alpha * expq(x)};
    case FunctionKind::Selu:
        return {x > 0 ? lambda * x : lambda * alpha * expm1q(x), x > 0 ? lambda : lambda * alpha * expq(x)};
    default: return smoothReference(a, x);
    }
}

struct SweepCase {
    const char* name;
    Activation f;
    double toleranceUlp;
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const SweepCase& c, std::ostream* os) { *os << c.name; }

class Sweep : public ::testing::TestWithParam<SweepCase> {};

template <class T>
void runSweep(const SweepCase& c, std::uint64_t seed) {
    const std::vector<T> x = sweepPoints<T>(seed);
    std::vector<T> f(x.size()), df(x.size());
    c.f.values(std::span<const T>(x), std::span<T>(f));
    c.f.derivatives(std::span<const T>(x), std::span<T>(df));
    double worstF = 0.0;
    double worstDf = 0.0;
    std::size_t failures = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Reference r = reference(c.f, x[i]);
        const double errorF = test::ulpDistance(f[i], static_cast<T>(r.f));
        const double errorDf = test::ulpDistance(df[i], static_cast<T>(r.df));
        worstF = std::max(worstF, errorF);
        worstDf = std::max(worstDf, errorDf);
        if ((errorF > c.toleranceUlp || errorDf > c.toleranceUlp) && ++failures <= 5) {
            ADD_FAILURE() << c.name << " x=" << std::hexfloat << static_cast<double>(x[i]) << " f=" << f[i] << " want "
                          << static_cast<T>(r.f) << " (" << std::defaultfloat << errorF << " ulp), df=" << std::hexfloat
                          << df[i] << " want " << static_cast<T>(r.df) << " (" << std::defaultfloat << errorDf
                          << " ulp)";
        }
    }
    EXPECT_EQ(failures, 0U);
    std::printf("%s %s: worst %.0f ulp (f), %.0f ulp (df)\n", c.name, sizeof(T) == 8 ? "double" : "float", worstF,
                worstDf);
    ::testing::Test::RecordProperty("worst_ulp_f", std::to_string(worstF));
    ::testing::Test::RecordProperty("worst_ulp_df", std::to_string(worstDf));
}

TEST_P(Sweep, DoubleWithinTolerance) { runSweep<double>(GetParam(), 20261123); }
TEST_P(Sweep, FloatWithinTolerance) { runSweep<float>(GetParam(), 11232026); }

// Around the roots of f', where its formula cancels and the evaluation switches precision
// (1/64 and, for SiLU's kernel, 1/32 away from the root): 2 x 10^5 points in root +- 0.25.
TEST(SweepNearDerivativeRoots, DoubleAndFloatWithinOneUlp) {
    struct RootCase {
        Activation f;
        double root;
    };
    const RootCase cases[] = {{Activation::gelu(), -0.75179152469356446},
                              {Activation::geluTanh(), -0.75246142207101626},
                              {Activation::silu(), -1.2784645427610737},
                              {Activation::silu(2.5), -1.2784645427610737 / 2.5},
                              {Activation::mish(), -1.1924312145154952}};
    std::mt19937_64 generator(7);
    for (const RootCase& c : cases) {
        std::uniform_real_distribution<double> near(c.root - 0.25, c.root + 0.25);
        std::vector<double> x(200'000);
        for (double& v : x) v = near(generator);
        std::vector<double> df(x.size());
        c.f.derivatives(std::span<const double>(x), std::span<double>(df));
        std::vector<float> xf(x.begin(), x.end()), dff(x.size());
        c.f.derivatives(std::span<const float>(xf), std::span<float>(dff));
        double worst = 0.0, worstFloat = 0.0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            worst = std::max(worst, test::ulpDistance(df[i], static_cast<double>(reference(c.f, x[i]).df)));
            worstFloat = std::max(worstFloat, test::ulpDistance(dff[i], static_cast<float>(reference(c.f, xf[i]).df)));
        }
        EXPECT_LE(worst, 1.0) << c.f.id() << " beta " << c.f.beta();
        EXPECT_LE(worstFloat, 1.0) << c.f.id() << " beta " << c.f.beta();
        std::printf("%s beta %g near the root of f': worst %.0f ulp (double), %.0f ulp (float)\n", c.f.id().data(),
                    c.f.beta(), worst, worstFloat);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Functions, Sweep,
    ::testing::Values(
        SweepCase{"elu_alpha_1", Activation::elu(1.0), 1.0}, SweepCase{"elu_alpha_0_3", Activation::elu(0.3), 2.0},
        SweepCase{"selu", Activation::selu(), 2.0}, SweepCase{"leaky_0_01", Activation::leakyRelu(0.01), 1.0},
        SweepCase{"relu", Activation::relu(), 1.0},
        // Coefficients outside [2^-100, 2^101) take the careful paths.
        SweepCase{"elu_alpha_1e_minus_35", Activation::elu(1e-35), 2.0},
        SweepCase{"selu_huge_coefficient", Activation::selu(1e20, 1e30), 2.0},
        SweepCase{"prelu", Activation::prelu(), 1.0}, SweepCase{"celu_alpha_0_7", Activation::celu(0.7), 2.0},
        SweepCase{"gelu", Activation::gelu(), 2.0}, SweepCase{"gelu_tanh", Activation::geluTanh(), 2.0},
        SweepCase{"silu", Activation::silu(), 2.0}, SweepCase{"silu_beta_1_7", Activation::silu(1.7), 2.0},
        SweepCase{"mish", Activation::mish(), 2.0}, SweepCase{"softplus", Activation::softplus(), 2.0},
        SweepCase{"softplus_beta_0_3_threshold_5", Activation::softplus(0.3, 5.0), 2.0},
        SweepCase{"tanh", Activation::tanh(), 2.0}, SweepCase{"sigmoid", Activation::sigmoid(), 2.0}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

}  // namespace
}  // namespace alab
