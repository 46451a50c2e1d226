// SPDX-License-Identifier: GPL-3.0-or-later
// activation-lab stats, run as a user would.
#include "process.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <sstream>

namespace alab {
namespace {

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

using test::split;

TEST(StatsCommand, OneRowWithSampledAndExactMoments) {
    const auto r = run({"stats", "--function", "relu", "--samples", "200000", "--seed", "3"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto lines = split(r.out, '\n');
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(lines[0], "function,samples,sample_mean,sample_var,exact_mean,exact_var,dead_fraction");
    const auto cells = split(lines[1], ',');
    ASSERT_EQ(cells.size(), 7U);
    EXPECT_EQ(cells[0], "relu");
    EXPECT_EQ(cells[1], "200000");
    EXPECT_EQ(std::strtod(cells[4].c_str(), nullptr), 0.39894228040143268);  // exact, N(0, 1)
    EXPECT_NEAR(std::strtod(cells[2].c_str(), nullptr), 0.39894228040143268, 5 * std::sqrt(0.3408 / 200000));
    EXPECT_NEAR(std::strtod(cells[6].c_str(), nullptr), 0.5, 5 * std::sqrt(0.25 / 200000));
}

TEST(StatsCommand, ComparisonFamilyExactMoments) {
    // GELU's mean has a closed form: 1 / (2 sqrt(pi)) for N(0, 1).
    const auto gelu = run({"stats", "--function", "gelu", "--samples", "10000"});
    ASSERT_EQ(gelu.exitCode, 0) << gelu.err;
    const auto cells = split(split(gelu.out, '\n')[1], ',');
    ASSERT_EQ(cells.size(), 7U);
    EXPECT_EQ(cells[0], "gelu");
    EXPECT_EQ(std::strtod(cells[4].c_str(), nullptr), 0.28209479177387814);
    for (const char* id : {"gelu_tanh", "silu", "mish", "softplus", "tanh", "sigmoid", "celu", "prelu"}) {
        const auto r = run({"stats", "--function", id, "--samples", "1000", "--mu", "0.5", "--sigma", "2"});
        EXPECT_EQ(r.exitCode, 0) << id << ": " << r.err;
        EXPECT_EQ(split(r.out, '\n').size(), 2U) << id;
    }
    // tanh is odd: E[tanh(z)] = 0 for z ~ N(0, sigma^2).
    const auto tanhRow = split(split(run({"stats", "--function", "tanh", "--samples", "1000"}).out, '\n')[1], ',');
    EXPECT_NEAR(std::strtod(tanhRow[4].c_str(), nullptr), 0.0, 1e-15);
}

TEST(StatsCommand, SameSeedSameOutputDifferentSeedDifferent) {
    const std::vector<std::string> base{"stats", "--function", "elu", "--samples", "1000", "--seed"};
    auto with = [&](const char* seed) {
        auto args = base;
        args.push_back(seed);
        return run(args).out;
    };
    EXPECT_EQ(with("8"), with("8"));
    EXPECT_NE(with("8"), with("9"));
}

TEST(StatsCommand, CountsInScientificNotationAreExact) {
    const auto plain = run({"stats", "--function", "elu", "--samples", "25000", "--seed", "4"});
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    for (const char* written : {"2.5e4", "25e3", "2.50E+4", "250000e-1"}) {
        const auto r = run({"stats", "--function", "elu", "--samples", written, "--seed", "4"});
        EXPECT_EQ(r.exitCode, 0) << written << ": " << r.err;
        EXPECT_EQ(r.out, plain.out) << written;
    }
}

TEST(StatsCommand, SeedsUpToTwoToTheSixtyFourAreAccepted) {
    const auto r = run({"stats", "--function", "elu", "--samples", "10", "--seed", "18446744073709551615"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST(StatsCommand, HistogramFollowsABlankLine) {
    const auto r = run({"stats", "--function", "selu", "--mu", "-0.5", "--sigma", "2", "--samples", "5000", "--bins",
                        "20", "--histogram"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto lines = split(r.out, '\n');
    ASSERT_EQ(lines.size(), 2U + 1U + 1U + 20U);
    EXPECT_EQ(lines[2], "");
    EXPECT_EQ(lines[3], "bin_low,bin_high,count,density");
    long long total = 0;
    for (std::size_t i = 4; i < lines.size(); ++i) total += std::atoll(split(lines[i], ',').at(2).c_str());
    EXPECT_EQ(total, 5000);
}

struct BadStats {
    const char* name;
    std::vector<std::string> args;
    const char* mentions;
};

void PrintTo(const BadStats& c, std::ostream* os) { *os << c.name; }

class BadStatsInvocations : public ::testing::TestWithParam<BadStats> {};

TEST_P(BadStatsInvocations, OneLineOnStderrExitTwoNothingOnStdout) {
    const auto r = run(GetParam().args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    const auto lines = split(r.err, '\n');
    ASSERT_EQ(lines.size(), 1U) << r.err;
    EXPECT_NE(lines[0].find(GetParam().mentions), std::string::npos) << lines[0];
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadStatsInvocations,
    ::testing::Values(
        BadStats{"sigma_zero", {"stats", "--function", "elu", "--sigma", "0"}, "--sigma"},
        BadStats{"sigma_negative", {"stats", "--function", "elu", "--sigma", "-1"}, "--sigma"},
        BadStats{"sigma_nan", {"stats", "--function", "elu", "--sigma", "nan"}, "--sigma"},
        BadStats{"mu_inf", {"stats", "--function", "elu", "--mu", "inf"}, "--mu"},
        BadStats{"one_sample", {"stats", "--function", "elu", "--samples", "1"}, "--samples"},
        BadStats{"too_many_samples", {"stats", "--function", "elu", "--samples", "100000001"}, "--samples"},
        BadStats{"negative_samples", {"stats", "--function", "elu", "--samples", "-5"}, "--samples"},
        BadStats{"fractional_samples", {"stats", "--function", "elu", "--samples", "2.5e0"}, "--samples"},
        BadStats{"samples_below_one", {"stats", "--function", "elu", "--samples", "1e-3"}, "--samples"},
        BadStats{"samples_beyond_64_bits", {"stats", "--function", "elu", "--samples", "1e30"}, "--samples"},
        BadStats{"samples_no_mantissa", {"stats", "--function", "elu", "--samples", "e5"}, "--samples"},
        BadStats{"few_bins", {"stats", "--function", "elu", "--bins", "9"}, "--bins"},
        BadStats{"many_bins", {"stats", "--function", "elu", "--bins", "1001"}, "--bins"},
        BadStats{"negative_seed", {"stats", "--function", "elu", "--seed", "-1"}, "--seed"},
        BadStats{"seed_beyond_64_bits", {"stats", "--function", "elu", "--seed", "18446744073709551616"}, "--seed"},
        BadStats{"nan_alpha", {"stats", "--function", "elu", "--alpha", "nan"}, "--alpha"},
        BadStats{"unknown_function", {"stats", "--function", "swish"}, "unknown function"},
        BadStats{
            "softplus_negative_threshold", {"stats", "--function", "softplus", "--threshold", "-1"}, "--threshold"},
        BadStats{"beta_on_gelu", {"stats", "--function", "gelu", "--beta", "2"}, "--beta"},
        BadStats{"histogram_value", {"stats", "--function", "elu", "--histogram=yes"}, "--histogram"},
        // Finite but so wide that f(z) spans more than a double: an error, not an abort.
        BadStats{"huge_sigma", {"stats", "--function", "relu", "--sigma", "1e308", "--samples", "100"}, "--sigma"},
        BadStats{"huge_alpha_and_mu",
                 {"stats", "--function", "elu", "--alpha", "1e308", "--mu", "-1e308", "--sigma", "1e308"},
                 "--mu"}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

}  // namespace
}  // namespace alab
