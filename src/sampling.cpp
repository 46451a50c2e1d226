// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling.h"

#include <array>
#include <bit>
#include <cmath>
#include <optional>

namespace alab {
namespace {

std::uint64_t splitMix64(std::uint64_t& state) noexcept {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }

// The 256-layer ziggurat of Marsaglia & Tsang (2000) for 52-bit uniforms: layer i covers
// [0, x_i] with equal area; `accept[i]` is the fraction of a layer's rectangle that lies
// wholly under the density, so most draws cost one table look-up and a multiply.
struct Ziggurat {
    static constexpr double kTailStart = 3.6541528853610088;  // x of the base layer
    static constexpr double kLayerArea = 0.00492867323399;
    static constexpr double kTwoPow52 = 4503599627370496.0;

    std::array<std::uint64_t, 256> accept{};
    std::array<double, 256> width{};
    std::array<double, 256> density{};

    Ziggurat() {
        double x = kTailStart;
        double previous = x;
        const double base = kLayerArea / std::exp(-0.5 * x * x);
        accept[0] = static_cast<std::uint64_t>(x / base * kTwoPow52);
        accept[1] = 0;
        width[0] = base / kTwoPow52;
        width[255] = x / kTwoPow52;
        density[0] = 1.0;
        density[255] = std::exp(-0.5 * x * x);
        for (int i = 254; i >= 1; --i) {
            x = std::sqrt(-2.0 * std::log(kLayerArea / x + std::exp(-0.5 * x * x)));
            accept[static_cast<std::size_t>(i + 1)] = static_cast<std::uint64_t>(x / previous * kTwoPow52);
            previous = x;
            density[static_cast<std::size_t>(i)] = std::exp(-0.5 * x * x);
            width[static_cast<std::size_t>(i)] = x / kTwoPow52;
        }
    }
};

const Ziggurat& ziggurat() {
    static const Ziggurat table;
    return table;
}

}  // namespace

RandomStream::RandomStream(std::uint64_t seed, std::uint64_t stream) noexcept {
    // Distinct (seed, stream) pairs give unrelated states; splitmix64 never yields all zeros
    // for all four words.
    std::uint64_t mixer = seed;
    std::uint64_t streamMixer = stream ^ 0x6a09e667f3bcc909ULL;
    const std::uint64_t key = splitMix64(mixer) ^ splitMix64(streamMixer);
    std::uint64_t state = key;
    for (std::uint64_t& word : state_) word = splitMix64(state);
}

std::uint64_t RandomStream::nextBits() noexcept {
    const std::uint64_t result = rotateLeft(state_[0] + state_[3], 23) + state_[0];
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotateLeft(state_[3], 45);
    return result;
}

double RandomStream::uniform01() noexcept { return static_cast<double>(nextBits() >> 11) * 0x1p-53; }

double RandomStream::normal() noexcept {
    const Ziggurat& z = ziggurat();
    for (;;) {
        const std::uint64_t bits = nextBits();
        const std::size_t layer = bits & 0xff;
        const std::uint64_t signBit = (bits << 55) & 0x8000000000000000ULL;  // bit 8
        const std::uint64_t magnitude = bits >> 12;                          // 52 bits
        // The sign goes in without a branch: a 50/50 branch would mispredict half the time.
        const double x = std::bit_cast<double>(
            std::bit_cast<std::uint64_t>(static_cast<double>(magnitude) * z.width[layer]) ^ signBit);
        if (magnitude < z.accept[layer]) return x;  // inside the layer's safe rectangle (~99%)
        if (const auto value = rareNormal(layer, signBit != 0, x)) return *value;
    }
}

// The ~1% of draws outside a layer's safe rectangle: the tail beyond the base layer by
// Marsaglia's exponential method, or a rejection test against the density itself.
std::optional<double> RandomStream::rareNormal(std::size_t layer, bool negative, double x) noexcept {
    const Ziggurat& z = ziggurat();
    if (layer == 0) {
        for (;;) {
            const double tailX = -std::log1p(-uniform01()) / Ziggurat::kTailStart;
            const double tailY = -std::log1p(-uniform01());
            if (tailY + tailY > tailX * tailX) {
                return negative ? -(Ziggurat::kTailStart + tailX) : Ziggurat::kTailStart + tailX;
            }
        }
    }
    const double height = (z.density[layer - 1] - z.density[layer]) * uniform01() + z.density[layer];
    if (height < std::exp(-0.5 * x * x)) return x;
    return std::nullopt;
}

void RandomStream::fillNormal(std::span<double> out, double mu, double sigma) noexcept {
    for (double& value : out) value = mu + sigma * normal();
}

void RandomStream::fillNormal(std::span<float> out, double mu, double sigma) noexcept {
    for (float& value : out) value = static_cast<float>(mu + sigma * normal());
}

void RandomStream::fillUniform(std::span<double> out, double a, double b) noexcept {
    for (double& value : out) value = a + (b - a) * uniform01();
}

}  // namespace alab
