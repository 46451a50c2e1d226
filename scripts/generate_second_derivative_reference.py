#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the correctly rounded reference table of f'' for every built-in function.

Writes tests/data/second_derivative_reference.csv (binary64): x and the parameters as in
reference_double.csv, d2f = f''(x) computed with mpmath at 256 bits or more (doubled until the
result rounds the same both ways, see generate_reference.round_inexact) and rounded once,
half-even, and `terms`, the sum of the magnitudes of the terms the formula of f'' adds (rounded
to binary64): where it is much larger than |d2f| the terms cancel, and the test compares the
absolute error with it instead of counting ulps. Run with Debian's interpreter (python3-mpmath):

    /usr/bin/python3 scripts/generate_second_derivative_reference.py
"""

import argparse
import math
import sys
from pathlib import Path

from mpmath import cosh, exp, findroot, isinf, log1p, mp, mpf, pi, sqrt, tanh, workprec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_reference import (BINARY64, DATA_DIR, INF, NAN, SELU_ALPHA, SELU_LAMBDA,  # noqa: E402
                                WORK_PREC, next_f64_by, round_f64, round_inexact, round_to, sorted_unique)

HEADER = "function,alpha,lambda,slope,beta,threshold,x,d2f,terms"
OUTPUT = "second_derivative_reference.csv"

# A value far below half the smallest subnormal: rounds to a zero of its sign.
NEGLIGIBLE = mpf(2) ** -100000


def sigmoid_of(t):
    return 1 / (1 + exp(-t)) if t >= 0 else exp(t) / (1 + exp(t))


# ---------------------------------------------------------------------------
# f'' of each function: (x, alpha, lam, slope, beta, threshold) -> (d2f, terms, exact).
# x and parameters are mpf (x finite: the caller handles inf and nan). exact=False means
# the values carry a small relative error and go through round_inexact. The formulas are
# written from the definitions of f (tests/data/README.md), independently of the C++ forms.
# ---------------------------------------------------------------------------

# Beyond x < -SATURATE_EXP, e^x (times the table's parameters) is below 2^-100000.
SATURATE_EXP = 10**5


def piecewise_linear(x, *_):
    return mpf(0), mpf(0), True  # at 0 as well: 0 on both sides


def exp_linear(x, alpha, lam):
    if x > 0:
        return mpf(0), mpf(0), True
    if x == 0:  # the left branch, as f'(0) = lam alpha
        value = lam * alpha  # exact at WORK_PREC
        return value, abs(value), True
    if x < -SATURATE_EXP:  # |lam alpha| e^x < 2^-100000
        value = (NEGLIGIBLE if lam * alpha > 0 else -NEGLIGIBLE) if alpha != 0 else mpf(0)
        return value, abs(value), True
    value = lam * alpha * exp(x)
    return value, abs(value), False


def elu(x, alpha, lam, *_):
    return exp_linear(x, alpha, mpf(1))


def selu(x, alpha, lam, *_):
    return exp_linear(x, alpha, lam)


def celu(x, alpha, *_):
    if x > 0:
        return mpf(0), mpf(0), True
    if x / alpha < -SATURATE_EXP:  # alpha > 0 here
        return NEGLIGIBLE, NEGLIGIBLE, True
    value = exp(x / alpha) / alpha  # at 0: 1/alpha, the left branch
    return value, abs(value), False


# Beyond these |x| (|beta x| for SiLU) f'' of the smooth functions is below 2^-20000 with the
# sign written here: far below the subnormals.
SATURATE_GELU = 200
SATURATE_SIGMOID = 10**5


def gelu(x, *_):
    if abs(x) > SATURATE_GELU:
        return -NEGLIGIBLE, NEGLIGIBLE, True
    density = exp(-x * x / 2) / sqrt(2 * pi)
    return density * (2 - x * x), density * (2 + x * x), False


GELU_K = "0.044715"


def gelu_tanh(x, *_):
    """f = x/2 (1 + tanh u), u = sqrt(2/pi) (x + k x^3):
    f'' = sech^2(u) u' + x/2 (sech^2(u) u'' - 2 tanh(u) sech^2(u) u'^2)."""
    if abs(x) > SATURATE_GELU:
        return -NEGLIGIBLE, NEGLIGIBLE, True
    with workprec(2 * mp.prec):
        c, k = sqrt(2 / pi), mpf(GELU_K)
        u = c * (x + k * x**3)
        u1 = c * (1 + 3 * k * x * x)
        u2 = 6 * c * k * x
        sech2 = 1 / cosh(u) ** 2
        th = tanh(u)
        value = sech2 * u1 + x / 2 * (sech2 * u2 - 2 * th * sech2 * u1 * u1)
        terms = sech2 * abs(u1) + abs(x) / 2 * (sech2 * abs(u2) + 2 * abs(th) * sech2 * u1 * u1)
        return value, terms, False


def silu(x, alpha, lam, slope, beta, threshold):
    """f = x s(beta x): f'' = beta s (1 - s) (2 + beta x (1 - 2 s)), s = sigmoid(beta x)."""
    t = beta * x
    if abs(t) > SATURATE_SIGMOID:
        return -NEGLIGIBLE, NEGLIGIBLE, True
    if x == 0:
        return beta / 2, beta / 2, True
    with workprec(2 * mp.prec):
        s = sigmoid_of(t)
        sm = sigmoid_of(-t)  # 1 - s without cancellation
        d = sm - s
        prefactor = beta * s * sm
        return prefactor * (2 + t * d), prefactor * (2 + abs(t * d)), False


def mish(x, *_):
    """f = x T, T = tanh(softplus x): f'' = (1 - T^2) S (2 + x (1 - S - 2 T S)), S = sigmoid x."""
    if x < -SATURATE_SIGMOID / 5 or x > SATURATE_SIGMOID:
        return -NEGLIGIBLE, NEGLIGIBLE, True
    with workprec(2 * mp.prec):
        softplus = log1p(exp(x)) if x <= 0 else x + log1p(exp(-x))
        T = tanh(softplus)
        S, Sm = sigmoid_of(x), sigmoid_of(-x)
        # 1 - T^2 = sech^2(softplus), without cancelling for large x.
        prefactor = S / cosh(softplus) ** 2
        value = prefactor * (2 + x * (Sm - 2 * T * S))
        terms = prefactor * (2 + abs(x) * Sm + 2 * abs(x) * T * S)
        return value, terms, False


def softplus(x, alpha, lam, slope, beta, threshold):
    t = beta * x  # exact: two doubles at 256+ bits
    if t > threshold:  # f = x there
        return mpf(0), mpf(0), True
    if t < -SATURATE_SIGMOID:
        return NEGLIGIBLE, NEGLIGIBLE, True
    with workprec(2 * mp.prec):
        value = beta * sigmoid_of(t) * sigmoid_of(-t)
        return value, value, False


def tanh_(x, *_):
    """f'' = -2 tanh(x) sech^2(x)."""
    if x == 0:
        return mpf(0), mpf(0), True
    if abs(x) > SATURATE_SIGMOID:
        return (-NEGLIGIBLE if x > 0 else NEGLIGIBLE), NEGLIGIBLE, True
    with workprec(2 * mp.prec):
        value = -2 * tanh(x) / cosh(x) ** 2
        return value, abs(value), False


def sigmoid(x, *_):
    """f'' = s (1 - s) (1 - 2 s) = -s (1 - s) tanh(x/2)."""
    if x == 0:
        return mpf(0), mpf(0), True
    if abs(x) > SATURATE_SIGMOID:
        return (-NEGLIGIBLE if x > 0 else NEGLIGIBLE), NEGLIGIBLE, True
    with workprec(2 * mp.prec):
        value = -sigmoid_of(x) * sigmoid_of(-x) * tanh(x / 2)
        return value, abs(value), False


FUNCTIONS = {"relu": piecewise_linear, "leaky_relu": piecewise_linear, "prelu": piecewise_linear, "elu": elu,
             "selu": selu, "celu": celu, "gelu": gelu, "gelu_tanh": gelu_tanh, "silu": silu, "mish": mish,
             "softplus": softplus, "tanh": tanh_, "sigmoid": sigmoid}


def reference(name, params, x):
    """(d2f correctly rounded to binary64, terms rounded to binary64) of `name` at x."""
    if math.isnan(x):
        return NAN, NAN
    if math.isinf(x):
        return 0.0, 0.0  # every f'' tends to 0 at +-inf (ELU's alpha e^x and CELU's as well)
    prec = WORK_PREC
    while True:
        with workprec(prec):
            value, terms, exact = FUNCTIONS[name](mpf(x), *(mpf(p) for p in params))
            if exact:
                return round_to(BINARY64, value), round_to(BINARY64, terms)
            rounded = round_inexact(BINARY64, value, prec)
            if rounded is not None:
                return rounded, round_to(BINARY64, terms)
        prec *= 2


def self_test():
    """Known answers, and each formula against mpmath's numerical second derivative of f."""
    from mpmath import diff
    one = (1.0, 1.0, 0.0, 1.0, INF)
    assert reference("elu", (0.5, 1.0, 0.0, 1.0, INF), 0.0) == (0.5, 0.5)
    assert reference("relu", one, 0.0) == (0.0, 0.0)
    assert reference("celu", (0.5, 1.0, 0.0, 1.0, INF), 0.0)[0] == 2.0
    assert reference("softplus", (0.0, 1.0, 0.0, 1.0, 20.0), 20.5)[0] == 0.0
    assert reference("silu", (0.0, 1.0, 0.0, 2.0, INF), 0.0)[0] == 1.0
    assert reference("mish", one, 0.0)[0] == 0.64
    with workprec(200):
        c, k = sqrt(2 / pi), mpf(GELU_K)
        definitions = {
            "elu": lambda x: 2 * (exp(x) - 1),
            "selu": lambda x: mpf(SELU_LAMBDA) * mpf(SELU_ALPHA) * (exp(x) - 1),
            "celu": lambda x: mpf("0.5") * (exp(x / mpf("0.5")) - 1),
            "gelu": lambda x: x * (1 + mp.erf(x / sqrt(2))) / 2,
            "gelu_tanh": lambda x: x / 2 * (1 + tanh(c * (x + k * x**3))),
            "silu": lambda x: x / (1 + exp(-2 * x)),
            "mish": lambda x: x * tanh(log1p(exp(x))),
            "softplus": lambda x: log1p(exp(2 * x)) / 2,
            "tanh": tanh,
            "sigmoid": lambda x: 1 / (1 + exp(-x)),
        }
        params = {"elu": (2.0, 1.0, 0.0, 1.0, INF), "selu": (float(SELU_ALPHA), float(SELU_LAMBDA), 0.0, 1.0, INF),
                  "celu": (0.5, 1.0, 0.0, 1.0, INF), "silu": (0.0, 1.0, 0.0, 2.0, INF),
                  "softplus": (0.0, 1.0, 0.0, 2.0, 20.0)}
        for name, f in definitions.items():
            for x in ("-3.25", "-0.7", "0.3", "1.9", "4.5"):
                if name in ("elu", "selu", "celu") and x[0] != "-":
                    continue
                p = tuple(mpf(v) for v in params.get(name, one))
                if name == "selu":  # the table's parameters are doubles
                    f = (lambda a, l: lambda x: l * a * (exp(x) - 1))(p[0], p[1])
                got = FUNCTIONS[name](mpf(x), *p)[0]
                want = diff(f, mpf(x), 2)
                assert abs(got - want) < mpf(10) ** -40 * (1 + abs(want)), (name, x, got, want)


