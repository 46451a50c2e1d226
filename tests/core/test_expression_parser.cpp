// SPDX-License-Identifier: GPL-3.0-or-later
// Typed expressions that cannot be used: each fault with its column and a message a user can act on.
#include "expression/typed_function.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace alab {
namespace {

struct Fault {
    std::string expression;
    int column;
    std::string message;  // a part of the message
};

class ExpressionFaults : public ::testing::TestWithParam<Fault> {};

TEST_P(ExpressionFaults, ReportColumnAndMessage) {
    const Fault& fault = GetParam();
    try {
        (void)TypedFunction::create("f", fault.expression, {{"a", 0.5, 0.0, 2.0}});
        FAIL() << fault.expression << " was accepted";
    } catch (const ExpressionError& e) {
        EXPECT_EQ(e.column(), fault.column) << fault.expression << ": " << e.what();
        EXPECT_NE(std::string(e.what()).find(fault.message), std::string::npos) << fault.expression << ": " << e.what();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, ExpressionFaults,
    ::testing::Values(
        Fault{"1 + x * tanhh(x)", 9, "column 9: unknown function 'tanhh', did you mean tanh?"},
        Fault{"x * sigmod(x)", 5, "did you mean sigmoid?"}, Fault{"x + y", 5, "unknown name 'y'"},
        Fault{"aa * x", 1, "unknown name 'aa', did you mean a?"}, Fault{"x +", 4, "ends too early"},
        Fault{"(x + 1", 7, "expected ')' to close the '(' at column 1"}, Fault{"x + 1)", 6, "unmatched ')'"},
        Fault{"2x", 2, "write * to multiply"}, Fault{"", 1, "empty"}, Fault{"x $ 2", 3, "unexpected character '$'"},
        Fault{"x + é", 5, "unexpected character 'é'"}, Fault{"elu(x, 1, 2)", 1, "elu takes 1 to 2 arguments, not 3"},
        Fault{"exp(x, 2)", 1, "exp takes 1 argument, not 2"}, Fault{"exp()", 1, "not 0"},
        Fault{"elu(x, x)", 8, "elu's alpha must not depend on x"},
        Fault{"celu(x, -1)", 9, "alpha must be greater than 0"}, Fault{"where(x, 1, 0)", 8, "comparison"},
        Fault{"where(x == 0, 1, 0)", 9, "compare with"}, Fault{"x > 0", 3, "where(condition, a, b)"},
        Fault{"exp", 1, "exp is a function"}, Fault{"1/0", 2, "division by zero"}, Fault{"1e999", 1, "too large"},
        Fault{"x * 1e-999", 5, "too small"}, Fault{"x * 0.51e-30899999999999999999999", 5, "too small"},
        Fault{"x * 1.5e+30899999999999999999999", 5, "too large"}, Fault{"sin(x", 6, "expected ',' or ')'"},
        Fault{"9^9^9", 2, "too large"}, Fault{"x + 10^100000", 7, "too large"}));

TEST(ExpressionLimits, LengthOver2000CharactersIsRefused) {
    std::string text = "x";
    while (text.size() < 2000) text += "+x";
    EXPECT_NO_THROW((void)TypedFunction::create("", text.substr(0, 1999)));
    text.resize(2001);
    try {
        (void)TypedFunction::create("", text);
        FAIL();
    } catch (const ExpressionError& e) {
        EXPECT_EQ(e.column(), 2001);
        EXPECT_NE(std::string(e.what()).find("at most 2000"), std::string::npos) << e.what();
    }
}

TEST(ExpressionLimits, NestingDeeperThan100IsRefused) {
    auto nested = [](int depth) {
        return std::string(static_cast<std::size_t>(depth), '(') + "x" +
               std::string(static_cast<std::size_t>(depth), ')');
    };
    EXPECT_NO_THROW((void)TypedFunction::create("", nested(100)));
    try {
        (void)TypedFunction::create("", nested(101));
        FAIL();
    } catch (const ExpressionError& e) {
        EXPECT_NE(std::string(e.what()).find("deeper than 100"), std::string::npos) << e.what();
    }
}

TEST(ExpressionParameters, NamesThatClashAreRefused) {
    for (const char* name : {"x", "exp", "pi", "e", "elu", "where", "2a", "a b", ""}) {
        EXPECT_THROW((void)TypedFunction::create("", "x", {{name, 1.0, 0.0, 2.0}}), ExpressionError) << name;
    }
    EXPECT_THROW((void)TypedFunction::create("", "a*x", {{"a", 1.0, 0.0, 2.0}, {"a", 1.0, 0.0, 2.0}}), ExpressionError);
}

TEST(ExpressionParameters, ValuesThatAreNotFiniteAreRefused) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_THROW((void)TypedFunction::create("", "a*x", {{"a", nan, 0.0, 2.0}}), ExpressionError);
    EXPECT_THROW((void)TypedFunction::create("", "a*x", {{"a", 1.0, 0.0, inf}}), ExpressionError);
    EXPECT_THROW((void)TypedFunction::create("", "a*x", {{"a", 3.0, 0.0, 2.0}}), ExpressionError);
    const auto f = TypedFunction::create("", "a*x", {{"a", 1.0, 0.0, 2.0}});
    const Activation g = Activation::typed(f);
    EXPECT_THROW((void)g.withParameter(0, nan), ParameterError);
    EXPECT_THROW((void)g.withParameter(0, inf), ParameterError);
    EXPECT_DOUBLE_EQ(g.withParameter(0, 3.0).value(2.0), 6.0);  // beyond the slider: the boxes take it
}

TEST(ExpressionParameters, ABuiltinsDomainAppliesToTheParameterPassedToIt) {
    const auto f = TypedFunction::create("", "celu(x, a)", {{"a", 1.0, 0.1, 2.0}});
    const Activation g = Activation::typed(f);
    EXPECT_THROW((void)g.withParameter(0, -1.0), ParameterError);
    EXPECT_DOUBLE_EQ(g.withParameter(0, 0.5).value(-1.0), Activation::celu(0.5).value(-1.0));
}

TEST(ExpressionLanguage, ReadsEveryForm) {
    struct Case {
        const char* expression;
        double x;
        double expected;
    };
    const double pi = 3.141592653589793;
    for (const Case& c : {Case{"1e-3 * x", 2.0, 2e-3},
                          Case{"-x^2", 3.0, -9.0},
                          Case{"2^-1", 0.0, 0.5},
                          Case{"2^3^2", 0.0, 512.0},
                          Case{"pi", 0.0, pi},
                          Case{"e^x", 1.0, std::exp(1.0)},
                          Case{"exp(1)", 0.0, std::exp(1.0)},
                          Case{"where(x >= 1, 1, 2)", 1.0, 1.0},
                          Case{"where(x > 1, 1, 2)", 1.0, 2.0},
                          Case{"where(x < 1, 1, 2)", 0.0, 1.0},
                          Case{"where(x <= 1, 1, 2)", 1.0, 1.0},
                          Case{"min(x, 2)", 3.0, 2.0},
                          Case{"max(x, 2)", 3.0, 3.0},
                          Case{"abs(x)", -3.0, 3.0},
                          Case{"sqrt(x)", 4.0, 2.0},
                          Case{"elu(x, 0.5)", -1.0, 0.5 * std::expm1(-1.0)},
                          Case{"gelu(x)", 0.0, 0.0},
                          Case{"softplus(x, 2, 1)", 1.0, 1.0},
                          Case{"x/3", 1.0, 1.0 / 3.0},
                          Case{"sin(x)^2 + cos(x)^2", 0.3, 1.0}}) {
        const Activation f = Activation::typed(TypedFunction::create("", c.expression));
        EXPECT_NEAR(f.value(c.x), c.expected, 1e-15 * std::max(1.0, std::fabs(c.expected))) << c.expression;
    }
}

// GiNaC computes exactly, and CLN's floats turn their exponents into integers: these took GiNaC
// seconds to minutes (9^9^9: 13 s; 2^x^3^2^3^e^3^22: gigabytes, found by fuzzing) or threw CLN's
// own exceptions. Each is refused at the operator, at once.
// A hang would be a timeout of the whole test program (CTest's), not a timed assertion here.
INSTANTIATE_TEST_SUITE_P(
    Guards, ExpressionFaults,
    ::testing::Values(Fault{"9^9^9*x", 2, "too large to compute exactly"},
                      Fault{"2^99999999*x", 2, "too large to compute exactly"},
                      Fault{"x + 2^-1*x^3*x^3^2^22", 17, "too large to compute exactly"},
                      Fault{"sqrt(2)^99999999*x", 8, "too large to compute exactly"},
                      Fault{"x*(1/3)^99999", 8, "too large to compute exactly"},
                      Fault{"(33/10 - x)^3^22", 12, "too large to compute exactly"},
                      Fault{"exp(x) - (1+sqrt(2))^9999", 21, "a sum without x may be raised to at most 1000"},
                      Fault{"exp(x) - (1+a)^600*(1+a)^600", 19, "a sum without x may be raised to at most 1000"},
                      Fault{"log(1+exp(x)+(1+sqrt(2))^9999)", 25, "a sum without x"},
                      Fault{"x*exp(exp(1000))", 7, "exp of a number beyond \u00b1100000 is out of range"},
                      Fault{"2^x^3^2^3^e^3^22", 12, "out of range"}, Fault{"x*3^exp(20)", 4, "too large"},
                      Fault{"x*pi^(10^300)", 5, "too large"}, Fault{"0^-1*x", 2, "division by zero"},
                      Fault{"0^0", 2, "0^0 is undefined"}, Fault{"0^x", 2, "positive number"}));

// f'' of a product of n factors in x has about n^3 / 2 operations.
TEST(ExpressionGuards, LongProductsAndHugeDerivativesAreRefused) {
    auto product = [](int n, int offset = 1) {
        std::string text = "tanh(2*x+" + std::to_string(offset) + ")";
        for (int i = 3; i < n + 2; ++i) text += "*tanh(" + std::to_string(i) + "*x+" + std::to_string(offset) + ")";
        return text;
    };
    EXPECT_NO_THROW((void)TypedFunction::create("", product(40)));
    try {
        (void)TypedFunction::create("", product(150));  // 1993 characters; GiNaC took 17 s
        FAIL();
    } catch (const ExpressionError& e) {
        EXPECT_NE(std::string(e.what()).find("at most 45 factors"), std::string::npos) << e.what();
    }
    // GiNaC makes one product of a product of products: 50 factors.
    EXPECT_THROW((void)TypedFunction::create("", "(" + product(25) + ")*(" + product(25, 2) + ")+x"), ExpressionError);
}

// Exact constants of thousands of digits, printed wherever they occur: f'' prints 108,000
// characters. The function is kept; the formulas over 100,000 characters are not printed.
TEST(ExpressionGuards, FormulasTooLongToShowAreNotPrinted) {
    const auto f = TypedFunction::create("", "x^(1.1^4000)*sin(x)^(1.3^3000)");
    EXPECT_GT(f->plainText(0).size(), 10000u);
    EXPECT_EQ(f->plainText(0).find("too long"), std::string::npos);
    for (const std::string* text : {&f->plainText(2), &f->latex(2), &f->richText(2)})
        EXPECT_EQ(*text, "(too long to show: more than 100000 characters)");
    EXPECT_EQ(f->evaluate(0, 0.5, {}), 0.0);  // 0.5^(1.1^4000) underflows
}

TEST(ExpressionGuards, ManyTermsWhenMultipliedOutAreRefused) {
    const std::vector<TypedParameter> parameters{
        {"a", 0.5, 0.0, 2.0}, {"b", 0.5, 0.0, 2.0}, {"c", 0.5, 0.0, 2.0}, {"d", 0.5, 0.0, 2.0}};
    // (t terms)^n has binomial(n + t - 1, t - 1) terms: 17,550 for n = 23, 20,475 for n = 24.
    EXPECT_NO_THROW((void)TypedFunction::create("", "exp(x) - (a+b+c+d+1)^23", parameters));
    EXPECT_THROW((void)TypedFunction::create("", "exp(x) - (a+b+c+d+1)^24", parameters), ExpressionError);
}

// What the guards leave alone: large powers of x (GiNaC never multiplies them out), exact powers
// within the limit, and constants beyond the doubles, which become inf or 0 as double arithmetic
// has them (these threw CLN's floating_point_overflow_exception from the compiler).
TEST(ExpressionGuards, LargeButHarmlessPowersAreKept) {
    const double inf = std::numeric_limits<double>::infinity();
    auto value = [](const char* expression, double x) {
        return Activation::typed(TypedFunction::create("", expression)).value(x);
    };
    EXPECT_DOUBLE_EQ(value("x^99999999", 1.0), 1.0);
    EXPECT_EQ(value("(x+1)^99999999", 1.0), inf);
    EXPECT_DOUBLE_EQ(value("(-1)^99999999*x", 2.0), -2.0);
    EXPECT_DOUBLE_EQ(value("2^1023*x", 1.0), 0x1p1023);
    EXPECT_DOUBLE_EQ(value("10^-300*x", 1.0), 1e-300);
    EXPECT_NEAR(value("(1+sqrt(2))^100*x", 1.0), 1.8948225029927387e+38, 1e24);
    EXPECT_EQ(value("x*exp(1000)", 1.0), inf);
    EXPECT_EQ(value("x*2^-1100", 1.0), 0.0);
    EXPECT_EQ(value("exp(x) - (1+sqrt(2))^1000", 0.0), -inf);
}

}  // namespace
}  // namespace alab
