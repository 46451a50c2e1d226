// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogram.h"

#include "kernels/kernels.h"
#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace alab {
namespace {

constexpr std::size_t kChunk = 1 << 16;

void validate(const HistogramSettings& settings) {
    if (settings.bins < kMinHistogramBins || settings.bins > kMaxHistogramBins) {
        throw std::invalid_argument("bins must be between " + std::to_string(kMinHistogramBins) + " and " +
                                    std::to_string(kMaxHistogramBins) + ", got " + std::to_string(settings.bins));
    }
    if (settings.rangeLow.has_value() != settings.rangeHigh.has_value()) {
        throw std::invalid_argument("range needs both a low and a high end");
    }
    if (settings.rangeLow && !(std::isfinite(*settings.rangeLow) && std::isfinite(*settings.rangeHigh) &&
                               *settings.rangeLow < *settings.rangeHigh)) {
        throw std::invalid_argument("range must be finite with low < high");
    }
}

// Mean and sum of squared deviations, merged chunk by chunk (Chan et al.): no cancellation
// when the mean is large against the spread.
struct RunningMoments {
    std::uint64_t count = 0;
    double mean = 0.0;
    double squaredDeviations = 0.0;

    void merge(std::uint64_t n, double chunkMean, double chunkSquaredDeviations) {
        if (n == 0) return;
        const double total = static_cast<double>(count + n);
        const double delta = chunkMean - mean;
        mean += delta * static_cast<double>(n) / total;
        squaredDeviations +=
            chunkSquaredDeviations + delta * delta * static_cast<double>(count) * static_cast<double>(n) / total;
        count += n;
    }
};

// Visits f(z) chunk by chunk: the sample's chunks with f applied.
using ValueReplay = std::function<void(const std::function<void(std::span<const double>)>& visit)>;

ValueReplay applying(const Activation& f, const SampleReplay& replay) {
    return [&f, &replay](const std::function<void(std::span<const double>)>& visit) {
        std::vector<double> values;
        replay([&](std::span<const double> z) {
            values.resize(z.size());
            f.values(z, std::span<double>(values));
            visit(values);
        });
    };
}

ValueReplay chunksOf(std::span<const double> values) {
    return [values](const std::function<void(std::span<const double>)>& visit) {
        for (std::size_t start = 0; start < values.size(); start += kChunk) {
            visit(values.subspan(start, std::min(kChunk, values.size() - start)));
        }
    };
}

// One pass over f(z): moments, extremes and sign counts.
SampleStatistics summarize(const ValueReplay& replay) {
    RunningMoments moments;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    std::uint64_t negative = 0, zero = 0;
    replay([&](std::span<const double> values) {
        const kernels::ValueSummary chunk = kernels::summarizeValues(values);
        min = std::min(min, chunk.min);
        max = std::max(max, chunk.max);
        negative += chunk.negative;
        zero += chunk.zero;
        const double chunkMean = chunk.sum / static_cast<double>(values.size());
        moments.merge(values.size(), chunkMean, kernels::squaredDeviations(values, chunkMean));
    });
    if (moments.count == 0) throw std::invalid_argument("the sample is empty");
    const double n = static_cast<double>(moments.count);
    return {moments.count,
            moments.mean,
            moments.count > 1 ? moments.squaredDeviations / (n - 1) : 0.0,
            min,
            max,
            static_cast<double>(negative) / n,
            static_cast<double>(zero) / n};
}

}  // namespace

double Histogram::density(std::size_t bin) const {
    return static_cast<double>(counts.at(bin)) / (static_cast<double>(total) * binWidth());
}

// The statistics and histogram of the values `replay` visits; it is called twice.
static ActivationHistogram histogramOfReplay(const ValueReplay& replay, const HistogramSettings& settings) {
    validate(settings);
    ActivationHistogram result;
    result.statistics = summarize(replay);
    Histogram& h = result.histogram;
    if (settings.rangeLow) {
        h.low = *settings.rangeLow;
        h.high = *settings.rangeHigh;
    } else if (result.statistics.min < result.statistics.max) {
        h.low = result.statistics.min;
        h.high = result.statistics.max;
    } else {  // every value equal (e.g. ReLU of an all-negative sample): a unit-wide range around it
        h.low = result.statistics.min - 0.5;
        h.high = result.statistics.max + 0.5;
    }
    if (!std::isfinite(h.high - h.low)) throw std::invalid_argument("range: f(z) spans more than a double can hold");
    const auto bins = static_cast<std::size_t>(settings.bins);
    h.counts.assign(bins, 0);
    h.total = result.statistics.count;
    const kernels::BinRange range{h.low, h.high, static_cast<double>(bins) / (h.high - h.low), bins};
    kernels::BinOverflow overflow;
    replay([&](std::span<const double> values) { kernels::countBins(range, values, h.counts, overflow); });
    h.counts.front() -= overflow.below;
    h.counts.back() -= overflow.above;
    h.below = overflow.below;
    h.above = overflow.above;
    return result;
}

ActivationHistogram histogramOfActivation(const Activation& f, const SampleReplay& replay,
                                          const HistogramSettings& settings) {
    // Streamed: f is applied in each of the two passes, so nothing of the size of the sample is kept.
    return histogramOfReplay(applying(f, replay), settings);
}

ActivationHistogram histogramOfActivation(const Activation& f, std::span<const double> z,
                                          const HistogramSettings& settings, std::vector<double>& values) {
    validate(settings);
    values.resize(z.size());
    // f once over the sample: the first pass computes each chunk of f(z) into `values` and
    // summarizes it while it is still in cache; the second (binning) pass reads the stored values.
    bool computed = false;
    const ValueReplay replay = [&](const std::function<void(std::span<const double>)>& visit) {
        for (std::size_t start = 0; start < z.size(); start += kChunk) {
            const std::size_t count = std::min(kChunk, z.size() - start);
            const std::span<double> chunk(values.data() + start, count);
            if (!computed) f.values(z.subspan(start, count), chunk);
            visit(chunk);
        }
        computed = true;
    };
    return histogramOfReplay(replay, settings);
}

ActivationHistogram histogramOfActivation(const Activation& f, std::span<const double> z,
                                          const HistogramSettings& settings) {
    std::vector<double> values;
    return histogramOfActivation(f, z, settings, values);
}

ActivationHistogram histogramOfValues(std::span<const double> values, const HistogramSettings& settings) {
    return histogramOfReplay(chunksOf(values), settings);
}

SampleReplay normalSampleReplay(std::uint64_t count, double mu, double sigma, std::uint64_t seed) {
    return [=](const std::function<void(std::span<const double>)>& visit) {
        RandomStream stream(seed);
        std::vector<double> chunk;
        for (std::uint64_t start = 0; start < count; start += kChunk) {
            chunk.resize(static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, count - start)));
            stream.fillNormal(std::span<double>(chunk), mu, sigma);
            visit(chunk);
        }
    };
}

std::vector<double> normalSample(std::uint64_t count, double mu, double sigma, std::uint64_t seed) {
    std::vector<double> sample(static_cast<std::size_t>(count));
    RandomStream(seed).fillNormal(std::span<double>(sample), mu, sigma);
    return sample;
}

}  // namespace alab
