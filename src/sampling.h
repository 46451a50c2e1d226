// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace alab {

// A seeded random stream: xoshiro256++ for the bits, a 256-layer ziggurat for normals.
// The same (seed, stream) gives the same numbers on every run, build and machine; distinct
// stream ids give independent streams (e.g. one per network layer or per worker thread).
class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed, std::uint64_t stream = 0) noexcept;

    std::uint64_t nextBits() noexcept;
    double uniform01() noexcept;  // [0, 1), 53 random bits
    double normal() noexcept;     // N(0, 1)

    // Requires finite parameters, sigma >= 0 and a <= b; the callers validate.
    void fillNormal(std::span<double> out, double mu, double sigma) noexcept;
    void fillNormal(std::span<float> out, double mu, double sigma) noexcept;
    void fillUniform(std::span<double> out, double a, double b) noexcept;

private:
    std::optional<double> rareNormal(std::size_t layer, bool negative, double x) noexcept;

    std::uint64_t state_[4];
};

}  // namespace alab
