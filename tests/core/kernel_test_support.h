// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the kernel tests share: comparison bit for bit, and a fixture that runs each test with the
// kernels of one ISA level active.
#include "activation.h"
#include "kernels/kernels.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace alab::test {

inline bool sameBits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

inline bool sameBits(float a, float b) {
    return std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b) || (std::isnan(a) && std::isnan(b));
}

// Instantiate with the three levels; a level the CPU lacks is skipped.
class ActiveIsaTest : public ::testing::TestWithParam<kernels::Isa> {
protected:
    void SetUp() override {
        if (!kernels::isaSupported(GetParam())) GTEST_SKIP() << "CPU lacks " << kernels::isaName(GetParam());
        previous_ = kernels::activeIsa();
        kernels::setActiveIsa(GetParam());
    }
    void TearDown() override { kernels::setActiveIsa(previous_); }

private:
    kernels::Isa previous_ = kernels::Isa::Scalar;
};

// The array path (the active ISA level) returns the bits of the single-value path (always the
// scalar level), f and f' alike.
template <class T>
void expectArraysMatchSingleValues(const Activation& f, const std::vector<T>& x) {
    std::vector<T> values(x.size()), derivatives(x.size());
    f.values(std::span<const T>(x), std::span<T>(values));
    f.derivatives(std::span<const T>(x), std::span<T>(derivatives));
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!sameBits(values[i], f.value(x[i])) || !sameBits(derivatives[i], f.derivative(x[i]))) {
            if (++mismatches <= 3) {
                ADD_FAILURE() << f.id() << " alpha " << f.alpha() << " beta " << f.beta() << " x=" << x[i];
            }
        }
    }
    EXPECT_EQ(mismatches, 0U) << f.id() << (sizeof(T) == 8 ? " double" : " float") << " on "
                              << kernels::isaName(kernels::activeIsa());
}

}  // namespace alab::test
