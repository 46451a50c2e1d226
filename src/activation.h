// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

#include <array>
#include <cstddef>

#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace alab {

// Append only: the first four are stored in settings files by their position. Each kind is
// described once, in builtin_functions.cpp (see function_registry.h).
enum class FunctionKind {
    Relu,
    LeakyRelu,
    Elu,
    Selu,
    Prelu,
    Celu,
    Gelu,
    GeluTanh,
    Silu,
    Mish,
    Softplus,
    Tanh,
    Sigmoid,
    // A function the user typed (expression/typed_function.h): not a built-in, so it has no
    // entry in the registry; each one carries its own description.
    Typed
};
// The number of built-in kinds (Typed excluded).
inline constexpr std::size_t kFunctionKindCount = static_cast<std::size_t>(FunctionKind::Sigmoid) + 1;
// The most parameters any built-in takes (SELU: alpha, lambda; Softplus: beta, threshold).
inline constexpr std::size_t kMaxBuiltinParameters = 2;
// The most parameters a typed function takes.
inline constexpr std::size_t kMaxParameters = 8;

struct FunctionDescriptor;
class TypedFunction;

// Self-normalizing constants from Klambauer et al. (2017), rounded to double.
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluLambda = 1.0507009873554804934193349852946;
inline constexpr double kDefaultLeakySlope = 0.01;  // PyTorch's default
inline constexpr double kDefaultEluAlpha = 1.0;
inline constexpr double kDefaultPreluSlope = 0.25;  // PyTorch's nn.PReLU initial weight
inline constexpr double kDefaultCeluAlpha = 1.0;
inline constexpr double kDefaultSiluBeta = 1.0;
inline constexpr double kDefaultSoftplusBeta = 1.0;
inline constexpr double kDefaultSoftplusThreshold = 20.0;  // PyTorch's default

// Thrown for a parameter that cannot describe a curve (NaN or infinite).
class ParameterError : public std::invalid_argument {
public:
    ParameterError(std::string field, const std::string& message);
    const std::string& field() const noexcept { return field_; }

private:
    std::string field_;
};

struct OneSidedLimits {
    double left = 0.0;   // lim f'(x) as x -> 0-
    double right = 0.0;  // lim f'(x) as x -> 0+
};

// The set of values f takes: [lower, upper] with open or closed ends.
struct ValueRange {
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    bool lowerIncluded = false;
    bool upperIncluded = false;
};

// How smooth f is on the whole real line.
enum class Smoothness {
    Discontinuous,  // f itself jumps (Softplus at its threshold, by a tiny amount)
    C0,             // continuous, f' jumps (at 0)
    C1,             // f' continuous, f'' jumps at 0 (ELU alpha = 1, CELU)
    CInfinity,      // analytic everywhere (GELU, SiLU, Mish, tanh, sigmoid, ...)
};

// A local minimum of a non-monotonic function: f'(x) = 0 there and f(x) is the least value.
struct MinimumPoint {
    double x = 0.0;
    double value = 0.0;
};

// One activation function with its parameters. A small value type: copy it freely.
// Every evaluation path (scalar, array, double, float) gives the same results, within
// 2 ulp of the correctly rounded value (the kernels usually reach 0.5 ulp).
class Activation {
public:
    static Activation relu();
    static Activation leakyRelu(double negativeSlope = kDefaultLeakySlope);
    static Activation elu(double alpha = kDefaultEluAlpha);
    static Activation selu(double alpha = kSeluAlpha, double lambda = kSeluLambda);
    // Leaky ReLU under its own name, with the slope PyTorch's nn.PReLU starts from.
    static Activation prelu(double slope = kDefaultPreluSlope);
    // max(0, x) + min(0, alpha (exp(x / alpha) - 1)); alpha must be > 0.
    static Activation celu(double alpha = kDefaultCeluAlpha);
    // x Phi(x), Phi the standard normal CDF (exact, with erfc).
    static Activation gelu();
    // 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), with the constants taken as exact reals.
    static Activation geluTanh();
    // x sigmoid(beta x); beta must be > 0.
    static Activation silu(double beta = kDefaultSiluBeta);
    static Activation mish();
    // log(1 + exp(beta x)) / beta, and x where beta x > threshold (PyTorch's rule, with the
    // exact product beta x); beta must be > 0, threshold >= 0.
    static Activation softplus(double beta = kDefaultSoftplusBeta, double threshold = kDefaultSoftplusThreshold);
    static Activation tanh();
    static Activation sigmoid();
    // The defaults of `kind`.
    static Activation withDefaults(FunctionKind kind);
    // `kind` with the parameter values in the order of its description (defaults for those not
    // given); throws ParameterError naming the first value outside its domain, and
    // std::invalid_argument for more values than the kind has parameters.
    static Activation make(FunctionKind kind, std::span<const double> parameterValues);
    // A typed function with its parameter values (its defaults for those not given); throws
    // ParameterError naming a value that is not finite or that a built-in it calls refuses.
    static Activation typed(std::shared_ptr<const TypedFunction> function,
                            std::span<const double> parameterValues = {});

    // The typed function, or nullptr for a built-in.
    const TypedFunction* typedFunction() const noexcept { return typed_.get(); }
    const std::shared_ptr<const TypedFunction>& typedFunctionShared() const noexcept { return typed_; }

    FunctionKind kind() const noexcept { return kind_; }
    const FunctionDescriptor& descriptor() const noexcept;
    // The parameter values, in the order of descriptor().parameters.
    std::span<const double> parameterValues() const noexcept;
    // The value of parameter `index` (< parameterValues().size()).
    double parameter(std::size_t index) const noexcept { return parameters_[index]; }
    // This function with parameter `index` set to `value`, checked like make().
    Activation withParameter(std::size_t index, double value) const;

