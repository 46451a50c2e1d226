#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the mpmath reference table of the SELU mean/variance map.

Writes tests/data/selu_map_reference.csv: for each case (mu, nu, omega, tau,
alpha, lambda) the image (mean, variance) under the map of Klambauer et al.
(2017), E[f^2] and the Jacobian d(mean, variance)/d(mu, nu), each correctly
rounded to binary64. The map is evaluated with the paper's formulas as
written (erf/erfc, no rescaling): mpmath's exponent range is unbounded, so the
terms that overflow doubles are harmless here, and the cancellation in
variance = E[f^2] - mean^2 is absorbed by raising the precision until two
evaluations round to the same double (at least 256 bits). The Jacobian is
mpmath's numerical derivative at that precision, independent of the C++
closed forms. Run with Debian's interpreter (python3-mpmath):

    /usr/bin/python3 scripts/generate_selu_map_reference.py [--output-dir DIR]
"""

import argparse
import sys
from pathlib import Path

from mpmath import diff, exp, mp, mpf, pi, sqrt, workprec
from mpmath import erfc as mp_erfc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_reference import round_f64  # noqa: E402  (correct rounding, subnormals)

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests" / "data" / "selu_map_reference.csv"
HEADER = "mu,nu,omega,tau,alpha,lambda,mean,variance,second,dmean_dmu,dmean_dnu,dvariance_dmu,dvariance_dnu"
MIN_PREC = 256

ALPHA = 1.6732632423543772  # activation.h kSeluAlpha, as a double
LAMBDA = 1.0507009873554805  # kSeluLambda


def erfc(x):
    """mpmath's erfc, with the asymptotic series beyond |x| = 1e50, where mpmath's own
    argument check overflows a float; there each term is below 1e-100 of the previous."""
    if abs(x) < mpf(10) ** 50:
        return mp_erfc(x)
    if x < 0:
        return 2 - erfc(-x)
    inverse = 1 / (2 * x * x)
    term = total = mpf(1)
    n = 1
    while abs(term) > mpf(2) ** (-mp.prec - 8):
        term *= -(2 * n - 1) * inverse
        total += term
        n += 1
    return exp(-x * x) / (x * sqrt(pi)) * total


def erf(x):
    return 1 - erfc(x)


def moments(mu, nu, omega, tau, alpha, lam):
    """(mean, E[f^2], variance) at the current precision, the paper's formulas."""
    mu, nu, omega, tau, alpha, lam = (mpf(x) for x in (mu, nu, omega, tau, alpha, lam))
    m = mu * omega
    v = nu * tau
    r = sqrt(2 * v)
    gauss = sqrt(2 / pi) * sqrt(v) * exp(-m * m / (2 * v))
    e1 = exp(m + v / 2) * erfc((m + v) / r)
    e2 = exp(2 * (m + v)) * erfc((m + 2 * v) / r)
    mean = lam / 2 * (m + m * erf(m / r) - alpha * erfc(m / r) + alpha * e1 + gauss)
    second = lam**2 / 2 * ((m * m + v) * (2 - erfc(m / r))
                           + alpha**2 * (erfc(m / r) - 2 * e1 + e2) + m * gauss)
    return mean, second, second - mean * mean


