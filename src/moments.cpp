#include "moments.h"

#include "special_functions.h"

#include <cmath>

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
    case FunctionKind::LeakyRelu: m = leakyMoments(f.slope(), mu, sigma); break;
    case FunctionKind::Elu: m = eluMoments(f.alpha(), mu, sigma); break;
    case FunctionKind::Selu: {
        const Quad lambda = f.lambda();
        m = eluMoments(f.alpha(), mu, sigma);
        m = {lambda * m.mean, lambda * lambda * m.secondMoment};
        break;
    }
    }
    const Quad variance = m.secondMoment - m.mean * m.mean;
    return {static_cast<double>(m.mean), static_cast<double>(m.secondMoment),
            variance > 0 ? static_cast<double>(variance) : 0.0};
}

}  // namespace alab