# ---------------------------------------------------------------------------
# Parameter sets and x values
# ---------------------------------------------------------------------------

def parameter_sets():
    """(function, alpha, lambda, slope, beta, threshold); unused parameters neutral (alpha 0,
    lambda 1, slope 0, beta 1, threshold inf)."""
    sets = [("relu", 0.0, 1.0, 0.0, 1.0, INF)]
    sets += [("leaky_relu", 0.0, 1.0, s, 1.0, INF) for s in (0.01, 0.2, -0.5)]
    sets += [("prelu", 0.0, 1.0, 0.25, 1.0, INF)]
    sets += [("elu", a, 1.0, 0.0, 1.0, INF) for a in (1.0, 0.5, 2.0, -1.0, 10.0)]
    sets += [("selu", a, l, 0.0, 1.0, INF)
             for a, l in ((float(SELU_ALPHA), float(SELU_LAMBDA)), (1.0, 2.0), (0.5, 1.5))]
    sets += [("celu", a, 1.0, 0.0, 1.0, INF) for a in (1.0, 0.5, 2.5)]
    sets += [(name, 0.0, 1.0, 0.0, 1.0, INF) for name in ("gelu", "gelu_tanh")]
    sets += [("silu", 0.0, 1.0, 0.0, b, INF) for b in SILU_BETAS]
    sets += [("mish", 0.0, 1.0, 0.0, 1.0, INF)]
    sets += [("softplus", 0.0, 1.0, 0.0, b, t) for b, t in SOFTPLUS_PARAMETERS]
    sets += [(name, 0.0, 1.0, 0.0, 1.0, INF) for name in ("tanh", "sigmoid")]
    return sets


