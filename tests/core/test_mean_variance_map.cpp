// SPDX-License-Identifier: GPL-3.0-or-later
// The mean/variance map of any function and its fixed points, against the mpmath tables of
// scripts/generate_mean_map_reference.py; the searches that end without a fixed point.
#include "mean_variance_map.h"

#include "csv_table.h"
#include "expression/typed_function.h"
#include "function_registry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace alab {
namespace {

Activation typed(const std::string& expression) { return Activation::typed(TypedFunction::create("", expression)); }

Activation activationFor(const std::string& function, const std::string& expression, double alpha) {
    if (function == "typed") return typed(expression);
    if (function == "elu") return Activation::elu(alpha);
    const auto kind = parseFunctionId(function);
    if (!kind) throw std::runtime_error("unknown function " + function);
    return Activation::withDefaults(*kind);
}

TEST(MeanVarianceMap, MatchesTheMpmathTable) {
    int rows = 0;
    for (const test::CsvRow& row : test::readCsvTable("mean_map_reference.csv", 9)) {
        SCOPED_TRACE("mean_map_reference.csv:" + std::to_string(row.line) + " " + row.cells[0] + " " + row.cells[1]);
        const Activation f = activationFor(row.cells[0], row.cells[1], row.number(2));
        const MeanMapWeights weights{row.number(3), row.number(4)};
        const MeanVariance image = meanVarianceMap(f, {row.number(5), row.number(6)}, weights);
        const double expectedMean = row.number(7), expectedVariance = row.number(8);
        // The moments' documented bound: 1e-12 of E[f^2] (of its root for the mean); ELU's closed
        // form keeps ~1e-15.
        const double scale = std::sqrt(expectedVariance + expectedMean * expectedMean);
        const double tolerance = row.cells[0] == "elu" ? 1e-14 : 1e-12;
        EXPECT_NEAR(image.mean, expectedMean, tolerance * scale);
        EXPECT_NEAR(image.variance, expectedVariance, tolerance * scale * scale);
        ++rows;
    }
    EXPECT_EQ(rows, 30);
}

TEST(MeanVarianceMap, SeluIsTheSeluMap) {
    const Activation selu = Activation::selu();
    for (const MeanVariance point : {MeanVariance{0.0, 1.0}, MeanVariance{0.4, 1.7}, MeanVariance{-0.8, 0.3}}) {
        EXPECT_EQ(meanVarianceMap(selu, point, {0.5, 1.2}), seluMap(point, {kSeluAlpha, kSeluLambda, 0.5, 1.2}));
    }
}

TEST(MeanVarianceMap, JacobianOfTanhAgainstItsClosedFormAtZero) {
    // With omega = 0 the image does not depend on mu; at small nu, Var[tanh z] = nu - 2 nu^2 + O(nu^3).
    const Eigen::Matrix2d j = meanVarianceMapJacobian(Activation::tanh(), {0.3, 1e-3}, {0.0, 1.0});
    EXPECT_EQ(j(0, 0), 0.0);
    EXPECT_EQ(j(1, 0), 0.0);
    EXPECT_NEAR(j(1, 1), 1.0 - 4e-3, 5e-5);
}

TEST(MeanVarianceMapFixedPoint, MatchesTheMpmathTable) {
    int rows = 0;
    for (const test::CsvRow& row : test::readCsvTable("mean_map_fixed_points.csv", 6)) {
        SCOPED_TRACE("mean_map_fixed_points.csv:" + std::to_string(row.line) + " " + row.cells[0] + " " + row.cells[1] +
                     " tau " + row.cells[2]);
        const Activation f = activationFor(row.cells[0], row.cells[1], kDefaultEluAlpha);
        const FixedPointResult result = findFixedPoint(f, {0.0, row.number(2)});
        ASSERT_EQ(result.status, FixedPointStatus::Found) << result.message;
        const double mean = row.number(3), variance = row.number(4);
        // The map's 1e-12 grows by 1 / (1 - slope) at the point.
        EXPECT_NEAR(result.point->mean, mean, 1e-10 * std::sqrt(variance));
        EXPECT_NEAR(result.point->variance, variance, 1e-10 * variance);
        EXPECT_LT(result.spectralRadius, 1.0);
        EXPECT_LE(result.evaluations, 1000 + 40 * 5);
        ++rows;
    }
    EXPECT_EQ(rows, 6);
}

TEST(MeanVarianceMapFixedPoint, TwoTanhHasTheVarianceUsersReported) {
    const FixedPointResult result = findFixedPoint(typed("2*tanh(x)"));
    ASSERT_EQ(result.status, FixedPointStatus::Found) << result.message;
    EXPECT_NEAR(result.point->variance, 2.1214735682, 1e-10);
    EXPECT_NEAR(std::sqrt(result.point->variance), 1.4565, 1e-4);
}

TEST(MeanVarianceMapFixedPoint, SeluKeepsZeroOne) {
    const FixedPointResult result = findFixedPoint(Activation::selu());
    ASSERT_EQ(result.status, FixedPointStatus::Found) << result.message;
    EXPECT_NEAR(result.point->mean, 0.0, 1e-8);
    EXPECT_NEAR(result.point->variance, 1.0, 1e-8);
    EXPECT_EQ(fixedPointSummary(result).front(), '(');
}

struct NoFixedPointCase {
    const char* name;
    Activation f;
    MeanMapWeights weights;
    FixedPointStatus status;
    const char* summary;
};

TEST(MeanVarianceMapFixedPoint, SaysWhyThereIsNone) {
    const NoFixedPointCase cases[] = {
        // tanh' (0) = 1: nu falls like 1 / (2 layers), never below 1e-20 in the budget.
        {"tanh, tau 1",
         Activation::tanh(),
         {0.0, 1.0},
         FixedPointStatus::VarianceCollapses,
         "none: the variance collapses"},
        // CS231n's 0.01 randn at width 500: gain 0.2236, tau 0.05.
        {"tanh, tau 0.05",
         Activation::tanh(),
         {0.0, 0.05},
         FixedPointStatus::VarianceCollapses,
         "none: the variance collapses"},
        {"relu, tau 1",
         Activation::relu(),
         {0.0, 1.0},
         FixedPointStatus::VarianceCollapses,
         "none: the variance collapses"},
        {"relu, tau 10", Activation::relu(), {0.0, 10.0}, FixedPointStatus::Diverges, "none: diverges"},
        // Var[relu] = 0.3408 nu tau: tau 3 grows by 2.2 % a layer, never reaching 1e100 in 1000.
        {"relu, tau 3", Activation::relu(), {0.0, 3.0}, FixedPointStatus::Diverges, "none: diverges"},
        {"selu, lambda 0.5",
         Activation::selu(kSeluAlpha, 0.5),
         {0.0, 1.0},
         FixedPointStatus::VarianceCollapses,
         "none: the variance collapses"},
        {"exp(x^2)",
         typed("exp(x^2)"),
         {0.0, 1.0},
         FixedPointStatus::MomentsUndefined,
         "none: the moments do not exist"},
    };
    for (const NoFixedPointCase& c : cases) {
        SCOPED_TRACE(c.name);
        const FixedPointResult result = findFixedPoint(c.f, c.weights);
        EXPECT_EQ(result.status, c.status) << result.message;
        EXPECT_FALSE(result.point);
        EXPECT_FALSE(result.message.empty());
        EXPECT_EQ(fixedPointSummary(result), c.summary);
        EXPECT_LE(result.evaluations, 1000 + 40 * 5 * 40);
    }
}

TEST(MeanVarianceMap, MomentsThatDoNotExistNameTheFunction) {
    try {
        meanVarianceMap(typed("exp(x^2)"), {0.0, 1.0});
        FAIL() << "no exception";
    } catch (const ParameterError& error) {
        EXPECT_EQ(error.field(), "function");
    }
    // nu tau < 1/4: E[exp(2 z^2)] exists, and the map with it.
    const MeanVariance image = meanVarianceMap(typed("exp(x^2)"), {0.0, 0.1}, {0.0, 1.0});
    EXPECT_NEAR(image.mean, 1.0 / std::sqrt(0.8), 1e-12);
    EXPECT_NEAR(image.variance, 1.0 / std::sqrt(0.6) - 1.0 / 0.8, 1e-12);
}

TEST(MeanVarianceMap, RefusesInvalidInputByField) {
    const struct {
        MeanVariance input;
        MeanMapWeights weights;
        const char* field;
    } cases[] = {
        {{NAN, 1.0}, {}, "mean"},        {{0.0, 0.0}, {}, "variance"},
        {{0.0, -1.0}, {}, "variance"},   {{0.0, 1.0}, {INFINITY, 1.0}, "omega"},
        {{0.0, 1.0}, {0.0, 0.0}, "tau"}, {{0.0, 1e-300}, {0.0, 1e-300}, "variance*tau"},
    };
    for (const auto& c : cases) {
        try {
            meanVarianceMap(Activation::tanh(), c.input, c.weights);
            ADD_FAILURE() << c.field << ": no exception";
        } catch (const ParameterError& error) {
            EXPECT_EQ(error.field(), c.field);
        }
    }
}

}  // namespace
}  // namespace alab
