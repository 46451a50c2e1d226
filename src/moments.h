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
//   SELU = lambda * ELU(alpha).
// Evaluated in quad precision with erfcx-scaled tails, so that the results keep a relative
// error near 1e-16 for any finite mu and sigma > 0 (a variance far below E[f^2] keeps an
// absolute error of a few ulp of E[f^2]). Throws ParameterError naming "mu" or "sigma".
NormalMoments normalMoments(const Activation& f, double mu, double sigma);

}  // namespace alab
