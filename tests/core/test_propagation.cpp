// SPDX-License-Identifier: GPL-3.0-or-later
// Signal propagation through random networks: the known results of the SELU and ELU papers,
// and the mechanics (determinism, cancellation, validation, the statistics themselves).
#include "moments.h"
#include "propagation.h"

#include "kernels/kernels.h"
#include "sampling.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace alab {
namespace {

PropagationSettings settingsFor(Activation function, int depth, int width = 256, int batch = 1000) {
    PropagationSettings settings;
    settings.function = function;
    settings.depth = depth;
    settings.width = width;
    settings.batch = batch;
    return settings;
}

// A rows x columns matrix as propagate() draws it: columns [0, ceil(columns / 2)) from stream
// firstStream, the rest from firstStream + 1 (the streams the header documents).
Eigen::MatrixXf drawBlocks(std::uint64_t seed, int rows, int columns, std::uint64_t firstStream, double sigma) {
    Eigen::MatrixXf matrix(rows, columns);
    const int firstHalf = (columns + 1) / 2;
    RandomStream(seed, firstStream)
        .fillNormal(std::span<float>(matrix.data(), static_cast<std::size_t>(rows * firstHalf)), 0.0, sigma);
    RandomStream(seed, firstStream + 1)
        .fillNormal(
            std::span<float>(matrix.data() + rows * firstHalf, static_cast<std::size_t>(rows * (columns - firstHalf))),
            0.0, sigma);
    return matrix;
}

double relativeMean(const LayerStatistics& layer) { return std::abs(layer.mean) / std::sqrt(layer.meanSquare()); }

void expectIdentical(const PropagationResult& a, const PropagationResult& b) {
    ASSERT_EQ(a.layers.size(), b.layers.size());
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
        SCOPED_TRACE("layer " + std::to_string(i + 1));
        EXPECT_EQ(a.layers[i].mean, b.layers[i].mean);
        EXPECT_EQ(a.layers[i].variance, b.layers[i].variance);
        EXPECT_EQ(a.layers[i].deadFraction, b.layers[i].deadFraction);
        EXPECT_EQ(a.layers[i].unitMeans, b.layers[i].unitMeans);
    }
    ASSERT_EQ(a.gradients.size(), b.gradients.size());
    for (std::size_t i = 0; i < a.gradients.size(); ++i) {
        SCOPED_TRACE("gradient at layer " + std::to_string(i + 1));
        EXPECT_EQ(a.gradients[i].meanSquare, b.gradients[i].meanSquare);
        EXPECT_EQ(a.gradients[i].zeroFraction, b.gradients[i].zeroFraction);
    }
}

// Klambauer et al. (2017): with lambda, alpha of the paper and LeCun normal weights, mean 0 and
// variance 1 is a stable fixed point, so 100 layers stay near it.
TEST(Propagation, SeluWithLecunInitStaysNormalizedThrough100Layers) {
    const PropagationResult result = propagate(settingsFor(Activation::selu(), 100));
    ASSERT_EQ(result.layers.size(), 100U);
    EXPECT_FALSE(result.cancelled);
    for (std::size_t i = 0; i < result.layers.size(); ++i) {
        SCOPED_TRACE("layer " + std::to_string(i + 1));
        EXPECT_LE(std::abs(result.layers[i].mean), 0.1);
        EXPECT_GE(result.layers[i].variance, 0.8);
        EXPECT_LE(result.layers[i].variance, 1.25);
    }
}

// With weights of variance 1/W, E[h^2] of the next layer equals E[relu(h)^2] = E[h^2]/2, and
// relu(h)'s variance is a fixed multiple of E[h^2]: the variance halves at every layer.
TEST(Propagation, ReluWithLecunInitHalvesTheVarianceAtEveryLayer) {
    constexpr int kRatios = 20;
    const PropagationResult result = propagate(settingsFor(Activation::relu(), kRatios + 1));
    for (std::size_t i = 0; i < result.layers.size(); ++i) {
        SCOPED_TRACE("layer " + std::to_string(i + 1));
        EXPECT_GT(result.layers[i].mean, 0.0);
    }
    // The geometric mean of the 20 ratios var(l+1)/var(l), l = 1..20.
    const double ratio = std::pow(result.layers.back().variance / result.layers.front().variance, 1.0 / kRatios);
    EXPECT_NEAR(ratio, 0.5, 0.05);
}

