// Parameters, limits, ranges and formulas: what the GUI's formula panel will show.
#include "activation.h"

#include <gtest/gtest.h>

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
    ::testing::Values(BadParameter{"elu_nan", [] { return Activation::elu(kNan); }, "alpha"},
                      BadParameter{"elu_inf", [] { return Activation::elu(kInf); }, "alpha"},
                      BadParameter{"selu_lambda", [] { return Activation::selu(1.0, -kInf); }, "lambda"},
                      BadParameter{"selu_alpha", [] { return Activation::selu(kNan, 1.0); }, "alpha"},
                      BadParameter{"leaky_nan", [] { return Activation::leakyRelu(kNan); }, "slope"}),
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
              "(-1.7580993408473766, inf)"}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

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
    EXPECT_EQ(parseFunctionId("gelu"), std::nullopt);
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