    double alpha() const noexcept;      // ELU, SELU, CELU (0 for the others)
    double lambda() const noexcept;     // SELU (1 for the others)
    double slope() const noexcept;      // Leaky ReLU, PReLU negative slope (0 for the others)
    double beta() const noexcept;       // SiLU, Softplus (1 for the others)
    double threshold() const noexcept;  // Softplus (inf for the others)

    double value(double x) const noexcept;
    float value(float x) const noexcept;
    // f'(x). At exactly 0 the value follows PyTorch's autograd: ReLU 0, Leaky ReLU and PReLU
    // the slope, ELU alpha, SELU lambda*alpha (the left-hand limit, except ReLU's 0); the
    // smooth functions and CELU have no choice to make. Softplus' f' is 1 where beta x > threshold.
    double derivative(double x) const noexcept;
    float derivative(float x) const noexcept;

    // Array paths: `out` must have the size of `x`; they may alias.
    void values(std::span<const double> x, std::span<double> out) const;
    void values(std::span<const float> x, std::span<float> out) const;
    void derivatives(std::span<const double> x, std::span<double> out) const;
    void derivatives(std::span<const float> x, std::span<float> out) const;
    Eigen::ArrayXd values(const Eigen::ArrayXd& x) const;
    Eigen::ArrayXf values(const Eigen::ArrayXf& x) const;
    Eigen::ArrayXd derivatives(const Eigen::ArrayXd& x) const;
    Eigen::ArrayXf derivatives(const Eigen::ArrayXf& x) const;

    // f''(x), in double: within 1 ulp of the correctly rounded value on every row of the mpmath
    // table tests/data/second_derivative_reference.csv, the roots of f'' included. At exactly 0
    // (and -0) it takes the side f' takes: ReLU, Leaky ReLU and PReLU 0 (f'' is 0 on both sides);
    // ELU alpha and SELU lambda*alpha (the left branch alpha e^x, as f'(0) = alpha); CELU 1/alpha
    // (the left branch e^(x/alpha)/alpha). Softplus' f'' is 0 where beta x > threshold, as its f'
    // is 1 there. f''(+-inf) is 0, f''(nan) nan. The array paths take `out` of the size of `x`
    // (they may alias) and throw std::invalid_argument otherwise.
    double secondDerivative(double x) const noexcept;
    void secondDerivatives(std::span<const double> x, std::span<double> out) const;
    Eigen::ArrayXd secondDerivatives(const Eigen::ArrayXd& x) const;

    OneSidedLimits derivativeLimitsAtZero() const noexcept;
    bool derivativeJumpsAtZero() const noexcept;
    // lim f(x) as x -> -inf, when finite: -alpha (ELU, CELU), -lambda*alpha (SELU), -1 (tanh),
    // 0 (ReLU, Leaky ReLU and PReLU with slope 0, GELU, SiLU, Mish, Softplus, sigmoid).
    std::optional<double> limitAtMinusInfinity() const noexcept;
    ValueRange range() const noexcept;
    // Whether f never decreases. GELU (both), SiLU and Mish dip below 0 and come back; Leaky
    // ReLU with a negative slope falls on x < 0.
    bool isMonotonic() const noexcept;
    // The global minimum of GELU, GELU (tanh), SiLU and Mish: x is the double nearest the root
    // of f' (bisection on f' in quad precision), value is f there, correctly rounded.
    std::optional<MinimumPoint> minimumPoint() const;
    Smoothness smoothness() const noexcept;
    // "C∞", "C¹ (f″ jumps at 0)", "C⁰ (f′ jumps at 0)", ...; UTF-8.
    std::string smoothnessText() const;

    std::string_view id() const noexcept;           // "elu", as on the command line
    std::string_view displayName() const noexcept;  // "ELU"
    // The display name with the parameters that differ from the defaults, each to 4 significant
    // digits: "ELU (α = 0.5)", "SELU (α = 1.5, λ = 1.051)", "ELU" at the defaults; UTF-8. For
    // legends, tables and exports, where it says what tells a curve apart.
    std::string label() const;
    std::string formulaPlainText() const;  // with the current parameters
    // HTML subset Qt's rich text renders; parameters in full (shortest round-trip text) or
    // rounded to `significantDigits` when that is > 0.
    std::string formulaRichText(int significantDigits = 0) const;
    std::string rangeText() const;  // "(-1, inf)"

    // Built-ins compare kind and parameters; typed functions also their definitions.
    friend bool operator==(const Activation& a, const Activation& b) noexcept;

private:
    using Parameters = std::array<double, kMaxParameters>;
    Activation(FunctionKind kind, Parameters parameters) noexcept : kind_(kind), parameters_(parameters) {}
    // The named parameter, or `fallback` when this kind has none of that name.
    double named(std::string_view id, double fallback) const noexcept;

    FunctionKind kind_;
    Parameters parameters_;  // in the order of descriptor().parameters; unused entries 0
    std::shared_ptr<const TypedFunction> typed_;
};

// Shorthands over functionRegistry() (function_registry.h).
std::string_view functionId(FunctionKind kind) noexcept;
std::optional<FunctionKind> parseFunctionId(std::string_view id) noexcept;
// All kinds in display order: ELU, SELU, ReLU, Leaky ReLU, then the comparison family.
const std::vector<FunctionKind>& allFunctionKinds();
// The kinds a new plot shows: ELU, SELU, ReLU, Leaky ReLU.
const std::vector<FunctionKind>& defaultVisibleKinds();

}  // namespace alab
