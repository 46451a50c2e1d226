// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagation.h"

#include "kernels/gemm_kernels.h"
#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <mutex>
#include <span>
#include <thread>
#include <utility>

namespace alab {
namespace {

using Eigen::Index;

// The batch is always split into this many column blocks, each with its own random streams;
// a thread works on one block, so the numbers do not depend on the thread count.
constexpr int kParts = 2;
// Below this many multiply-adds per layer a second thread costs more than it saves.
constexpr double kMinWorkForWorker = 1 << 20;

std::string describeBytes(double bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g GB", bytes / 1e9);
    return text;
}

// Column block `part` of `columns` columns: [first, first + count).
struct Block {
    Index first = 0;
    Index count = 0;
};

std::string formatForMessage(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

Block blockOf(Index columns, int part) {
    const Index firstHalf = (columns + 1) / 2;
    return part == 0 ? Block{0, firstHalf} : Block{firstHalf, columns - firstHalf};
}

// Statistics of one column block of a layer's activations (width x count, column-major).
struct PartialStatistics {
    Eigen::VectorXd unitSums;
    Eigen::VectorXd unitCentredSquares;  // sum over the block of (value - block unit mean)^2
    std::vector<unsigned char> unitAlive;
    Index count = 0;

    explicit PartialStatistics(Index width)
        : unitSums(width), unitCentredSquares(width), unitAlive(static_cast<std::size_t>(width)), shifts_(width) {}

    // One pass over the block, each unit shifted by its first value: a sample is within a few
    // standard deviations of the unit's mean, so sum(d^2) - sum(d)^2 / n loses no more than a
    // few bits in double, unlike sum(v^2) - sum(v)^2 / n when the mean is large.
    void compute(const float* values, Index width, Index columns) {
        count = columns;
        double* sums = unitSums.data();
        double* squares = unitCentredSquares.data();
        double* shift = shifts_.data();
        std::fill_n(sums, width, 0.0);
        std::fill_n(squares, width, 0.0);
        std::fill_n(unitAlive.data(), width, static_cast<unsigned char>(0));
        if (columns == 0) return;
        for (Index i = 0; i < width; ++i) shift[i] = static_cast<double>(values[i]);
        for (Index j = 1; j < columns; ++j) {
            const float* column = values + j * width;
            for (Index i = 0; i < width; ++i) {
                const double deviation = static_cast<double>(column[i]) - shift[i];
                sums[i] += deviation;
                squares[i] += deviation * deviation;
            }
        }
        const double n = static_cast<double>(columns);
        for (Index i = 0; i < width; ++i) {
            // All values are 0 exactly when the shift and every deviation are: a float's square
            // cannot underflow in double, so a sum of squares is 0 only if each term is.
            unitAlive[static_cast<std::size_t>(i)] = static_cast<unsigned char>(shift[i] != 0.0 || squares[i] != 0.0);
            squares[i] = std::max(squares[i] - sums[i] * sums[i] / n, 0.0);
            sums[i] += n * shift[i];
        }
    }

private:
    Eigen::VectorXd shifts_;
};

// The blocks' statistics combined in a fixed order (Chan et al.'s pairwise variance update).
LayerStatistics combine(const std::vector<PartialStatistics>& parts, Index width, Index batch) {
    LayerStatistics statistics;
    statistics.unitMeans = Eigen::VectorXd::Zero(width);
    double total = 0.0;
    Index dead = 0;
    for (Index i = 0; i < width; ++i) {
        double unitSum = 0.0;
        bool alive = false;
        for (const PartialStatistics& part : parts) {
            unitSum += part.unitSums[i];
            alive = alive || part.unitAlive[static_cast<std::size_t>(i)] != 0;
        }
        statistics.unitMeans[i] = unitSum / static_cast<double>(batch);
        total += unitSum;
        if (!alive) ++dead;
    }
    const double count = static_cast<double>(width) * static_cast<double>(batch);
    statistics.mean = total / count;
    double squares = 0.0;
    for (Index i = 0; i < width; ++i) {
        for (const PartialStatistics& part : parts) {
            if (part.count == 0) continue;
            const double blockMean = part.unitSums[i] / static_cast<double>(part.count);
            const double offset = blockMean - statistics.mean;
            squares += part.unitCentredSquares[i] + static_cast<double>(part.count) * offset * offset;
        }
    }
    statistics.variance = squares / count;
    statistics.deadFraction = static_cast<double>(dead) / static_cast<double>(width);
    return statistics;
}

// The backward pass's statistics of one column block of a layer: the sum of (dL/dx)^2 per unit,
// and whether dL/dh = dL/dx * f'(h) is nonzero anywhere in the block.
struct PartialGradient {
    Eigen::VectorXd unitSquares;
    std::vector<unsigned char> unitNonzero;

    explicit PartialGradient(Index width) : unitSquares(width), unitNonzero(static_cast<std::size_t>(width)) {}

    // Replaces the block's dL/dx by dL/dh.
    void compute(float* gradient, const float* derivative, Index width, Index columns) {
        double* squares = unitSquares.data();
        unsigned char* nonzero = unitNonzero.data();
        std::fill_n(squares, width, 0.0);
        std::fill_n(nonzero, width, static_cast<unsigned char>(0));
        for (Index j = 0; j < columns; ++j) {
            float* column = gradient + j * width;
            const float* slope = derivative + j * width;
            for (Index i = 0; i < width; ++i) {
                const double value = static_cast<double>(column[i]);
                squares[i] += value * value;
                column[i] *= slope[i];
                nonzero[i] |= static_cast<unsigned char>(column[i] != 0.0f);
            }
        }
    }
};

GradientStatistics combineGradients(const std::vector<PartialGradient>& parts, Index width, Index batch) {
    double squares = 0.0;
    Index zero = 0;
    for (Index i = 0; i < width; ++i) {
        bool nonzero = false;
        for (const PartialGradient& part : parts) {
            squares += part.unitSquares[i];
            nonzero = nonzero || part.unitNonzero[static_cast<std::size_t>(i)] != 0;
        }
        if (!nonzero) ++zero;
    }
    GradientStatistics statistics;
    statistics.meanSquare = squares / (static_cast<double>(width) * static_cast<double>(batch));
    statistics.zeroFraction = static_cast<double>(zero) / static_cast<double>(width);
    return statistics;
}

// Runs job(part) for every part and returns when all are done: part 0 on the calling thread,
// part 1 on a persistent worker (or both on the calling thread without a worker). Rethrows the
// first failure in part order.
class PartRunner {
public:
    explicit PartRunner(bool withWorker) {
        if (withWorker) worker_ = std::thread([this] { workerLoop(); });
    }
    ~PartRunner() {
        if (!worker_.joinable()) return;
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_one();
        worker_.join();
    }
    PartRunner(const PartRunner&) = delete;
    PartRunner& operator=(const PartRunner&) = delete;

    void run(const std::function<void(int part)>& job) {
        if (!worker_.joinable()) {
            for (int part = 0; part < kParts; ++part) job(part);
            return;
        }
        {
            std::lock_guard lock(mutex_);
            job_ = &job;
            workerDone_ = false;
            workerError_ = nullptr;
            ++generation_;
        }
        wake_.notify_one();
        std::exception_ptr ownError;
        try {
            job(0);
        } catch (...) {
            ownError = std::current_exception();
        }
        std::unique_lock lock(mutex_);
        done_.wait(lock, [this] { return workerDone_; });
        job_ = nullptr;
        if (ownError) std::rethrow_exception(ownError);
        if (workerError_) std::rethrow_exception(workerError_);
    }

private:
    void workerLoop() {
        std::uint64_t seen = 0;
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
            if (stopping_) return;
            seen = generation_;
            const std::function<void(int)>* job = job_;
            lock.unlock();
            std::exception_ptr error;
            try {
                (*job)(1);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            workerError_ = error;
            workerDone_ = true;
            done_.notify_one();
        }
    }

    std::thread worker_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable done_;
    const std::function<void(int)>* job_ = nullptr;
    std::uint64_t generation_ = 0;
    bool workerDone_ = false;
    bool stopping_ = false;
    std::exception_ptr workerError_;
};

std::uint64_t inputStream(int part) { return static_cast<std::uint64_t>(part); }
std::uint64_t weightStream(int layer, int part) {
    return static_cast<std::uint64_t>(kParts) * static_cast<std::uint64_t>(layer) + static_cast<std::uint64_t>(part);
}

}  // namespace

std::string_view weightInitId(WeightInit init) noexcept {
    switch (init) {
    case WeightInit::He: return "he";
    case WeightInit::Glorot: return "glorot";
    case WeightInit::LeCun: break;
    }
    return "lecun";
}

std::optional<WeightInit> parseWeightInitId(std::string_view id) noexcept {
    for (const WeightInit init : allWeightInits()) {
        if (weightInitId(init) == id) return init;
    }
    return std::nullopt;
}

const std::vector<WeightInit>& allWeightInits() {
    static const std::vector<WeightInit> kInits{WeightInit::LeCun, WeightInit::He, WeightInit::Glorot};
    return kInits;
}

double weightVariance(WeightInit init, double fanIn, double fanOut) noexcept {
    switch (init) {
    case WeightInit::He: return 2.0 / fanIn;
    case WeightInit::Glorot: return 2.0 / (fanIn + fanOut);
    case WeightInit::LeCun: break;
    }
    return 1.0 / fanIn;
}

PropagationSettingsError::PropagationSettingsError(std::string field, const std::string& message)
    : std::invalid_argument(message), field_(std::move(field)) {}

double propagationMemoryBytes(const PropagationSettings& settings) noexcept {
    const double width = std::max(settings.width, 0);
    const double batch = std::max(settings.batch, 0);
    const double depth = std::max(settings.depth, 0);
    const double weights = 2.0 * width * width * sizeof(float);  // this layer's and the next one's
    const double activations = 2.0 * width * batch * sizeof(float);
    const double partials = kParts * width * (2.0 * sizeof(double) + 1.0);
    // Each layer keeps its unit means in a heap block of its own: count the allocator's
    // bookkeeping and alignment (about 64 bytes a block here), or a deep, narrow network
    // (depth 4e7, width 1) passes the check and then needs 40% more than estimated.
    constexpr double kAllocationOverhead = 64.0;
    const double results = depth * (width * sizeof(double) + kAllocationOverhead + sizeof(LayerStatistics));
    const double biases = settings.biasStd > 0.0 ? width * sizeof(float) : 0.0;
    double backward = 0.0;
    if (settings.backward) {
        // f'(h) of every layer, and the weights drawn again in column blocks for transposing (the
        // forward pass's weight and activation buffers are reused for W^T and the gradients).
        backward = depth * width * batch * sizeof(float) + width * width * sizeof(float) +
                   kParts * width * (sizeof(double) + 1.0) + depth * sizeof(GradientStatistics);
    }
    return weights + activations + partials + results + biases + backward;
}

void validate(const PropagationSettings& settings) {
    auto atLeastOne = [](const char* field, int value) {
        if (value < 1) {
            throw PropagationSettingsError(field,
                                           std::string(field) + " must be at least 1, got " + std::to_string(value));
        }
    };
    atLeastOne("depth", settings.depth);
    atLeastOne("width", settings.width);
    atLeastOne("batch", settings.batch);
    atLeastOne("maxThreads", settings.maxThreads);
    if (!(std::isfinite(settings.gain) && settings.gain > 0.0)) {
        throw PropagationSettingsError(
            "gain", "gain must be finite and greater than 0, got " + formatForMessage(settings.gain));
    }
    if (!(std::isfinite(settings.biasStd) && settings.biasStd >= 0.0)) {
        throw PropagationSettingsError(
            "biasStd", "biasStd must be finite and at least 0, got " + formatForMessage(settings.biasStd));
    }
    const double bytes = propagationMemoryBytes(settings);
    if (bytes > kMaxPropagationMemoryBytes) {
        throw PropagationSettingsError(
            "memory", "width " + std::to_string(settings.width) + ", batch " + std::to_string(settings.batch) +
                          " and depth " + std::to_string(settings.depth) + " need " + describeBytes(bytes) +
                          " of memory, more than the limit of " + describeBytes(kMaxPropagationMemoryBytes));
    }
}

PropagationResult propagate(const PropagationSettings& settings, const LayerCallback& onLayer,
                            const GradientCallback& onGradient) {
    validate(settings);
    const Index width = settings.width;
    const Index batch = settings.batch;
    const Index layerSize = width * batch;
    const kernels::Isa isa = kernels::activeIsa();
    const kernels::GemmFunction multiply = kernels::gemmFor(isa);
    const double sigma = settings.gain * std::sqrt(weightVariance(settings.init, settings.width, settings.width));
    const Activation& function = settings.function;
    const bool withBiases = settings.biasStd > 0.0;

    // Column-major: weights width x width (two, the next layer's drawn while this one runs),
    // activations width x batch (input and output, swapped after each layer).
    std::vector<float> weights[2] = {std::vector<float>(static_cast<std::size_t>(width * width)),
                                     std::vector<float>(static_cast<std::size_t>(width * width))};
    std::vector<float> activations[2] = {std::vector<float>(static_cast<std::size_t>(layerSize)),
                                         std::vector<float>(static_cast<std::size_t>(layerSize))};
    std::vector<float> biases(withBiases ? static_cast<std::size_t>(width) : 0);
    // f'(h) of every layer, layer l's at (l - 1) width batch.
    std::vector<float> derivatives(settings.backward ? static_cast<std::size_t>(layerSize * settings.depth) : 0);
    std::vector<PartialStatistics> partials(kParts, PartialStatistics(width));

    auto drawWeights = [&](int layer, float* matrix, int part) {
        const Block columns = blockOf(width, part);
        float* first = matrix + columns.first * width;
        RandomStream(settings.seed, weightStream(layer, part))
            .fillNormal(std::span<float>(first, static_cast<std::size_t>(columns.count * width)), 0.0, sigma);
    };

    const double work = static_cast<double>(width) * static_cast<double>(width) * static_cast<double>(batch);
    const bool withWorker =
        settings.maxThreads >= 2 && std::thread::hardware_concurrency() >= 2 && work >= kMinWorkForWorker && batch >= 2;
    PartRunner runner(withWorker);

    runner.run([&](int part) {
        const Block columns = blockOf(batch, part);
        float* first = activations[0].data() + columns.first * width;
        RandomStream(settings.seed, inputStream(part))
            .fillNormal(std::span<float>(first, static_cast<std::size_t>(columns.count * width)), 0.0, 1.0);
        drawWeights(1, weights[1].data(), part);
    });

    PropagationResult result;
    result.isa = isa;
    result.layers.reserve(static_cast<std::size_t>(settings.depth));
    for (int layer = 1; layer <= settings.depth; ++layer) {
        const std::vector<float>& layerWeights = weights[layer % 2];
        const std::vector<float>& input = activations[(layer - 1) % 2];
        std::vector<float>& output = activations[layer % 2];
        if (withBiases) {
            RandomStream(settings.seed, kBiasStreamBase + static_cast<std::uint64_t>(layer))
                .fillNormal(std::span<float>(biases), 0.0, settings.biasStd);
        }
        runner.run([&](int part) {
            const Block columns = blockOf(batch, part);
            const Index offset = columns.first * width;
            const std::size_t count = static_cast<std::size_t>(columns.count * width);
            multiply(layerWeights.data(), input.data() + offset, output.data() + offset, width, width, columns.count);
            const std::span<float> values(output.data() + offset, count);
            if (withBiases) {
                for (Index j = 0; j < columns.count; ++j) {
                    float* column = values.data() + j * width;
                    for (Index i = 0; i < width; ++i) column[i] += biases[static_cast<std::size_t>(i)];
                }
            }
            if (settings.backward) {
                function.derivatives(values,
                                     std::span<float>(derivatives.data() + (layer - 1) * layerSize + offset, count));
            }
            function.values(values, values);
            partials[static_cast<std::size_t>(part)].compute(values.data(), width, columns.count);
            if (layer < settings.depth) drawWeights(layer + 1, weights[(layer + 1) % 2].data(), part);
        });
        result.layers.push_back(combine(partials, width, batch));
        if (onLayer && !onLayer(result.layers.back(), layer)) {
            result.cancelled = layer < settings.depth || settings.backward;
            return result;
        }
    }
    if (!settings.backward) return result;

    // The backward pass. The forward pass's buffers are free now: activations[l % 2] holds
    // dL/dx_l, weights[l % 2] holds W_l^T. W_l is drawn again (the same numbers) into `drawn`,
    // one column block per part, and each part writes its block's transpose.
    std::vector<float> drawn(static_cast<std::size_t>(width * width));
    auto drawTransposed = [&](int layer, int part) {
        drawWeights(layer, drawn.data(), part);
        const Block columns = blockOf(width, part);
        float* transposed = weights[layer % 2].data();
        constexpr Index kTile = 32;  // rows of W^T written together, so that their cache lines stay
        for (Index r0 = 0; r0 < width; r0 += kTile) {
            const Index r1 = std::min(width, r0 + kTile);
            for (Index c = columns.first; c < columns.first + columns.count; ++c) {
                const float* column = drawn.data() + c * width;
                for (Index r = r0; r < r1; ++r) transposed[r * width + c] = column[r];
            }
        }
    };
    std::vector<PartialGradient> gradientParts(kParts, PartialGradient(width));
    const int depth = settings.depth;
    runner.run([&](int part) {
        const Block columns = blockOf(batch, part);
        float* first = activations[depth % 2].data() + columns.first * width;
        RandomStream(settings.seed, kGradientStreamBase + static_cast<std::uint64_t>(part))
            .fillNormal(std::span<float>(first, static_cast<std::size_t>(columns.count * width)), 0.0, 1.0);
        if (depth > 1) drawTransposed(depth, part);
    });
    std::vector<GradientStatistics> gradients(static_cast<std::size_t>(depth));
    for (int layer = depth; layer >= 1; --layer) {
        std::vector<float>& gradient = activations[layer % 2];
        std::vector<float>& below = activations[(layer - 1) % 2];
        const std::vector<float>& transposed = weights[layer % 2];
        const float* layerDerivatives = derivatives.data() + (layer - 1) * layerSize;
        runner.run([&](int part) {
            const Block columns = blockOf(batch, part);
            const Index offset = columns.first * width;
            // dL/dx_l's statistics, then dL/dh_l in its place.
            gradientParts[static_cast<std::size_t>(part)].compute(gradient.data() + offset, layerDerivatives + offset,
                                                                  width, columns.count);
            if (layer > 1) {
                multiply(transposed.data(), gradient.data() + offset, below.data() + offset, width, width,
                         columns.count);
            }
            if (layer > 2) drawTransposed(layer - 1, part);
        });
        const GradientStatistics statistics = combineGradients(gradientParts, width, batch);
        gradients[static_cast<std::size_t>(layer - 1)] = statistics;
        if (onGradient && !onGradient(statistics, layer)) {
            result.cancelled = layer > 1;
            if (result.cancelled) return result;
        }
    }
    result.gradients = std::move(gradients);
    return result;
}

}  // namespace alab
