// Closed-form moments against the mpmath table (scripts/generate_moment_reference.py).
#include "moments.h"

#include "csv_table.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace alab {
namespace {

constexpr double kRelativeTolerance = 1e-12;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

struct MomentRow {
    std::string function;
    double alpha, lambda, slope, mu, sigma, mean, secondMoment, variance;
    int line;
};

std::vector<MomentRow> readMomentTable() {
    std::vector<MomentRow> rows;
    for (const test::CsvRow& row : test::readCsvTable("moments_reference.csv", 9)) {
        rows.push_back({row.cells[0], row.number(1), row.number(2), row.number(3), row.number(4), row.number(5),
                        row.number(6), row.number(7), row.number(8), row.line});
    }
    return rows;
}

Activation activationFor(const MomentRow& row) {
    if (row.function == "relu") return Activation::relu();
    if (row.function == "leaky_relu") return Activation::leakyRelu(row.slope);
    if (row.function == "elu") return Activation::elu(row.alpha);
    return Activation::selu(row.alpha, row.lambda);
}

double relativeError(double value, double reference) {
    if (value == reference) return 0.0;
    return std::abs(value - reference) / std::abs(reference);
}

TEST(NormalMoments, MatchTheHighPrecisionTable) {
    const std::vector<MomentRow> rows = readMomentTable();
    ASSERT_EQ(rows.size(), 1200U);
    double worstMean = 0.0, worstSecond = 0.0, worstVariance = 0.0;
    for (const MomentRow& row : rows) {
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
