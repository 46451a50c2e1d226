// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace alab::test {

// Distance in units in the last place between two values of the same type, counting the
// representable numbers between them: +0 and -0 are 0 apart, two NaNs are 0 apart, NaN and
// a number are infinitely far apart. Computed in integers: a double cannot hold the
// difference of two 64-bit patterns exactly.
template <class T>
double ulpDistance(T a, T b) {
    static_assert(std::is_floating_point_v<T> && (sizeof(T) == 4 || sizeof(T) == 8));
    using Bits = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
    if (std::isnan(a) || std::isnan(b)) {
        return std::isnan(a) && std::isnan(b) ? 0.0 : std::numeric_limits<double>::infinity();
    }
    constexpr Bits kSign = Bits{1} << (sizeof(T) * 8 - 1);
    const Bits bitsA = std::bit_cast<Bits>(a);
    const Bits bitsB = std::bit_cast<Bits>(b);
    const Bits magnitudeA = bitsA & ~kSign;
    const Bits magnitudeB = bitsB & ~kSign;
    // Same sign: the magnitudes' patterns are ordered like the values. Opposite signs: the
    // distance runs through zero (and -0 == +0), and the sum cannot overflow.
    if ((bitsA & kSign) == (bitsB & kSign)) {
        return static_cast<double>(magnitudeA > magnitudeB ? magnitudeA - magnitudeB : magnitudeB - magnitudeA);
    }
    return static_cast<double>(magnitudeA + magnitudeB);
}

}  // namespace alab::test
