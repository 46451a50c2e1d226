// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expression/expression_error.h"
#include "function_registry.h"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

// A function the user types, in x and named parameters: parsed, differentiated twice and
// simplified by GiNaC, rewritten where double arithmetic would lose digits, and compiled into
// flat programs that evaluate whole arrays on the project's exact kernels. GiNaC is used once,
// when the function is created; evaluating never touches it.
namespace alab {

namespace expr {
class Program;
}

struct TypedParameter {
    std::string name;  // an identifier: not x, pi, e or a function's name
    double defaultValue = 1.0;
    double sliderMin = 0.0;
    double sliderMax = 2.0;
};

// How many digits a typed function keeps, measured at given points against the same program run
// in __float128 (the built-ins it calls through their quad-precision paths).
struct AccuracyReport {
    double maxUlps = 0.0;    // the largest error, in units in the last place of the exact value
    double worstX = 0.0;     // where it is
    std::size_t points = 0;  // points where f is defined
    std::size_t undefined = 0;
    double undefinedFrom = 0.0, undefinedTo = 0.0;  // the span of the points where f is not defined
    std::string hint;  // where the digits go at worstX ("a sum of nearly equal terms cancels there"), or empty
    // "accurate to 1 ulp", "accurate to 12 ulp", "loses 9 digits near x = −40"; UTF-8.
    std::string text() const;
};

// Where a branch of the function switches (a where() condition, abs, max, min, a piecewise
// built-in): f' may jump there. left and right are f' just below and above.
struct SwitchPoint {
    double x = 0.0;
    double left = 0.0;
    double right = 0.0;
    bool jumps() const noexcept;
};

class TypedFunction {
public:
    static constexpr std::size_t kMaxParameters = alab::kMaxParameters;

    // Throws ExpressionError for a name, expression or parameter that cannot be used: with the
    // column for the expression's faults, naming the parameter for the others.
    static std::shared_ptr<const TypedFunction> create(std::string name, std::string expression,
                                                       std::vector<TypedParameter> parameters = {});
    ~TypedFunction();
    TypedFunction(const TypedFunction&) = delete;
    TypedFunction& operator=(const TypedFunction&) = delete;

    const std::string& name() const noexcept { return name_; }  // the expression when none was given
    const std::string& expression() const noexcept { return expression_; }
    const std::vector<TypedParameter>& parameters() const noexcept { return parameters_; }
    const FunctionDescriptor& descriptor() const noexcept { return descriptor_; }
    bool sameDefinition(const TypedFunction& other) const noexcept;

    // order 0, 1, 2: f, f', f''. out may alias x.
    void evaluate(int order, std::span<const double> x, std::span<double> out,
                  std::span<const double> parameterValues) const;
    double evaluate(int order, double x, std::span<const double> parameterValues) const;
    // The same program in quad precision (the accuracy readout's reference).
    __extension__ __float128 evaluateQuad(int order, double x, std::span<const double> parameterValues) const;
    // Throws ParameterError naming the parameter when a value cannot be used: not finite, or
    // outside the domain of a built-in it is passed to (celu(x, a) with a <= 0).
    void checkParameterValues(std::span<const double> parameterValues) const;

    // The compiled program of f, f' or f'' (order 0, 1, 2): what evaluate() runs, for code that
    // translates it (code_export.h).
    const expr::Program& program(int order) const { return *programs_[static_cast<std::size_t>(order)]; }

    // f, f', f'' as GiNaC prints them ("x*tanh(softplus(x))"), after the accuracy rewrites.
    const std::string& plainText(int order) const { return plain_[static_cast<std::size_t>(order)]; }
    const std::string& latex(int order) const { return latex_[static_cast<std::size_t>(order)]; }
    // The same in the HTML subset Qt's rich text renders.
    const std::string& richText(int order) const { return rich_[static_cast<std::size_t>(order)]; }
    bool hasSwitches() const noexcept { return !switches_.empty(); }
    // Whether f depends on the parameter `name` (after simplification: a*x - a*x does not).
    bool usesParameter(const std::string& name) const;

    // The switch points in [from, to], found on `samples` points and refined by bisection.
    std::vector<SwitchPoint> switchPoints(double from, double to, std::span<const double> parameterValues,
                                          int samples = 4096) const;
    AccuracyReport accuracy(int order, std::span<const double> x, std::span<const double> parameterValues) const;

private:
    TypedFunction() = default;

    std::string name_, expression_;
    std::vector<TypedParameter> parameters_;
    std::vector<ParameterSpec> specs_;
    FunctionDescriptor descriptor_{};
    std::array<std::unique_ptr<expr::Program>, 3> programs_;
    std::vector<std::unique_ptr<expr::Program>> switches_;
    std::array<std::string, 3> plain_, latex_, rich_;
    std::vector<std::string> usedParameters_;
};

}  // namespace alab
