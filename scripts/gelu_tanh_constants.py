#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Constants for the GELU (tanh) kernels (src/kernels/kernel_gelu_tanh.inc), printed as C++.

GELU(tanh): f(x) = x sigmoid(t), t = A (x + C x^3), A = 2 sqrt(2/pi), C = 0.044715 (exactly,
as a decimal), t' = A (1 + 3 C x^2), f'(x) = sigmoid(t) (1 + x t' sigmoid(-t)).

Prints: A and B = A C as double-double pairs (hi + lo); the root r of f' near -0.7525 as a pair;
the Taylor coefficients c_k of f'(x) / (x - r) around r (f'(x) = (x - r) sum c_k (x - r)^k),
c_0 and c_1 as pairs; the truncation bound of the series on the window; and the bounds
of the hand-over and saturation regions.

Run: python3 scripts/gelu_tanh_constants.py (mpmath 1.2.1).
"""
from mpmath import mp, mpf, sqrt, pi, exp, findroot, taylor

mp.dps = 80

A = 2 * sqrt(2 / pi)
C = mpf(44715) / 1000000


def t(x):
    return A * (x + C * x**3)


def dt(x):
    return A * (1 + 3 * C * x**2)


def sig(z):
    return 1 / (1 + exp(-z))


def fprime(x):
    return sig(t(x)) * (1 + x * dt(x) * sig(-t(x)))


def split(v):
    hi = float(v)
    lo = float(v - mpf(hi))
    return hi, lo


def hexd(v):
    return float(v).hex()


DEGREE = 8   # c_0 .. c_DEGREE
WINDOW = mpf(1) / 64

for name, v in (("kGeluTanhA", A), ("kGeluTanhB", A * C)):
    hi, lo = split(v)
    print(f"// {name} = {mp.nstr(v, 40)}")
    print(f"inline constexpr double {name}Hi = {hi.hex()};")
    print(f"inline constexpr double {name}Lo = {lo.hex()};")

root = findroot(fprime, mpf("-0.7524614220710162"))
hi, lo = split(root)
print(f"// root of f' = {mp.nstr(root, 40)}")
print(f"inline constexpr double kGeluTanhRootHi = {hi.hex()};")
print(f"inline constexpr double kGeluTanhRootLo = {lo.hex()};")

# f'(r + d) = d * P(d): P's Taylor coefficients are those of f' shifted by one.
series = taylor(fprime, root, DEGREE + 2)
assert abs(series[0]) < mpf(10) ** -70
p = series[1:]
print(f"// f'(r + d) = d P(d), P(d) = sum c_k d^k, |d| <= {mp.nstr(WINDOW, 6)}:")
for k in range(2):
    hi, lo = split(p[k])
    print(f"inline constexpr double kGeluTanhP{k}Hi = {hi.hex()};  // {mp.nstr(p[k], 25)}")
    print(f"inline constexpr double kGeluTanhP{k}Lo = {lo.hex()};")
print("inline constexpr double kGeluTanhP[] = {  // c_2 .. c_%d" % DEGREE)
for k in range(2, DEGREE + 1):
    print(f"    {hexd(p[k])},  // {mp.nstr(p[k], 20)}")
print("};")
# The first omitted terms relative to P(d) >= c_0 - ..., at the window's edge.
tail = sum(abs(p[k]) * WINDOW**k for k in range(DEGREE + 1, DEGREE + 2))
print(f"// first omitted term at the window's edge: {mp.nstr(tail, 5)}, relative to c_0: "
      f"{mp.nstr(tail / p[0], 5)}")
# Check the truncated series against f' on the window.
worst = mpf(0)
for i in range(-200, 201):
    d = WINDOW * i / 200
    if d == 0:
        continue
    approx = d * sum(p[k] * d**k for k in range(DEGREE + 1))
    exact = fprime(root + d)
    worst = max(worst, abs(approx / exact - 1))
print(f"// worst relative error of the truncated series on the window: {mp.nstr(worst, 5)}")

for tv in (-600, -200):
    x = findroot(lambda x: t(x) - tv, mpf(-20))
    print(f"// t(x) = {tv} at x = {mp.nstr(x, 25)}")
for xv in (7, 8, 10):
    print(f"// x = {xv}: sigmoid(-t) = {mp.nstr(sig(-t(mpf(xv))), 5)}, "
          f"x t' sigmoid(-t) = {mp.nstr(xv * dt(mpf(xv)) * sig(-t(mpf(xv))), 5)}")
