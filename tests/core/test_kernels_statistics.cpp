// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics kernels behind the histograms: bin counts against a value-by-value reference,
// sums against __float128, and the same bits on every ISA level.
#include "kernel_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <span>
#include <stdexcept>
#include <vector>

namespace alab {
namespace {

using kernels::BinOverflow;
using kernels::BinRange;
using kernels::Isa;
using kernels::ValueSummary;
using test::sameBits;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Mostly N(0.3, 1.5^2), with the awkward values sprinkled in: both zeros, nan, infinities,
// subnormals and values far outside any range.
std::vector<double> mixedValues(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.3, 1.5);
    const double awkward[] = {0.0, -0.0, kNan, kInf, -kInf, 4.9e-324, -1e300, 1e300, 2.0, -1.0};
    std::vector<double> values(n);
    for (double& v : values) {
        v = random() % 13 == 0 ? awkward[random() % std::size(awkward)] : normal(random);
    }
    return values;
}

struct Reference {
    std::vector<std::uint64_t> counts;
    BinOverflow overflow;
};

// countBins' contract, one value at a time.
Reference referenceBins(const BinRange& range, std::span<const double> values) {
    Reference r{std::vector<std::uint64_t>(range.bins, 0), {}};
    const double last = static_cast<double>(range.bins - 1);
    for (const double v : values) {
        double position = (v - range.low) * range.scale;
        if (!(position < last)) position = last;
        if (!(position > 0.0)) position = 0.0;
        ++r.counts[static_cast<std::size_t>(position)];
        if (v < range.low) ++r.overflow.below;
        if (!(v <= range.high)) ++r.overflow.above;
    }
    return r;
}

BinRange rangeOf(double low, double high, std::size_t bins) {
    return {low, high, static_cast<double>(bins) / (high - low), bins};
}

class StatisticsKernels : public test::ActiveIsaTest {};

TEST_P(StatisticsKernels, CountBinsMatchesTheValueByValueReference) {
    for (const std::size_t bins : {std::size_t{1}, std::size_t{10}, std::size_t{100}, std::size_t{1000}}) {
        for (const std::size_t n : {0, 1, 2, 7, 8, 9, 15, 16, 17, 33, 100'003}) {
            const std::vector<double> values = mixedValues(n, 7 * n + bins);
            const BinRange range = rangeOf(-1.25, 3.5, bins);
            std::vector<std::uint64_t> counts(bins, 5);  // counts are added to what is there
            BinOverflow overflow{3, 4};
            kernels::countBins(range, values, counts, overflow);
            const Reference expected = referenceBins(range, values);
            for (std::size_t bin = 0; bin < bins; ++bin) {
                ASSERT_EQ(counts[bin], expected.counts[bin] + 5) << "bin " << bin << " of " << bins << ", n " << n;
            }
            EXPECT_EQ(overflow.below, expected.overflow.below + 3) << n;
            EXPECT_EQ(overflow.above, expected.overflow.above + 4) << n;
        }
    }
}

TEST_P(StatisticsKernels, BinEdgesFollowTheFormula) {
    // Values on and next to every edge of 10 bins over [0, 1], and the top edge itself, which
    // belongs to the last bin.
    const BinRange range = rangeOf(0.0, 1.0, 10);
    std::vector<double> values;
    for (int edge = 0; edge <= 10; ++edge) {
        const double x = edge / 10.0;
        values.insert(values.end(), {std::nextafter(x, -kInf), x, std::nextafter(x, kInf)});
    }
    std::vector<std::uint64_t> counts(10, 0);
    BinOverflow overflow;
    kernels::countBins(range, values, counts, overflow);
    const Reference expected = referenceBins(range, values);
    EXPECT_EQ(counts, expected.counts);
    EXPECT_EQ(overflow.below, 1U);  // just below 0
    EXPECT_EQ(overflow.above, 1U);  // just above 1
}

TEST_P(StatisticsKernels, PeakedValuesAllLandInOneBin) {
    // ReLU's zeros: one bin hit again and again, across the eight lane copies.
    const std::vector<double> values(100'001, 0.0);
    std::vector<std::uint64_t> counts(100, 0);
    BinOverflow overflow;
    kernels::countBins(rangeOf(-1.0, 1.0, 100), values, counts, overflow);
    EXPECT_EQ(counts[50], values.size());
    EXPECT_EQ(std::count(counts.begin(), counts.end(), 0U), 99);
}

TEST_P(StatisticsKernels, SummaryMatchesReferences) {
    for (const std::size_t n : {1, 2, 7, 8, 9, 15, 16, 17, 100'003}) {
        std::vector<double> values = mixedValues(n, n);
        std::replace_if(
            values.begin(), values.end(), [](double v) { return !std::isfinite(v) || std::abs(v) > 1e6; }, 1.5);
        const ValueSummary s = kernels::summarizeValues(values);
        __float128 exactSum = 0, absoluteSum = 0;
        double min = kInf, max = -kInf;
        std::uint64_t negative = 0, zero = 0;
        for (const double v : values) {
            exactSum += v;
            absoluteSum += std::abs(v);
            min = std::min(min, v);
            max = std::max(max, v);
            negative += v < 0 ? 1 : 0;
            zero += v == 0 ? 1 : 0;
        }
        // Eight lanes of n/8 additions, then three levels: each value meets at most n/8 + 3 roundings.
        const double bound = (static_cast<double>(n) / 8 + 3) * 0x1p-53 * static_cast<double>(absoluteSum);
        EXPECT_LE(std::abs(static_cast<double>(exactSum - s.sum)), bound) << n;
        EXPECT_EQ(s.min, min) << n;
        EXPECT_EQ(s.max, max) << n;
        EXPECT_EQ(s.negative, negative) << n;
        EXPECT_EQ(s.zero, zero) << n;

        const double mean = static_cast<double>(exactSum / n);
        __float128 exactSquares = 0;
        for (const double v : values) exactSquares += (static_cast<__float128>(v) - mean) * (v - mean);
        const double squares = kernels::squaredDeviations(values, mean);
        EXPECT_LE(std::abs(static_cast<double>(exactSquares - squares)),
                  (static_cast<double>(n) / 8 + 5) * 0x1p-52 * static_cast<double>(exactSquares))
            << n;
    }
}

TEST_P(StatisticsKernels, SummaryIgnoresNanAndKeepsInfinities) {
    const std::vector<double> values = {kNan, 2.0, -kInf, kNan, 0.0, -0.0, 3.0, kNan, 1.0};
    const ValueSummary s = kernels::summarizeValues(values);
    EXPECT_EQ(s.min, -kInf);
    EXPECT_EQ(s.max, 3.0);
    EXPECT_EQ(s.negative, 1U);
    EXPECT_EQ(s.zero, 2U);
    EXPECT_TRUE(std::isnan(s.sum));
    const ValueSummary empty = kernels::summarizeValues({});
    EXPECT_EQ(empty.min, kInf);
    EXPECT_EQ(empty.max, -kInf);
    EXPECT_EQ(empty.sum, 0.0);
}

TEST_P(StatisticsKernels, SameBitsAsTheScalarLevel) {
    for (const std::size_t n : {3, 8, 13, 64, 1001, 65'536}) {
        const std::vector<double> values = mixedValues(n, 100 + n);
        std::vector<double> finite = values;
        std::replace_if(
            finite.begin(), finite.end(), [](double v) { return !std::isfinite(v); }, -0.5);
        const ValueSummary here = kernels::summarizeValues(finite);
        const double squaresHere = kernels::squaredDeviations(finite, 0.25);
        const Isa level = kernels::activeIsa();
        kernels::setActiveIsa(Isa::Scalar);
        const ValueSummary scalar = kernels::summarizeValues(finite);
        const double squaresScalar = kernels::squaredDeviations(finite, 0.25);
        kernels::setActiveIsa(level);
        EXPECT_TRUE(sameBits(here.sum, scalar.sum)) << n << ": " << here.sum << " vs " << scalar.sum;
        EXPECT_TRUE(sameBits(here.min, scalar.min)) << n;
        EXPECT_TRUE(sameBits(here.max, scalar.max)) << n;
        EXPECT_TRUE(sameBits(squaresHere, squaresScalar)) << n;
    }
}

TEST(StatisticsKernelsContract, CountBinsRejectsACountArrayOfTheWrongSize) {
    std::vector<std::uint64_t> counts(9, 0);
    BinOverflow overflow;
    const std::vector<double> values = {0.5};
    EXPECT_THROW(kernels::countBins(rangeOf(0.0, 1.0, 10), values, counts, overflow), std::invalid_argument);
    EXPECT_THROW(kernels::countBins(rangeOf(0.0, 1.0, 0), values, counts, overflow), std::invalid_argument);
}

INSTANTIATE_TEST_SUITE_P(EveryIsa, StatisticsKernels, ::testing::Values(Isa::Scalar, Isa::Avx2, Isa::Avx512),
                         [](const auto& testInfo) { return std::string(kernels::isaName(testInfo.param)); });

}  // namespace
}  // namespace alab
