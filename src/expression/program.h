// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

// A compiled expression: a flat list of operations on registers, evaluated over whole arrays block
// by block on the project's exact kernels (tanh, sigmoid, softplus and the built-ins), and the
// same list in __float128 for the accuracy readout. No GiNaC here.
namespace alab::expr {

__extension__ typedef __float128 Quad;

enum class Op : std::uint8_t {
    Constant,
    X,
    Parameter,
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    Square,
    PowInt,
    Pow,
    Sqrt,
    Exp,
    Expm1,
    Log,
    Log1p,
    Sin,
    Cos,
    Tan,
    Sinh,
    Cosh,
    Tanh,
    Erf,
    Erfc,
    NormalCdf,  // Phi(a) = erfc(-a/sqrt2)/2
    NormalPdf,  // phi(a) = e^(-a^2/2)/sqrt(2 pi)
    Sigmoid,
    Softplus,
    Abs,
    Sign,
    WherePositive,     // a > 0 ? b : c
    WhereNonnegative,  // a >= 0 ? b : c
    Builtin,           // kind `integer`, derivative order `order`, at a with parameters b, c
};

struct Instruction {
    Op op = Op::Constant;
    std::uint16_t target = 0;
    std::uint16_t a = 0, b = 0, c = 0;
    int integer = 0;           // PowInt's exponent, Parameter's index, Builtin's FunctionKind
    int order = 0;             // Builtin's derivative order
    double constant = 0.0;     // Constant: the value rounded to double
    double constantLow = 0.0;  // and the rest, so that the quad evaluation sees it exactly
};

class Program {
public:
    Program() = default;
    Program(std::vector<Instruction> instructions, std::uint16_t result, std::uint16_t registers)
        : instructions_(std::move(instructions)), result_(result), registers_(registers) {}

    // out may alias x; parameters in the typed function's order.
    void evaluate(std::span<const double> x, std::span<double> out, std::span<const double> parameters) const;
    double evaluate(double x, std::span<const double> parameters) const;
    // The same operations in quad precision, the built-ins through their quad-precision paths.
    Quad evaluateQuad(double x, std::span<const double> parameters) const;

    // Where the double program loses digits at x: the first operation whose result is more than
    // `ulps` off while its operands are close (each rounded to double in turn, against the exact
    // quad run), said as a hint ("a sum of nearly equal terms cancels"), or nullopt.
    std::optional<std::string> lossHint(double x, std::span<const double> parameters, double ulps = 1000.0) const;

    // The message of the first built-in call whose parameters lie outside its domain
    // (celu(x, a) with a <= 0), or nullopt.
    std::optional<std::string> invalidBuiltinParameters(std::span<const double> parameters) const;

    const std::vector<Instruction>& instructions() const noexcept { return instructions_; }
    std::uint16_t result() const noexcept { return result_; }
    std::uint16_t registerCount() const noexcept { return registers_; }
    bool empty() const noexcept { return instructions_.empty(); }

private:
    using BuiltinVisitor = std::function<void(const Instruction&, double, double)>;
    // The quad interpreter; with `trace`, every operation's result in order, each rounded to
    // double first when `roundEach` (the double program, up to the libm's own rounding).
    Quad run(double x, std::span<const double> parameters, const BuiltinVisitor& visitor,
             std::vector<Quad>* trace = nullptr, bool roundEach = false) const;

    std::vector<Instruction> instructions_;
    std::uint16_t result_ = 0;
    std::uint16_t registers_ = 0;
};

}  // namespace alab::expr
