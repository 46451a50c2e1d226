// SPDX-License-Identifier: GPL-3.0-or-later
// The SELU mean/variance map against mpmath, the paper's numbers, the fixed point and the
// inverse problem.
#include "selu_map.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace alab {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

struct ReferenceRow {
    MeanVariance input;
    SeluMapParameters params;
    MeanVariance image;
    double second = 0.0;  // E[f^2]
    double jacobian[4] = {};
    int line = 0;
};

std::vector<ReferenceRow> readReference() {
    std::ifstream file(std::string(ALAB_TEST_DATA_DIR) + "/selu_map_reference.csv");
    std::vector<ReferenceRow> rows;
    std::string line;
    bool header = false;
    for (int number = 1; std::getline(file, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        if (!header) {
            header = true;
            continue;
        }
        std::vector<double> v;
        std::stringstream fields(line);
        for (std::string field; std::getline(fields, field, ',');) v.push_back(std::strtod(field.c_str(), nullptr));
        if (v.size() != 13) throw std::runtime_error("bad reference line " + std::to_string(number));
        ReferenceRow row;
        row.input = {v[0], v[1]};
        row.params = {v[4], v[5], v[2], v[3]};
        row.image = {v[6], v[7]};
        row.second = v[8];
        for (int i = 0; i < 4; ++i) row.jacobian[i] = v[9 + static_cast<std::size_t>(i)];
        row.line = number;
        rows.push_back(row);
    }
    return rows;
}

double relativeError(double value, double reference) {
    if (value == reference) return 0.0;
    return std::abs(value - reference) / std::abs(reference);
}

std::string describe(const ReferenceRow& row) {
    char text[200];
    std::snprintf(text, sizeof text, "line %d: mu=%.17g nu=%.17g omega=%g tau=%g alpha=%.17g lambda=%.17g", row.line,
                  row.input.mean, row.input.variance, row.params.omega, row.params.tau, row.params.alpha,
                  row.params.lambda);
    return text;
}

TEST(SeluMap, MatchesMpmathReference) {
    const std::vector<ReferenceRow> rows = readReference();
    ASSERT_GE(rows.size(), 300U);
    double worstMean = 0.0, worstVariance = 0.0;
    for (const ReferenceRow& row : rows) {
        const MeanVariance image = seluMap(row.input, row.params);
        const double meanError = relativeError(image.mean, row.image.mean);
        const double varianceError = relativeError(image.variance, row.image.variance);
        EXPECT_LE(meanError, 1e-12) << describe(row) << " mean " << image.mean << " vs " << row.image.mean;
        // A variance far below E[f^2] may keep an absolute error of a few ulp of E[f^2];
        // the quad evaluation does much better, so the allowance is never used on this table.
        if (varianceError > 1e-12) {
            EXPECT_LE(std::abs(image.variance - row.image.variance), 4 * kEps * row.second)
                << describe(row) << " variance " << image.variance << " vs " << row.image.variance;
        }
        EXPECT_GE(image.variance, 0.0);
        worstMean = std::max(worstMean, meanError);
        worstVariance = std::max(worstVariance, varianceError);
    }
    std::printf("worst relative error over %zu rows: mean %.3g, variance %.3g\n", rows.size(), worstMean,
                worstVariance);
    EXPECT_LE(worstVariance, 1e-12);
}

TEST(SeluMap, JacobianMatchesMpmathDerivatives) {
    double worst = 0.0;
    for (const ReferenceRow& row : readReference()) {
        const Eigen::Matrix2d j = seluMapJacobian(row.input, row.params);
        const double entries[4] = {j(0, 0), j(0, 1), j(1, 0), j(1, 1)};
        // Entries are compared on the scale of their row: a derivative that cancels to nearly 0
        // keeps an absolute error of a few ulp of the larger one.
        for (int i = 0; i < 4; ++i) {
            const double reference = row.jacobian[i];
            const double rowScale = std::max(std::abs(row.jacobian[i / 2 * 2]), std::abs(row.jacobian[i / 2 * 2 + 1]));
            const double error = entries[i] == reference ? 0.0
                                                         : std::abs(entries[i] - reference) /
                                                               std::max(std::abs(reference), 1e-6 * rowScale);
            EXPECT_LE(error, 1e-10) << describe(row) << " entry " << i << ": " << entries[i] << " vs " << reference;
            if (std::abs(reference) >= 1e-6 * rowScale) worst = std::max(worst, error);
        }
    }
    std::printf("worst relative Jacobian error: %.3g\n", worst);
}

TEST(SeluMap, CanonicalConstantsFixZeroOne) {
    for (const SeluMapParameters& params : {SeluMapParameters{}, SeluMapParameters{kSeluAlpha, kSeluLambda, 1, 1}}) {
        const MeanVariance image = seluMap({0.0, 1.0}, params);
        EXPECT_NEAR(image.mean, 0.0, 1e-12);
        EXPECT_NEAR(image.variance, 1.0, 1e-12);
    }
}

TEST(SeluMap, SpectralNormAtTheFixedPointIsThePapers) {
    EXPECT_NEAR(seluMapSpectralNorm({0.0, 1.0}), 0.7876733605, 1e-9);
    // The paper's Jacobian at (0, 1): ((0, 0.088834), (0, 0.782648)).
    const Eigen::Matrix2d j = seluMapJacobian({0.0, 1.0});
    EXPECT_EQ(j(0, 0), 0.0);
    EXPECT_EQ(j(1, 0), 0.0);
    EXPECT_NEAR(j(0, 1), 0.088834, 1e-6);
    EXPECT_NEAR(j(1, 1), 0.782648, 1e-6);
}

TEST(SeluMap, FiniteAndNonNegativeAtExtremes) {
    const double means[] = {-1e300, -1e10, -745.0, -50.0, -1e-300, 0.0, 1e-300, 50.0, 745.0, 1e10, 1e300};
    const double variances[] = {1e-300, 1e-30, 1e-6, 1.0, 1e3, 1e5, 1e30, 1e200};
    for (const double mu : means) {
        for (const double nu : variances) {
            for (const double omega : {0.0, 1.0, -1.0}) {
                const MeanVariance image = seluMap({mu, nu}, {kSeluAlpha, kSeluLambda, omega, 1.0});
                EXPECT_TRUE(std::isfinite(image.mean)) << mu << " " << nu << " " << omega;
                EXPECT_TRUE(std::isfinite(image.variance) && image.variance >= 0.0) << mu << " " << nu << " " << omega;
                // The mean of lambda * ELU lies above -lambda alpha.
                EXPECT_GE(image.mean, -kSeluLambda * kSeluAlpha * (1 + 4 * kEps));
                const Eigen::Matrix2d j = seluMapJacobian({mu, nu}, {kSeluAlpha, kSeluLambda, omega, 1.0});
                EXPECT_TRUE(j.allFinite()) << mu << " " << nu << " " << omega;
            }
        }
    }
}

TEST(SeluMap, ImageBeyondTheDoublesIsAnOverflowError) {
    EXPECT_THROW(seluMap({0.0, 1e300}, {kSeluAlpha, 1e10, 0.0, 1.0}), std::overflow_error);
}

TEST(SeluMap, InvalidInputsNameTheField) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    struct Case {
        MeanVariance input;
        SeluMapParameters params;
        const char* field;
    };
    const Case cases[] = {
        {{nan, 1.0}, {}, "mean"},
        {{inf, 1.0}, {}, "mean"},
        {{0.0, 0.0}, {}, "variance"},
        {{0.0, -1.0}, {}, "variance"},
        {{0.0, inf}, {}, "variance"},
        {{0.0, nan}, {}, "variance"},
        {{0.0, 1.0}, {nan, kSeluLambda, 0, 1}, "alpha"},
        {{0.0, 1.0}, {kSeluAlpha, inf, 0, 1}, "lambda"},
        {{0.0, 1.0}, {kSeluAlpha, kSeluLambda, nan, 1}, "omega"},
        {{0.0, 1.0}, {kSeluAlpha, kSeluLambda, 0, 0}, "tau"},
        {{0.0, 1.0}, {kSeluAlpha, kSeluLambda, 0, -2}, "tau"},
        {{0.0, 1e-300}, {kSeluAlpha, kSeluLambda, 0, 1e-300}, "variance*tau"},
        {{0.0, 1e300}, {kSeluAlpha, kSeluLambda, 0, 1e300}, "variance*tau"},
        {{1e300, 1.0}, {kSeluAlpha, kSeluLambda, 1e300, 1}, "mean*omega"},
    };
    for (const Case& c : cases) {
        try {
            seluMap(c.input, c.params);
            ADD_FAILURE() << "no error for " << c.field;
        } catch (const ParameterError& error) {
            EXPECT_EQ(error.field(), c.field);
            EXPECT_NE(std::string(error.what()).find(c.field), std::string::npos) << error.what();
        }
        EXPECT_THROW(seluMapJacobian(c.input, c.params), std::invalid_argument);
    }
}

