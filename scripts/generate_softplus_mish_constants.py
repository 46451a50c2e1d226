#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Constants of the Softplus and Mish array kernels (src/kernels/kernel_softplus_mish.inc).

Prints, as C++ hex-float literals:
  * the root of Mish' as a double pair (hi + lo) and the Taylor coefficients of Mish' around it,
    c_k = Mish^(k+1)(root) / k!, k = 1..N, with the truncation bound on the window;
  * the log table of log1p: for c_j = 1 + j/16 (j = 0..15), 1/c_j and log(c_j) to about 106 bits
    as hi + lo.
Run: python3 scripts/generate_softplus_mish_constants.py
"""
import mpmath as mp

mp.mp.dps = 80


def hexd(v):
    return float(v).hex()


def pair(v):
    hi = mp.mpf(float(v))
    lo = mp.mpf(float(v - hi))
    return hi, lo


def mish(x):
    return x * mp.tanh(mp.log1p(mp.exp(x)))


def mish_prime(x):
    sp = mp.log1p(mp.exp(x))
    t = mp.tanh(sp)
    return t + x * (1 - t * t) / (1 + mp.exp(-x))


root = mp.findroot(mish_prime, mp.mpf("-1.1924312145154952"))
rhi, rlo = pair(root)
print("// root of Mish'", mp.nstr(root, 30))
print("inline constexpr double kMishRootHi = %s;" % hexd(rhi))
print("inline constexpr double kMishRootLo = %s;" % hexd(rlo))

N = 16
WINDOW = mp.mpf(1) / 16
# Taylor coefficients of Mish' at the root: d^k Mish'(root)/k! = Mish^(k+1)(root)/k!.
coefficients = mp.taylor(mish_prime, root, N + 4)
c1 = coefficients[1]
print("// f'(root + h) = sum c_k h^k; |c_0| = %s" % mp.nstr(abs(coefficients[0]), 5))
for k in range(1, N + 5):
    bound = abs(coefficients[k]) * WINDOW ** k / (abs(c1) * WINDOW)
    print("//   k=%d c=%s  |c_k| w^k / |c_1 w| = 2^%.1f" % (k, mp.nstr(coefficients[k], 20), float(mp.log(bound, 2))))
c1hi, c1lo = pair(c1)
print("inline constexpr double kMishSlopeHi = %s;" % hexd(c1hi))
print("inline constexpr double kMishSlopeLo = %s;" % hexd(c1lo))
print("inline constexpr double kMishRootTaylor[] = {  // c_2 .. c_%d" % N)
print("    " + ", ".join(hexd(coefficients[k]) for k in range(2, N + 1)) + ",")
print("};")

print("// log1p table: c_j = 1 + j/16, j = 0..15")
inv = [1 / (1 + mp.mpf(j) / 16) for j in range(16)]
logs = [mp.log(1 + mp.mpf(j) / 16) for j in range(16)]


def table(name, values):
    print("alignas(64) inline constexpr double %s[16] = {" % name)
    print("    " + ", ".join(hexd(v) for v in values) + ",")
    print("};")


table("kLog1pInverseHi", [pair(v)[0] for v in inv])
table("kLog1pInverseLo", [pair(v)[1] for v in inv])
table("kLog1pLogHi", [pair(v)[0] for v in logs])
table("kLog1pLogLo", [pair(v)[1] for v in logs])
# r = (y - j/16) / c_j with j = min(round(16 y), 15), y in [0, 1].
worst = max(max(mp.mpf(1) / 32 / (1 + mp.mpf(j) / 16) for j in range(15)), (mp.mpf(1) / 16) / (1 + mp.mpf(15) / 16))
print("// max |r| = %s = 2^%.2f; truncation after r^12: 2^%.1f relative to r" %
      (mp.nstr(worst, 6), float(mp.log(worst, 2)), float(mp.log(worst ** 12 / 13, 2))))
