// SPDX-License-Identifier: GPL-3.0-or-later
#include "init_gain.h"

#include "function_registry.h"
#include "moments.h"

#include <cmath>
#include <string>

namespace alab {

double varianceKeepingGain(const Activation& f) {
    double second = 0.0;
    try {
        second = normalMoments(f, 0.0, 1.0).secondMoment;
    } catch (const ParameterError& error) {
        throw std::domain_error("no variance-keeping gain: " + std::string(error.what()));  // a typed exp(x^2)
    }
    if (!(second > 0.0) || !std::isfinite(second)) {
        throw std::domain_error("no variance-keeping gain for " + f.label() + ": E[f(z)^2] for z ~ N(0, 1) is " +
                                formatShortest(second));
    }
    // sqrt(1 / m) rounds twice: 1 / m is exact for ReLU's m = 1/2, and the result is sqrt(2) correctly
    // rounded, where 1 / sqrt(m) is one ulp off.
    return std::sqrt(1.0 / second);
}

std::optional<double> pytorchGain(const Activation& f) {
    // No switch: a kind added elsewhere falls through to "PyTorch has no gain for it".
    const FunctionKind kind = f.kind();
    if (kind == FunctionKind::Relu) return std::sqrt(2.0);
    if (kind == FunctionKind::LeakyRelu) return std::sqrt(2.0 / (1.0 + f.slope() * f.slope()));
    if (kind == FunctionKind::Tanh) return 5.0 / 3.0;
    if (kind == FunctionKind::Selu) return 3.0 / 4.0;
    if (kind == FunctionKind::Sigmoid) return 1.0;
    return std::nullopt;
}

}  // namespace alab
