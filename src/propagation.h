// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"
#include "kernels/kernels.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Signal propagation through a random fully connected network: width x width weight matrices,
// biases (zero by default), inputs from N(0, 1), the same activation after every layer. The
// statistics per layer are those of the self-normalizing-networks and ELU papers: mean and
// variance of all activations, the fraction of dead units, and every unit's mean activation over
// the batch. Optionally a backward pass too: the gradient of a random loss, per layer.
namespace alab {

// Weights of a layer with fanIn inputs and fanOut outputs are drawn from N(0, weightVariance).
enum class WeightInit {
    LeCun,   // 1 / fanIn: what SELU's fixed point (mean 0, variance 1) assumes
    He,      // 2 / fanIn: keeps ReLU's second moment constant
    Glorot,  // 2 / (fanIn + fanOut); equal to LeCun in these square layers
};

std::string_view weightInitId(WeightInit init) noexcept;  // "lecun", "he", "glorot"
std::optional<WeightInit> parseWeightInitId(std::string_view id) noexcept;
const std::vector<WeightInit>& allWeightInits();
double weightVariance(WeightInit init, double fanIn, double fanOut) noexcept;

// Layer l (1-based) computes h_l = W_l x_(l-1) + b_l and x_l = f(h_l), x_0 the input. W_l is drawn
// from N(0, gain^2 weightVariance(init)), b_l from N(0, biasStd^2).
//
// The backward pass is that of the loss L = sum over units and inputs of g * x_L, with g drawn
// from N(0, 1) (a random unit-variance gradient at the last layer L), through the same weights
// and the same batch: dL/dx_L = g, dL/dh_l = dL/dx_l * f'(h_l), dL/dx_(l-1) = W_l^T dL/dh_l.

struct PropagationSettings {
    Activation function = Activation::selu();
    int depth = 0;  // number of layers, >= 1
    int width = 0;  // units per layer (and input dimension), >= 1
    int batch = 1000;
    WeightInit init = WeightInit::LeCun;
    double gain = 1.0;     // multiplies the init's standard deviation; finite and > 0
    double biasStd = 0.0;  // standard deviation of the biases; finite and >= 0
    std::uint64_t seed = 1;
    // Also run the backward pass (after the forward one; it keeps f'(h) of every layer, depth x
    // width x batch floats).
    bool backward = false;
    // Threads to use (at most 2 are). The batch is always split into the same two column
    // blocks, each with its own random streams, so the numbers do not depend on this.
    int maxThreads = 2;
};

// Memory a run needs, in bytes (weights, activations, the statistics of every layer).
double propagationMemoryBytes(const PropagationSettings& settings) noexcept;
inline constexpr double kMaxPropagationMemoryBytes = 2e9;

// A setting out of range; field() is the member's name ("depth", "width", "batch", "gain",
// "biasStd", "maxThreads"), or "memory" when the sizes together need more than the limit.
class PropagationSettingsError : public std::invalid_argument {
public:
    PropagationSettingsError(std::string field, const std::string& message);
    const std::string& field() const noexcept { return field_; }

private:
    std::string field_;
};

// Throws PropagationSettingsError.
void validate(const PropagationSettings& settings);

struct LayerStatistics {
    double mean = 0.0;          // over all width x batch activations
    double variance = 0.0;      // population variance (divided by width x batch)
    double deadFraction = 0.0;  // units whose output is exactly 0 for every input of the batch
    Eigen::VectorXd unitMeans;  // each unit's mean over the batch (the ELU paper's histogram)

    double meanSquare() const noexcept { return variance + mean * mean; }
};

// The backward pass at one layer.
struct GradientStatistics {
    // The mean of (dL/dx)^2 over all width x batch activations of the layer ("grad_var": the
    // gradient's mean is 0 in expectation, as g's is).
    double meanSquare = 0.0;
    // Units whose gradient dL/dh is exactly 0 for every input of the batch: nothing reaches their
    // weights and bias, and nothing passes through them to the layers below (a dead ReLU's).
    double zeroFraction = 0.0;
};

struct PropagationResult {
    std::vector<LayerStatistics> layers;  // layers[0] is layer 1
    // With settings.backward, one per layer (gradients[0] is layer 1) when the backward pass ran
    // to the end; empty when a callback stopped it.
    std::vector<GradientStatistics> gradients;
    bool cancelled = false;
    kernels::Isa isa = kernels::Isa::Scalar;  // the GEMM and activation build that ran
};

// Called after each layer (1-based) with its statistics; returning false stops before the next
// (and before the backward pass).
using LayerCallback = std::function<bool(const LayerStatistics& statistics, int layer)>;
// Called during the backward pass for layers depth, depth - 1, ..., 1; returning false stops it.
using GradientCallback = std::function<bool(const GradientStatistics& statistics, int layer)>;

// Deterministic: the same settings give the same numbers on every run, whatever maxThreads,
// on one ISA level (float GEMMs of different vector widths round differently). Columns
// [0, ceil(n/2)) of a matrix with n columns are part 0, the rest part 1; the input's part p
// comes from RandomStream(seed, p), layer l's weights' part p from RandomStream(seed, 2 l + p)
// (drawn with standard deviation gain sqrt(weightVariance)), layer l's biases (all width of them,
// only when biasStd > 0) from RandomStream(seed, kBiasStreamBase + l), and the gradient g's part p
// from RandomStream(seed, kGradientStreamBase + p). The weights do not depend on the activation,
// so runs that differ only in the function see the same network. Statistics are accumulated in
// double, in a fixed order. Runs on the calling thread and at most one worker thread.
// cancelled is set when a callback stopped the run before all that was asked for was computed.
// Throws PropagationSettingsError for invalid settings; rethrows what the callbacks throw.
inline constexpr std::uint64_t kBiasStreamBase = std::uint64_t{1} << 62;
inline constexpr std::uint64_t kGradientStreamBase = std::uint64_t{1} << 63;
PropagationResult propagate(const PropagationSettings& settings, const LayerCallback& onLayer = {},
                            const GradientCallback& onGradient = {});

}  // namespace alab
