// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler: reproducible, independent streams, and the right distribution.
#include "sampling.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace alab {
namespace {

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

TEST(RandomStream, SameSeedSameNumbersDifferentSeedOrStreamDifferent) {
    RandomStream a(42), b(42), c(43), d(42, 1);
    std::vector<double> x(1000), y(1000), z(1000), w(1000);
    a.fillNormal(std::span<double>(x), 0.0, 1.0);
    b.fillNormal(std::span<double>(y), 0.0, 1.0);
    c.fillNormal(std::span<double>(z), 0.0, 1.0);
    d.fillNormal(std::span<double>(w), 0.0, 1.0);
    EXPECT_EQ(x, y);
    EXPECT_NE(x, z);
    EXPECT_NE(x, w);
}

// Pinned: the same seed must give the same numbers on every build and machine. The value
// comes from an independent Python implementation of splitmix64 seeding + xoshiro256++.
TEST(RandomStream, FirstValuesArePinned) {
    RandomStream stream(1);
    const std::uint64_t first = stream.nextBits();
    RandomStream again(1);
    EXPECT_EQ(again.nextBits(), first);
    EXPECT_EQ(first, 0x31cfc634971eba13ULL) << std::hex << first;
}

// Kolmogorov-Smirnov against Phi over 10^6 draws: D * sqrt(n) < 1.95 is the 0.1% level, and
// the seed is fixed, so this cannot flake; a wrong ziggurat table fails it by far.
TEST(RandomStream, NormalPassesKolmogorovSmirnov) {
    const std::size_t n = 1'000'000;
    std::vector<double> x(n);
    RandomStream(7).fillNormal(std::span<double>(x), 0.0, 1.0);
    std::sort(x.begin(), x.end());
    double d = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double cdf = normalCdf(x[i]);
        d = std::max({d, std::abs(cdf - static_cast<double>(i) / n), std::abs(static_cast<double>(i + 1) / n - cdf)});
    }
    EXPECT_LT(d * std::sqrt(static_cast<double>(n)), 1.95);
}

TEST(RandomStream, MomentsAndTailsOfNormal) {
    const std::size_t n = 4'000'000;
    std::vector<double> x(n);
    RandomStream(11).fillNormal(std::span<double>(x), 2.0, 3.0);
    double sum = 0.0, sumSquares = 0.0;
    std::size_t beyondFour = 0;
    for (const double v : x) {
        sum += v;
        sumSquares += (v - 2.0) * (v - 2.0);
        if (std::abs(v - 2.0) > 4.0 * 3.0) ++beyondFour;
    }
    const double mean = sum / n;
    const double variance = sumSquares / n;
    EXPECT_NEAR(mean, 2.0, 5.0 * 3.0 / std::sqrt(double(n)));  // 5 standard errors
    EXPECT_NEAR(variance, 9.0, 5.0 * 9.0 * std::sqrt(2.0 / n));
    // P(|z| > 4) = 6.33e-5: the tail algorithm is exercised and not lost.
    const double expected = 2.0 * normalCdf(-4.0) * n;
    EXPECT_NEAR(static_cast<double>(beyondFour), expected, 5.0 * std::sqrt(expected));
}

TEST(RandomStream, UniformCoversTheIntervalEvenly) {
    const std::size_t n = 1'000'000;
    std::vector<double> x(n);
    RandomStream(3).fillUniform(std::span<double>(x), -2.0, 6.0);
    std::vector<int> bins(8, 0);
    for (const double v : x) {
        ASSERT_GE(v, -2.0);
        ASSERT_LT(v, 6.0);
        ++bins[static_cast<std::size_t>(v + 2.0)];
    }
    for (const int count : bins) EXPECT_NEAR(count, n / 8.0, 5.0 * std::sqrt(n / 8.0));
}

}  // namespace
}  // namespace alab
