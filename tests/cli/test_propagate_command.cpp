// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real activation-lab executable: `propagate`.
#include "process.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace alab {
namespace {

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::stringstream stream(text);
    for (std::string line; std::getline(stream, line);) result.push_back(line);
    return result;
}

std::vector<std::string> fields(const std::string& row) {
    std::vector<std::string> result;
    std::stringstream stream(row);
    for (std::string field; std::getline(stream, field, ',');) result.push_back(field);
    return result;
}

// The whole text is a number.
double number(const std::string& text) {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    EXPECT_EQ(used, text.size()) << text;
    return value;
}

TEST(PropagateCommand, OneRowPerLayer) {
    const auto r = run({"propagate", "--function", "selu", "--depth", "5", "--width", "32", "--batch", "64"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 6U);
    EXPECT_EQ(rows[0], "layer,mean,var,dead_fraction,grad_var,zero_grad_fraction");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i]);
        const auto values = fields(rows[i]);
        ASSERT_EQ(values.size(), 6U);
        EXPECT_EQ(values[0], std::to_string(i));
        EXPECT_LT(std::abs(number(values[1])), 0.5);
        EXPECT_GT(number(values[2]), 0.0);
        EXPECT_EQ(number(values[3]), 0.0);
        // SELU keeps the gradient's size too, and never has a zero gradient.
        EXPECT_GT(number(values[4]), 0.3);
        EXPECT_LT(number(values[4]), 3.0);
        EXPECT_EQ(number(values[5]), 0.0);
    }
}

// One column of the table, as numbers.
std::vector<double> column(const std::string& out, std::size_t index) {
    std::vector<double> result;
    const auto rows = lines(out);
    for (std::size_t i = 1; i < rows.size(); ++i) result.push_back(number(fields(rows[i]).at(index)));
    return result;
}

// CS231n's "collapse": tanh at width 500 with 0.01 randn weights (LeCun's std 1/sqrt(500) times
// 0.2236) multiplies the variance by 500 * 0.01^2 = 1/20 per layer, where tanh is nearly linear;
// the gradient falls by the same factor on its way back.
TEST(PropagateCommand, GainReproducesCs231nCollapse) {
    const auto r = run(
        {"propagate", "--function", "tanh", "--depth", "5", "--width", "500", "--batch", "200", "--gain", "0.2236"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<double> variance = column(r.out, 2);
    const std::vector<double> gradient = column(r.out, 4);
    ASSERT_EQ(variance.size(), 5U);
    for (std::size_t i = 1; i < variance.size(); ++i) {
        SCOPED_TRACE("layer " + std::to_string(i + 1));
        EXPECT_NEAR(variance[i - 1] / variance[i], 20.0, 1.5);
        EXPECT_NEAR(gradient[i] / gradient[i - 1], 20.0, 1.5);
    }
    // The default gain is 1; He is LeCun with gain sqrt(2) (up to the rounding of the std).
    const std::vector<std::string> base{"propagate", "--function", "relu", "--depth", "3", "--width", "32"};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    };
    EXPECT_EQ(with({}).out, with({"--gain", "1"}).out);
    EXPECT_EQ(with({}).out, with({"--bias-std", "0"}).out);
    const std::vector<double> he = column(with({"--init", "he"}).out, 2);
    const std::vector<double> gained = column(with({"--gain", "1.4142135623730951"}).out, 2);
    ASSERT_EQ(he.size(), gained.size());
    for (std::size_t i = 0; i < he.size(); ++i) EXPECT_NEAR(he[i], gained[i], 1e-5 * he[i]);
    EXPECT_NE(with({}).out, with({"--bias-std", "0.5"}).out);
}

// With --unit-means the backward pass is not needed, and the numbers are those of the table.
TEST(PropagateCommand, BiasesAndGainApplyToUnitMeans) {
    const std::vector<std::string> args{"propagate", "--function", "elu",     "--depth", "2",
                                        "--width",   "8",          "--batch", "30",      "--gain",
                                        "1.7",       "--bias-std", "0.4",     "--seed",  "3"};
    const auto table = run(args);
    ASSERT_EQ(table.exitCode, 0) << table.err;
    std::vector<std::string> unitArgs = args;
    unitArgs.insert(unitArgs.end(), {"--unit-means", "2"});
    const auto units = run(unitArgs);
    ASSERT_EQ(units.exitCode, 0) << units.err;
    double sum = 0.0;
    for (const double mean : column(units.out, 1)) sum += mean;
    const double layerMean = column(table.out, 1).at(1);
    EXPECT_NEAR(sum / 8, layerMean, 1e-12 * std::abs(layerMean));
}

TEST(PropagateCommand, ComparisonFamilyAndTheirParameters) {
    const std::vector<std::vector<std::string>> invocations{
        {"--function", "silu", "--beta", "1.5"},
        {"--function", "softplus", "--beta", "2", "--threshold", "10"},
        {"--function", "gelu"},
        {"--function", "tanh"},
        {"--function", "prelu", "--slope", "0.1"},
    };
    for (const auto& function : invocations) {
        std::vector<std::string> args{"propagate", "--depth", "3", "--width", "16", "--batch", "32"};
        args.insert(args.end(), function.begin(), function.end());
        const auto r = run(args);
        ASSERT_EQ(r.exitCode, 0) << function[1] << ": " << r.err;
        EXPECT_EQ(lines(r.out).size(), 4U) << function[1];
    }
    const auto wrong = run({"propagate", "--function", "mish", "--beta", "2"});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_NE(wrong.err.find("--beta does not apply to mish"), std::string::npos) << wrong.err;
}

TEST(PropagateCommand, SameSeedSameOutputOtherSeedOtherOutput) {
    const std::vector<std::string> base{"propagate", "--function", "elu",     "--alpha", "0.5",    "--depth", "3",
                                        "--width",   "16",         "--batch", "20",      "--init", "he"};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    };
    const auto first = with({"--seed", "7"});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_EQ(first.out, with({"--seed", "7"}).out);
    EXPECT_NE(first.out, with({"--seed", "8"}).out);
    EXPECT_EQ(run(base).out, with({"--seed", "1"}).out);  // the documented default
}

