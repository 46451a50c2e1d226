// SPDX-License-Identifier: GPL-3.0-or-later
#include "moments.h"

#include "expression/typed_function.h"

#include "special_functions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace alab {
namespace {

using special::Quad;

struct QuadMoments {
    Quad mean;
    Quad secondMoment;
};

QuadMoments leakyMoments(Quad slope, Quad mu, Quad sigma) {
    const Quad t = mu / sigma;
    const Quad below = special::normalCdf(-t);  // P(z < 0), from erfc: accurate when tiny
    const Quad above = special::normalCdf(t);
    const Quad density = special::normalPdf(t);
    return {mu * (above + slope * below) + (1 - slope) * sigma * density,
            (mu * mu + sigma * sigma) * (above + slope * slope * below) + (1 - slope * slope) * mu * sigma * density};
}

QuadMoments eluMoments(Quad alpha, Quad mu, Quad sigma) {
    const Quad t = mu / sigma;
    const Quad below = special::normalCdf(-t);
    const Quad above = special::normalCdf(t);
    const Quad density = special::normalPdf(t);
    // A = E[e^z; z < 0], B = E[e^2z; z < 0]; in both, exponent - y^2/2 reduces to -t^2/2.
    const Quad reduced = -t * t / 2;
    const Quad a = special::expTimesUpperTail(mu + sigma * sigma / 2, reduced, t + sigma);
    const Quad b = special::expTimesUpperTail(2 * mu + 2 * sigma * sigma, reduced, t + 2 * sigma);
    return {mu * above + sigma * density + alpha * (a - below),
            (mu * mu + sigma * sigma) * above + mu * sigma * density + alpha * alpha * (b - 2 * a + below)};
}

// GELU: E[z Phi(z)] = mu Phi(mu/s) + sigma^2/s phi(mu/s), s = sqrt(1 + sigma^2).
Quad geluMean(Quad mu, Quad sigma) {
    const Quad s = special::sqrt(1 + sigma * sigma);
    return mu * special::normalCdf(mu / s) + sigma * sigma / s * special::normalPdf(mu / s);
}

using Extended = long double;

// 20-point Gauss-Legendre nodes and weights on [-1, 1], by Newton's method on P_20.
struct GaussLegendre {
    static constexpr int kPoints = 20;
    std::array<Extended, kPoints> nodes{};
    std::array<Extended, kPoints> weights{};

