#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference table of E[f(z)], E[f(z)^2] and Var[f(z)] for z ~ N(mu, sigma^2).

The closed forms are evaluated with mpmath at 600 bits, so the cancellations in them (t Phi(t)
+ phi(t) for t << 0, E[f^2] - E[f]^2) cost nothing; a self-test checks the closed forms
against direct numerical integration. Results are rounded once to double.

Regenerate: /usr/bin/python3 scripts/generate_moment_reference.py
"""
import argparse
from pathlib import Path

from mpmath import erfc, exp, expm1, log1p, mp, mpf, quad, sqrt, tanh, inf, pi
from mpmath.calculus.quadrature import GaussLegendre

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "tests" / "data"
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_LAMBDA = 1.0507009873554804934193349852946


def cdf(t):
    return erfc(-t / sqrt(2)) / 2


def pdf(t):
    return exp(-t * t / 2) / sqrt(2 * pi)


def moments(function, alpha, lam, slope, mu, sigma, beta=1.0, threshold=inf):
    """(E[f], E[f^2]) by the closed forms, all inputs exact doubles; by quadrature for the
    smooth functions, which have none (GELU's mean has one, checked in self_test)."""
    if function in SMOOTH:
        return quadrature_moments(function, beta, threshold, mu, sigma)
    if function == "celu":  # alpha ELU(z / alpha; 1)
        al = mpf(alpha)
        mean, second = moments("elu", 1.0, 1.0, 0.0, mpf(mu) / al, mpf(sigma) / al)
        return al * mean, al**2 * second
    mu, sigma = mpf(mu), mpf(sigma)
    t = mu / sigma
    if function in ("relu", "leaky_relu", "prelu"):
        a = mpf(slope) if function != "relu" else mpf(0)
        mean = mu * (cdf(t) + a * cdf(-t)) + (1 - a) * sigma * pdf(t)
        second = (mu**2 + sigma**2) * (cdf(t) + a * a * cdf(-t)) + (1 - a * a) * mu * sigma * pdf(t)
        return mean, second
    al = mpf(alpha)
    big_a = exp(mu + sigma**2 / 2) * cdf(-t - sigma)
    big_b = exp(2 * mu + 2 * sigma**2) * cdf(-t - 2 * sigma)
    mean = mu * cdf(t) + sigma * pdf(t) + al * (big_a - cdf(-t))
    second = (mu**2 + sigma**2) * cdf(t) + mu * sigma * pdf(t) + al**2 * (big_b - 2 * big_a + cdf(-t))
    if function == "selu":
        lam = mpf(lam)
        return lam * mean, lam**2 * second
    return mean, second


GELU_C = mpf("0.044715")


def sigmoid(t):
    return 1 / (1 + exp(-t)) if t >= 0 else exp(t) / (1 + exp(t))


def smooth_value(function, beta, threshold, x):
    if function == "gelu":
        return x * cdf(x)
    if function == "gelu_tanh":
        return x * sigmoid(2 * sqrt(2 / pi) * (x + GELU_C * x**3))
    if function == "silu":
        return x * sigmoid(mpf(beta) * x)
    if function == "mish":
        return x * tanh(log1p(exp(x)) if x <= 0 else x + log1p(exp(-x)))
    if function == "softplus":
        t = mpf(beta) * x
        if t > threshold:
            return x
        return (log1p(exp(t)) if t <= 0 else t + log1p(exp(-t))) / beta
    if function == "tanh":
        return tanh(x)
    return sigmoid(x)


SMOOTH = ("gelu", "gelu_tanh", "silu", "mish", "softplus", "tanh", "sigmoid")


_GL_NODES = {}


def gauss_legendre(degree):
    """Nodes and weights on [-1, 1] (3 * 2^(degree-1) points) at the working precision."""
    key = (degree, mp.prec)
    if key not in _GL_NODES:
        _GL_NODES[key] = GaussLegendre(mp).calc_nodes(degree, mp.prec)
    return _GL_NODES[key]


def quadrature_moments(function, beta, threshold, mu, sigma):
    """E[f] and E[f^2] over z = mu + sigma u, |u| <= 60 (the density beyond is below e^-1800),
    by Gauss-Legendre with 24 and 48 points on each panel, which must agree. Panels: unit
    width for |u| <= 12, width 2 beyond, plus panels graded geometrically (2^k / sigma) on both sides of the points where f
    turns on a scale of 1 in z (0, and softplus' threshold, where f steps)."""
    mu, sigma = mpf(mu), mpf(sigma)
    points = [mpf(u) for u in list(range(-60, -12, 2)) + list(range(-12, 13)) + list(range(14, 61, 2))]
    for z in [mpf(0)] + ([mpf(threshold) / beta] if function == "softplus" else []):
        centre = (z - mu) / sigma
        for u in [centre] + [centre + sign * mpf(2) ** k / sigma for k in range(-6, 13) for sign in (-1, 1)]:
            if -60 < u < 60:
                points.append(u)
    points = sorted(set(points))
    with mp.workprec(mp.prec + 40):
        results = []
        for degree in (4, 5):
            nodes = gauss_legendre(degree)
            mean = second = mpf(0)
            for a, b in zip(points, points[1:]):
                half, middle = (b - a) / 2, (a + b) / 2
                for node, weight in nodes:
                    u = middle + half * node
                    value = smooth_value(function, beta, threshold, mu + sigma * u)
                    w = weight * half * pdf(u)
                    mean += w * value
                    second += w * value * value
            results.append((mean, second))
        (mean24, second24), (mean48, second48) = results
        assert abs(second48 - second24) <= mpf(10) ** -20 * second48, (function, mu, sigma)
        assert abs(mean48 - mean24) <= mpf(10) ** -20 * sqrt(second48), (function, mu, sigma)
    return mean48, second48


def activation(function, alpha, lam, slope, x):
    if function == "relu":
        return max(x, 0)
    if function == "leaky_relu":
        return x if x > 0 else mpf(slope) * x
    value = x if x > 0 else mpf(alpha) * (exp(x) - 1)
    return mpf(lam) * value if function == "selu" else value


def self_test():
    """The closed forms agree with numerical integration of f(z) phi((z - mu)/sigma)/sigma."""
    with mp.workprec(120):
        for case in [("relu", 0, 1, 0, 0.3, 1.7), ("leaky_relu", 0, 1, 0.2, -0.4, 0.8),
                     ("elu", 0.7, 1, 0, 0.2, 1.3), ("elu", 2.0, 1, 0, -1.5, 0.6),
                     ("selu", SELU_ALPHA, SELU_LAMBDA, 0, 0.0, 1.0)]:
            function, alpha, lam, slope, mu, sigma = case
            density = lambda z: pdf((z - mu) / mpf(sigma)) / sigma
            f = lambda z: activation(function, alpha, lam, slope, z)
            mean = quad(lambda z: f(z) * density(z), [-inf, 0, inf])
            second = quad(lambda z: f(z) ** 2 * density(z), [-inf, 0, inf])
            closed_mean, closed_second = moments(*case)
            assert abs(mean - closed_mean) < mpf(10) ** -25, case
            assert abs(second - closed_second) < mpf(10) ** -25, case
    with mp.workprec(120):
        # GELU's closed-form mean, E[z Phi(z)] = mu Phi(mu/s) + sigma^2/s phi(mu/s), s = sqrt(1 + sigma^2),
        # against the quadrature used for the table.
        for mu, sigma in ((0.0, 1.0), (-3.0, 0.1), (2.0, 10.0)):
            s = sqrt(1 + mpf(sigma) ** 2)
            closed = mu * cdf(mu / s) + mpf(sigma) ** 2 / s * pdf(mu / s)
            assert abs(quadrature_moments("gelu", 1.0, inf, mu, sigma)[0] - closed) < mpf(10) ** -30, (mu, sigma)
    with mp.workprec(600):
        relu_mean = moments("relu", 0, 1, 0, 0.0, 1.0)[0]
        assert float(relu_mean) == float("0.39894228040143268"), relu_mean  # the figures
        elu_mean = moments("elu", 1.0, 1, 0, 0.0, 1.0)[0]
        assert float(elu_mean) == float("0.16052057226655605"), elu_mean


def parameter_sets():
    """(function, alpha, lambda, slope, beta, threshold)."""
    closed = [("relu", 0.0, 1.0, 0.0), ("leaky_relu", 0.0, 1.0, 0.01), ("leaky_relu", 0.0, 1.0, 0.2),
              ("leaky_relu", 0.0, 1.0, -0.5), ("elu", 1.0, 1.0, 0.0), ("elu", 0.5, 1.0, 0.0),
              ("elu", 2.0, 1.0, 0.0), ("elu", -1.0, 1.0, 0.0),
              ("selu", float(SELU_ALPHA), float(SELU_LAMBDA), 0.0), ("selu", 1.0, 2.0, 0.0),
              ("prelu", 0.0, 1.0, 0.25), ("celu", 0.5, 1.0, 0.0), ("celu", 2.0, 1.0, 0.0)]
    return [c + (1.0, float("inf")) for c in closed]


def smooth_parameter_sets():
    return [("gelu", 0.0, 1.0, 0.0, 1.0, float("inf")), ("gelu_tanh", 0.0, 1.0, 0.0, 1.0, float("inf")),
            ("silu", 0.0, 1.0, 0.0, 1.0, float("inf")), ("silu", 0.0, 1.0, 0.0, 2.5, float("inf")),
            ("mish", 0.0, 1.0, 0.0, 1.0, float("inf")), ("softplus", 0.0, 1.0, 0.0, 1.0, 20.0),
            ("softplus", 0.0, 1.0, 0.0, 2.0, 5.0), ("tanh", 0.0, 1.0, 0.0, 1.0, float("inf")),
            ("sigmoid", 0.0, 1.0, 0.0, 1.0, float("inf"))]


def smooth_input_distributions():
    mus = [0.0, 0.5, -1.0, 3.0, -3.0, 10.0, -10.0, -38.0]
    sigmas = [1e-3, 0.1, 1.0, 3.0, 30.0]
    return [(mu, sigma) for mu in mus for sigma in sigmas]


def input_distributions():
    mus = [0.0, 0.5, -0.5, 1.0, -1.0, 3.0, -3.0, 10.0, -10.0, 38.0, -38.0, 1e3, -1e3, 1e6, -1e6]
    sigmas = [1e-8, 1e-3, 0.1, 1.0, 3.0, 10.0, 30.0, 100.0]
    return [(mu, sigma) for mu in mus for sigma in sigmas]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=DATA_DIR)
    output_dir = parser.parse_args().output_dir
    self_test()
    rows = []
    jobs = [(p, input_distributions(), 600) for p in parameter_sets()]
    # Quadrature at 120 bits: E[f^2] - E[f]^2 still keeps ~80 bits for these grids.
    jobs += [(p, smooth_input_distributions(), 120) for p in smooth_parameter_sets()]
    for (function, alpha, lam, slope, beta, threshold), distributions, precision in jobs:
        mp.prec = precision
        for mu, sigma in distributions:
            mean, second = moments(function, alpha, lam, slope, mu, sigma, beta, threshold)
            variance = second - mean**2
            values = [alpha, lam, slope, beta, threshold, mu, sigma, float(mean), float(second), float(variance)]
            rows.append(",".join([function] + [float(v).hex() for v in values]))
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / "moments_reference.csv"
    with open(path, "w") as out:
        out.write("# Generated by scripts/generate_moment_reference.py (mpmath: closed forms at 600 bits, "
                  "quadrature at 120 bits); rounded once to double.\n")
        out.write("# Do not edit by hand; regenerate with: /usr/bin/python3 scripts/generate_moment_reference.py\n")
        out.write("function,alpha,lambda,slope,beta,threshold,mu,sigma,mean,second_moment,variance\n")
        out.write("\n".join(rows) + "\n")
    print(f"{path.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