TEST(PropagateCommand, UnitMeansOfOneLayer) {
    const std::vector<std::string> args{"propagate", "--function", "relu",    "--depth", "4",
                                        "--width",   "10",         "--batch", "50"};
    const auto table = run(args);
    ASSERT_EQ(table.exitCode, 0) << table.err;
    const double layerMean = number(fields(lines(table.out)[3])[1]);

    std::vector<std::string> unitArgs = args;
    unitArgs.insert(unitArgs.end(), {"--unit-means", "3"});
    const auto r = run(unitArgs);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 11U);
    EXPECT_EQ(rows[0], "unit,mean");
    double sum = 0.0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto values = fields(rows[i]);
        ASSERT_EQ(values.size(), 2U);
        EXPECT_EQ(values[0], std::to_string(i));
        const double mean = number(values[1]);
        EXPECT_GE(mean, 0.0);  // ReLU
        sum += mean;
    }
    EXPECT_NEAR(sum / 10, layerMean, 1e-12 * layerMean);
}

TEST(PropagateCommand, HelpDocumentsTheDefaults) {
    const auto r = run({"propagate", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* text : {"--init", "lecun", "default 1000", "default 1)", "--unit-means", "--gain", "--bias-std",
                             "grad_var", "zero_grad_fraction"}) {
        EXPECT_NE(r.out.find(text), std::string::npos) << text;
    }
}

struct BadInput {
    std::vector<std::string> args;
    const char* mentions;  // the option the error message must name
};

TEST(PropagateCommand, BadInputIsOneLineOnStderrAndExitCode2) {
    const std::vector<std::string> valid{"--function", "selu", "--depth", "3", "--width", "8"};
    auto replaced = [&](const std::string& option, const std::string& value) {
        std::vector<std::string> args{"propagate"};
        for (std::size_t i = 0; i < valid.size(); i += 2) {
            args.push_back(valid[i]);
            args.push_back(valid[i] == option ? value : valid[i + 1]);
        }
        return args;
    };
    auto extended = [&](std::vector<std::string> extra) {
        std::vector<std::string> args{"propagate"};
        args.insert(args.end(), valid.begin(), valid.end());
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
    };
    const std::vector<BadInput> cases{
        {replaced("--depth", "0"), "--depth"},
        {replaced("--depth", "-5"), "--depth"},
        {replaced("--depth", "2.5"), "--depth"},
        {replaced("--width", "0"), "--width"},
        {replaced("--width", "99999999999"), "--width"},
        {replaced("--width", "30000"), "--width"},  // 7 GB of weights
        {extended({"--batch", "0"}), "--batch"},
        {extended({"--batch", "100000000"}), "--batch"},  // 6.4 GB of activations
        // 4e7 one-unit layers: tiny matrices, but 4.5 GB of per-layer results.
        {{"propagate", "--function", "selu", "--depth", "40000000", "--width", "1", "--batch", "1"}, "--depth"},
        {extended({"--init", "xavier"}), "--init"},
        {extended({"--seed", "-1"}), "--seed"},
        {extended({"--unit-means", "0"}), "--unit-means"},
        {extended({"--unit-means", "4"}), "--unit-means"},
        {extended({"--lambda", "nan"}), "--lambda"},
        {extended({"--alpha", "inf"}), "--alpha"},
        {extended({"--slope", "0.1"}), "--slope"},  // not a SELU parameter
        {replaced("--function", "swish"), "--function"},
        {{"propagate", "--width", "8", "--depth", "2"}, "--function"},
        {{"propagate", "--function", "relu", "--width", "8"}, "--depth"},
        {{"propagate", "--function", "relu", "--depth", "8"}, "--width"},
        {extended({"--layers", "3"}), "--layers"},
        {extended({"--gain", "0"}), "--gain"},
        {extended({"--gain", "-0"}), "--gain"},
        {extended({"--gain", "-1.5"}), "--gain"},
        {extended({"--gain", "nan"}), "--gain"},
        {extended({"--gain", "inf"}), "--gain"},
        {extended({"--gain", "-inf"}), "--gain"},
        {extended({"--gain", "1e999"}), "--gain"},
        {extended({"--gain", "two"}), "--gain"},
        {extended({"--gain", ""}), "--gain"},
        {extended({"--gain"}), "--gain"},
        {extended({"--bias-std", "-0.1"}), "--bias-std"},
        {extended({"--bias-std", "-1e-300"}), "--bias-std"},
        {extended({"--bias-std", "nan"}), "--bias-std"},
        {extended({"--bias-std", "inf"}), "--bias-std"},
        {extended({"--bias-std", "0.1x"}), "--bias-std"},
        {extended({"--bias-std", "1", "--gain", "0"}), "--gain"},
    };
    for (const BadInput& c : cases) {
        std::string joined;
        for (const std::string& arg : c.args) joined += arg + " ";
        SCOPED_TRACE(joined);
        const auto r = run(c.args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(lines(r.err).size(), 1U) << r.err;
        EXPECT_NE(r.err.find(c.mentions), std::string::npos) << r.err;
    }
}

}  // namespace
}  // namespace alab
