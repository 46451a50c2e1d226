// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `activation-lab meanmap` as a user would: one valid run per mode, then bad input.
#include "process.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <sstream>

namespace alab {
namespace {

test::ProcessResult run(const std::vector<std::string>& args) {
    std::vector<std::string> full{"meanmap"};
    full.insert(full.end(), args.begin(), args.end());
    return test::runProcess(ALAB_EXECUTABLE, full);
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::stringstream stream(text);
    for (std::string line; std::getline(stream, line);) result.push_back(line);
    return result;
}

// The two numbers of the data row "a,b".
std::pair<double, double> values(const std::string& row) {
    const auto comma = row.find(',');
    return {std::strtod(row.substr(0, comma).c_str(), nullptr), std::strtod(row.substr(comma + 1).c_str(), nullptr)};
}

TEST(MeanmapCommand, MapsMeanAndVariance) {
    // The mpmath values (tests/data/selu_map_reference.csv, correctly rounded).
    const auto r = run({"--mu", "0.5", "--nu", "2", "--omega", "1", "--tau", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 2U) << r.out;
    EXPECT_EQ(rows[0], "mu,nu");
    const auto [mean, variance] = values(rows[1]);
    EXPECT_NEAR(mean, 0.5597380071050765, 1e-15);
    EXPECT_NEAR(variance, 1.9502848462640878, 2e-15);
}

TEST(MeanmapCommand, DefaultsAreTheNormalizedWeightsAndCanonicalConstants) {
    const auto r = run({"--mu", "3", "--nu", "1"});  // omega = 0: mu does not matter
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto [mean, variance] = values(lines(r.out).at(1));
    EXPECT_NEAR(mean, 0.0, 1e-15);
    EXPECT_NEAR(variance, 1.0, 1e-15);
    EXPECT_EQ(lines(r.out).at(1).find(','), lines(r.out).at(1).rfind(','));
}

TEST(MeanmapCommand, FixedPoint) {
    const auto r = run({"--fixed-point"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 2U) << r.out;
    EXPECT_EQ(rows[0], "mu,nu");
    const auto [mean, variance] = values(rows[1]);
    EXPECT_NEAR(mean, 0.0, 1e-12);
    EXPECT_NEAR(variance, 1.0, 1e-12);
}

TEST(MeanmapCommand, FixedPointWithOtherParameters) {
    const auto r = run({"--fixed-point", "--alpha", "1.5", "--lambda", "1.2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto [mean, variance] = values(lines(r.out).at(1));
    // The printed point maps to itself.
    const auto image =
        run({"--alpha", "1.5", "--lambda", "1.2", "--mu", lines(r.out).at(1).substr(0, lines(r.out).at(1).find(',')),
             "--nu", lines(r.out).at(1).substr(lines(r.out).at(1).find(',') + 1)});
    ASSERT_EQ(image.exitCode, 0) << image.err;
    const auto [imageMean, imageVariance] = values(lines(image.out).at(1));
    EXPECT_NEAR(imageMean, mean, 1e-14);
    EXPECT_NEAR(imageVariance, variance, 1e-14 * variance);
}

// Every function's map and fixed point; SELU without --function prints what it always has.
TEST(MeanmapCommand, AnyFunctionsMap) {
    struct Case {
        std::vector<std::string> args;
        double tolerance;  // relative to sqrt(E[f^2]) (to E[f^2] for the variance)
    };
    const Case cases[] = {
        {{"--function", "elu", "--omega", "1", "--tau", "1", "--mu", "0.5", "--nu", "2"}, 1e-14},
        {{"--function", "tanh", "--omega", "1", "--tau", "1", "--mu", "0.5", "--nu", "2"}, 1e-12},
        {{"--expression", "2*tanh(x)", "--omega", "1", "--tau", "1", "--mu", "0.5", "--nu", "2"}, 1e-12},
        {{"--expression", "a*tanh(x)", "--param", "a=2", "--omega", "1", "--tau", "1", "--mu", "0.5", "--nu", "2"},
         1e-12},
    };
    // mpmath at 30 digits for z ~ N(0.5, 2): ELU's closed form (generate_moment_reference.py),
    // tanh by quad; 2 tanh has twice the mean and four times the variance, exactly in binary.
    const std::pair<double, double> expected[] = {{0.6600206835729837, 1.390085765688074},
                                                  {0.2363770687699065, 0.4857084769320483},
                                                  {2 * 0.2363770687699065, 4 * 0.4857084769320483},
                                                  {2 * 0.2363770687699065, 4 * 0.4857084769320483}};
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        const Case& c = cases[i];
        const auto r = run(c.args);
        ASSERT_EQ(r.exitCode, 0) << c.args[1] << ": " << r.err;
        EXPECT_EQ(r.err, "");
        const auto rows = lines(r.out);
        ASSERT_EQ(rows.size(), 2U) << r.out;
        EXPECT_EQ(rows[0], "mu,nu");
        const auto [mean, variance] = values(rows[1]);
        const auto [expectedMean, expectedVariance] = expected[i];
        const double scale = std::sqrt(expectedVariance + expectedMean * expectedMean);
        EXPECT_NEAR(mean, expectedMean, c.tolerance * scale) << c.args[1];
        EXPECT_NEAR(variance, expectedVariance, c.tolerance * scale * scale) << c.args[1];
    }
}

TEST(MeanmapCommand, DefaultIsSeluAndSpellingItOutChangesNothing) {
    const std::vector<std::string> point{"--mu", "0.5", "--nu", "2", "--omega", "1", "--tau", "1"};
    const auto byDefault = run(point);
    std::vector<std::string> spelled{"--function", "selu"};
    spelled.insert(spelled.end(), point.begin(), point.end());
    const auto selu = run(spelled);
    ASSERT_EQ(byDefault.exitCode, 0) << byDefault.err;
    ASSERT_EQ(selu.exitCode, 0) << selu.err;
    EXPECT_EQ(byDefault.out, "mu,nu\n0.55973800710507648,1.9502848462640878\n");
    EXPECT_EQ(selu.out, byDefault.out);
    EXPECT_EQ(run({"--fixed-point", "--function", "selu"}).out, run({"--fixed-point"}).out);
}

TEST(MeanmapCommand, FixedPointOfTwoTanh) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--fixed-point", "--expression", "2*tanh(x)"},
          std::vector<std::string>{"--fixed-point", "--expression", "a*tanh(x)", "--param", "a=2"}}) {
        const auto r = run(args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const auto rows = lines(r.out);
        ASSERT_EQ(rows.size(), 2U) << r.out;
        EXPECT_EQ(rows[0], "mu,nu");
        const auto [mean, variance] = values(rows[1]);
        EXPECT_NEAR(mean, 0.0, 1e-12);
        EXPECT_NEAR(variance, 2.1214735682031785, 1e-10);  // mpmath
    }
}

TEST(MeanmapCommand, SolveGivesTheCanonicalConstants) {
    const auto r = run({"--solve", "--target-mu", "0", "--target-nu", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 2U) << r.out;
    EXPECT_EQ(rows[0], "alpha,lambda");
    const auto [alpha, lambda] = values(rows[1]);
    EXPECT_NEAR(alpha, 1.6732632423543773, 1e-12);
    EXPECT_NEAR(lambda, 1.0507009873554805, 1e-12);
}

// The gain that keeps the variance, 1/sqrt(E[f(z)^2]) for z ~ N(0, 1): one row with 17
// significant digits. ReLU's is He's sqrt(2), SELU's LeCun's 1; the others against the mpmath
// table (tests/data/variance_gain_reference.csv, scripts/generate_gain_reference.py).
TEST(MeanmapCommand, VarianceGain) {
    struct Case {
        std::vector<std::string> function;
        const char* expected;  // as printed; mpmath's double for the closed forms
        double tolerance;      // relative; 0 for the exact text
    };
    const Case cases[] = {
        {{"--function", "relu"}, "1.4142135623730951", 0.0},
        {{"--function", "selu"}, "1", 0.0},
        {{"--function", "leaky_relu", "--slope", "0.2"}, "1.3867504905630728", 0.0},
        {{"--function", "elu"}, "1.2451983007007066", 0.0},
        {{"--function", "tanh"}, "1.5925374197228315", 1e-12},
        {{"--function", "sigmoid"}, "1.8462285453386054", 1e-12},
        {{"--function", "gelu"}, "1.5335304411955353", 1e-12},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"--variance-gain"};
        args.insert(args.end(), c.function.begin(), c.function.end());
        const auto r = run(args);
        ASSERT_EQ(r.exitCode, 0) << c.function[1] << ": " << r.err;
        EXPECT_EQ(r.err, "");
        const auto rows = lines(r.out);
        ASSERT_EQ(rows.size(), 2U) << r.out;
        EXPECT_EQ(rows[0], "gain");
        if (c.tolerance == 0.0) {
            EXPECT_EQ(rows[1], c.expected) << c.function[1];
        } else {
            const double expected = std::strtod(c.expected, nullptr);
            EXPECT_NEAR(std::strtod(rows[1].c_str(), nullptr), expected, c.tolerance * expected) << c.function[1];
            EXPECT_EQ(std::strtod(rows[1].c_str(), nullptr), std::stod(rows[1]));
        }
    }
}

TEST(MeanmapCommand, HelpShowsTheDefaults) {
    const auto r = run({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("1.6732632423543772"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1.0507009873554805"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--omega W       sum of the weights (default 0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(default 1)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--variance-gain"), std::string::npos) << r.out;
}

struct BadInput {
    std::vector<std::string> args;
    std::string mentions;  // what the one line on stderr must name
};

TEST(MeanmapCommand, BadInputIsOneLineExitTwoNothingOnStdout) {
    const BadInput cases[] = {
        {{"--mu", "0"}, "--nu"},
        {{"--nu", "1"}, "--mu"},
        {{"--mu", "0", "--nu", "0"}, "--nu"},
        {{"--mu", "0", "--nu", "-1"}, "--nu"},
        {{"--mu", "0", "--nu", "nan"}, "--nu"},
        {{"--mu", "0", "--nu", "inf"}, "--nu"},
        {{"--mu", "nan", "--nu", "1"}, "--mu"},
        {{"--mu", "-inf", "--nu", "1"}, "--mu"},
        {{"--mu", "abc", "--nu", "1"}, "--mu"},
        {{"--mu", "0", "--nu", "1", "--tau", "0"}, "--tau"},
        {{"--mu", "0", "--nu", "1", "--tau", "-1"}, "--tau"},
        {{"--mu", "0", "--nu", "1e-300", "--tau", "1e-300"}, "--tau"},
        {{"--mu", "0", "--nu", "1e300", "--tau", "1e300"}, "--tau"},
        {{"--mu", "1e300", "--nu", "1", "--omega", "1e300"}, "--omega"},
        {{"--mu", "0", "--nu", "1", "--omega", "nan"}, "--omega"},
        {{"--mu", "0", "--nu", "1", "--alpha", "inf"}, "--alpha"},
        {{"--mu", "0", "--nu", "1", "--lambda", "nan"}, "--lambda"},
        {{"--mu", "0", "--nu", "1e300", "--lambda", "1e10"}, "overflows"},
        {{"--fixed-point", "--lambda", "0.5"}, "no fixed point"},
        {{"--fixed-point", "--lambda", "2"}, "no fixed point"},
        {{"--fixed-point", "--tau", "0"}, "--tau"},
        {{"--fixed-point", "--mu", "0"}, "--mu"},
        {{"--solve", "--target-mu", "0"}, "--target-nu"},
        {{"--solve", "--target-mu", "0", "--target-nu", "0"}, "--target-nu"},
        {{"--solve", "--target-mu", "nan", "--target-nu", "1"}, "--target-mu"},
        {{"--solve", "--target-mu", "-2", "--target-nu", "0.001"}, "no finite alpha"},
        {{"--solve", "--target-mu", "0", "--target-nu", "1", "--alpha", "1"}, "--alpha"},
        {{"--solve", "--fixed-point"}, "--fixed-point and --solve"},
        {{"--mu", "0", "--nu", "1", "--target-mu", "0"}, "--target-mu"},
        {{"--mu", "0", "--nu", "1", "--mu", "1"}, "--mu"},
        {{"--mu", "0", "--nu", "1", "--bogus", "1"}, "--bogus"},
        {{"--mu", "0", "--nu", "1", "extra"}, "extra"},
        {{"--variance-gain"}, "--function"},
        {{"--variance-gain", "--function", "swish"}, "--function"},
        {{"--variance-gain", "--function", "relu", "--alpha", "1"}, "--alpha"},
        {{"--variance-gain", "--function", "elu", "--alpha", "nan"}, "--alpha"},
        {{"--variance-gain", "--function", "selu", "--lambda", "0"}, "no variance-keeping gain"},
        {{"--variance-gain", "--function", "tanh", "--mu", "0"}, "--mu"},
        {{"--variance-gain", "--function", "tanh", "--tau", "1"}, "--tau"},
        {{"--variance-gain", "--solve", "--function", "tanh"}, "--solve and --variance-gain"},
        {{"--mu", "0", "--nu", "1", "--function", "swish"}, "--function"},
        {{"--mu", "0", "--nu", "1", "--function", "relu", "--alpha", "1"}, "--alpha"},
        {{"--mu", "0", "--nu", "1", "--expression", "2*tanh(x"}, "--expression"},
        {{"--mu", "0", "--nu", "1", "--expression", "exp(x^2)"}, "--expression"},
        {{"--mu", "0", "--nu", "1", "--expression", "a*x"}, "a"},
        {{"--mu", "0", "--nu", "1", "--expression", "x", "--function", "tanh"}, "--expression and --function"},
        {{"--mu", "0", "--nu", "1", "--param", "a=1"}, "--param"},
        {{"--mu", "0", "--nu", "1", "--expression", "a*x", "--param", "a=nan"}, "--param"},
        {{"--fixed-point", "--expression", "exp(x^2)"}, "--expression"},
        {{"--fixed-point", "--function", "tanh"}, "the variance collapses"},
        {{"--fixed-point", "--function", "relu", "--tau", "10"}, "diverges"},
        {{"--solve", "--target-mu", "0", "--target-nu", "1", "--function", "tanh"}, "--function"},
        {{"--fixed-point", "--slope", "0.1"}, "--slope"},
    };
    for (const BadInput& c : cases) {
        std::string joined;
        for (const std::string& arg : c.args) joined += arg + " ";
        const auto r = run(c.args);
        EXPECT_EQ(r.exitCode, 2) << joined;
        EXPECT_EQ(r.out, "") << joined;
        EXPECT_EQ(lines(r.err).size(), 1U) << joined << ": " << r.err;
        EXPECT_NE(r.err.find(c.mentions), std::string::npos) << joined << ": " << r.err;
    }
}

}  // namespace
}  // namespace alab