TEST(SeluFixedPoint, CanonicalIsZeroOne) {
    // Started away from it: the iteration must find it, not just stay.
    const SeluFixedPointResult result = seluFixedPoint({}, {0.5, 2.0});
    ASSERT_TRUE(result.point) << result.error;
    EXPECT_TRUE(result.error.empty());
    EXPECT_NEAR(result.point->mean, 0.0, 1e-12);
    EXPECT_NEAR(result.point->variance, 1.0, 1e-12);
    EXPECT_NEAR(result.spectralNorm, 0.7876733605, 1e-9);
    EXPECT_LT(result.spectralRadius, 1.0);
}

TEST(SeluFixedPoint, OtherParametersGiveAPointTheMapFixes) {
    const SeluMapParameters params{1.5, 1.2, 0.0, 1.0};
    const SeluFixedPointResult result = seluFixedPoint(params);
    ASSERT_TRUE(result.point) << result.error;
    const MeanVariance image = seluMap(*result.point, params);
    EXPECT_NEAR(image.mean, result.point->mean, 1e-14 * (1 + std::abs(image.mean)));
    EXPECT_NEAR(image.variance, result.point->variance, 1e-14 * image.variance);
    EXPECT_LT(result.spectralRadius, 1.0);
}

TEST(SeluFixedPoint, NoneWhenTheVarianceCollapsesOrDiverges) {
    // omega = 0, tau = 1: nu~/nu falls from 1.83 lambda^2 at nu -> 0 to 0.341 lambda^2 at
    // nu -> inf, so a fixed point with nu > 0 needs 0.74 < lambda < 1.71.
    const SeluFixedPointResult small = seluFixedPoint({kSeluAlpha, 0.5, 0.0, 1.0});
    EXPECT_FALSE(small.point);
    EXPECT_NE(small.error.find("collapses"), std::string::npos) << small.error;
    const SeluFixedPointResult large = seluFixedPoint({kSeluAlpha, 2.0, 0.0, 1.0});
    EXPECT_FALSE(large.point);
    EXPECT_NE(large.error.find("diverges"), std::string::npos) << large.error;
}

