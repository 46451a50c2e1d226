// SPDX-License-Identifier: GPL-3.0-or-later
// The ulp helper itself: every exactness test leans on it.
#include "ulp.h"

#include <gtest/gtest.h>

#include <cmath>

namespace alab {
namespace {

TEST(UlpDistance, CountsRepresentableNumbersBetween) {
    EXPECT_EQ(test::ulpDistance(1.0, std::nextafter(1.0, 2.0)), 1.0);
    EXPECT_EQ(test::ulpDistance(1.0, 1.0), 0.0);
    EXPECT_EQ(test::ulpDistance(0.0, -0.0), 0.0);
    EXPECT_EQ(test::ulpDistance(-4.9406564584124654e-324, 4.9406564584124654e-324), 2.0);
    // Low bits of large patterns, which a double difference would lose.
    const double big = 0x1.49d19822dfd01p-18;
    EXPECT_EQ(test::ulpDistance(big, std::nextafter(big, 0.0)), 1.0);
    EXPECT_EQ(test::ulpDistance(-1.0, std::nextafter(-1.0, -2.0)), 1.0);
    EXPECT_EQ(test::ulpDistance(1.0F, std::nextafter(1.0F, 0.0F)), 1.0);
    EXPECT_EQ(test::ulpDistance(std::numeric_limits<double>::max(), std::numeric_limits<double>::infinity()), 1.0);
    EXPECT_EQ(test::ulpDistance(std::nan(""), std::nan("")), 0.0);
    EXPECT_TRUE(std::isinf(test::ulpDistance(std::nan(""), 1.0)));
    EXPECT_EQ(test::ulpDistance(1.0, 1.0 + 4 * 0x1p-52), 4.0);
}

}  // namespace
}  // namespace alab