    GaussLegendre() {
        const Extended pi = 3.14159265358979323846264338327950288L;
        for (int i = 0; i < kPoints; ++i) {
            Extended x = std::cos(pi * (static_cast<Extended>(i) + 0.75L) / (kPoints + 0.5L));
            Extended derivative = 0;
            for (int iteration = 0; iteration < 100; ++iteration) {
                Extended p0 = 1, p1 = x;
                for (int n = 2; n <= kPoints; ++n) {
                    const Extended p2 = ((2 * n - 1) * x * p1 - (n - 1) * p0) / n;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = kPoints * (x * p1 - p0) / (x * x - 1);
                const Extended step = p1 / derivative;
                x -= step;
                if (std::abs(step) < 1e-21L) break;
            }
            nodes[static_cast<std::size_t>(i)] = x;
            weights[static_cast<std::size_t>(i)] = 2 / ((1 - x * x) * derivative * derivative);
        }
    }
};

const GaussLegendre& gaussLegendre() {
    static const GaussLegendre rule;
    return rule;
}

// E[f], E[f^2] and E[(f - E[f])^2] of the smooth kinds by composite 20-point Gauss-Legendre
// quadrature in u, z = mu + sigma u, over |u| <= 60 (the normal density beyond is below
// e^-1800): panels of width 1/2, plus panels graded geometrically (widths 2^k / sigma, k = -6
// ... 12) on both sides of z = 0, where every one of these functions turns on a scale of 1 in z,
// and a break at Softplus' threshold, where f steps. On each panel f is then analytic and
// slowly varying, so the rule is exact to rounding; f is evaluated once per node.
NormalMoments quadratureMoments(const Activation& f, double mu, double sigma) {
    const Extended m = mu, s = sigma;
    constexpr Extended kReach = 60;
    std::vector<Extended> breakpoints;
    for (int i = -120; i <= 120; ++i) breakpoints.push_back(static_cast<Extended>(i) / 2);
    auto addGraded = [&](Extended z) {
        const Extended centre = (z - m) / s;
        if (!(centre > -kReach && centre < kReach)) return;
        breakpoints.push_back(centre);
        for (int k = -6; k <= 12; ++k) {
            const Extended offset = std::ldexp(1.0L, k) / s;
            for (const Extended u : {centre - offset, centre + offset}) {
                if (u > -kReach && u < kReach) breakpoints.push_back(u);
            }
        }
    };
    addGraded(0);
    if (const TypedFunction* typed = f.typedFunction(); typed != nullptr) {
        // Typed functions: panels also graded around every switch of a branch, where f' may jump.
        for (const SwitchPoint& p : typed->switchPoints(mu - 60 * sigma, mu + 60 * sigma, f.parameterValues()))
            addGraded(p.x);
    }
    if (f.kind() == FunctionKind::Softplus) addGraded(static_cast<Extended>(f.threshold()) / f.beta());
    std::sort(breakpoints.begin(), breakpoints.end());
    breakpoints.erase(std::unique(breakpoints.begin(), breakpoints.end()), breakpoints.end());

    const GaussLegendre& rule = gaussLegendre();
    const Extended invSqrt2Pi = 0.398942280401432677939946059934381868L;
    std::vector<Extended> weights;
    std::vector<double> nodes;
    weights.reserve(breakpoints.size() * GaussLegendre::kPoints);
    nodes.reserve(weights.capacity());
    for (std::size_t p = 0; p + 1 < breakpoints.size(); ++p) {
        const Extended a = breakpoints[p], b = breakpoints[p + 1];
        const Extended half = (b - a) / 2, middle = (a + b) / 2;
        for (std::size_t i = 0; i < rule.nodes.size(); ++i) {
            const Extended u = middle + half * rule.nodes[i];
            weights.push_back(rule.weights[i] * half * std::exp(-u * u / 2) * invSqrt2Pi);
            nodes.push_back(static_cast<double>(m + s * u));
        }
    }
    // One array call: a typed function's program runs vectorized instead of once per node (the
    // mean/variance map integrates thousands of times per picture).
    std::vector<double> values(nodes.size());
    f.values(nodes, values);
    Extended mean = 0, second = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        mean += weights[i] * values[i];
        second += weights[i] * values[i] * values[i];
    }
    if (f.kind() == FunctionKind::Gelu) mean = static_cast<Extended>(geluMean(mu, sigma));
    // The variance directly as E[(f - mean)^2]: no cancellation when it is far below E[f^2].
    Extended variance = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Extended d = values[i] - mean;
        variance += weights[i] * d * d;
    }
    return {static_cast<double>(mean), static_cast<double>(second), static_cast<double>(variance)};
}

void requireFiniteInput(const char* field, double value) {
    if (!std::isfinite(value)) throw ParameterError(field, std::string(field) + " must be a finite number");
}

}  // namespace

NormalMoments normalMoments(const Activation& f, double mu, double sigma) {
    requireFiniteInput("mu", mu);
    requireFiniteInput("sigma", sigma);
    if (!(sigma > 0)) throw ParameterError("sigma", "sigma must be greater than 0");

    QuadMoments m{};
    switch (f.kind()) {
    case FunctionKind::Relu: m = leakyMoments(0, mu, sigma); break;
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: m = leakyMoments(f.slope(), mu, sigma); break;
    case FunctionKind::Elu: m = eluMoments(f.alpha(), mu, sigma); break;
    case FunctionKind::Selu: {
        const Quad lambda = f.lambda();
        m = eluMoments(f.alpha(), mu, sigma);
        m = {lambda * m.mean, lambda * lambda * m.secondMoment};
        break;
    }
    case FunctionKind::Celu: {
        // CELU(z; alpha) = alpha ELU(z / alpha; 1).
        const Quad alpha = f.alpha();
        m = eluMoments(1, mu / alpha, sigma / alpha);
        m = {alpha * m.mean, alpha * alpha * m.secondMoment};
        break;
    }
    case FunctionKind::Gelu:
    case FunctionKind::GeluTanh:
    case FunctionKind::Silu:
    case FunctionKind::Mish:
    case FunctionKind::Softplus:
    case FunctionKind::Tanh:
    case FunctionKind::Sigmoid: return quadratureMoments(f, mu, sigma);
    case FunctionKind::Typed: {
        const NormalMoments q = quadratureMoments(f, mu, sigma);
        if (!std::isfinite(q.mean) || !std::isfinite(q.secondMoment)) {
            throw ParameterError("function", f.typedFunction()->name() +
                                                 ": E[f(z)] or E[f(z)^2] does not exist (f is undefined or grows too "
                                                 "fast for z ~ N(mu, sigma^2))");
        }
        return q;
    }
    }
    const Quad variance = m.secondMoment - m.mean * m.mean;
    return {static_cast<double>(m.mean), static_cast<double>(m.secondMoment),
            variance > 0 ? static_cast<double>(variance) : 0.0};
}

}  // namespace alab