TEST(SeluFixedPoint, InvalidStartIsAParameterError) {
    EXPECT_THROW(seluFixedPoint({}, {0.0, 0.0}), ParameterError);
    EXPECT_THROW(seluFixedPoint({kSeluAlpha, kSeluLambda, 0.0, -1.0}), ParameterError);
}

TEST(SolveSeluParameters, ZeroOneGivesTheCanonicalConstants) {
    const SeluSolveResult result = solveSeluParameters({0.0, 1.0});
    ASSERT_TRUE(result.parameters) << result.error;
    EXPECT_NEAR(result.parameters->alpha, 1.6732632423543773, 1e-12);
    EXPECT_NEAR(result.parameters->lambda, 1.0507009873554805, 1e-12);
}

TEST(SolveSeluParameters, SolutionsReproduceTheirTargets) {
    const MeanVariance targets[] = {{0.0, 1.5}, {0.1, 1.0},  {-0.1, 1.0}, {0.0, 0.5},
                                    {0.5, 2.0}, {-0.2, 0.5}, {1.0, 0.01}};
    for (const MeanVariance target : targets) {
        const SeluSolveResult result = solveSeluParameters(target);
        ASSERT_TRUE(result.parameters) << target.mean << " " << target.variance << ": " << result.error;
        EXPECT_GT(result.parameters->lambda, 0.0);
        const MeanVariance image = seluMap(target, {result.parameters->alpha, result.parameters->lambda, 1.0, 1.0});
        const double meanScale = std::abs(target.mean) + std::sqrt(target.variance);
        EXPECT_NEAR(image.mean, target.mean, 1e-13 * meanScale) << target.mean << " " << target.variance;
        EXPECT_NEAR(image.variance, target.variance, 1e-13 * target.variance) << target.mean << " " << target.variance;
    }
}

TEST(SolveSeluParameters, NoSolutionIsReported) {
    // N(-2, 0.001) lies where lambda alpha expm1(z) is nearly linear: its mean-to-spread ratio
    // is fixed whatever alpha is, and only alpha ~ 1e-400 (lambda ~ 1e400) would bring in the
    // linear branch's tail to adjust it.
    const SeluSolveResult result = solveSeluParameters({-2.0, 0.001});
    EXPECT_FALSE(result.parameters);
    EXPECT_NE(result.error.find("no finite alpha and lambda"), std::string::npos) << result.error;
    EXPECT_THROW(solveSeluParameters({0.0, 0.0}), ParameterError);
    EXPECT_THROW(solveSeluParameters({std::numeric_limits<double>::quiet_NaN(), 1.0}), ParameterError);
}

}  // namespace
}  // namespace alab
