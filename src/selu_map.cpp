// SPDX-License-Identifier: GPL-3.0-or-later
#include "selu_map.h"

#include "special_functions.h"

#include <Eigen/SVD>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <complex>
#include <stdexcept>
#include <vector>

namespace alab {
namespace {

using special::Quad;

std::string shortest(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void requireFinite(const char* field, double value) {
    if (!std::isfinite(value)) {
        throw ParameterError(field, std::string(field) + " must be a finite number, got " + shortest(value));
    }
}

void requirePositive(const char* field, double value) {
    requireFinite(field, value);
    if (!(value > 0.0)) throw ParameterError(field, std::string(field) + " must be positive, got " + shortest(value));
}

void validate(MeanVariance input, const SeluMapParameters& params) {
    requireFinite("alpha", params.alpha);
    requireFinite("lambda", params.lambda);
    validateMeanMapInput(input, params.omega, params.tau);
}

// e^exponent Phi(-y). While neither factor can leave the quad range the direct product is
// exact to a few ulp and cheaper than the erfcx-scaled form (which needs reducedExponent =
// exponent - y^2/2, computed exactly by the caller).
Quad expTimesTail(Quad exponent, Quad reducedExponent, Quad y) {
    if (y < 100 && exponent < 5000 && exponent > -5000) {
        return special::exp(exponent) * special::erfc(y / special::kSqrt2) / 2;
    }
    return special::expTimesUpperTail(exponent, reducedExponent, y);
}

// The Gaussian integrals every closed form below is built from, for z ~ N(m, v), s = sqrt v,
// t = m / s. m and v are exact (a product of two doubles fits in a quad's 113 bits).
struct GaussianTerms {
    Quad m, v, s, t;
    Quad cdf;       // Phi(t)  = P(z > 0)
    Quad cdfMinus;  // Phi(-t) = P(z < 0)
    Quad pdf;       // phi(t)
    Quad expTail;   // E[e^z 1{z<0}]    = e^(m + v/2)  Phi(-t - s)
    Quad exp2Tail;  // E[e^2z 1{z<0}]   = e^(2m + 2v) Phi(-t - 2s)
};

GaussianTerms gaussianTerms(Quad m, Quad v) {
    GaussianTerms g;
    g.m = m;
    g.v = v;
    g.s = special::sqrt(v);
    g.t = m / g.s;
    // The smaller tail straight from erfc; the larger one as 1 - tail loses nothing.
    const Quad smallTail = special::erfc(special::abs(g.t) / special::kSqrt2) / 2;
    g.cdf = g.t >= 0 ? 1 - smallTail : smallTail;
    g.cdfMinus = g.t >= 0 ? smallTail : 1 - smallTail;
    const Quad halfTSquared = g.t * g.t / 2;
    g.pdf = special::exp(-halfTSquared) / special::kSqrt2Pi;
    // With r = sqrt(2v): m + v/2 - (t + s)^2/2 = -t^2/2 and 2m + 2v - (t + 2s)^2/2 = -t^2/2
    // exactly (ts = m, s^2 = v), so both tails share the reduced exponent -t^2/2.
    g.expTail = expTimesTail(m + v / 2, -halfTSquared, g.t + g.s);
    g.exp2Tail = expTimesTail(2 * m + 2 * v, -halfTSquared, g.t + 2 * g.s);
    return g;
}

// The moments about a shift c: mean - c and E[(f - c)^2], so that the variance
// E[(f - c)^2] - (mean - c)^2 does not cancel where f is nearly constant: c = lambda m (the
// linear branch) for m >= 0, c = -lambda alpha (the saturation level) for m < 0.
struct CentredMoments {
    Quad shift;
    Quad meanAboutShift;
    Quad secondAboutShift;
    Quad mean() const { return shift + meanAboutShift; }
    Quad variance() const {
        const Quad variance = secondAboutShift - meanAboutShift * meanAboutShift;
        return variance > 0 ? variance : 0;
    }
};

CentredMoments centredMoments(const GaussianTerms& g, Quad alpha, Quad lambda) {
    const Quad lambda2 = lambda * lambda;
    CentredMoments c;
    if (g.m >= 0) {
        const Quad q = g.expTail - g.cdfMinus;                    // E[expm1(z) 1{z<0}]
        const Quad b2 = g.cdfMinus - 2 * g.expTail + g.exp2Tail;  // E[expm1(z)^2 1{z<0}]
        c.shift = lambda * g.m;
        c.meanAboutShift = lambda * (g.s * (g.pdf - g.t * g.cdfMinus) + alpha * q);
        c.secondAboutShift =
            lambda2 * (g.v * (g.cdf - g.t * g.pdf) + alpha * alpha * b2 - 2 * alpha * g.m * q + g.m * g.m * g.cdfMinus);
    } else {
        const Quad p = g.s * (g.pdf + g.t * g.cdf);                     // E[z 1{z>0}]
        const Quad b0 = g.v * ((g.t * g.t + 1) * g.cdf + g.t * g.pdf);  // E[z^2 1{z>0}]
        c.shift = -lambda * alpha;
        c.meanAboutShift = lambda * (p + alpha * g.cdf + alpha * g.expTail);
        c.secondAboutShift = lambda2 * (b0 + 2 * alpha * p + alpha * alpha * g.cdf + alpha * alpha * g.exp2Tail);
    }
    return c;
}

double toDouble(Quad value, const char* what) {
    const double result = static_cast<double>(value);
    if (!std::isfinite(result)) throw std::overflow_error(std::string(what) + " overflows a double");
    return result;
}

struct Evaluation {
    GaussianTerms g;
    CentredMoments moments;
};

Evaluation evaluate(MeanVariance input, const SeluMapParameters& params) {
    validate(input, params);
    const Quad m = static_cast<Quad>(input.mean) * params.omega;
    const Quad v = static_cast<Quad>(input.variance) * params.tau;
    Evaluation e{gaussianTerms(m, v), {}};
    e.moments = centredMoments(e.g, params.alpha, params.lambda);
    return e;
}

// Newton's method needs (J - I)^-1 F; the 2x2 inverse by hand, nullopt when singular.
std::optional<Eigen::Vector2d> solve2x2(const Eigen::Matrix2d& a, const Eigen::Vector2d& b) {
    const double det = a(0, 0) * a(1, 1) - a(0, 1) * a(1, 0);
    const double scale = a.cwiseAbs().maxCoeff();
    if (!(std::abs(det) > 1e-14 * scale * scale)) return std::nullopt;
    return Eigen::Vector2d((a(1, 1) * b(0) - a(0, 1) * b(1)) / det, (a(0, 0) * b(1) - a(1, 0) * b(0)) / det);
}

double spectralRadius(const Eigen::Matrix2d& j) {
    const std::complex<double> halfTrace = (j(0, 0) + j(1, 1)) / 2;
    const std::complex<double> det = j(0, 0) * j(1, 1) - j(0, 1) * j(1, 0);
    const std::complex<double> root = std::sqrt(halfTrace * halfTrace - det);
    return std::max(std::abs(halfTrace + root), std::abs(halfTrace - root));
}

// Scaled distance between consecutive points: the mean on the scale |mu| + sqrt(nu).
double stepSize(MeanVariance from, MeanVariance to) {
    const double meanScale = std::abs(to.mean) + std::sqrt(to.variance);
    return std::max(std::abs(to.mean - from.mean) / meanScale, std::abs(to.variance - from.variance) / to.variance);
}

constexpr int kMaxIterations = 20000;
constexpr double kSettled = 1e-9;      // step size after which Newton takes over
constexpr double kDivergence = 1e100;  // |mu| or nu beyond this: no fixed point
constexpr double kCollapse = 1e-20;    // nu below this times max(1, mu^2): no fixed point
constexpr int kMaxNewtonSteps = 8;

}  // namespace

void validateMeanMapInput(MeanVariance input, double omega, double tau) {
    requireFinite("mean", input.mean);
    requirePositive("variance", input.variance);
    requireFinite("omega", omega);
    requirePositive("tau", tau);
    const double v = input.variance * tau;
    if (v == 0.0) throw ParameterError("variance*tau", "variance*tau underflows to 0");
    if (!std::isfinite(v)) throw ParameterError("variance*tau", "variance*tau overflows a double");
    if (!std::isfinite(input.mean * omega)) throw ParameterError("mean*omega", "mean*omega overflows a double");
}

MeanVariance seluMap(MeanVariance input, const SeluMapParameters& params) {
    const Evaluation e = evaluate(input, params);
    return {toDouble(e.moments.mean(), "the mean of the image"),
            toDouble(e.moments.variance(), "the variance of the image")};
}

Eigen::Matrix2d seluMapJacobian(MeanVariance input, const SeluMapParameters& params) {
    const Evaluation e = evaluate(input, params);
    const GaussianTerms& g = e.g;
    const Quad alpha = params.alpha;
    const Quad lambda = params.lambda;
    const Quad lambda2 = lambda * lambda;
    const Quad alpha2 = alpha * alpha;
    // d/dm E[f] = E[f'], d/dv E[f] = E[f'']/2; f'' has the delta (lambda - lambda alpha) at 0.
    const Quad pdfOverS = g.pdf / g.s;  // the density of z at 0
    const Quad meanDm = lambda * (g.cdf + alpha * g.expTail);
    const Quad meanDv = lambda / 2 * (alpha * g.expTail + (1 - alpha) * pdfOverS);
    // E[(f - c)^2] for the constant shift c of centredMoments: d/dm = 2 E[(f - c) f'],
    // d/dv = E[f'^2 + (f - c) f''].
    Quad secondDm, secondDv;
    if (g.m >= 0) {
        secondDm = 2 * lambda2 * (g.s * g.pdf + alpha2 * (g.exp2Tail - g.expTail) - alpha * g.m * g.expTail);
        secondDv = lambda2 * (g.cdf + alpha2 * (2 * g.exp2Tail - g.expTail) - alpha * g.m * g.expTail -
                              (1 - alpha) * g.t * g.pdf);
    } else {
        const Quad p = g.s * (g.pdf + g.t * g.cdf);
        secondDm = 2 * lambda2 * (alpha2 * g.exp2Tail + p + alpha * g.cdf);
        secondDv = lambda2 * (2 * alpha2 * g.exp2Tail + g.cdf + alpha * (1 - alpha) * pdfOverS);
    }
    // nu~ = E[(f - c)^2] - (E[f] - c)^2 with c held fixed while differentiating.
    const Quad a = e.moments.meanAboutShift;
    const Quad varianceDm = secondDm - 2 * a * meanDm;
    const Quad varianceDv = secondDv - 2 * a * meanDv;
    const Quad omega = params.omega;
    const Quad tau = params.tau;
    Eigen::Matrix2d j;
    j << toDouble(omega * meanDm, "the Jacobian"), toDouble(tau * meanDv, "the Jacobian"),
        toDouble(omega * varianceDm, "the Jacobian"), toDouble(tau * varianceDv, "the Jacobian");
    return j;
}

double seluMapSpectralNorm(MeanVariance input, const SeluMapParameters& params) {
    const Eigen::Matrix2d j = seluMapJacobian(input, params);
    return Eigen::JacobiSVD<Eigen::Matrix2d>(j).singularValues()(0);
}

SeluFixedPointResult seluFixedPoint(const SeluMapParameters& params, MeanVariance start) {
    validate(start, params);
    SeluFixedPointResult result;
    auto fail = [&](const std::string& why, FixedPointStatus status = FixedPointStatus::NotSettled) {
        result.status = status;
        result.error = why;
        return result;
    };
    auto map = [&](MeanVariance x) -> std::optional<MeanVariance> {
        try {
            ++result.iterations;
            return seluMap(x, params);
        } catch (const std::exception&) {
            return std::nullopt;  // an image or a product nu tau outside the doubles
        }
    };
    auto outOfBounds = [&](std::optional<MeanVariance> y) -> std::optional<std::string> {
        result.status = FixedPointStatus::Diverges;
        if (!y || std::abs(y->mean) > kDivergence || y->variance > kDivergence) {
            return "the iteration diverges (|mu| or nu beyond 1e100 after " + std::to_string(result.iterations) +
                   " steps)";
        }
        if (y->variance < kCollapse * std::max(1.0, y->mean * y->mean) || y->variance * params.tau == 0.0) {
            result.status = FixedPointStatus::VarianceCollapses;
            return "the variance collapses to 0 (below 1e-20 after " + std::to_string(result.iterations) + " steps)";
        }
        return std::nullopt;
    };

    MeanVariance x = start;
    bool settled = false;
    while (result.iterations < kMaxIterations) {
        const auto y = map(x);
        if (const auto why = outOfBounds(y)) return fail(*why, result.status);
        const double step = stepSize(x, *y);
        x = *y;
        if (step < kSettled) {
            settled = true;
            break;
        }
    }
    if (!settled) {
        return fail("the iteration does not settle in " + std::to_string(kMaxIterations) + " steps");
    }
    // Newton on F(x) = g(x) - x, keeping a step only while it shrinks the residual.
    auto residual = [&](MeanVariance at, MeanVariance image) { return stepSize(at, image); };
    auto image = map(x);
    if (const auto why = outOfBounds(image)) return fail(*why, result.status);
    for (int k = 0; k < kMaxNewtonSteps; ++k) {
        const double current = residual(x, *image);
        if (current == 0.0) break;
        const Eigen::Matrix2d j = seluMapJacobian(x, params) - Eigen::Matrix2d::Identity();
        const auto delta = solve2x2(j, Eigen::Vector2d(image->mean - x.mean, image->variance - x.variance));
        if (!delta) break;
        const MeanVariance next{x.mean - (*delta)(0), x.variance - (*delta)(1)};
        if (!(next.variance > 0.0) || !std::isfinite(next.mean)) break;
        const auto nextImage = map(next);
        if (outOfBounds(nextImage) || !(residual(next, *nextImage) < current)) break;
        x = next;
        image = nextImage;
    }
    const Eigen::Matrix2d j = seluMapJacobian(x, params);
    result.spectralNorm = Eigen::JacobiSVD<Eigen::Matrix2d>(j).singularValues()(0);
    result.spectralRadius = spectralRadius(j);
    result.status = FixedPointStatus::Found;
    result.point = x;
    return result;
}

SeluSolveResult solveSeluParameters(MeanVariance target) {
    requireFinite("mean", target.mean);
    requirePositive("variance", target.variance);
    SeluSolveResult result;
    const GaussianTerms g = gaussianTerms(target.mean, target.variance);
    const Quad m = g.m;
    const Quad p = g.s * (g.pdf + g.t * g.cdf);               // E[z 1{z>0}]
    const Quad q = g.expTail - g.cdfMinus;                    // E[expm1(z) 1{z<0}] < 0
    const Quad b0 = (m * m + g.v) * g.cdf + m * g.s * g.pdf;  // E[z^2 1{z>0}]
    const Quad b2 = g.cdfMinus - 2 * g.expTail + g.exp2Tail;  // E[expm1(z)^2 1{z<0}]
    const Quad second = g.v + m * m;                          // the target E[f^2]
    // lambda (p + alpha q) = mu* and lambda^2 (b0 + alpha^2 b2) = nu* + mu*^2. Squaring the
    // first and dividing by the second removes lambda: a alpha^2 + 2 b alpha + c = 0.
    std::vector<Quad> roots;
    if (m == 0) {
        roots.push_back(-p / q);
    } else {
        const Quad a = q * q * second - m * m * b2;
        const Quad b = p * q * second;
        const Quad c = p * p * second - m * m * b0;
        // b^2 - ac, expanded so that its two large parts cancel exactly on paper.
        const Quad inner = second * (q * q * b0 + p * p * b2) - m * m * b0 * b2;
        if (inner >= 0) {
            const Quad root = special::abs(m) * special::sqrt(inner);
            const Quad big = -(b + (b >= 0 ? root : -root));
            if (big != 0) {
                roots.push_back(c / big);
                if (a != 0) roots.push_back(big / a);
            }
        }
    }
    std::optional<SeluParameters> best;
    for (const Quad alpha : roots) {
        const Quad denominator = b0 + alpha * alpha * b2;
        if (!(denominator > 0)) continue;
        const Quad lambda = special::sqrt(second / denominator);
        // The squared equation also admits lambda (p + alpha q) = -mu*.
        if (m != 0 && (p + alpha * q) * m <= 0) continue;
        const SeluParameters candidate{static_cast<double>(alpha), static_cast<double>(lambda)};
        if (!std::isfinite(candidate.alpha) || !std::isfinite(candidate.lambda) || !(candidate.lambda > 0)) continue;
        const bool better = !best || (candidate.alpha > 0 && !(best->alpha > 0)) ||
                            ((candidate.alpha > 0) == (best->alpha > 0) &&
                             std::abs(candidate.alpha - kSeluAlpha) < std::abs(best->alpha - kSeluAlpha));
        if (better) best = candidate;
    }
    const std::string noSolution = "no finite alpha and lambda > 0 make N(" + shortest(target.mean) + ", " +
                                   shortest(target.variance) + ") a fixed point of the SELU map";
    if (!best) {
        result.error = noSolution;
        return result;
    }
    // Check by mapping the target: degenerate targets (the solution decided by far tails) fail.
    try {
        const MeanVariance image = seluMap(target, {best->alpha, best->lambda, 1.0, 1.0});
        const double meanScale = std::abs(target.mean) + std::sqrt(target.variance);
        if (!(std::abs(image.mean - target.mean) <= 1e-10 * meanScale) ||
            !(std::abs(image.variance - target.variance) <= 1e-10 * target.variance)) {
            result.error = "no alpha, lambda found that make N(" + shortest(target.mean) + ", " +
                           shortest(target.variance) +
                           ") a fixed point to 1e-10: the problem is ill-conditioned there (the solution "
                           "depends on the far tail of N)";
            return result;
        }
    } catch (const std::exception&) {
        result.error = noSolution;
        return result;
    }
    result.parameters = best;
    return result;
}

}  // namespace alab
