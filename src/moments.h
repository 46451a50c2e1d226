// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

namespace alab {

// Exact moments of f(z) for z ~ N(mu, sigma^2).
struct NormalMoments {
    double mean = 0.0;          // E[f(z)]
    double secondMoment = 0.0;  // E[f(z)^2]
    double variance = 0.0;      // Var[f(z)] >= 0
};

// Closed forms (t = mu/sigma, Phi and phi the standard normal CDF and density):
//   ReLU / Leaky ReLU (slope a): E = mu[Phi(t) + a Phi(-t)] + (1 - a) sigma phi(t),
//     E[f^2] = (mu^2 + sigma^2)[Phi(t) + a^2 Phi(-t)] + (1 - a^2) mu sigma phi(t);
//   ELU(alpha): E = mu Phi(t) + sigma phi(t) + alpha (A - Phi(-t)),
//     E[f^2] = (mu^2 + sigma^2) Phi(t) + mu sigma phi(t) + alpha^2 (B - 2A + Phi(-t)),
//     A = e^(mu + sigma^2/2) Phi(-t - sigma), B = e^(2mu + 2sigma^2) Phi(-t - 2sigma);
//   SELU = lambda * ELU(alpha); PReLU as Leaky ReLU; CELU(alpha) = alpha ELU(z/alpha; 1), so
//     its moments are ELU's for N(mu/alpha, (sigma/alpha)^2) times alpha and alpha^2.
// Evaluated in quad precision with erfcx-scaled tails, so that the results keep a relative
// error near 1e-16 for any finite mu and sigma > 0 (a variance far below E[f^2] keeps an
// absolute error of a few ulp of E[f^2]). Throws ParameterError naming "mu" or "sigma".
//
// No closed form for the others; they are integrated numerically: composite 20-point
// Gauss-Legendre in extended precision on u = (z - mu)/sigma in [-60, 60], panels of width 1/2
// refined geometrically around z = 0 (and Softplus' threshold), so that each panel sees f
// analytic and slowly varying:
//   GELU: E[f] in closed form, E[z Phi(z)] = mu Phi(mu/s) + sigma^2/s phi(mu/s), s =
//     sqrt(1 + sigma^2); E[f^2] by quadrature;
//   GELU (tanh), SiLU, Mish, Softplus, tanh, sigmoid: E[f] and E[f^2] by quadrature.
// The variance of these is summed directly as E[(f - E[f])^2]. Error against the mpmath table
// (tests/data/moments_reference.csv): below 1e-12 of E[f^2] (of sqrt(E[f^2]) for the mean);
// issue 7's bar is 1e-10.
NormalMoments normalMoments(const Activation& f, double mu, double sigma);

}  // namespace alab
