// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"
#include "selu_map.h"

#include <Eigen/Core>

#include <optional>
#include <string>

namespace alab {

// The weights of a layer, summarized as in Klambauer et al. (2017): omega = sum w_i, tau =
// sum w_i^2. omega = 0, tau = 1 are normalized weights; tau = g^2 is an init of gain g.
struct MeanMapWeights {
    double omega = 0.0;
    double tau = 1.0;
};

// The mean/variance map of any activation: inputs with mean mu and variance nu give
// pre-activations z ~ N(mu omega, nu tau) and outputs with mean E[f(z)] and variance Var[f(z)].
// SELU goes through seluMap (quad, closed form); the others through normalMoments (closed forms
// for ReLU, Leaky ReLU, PReLU, ELU, CELU; quadrature for the rest and for typed functions).
// Throws ParameterError naming "mean", "variance", "omega", "tau", "variance*tau" or
// "mean*omega" for invalid input, and naming "function" when the moments do not exist (a typed
// exp(x^2) for nu tau >= 1/4); std::overflow_error when the image does not fit in a double.
MeanVariance meanVarianceMap(const Activation& f, MeanVariance input, const MeanMapWeights& weights = {});

// d(mu~, nu~) / d(mu, nu), rows mu~, nu~: SELU's analytic Jacobian, central differences of the
// map for the others (steps 1e-5 of the scale; the quadrature's 1e-12 leaves ~1e-7 relative).
Eigen::Matrix2d meanVarianceMapJacobian(const Activation& f, MeanVariance input, const MeanMapWeights& weights = {});

struct FixedPointResult {
    FixedPointStatus status = FixedPointStatus::NotSettled;
    std::optional<MeanVariance> point;  // set when status is Found
    std::string message;                // why there is none ("the variance collapses ..."), otherwise empty
    int evaluations = 0;                // map evaluations used (bounded: no hang)
    double spectralRadius = 0.0;        // of the Jacobian at the point; < 1: it attracts
};

// The fixed point the layers approach when the map is iterated from `start`: the iteration,
// with Newton's method tried every 25 steps (it reaches a slowly attracting point that plain
// iteration needs thousands of layers for) and a final Newton polish once it settles. A point
// Newton finds is taken only if it attracts (spectral radius < 1). Ends, within 1000
// iterations, in one of the statuses: VarianceCollapses when nu falls below 1e-20 max(1, mu^2)
// on the way or Newton runs towards nu = 0 while the iteration shrinks nu (tanh with tau = 1,
// whose variance falls like 1/(2 layers)); Diverges beyond 1e100; MomentsUndefined when the map
// throws for the function; NotSettled otherwise. SELU uses seluFixedPoint. Throws
// ParameterError for invalid weights or start.
FixedPointResult findFixedPoint(const Activation& f, const MeanMapWeights& weights = {},
                                MeanVariance start = {0.0, 1.0});

// "none: the variance collapses", "none: diverges", ... ; for a Found result the point's text.
std::string fixedPointSummary(const FixedPointResult& result);

}  // namespace alab
