// SPDX-License-Identifier: GPL-3.0-or-later
#include "mean_variance_map.h"

#include "function_registry.h"
#include "moments.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <stdexcept>

namespace alab {
namespace {

constexpr int kMaxIterations = 1000;
constexpr int kNewtonEvery = 25;  // iterations between Newton attempts
constexpr int kMaxNewtonSteps = 40;
// Newton running this far below where it started, while the iteration shrinks nu, has passed no
// fixed point with nu > 0 (it would have converged to it): the only one left is nu = 0. Deeper,
// g(nu) - nu ~ nu^2 drowns in the quadrature's rounding.
constexpr double kNewtonCollapse = 1e-6;
constexpr int kGrowingLayers = 200;    // nu growing through this many last layers: diverges
constexpr double kSettled = 1e-9;      // step size after which the Newton polish takes over
constexpr double kConverged = 1e-13;   // Newton's residual (scaled) at a fixed point
constexpr double kDivergence = 1e100;  // |mu| or nu beyond this: diverges
constexpr double kCollapse = 1e-20;    // nu below this times max(1, mu^2): collapses
constexpr double kDifferenceStep = 1e-5;

SeluMapParameters seluParameters(const Activation& f, const MeanMapWeights& weights) {
    return {f.alpha(), f.lambda(), weights.omega, weights.tau};
}

// Scaled distance between consecutive points: the mean on the scale |mu| + sqrt(nu).
double stepSize(MeanVariance from, MeanVariance to) {
    const double meanScale = std::abs(to.mean) + std::sqrt(to.variance);
    return std::max(std::abs(to.mean - from.mean) / meanScale, std::abs(to.variance - from.variance) / to.variance);
}

double spectralRadius(const Eigen::Matrix2d& j) {
    const std::complex<double> halfTrace = (j(0, 0) + j(1, 1)) / 2;
    const std::complex<double> det = j(0, 0) * j(1, 1) - j(0, 1) * j(1, 0);
    const std::complex<double> root = std::sqrt(halfTrace * halfTrace - det);
    return std::max(std::abs(halfTrace + root), std::abs(halfTrace - root));
}

std::optional<Eigen::Vector2d> solve2x2(const Eigen::Matrix2d& a, const Eigen::Vector2d& b) {
    const double det = a(0, 0) * a(1, 1) - a(0, 1) * a(1, 0);
    const double scale = a.cwiseAbs().maxCoeff();
    if (!(std::abs(det) > 1e-14 * scale * scale)) return std::nullopt;
    return Eigen::Vector2d((a(1, 1) * b(0) - a(0, 1) * b(1)) / det, (a(0, 0) * b(1) - a(1, 0) * b(0)) / det);
}

bool collapsed(MeanVariance x) { return x.variance < kCollapse * std::max(1.0, x.mean * x.mean); }
bool diverged(MeanVariance x) { return !(std::abs(x.mean) <= kDivergence) || !(x.variance <= kDivergence); }

// The search's state: the function, the weights, and the budget spent.
class Search {
public:
    Search(const Activation& f, const MeanMapWeights& weights) : f_(f), weights_(weights) {}

    FixedPointResult run(MeanVariance start);

private:
    // The map, with the failures that end the search as exceptions of their own.
    struct Stop {
        FixedPointStatus status;
        std::string message;
    };
    MeanVariance map(MeanVariance x);
    Eigen::Matrix2d jacobian(MeanVariance x);
    // Newton's method on g(x) - x from x: the fixed point it reaches (residual <= kConverged), or
    // nullopt; throws Stop(VarianceCollapses) when it runs to nu = 0 (kNewtonCollapse) and
    // `towardsZero` allows it.
    std::optional<MeanVariance> newton(MeanVariance x, bool towardsZero);
    FixedPointResult found(MeanVariance x);

