// SPDX-License-Identifier: GPL-3.0-or-later
// Parameters, limits, ranges and formulas: what the GUI's formula panel will show.
#include "activation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace alab {
namespace {

const double kNan = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

TEST(ActivationParameters, DefaultsFollowPyTorchAndThePaper) {
    EXPECT_EQ(Activation::leakyRelu().slope(), 0.01);
    EXPECT_EQ(Activation::elu().alpha(), 1.0);
    EXPECT_EQ(Activation::selu().alpha(), 1.6732632423543772);
    EXPECT_EQ(Activation::selu().lambda(), 1.0507009873554805);
    EXPECT_EQ(Activation::withDefaults(FunctionKind::Selu), Activation::selu());
}

struct BadParameter {
    const char* name;
    std::function<Activation()> make;
    const char* field;
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const BadParameter& c, std::ostream* os) { *os << c.name; }

class BadParameters : public ::testing::TestWithParam<BadParameter> {};

TEST_P(BadParameters, AreRejectedNamingTheField) {
    try {
        GetParam().make();
        FAIL() << "accepted";
    } catch (const ParameterError& error) {
        EXPECT_EQ(error.field(), GetParam().field);
        EXPECT_NE(std::string(error.what()).find(GetParam().field), std::string::npos) << error.what();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadParameters,
    ::testing::Values(
        BadParameter{"elu_nan", [] { return Activation::elu(kNan); }, "alpha"},
        BadParameter{"elu_inf", [] { return Activation::elu(kInf); }, "alpha"},
        BadParameter{"selu_lambda", [] { return Activation::selu(1.0, -kInf); }, "lambda"},
        BadParameter{"selu_alpha", [] { return Activation::selu(kNan, 1.0); }, "alpha"},
        BadParameter{"leaky_nan", [] { return Activation::leakyRelu(kNan); }, "slope"},
        BadParameter{"prelu_inf", [] { return Activation::prelu(kInf); }, "slope"},
        BadParameter{"celu_zero", [] { return Activation::celu(0.0); }, "alpha"},
        BadParameter{"celu_negative", [] { return Activation::celu(-1.0); }, "alpha"},
        BadParameter{"celu_nan", [] { return Activation::celu(kNan); }, "alpha"},
        BadParameter{"silu_zero_beta", [] { return Activation::silu(0.0); }, "beta"},
        BadParameter{"silu_inf_beta", [] { return Activation::silu(kInf); }, "beta"},
        BadParameter{"softplus_negative_beta", [] { return Activation::softplus(-1.0); }, "beta"},
        BadParameter{"softplus_nan_threshold", [] { return Activation::softplus(1.0, kNan); }, "threshold"},
        BadParameter{"softplus_negative_threshold", [] { return Activation::softplus(1.0, -1.0); }, "threshold"}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

TEST(ActivationParameters, NegativeAndZeroParametersAreLegal) {
    EXPECT_NO_THROW(Activation::elu(-1.0));
    EXPECT_NO_THROW(Activation::elu(0.0));
    EXPECT_NO_THROW(Activation::leakyRelu(-0.5));
    EXPECT_NO_THROW(Activation::selu(1e300, 1e-300));
}

struct Shape {
    const char* name;
    Activation f;
    OneSidedLimits limits;
    bool jumps;
    std::optional<double> limitAtMinusInfinity;
    const char* rangeText;
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const Shape& c, std::ostream* os) { *os << c.name; }

class Shapes : public ::testing::TestWithParam<Shape> {};

TEST_P(Shapes, MatchTheMath) {
    const Shape& s = GetParam();
    EXPECT_EQ(s.f.derivativeLimitsAtZero().left, s.limits.left);
    EXPECT_EQ(s.f.derivativeLimitsAtZero().right, s.limits.right);
    EXPECT_EQ(s.f.derivativeJumpsAtZero(), s.jumps);
    EXPECT_EQ(s.f.limitAtMinusInfinity(), s.limitAtMinusInfinity);
    EXPECT_EQ(s.f.rangeText(), s.rangeText);
    // The one-sided limits agree with the derivative just beside 0.
    EXPECT_NEAR(s.f.derivative(-1e-12), s.limits.left, 1e-11);
    EXPECT_NEAR(s.f.derivative(1e-12), s.limits.right, 1e-11);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Shapes,
    ::testing::Values(
        Shape{"relu", Activation::relu(), {0.0, 1.0}, true, 0.0, "[0, inf)"},
        Shape{"leaky", Activation::leakyRelu(0.01), {0.01, 1.0}, true, std::nullopt, "(-inf, inf)"},
        Shape{"leaky_zero_slope", Activation::leakyRelu(0.0), {0.0, 1.0}, true, 0.0, "[0, inf)"},
        Shape{"leaky_negative_slope", Activation::leakyRelu(-0.5), {-0.5, 1.0}, true, std::nullopt, "[0, inf)"},
        Shape{"elu_alpha_1_is_smooth", Activation::elu(1.0), {1.0, 1.0}, false, -1.0, "(-1, inf)"},
        Shape{"elu_alpha_2_has_a_kink", Activation::elu(2.0), {2.0, 1.0}, true, -2.0, "(-2, inf)"},
        Shape{"elu_negative_alpha", Activation::elu(-1.0), {-1.0, 1.0}, true, 1.0, "[0, inf)"},
        Shape{"selu",
              Activation::selu(),
              {1.7580993408473766, 1.0507009873554805},
              true,
              -1.7580993408473766,
              "(-1.7580993408473766, inf)"},
        Shape{"prelu", Activation::prelu(), {0.25, 1.0}, true, std::nullopt, "(-inf, inf)"},
        Shape{"celu", Activation::celu(2.0), {1.0, 1.0}, false, -2.0, "(-2, inf)"},
        Shape{"gelu", Activation::gelu(), {0.5, 0.5}, false, 0.0, "[-0.16997120747990366, inf)"},
        Shape{"gelu_tanh", Activation::geluTanh(), {0.5, 0.5}, false, 0.0, "[-0.17004075057125406, inf)"},
        Shape{"silu", Activation::silu(), {0.5, 0.5}, false, 0.0, "[-0.2784645427610738, inf)"},
        Shape{"mish", Activation::mish(), {0.6, 0.6}, false, 0.0, "[-0.30884341301725043, inf)"},
        Shape{"softplus", Activation::softplus(), {0.5, 0.5}, false, 0.0, "(0, inf)"},
        Shape{"tanh", Activation::tanh(), {1.0, 1.0}, false, -1.0, "(-1, 1)"},
        Shape{"sigmoid", Activation::sigmoid(), {0.25, 0.25}, false, 0.0, "(0, 1)"}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

struct Minimum {
    const char* name;
    Activation f;
    std::optional<MinimumPoint> expected;  // x: the double nearest the root of f' (mpmath)
    bool monotonic;
    Smoothness smoothness;
};

void PrintTo(const Minimum& c, std::ostream* os) { *os << c.name; }

class Minima : public ::testing::TestWithParam<Minimum> {};

TEST_P(Minima, MatchMpmath) {
    const Minimum& c = GetParam();
    const auto minimum = c.f.minimumPoint();
    ASSERT_EQ(minimum.has_value(), c.expected.has_value());
    if (minimum) {
        EXPECT_EQ(minimum->x, c.expected->x);
        EXPECT_EQ(minimum->value, c.expected->value);
        EXPECT_EQ(c.f.range().lower, c.expected->value);
        EXPECT_TRUE(c.f.range().lowerIncluded);
    }
    EXPECT_EQ(c.f.isMonotonic(), c.monotonic);
    EXPECT_EQ(c.f.smoothness(), c.smoothness);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Minima,
    ::testing::Values(Minimum{"gelu", Activation::gelu(), MinimumPoint{-0.7517915246935645, -0.16997120747990366},
                              false, Smoothness::CInfinity},
                      Minimum{"gelu_tanh", Activation::geluTanh(),
                              MinimumPoint{-0.7524614220710163, -0.17004075057125406}, false, Smoothness::CInfinity},
                      Minimum{"silu", Activation::silu(), MinimumPoint{-1.2784645427610737, -0.2784645427610738}, false,
                              Smoothness::CInfinity},
                      Minimum{"silu_beta_2", Activation::silu(2.0),
                              MinimumPoint{-0.6392322713805368, -0.1392322713805369}, false, Smoothness::CInfinity},
                      Minimum{"mish", Activation::mish(), MinimumPoint{-1.1924312145154952, -0.30884341301725043},
                              false, Smoothness::CInfinity},
                      Minimum{"softplus", Activation::softplus(), std::nullopt, true, Smoothness::Discontinuous},
                      Minimum{"tanh", Activation::tanh(), std::nullopt, true, Smoothness::CInfinity},
                      Minimum{"sigmoid", Activation::sigmoid(), std::nullopt, true, Smoothness::CInfinity},
                      Minimum{"celu", Activation::celu(), std::nullopt, true, Smoothness::C1},
                      Minimum{"prelu", Activation::prelu(), std::nullopt, true, Smoothness::C0},
                      Minimum{"leaky_negative_slope", Activation::leakyRelu(-0.5), std::nullopt, false, Smoothness::C0},
                      Minimum{"elu_alpha_1", Activation::elu(), std::nullopt, true, Smoothness::C1},
                      Minimum{"relu", Activation::relu(), std::nullopt, true, Smoothness::C0}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

TEST(ActivationText, ComparisonFamilyFormulas) {
    EXPECT_EQ(Activation::silu(2.0).formulaPlainText(), "f(x) = x * sigmoid(2 * x)");
    EXPECT_EQ(Activation::softplus().formulaPlainText(), "f(x) = log(1 + exp(x)) if x <= 20, x otherwise");
    EXPECT_EQ(Activation::softplus(2.0, 10.0).formulaPlainText(),
              "f(x) = log(1 + exp(2 * x)) / 2 if 2 * x <= 10, x otherwise");
    EXPECT_EQ(Activation::celu(0.5).formulaPlainText(), "f(x) = x if x > 0, 0.5 * (exp(x / 0.5) - 1) otherwise");
    EXPECT_EQ(Activation::prelu().formulaPlainText(), "f(x) = x if x > 0, 0.25 * x otherwise");
    for (const FunctionKind kind : allFunctionKinds()) {
        const Activation f = Activation::withDefaults(kind);
        EXPECT_NE(f.formulaRichText(6).find("<i>x</i>"), std::string::npos) << f.id();
        EXPECT_FALSE(f.smoothnessText().empty()) << f.id();
    }
    EXPECT_NE(Activation::silu(1.23456789).formulaRichText(3).find("1.23<i>x</i>"), std::string::npos)
        << Activation::silu(1.23456789).formulaRichText(3);
    // The softplus step at the threshold: log1p(exp(-20)) = 2.1e-9.
    EXPECT_NE(Activation::softplus().smoothnessText().find("2.1e-09"), std::string::npos)
        << Activation::softplus().smoothnessText();
}

TEST(ActivationParameters, ComparisonFamilyDefaultsFollowPyTorch) {
    EXPECT_EQ(Activation::prelu().slope(), 0.25);
    EXPECT_EQ(Activation::celu().alpha(), 1.0);
    EXPECT_EQ(Activation::silu().beta(), 1.0);
    EXPECT_EQ(Activation::softplus().beta(), 1.0);
    EXPECT_EQ(Activation::softplus().threshold(), 20.0);
    EXPECT_EQ(Activation::softplus(2.0, 5.0), Activation::softplus(2.0, 5.0));
    EXPECT_NE(Activation::softplus(2.0, 5.0), Activation::softplus(2.0, 6.0));
    EXPECT_NE(Activation::prelu(0.01), Activation::leakyRelu(0.01));
    // Softplus' threshold: f = x and f' = 1 where beta x > threshold.
    EXPECT_EQ(Activation::softplus(2.0, 10.0).value(5.5), 5.5);
    EXPECT_EQ(Activation::softplus(2.0, 10.0).derivative(5.5), 1.0);
    EXPECT_GT(Activation::softplus(2.0, 10.0).value(5.0), 5.0);
}

TEST(ActivationText, FormulasCarryTheCurrentParameters) {
    EXPECT_EQ(Activation::elu(0.5).formulaPlainText(), "f(x) = x if x > 0, 0.5 * (exp(x) - 1) otherwise");
    EXPECT_EQ(Activation::leakyRelu().formulaPlainText(), "f(x) = x if x > 0, 0.01 * x otherwise");
    EXPECT_NE(Activation::selu().formulaPlainText().find("1.0507009873554805"), std::string::npos);
    EXPECT_NE(Activation::selu().formulaPlainText().find("1.6732632423543772"), std::string::npos);
    const std::string rich = Activation::elu(-2.0).formulaRichText();
    EXPECT_NE(rich.find("\u22122\u00b7"), std::string::npos) << rich;  // a real minus sign
    EXPECT_NE(rich.find("<sup>"), std::string::npos);
    EXPECT_EQ(Activation::elu(1.0).formulaRichText().find("1\u00b7"), std::string::npos);
    // A negative second factor is parenthesized.
    const std::string negativeAlpha = Activation::selu(-2.0, 1.5).formulaRichText();
    EXPECT_NE(negativeAlpha.find("1.5\u00b7(\u22122)\u00b7"), std::string::npos) << negativeAlpha;
    EXPECT_NE(Activation::selu(-2.0, 1.0).formulaRichText().find("\u22122\u00b7(<i>e</i>"), std::string::npos);
    // Rounded for narrow panels: six significant digits.
    const std::string rounded = Activation::selu().formulaRichText(6);
    EXPECT_NE(rounded.find("1.0507\u00b71.67326\u00b7"), std::string::npos) << rounded;
    EXPECT_EQ(rounded.find("1.0507009873554805"), std::string::npos);
}

TEST(ActivationIds, RoundTrip) {
    for (const FunctionKind kind : allFunctionKinds()) {
        EXPECT_EQ(parseFunctionId(functionId(kind)), kind);
        EXPECT_EQ(Activation::withDefaults(kind).id(), functionId(kind));
    }
    EXPECT_EQ(parseFunctionId("ELU"), std::nullopt);
    EXPECT_EQ(parseFunctionId("GELU"), std::nullopt);
    EXPECT_EQ(parseFunctionId("gelu"), FunctionKind::Gelu);
    EXPECT_EQ(allFunctionKinds().size(), 13U);
    const std::vector<FunctionKind> defaults{FunctionKind::Elu, FunctionKind::Selu, FunctionKind::Relu,
                                             FunctionKind::LeakyRelu};
    EXPECT_EQ(defaultVisibleKinds(), defaults);
    // Display order starts with the defaults.
    EXPECT_TRUE(std::equal(defaults.begin(), defaults.end(), allFunctionKinds().begin()));
}

struct Naming {
    FunctionKind kind;
    const char* id;
    const char* displayName;
};

TEST(ActivationIds, NamesOfTheComparisonFamily) {
    const Naming names[] = {
        {FunctionKind::Prelu, "prelu", "PReLU"},
        {FunctionKind::Celu, "celu", "CELU"},
        {FunctionKind::Gelu, "gelu", "GELU"},
        {FunctionKind::GeluTanh, "gelu_tanh", "GELU (tanh)"},
        {FunctionKind::Silu, "silu", "SiLU"},
        {FunctionKind::Mish, "mish", "Mish"},
        {FunctionKind::Softplus, "softplus", "Softplus"},
        {FunctionKind::Tanh, "tanh", "tanh"},
        {FunctionKind::Sigmoid, "sigmoid", "sigmoid"},
    };
    for (const Naming& n : names) {
        EXPECT_EQ(functionId(n.kind), n.id);
        EXPECT_EQ(Activation::withDefaults(n.kind).displayName(), n.displayName);
    }
}

TEST(ActivationArrays, EigenAndSpanPathsAgree) {
    Eigen::ArrayXf x = Eigen::ArrayXf::LinSpaced(1000, -10.0F, 10.0F);
    const Activation f = Activation::selu();
    const Eigen::ArrayXf viaEigen = f.values(x);
    std::vector<float> viaSpan(1000);
    f.values(std::span<const float>(x.data(), 1000), std::span<float>(viaSpan));
    for (int i = 0; i < 1000; ++i) EXPECT_EQ(viaEigen[i], viaSpan[static_cast<std::size_t>(i)]);
}

}  // namespace
}  // namespace alab
