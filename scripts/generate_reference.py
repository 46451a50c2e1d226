#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate correctly rounded reference tables for the activation functions.

Writes tests/data/reference_double.csv (binary64) and
tests/data/reference_float.csv (binary32). Every value is computed with
mpmath at high precision and rounded once, round-half-even, to the target
format. Run with Debian's interpreter, which provides python3-mpmath:

    /usr/bin/python3 scripts/generate_reference.py
"""

import argparse
import math
import struct
from collections import namedtuple
from pathlib import Path

from mpmath import erfc, exp, expm1, isinf, isnan, log1p, mp, mpf, sqrt, tanh, pi, workprec

WORK_PREC = 256  # bits of working precision; doubled on demand (Ziv loop)
mp.prec = WORK_PREC

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "tests" / "data"
HEADER = "function,alpha,lambda,slope,beta,threshold,x,f,df"

INF = math.inf
NAN = math.nan

# p: significand bits, emin/emax: exponent range of normal numbers.
Format = namedtuple("Format", "name p emin emax")
BINARY64 = Format("binary64", 53, -1022, 1023)
BINARY32 = Format("binary32", 24, -126, 127)


# ---------------------------------------------------------------------------
# Correct rounding
# ---------------------------------------------------------------------------

def round_to(fmt, value):
    """Round a real (mpf, int, float or decimal string) to fmt, half-even.

    Handles subnormals (quantum 2^(emin-p+1)) and overflow to +-inf.
    The result is returned as a Python float holding the exact value.
    """
    v = mpf(value)
    if isnan(v):
        return NAN
    if isinf(v):
        return INF if v > 0 else -INF
    if v == 0:
        return 0.0
    sign = -1.0 if v < 0 else 1.0
    man, e = abs(v).man_exp  # |v| = man * 2^e exactly
    top = e + man.bit_length() - 1  # exponent of the leading bit
    q = max(top, fmt.emin) - (fmt.p - 1)  # exponent of one ulp
    if top < q - 1:  # below half the smallest subnormal
        return sign * 0.0
    if top > fmt.emax:
        return sign * INF
    if e >= q:
        n = man << (e - q)
    else:
        shift = q - e
        n = man >> shift
        rem = man - (n << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    if n == 0:
        return sign * 0.0
    if n.bit_length() + q > fmt.emax + 1:
        return sign * INF
    return sign * math.ldexp(n, q)


def round_f64(value):
    return round_to(BINARY64, value)


def round_f32(value):
    return round_to(BINARY32, value)


def round_inexact(fmt, v, prec):
    """Round v, computed at prec bits with an error of a few ulps.

    Returns None when v * (1 +- 2^(16-prec)) straddles a rounding boundary,
    i.e. more precision is needed (e.g. alpha*expm1(x) for tiny x, where only
    the x^2/2 term decides an otherwise exact tie).
    """
    with workprec(prec + 64):
        eps = mpf(2) ** (16 - prec)
        lo = round_to(fmt, v * (1 - eps))
        hi = round_to(fmt, v * (1 + eps))
    return lo if lo.hex() == hi.hex() else None


def next_f32(x, direction):
    """Neighbour of the binary32 value x (finite, nonzero) in the bit
    pattern: direction +1 is away from zero, -1 towards zero."""
    bits = struct.unpack("<I", struct.pack("<f", x))[0]
    return struct.unpack("<f", struct.pack("<I", bits + direction))[0]


def self_test():
    """Known answers for the rounding helpers and one exp-based value."""
    two = mpf(2)
    assert round_f32(1 + two**-24) == 1.0
    assert round_f32(1 + 3 * two**-25) == 1 + 2.0**-23
    assert round_f32(1 + 3 * two**-24) == 1 + 2.0**-22  # tie, to even
    assert round_f32(two**-150) == 0.0
    assert round_f32(3 * two**-151) == 2.0**-149
    assert round_f32(-(two**-150)).hex() == "-0x0.0p+0"
    flt_max = (2 - 2.0**-23) * 2.0**127
    assert round_f32(flt_max) == flt_max
    assert round_f32(two**128 * (1 - two**-25)) == INF
    assert round_f32(two**128 * (1 - two**-24)) == flt_max
    assert round_f32("1.1754944e-38") == 2.0**-126
    assert round_f32("1.4e-45") == 2.0**-149
    assert round_f32("-3.4028235e38") == -flt_max

    dbl_max = 1.7976931348623157e308
    assert round_f64(two**-1075) == 0.0
    assert round_f64(3 * two**-1076) == 5e-324
    assert round_f64(3 * two**-1075) == 1e-323  # tie, to even
    assert round_f64(two**-1074 * 7 / 2) == 2e-323  # tie, to even
    assert round_f64(dbl_max) == dbl_max
    assert round_f64(two**1024 * (1 - two**-54)) == INF
    assert round_f64(two**1024 * (1 - two**-54 - two**-60)) == dbl_max
    assert round_f64("0.1") == 0.1
    assert round_f64("2.2250738585072011e-308") == 2.225073858507201e-308
    # Float parameters: double -> binary32 must not suffer double rounding.
    assert round_f32(float(SELU_ALPHA)) == round_f32(SELU_ALPHA)
    assert round_f32(float(SELU_LAMBDA)) == round_f32(SELU_LAMBDA)

    f, df = reference(BINARY64, "elu", (1.0, 1.0, 0.0, 1.0, INF), -1e-8)
    assert f == -9.9999999500000004e-9 and repr(f) == "-9.999999950000001e-09"
    assert f != math.exp(-1e-8) - 1  # naive formula cancels
    assert df == round_f64(exp(mpf(-1e-8)))


# ---------------------------------------------------------------------------
# Activation functions: (x, alpha, lam, slope, beta, threshold) -> (f, df, exact)
# x and parameters are mpf; exact=False means the values carry a small
# relative error and must go through round_inexact.
# ---------------------------------------------------------------------------

def relu(x, alpha, lam, slope, *_):
    if x > 0:
        return x, mpf(1), True
    return mpf(0), mpf(0), True


def leaky_relu(x, alpha, lam, slope, *_):
    if x > 0:
        return x, mpf(1), True
    if isinf(x):  # x = -inf: limit of slope * x
        f = mpf(0) if slope == 0 else -slope * mpf("inf")
        return f, slope, True
    return slope * x, slope, True


def exp_linear(x, alpha, lam):
    """lam * elu(x; alpha); the product lam * alpha is exact at WORK_PREC."""
    if x > 0:
        return lam * x, lam, True
    if isinf(x):  # x = -inf
        return -lam * alpha, mpf(0), True
    if x == 0:
        return mpf(0), lam * alpha, True
    return lam * alpha * expm1(x), lam * alpha * exp(x), False


def elu(x, alpha, lam, slope, *_):
    return exp_linear(x, alpha, mpf(1))


def selu(x, alpha, lam, slope, *_):
    return exp_linear(x, alpha, lam)


# The smooth functions. Where f or f' is x, 1 or 0 to far beyond 2^-2000 (|t| > SATURATE)
# the limits are returned as exact; the formulas of f' near its roots cancel up to ~60 bits,
# so they are evaluated at twice the precision the Ziv loop asks for.
SATURATE = 10**5


def sigmoid_of(t):
    return 1 / (1 + exp(-t)) if t >= 0 else exp(t) / (1 + exp(t))


def celu(x, alpha, lam, slope, beta, threshold):
    if x > 0:
        return x, mpf(1), True
    if isinf(x):
        return -alpha, mpf(0), True
    if x == 0:
        return mpf(0), mpf(1), True
    return alpha * expm1(x / alpha), exp(x / alpha), False


def saturated(x, t):
    """(f, df, True) where t = beta x is far out, else None."""
    if t > SATURATE:
        return x, mpf(1), True
    if t < -SATURATE:
        return mpf(0), mpf(0), True
    return None


def gelu(x, *_):
    s = saturated(x, x)
    if s:
        return s
    with workprec(2 * mp.prec):
        cdf = erfc(-x / sqrt(2)) / 2
        return x * cdf, cdf + x * exp(-x * x / 2) / sqrt(2 * pi), x == 0


GELU_A = "1.5957691216057307117597842397375274738848"  # 2 sqrt(2/pi), re-derived below
GELU_C = "0.044715"


def gelu_tanh(x, *_):
    s = saturated(x, x)
    if s:
        return s
    with workprec(2 * mp.prec):
        a = 2 * sqrt(2 / pi)
        v = a * (x + mpf(GELU_C) * x**3)
        sp, sm = sigmoid_of(v), sigmoid_of(-v)
        return x * sp, sp + x * sp * sm * a * (1 + 3 * mpf(GELU_C) * x * x), x == 0


def silu(x, alpha, lam, slope, beta, threshold):
    t = beta * x
    s = saturated(x, t)
    if s:
        return s
    with workprec(2 * mp.prec):
        sp, sm = sigmoid_of(t), sigmoid_of(-t)
        return x * sp, sp * (1 + t * sm), x == 0


def mish(x, *_):
    s = saturated(x, x)
    if s:
        return s
    with workprec(2 * mp.prec):
        th = tanh(log1p(exp(x)))
        return x * th, th + x * (1 - th * th) * sigmoid_of(x), False


def softplus(x, alpha, lam, slope, beta, threshold):
    t = beta * x  # exact: two doubles at 256+ bits
    if t > threshold:
        return x, mpf(1), True
    if t < -SATURATE:
        return mpf(0), mpf(0), True
    with workprec(2 * mp.prec):
        value = (log1p(exp(t)) if t <= 0 else t + log1p(exp(-t))) / beta
        return value, sigmoid_of(t), False


def tanh_(x, *_):
    if abs(x) > SATURATE:
        return (mpf(1) if x > 0 else mpf(-1)), mpf(0), True
    if x == 0:
        return x, mpf(1), True
    with workprec(2 * mp.prec):
        th = tanh(x)
        e = exp(-2 * abs(x))
        return th, 4 * e / (1 + e) ** 2, False


def sigmoid(x, *_):
    if abs(x) > SATURATE:
        return (mpf(1) if x > 0 else mpf(0)), mpf(0), True
    with workprec(2 * mp.prec):
        e = exp(-abs(x))
        return sigmoid_of(x), e / (1 + e) ** 2, False


FUNCTIONS = {"relu": relu, "leaky_relu": leaky_relu, "elu": elu, "selu": selu, "prelu": leaky_relu,
             "celu": celu, "gelu": gelu, "gelu_tanh": gelu_tanh, "silu": silu, "mish": mish,
             "softplus": softplus, "tanh": tanh_, "sigmoid": sigmoid}


def reference(fmt, name, params, x):
    """Correctly rounded (f, df) of function `name` at x in format fmt."""
    if math.isnan(x):
        return NAN, NAN
    prec = WORK_PREC
    while True:
        with workprec(prec):
            f, df, exact = FUNCTIONS[name](mpf(x), *(mpf(p) for p in params))
            if exact:
                return round_to(fmt, f), round_to(fmt, df)
            f_r = round_inexact(fmt, f, prec)
            df_r = round_inexact(fmt, df, prec)
        if f_r is not None and df_r is not None:
            return f_r, df_r
        prec *= 2


# ---------------------------------------------------------------------------
# Parameter sets and x values
# ---------------------------------------------------------------------------

SELU_ALPHA = "1.6732632423543772848170429916717"
SELU_LAMBDA = "1.0507009873554804934193349852946"


def parameter_sets():
    """(function, alpha, lambda, slope, beta, threshold) as doubles (decimal -> binary64).
    Unused parameters hold neutral values: alpha 0, lambda 1, slope 0, beta 1, threshold inf."""
    sets = [("relu", 0.0, 1.0, 0.0)]
    sets += [("leaky_relu", 0.0, 1.0, s) for s in (0.01, 0.2, 0.0, -0.5, 1.0)]
    for a in (1.0, 0.5, 2.0, float(SELU_ALPHA), -1.0, 1e-3, 10.0):
        sets.append(("elu", a, 1.0, 0.0))
    for a, l in ((float(SELU_ALPHA), float(SELU_LAMBDA)),
                 (1.0, 2.0), (0.5, 1.5), (2.5, 0.75)):
        sets.append(("selu", a, l, 0.0))
    sets = [s + (1.0, INF) for s in sets]
    sets += [("prelu", 0.0, 1.0, s, 1.0, INF) for s in (0.25, -0.1)]
    sets += [("celu", a, 1.0, 0.0, 1.0, INF) for a in (1.0, 0.5, 2.5)]
    sets += [(name, 0.0, 1.0, 0.0, 1.0, INF) for name in ("gelu", "gelu_tanh", "mish", "tanh", "sigmoid")]
    sets += [("silu", 0.0, 1.0, 0.0, b, INF) for b in (1.0, 0.5, 3.7)]
    sets += [("softplus", 0.0, 1.0, 0.0, b, t) for b, t in ((1.0, 20.0), (2.0, 20.0), (0.3, 5.0), (1.0, 0.0))]
    return sets


# Points where the comparison family cancels: around the roots of f' (GELU -0.75179,
# GELU (tanh) -0.75246, SiLU -1.27846/beta, Mish -1.19243), in steps of 2^-20 and 1 ulp.
DERIVATIVE_ROOTS = ("-0.75179152469356445746", "-0.75246142207101625849", "-1.2784645427610737951",
                    "-0.34552555209758751218", "-2.5569290855221475902", "-1.1924312145154952121")


def root_neighbourhood(round_fn, next_fn):
    xs = []
    for root in DERIVATIVE_ROOTS:
        c = round_fn(root)
        xs += [next_fn(c, k) for k in range(-3, 4)]
        xs += [round_fn(mpf(root) + k * mpf(2) ** -20) for k in range(-8, 9)]
    return xs


def symmetric(values):
    return [s * v for v in values for s in (1.0, -1.0)]


def log_grid(lo, hi, step):
    """10^k for k = lo, lo + step, ..., <= hi (lo, hi integers; mpf)."""
    count = int((hi - lo) / step) + 1
    return [mpf(10) ** (lo + mpf(step) * i) for i in range(count)]


def double_x_values():
    special = [0.0, -0.0, INF, -INF, NAN, -745.0, -745.13, -745.2, -746.0]
    special += symmetric([
        1e-300, 1e-8, 1e-15, 1e-5, 0.5, 1.0, 2.0, 3.5, 10.0, 20.0, 36.0,
        37.5, 40.0, 100.0, 700.0, 709.78, 1000.0, 1e10, 1e300,
        1.7976931348623157e308,  # DBL_MAX
        5e-324, 2.2250738585072009e-308, 1e-310,
        2.2250738585072014e-308,  # DBL_MIN
    ])
    # Grids are thinner on the positive side (f is linear there) to keep
    # the table near 3 MB: 17 parameter sets x ~1500 x values.
    linear = [-1000.0 + 5.0 * i for i in range(401)]
    log = [-round_f64(v) for v in log_grid(-320, 3, 0.5)]
    log += [round_f64(v) for v in log_grid(-320, 3, 2)]
    ln2 = []
    for k in range(1, 61):
        c = round_f64(k * mp.ln2)
        ln2 += [c, -c, -math.nextafter(c, 0.0), -math.nextafter(c, INF)]
    roots = root_neighbourhood(round_f64, next_f64_by)
    return special + linear + log + ln2 + roots


def next_f64_by(x, k):
    for _ in range(abs(k)):
        x = math.nextafter(x, INF if k > 0 else -INF)
    return x


def next_f32_by(x, k):
    for _ in range(abs(k)):
        x = next_f32(x, 1 if (k > 0) == (x > 0) else -1)
    return x


def float_x_values():
    special = [round_f32(s) for s in (
        "1e-8", "1e-30", "1.4e-45", "1e-40", "1.1754944e-38", "0.5", "1",
        "10", "16", "17.5", "20", "87.3", "88.7", "3.4028235e38")]
    special = symmetric(special) + [0.0, -0.0, INF, -INF, NAN]
    special += [round_f32(s) for s in ("-103.9", "-104", "-150", "-1000")]
    linear = [-100.0 + 0.5 * i for i in range(401)]
    log = [-round_f32(v) for v in log_grid(-45, 3, 0.25)]
    ln2 = []
    for k in range(1, 61):
        c = round_f32(k * mp.ln2)
        ln2 += symmetric([next_f32(c, -1), c, next_f32(c, 1)])
    roots = root_neighbourhood(round_f32, next_f32_by)
    return special + linear + log + ln2 + roots


def sorted_unique(xs):
    """Ascending, -0.0 before 0.0, nan last, duplicates removed."""
    unique = {x.hex(): x for x in xs}.values()
    return sorted(unique, key=lambda x: (math.isnan(x), x, math.copysign(1, x)))


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_table(path, fmt, params_list, xs):
    rows = 0
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write(f"# Generated by scripts/generate_reference.py with mpmath "
                  f"({WORK_PREC}+ bits); f and df correctly rounded to "
                  f"{fmt.name}.\n")
        out.write("# Do not edit by hand; regenerate with: "
                  "/usr/bin/python3 scripts/generate_reference.py\n")
        out.write(HEADER + "\n")
        for name, alpha, lam, slope, beta, threshold in params_list:
            for x in xs:
                f, df = reference(fmt, name, (alpha, lam, slope, beta, threshold), x)
                cols = [alpha, lam, slope, beta, threshold, x, f, df]
                out.write(",".join([name] + [v.hex() for v in cols]) + "\n")
                rows += 1
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output-dir", type=Path, default=DATA_DIR,
                        help="where to write the tables (default: tests/data)")
    output_dir = parser.parse_args().output_dir
    self_test()
    output_dir.mkdir(parents=True, exist_ok=True)
    double_params = parameter_sets()
    # Activation Lab keeps parameters as doubles for float inputs too: only x and the
    # results of the float table are binary32.
    float_params = double_params
    jobs = [
        ("reference_double.csv", BINARY64, double_params, double_x_values()),
        ("reference_float.csv", BINARY32, float_params, float_x_values()),
    ]
    for filename, fmt, params_list, xs in jobs:
        xs = sorted_unique(xs)
        rows = write_table(output_dir / filename, fmt, params_list, xs)
        print(f"{filename}: {len(params_list)} parameter sets x "
              f"{len(xs)} x values = {rows} rows")


if __name__ == "__main__":
    main()
