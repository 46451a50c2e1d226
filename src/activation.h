#pragma once

#include <Eigen/Core>

#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace alab {

enum class FunctionKind { Relu, LeakyRelu, Elu, Selu };

// Self-normalizing constants from Klambauer et al. (2017), rounded to double.
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluLambda = 1.0507009873554804934193349852946;
inline constexpr double kDefaultLeakySlope = 0.01;  // PyTorch's default
inline constexpr double kDefaultEluAlpha = 1.0;

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

// One activation function with its parameters. A small value type: copy it freely.
// Every evaluation path (scalar, array, double, float) gives the same results, within
// 2 ulp of the correctly rounded value (the kernels usually reach 0.5 ulp).
class Activation {
public:
    static Activation relu();
    static Activation leakyRelu(double negativeSlope = kDefaultLeakySlope);
    static Activation elu(double alpha = kDefaultEluAlpha);
    static Activation selu(double alpha = kSeluAlpha, double lambda = kSeluLambda);
    // The defaults of `kind`.
    static Activation withDefaults(FunctionKind kind);

    FunctionKind kind() const noexcept { return kind_; }
    double alpha() const noexcept { return alpha_; }    // ELU, SELU
    double lambda() const noexcept { return lambda_; }  // SELU (1 for the others)
    double slope() const noexcept { return slope_; }    // Leaky ReLU negative slope

    double value(double x) const noexcept;
    float value(float x) const noexcept;
    // f'(x). At exactly 0 the value follows PyTorch's autograd: ReLU 0, Leaky ReLU the
    // slope, ELU alpha, SELU lambda*alpha (the left-hand limit, except ReLU's 0).
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

    OneSidedLimits derivativeLimitsAtZero() const noexcept;
    bool derivativeJumpsAtZero() const noexcept;
    // lim f(x) as x -> -inf, when finite: -alpha (ELU), -lambda*alpha (SELU), 0 (ReLU,
    // Leaky ReLU with slope 0).
    std::optional<double> limitAtMinusInfinity() const noexcept;
    ValueRange range() const noexcept;

    std::string_view id() const noexcept;           // "elu", as on the command line
    std::string_view displayName() const noexcept;  // "ELU"
    std::string formulaPlainText() const;           // with the current parameters
    // HTML subset Qt's rich text renders; parameters in full (shortest round-trip text) or
    // rounded to `significantDigits` when that is > 0.
    std::string formulaRichText(int significantDigits = 0) const;
    std::string rangeText() const;  // "(-1, inf)"

    friend bool operator==(const Activation&, const Activation&) = default;

private:
    Activation(FunctionKind kind, double alpha, double lambda, double slope);

    FunctionKind kind_;
    double alpha_;
    double lambda_;
    double slope_;
};

std::string_view functionId(FunctionKind kind) noexcept;
std::optional<FunctionKind> parseFunctionId(std::string_view id) noexcept;
const std::vector<FunctionKind>& allFunctionKinds();

}  // namespace alab
