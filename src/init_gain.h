// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <optional>
#include <stdexcept>

// The gain of a weight initialization: weights drawn with standard deviation gain / sqrt(fan_in).
namespace alab {

// g = 1 / sqrt(E[f(z)^2]), z ~ N(0, 1), from the exact moments (normalMoments). If a layer's
// pre-activations are N(0, 1), weights of variance g^2 / fan_in give the next layer's
// pre-activations variance g^2 E[f^2] = 1 again (for independent weights and inputs): ReLU gives
// sqrt(2) (He), SELU 1 (LeCun) within the rounding of its constants. Correctly rounded to within
// an ulp or two where the moments are (closed forms); quadrature keeps 1e-12. Throws
// std::domain_error when E[f^2] is 0, infinite or NaN (no such gain: f(z) = 0 almost surely,
// or the moment does not exist).
double varianceKeepingGain(const Activation& f);

// torch.nn.init.calculate_gain for the functions PyTorch names: relu sqrt(2), leaky_relu
// sqrt(2 / (1 + slope^2)), tanh 5/3, selu 3/4, sigmoid 1; nullopt for the others (PyTorch has no
// entry for ELU, GELU, SiLU, ..., nor for PReLU). PyTorch chose 5/3 and 3/4 by other arguments
// than the variance (tanh's 5/3 is an empirical choice; SELU's 3/4 favours stable gradients), so
// they differ from varianceKeepingGain: a teaching point.
std::optional<double> pytorchGain(const Activation& f);

}  // namespace alab