SILU_BETAS = (1.0, 2.0, 0.5, 3.7)
SOFTPLUS_PARAMETERS = ((1.0, 20.0), (2.0, 20.0), (0.3, 5.0), (1.0, 0.0))
# The C++ evaluates within this distance of a root of f'' in quad precision.
QUAD_WINDOW = mpf(1) / 16


def second_derivative_roots():
    """The roots of f'' where its terms cancel (GELU +-sqrt 2, GELU (tanh), SiLU for each beta,
    Mish), found by mpmath at 100 digits."""
    with workprec(340):
        def second(name, params):
            return lambda x: FUNCTIONS[name](x, *(mpf(p) for p in params))[0]
        one = (0.0, 1.0, 0.0, 1.0, INF)
        roots = [sqrt(2), findroot(second("gelu_tanh", one), mpf("1.4185"))]
        t = findroot(second("silu", one), mpf("2.3994"))
        roots += [t / mpf(b) for b in SILU_BETAS]
        roots += [findroot(second("mish", one), mpf(x0)) for x0 in ("-2.2564", "1.4906")]
        # f'' of GELU, GELU (tanh) and SiLU is even: the negative roots as well.
        return roots[:-2] + [-r for r in roots[:-2]] + roots[-2:]


def root_neighbourhood():
    """Each root's nearest double +-3 ulp, steps of 2^-20, and both edges of the quad window."""
    xs = []
    for root in second_derivative_roots():
        c = round_f64(root)
        xs += [next_f64_by(c, k) for k in range(-3, 4)]
        xs += [round_f64(root + k * mpf(2) ** -20) for k in range(-8, 9)]
        for edge in (root - QUAD_WINDOW, root + QUAD_WINDOW):
            e = round_f64(edge)
            xs += [next_f64_by(e, k) for k in (-1, 0, 1)]
    return xs