    const Activation& f_;
    MeanMapWeights weights_;
    int evaluations_ = 0;
};

MeanVariance Search::map(MeanVariance x) {
    ++evaluations_;
    MeanVariance y;
    try {
        y = meanVarianceMap(f_, x, weights_);
    } catch (const ParameterError& error) {
        if (error.field() == "function") throw Stop{FixedPointStatus::MomentsUndefined, error.what()};
        if (error.field() == "variance*tau" && x.variance < 1.0)
            throw Stop{FixedPointStatus::VarianceCollapses, "the variance collapses to 0"};
        throw Stop{FixedPointStatus::Diverges, "the iteration diverges (" + std::string(error.what()) + ")"};
    } catch (const std::overflow_error&) {
        throw Stop{FixedPointStatus::Diverges, "the iteration diverges (the image overflows a double)"};
    }
    return y;
}

Eigen::Matrix2d Search::jacobian(MeanVariance x) {
    if (f_.kind() == FunctionKind::Selu) return seluMapJacobian(x, seluParameters(f_, weights_));
    evaluations_ += 4;
    return meanVarianceMapJacobian(f_, x, weights_);
}

std::optional<MeanVariance> Search::newton(MeanVariance x, bool towardsZero) {
    const double startVariance = x.variance;
    MeanVariance image = map(x);
    for (int step = 0; step < kMaxNewtonSteps; ++step) {
        const double residual = stepSize(x, image);
        if (residual <= kConverged) return x;
        Eigen::Matrix2d j;
        try {
            j = jacobian(x) - Eigen::Matrix2d::Identity();
        } catch (const std::exception&) {
            return std::nullopt;
        }
        const auto delta = solve2x2(j, Eigen::Vector2d(image.mean - x.mean, image.variance - x.variance));
        if (!delta) return std::nullopt;
        MeanVariance next{x.mean - (*delta)(0), x.variance - (*delta)(1)};
        // A step past nu = 0 is cut back to a quarter of the variance: Newton is heading down.
        if (!(next.variance > 0.0)) next.variance = x.variance / 4;
        if (!std::isfinite(next.mean) || diverged(next)) return std::nullopt;
        if (collapsed(next) || next.variance < kNewtonCollapse * startVariance) {
            if (towardsZero) {
                throw Stop{FixedPointStatus::VarianceCollapses,
                           "the variance collapses to 0 (Newton runs to nu = 0: no fixed point with nu > 0)"};
            }
            return std::nullopt;
        }
        MeanVariance nextImage;
        try {
            nextImage = map(next);
        } catch (const Stop&) {
            return std::nullopt;  // Newton wandered where the map does not exist; the iteration goes on
        }
        if (!(stepSize(next, nextImage) < residual)) return std::nullopt;
        x = next;
        image = nextImage;
    }
    return std::nullopt;
}

FixedPointResult Search::found(MeanVariance x) {
    FixedPointResult result;
    result.status = FixedPointStatus::Found;
    result.point = x;
    try {
        result.spectralRadius = spectralRadius(jacobian(x));
    } catch (const std::exception&) {
        result.spectralRadius = std::numeric_limits<double>::quiet_NaN();
    }
    result.evaluations = evaluations_;
    return result;
}

FixedPointResult Search::run(MeanVariance start) {
    validateMeanMapInput(start, weights_.omega, weights_.tau);
    try {
        MeanVariance x = start;
        double varianceBefore = x.variance;  // kNewtonEvery iterations ago
        int growingLayers = 0;
        for (int iteration = 1; iteration <= kMaxIterations; ++iteration) {
            const MeanVariance y = map(x);
            growingLayers = y.variance > x.variance ? growingLayers + 1 : 0;
            if (diverged(y)) {
                throw Stop{FixedPointStatus::Diverges, "the iteration diverges (|mu| or nu beyond 1e100 after " +
                                                           std::to_string(iteration) + " layers)"};
            }
            if (collapsed(y)) {
                throw Stop{FixedPointStatus::VarianceCollapses,
                           "the variance collapses to 0 (below 1e-20 after " + std::to_string(iteration) + " layers)"};
            }
            const double step = stepSize(x, y);
            x = y;
            if (step < kSettled) {
                if (const auto point = newton(x, false)) return found(*point);
                return found(x);
            }
            if (iteration % kNewtonEvery == 0) {
                const bool shrinking = x.variance < varianceBefore;
                varianceBefore = x.variance;
                if (const auto point = newton(x, shrinking)) {
                    FixedPointResult candidate = found(*point);
                    if (candidate.spectralRadius < 1.0) return candidate;
                }
            }
        }
        if (growingLayers >= kGrowingLayers) {
            throw Stop{FixedPointStatus::Diverges, "the iteration diverges (nu grows through the last " +
                                                       std::to_string(growingLayers) + " of " +
                                                       std::to_string(kMaxIterations) + " layers)"};
        }
        throw Stop{FixedPointStatus::NotSettled,
                   "the iteration does not settle in " + std::to_string(kMaxIterations) + " layers"};
    } catch (const Stop& stop) {
        FixedPointResult result;
        result.status = stop.status;
        result.message = stop.message;
        result.evaluations = evaluations_;
        return result;
    }
}

}  // namespace

MeanVariance meanVarianceMap(const Activation& f, MeanVariance input, const MeanMapWeights& weights) {
    if (f.kind() == FunctionKind::Selu) return seluMap(input, seluParameters(f, weights));
    validateMeanMapInput(input, weights.omega, weights.tau);
    const double m = input.mean * weights.omega;
    const double v = input.variance * weights.tau;
    const NormalMoments moments = normalMoments(f, m, std::sqrt(v));
    if (!std::isfinite(moments.mean) || !std::isfinite(moments.variance)) {
        throw std::overflow_error("the image overflows a double");
    }
    return {moments.mean, moments.variance};
}

Eigen::Matrix2d meanVarianceMapJacobian(const Activation& f, MeanVariance input, const MeanMapWeights& weights) {
    if (f.kind() == FunctionKind::Selu) return seluMapJacobian(input, seluParameters(f, weights));
    validateMeanMapInput(input, weights.omega, weights.tau);
    const double hMean = kDifferenceStep * (std::abs(input.mean) + std::sqrt(input.variance));
    const double hVariance = kDifferenceStep * input.variance;
    const MeanVariance meanUp = meanVarianceMap(f, {input.mean + hMean, input.variance}, weights);
    const MeanVariance meanDown = meanVarianceMap(f, {input.mean - hMean, input.variance}, weights);
    const MeanVariance varianceUp = meanVarianceMap(f, {input.mean, input.variance + hVariance}, weights);
    const MeanVariance varianceDown = meanVarianceMap(f, {input.mean, input.variance - hVariance}, weights);
    Eigen::Matrix2d j;
    j << (meanUp.mean - meanDown.mean) / (2 * hMean), (varianceUp.mean - varianceDown.mean) / (2 * hVariance),
        (meanUp.variance - meanDown.variance) / (2 * hMean),
        (varianceUp.variance - varianceDown.variance) / (2 * hVariance);
    return j;
}

FixedPointResult findFixedPoint(const Activation& f, const MeanMapWeights& weights, MeanVariance start) {
    if (f.kind() == FunctionKind::Selu) {
        const SeluFixedPointResult selu = seluFixedPoint(seluParameters(f, weights), start);
        FixedPointResult result;
        result.status = selu.status;
        result.point = selu.point;
        result.message = selu.error;
        result.evaluations = selu.iterations;
        result.spectralRadius = selu.spectralRadius;
        return result;
    }
    return Search(f, weights).run(start);
}

std::string fixedPointSummary(const FixedPointResult& result) {
    switch (result.status) {
    case FixedPointStatus::Found: {
        // Appended piece by piece: GCC 12's -Wrestrict misfires on "(" + std::string.
        std::string text(1, '(');
        text.append(formatShortest(result.point->mean)).append(", ");
        text.append(formatShortest(result.point->variance)).append(")");
        return text;
    }
    case FixedPointStatus::VarianceCollapses: return "none: the variance collapses";
    case FixedPointStatus::Diverges: return "none: diverges";
    case FixedPointStatus::NotSettled: return "none: the iteration does not settle";
    case FixedPointStatus::MomentsUndefined: break;
    }
    return "none: the moments do not exist";
}

}  // namespace alab