// Clevert et al. (2016): ELU's negative values push the mean activation towards zero. The
// weights depend only on seed, width and layer, so both functions see the same network.
TEST(Propagation, EluMeanIsCloserToZeroThanRelusWithTheSameWeights) {
    const PropagationResult elu = propagate(settingsFor(Activation::elu(), 20));
    const PropagationResult relu = propagate(settingsFor(Activation::relu(), 20));
    ASSERT_EQ(elu.layers.size(), relu.layers.size());
    for (std::size_t i = 0; i < elu.layers.size(); ++i) {
        SCOPED_TRACE("layer " + std::to_string(i + 1));
        EXPECT_LT(relativeMean(elu.layers[i]), relativeMean(relu.layers[i]));
    }
}

// The comparison family goes through the same array paths: with LeCun init and N(0, 1) inputs
// the first layer's pre-activations are N(0, 1) per unit, so layer 1's mean matches the exact
// mean within sampling error; tanh, odd, keeps it near 0 through the depth.
TEST(Propagation, ComparisonFamilyFirstLayerMatchesTheExactMean) {
    for (const Activation& f : {Activation::gelu(), Activation::silu(), Activation::mish(), Activation::softplus(),
                                Activation::sigmoid(), Activation::geluTanh()}) {
        SCOPED_TRACE(std::string(f.id()));
        const PropagationResult result = propagate(settingsFor(f, 3, 256, 400));
        ASSERT_EQ(result.layers.size(), 3U);
        const NormalMoments exact = normalMoments(f, 0.0, 1.0);
        // 256 x 400 values, correlated within a unit's column: a loose 0.05 still catches a wrong f.
        EXPECT_NEAR(result.layers[0].mean, exact.mean, 0.05);
        EXPECT_EQ(result.layers[0].deadFraction, 0.0);
        for (const auto& layer : result.layers) EXPECT_TRUE(std::isfinite(layer.variance));
    }
    const PropagationResult tanhResult = propagate(settingsFor(Activation::tanh(), 20, 256, 400));
    for (const auto& layer : tanhResult.layers) EXPECT_NEAR(layer.mean, 0.0, 0.05);
}

TEST(Propagation, SameSettingsGiveIdenticalNumbersWhateverTheThreadCount) {
    // Large enough (W^2 B >= 2^20) for the second thread to be used.
    PropagationSettings settings = settingsFor(Activation::elu(), 4, 128, 200);
    settings.backward = true;
    settings.biasStd = 0.1;
    const PropagationResult first = propagate(settings);
    expectIdentical(first, propagate(settings));
    settings.maxThreads = 1;
    expectIdentical(first, propagate(settings));
}

TEST(Propagation, DifferentSeedsGiveDifferentNetworks) {
    PropagationSettings settings = settingsFor(Activation::selu(), 3, 32, 50);
    const PropagationResult first = propagate(settings);
    settings.seed = 2;
    const PropagationResult second = propagate(settings);
    for (std::size_t i = 0; i < first.layers.size(); ++i) {
        EXPECT_NE(first.layers[i].mean, second.layers[i].mean);
        EXPECT_NE(first.layers[i].variance, second.layers[i].variance);
    }
}

// LeCun and Glorot draw from the same N(0, 1/W) in square layers.
TEST(Propagation, GlorotEqualsLecunInSquareLayersAndHeDiffers) {
    PropagationSettings settings = settingsFor(Activation::relu(), 3, 32, 50);
    const PropagationResult lecun = propagate(settings);
    settings.init = WeightInit::Glorot;
    expectIdentical(lecun, propagate(settings));
    settings.init = WeightInit::He;
    const PropagationResult he = propagate(settings);
    // ReLU is positively homogeneous: He's weights are LeCun's times sqrt(2), compounded per layer.
    for (std::size_t i = 0; i < he.layers.size(); ++i) {
        const double scale = std::pow(2.0, static_cast<double>(i + 1));
        EXPECT_NEAR(he.layers[i].variance / lecun.layers[i].variance, scale, 1e-4 * scale);
    }
}