def symmetric(values):
    return [s * v for v in values for s in (1.0, -1.0)]


def x_values():
    special = [0.0, -0.0, INF, -INF, NAN]
    special += symmetric([
        5e-324, 1e-323, 1e-310, 2.2250738585072009e-308, 2.2250738585072014e-308, 1e-300, 1e-200, 1e-100,
        1e-30, 1e-20, 1e-15, 1e-10, 1e-8, 1e-5, 1e-3, 0.01, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0,
        15.0, 19.96, 20.0, 22.0, 30.0, 36.0, 37.5, 40.0, 50.0, 100.0, 200.0, 200.5, 300.0, 500.0, 600.0,
        700.0, 709.78, 745.0, 745.13, 750.0, 800.0, 1000.0, 1e4, 2e4, 1e5, 1e10, 1e100, 1e300,
        1.7976931348623157e308])
    linear = [-800.0 + 8.0 * i for i in range(201)]
    fine = [-8.0 + i / 16 for i in range(257)]
    powers = list(range(-320, -20, 3)) + list(range(-20, 4))
    log = symmetric([round_f64(mpf(10) ** k) for k in powers])
    # Softplus' threshold (beta x = threshold) and its neighbours.
    edges = []
    for beta, threshold in SOFTPLUS_PARAMETERS:
        c = round_f64(mpf(threshold) / mpf(beta))
        edges += [next_f64_by(c, k) for k in range(-2, 3)]
    return special + linear + fine + log + edges + root_neighbourhood()


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_table(path, params_list, xs):
    rows = 0
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write(f"# Generated by scripts/generate_second_derivative_reference.py with mpmath ({WORK_PREC}+ bits); "
                  "d2f = f''(x) correctly rounded to binary64, terms the magnitude of its terms.\n")
        out.write("# Do not edit by hand; regenerate with: "
                  "/usr/bin/python3 scripts/generate_second_derivative_reference.py\n")
        out.write(HEADER + "\n")
        for name, alpha, lam, slope, beta, threshold in params_list:
            for x in xs:
                d2f, terms = reference(name, (alpha, lam, slope, beta, threshold), x)
                cols = [alpha, lam, slope, beta, threshold, x, d2f, terms]
                out.write(",".join([name] + [v.hex() for v in cols]) + "\n")
                rows += 1
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output-dir", type=Path, default=DATA_DIR,
                        help="where to write the table (default: tests/data)")
    output_dir = parser.parse_args().output_dir
    self_test()
    output_dir.mkdir(parents=True, exist_ok=True)
    params_list = parameter_sets()
    xs = sorted_unique(x_values())
    rows = write_table(output_dir / OUTPUT, params_list, xs)
    print(f"{OUTPUT}: {len(params_list)} parameter sets x {len(xs)} x values = {rows} rows")


if __name__ == "__main__":
    main()
