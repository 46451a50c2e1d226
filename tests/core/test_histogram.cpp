// SPDX-License-Identifier: GPL-3.0-or-later
// Histograms of f(z): consistent counts, the exact moments within sampling error, and no
// resampling when a parameter changes.
#include "histogram.h"
#include "moments.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace alab {
namespace {

std::uint64_t countsInRange(const Histogram& h) { return std::accumulate(h.counts.begin(), h.counts.end(), 0ULL); }

struct SamplingCase {
    const char* name;
    Activation f;
    double mu;
    double sigma;
};

void PrintTo(const SamplingCase& c, std::ostream* os) { *os << c.name; }

class SampledVersusExact : public ::testing::TestWithParam<SamplingCase> {};

// With 10^6 samples the sample mean is within 5 standard errors of the exact mean, and the
// sample variance within 5 of its own standard errors (estimated from the sample's 4th moment).
TEST_P(SampledVersusExact, AgreeWithinSamplingError) {
    const SamplingCase& c = GetParam();
    const std::vector<double> z = normalSample(1'000'000, c.mu, c.sigma, 2026);
    const ActivationHistogram result = histogramOfActivation(c.f, z, {});
    const NormalMoments exact = normalMoments(c.f, c.mu, c.sigma);
    const double n = static_cast<double>(z.size());
    EXPECT_NEAR(result.statistics.mean, exact.mean, 5.0 * std::sqrt(exact.variance / n));
    std::vector<double> fz(z.size());
    c.f.values(std::span<const double>(z), std::span<double>(fz));
    double fourth = 0.0;
    for (const double v : fz) fourth += std::pow(v - exact.mean, 4);
    fourth /= n;
    const double varianceError = std::sqrt((fourth - exact.variance * exact.variance) / n);
    EXPECT_NEAR(result.statistics.variance, exact.variance, 5.0 * varianceError);
}

INSTANTIATE_TEST_SUITE_P(Table, SampledVersusExact,
                         ::testing::Values(SamplingCase{"relu_standard", Activation::relu(), 0.0, 1.0},
                                           SamplingCase{"elu_standard", Activation::elu(), 0.0, 1.0},
                                           SamplingCase{"selu_standard", Activation::selu(), 0.0, 1.0},
                                           SamplingCase{"leaky_shifted", Activation::leakyRelu(0.2), -1.0, 2.0},
                                           SamplingCase{"elu_alpha_2_wide", Activation::elu(2.0), 0.5, 3.0},
                                           SamplingCase{"gelu_standard", Activation::gelu(), 0.0, 1.0},
                                           SamplingCase{"silu_beta_2_shifted", Activation::silu(2.0), -0.5, 1.5},
                                           SamplingCase{"softplus_wide", Activation::softplus(1.0, 5.0), 0.0, 4.0},
                                           SamplingCase{"tanh_standard", Activation::tanh(), 0.3, 1.0},
                                           SamplingCase{"celu_half", Activation::celu(0.5), 0.0, 1.0},
                                           SamplingCase{"prelu_shifted", Activation::prelu(), -1.0, 2.0}),
                         [](const auto& testInfo) { return std::string(testInfo.param.name); });

TEST(ActivationHistogram, CountsAddUpAndAutoRangeCoversMinToMax) {
    const std::vector<double> z = normalSample(100'000, 0.0, 1.0, 5);
    const ActivationHistogram result =
        histogramOfActivation(Activation::elu(), z, {.bins = 37, .rangeLow = {}, .rangeHigh = {}});
    const Histogram& h = result.histogram;
    ASSERT_EQ(h.counts.size(), 37U);
    EXPECT_EQ(h.low, result.statistics.min);
    EXPECT_EQ(h.high, result.statistics.max);
    EXPECT_EQ(countsInRange(h), z.size());
    EXPECT_EQ(h.below + h.above, 0U);
    double integral = 0.0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) integral += h.density(i) * h.binWidth();
    EXPECT_NEAR(integral, 1.0, 1e-12);
}

TEST(ActivationHistogram, FixedRangeCountsWhatFallsOutside) {
    const std::vector<double> z{-3.0, -0.5, 0.0, 0.25, 0.5, 0.99, 1.0, 2.0};
    const ActivationHistogram result =
        histogramOfActivation(Activation::relu(), z, {.bins = 10, .rangeLow = 0.1, .rangeHigh = 1.0});
    const Histogram& h = result.histogram;
    EXPECT_EQ(h.below, 3U);      // three zeros from ReLU
    EXPECT_EQ(h.above, 1U);      // 2.0
    EXPECT_EQ(h.counts[1], 1U);  // 0.25 in [0.19, 0.28)
    EXPECT_EQ(h.counts[9], 2U);  // 0.99 and the top edge 1.0
    EXPECT_EQ(countsInRange(h) + h.below + h.above, h.total);
}

TEST(ActivationHistogram, DeadAndNegativeFractions) {
    const std::vector<double> z = normalSample(200'000, 0.0, 1.0, 9);
    const std::size_t nonPositive =
        static_cast<std::size_t>(std::count_if(z.begin(), z.end(), [](double v) { return v <= 0; }));
    const double expected = static_cast<double>(nonPositive) / static_cast<double>(z.size());
    EXPECT_EQ(histogramOfActivation(Activation::relu(), z, {}).statistics.zeroFraction, expected);
    const SampleStatistics elu = histogramOfActivation(Activation::elu(), z, {}).statistics;
    EXPECT_EQ(elu.zeroFraction, 0.0);
    EXPECT_NEAR(elu.negativeFraction, expected, 1e-12);
}

// The GUI keeps z and re-applies f on every slider step; the result must equal a fresh
// computation from the same seed, and the kept sample must not change.
TEST(ActivationHistogram, ReevaluatingAfterAParameterChangeDoesNotResample) {
    std::vector<double> z = normalSample(300'000, 0.3, 1.5, 77);
    const std::vector<double> original = z;
    const ActivationHistogram first = histogramOfActivation(Activation::elu(0.5), z, {});
    const ActivationHistogram second = histogramOfActivation(Activation::elu(2.0), z, {});
    EXPECT_EQ(z, original);
    EXPECT_NE(first.statistics.mean, second.statistics.mean);
    const ActivationHistogram replayed =
        histogramOfActivation(Activation::elu(2.0), normalSampleReplay(300'000, 0.3, 1.5, 77), {});
    EXPECT_EQ(replayed.histogram.counts, second.histogram.counts);
    EXPECT_EQ(replayed.statistics.mean, second.statistics.mean);
}

// The buffer overload (f computed once into a reused buffer) gives what the streamed path gives,
// also when the buffer is reused for another function and a sample of another size.
TEST(ActivationHistogram, ReusedBufferGivesTheStreamedResult) {
    std::vector<double> buffer;
    for (const auto& [f, count] : {std::pair{Activation::elu(0.7), std::uint64_t{200'001}},
                                   std::pair{Activation::relu(), std::uint64_t{70'000}}}) {
        const std::vector<double> z = normalSample(count, -0.2, 1.3, 11);
        const ActivationHistogram kept =
            histogramOfActivation(f, z, {.bins = 64, .rangeLow = {}, .rangeHigh = {}}, buffer);
        const ActivationHistogram streamed = histogramOfActivation(f, normalSampleReplay(count, -0.2, 1.3, 11),
                                                                   {.bins = 64, .rangeLow = {}, .rangeHigh = {}});
        EXPECT_EQ(kept.histogram.counts, streamed.histogram.counts);
        EXPECT_EQ(kept.statistics.mean, streamed.statistics.mean);
        EXPECT_EQ(kept.statistics.variance, streamed.statistics.variance);
        EXPECT_EQ(kept.statistics.min, streamed.statistics.min);
        ASSERT_EQ(buffer.size(), z.size());
        EXPECT_EQ(buffer[count / 2], f.value(z[count / 2]));
    }
}

// Per-unit means and other plain values: binned as they are.
TEST(ValueHistogram, BinsTheValuesThemselves) {
    const std::vector<double> values{-1.0, -0.5, 0.25, 0.5, 1.0};
    const ActivationHistogram h = histogramOfValues(values, {.bins = 10, .rangeLow = -1.0, .rangeHigh = 1.0});
    EXPECT_EQ(h.statistics.count, 5U);
    EXPECT_EQ(h.statistics.mean, 0.05);
    EXPECT_EQ(h.statistics.negativeFraction, 0.4);
    EXPECT_EQ(h.histogram.counts.front(), 1U);
    EXPECT_EQ(h.histogram.counts.back(), 1U);
    EXPECT_EQ(countsInRange(h.histogram), 5U);
}

TEST(ActivationHistogram, NanCountsAsOutsideTheRange) {
    const std::vector<double> z{0.2, std::nan(""), 0.7};
    const Histogram h =
        histogramOfActivation(Activation::relu(), z, {.bins = 10, .rangeLow = 0.0, .rangeHigh = 1.0}).histogram;
    EXPECT_EQ(h.above, 1U);
    EXPECT_EQ(countsInRange(h), 2U);
}

TEST(ActivationHistogram, AllEqualOutputsGetAUnitRange) {
    const std::vector<double> z{-1.0, -2.0, -3.0};
    const Histogram h = histogramOfActivation(Activation::relu(), z, {}).histogram;
    EXPECT_EQ(h.low, -0.5);
    EXPECT_EQ(h.high, 0.5);
    EXPECT_EQ(countsInRange(h), 3U);
}

TEST(ActivationHistogram, BadSettingsAreRejected) {
    const std::vector<double> z{1.0, 2.0};
    EXPECT_THROW(histogramOfActivation(Activation::relu(), z, {.bins = 9, .rangeLow = {}, .rangeHigh = {}}),
                 std::invalid_argument);
    EXPECT_THROW(histogramOfActivation(Activation::relu(), z, {.bins = 1001, .rangeLow = {}, .rangeHigh = {}}),
                 std::invalid_argument);
    EXPECT_THROW(histogramOfActivation(Activation::relu(), z, {.bins = 10, .rangeLow = 1.0, .rangeHigh = {}}),
                 std::invalid_argument);
    EXPECT_THROW(histogramOfActivation(Activation::relu(), z, {.bins = 10, .rangeLow = 2.0, .rangeHigh = 1.0}),
                 std::invalid_argument);
    EXPECT_THROW(histogramOfActivation(Activation::relu(), std::span<const double>(), {}), std::invalid_argument);
}

}  // namespace
}  // namespace alab
