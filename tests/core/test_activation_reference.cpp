// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of the mpmath reference tables (tests/data, scripts/generate_reference.py),
// through the scalar API and the array API on every ISA level this CPU supports.
#include "activation.h"
#include "csv_table.h"
#include "kernels/kernels.h"
#include "ulp.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace alab {
namespace {

struct ReferenceRow {
    std::string function;
    double alpha, lambda, slope, beta, threshold, x, f, df;
    int line;
};

std::vector<ReferenceRow> readTable(const std::string& name) {
    std::vector<ReferenceRow> rows;
    for (const test::CsvRow& row : test::readCsvTable(name, 9)) {
        rows.push_back({row.cells[0], row.number(1), row.number(2), row.number(3), row.number(4), row.number(5),
                        row.number(6), row.number(7), row.number(8), row.line});
    }
    return rows;
}

Activation activationFor(const ReferenceRow& row) {
    const auto kind = parseFunctionId(row.function);
    if (!kind) throw std::runtime_error("unknown function " + row.function);
    switch (*kind) {
    case FunctionKind::Relu: return Activation::relu();
    case FunctionKind::LeakyRelu: return Activation::leakyRelu(row.slope);
    case FunctionKind::Elu: return Activation::elu(row.alpha);
    case FunctionKind::Selu: return Activation::selu(row.alpha, row.lambda);
    case FunctionKind::Prelu: return Activation::prelu(row.slope);
    case FunctionKind::Celu: return Activation::celu(row.alpha);
    case FunctionKind::Gelu: return Activation::gelu();
    case FunctionKind::GeluTanh: return Activation::geluTanh();
    case FunctionKind::Silu: return Activation::silu(row.beta);
    case FunctionKind::Mish: return Activation::mish();
    case FunctionKind::Softplus: return Activation::softplus(row.beta, row.threshold);
    case FunctionKind::Tanh: return Activation::tanh();
    case FunctionKind::Sigmoid: return Activation::sigmoid();
    case FunctionKind::Typed: break;
    }
    throw std::runtime_error("the reference tables hold built-ins only");
}

// The issues' bar: 1 ulp for ReLU, Leaky ReLU, PReLU and ELU with alpha = 1; 2 ulp otherwise.
double toleranceFor(const Activation& f) {
    const bool tight = f.kind() == FunctionKind::Relu || f.kind() == FunctionKind::LeakyRelu ||
                       f.kind() == FunctionKind::Prelu || (f.kind() == FunctionKind::Elu && f.alpha() == 1.0);
    return tight ? 1.0 : 2.0;
}

std::vector<kernels::Isa> supportedIsas() {
    std::vector<kernels::Isa> isas;
    for (const auto isa : {kernels::Isa::Scalar, kernels::Isa::Avx2, kernels::Isa::Avx512}) {
        if (kernels::isaSupported(isa)) isas.push_back(isa);
    }
    return isas;
}

class IsaScope {
public:
    explicit IsaScope(kernels::Isa isa) : previous_(kernels::activeIsa()) { kernels::setActiveIsa(isa); }
    ~IsaScope() { kernels::setActiveIsa(previous_); }

private:
    kernels::Isa previous_;
};

template <class T>
void checkTable(const std::string& name) {
    const std::vector<ReferenceRow> rows = readTable(name);
    ASSERT_GT(rows.size(), 10000U) << name << " looks truncated";
    double worst = 0.0;
    std::map<std::string, double> worstByFunction;
    for (const kernels::Isa isa : supportedIsas()) {
        const IsaScope scope(isa);
        for (const ReferenceRow& row : rows) {
            const Activation f = activationFor(row);
            const T x = static_cast<T>(row.x);
            const T expectedF = static_cast<T>(row.f);
            const T expectedDf = static_cast<T>(row.df);
            std::vector<T> in{x}, outF(1), outDf(1);
            f.values(std::span<const T>(in), std::span<T>(outF));
            f.derivatives(std::span<const T>(in), std::span<T>(outDf));
            const double tolerance = toleranceFor(f);
            const double errors[] = {test::ulpDistance(f.value(x), expectedF), test::ulpDistance(outF[0], expectedF),
                                     test::ulpDistance(f.derivative(x), expectedDf),
                                     test::ulpDistance(outDf[0], expectedDf)};
            for (const double error : errors) {
                worst = std::max(worst, error);
                double& functionWorst = worstByFunction[row.function + " " + std::string(kernels::isaName(isa))];
                functionWorst = std::max(functionWorst, error);
                EXPECT_LE(error, tolerance)
                    << name << ":" << row.line << " " << row.function << " x=" << row.x
                    << " isa=" << kernels::isaName(isa) << " f=" << f.value(x) << " (want " << expectedF
                    << ") df=" << f.derivative(x) << " (want " << expectedDf << ")";
            }
        }
    }
    ::testing::Test::RecordProperty("worst_ulp", std::to_string(worst));
    for (const auto& [function, error] : worstByFunction)
        std::printf("%s %s worst %.0f ulp\n", name.c_str(), function.c_str(), error);
}

TEST(ActivationReference, DoubleTableWithinTolerance) { checkTable<double>("reference_double.csv"); }
TEST(ActivationReference, FloatTableWithinTolerance) { checkTable<float>("reference_float.csv"); }

// The cases the issue names, spelled out so a failure reads plainly.
struct NamedCase {
    const char* name;
    Activation f;
    double x;
    double expectedF;
    double expectedDf;
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const NamedCase& c, std::ostream* os) { *os << c.name; }

class NamedCases : public ::testing::TestWithParam<NamedCase> {};

TEST_P(NamedCases, MatchesCorrectlyRoundedValue) {
    const NamedCase& c = GetParam();
    EXPECT_LE(test::ulpDistance(c.f.value(c.x), c.expectedF), 1.0) << c.f.value(c.x);
    EXPECT_LE(test::ulpDistance(c.f.derivative(c.x), c.expectedDf), 1.0) << c.f.derivative(c.x);
}

const double kNan = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

INSTANTIATE_TEST_SUITE_P(
    Table, NamedCases,
    ::testing::Values(
        // PyTorch 1.13 returns -9.99999993922529e-09 here: alpha*(exp(x)-1) cancels.
        NamedCase{"elu_minus_1e_8", Activation::elu(), -1e-8, -9.9999999500000004e-9, 0.99999999000000005},
        NamedCase{"elu_minus_inf", Activation::elu(2.5), -kInf, -2.5, 0.0},
        NamedCase{"elu_plus_inf", Activation::elu(2.5), kInf, kInf, 1.0},
        NamedCase{"elu_nan", Activation::elu(), kNan, kNan, kNan},
        NamedCase{"elu_zero_derivative_is_alpha", Activation::elu(0.5), 0.0, 0.0, 0.5},
        NamedCase{"selu_zero_derivative_is_lambda_alpha", Activation::selu(), 0.0, 0.0, 1.7580993408473766},
        NamedCase{"selu_minus_inf", Activation::selu(), -kInf, -1.7580993408473766, 0.0},
        NamedCase{"relu_zero_derivative_is_zero", Activation::relu(), 0.0, 0.0, 0.0},
        NamedCase{"relu_nan", Activation::relu(), kNan, kNan, kNan},
        NamedCase{"leaky_zero_derivative_is_slope", Activation::leakyRelu(0.2), 0.0, 0.0, 0.2},
        NamedCase{"leaky_minus_inf", Activation::leakyRelu(0.01), -kInf, -kInf, 0.01},
        NamedCase{"elu_subnormal_x", Activation::elu(), -4.9406564584124654e-324, -4.9406564584124654e-324, 1.0},
        NamedCase{"elu_negative_alpha", Activation::elu(-1.0), -1.0, 0.63212055882855767, -0.36787944117144233},
        NamedCase{"elu_large_alpha_underflow_edge", Activation::elu(10.0), -746.0, -10.0, 9.8813129168249309e-324},
        // The comparison family where naive formulas lose every digit (values from mpmath).
        // log(1 + exp(-40)) rounds exp(-40) away against 1: the naive softplus is 0.
        NamedCase{"softplus_minus_40", Activation::softplus(), -40.0, 4.248354255291589e-18, 4.248354255291589e-18},
        // 1 / (1 + exp(40)) is fine, 1 - sigmoid(40) is not: the derivative keeps its digits.
        NamedCase{"sigmoid_plus_40", Activation::sigmoid(), 40.0, 1.0, 4.248354255291589e-18},
        // 0.5 x (1 + erf(x / sqrt 2)) cancels to 0 long before x Phi(x) underflows.
        NamedCase{"gelu_minus_10", Activation::gelu(), -10.0, -7.619853024160526e-23, -7.618400096464814e-22},
        NamedCase{"gelu_minus_37", Activation::gelu(), -37.0, -2.1184613523340935e-298, -7.838298669418516e-297},
        NamedCase{"silu_minus_700", Activation::silu(), -700.0, -6.90177358063184e-302, -6.891913904088079e-302},
        NamedCase{"tanh_tiny", Activation::tanh(), 1e-300, 1e-300, 1.0},
        NamedCase{"mish_minus_30", Activation::mish(), -30.0, -2.807286890651921e-12, -2.713710660963392e-12},
        NamedCase{"celu_half_minus_1e_minus_8", Activation::celu(0.5), -1e-8, -9.9999999e-09, 0.9999999800000002},
        NamedCase{"prelu_default_slope", Activation::prelu(), -2.0, -0.5, 0.25}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

}  // namespace
}  // namespace alab
