// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <Eigen/Core>

#include <optional>
#include <string>

namespace alab {

// The mean/variance map of a SELU layer (Klambauer et al. 2017, "Self-Normalizing Neural
// Networks"): inputs with mean mu and variance nu, weights summarized by omega = sum w_i and
// tau = sum w_i^2, give pre-activations z ~ N(m, v) with m = mu omega, v = nu tau, and
// activations with mean mu~ = E[selu(z)] and variance nu~ = Var[selu(z)].
// omega = 0, tau = 1 are the paper's normalized weights; omega = tau = 1 maps the moments of
// z ~ N(mu, nu) itself.
struct SeluMapParameters {
    double alpha = kSeluAlpha;
    double lambda = kSeluLambda;
    double omega = 0.0;
    double tau = 1.0;
};

struct MeanVariance {
    double mean = 0.0;
    double variance = 1.0;

    friend bool operator==(const MeanVariance&, const MeanVariance&) = default;
};

// The checks every mean/variance map makes (this one's, and meanVarianceMap's): mean finite,
// variance > 0, omega finite, tau > 0, and the products nu tau and mu omega inside the doubles.
// Throws ParameterError naming "mean", "variance", "omega", "tau", "variance*tau" or "mean*omega".
void validateMeanMapInput(MeanVariance input, double omega, double tau);

// g(mu, nu). Evaluated in quad precision from the closed forms with erfcx-scaled tails, the
// variance centred on a shift (lambda m for m >= 0, -lambda alpha below) so that it keeps
// ~1e-16 relative error for any finite input with nu tau >= ~1e-18 (below that, when |m| is
// not far above sqrt(v), the error is ~1e-34 absolute instead). The variance is never
// negative. Throws ParameterError (a std::invalid_argument) naming "mean", "variance",
// "alpha", "lambda", "omega", "tau" or "variance*tau" for NaN/inf values, nu <= 0, tau <= 0,
// or products m, v that are 0 or overflow a double; std::overflow_error when the image
// itself does not fit in a double.
MeanVariance seluMap(MeanVariance input, const SeluMapParameters& params = {});

// d(mu~, nu~) / d(mu, nu): rows mu~, nu~; columns mu, nu. Analytic (Price's theorem: the v
// derivative of E[f(z)] is E[f''(z)]/2, with f'' holding the delta of the jump in f' at 0),
// in quad. Same validation as seluMap.
Eigen::Matrix2d seluMapJacobian(MeanVariance input, const SeluMapParameters& params = {});

// Largest singular value of the Jacobian (0.78767 at (0, 1) for the canonical SELU).
double seluMapSpectralNorm(MeanVariance input, const SeluMapParameters& params = {});

// How a search for the fixed point of a mean/variance map ended.
enum class FixedPointStatus {
    Found,              // point set
    VarianceCollapses,  // the variance falls towards 0: no fixed point with nu > 0 is reached
    Diverges,           // |mu| or nu grows without bound
    NotSettled,         // the iteration neither settles nor leaves the bounds in its budget
    MomentsUndefined,   // E[f(z)] or E[f(z)^2] does not exist on the way
};

struct SeluFixedPointResult {
    FixedPointStatus status = FixedPointStatus::Found;
    std::optional<MeanVariance> point;  // set on success
    std::string error;                  // why there is none, otherwise empty
    int iterations = 0;                 // map evaluations used
    double spectralNorm = 0.0;          // of the Jacobian at the point
    double spectralRadius = 0.0;        // < 1: the point attracts its neighbourhood
};

// The fixed point reached by iterating g from `start`, refined by Newton's method once the
// iteration has settled. Fails (error set, no point) when the variance grows beyond 1e100,
// collapses below 1e-20 max(1, mu^2) (no fixed point with nu > 0, e.g. lambda = 0.5), or the
// iteration does not settle in 20000 steps. Throws ParameterError for invalid parameters or
// start.
SeluFixedPointResult seluFixedPoint(const SeluMapParameters& params = {}, MeanVariance start = {0.0, 1.0});

struct SeluParameters {
    double alpha = 0.0;
    double lambda = 0.0;
};

struct SeluSolveResult {
    std::optional<SeluParameters> parameters;  // set on success
    std::string error;                         // why there is none, otherwise empty
};

// The (alpha, lambda > 0) for which SELU maps N(mu*, nu*) inputs to outputs with mean mu* and
// variance nu* (omega = tau = 1, as the authors' getSELUparameters). With lambda eliminated
// the condition is a quadratic in alpha, solved in quad; of its roots the one with the right
// sign of the mean (and alpha > 0 if there is a choice) is kept and checked by mapping the
// target through seluMap (relative residual <= 1e-10). (0, 1) gives the canonical constants.
// Throws ParameterError naming "mean" or "variance" for a non-finite target or nu* <= 0.
SeluSolveResult solveSeluParameters(MeanVariance target);

}  // namespace alab
