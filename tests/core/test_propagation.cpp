// SPDX-License-Identifier: GPL-3.0-or-later
// Signal propagation through random networks: the known results of the SELU and ELU papers,
// and the mechanics (determinism, cancellation, validation, the statistics themselves).
#include "moments.h"
#include "propagation.h"

#include "kernels/kernels.h"
#include "sampling.h"

#include <gtest/gtest.h>

#include <cmath>
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
        Eigen::MatrixXf matrix(rows, columns);
        const int firstHalf = (columns + 1) / 2;
        RandomStream(kSeed, firstStream)
            .fillNormal(std::span<float>(matrix.data(), static_cast<std::size_t>(rows * firstHalf)), 0.0, sigma);
        RandomStream(kSeed, firstStream + 1)
            .fillNormal(std::span<float>(matrix.data() + rows * firstHalf,
                                         static_cast<std::size_t>(rows * (columns - firstHalf))),
                        0.0, sigma);
        return matrix;
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

}  // namespace
}  // namespace alab
