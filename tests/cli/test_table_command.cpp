// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real activation-lab executable, with no display, as a user would.
#include "process.h"

#include <gtest/gtest.h>

#include <sstream>

namespace alab {
namespace {

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

std::vector<std::string> lines(const std::string& text) { return test::split(text, '\n'); }

TEST(TableCommand, ListOfPointsWithDerivative) {
    const auto r = run({"table", "--function", "elu", "--derivative", "--x", "-1e-8", "--x", "0", "--x", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out,
              "x,f,df\n"
              // Values from mpmath, correctly rounded, printed with %.17g.
              "-1e-08,-9.999999950000001e-09,0.99999999000000006\n"
              "0,0,1\n"
              "2,2,1\n");
}

// --second-derivative adds d2f = f''(x) and implies --derivative; at 0 ELU takes its left branch
// alpha e^x, as f' does.
TEST(TableCommand, SecondDerivativeAddsColumnAndImpliesDerivative) {
    const auto r = run(
        {"table", "--function", "elu", "--alpha", "0.5", "--second-derivative", "--x", "-1", "--x", "0", "--x", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out,
              "x,f,df,d2f\n"
              // Values from mpmath, correctly rounded, printed with %.17g.
              "-1,-0.31606027941427883,0.18393972058572117,0.18393972058572117\n"
              "0,0,0.5,0.5\n"
              "1,1,1,0\n");
    // Both flags: the same four columns, df once.
    const auto both = run({"table", "--function", "elu", "--alpha", "0.5", "--derivative", "--second-derivative", "--x",
                           "-1", "--x", "0", "--x", "1"});
    ASSERT_EQ(both.exitCode, 0) << both.err;
    EXPECT_EQ(both.out, r.out);
}

// The fourth column of every row is f'' (mpmath, correctly rounded): without it, or with df in
// its place, each of these fails.
TEST(TableCommand, SecondDerivativeColumnHoldsFSecond) {
    struct Case {
        std::vector<std::string> args;
        const char* d2f;
    };
    const Case cases[] = {
        // The double nearest sqrt(2), a root of GELU's f'' = phi(x) (2 - x^2).
        {{"--function", "gelu", "--x", "1.4142135623730951"}, "-4.0129659341782871e-17"},
        {{"--function", "selu", "--x", "0"}, "1.7580993408473766"},  // lambda alpha
        {{"--function", "silu", "--beta", "2", "--x", "-1"}, "0.10012433738941381"},
        {{"--function", "mish", "--x", "-2"}, "0.035027081852659236"},
        {{"--function", "tanh", "--x", "0.5"}, "-0.72686198138358726"},
        {{"--function", "softplus", "--beta", "2", "--x", "10.5"}, "0"},  // beta x > threshold: f = x
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"table", "--second-derivative"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const auto r = run(args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const auto rows = lines(r.out);
        ASSERT_EQ(rows.size(), 2U) << r.out;
        EXPECT_EQ(rows[0], "x,f,df,d2f") << c.args[1];
        const auto fields = test::split(rows[1], ',');
        ASSERT_EQ(fields.size(), 4U) << c.args[1] << ": " << rows[1];
        EXPECT_EQ(fields[3], c.d2f) << c.args[1] << ": " << rows[1];
    }
}

TEST(TableCommand, GridIncludesBothEndsAndRoundTrips) {
    const auto r = run({"table", "--function", "selu", "--from", "-3", "--to", "1", "--points", "5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 6U);
    EXPECT_EQ(rows[0], "x,f");
    EXPECT_EQ(rows[1].substr(0, 3), "-3,");
    EXPECT_EQ(rows[5], "1,1.0507009873554805");
    // 17 significant digits: the text reads back as the double the core computed.
    EXPECT_EQ(rows[2], "-2,-1.5201664685956948");  // mpmath
}

TEST(TableCommand, ParametersAreApplied) {
    const auto r = run({"table", "--function", "leaky_relu", "--slope", "0.2", "--derivative", "--x", "-5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "x,f,df\n-5,-1,0.20000000000000001\n");
}

// The comparison family by name, values from mpmath (correctly rounded, %.17g).
TEST(TableCommand, ComparisonFamilyByName) {
    struct Case {
        std::vector<std::string> args;
        const char* out;
    };
    const Case cases[] = {
        {{"--function", "gelu", "--x", "-10"}, "x,f,df\n-10,-7.6198530241605263e-23,-7.6184000964648144e-22\n"},
        {{"--function", "softplus", "--x", "-40"}, "x,f,df\n-40,4.2483542552915889e-18,4.2483542552915889e-18\n"},
        {{"--function", "softplus", "--beta", "2", "--threshold", "10", "--x", "5.5"}, "x,f,df\n5.5,5.5,1\n"},
        {{"--function", "prelu", "--x", "-2"}, "x,f,df\n-2,-0.5,0.25\n"},
        {{"--function", "sigmoid", "--x", "0"}, "x,f,df\n0,0.5,0.25\n"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"table", "--derivative"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const auto r = run(args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(r.out, c.out) << c.args[1];
    }
}

TEST(TableCommand, EveryFunctionIdWorks) {
    for (const char* id : {"relu", "leaky_relu", "elu", "selu", "prelu", "celu", "gelu", "gelu_tanh", "silu", "mish",
                           "softplus", "tanh", "sigmoid"}) {
        const auto r = run({"table", "--function", id, "--from", "-2", "--to", "2", "--points", "5"});
        EXPECT_EQ(r.exitCode, 0) << id << ": " << r.err;
        EXPECT_EQ(lines(r.out).size(), 6U) << id;
    }
}

TEST(TableCommand, NanAndInfinityAsInputs) {
    const auto r = run({"table", "--function", "elu", "--alpha", "2", "--x", "-inf", "--x", "nan"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "x,f\n-inf,-2\nnan,nan\n");
}

TEST(TableCommand, UnderflowingInputIsZeroNotAnError) {
    const auto r = run({"table", "--function", "relu", "--x", "1e-400", "--x", "+2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "x,f\n0,0\n2,2\n");
}

TEST(TableCommand, LargeGridStreams) {
    const auto r = run({"table", "--function", "relu", "--from", "-1", "--to", "1", "--points", "100000"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lines(r.out).size(), 100001U);
}

TEST(Executable, HelpAndVersion) {
    const auto version = run({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("activation-lab ", 0), 0U) << version.out;
    const auto help = run({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("table"), std::string::npos);
    const auto tableHelp = run({"table", "--help"});
    EXPECT_EQ(tableHelp.exitCode, 0);
    EXPECT_NE(tableHelp.out.find("--points"), std::string::npos);
    EXPECT_NE(tableHelp.out.find("--second-derivative"), std::string::npos);
}

TEST(Executable, UnknownCommandIsAnErrorNotTheWindow) {
    for (const char* typo : {"tabel", "tables", "stat"}) {
        const auto r = run({typo, "--function", "elu"});
        EXPECT_EQ(r.exitCode, 2) << typo;
        EXPECT_EQ(r.out, "");
        ASSERT_EQ(lines(r.err).size(), 1U) << r.err;
        EXPECT_NE(r.err.find(std::string("unknown command '") + typo + "'"), std::string::npos) << r.err;
    }
}

TEST(Executable, WithoutDisplayTheWindowExplainsItself) {
    // The run helper starts the child without DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM, even
    // when the test itself runs on a desktop or under QT_QPA_PLATFORM=offscreen.
    test::ScopedEnvironment environment;
    environment.setDisplayVariables();
    const auto r = test::runProcess(ALAB_EXECUTABLE, {}, std::chrono::seconds(20));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no display"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("table"), std::string::npos) << r.err;
}

struct BadInvocation {
    const char* name;
    std::vector<std::string> args;
    const char* mentions;  // the stderr line must name the problem
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const BadInvocation& c, std::ostream* os) { *os << c.name; }

class BadInvocations : public ::testing::TestWithParam<BadInvocation> {};

TEST_P(BadInvocations, OneLineOnStderrExitTwoNothingOnStdout) {
    const auto r = run(GetParam().args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    const auto errLines = lines(r.err);
    ASSERT_EQ(errLines.size(), 1U) << r.err;
    EXPECT_NE(errLines[0].find(GetParam().mentions), std::string::npos) << errLines[0];
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadInvocations,
    ::testing::Values(
        BadInvocation{"unknown_function", {"table", "--function", "swish", "--x", "1"}, "unknown function 'swish'"},
        BadInvocation{"missing_function", {"table", "--x", "1"}, "--function"},
        BadInvocation{"unknown_option", {"table", "--function", "elu", "--beta", "1", "--x", "1"}, "--beta"},
        BadInvocation{"not_a_number", {"table", "--function", "elu", "--alpha", "abc", "--x", "1"}, "--alpha"},
        BadInvocation{"trailing_garbage", {"table", "--function", "elu", "--x", "1.5e"}, "--x"},
        BadInvocation{"nan_parameter", {"table", "--function", "elu", "--alpha", "nan", "--x", "1"}, "--alpha"},
        BadInvocation{"inf_parameter", {"table", "--function", "selu", "--lambda", "inf", "--x", "1"}, "--lambda"},
        BadInvocation{"wrong_parameter", {"table", "--function", "relu", "--alpha", "1", "--x", "1"}, "--alpha"},
        BadInvocation{"threshold_on_silu",
                      {"table", "--function", "silu", "--threshold", "5", "--x", "1"},
                      "--threshold does not apply to silu"},
        BadInvocation{"slope_on_gelu",
                      {"table", "--function", "gelu", "--slope", "0.1", "--x", "1"},
                      "--slope does not apply to gelu"},
        BadInvocation{"celu_alpha_zero", {"table", "--function", "celu", "--alpha", "0", "--x", "1"}, "--alpha"},
        BadInvocation{"silu_beta_nan", {"table", "--function", "silu", "--beta", "nan", "--x", "1"}, "--beta"},
        BadInvocation{
            "softplus_beta_negative", {"table", "--function", "softplus", "--beta", "-2", "--x", "1"}, "--beta"},
        BadInvocation{"softplus_threshold_negative",
                      {"table", "--function", "softplus", "--threshold", "-1", "--x", "1"},
                      "--threshold"},
        BadInvocation{
            "too_few_points", {"table", "--function", "elu", "--from", "0", "--to", "1", "--points", "1"}, "--points"},
        BadInvocation{"too_many_points",
                      {"table", "--function", "elu", "--from", "0", "--to", "1", "--points", "10000001"},
                      "--points"},
        BadInvocation{"points_not_integer",
                      {"table", "--function", "elu", "--from", "0", "--to", "1", "--points", "2.5"},
                      "--points"},
        BadInvocation{
            "from_not_below_to", {"table", "--function", "elu", "--from", "1", "--to", "1", "--points", "3"}, "--from"},
        BadInvocation{"missing_to", {"table", "--function", "elu", "--from", "0", "--points", "3"}, "--to"},
        BadInvocation{"list_and_grid", {"table", "--function", "elu", "--x", "1", "--from", "0"}, "not both"},
        BadInvocation{"no_points", {"table", "--function", "elu"}, "no x values"},
        BadInvocation{"missing_value", {"table", "--function", "elu", "--x"}, "needs a value"},
        BadInvocation{
            "repeated_option", {"table", "--function", "elu", "--function", "relu", "--x", "1"}, "more than once"},
        BadInvocation{"positional", {"table", "elu"}, "unexpected argument"},
        BadInvocation{"huge_number", {"table", "--function", "elu", "--alpha", "1e999", "--x", "1"}, "--alpha"},
        BadInvocation{"plus_minus", {"table", "--function", "elu", "--x", "+-3"}, "--x"},
        BadInvocation{
            "points_beyond_long_long",
            {"table", "--function", "elu", "--from", "0", "--to", "1", "--points", "100000000000000000000000"},
            "out of range"}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

}  // namespace
}  // namespace alab
