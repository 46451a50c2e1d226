// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace alab {

struct HistogramSettings {
    int bins = 100;                  // 10 ... 1000
    std::optional<double> rangeLow;  // both set: a fixed range; both empty: [min, max]
    std::optional<double> rangeHigh;
};

inline constexpr int kMinHistogramBins = 10;
inline constexpr int kMaxHistogramBins = 1000;

// Summary of f(z) over the whole sample, whatever the histogram range.
struct SampleStatistics {
    std::uint64_t count = 0;
    double mean = 0.0;
    double variance = 0.0;  // unbiased (divides by count - 1)
    double min = 0.0;
    double max = 0.0;
    double negativeFraction = 0.0;
    double zeroFraction = 0.0;  // exactly 0: "dead" outputs
};

struct Histogram {
    double low = 0.0;
    double high = 0.0;
    std::vector<std::uint64_t> counts;  // bin i covers [low + i w, low + (i+1) w), the last one closed
    std::uint64_t below = 0;            // outside a fixed range
    std::uint64_t above = 0;            // including NaN
    std::uint64_t total = 0;            // every sample, in range or not

    double binWidth() const { return (high - low) / static_cast<double>(counts.size()); }
    // Counts / (total * width): integrates to the fraction of samples inside the range.
    double density(std::size_t bin) const;
};

struct ActivationHistogram {
    SampleStatistics statistics;
    Histogram histogram;
};

// Calls `visit` once per chunk of the sample, in the same order every time it is called.
// Lets a sample too large to keep (10^8 normals) be generated twice instead of stored.
using SampleReplay = std::function<void(const std::function<void(std::span<const double>)>& visit)>;

// The histogram of f(z) over a sample of z. The sample is not changed: after a parameter
// change, call it again with the same z (no resampling). Throws std::invalid_argument for bad
// settings (naming "bins" or "range") and for an empty sample.
ActivationHistogram histogramOfActivation(const Activation& f, std::span<const double> z,
                                          const HistogramSettings& settings);
// The same, with f(z) computed once into `values` (resized to z.size()), so that a caller that
// recomputes on every slider step reuses one buffer instead of allocating a new one.
ActivationHistogram histogramOfActivation(const Activation& f, std::span<const double> z,
                                          const HistogramSettings& settings, std::vector<double>& values);
ActivationHistogram histogramOfActivation(const Activation& f, const SampleReplay& replay,
                                          const HistogramSettings& settings);

// The statistics and histogram of `values` themselves (no activation applied), e.g. the
// per-unit mean activations of a layer.
ActivationHistogram histogramOfValues(std::span<const double> values, const HistogramSettings& settings);

// z ~ N(mu, sigma^2), n values from RandomStream(seed), generated chunk by chunk in a fixed
// order, so that the same arguments replay the same numbers.
SampleReplay normalSampleReplay(std::uint64_t count, double mu, double sigma, std::uint64_t seed);
std::vector<double> normalSample(std::uint64_t count, double mu, double sigma, std::uint64_t seed);

}  // namespace alab