TEST(Propagation, CallbackSeesEveryLayerAndCancelsBetweenLayers) {
    const PropagationSettings settings = settingsFor(Activation::selu(), 8, 64, 100);
    const PropagationResult full = propagate(settings);
    std::vector<int> seen;
    const PropagationResult partial = propagate(settings, [&](const LayerStatistics& statistics, int layer) {
        seen.push_back(layer);
        EXPECT_EQ(statistics.mean, full.layers[static_cast<std::size_t>(layer - 1)].mean);
        return layer < 3;
    });
    EXPECT_TRUE(partial.cancelled);
    EXPECT_EQ(seen, (std::vector<int>{1, 2, 3}));
    ASSERT_EQ(partial.layers.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(partial.layers[i].variance, full.layers[i].variance);

    // Stopping after the last layer cancels nothing.
    const PropagationResult last =
        propagate(settingsFor(Activation::selu(), 1, 8, 4), [](const LayerStatistics&, int) { return false; });
    EXPECT_FALSE(last.cancelled);
    EXPECT_EQ(last.layers.size(), 1U);
}

TEST(Propagation, CallbackExceptionsPropagate) {
    const PropagationSettings settings = settingsFor(Activation::selu(), 4, 128, 200);
    EXPECT_THROW(propagate(settings, [](const LayerStatistics&, int) -> bool { throw std::runtime_error("stop"); }),
                 std::runtime_error);
}

TEST(Propagation, InvalidSettingsNameTheField) {
    struct Case {
        const char* field;
        PropagationSettings settings;
    };
    const PropagationSettings valid = settingsFor(Activation::relu(), 2, 8, 4);
    std::vector<Case> cases;
    auto add = [&](const char* field, auto change) {
        PropagationSettings settings = valid;
        change(settings);
        cases.push_back({field, settings});
    };
    add("depth", [](PropagationSettings& s) { s.depth = 0; });
    add("width", [](PropagationSettings& s) { s.width = -3; });
    add("batch", [](PropagationSettings& s) { s.batch = 0; });
    add("maxThreads", [](PropagationSettings& s) { s.maxThreads = 0; });
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const double gain : {0.0, -1.0, -0.0, nan, inf, -inf}) {
        add("gain", [gain](PropagationSettings& s) { s.gain = gain; });
    }
    for (const double biasStd : {-1e-300, -1.0, nan, inf}) {
        add("biasStd", [biasStd](PropagationSettings& s) { s.biasStd = biasStd; });
    }
    add("memory", [](PropagationSettings& s) { s.width = 30000; });          // 7.2 GB of weights
    add("memory", [](PropagationSettings& s) { s.batch = 2'000'000'000; });  // 128 GB of activations
    add("memory", [](PropagationSettings& s) {                               // 4 GB of unit means
        s.depth = 1'000'000;
        s.width = 512;
    });
    for (const Case& c : cases) {
        SCOPED_TRACE(c.field);
        try {
            propagate(c.settings);
            ADD_FAILURE() << "no error";
        } catch (const PropagationSettingsError& error) {
            EXPECT_EQ(error.field(), c.field);
            EXPECT_NE(std::string(error.what()).find(c.field == std::string("memory") ? "GB" : c.field),
                      std::string::npos)
                << error.what();
        }
    }
    EXPECT_NO_THROW(validate(valid));
}

// Layer 1 sees h = w . x with x ~ N(0, I): given the weights, a unit's B outputs are
// independent and each is <= 0 with probability 1/2, so ReLU kills it with probability 2^-B.
TEST(Propagation, DeadUnitFractionMatchesTheProbabilityOfNoPositiveInput) {
    constexpr int kWidth = 1024;
    constexpr int kBatch = 3;
    const PropagationResult relu = propagate(settingsFor(Activation::relu(), 1, kWidth, kBatch));
    const double expected = 1.0 / 8.0;
    const double sigma = std::sqrt(expected * (1 - expected) / kWidth);
    EXPECT_NEAR(relu.layers[0].deadFraction, expected, 4 * sigma);
    // ELU and Leaky ReLU are never exactly 0 for a nonzero input.
    for (const Activation& function : {Activation::elu(), Activation::leakyRelu()}) {
        EXPECT_EQ(propagate(settingsFor(function, 3, kWidth, kBatch)).layers.back().deadFraction, 0.0);
    }
}

TEST(Propagation, UnitMeansAverageToTheLayerMean) {
    const PropagationResult result = propagate(settingsFor(Activation::relu(), 5, 96, 300));
    for (const LayerStatistics& layer : result.layers) {
        ASSERT_EQ(layer.unitMeans.size(), 96);
        EXPECT_NEAR(layer.unitMeans.mean(), layer.mean, 1e-14 * std::abs(layer.mean));
        EXPECT_GE(layer.variance, 0.0);
    }
}

// An independent re-computation in double of a small network, from the streams the header
// documents: input columns [0, ceil(B/2)) from stream 0 and the rest from stream 1, weight
// columns of layer l the same way from streams 2l and 2l + 1.
TEST(Propagation, StatisticsMatchADirectComputation) {
    constexpr int kWidth = 7;
    constexpr int kBatch = 9;
    constexpr int kDepth = 3;
    constexpr std::uint64_t kSeed = 42;
    const Activation function = Activation::selu();
    auto draw = [](int rows, int columns, std::uint64_t firstStream, double sigma) {
        return drawBlocks(kSeed, rows, columns, firstStream, sigma);
    };
    PropagationSettings settings = settingsFor(function, kDepth, kWidth, kBatch);
    settings.seed = kSeed;
    const PropagationResult result = propagate(settings);

    Eigen::MatrixXd x = draw(kWidth, kBatch, 0, 1.0).cast<double>();
    for (int layer = 1; layer <= kDepth; ++layer) {
        SCOPED_TRACE("layer " + std::to_string(layer));
        const Eigen::MatrixXd w =
            draw(kWidth, kWidth, 2 * static_cast<std::uint64_t>(layer), std::sqrt(1.0 / kWidth)).cast<double>();
        Eigen::MatrixXd h = w * x;
        for (Eigen::Index i = 0; i < h.size(); ++i) h.data()[i] = function.value(h.data()[i]);
        x = h;
        const LayerStatistics& got = result.layers[static_cast<std::size_t>(layer - 1)];
        const double mean = x.mean();
        const double variance = (x.array() - mean).square().mean();
        // Float GEMM and activation against double: a few float ulps, compounded over layers.
        EXPECT_NEAR(got.mean, mean, 1e-5);
        EXPECT_NEAR(got.variance, variance, 1e-5 * variance);
        EXPECT_TRUE(got.unitMeans.isApprox(x.rowwise().mean(), 1e-5));
        EXPECT_EQ(got.deadFraction, 0.0);
    }
}

// Every GEMM build (the isolated AVX2 and AVX-512 objects and the baseline) runs and agrees.
TEST(Propagation, EveryIsaLevelGivesTheSameStatisticsWithinFloatRounding) {
    const kernels::Isa original = kernels::activeIsa();
    const PropagationSettings settings = settingsFor(Activation::selu(), 5, 64, 128);
    std::vector<PropagationResult> results;
    for (const kernels::Isa isa : {kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512}) {
        if (!kernels::isaSupported(isa)) continue;
        kernels::setActiveIsa(isa);
        results.push_back(propagate(settings));
        EXPECT_EQ(results.back().isa, isa);
    }
    kernels::setActiveIsa(original);
    for (const PropagationResult& result : results) {
        for (std::size_t i = 0; i < result.layers.size(); ++i) {
            EXPECT_NEAR(result.layers[i].mean, results[0].layers[i].mean, 1e-5);
            EXPECT_NEAR(result.layers[i].variance, results[0].layers[i].variance, 1e-5);
        }
    }
}

TEST(Propagation, WeightInitIdsRoundTrip) {
    for (const WeightInit init : allWeightInits()) EXPECT_EQ(parseWeightInitId(weightInitId(init)), init);
    EXPECT_FALSE(parseWeightInitId("xavier").has_value());
    EXPECT_DOUBLE_EQ(weightVariance(WeightInit::LeCun, 256, 256), 1.0 / 256);
    EXPECT_DOUBLE_EQ(weightVariance(WeightInit::He, 256, 128), 2.0 / 256);
    EXPECT_DOUBLE_EQ(weightVariance(WeightInit::Glorot, 256, 128), 2.0 / 384);
}

// The network of `settings` in double, from the streams the header documents: the weights,
// biases and gradient g that propagate() draws, so that the tests below recompute its numbers
// independently (no shared code but RandomStream).
struct DoubleNetwork {
    Activation function = Activation::relu();
    std::vector<Eigen::MatrixXd> weights;  // weights[l - 1] is W_l
    std::vector<Eigen::VectorXd> biases;
    Eigen::MatrixXd input;
    Eigen::MatrixXd gradient;  // g = dL/dx_L

    explicit DoubleNetwork(const PropagationSettings& s) : function(s.function) {
        const double sigma = s.gain * std::sqrt(weightVariance(s.init, s.width, s.width));
        input = drawBlocks(s.seed, s.width, s.batch, 0, 1.0).cast<double>();
        for (int layer = 1; layer <= s.depth; ++layer) {
            weights.push_back(
                drawBlocks(s.seed, s.width, s.width, 2 * static_cast<std::uint64_t>(layer), sigma).cast<double>());
            Eigen::VectorXf b = Eigen::VectorXf::Zero(s.width);
            if (s.biasStd > 0.0) {
                RandomStream(s.seed, kBiasStreamBase + static_cast<std::uint64_t>(layer))
                    .fillNormal(std::span<float>(b.data(), static_cast<std::size_t>(b.size())), 0.0, s.biasStd);
            }
            biases.push_back(b.cast<double>());
        }
        gradient = drawBlocks(s.seed, s.width, s.batch, kGradientStreamBase, 1.0).cast<double>();
    }
    int depth() const { return static_cast<int>(weights.size()); }

    // x_to from x_from (0 is the input).
    Eigen::MatrixXd forward(Eigen::MatrixXd x, int from, int to) const {
        for (int layer = from + 1; layer <= to; ++layer) {
            Eigen::MatrixXd h = weights[static_cast<std::size_t>(layer - 1)] * x;
            h.colwise() += biases[static_cast<std::size_t>(layer - 1)];
            for (Eigen::Index i = 0; i < h.size(); ++i) h.data()[i] = function.value(h.data()[i]);
            x = std::move(h);
        }
        return x;
    }
    // L = sum of g * x_L over units and inputs.
    double loss(const Eigen::MatrixXd& lastLayer) const { return (gradient.array() * lastLayer.array()).sum(); }
};

// dL/dx_l by central differences, perturbing one activation at a time, against the backward
// pass (in float, by the chain rule): smooth functions, with biases and a gain.
TEST(Propagation, BackwardPassMatchesFiniteDifferences) {
    for (const Activation& f : {Activation::tanh(), Activation::softplus(), Activation::elu(), Activation::gelu()}) {
        SCOPED_TRACE(std::string(f.id()));
        PropagationSettings settings = settingsFor(f, 4, 5, 3);
        settings.gain = 1.5;
        settings.biasStd = 0.3;
        settings.seed = 11;
        settings.backward = true;
        const PropagationResult result = propagate(settings);
        ASSERT_EQ(result.gradients.size(), 4U);
        const DoubleNetwork net(settings);
        constexpr double kStep = 1e-5;
        for (int layer = 1; layer <= net.depth(); ++layer) {
            SCOPED_TRACE("layer " + std::to_string(layer));
            const Eigen::MatrixXd x = net.forward(net.input, 0, layer);
            double squares = 0.0;
            for (Eigen::Index i = 0; i < x.size(); ++i) {
                Eigen::MatrixXd up = x, down = x;
                up.data()[i] += kStep;
                down.data()[i] -= kStep;
                const double slope =
                    (net.loss(net.forward(up, layer, net.depth())) - net.loss(net.forward(down, layer, net.depth()))) /
                    (2 * kStep);
                squares += slope * slope;
            }
            const double expected = squares / static_cast<double>(x.size());
            const GradientStatistics& got = result.gradients[static_cast<std::size_t>(layer - 1)];
            // Float against double, compounded over at most 3 layers: 1e-4 is ~1000 float ulps.
            EXPECT_NEAR(got.meanSquare, expected, 1e-4 * expected);
            EXPECT_EQ(got.zeroFraction, 0.0);
        }
    }
}

// An identity network (Leaky ReLU with slope 1): dL/dx_l = W_(l+1)^T ... W_L^T g, and each
// W^T multiplies the mean square by its entries' variance times the width: gain^2 for LeCun,
// 2 gain^2 for He. The forward variance grows by the same factor.
TEST(Propagation, LinearNetworkGradVarMatchesItsAnalyticValue) {
    struct Case {
        WeightInit init;
        double gain;
        double factor;
    };
    for (const Case& c : {Case{WeightInit::LeCun, 1.0, 1.0}, Case{WeightInit::He, 0.8, 1.28},
                          Case{WeightInit::LeCun, 1.1, 1.21}, Case{WeightInit::Glorot, 0.5, 0.25}}) {
        SCOPED_TRACE(std::string(weightInitId(c.init)) + " gain " + std::to_string(c.gain));
        constexpr int kDepth = 10;
        PropagationSettings settings = settingsFor(Activation::leakyRelu(1.0), kDepth, 256, 500);
        settings.init = c.init;
        settings.gain = c.gain;
        settings.backward = true;
        const PropagationResult result = propagate(settings);
        ASSERT_EQ(result.gradients.size(), static_cast<std::size_t>(kDepth));
        // g is N(0, 1): 128000 samples of g^2 (relative standard deviation 0.4%).
        EXPECT_NEAR(result.gradients.back().meanSquare, 1.0, 0.02);
        EXPECT_EQ(result.gradients.back().zeroFraction, 0.0);
        // The factor per layer, as the geometric mean over the nine steps: the product of nine
        // random matrices fluctuates by about 2.5% from seed to seed (measured over 12 seeds),
        // a ninth of that per step.
        const double perLayer =
            std::pow(result.gradients.front().meanSquare / result.gradients.back().meanSquare, 1.0 / (kDepth - 1));
        EXPECT_NEAR(perLayer, c.factor, 0.015 * c.factor);
        const double forwardPerLayer =
            std::pow(result.layers.back().meanSquare() / result.layers.front().meanSquare(), 1.0 / (kDepth - 1));
        EXPECT_NEAR(forwardPerLayer, c.factor, 0.015 * c.factor);
        EXPECT_NEAR(result.layers.front().meanSquare(), c.factor, 0.03 * c.factor);
        for (int layer = 1; layer <= kDepth; ++layer) {
            SCOPED_TRACE("layer " + std::to_string(layer));
            const double expected = std::pow(c.factor, kDepth - layer) * result.gradients.back().meanSquare;
            EXPECT_NEAR(result.gradients[static_cast<std::size_t>(layer - 1)].meanSquare, expected, 0.1 * expected);
        }
    }
}

// The lecturer's results. Sigmoid's f' is at most 1/4, so with LeCun weights every layer
// multiplies the gradient's mean square by less than 1/16: it vanishes toward the input.
// ReLU with He weights: half the units pass the gradient, W^T doubles it, so it keeps its size.
TEST(Propagation, SigmoidWithLecunVanishesTowardTheInputReluWithHeKeepsIt) {
    constexpr int kDepth = 20;
    PropagationSettings sigmoid = settingsFor(Activation::sigmoid(), kDepth, 256, 500);
    sigmoid.backward = true;
    const PropagationResult vanishing = propagate(sigmoid);
    ASSERT_EQ(vanishing.gradients.size(), static_cast<std::size_t>(kDepth));
    for (int layer = 1; layer < kDepth; ++layer) {
        SCOPED_TRACE("layer " + std::to_string(layer));
        const double ratio = vanishing.gradients[static_cast<std::size_t>(layer - 1)].meanSquare /
                             vanishing.gradients[static_cast<std::size_t>(layer)].meanSquare;
        EXPECT_LT(ratio, 1.0 / 16);
        EXPECT_GT(ratio, 0.0);
    }
    EXPECT_LT(vanishing.gradients.front().meanSquare, 1e-20 * vanishing.gradients.back().meanSquare);

    PropagationSettings relu = settingsFor(Activation::relu(), kDepth, 256, 500);
    relu.init = WeightInit::He;
    relu.backward = true;
    const PropagationResult kept = propagate(relu);
    ASSERT_EQ(kept.gradients.size(), static_cast<std::size_t>(kDepth));
    for (const GradientStatistics& layer : kept.gradients) {
        EXPECT_GT(layer.meanSquare, 0.5);
        EXPECT_LT(layer.meanSquare, 2.0);
    }
    const double perLayer =
        std::pow(kept.gradients.front().meanSquare / kept.gradients.back().meanSquare, 1.0 / (kDepth - 1));
    EXPECT_NEAR(perLayer, 1.0, 0.05);
}

// A dead ReLU (output 0, so f'(h) = 0, for the whole batch) passes no gradient: its dL/dh is 0
// for every input. With a small batch many units are dead; exactly those have a zero gradient.
// Functions that are never flat have none.
TEST(Propagation, DeadReluUnitsPassNoGradient) {
    PropagationSettings settings = settingsFor(Activation::relu(), 6, 1024, 3);
    settings.backward = true;
    const PropagationResult relu = propagate(settings);
    ASSERT_EQ(relu.gradients.size(), 6U);
    for (std::size_t i = 0; i < relu.layers.size(); ++i) {
        SCOPED_TRACE("layer " + std::to_string(i + 1));
        EXPECT_GT(relu.layers[i].deadFraction, 0.05);
        EXPECT_EQ(relu.gradients[i].zeroFraction, relu.layers[i].deadFraction);
    }
    for (const Activation& f : {Activation::elu(), Activation::leakyRelu(), Activation::selu()}) {
        settings.function = f;
        for (const GradientStatistics& layer : propagate(settings).gradients) EXPECT_EQ(layer.zeroFraction, 0.0);
    }

    // A layer of dead units passes nothing at all: below it, every gradient is exactly 0. Narrow
    // networks die within a few layers (once a layer is 0, so is every layer after it).
    int dying = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        PropagationSettings narrow = settingsFor(Activation::relu(), 12, 2, 1);
        narrow.seed = seed;
        narrow.backward = true;
        const PropagationResult result = propagate(narrow);
        if (result.layers.back().deadFraction < 1.0) continue;
        ++dying;
        EXPECT_EQ(result.gradients.back().zeroFraction, 1.0);
        EXPECT_GT(result.gradients.back().meanSquare, 0.0);  // g itself
        for (std::size_t i = 0; i + 1 < result.gradients.size(); ++i) EXPECT_EQ(result.gradients[i].meanSquare, 0.0);
    }
    EXPECT_GT(dying, 5);
}

// The backward pass's gradients at each layer against a chain rule in double, through dead ReLUs
// (the finite differences above need smooth functions).
TEST(Propagation, BackwardPassMatchesADirectChainRule) {
    for (const Activation& f : {Activation::relu(), Activation::selu(), Activation::leakyRelu(0.2)}) {
        SCOPED_TRACE(std::string(f.id()));
        PropagationSettings settings = settingsFor(f, 5, 9, 7);
        settings.init = WeightInit::He;
        settings.biasStd = 0.2;
        settings.seed = 5;
        settings.backward = true;
        const PropagationResult result = propagate(settings);
        const DoubleNetwork net(settings);
        std::vector<Eigen::MatrixXd> slopes;  // f'(h_l)
        Eigen::MatrixXd x = net.input;
        for (int layer = 1; layer <= net.depth(); ++layer) {
            Eigen::MatrixXd h = net.weights[static_cast<std::size_t>(layer - 1)] * x;
            h.colwise() += net.biases[static_cast<std::size_t>(layer - 1)];
            slopes.push_back(h.unaryExpr([&](double v) { return f.derivative(v); }));
            x = h.unaryExpr([&](double v) { return f.value(v); });
        }
        Eigen::MatrixXd gradient = net.gradient;
        for (int layer = net.depth(); layer >= 1; --layer) {
            SCOPED_TRACE("layer " + std::to_string(layer));
            const GradientStatistics& got = result.gradients[static_cast<std::size_t>(layer - 1)];
            const double expected = gradient.squaredNorm() / static_cast<double>(gradient.size());
            EXPECT_NEAR(got.meanSquare, expected, 1e-4 * expected);
            const Eigen::MatrixXd delta = gradient.cwiseProduct(slopes[static_cast<std::size_t>(layer - 1)]);
            const double zero = static_cast<double>((delta.rowwise().squaredNorm().array() == 0.0).count()) /
                                static_cast<double>(delta.rows());
            EXPECT_EQ(got.zeroFraction, zero);
            gradient = net.weights[static_cast<std::size_t>(layer - 1)].transpose() * delta;
        }
    }
}

// The gain scales the weights: ReLU is positively homogeneous, so layer l's variance scales by
// gain^(2 l). Biases add their variance to the first layer's.
TEST(Propagation, GainScalesTheWeightsAndBiasesAddVariance) {
    PropagationSettings settings = settingsFor(Activation::relu(), 4, 64, 100);
    const PropagationResult plain = propagate(settings);
    settings.gain = 0.5;
    const PropagationResult scaled = propagate(settings);
    for (std::size_t i = 0; i < plain.layers.size(); ++i) {
        const double factor = std::pow(0.25, static_cast<double>(i + 1));
        EXPECT_NEAR(scaled.layers[i].variance / plain.layers[i].variance, factor, 1e-5 * factor);
    }
    // He is LeCun with gain sqrt(2), up to the rounding of the standard deviation.
    settings.gain = std::sqrt(2.0);
    const PropagationResult lecun = propagate(settings);
    settings.gain = 1.0;
    settings.init = WeightInit::He;
    const PropagationResult he = propagate(settings);
    for (std::size_t i = 0; i < he.layers.size(); ++i) {
        EXPECT_NEAR(lecun.layers[i].variance, he.layers[i].variance, 1e-5 * he.layers[i].variance);
    }

    PropagationSettings identity = settingsFor(Activation::leakyRelu(1.0), 1, 256, 1000);
    identity.biasStd = 0.5;
    const PropagationResult biased = propagate(identity);
    // Var(w . x) = 1 per unit, plus the biases' mean square, 0.25.
    EXPECT_NEAR(biased.layers[0].meanSquare(), 1.25, 0.06);
    EXPECT_NE(biased.layers[0].mean, propagate(settingsFor(Activation::leakyRelu(1.0), 1, 256, 1000)).layers[0].mean);
}

TEST(Propagation, GradientCallbackRunsFromTheLastLayerDownAndCancels) {
    PropagationSettings settings = settingsFor(Activation::tanh(), 6, 32, 40);
    settings.backward = true;
    const PropagationResult full = propagate(settings);
    ASSERT_EQ(full.gradients.size(), 6U);
    std::vector<int> seen;
    const PropagationResult partial = propagate(settings, {}, [&](const GradientStatistics& statistics, int layer) {
        seen.push_back(layer);
        EXPECT_EQ(statistics.meanSquare, full.gradients[static_cast<std::size_t>(layer - 1)].meanSquare);
        return layer > 4;
    });
    EXPECT_EQ(seen, (std::vector<int>{6, 5, 4}));
    EXPECT_TRUE(partial.cancelled);
    EXPECT_TRUE(partial.gradients.empty());
    EXPECT_EQ(partial.layers.size(), 6U);

    // A forward callback that stops at the last layer skips the backward pass.
    const PropagationResult forwardOnly = propagate(settings, [](const LayerStatistics&, int) { return false; });
    EXPECT_TRUE(forwardOnly.cancelled);
    EXPECT_TRUE(forwardOnly.gradients.empty());
    // Without backward, no gradients and the forward numbers are the same.
    settings.backward = false;
    const PropagationResult forward = propagate(settings);
    EXPECT_TRUE(forward.gradients.empty());
    for (std::size_t i = 0; i < forward.layers.size(); ++i) EXPECT_EQ(forward.layers[i].mean, full.layers[i].mean);
}

}  // namespace
}  // namespace alab
