#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Taylor coefficients of SiLU'(x) = s(x) (1 + x (1 - s(x))), s the logistic sigmoid, around its
root r ~ -1.27846, for the SiLU' kernel (src/kernels/kernel_impl.inc, siluDerivativeNearRoot):
SiLU'(r + t) = t (c1 + c2 t + ... + c10 t^9) for |t| <= 1/32 (the first omitted term is below
2^-66 relative there; outside the window the kernel's own formula is within 1 ulp).

Prints the root as hi + lo (hi the double nearest the root), c1 as hi + lo, c2..c10 as doubles,
and checks the polynomial with those coefficients against SiLU' at 50-digit precision over the
window (the truncation and coefficient rounding only, not the kernel's own arithmetic)."""
from mpmath import mp, mpf, exp, findroot, taylor

mp.dps = 60
DEGREE = 10
WINDOW = mpf(1) / 32


def sigmoid(x):
    return 1 / (1 + exp(-x))


def silu_derivative(x):
    s = sigmoid(x)
    return s * (1 + x * (1 - s))


def split(v):
    hi = float(v)
    return hi, float(v - mpf(hi))


root = findroot(silu_derivative, mpf("-1.2784645"))
c = taylor(silu_derivative, root, DEGREE)
rootHi, rootLo = split(root)
c1Hi, c1Lo = split(c[1])
print(f"root = {mp.nstr(root, 40)}")
print(f"kSiluRootHi = {rootHi.hex()}  // {rootHi!r}")
print(f"kSiluRootLo = {rootLo.hex()}")
print(f"c1 hi, lo = {c1Hi.hex()}, {c1Lo.hex()}")
coefficients = [float(v) for v in c[2:]]
print(f"c2..c{DEGREE} =", ", ".join(v.hex() for v in coefficients))

worst = mpf(0)
for i in range(-400, 401):
    t = WINDOW * i / 400
    if t == 0:
        continue
    x = root + t
    p = mpf(0)
    for v in reversed(coefficients):
        p = p * t + mpf(v)
    p = t * (mpf(c1Hi) + mpf(c1Lo) + t * p)
    exact = silu_derivative(x)
    worst = max(worst, abs(p / exact - 1))
print(f"worst relative error of the polynomial on |t| <= 1/32: {mp.nstr(worst, 5)} (2^{mp.nstr(mp.log(worst, 2), 4)})")
