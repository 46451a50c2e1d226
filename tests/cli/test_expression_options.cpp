// SPDX-License-Identifier: GPL-3.0-or-later
// --expression, --param and --name: a typed function wherever --function is taken, and its faults
// as one line naming the option (with the column), exit 2, nothing on stdout.
#include "process.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

namespace alab {
namespace {

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

TEST(ExpressionOptions, TableWithSecondDerivative) {
    const auto r =
        run({"table", "--expression", "a*x^3", "--param", "a=2", "--second-derivative", "--x", "-1", "--x", "0.5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "x,f,df,d2f\n-1,-2,6,-12\n0.5,0.25,1.5,6\n");
}

// The typed ELU is the built-in ELU (within rounding of expm1), f, f' and f''.
TEST(ExpressionOptions, TypedEluMatchesTheBuiltin) {
    const std::vector<std::string> points{"--x", "-2", "--x", "-1e-9", "--x", "0", "--x", "3"};
    std::vector<std::string> typed{"table", "--expression", "where(x > 0, x, expm1(x))", "--second-derivative"};
    std::vector<std::string> builtin{"table", "--function", "elu", "--second-derivative"};
    typed.insert(typed.end(), points.begin(), points.end());
    builtin.insert(builtin.end(), points.begin(), points.end());
    const auto a = run(typed), b = run(builtin);
    ASSERT_EQ(a.exitCode, 0) << a.err;
    ASSERT_EQ(b.exitCode, 0) << b.err;
    EXPECT_EQ(a.out, b.out);
}

TEST(ExpressionOptions, StatsExactMeanOfTypedRelu) {
    const auto typed = run({"stats", "--expression", "max(x, 0)", "--name", "relu by hand", "--samples", "1000"});
    const auto builtin = run({"stats", "--function", "relu", "--samples", "1000"});
    ASSERT_EQ(typed.exitCode, 0) << typed.err;
    ASSERT_EQ(builtin.exitCode, 0) << builtin.err;
    const auto column = [](const std::string& out, std::size_t index) {
        const std::string row = test::split(out, '\n').at(1);
        return test::split(row, ',').at(index);
    };
    EXPECT_EQ(column(typed.out, 0), "relu by hand");
    // exact_mean and exact_var (columns 4 and 5): quadrature against the closed form.
    EXPECT_NEAR(std::stod(column(typed.out, 4)), std::stod(column(builtin.out, 4)), 1e-13);
    EXPECT_NEAR(std::stod(column(typed.out, 5)), std::stod(column(builtin.out, 5)), 1e-13);
}

TEST(ExpressionOptions, VarianceGainOfATypedFunction) {
    const auto r = run({"meanmap", "--variance-gain", "--expression", "max(x, 0)"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "gain\n1.4142135623730951\n");
}

TEST(ExpressionOptions, PropagateTakesATypedFunction) {
    const auto r = run({"propagate", "--expression", "x*sigmoid(x)", "--depth", "2", "--width", "32", "--batch", "50"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(test::split(r.out, '\n').size(), 3u) << r.out;  // header and two layers
}

struct BadInput {
    std::vector<std::string> args;
    std::string message;
};

class ExpressionOptionFaults : public ::testing::TestWithParam<BadInput> {};

TEST_P(ExpressionOptionFaults, ExitTwoWithOneLine) {
    const auto r = run(GetParam().args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find(GetParam().message), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ExpressionOptionFaults,
    ::testing::Values(
        BadInput{{"table", "--expression", "1 + x * tanhh(x)"},
                 "--expression: column 9: unknown function 'tanhh', did you mean tanh?"},
        BadInput{{"table", "--expression", "a*x", "--param", "a=nan"}, "--param a must be a finite number"},
        BadInput{{"table", "--expression", "a*x", "--param", "a"}, "--param: expected NAME=VALUE"},
        BadInput{{"table", "--expression", "x*x", "--param", "x=1"}, "parameter name 'x' is taken by the variable"},
        BadInput{{"table", "--expression", "x", "--function", "elu"}, "--expression and --function exclude each other"},
        BadInput{{"table", "--expression", "x", "--alpha", "1"}, "--alpha is a built-in's parameter"},
        BadInput{{"table", "--function", "elu", "--param", "a=1"}, "--param applies to --expression"},
        BadInput{{"table", "--expression", "celu(x, a)", "--param", "a=-1"}, "alpha must be greater than 0"},
        BadInput{{"stats", "--expression", "exp(x^2)"}, "does not exist"},
        BadInput{{"table", "--expression", std::string(2001, 'x')}, "at most 2000"}));

}  // namespace
}  // namespace alab