def evaluate(case, prec):
    mu, nu, omega, tau, alpha, lam = case
    with workprec(prec):
        mean, second, variance = moments(*case)
        # Central differences at this precision: the step is chosen by mpmath.
        def component(i):
            return [
                diff(lambda x: moments(x, nu, omega, tau, alpha, lam)[2 * i], mu),
                diff(lambda x: moments(mu, x, omega, tau, alpha, lam)[2 * i], nu),
            ]
        jacobian = component(0) + component(1)
        # A difference of nearly equal terms is only trusted when it stands well above the
        # rounding noise of those terms, or when that noise is below half the smallest
        # subnormal (then the double is 0 whatever the noise is).
        noise = (abs(mean) + sqrt(second) + abs(mu * omega) + lam * abs(alpha) + 1) ** 2 * mpf(2) ** (-prec)
        resolved = all(abs(x) > noise * mpf(2) ** (prec // 2) or noise < mpf(2) ** -1100
                       for x in (mean * mean, variance))
        return [round_f64(x) for x in [mean, variance, second] + jacobian], resolved


def reference(case):
    """Ziv loop: raise the precision until two evaluations agree after rounding."""
    prec = MIN_PREC
    previous, _ = evaluate(case, prec)
    while True:
        prec *= 2
        current, resolved = evaluate(case, prec)
        if resolved and [x.hex() for x in current] == [x.hex() for x in previous]:
            return current
        if prec > 16384:
            raise RuntimeError(f"no stable rounding for {case}")
        previous = current


def cases():
    """(mu, nu, omega, tau, alpha, lambda) as doubles."""
    rows = []
    canonical = (ALPHA, LAMBDA)
    # The paper's region, normalized weights (omega = 0, tau = 1) and the direct map.
    for omega, tau in [(0.0, 1.0), (1.0, 1.0)]:
        for mu in [-3.0, -2.0, -1.0, -0.5, -0.1, 0.0, 0.1, 0.3, 0.5, 1.0, 1.7, 2.0, 3.0]:
            for nu in [0.01, 0.1, 0.5, 0.8, 1.0, 1.5, 2.0, 5.0, 10.0]:
                if omega == 0.0 and mu not in (0.0, 1.0, -2.0):
                    continue  # mu does not enter when omega = 0
                rows.append((mu, nu, omega, tau) + canonical)
    # Other weights and other SELU parameters.
    others = [(1.0, 1.0), (1.8339602235162955, 1.056571232723075), (0.5, 2.0), (3.0, 0.8), (-1.0, 1.2)]
    for alpha, lam in others:
        for omega, tau in [(1.0, 1.0), (0.5, 2.0), (-1.0, 0.3), (0.0, 1.0)]:
            for mu, nu in [(0.0, 1.0), (-1.5, 0.2), (2.5, 3.0), (0.7, 0.05)]:
                rows.append((mu, nu, omega, tau, alpha, lam))
    # Extremes where the naive formulas overflow or cancel (direct map, canonical SELU).
    for mu in [-1e5, -1e3, -50.0, -5.0, 0.0, 5.0, 50.0, 1e3, 1e5]:
        for nu in [1e-6, 0.01, 1.0, 100.0, 1e3, 1e5, 1e10]:
            rows.append((mu, nu, 1.0, 1.0) + canonical)
    for mu, nu in [(-700.0, 1.0), (-740.0, 2.0), (700.0, 1.0), (1e150, 1e-10), (-1e150, 1e-10),
                   (-1e4, 1e8), (1e4, 1e8), (0.0, 1e-12), (1e-6, 1e-12), (-1e-6, 1e-12),
                   (0.0, 1e200), (-1e100, 1e200), (1e100, 1e200)]:
        rows.append((mu, nu, 1.0, 1.0) + canonical)
    for nu in [1e3, 1e5, 1e10, 1e-6]:
        rows.append((0.0, nu, 0.0, 1.0) + canonical)
    return rows


def table():
    lines = ["# SELU mean/variance map, mpmath >= 256 bits, correctly rounded binary64 (float.hex).",
             "# Generated by scripts/generate_selu_map_reference.py; do not edit.",
             HEADER]
    for case in cases():
        values = list(case) + reference(case)
        lines.append(",".join(float(x).hex() for x in values))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=OUTPUT.parent,
                        help="where to write selu_map_reference.csv (default: tests/data)")
    output = parser.parse_args().output_dir / OUTPUT.name
    text = table()
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="ascii", newline="\n") as out:
        out.write(text)
    print(f"{output.name}: {text.count(chr(10)) - 3} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
