// SPDX-License-Identifier: GPL-3.0-or-later
// Closed-form moments against the mpmath table (scripts/generate_moment_reference.py).
#include "moments.h"

#include "csv_table.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace alab {
namespace {

constexpr double kRelativeTolerance = 1e-12;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

struct MomentRow {
    std::string function;
    double alpha, lambda, slope, beta, threshold, mu, sigma, mean, secondMoment, variance;
    int line;
};

std::vector<MomentRow> readMomentTable() {
    std::vector<MomentRow> rows;
    for (const test::CsvRow& row : test::readCsvTable("moments_reference.csv", 11)) {
        rows.push_back({row.cells[0], row.number(1), row.number(2), row.number(3), row.number(4), row.number(5),
                        row.number(6), row.number(7), row.number(8), row.number(9), row.number(10), row.line});
    }
    return rows;
}

Activation activationFor(const MomentRow& row) {
    if (row.function == "relu") return Activation::relu();
    if (row.function == "leaky_relu") return Activation::leakyRelu(row.slope);
    if (row.function == "elu") return Activation::elu(row.alpha);
    if (row.function == "selu") return Activation::selu(row.alpha, row.lambda);
    if (row.function == "prelu") return Activation::prelu(row.slope);
    if (row.function == "celu") return Activation::celu(row.alpha);
    if (row.function == "silu") return Activation::silu(row.beta);
    if (row.function == "softplus") return Activation::softplus(row.beta, row.threshold);
    const auto kind = parseFunctionId(row.function);
    if (!kind) throw std::runtime_error("unknown function " + row.function);
    return Activation::withDefaults(*kind);
}

bool hasClosedForm(const std::string& function) {
    for (const char* name : {"relu", "leaky_relu", "elu", "selu", "prelu", "celu"}) {
        if (function == name) return true;
    }
    return false;
}

double relativeError(double value, double reference) {
    if (value == reference) return 0.0;
    return std::abs(value - reference) / std::abs(reference);
}

TEST(NormalMoments, MatchTheHighPrecisionTable) {
    const std::vector<MomentRow> rows = readMomentTable();
    ASSERT_EQ(rows.size(), 1920U);
    double worstMean = 0.0, worstSecond = 0.0, worstVariance = 0.0;
    for (const MomentRow& row : rows) {
        if (!hasClosedForm(row.function)) continue;
        const NormalMoments m = normalMoments(activationFor(row), row.mu, row.sigma);
        const std::string where = "moments_reference.csv:" + std::to_string(row.line) + " " + row.function +
                                  " mu=" + std::to_string(row.mu) + " sigma=" + std::to_string(row.sigma);
        const double meanError = relativeError(m.mean, row.mean);
        const double secondError = relativeError(m.secondMoment, row.secondMoment);
        // A variance many orders below E[f^2] is known to a few ulp of E[f^2] at best.
        const double varianceAllowance = kRelativeTolerance * std::abs(row.variance) + 4 * kEpsilon * row.secondMoment;
        EXPECT_LE(meanError, kRelativeTolerance) << where << " mean " << m.mean << " want " << row.mean;
        EXPECT_LE(secondError, kRelativeTolerance) << where << " E[f^2] " << m.secondMoment;
        EXPECT_LE(std::abs(m.variance - row.variance), varianceAllowance)
            << where << " variance " << m.variance << " want " << row.variance;
        EXPECT_GE(m.variance, 0.0) << where;
        worstMean = std::max(worstMean, meanError);
        worstSecond = std::max(worstSecond, secondError);
        // Relative error of the variance is meaningful where it is not far below E[f^2].
        if (row.variance > 1e-3 * row.secondMoment) {
            worstVariance = std::max(worstVariance, relativeError(m.variance, row.variance));
        }
    }
    std::printf("worst relative error: mean %.3g, E[f^2] %.3g, variance (where >= 1e-3 E[f^2]) %.3g\n", worstMean,
                worstSecond, worstVariance);
}

// The functions without closed forms, integrated numerically: errors relative to the scale of
// E[f^2] (its square root for the mean), the bar issue 7 sets being 1e-10.
TEST(NormalMoments, QuadratureMatchesTheHighPrecisionTable) {
    constexpr double kScaleTolerance = 1e-12;
    std::map<std::string, std::array<double, 3>> worst;
    int checked = 0;
    for (const MomentRow& row : readMomentTable()) {
        if (hasClosedForm(row.function)) continue;
        ++checked;
        const NormalMoments m = normalMoments(activationFor(row), row.mu, row.sigma);
        const std::string where = "moments_reference.csv:" + std::to_string(row.line) + " " + row.function +
                                  " mu=" + std::to_string(row.mu) + " sigma=" + std::to_string(row.sigma);
        // E[f^2] underflows for GELU at mu = -38: there errors count against the smallest normal.
        const double scale = std::max(row.secondMoment, std::numeric_limits<double>::min());
        const double rootScale = std::max(std::sqrt(row.secondMoment), std::numeric_limits<double>::min());
        const double meanError = std::abs(m.mean - row.mean) / rootScale;
        const double secondError = std::abs(m.secondMoment - row.secondMoment) / scale;
        const double varianceError = std::abs(m.variance - row.variance) / scale;
        EXPECT_LE(meanError, kScaleTolerance) << where << " mean " << m.mean << " want " << row.mean;
        EXPECT_LE(secondError, kScaleTolerance)
            << where << " E[f^2] " << m.secondMoment << " want " << row.secondMoment;
        EXPECT_LE(varianceError, kScaleTolerance) << where << " variance " << m.variance << " want " << row.variance;
        EXPECT_GE(m.variance, 0.0) << where;
        auto& w = worst[row.function];
        w = {std::max(w[0], meanError), std::max(w[1], secondError), std::max(w[2], varianceError)};
    }
    EXPECT_EQ(checked, 360);
    for (const auto& [function, w] : worst) {
        std::printf("%s: worst error / scale: mean %.3g, E[f^2] %.3g, variance %.3g\n", function.c_str(), w[0], w[1],
                    w[2]);
    }
}

TEST(NormalMoments, GeluMeanIsTheClosedForm) {
    // E[z Phi(z)] = mu Phi(mu/s) + sigma^2/s phi(mu/s), s = sqrt(1 + sigma^2): at N(0, 1), 1/(2 sqrt(pi)).
    EXPECT_NEAR(normalMoments(Activation::gelu(), 0.0, 1.0).mean, 0.28209479177387814, 1e-16);
}

// The figures the issue names for N(0, 1) input.
TEST(NormalMoments, StandardNormalFigures) {
    EXPECT_EQ(normalMoments(Activation::relu(), 0.0, 1.0).mean, 0.39894228040143268);
    EXPECT_EQ(normalMoments(Activation::elu(1.0), 0.0, 1.0).mean, 0.16052057226655605);
    const NormalMoments selu = normalMoments(Activation::selu(), 0.0, 1.0);
    EXPECT_NEAR(selu.mean, 0.0, 1e-15);
    EXPECT_NEAR(selu.variance, 1.0, 1e-15);
}

TEST(NormalMoments, SigmaAndMuAreValidated) {
    const Activation f = Activation::elu();
    for (const double sigma : {0.0, -1.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
        try {
            normalMoments(f, 0.0, sigma);
            ADD_FAILURE() << "sigma " << sigma << " accepted";
        } catch (const ParameterError& error) {
            EXPECT_EQ(error.field(), "sigma");
        }
    }
    EXPECT_THROW(normalMoments(f, std::nan(""), 1.0), ParameterError);
}

// Far tails stay finite and sensible where naive formulas overflow (e^(mu + sigma^2/2)).
TEST(NormalMoments, ExtremeInputsStayFinite) {
    const NormalMoments wide = normalMoments(Activation::elu(), 0.0, 40.0);  // e^800 inside A
    EXPECT_TRUE(std::isfinite(wide.mean));
    // E = sigma phi(0) + (A - 1/2), A = e^800 Phi(-40) = (1 - 1/40^2 + 3/40^4 - 15/40^6) / (40 sqrt(2 pi)).
    const double s = 40.0;
    const double a = (1 - 1 / (s * s) + 3 / std::pow(s, 4) - 15 / std::pow(s, 6)) / (s * std::sqrt(2 * M_PI));
    EXPECT_NEAR(wide.mean, s / std::sqrt(2 * M_PI) - 0.5 + a, 1e-12);
    const NormalMoments farLeft = normalMoments(Activation::elu(2.0), -1e6, 1.0);
    EXPECT_EQ(farLeft.mean, -2.0);
    EXPECT_EQ(normalMoments(Activation::relu(), -1e6, 1.0).mean, 0.0);
}

}  // namespace
}  // namespace alab
