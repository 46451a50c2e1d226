// SPDX-License-Identifier: GPL-3.0-or-later
// Typed functions: the built-ins typed by id or by formula against the built-ins, the accuracy
// rewrites against the naive double formulas, f'' against quad precision, switch points,
// moments and the accuracy readout.
#include "expression/typed_function.h"
#include "function_registry.h"
#include "moments.h"
#include "ulp.h"

#include <gtest/gtest.h>
#include <quadmath.h>

#include <cmath>
#include <string>
#include <vector>

namespace alab {
namespace {

using test::ulpDistance;
__extension__ typedef __float128 Quad;

Activation typed(const std::string& expression, std::vector<TypedParameter> parameters = {}) {
    return Activation::typed(TypedFunction::create("", expression, std::move(parameters)));
}

// -40 ... 40 in steps of 1/8, and a few far and tiny ones.
std::vector<double> samplePoints() {
    std::vector<double> x;
    for (int i = -320; i <= 320; ++i) x.push_back(i / 8.0);
    for (double v : {1e-300, -1e-300, 1e-12, -1e-12, 1e-5, -1e-5, 0.1, -0.1, 100.0, -100.0, 700.0, -700.0})
        x.push_back(v);
    return x;
}

double maxUlps(const Activation& a, const Activation& b, bool derivative) {
    double worst = 0;
    for (const double x : samplePoints()) {
        const double u = derivative ? a.derivative(x) : a.value(x);
        const double v = derivative ? b.derivative(x) : b.value(x);
        worst = std::max(worst, ulpDistance(u, v));
    }
    return worst;
}

std::string callOf(const FunctionDescriptor& d, std::span<const double> values) {
    std::string call = std::string(d.id) + "(x";
    for (const double v : values) call += ", " + formatShortest(v);
    return call + ")";
}

// Every built-in typed by its id, at its defaults and at other parameters, is the built-in.
TEST(TypedBuiltins, EveryBuiltinByIdIsTheBuiltin) {
    for (const FunctionDescriptor& d : functionRegistry()) {
        std::vector<std::vector<double>> settings{{}};
        if (!d.parameters.empty()) {
            std::vector<double> other;
            for (const ParameterSpec& p : d.parameters)
                other.push_back(p.sliderMin + 0.37 * (p.sliderMax - p.sliderMin));
            settings.push_back(other);
        }
        for (const auto& values : settings) {
            const Activation builtin = Activation::make(d.kind, values);
            std::string expression = values.empty() ? std::string(d.id) + "(x)" : callOf(d, values);
            if (d.kind == FunctionKind::Softplus && values.empty()) expression = "softplus(x, 1, 20)";
            const Activation f = typed(expression);
            EXPECT_EQ(maxUlps(f, builtin, false), 0.0) << expression;
            EXPECT_EQ(maxUlps(f, builtin, true), 0.0) << expression << "'";
            double second = 0;
            for (const double x : samplePoints())
                second = std::max(second, ulpDistance(f.secondDerivative(x), builtin.secondDerivative(x)));
            EXPECT_EQ(second, 0.0) << expression << "''";
        }
    }
}

// The built-ins written out as formulas: within 2 ulp of the built-in for f and f'.
TEST(TypedBuiltins, FormulasMatchTheBuiltinsWithin2Ulp) {
    struct Case {
        const char* expression;
        Activation builtin;
        double valueUlps;
        double derivativeUlps;
    };
    for (const Case& c : {
             Case{"max(x, 0)", Activation::relu(), 0, 0},
             // 0.01 is the exact 1/100 here, x/100 correctly rounded; the built-in multiplies by the double 0.01.
             Case{"where(x > 0, x, 0.01*x)", Activation::leakyRelu(), 1, 0},
             Case{"max(x, 0.25*x)", Activation::prelu(), 0, 0},
             Case{"where(x > 0, x, exp(x) - 1)", Activation::elu(), 2, 1},
             Case{"where(x > 0, x, 0.5*(exp(x) - 1))", Activation::elu(0.5), 2, 1},
             Case{"tanh(x)", Activation::tanh(), 0, 2},
             Case{"1/(1 + exp(-x))", Activation::sigmoid(), 0, 2},
             Case{"log(1 + exp(x))", Activation::softplus(1, 1000), 0, 0},
             // f' = sigmoid(x) + x sigmoid'(x) cancels near its root at -1.278, where the built-in has a
             // Taylor polynomial: 4 ulp there.
             Case{"x/(1 + exp(-x))", Activation::silu(), 2, 4},
         }) {
        const Activation f = typed(c.expression);
        EXPECT_LE(maxUlps(f, c.builtin, false), c.valueUlps) << c.expression;
        EXPECT_LE(maxUlps(f, c.builtin, true), c.derivativeUlps) << c.expression << "'";
    }
}

// 1 + erf(x/sqrt2) -> erfc(-x/sqrt2) -> 2 Phi(x), on Phi's kernel (x/sqrt2 is never rounded), and
// f' = Phi(x) + x phi(x) on phi's: within 2 ulp of the built-in, except that f' cancels near its
// root at -0.7518, where the built-in fits f' itself (the accuracy readout says so), and below
// x = -37.5, where Phi(x) is subnormal and x Phi(x) is rounded twice.
TEST(TypedBuiltins, GeluWrittenWithErfIsTheBuiltinOnThePhiKernels) {
    const Activation f = typed("x*(1 + erf(x/sqrt(2)))/2");
    const Activation gelu = Activation::gelu();
    for (int order : {0, 1}) {
        const std::string& text = f.typedFunction()->plainText(order);
        EXPECT_NE(text.find("Phi(x)"), std::string::npos) << text;
        EXPECT_EQ(text.find("erf"), std::string::npos) << text;
    }
    EXPECT_NE(f.typedFunction()->plainText(1).find("phi(x)"), std::string::npos);
    for (const double x : samplePoints()) {
        if (x < -37.5) continue;
        EXPECT_LE(ulpDistance(f.value(x), gelu.value(x)), 2) << x;
        if (std::abs(x + 0.7518) > 0.25) {
            EXPECT_LE(ulpDistance(f.derivative(x), gelu.derivative(x)), 2) << x;
        }
    }
}

// The rewriter used to build log(u) for every function u to compare with it: for expm1(0) that is
// log(0), which throws, so these were refused ("cannot differentiate: log(0)"), and inside a where()
// GiNaC leaked the half-rewritten tree (found by the scene fuzzer; the sanitizer run checks it).
TEST(AccuracyRewrites, FunctionsOfConstantsAreNotRefused) {
    for (const char* expression : {"x + a*expm1(0)", "where(x > 5, x, a*expm1(0))", "x*tanh(log(0 + exp(x)))",
                                   "where(x > 0, x, sigmoid(0) - 1/2)"}) {
        const Activation f = typed(expression, {TypedParameter{"a", 0.5}});
        EXPECT_EQ(f.value(7.0),
                  7.0 * (std::string(expression).find("tanh") != std::string::npos ? std::tanh(7.0) : 1.0))
            << expression;
    }
}

Quad quadReference(const char* name, Quad x) {
    const std::string n = name;
    if (n == "expm1") return expm1q(x);
    if (n == "softplus") return log1pq(expq(x));
    if (n == "log1p") return log1pq(x);
    if (n == "sigmoid") return 1 / (1 + expq(-x));
    if (n == "erfc") return erfcq(-x);
    if (n == "sech2") return 1 / (coshq(x) * coshq(x));
    if (n == "-sigmoid(-x)") return -1 / (1 + expq(x));
    return 0;
}

double ulpsFromQuad(double value, Quad exact) {
    if (std::isnan(value)) return std::numeric_limits<double>::infinity();
    const double rounded = static_cast<double>(exact);
    return ulpDistance(value, rounded) + 0.5;
}

// Each rewrite on a case where the naive double formula is off by more than 10^6 ulp: the
// typed function keeps the digits (within 2 ulp of the exact value).
TEST(AccuracyRewrites, EachRewriteKeepsTheDigitsTheNaiveFormulaLoses) {
    struct Case {
        const char* expression;
        double x;
        double naive;  // the same formula in plain double arithmetic
        const char* reference;
    };
    const double a = 1e-10, b = -40, c = 1e-12, d = -720, e = 800, f = -6, g = 10, h = 40;
    for (const Case& k : {
             Case{"exp(x) - 1", a, std::exp(a) - 1, "expm1"},
             Case{"log(1 + exp(x))", b, std::log(1 + std::exp(b)), "softplus"},
             Case{"log(1 + x)", c, std::log(1 + c), "log1p"},
             Case{"1/(1 + exp(-x))", d, 1 / (1 + std::exp(-d)), "sigmoid"},
             Case{"exp(x)/(1 + exp(x))", e, std::exp(e) / (1 + std::exp(e)), "sigmoid"},
             Case{"1 + erf(x)", f, 1 + std::erf(f), "erfc"},
             Case{"1 - tanh(x)^2", g, 1 - std::tanh(g) * std::tanh(g), "sech2"},
             Case{"1/(1 + exp(-x)) - 1", h, 1 / (1 + std::exp(-h)) - 1, "-sigmoid(-x)"},
         }) {
        Quad exact = quadReference(k.reference, k.x);
        EXPECT_GT(ulpsFromQuad(k.naive, exact), 1e6) << k.expression << ": the naive formula is not wrong enough";
        const Activation typedForm = typed(k.expression);
        EXPECT_LE(ulpsFromQuad(typedForm.value(k.x), exact), 2.5)
            << k.expression << " at " << k.x << ": " << typedForm.value(k.x) << " vs " << static_cast<double>(exact)
            << "; compiled as " << typedForm.formulaPlainText();
    }
}

// The naive Mish stays finite where the built-in does, in f, f' and f''.
TEST(AccuracyRewrites, NaiveMishIsFiniteAtTheExtremes) {
    const auto f = TypedFunction::create("", "x*tanh(log(1+exp(x)))");
    const Activation mish = Activation::typed(f);
    for (const double x : {750.0, -800.0, 1e300, -1e300}) {
        for (int order = 0; order < 3; ++order) {
            EXPECT_TRUE(std::isfinite(f->evaluate(order, x, {}))) << "order " << order << " at " << x;
        }
    }
    EXPECT_EQ(mish.value(750.0), 750.0);
    EXPECT_LE(maxUlps(mish, Activation::mish(), false), 2.0);
}

// f'' of typed functions against the same formulas differentiated by hand, in quad precision.
TEST(TypedSecondDerivative, MatchesHandDerivedSecondDerivatives) {
    struct Case {
        const char* expression;
        Quad (*second)(Quad);
    };
    for (const Case& c : {
             Case{"exp(2*x)", [](Quad x) -> Quad { return 4 * expq(2 * x); }},
             Case{"x^3", [](Quad x) -> Quad { return 6 * x; }},
             Case{"sin(x)*x", [](Quad x) -> Quad { return 2 * cosq(x) - x * sinq(x); }},
             Case{"log(1 + exp(x))",
                  [](Quad x) -> Quad {
                      const Quad s = 1 / (1 + expq(-x));
                      return s * (1 - s);
                  }},
             Case{"x*sigmoid(x)",
                  [](Quad x) -> Quad {
                      const Quad s = 1 / (1 + expq(-x));
                      return s * (1 - s) * (2 + x * (1 - 2 * s));
                  }},
             Case{"erf(x)", [](Quad x) -> Quad { return -4 * x * expq(-x * x) / sqrtq(acosq(-1)); }},
         }) {
        const auto f = TypedFunction::create("", c.expression);
        double worst = 0;
        for (int i = -80; i <= 80; ++i) {
            const double x = i / 8.0 + 1.0 / 64;  // away from the roots at 0
            const Quad exact = c.second(x);
            const double scale = std::fabs(static_cast<double>(exact));
            if (scale < 1e-300) continue;
            worst = std::max(worst, std::fabs(static_cast<double>((f->evaluate(2, x, {}) - exact) / exact)));
        }
        EXPECT_LT(worst, 1e-13) << c.expression << ": f'' = " << f->plainText(2);
    }
}

TEST(TypedSwitchPoints, WhereAbsAndPiecewiseBuiltinsSwitch) {
    struct Case {
        const char* expression;
        double x, left, right;
    };
    for (const Case& c : {Case{"where(x > 1, x, 0)", 1.0, 0.0, 1.0}, Case{"abs(x - 0.5)", 0.5, -1.0, 1.0},
                          Case{"elu(x, 0.5)", 0.0, 0.5, 1.0}, Case{"max(x, 0)", 0.0, 0.0, 1.0},
                          Case{"where(x >= -2, x^2, 4)", -2.0, 0.0, -4.0}}) {
        const auto f = TypedFunction::create("", c.expression);
        const auto points = f->switchPoints(-3.0, 3.0, {});
        ASSERT_EQ(points.size(), 1u) << c.expression;
        EXPECT_NEAR(points[0].x, c.x, 1e-12) << c.expression;
        EXPECT_NEAR(points[0].left, c.left, 1e-6) << c.expression;
        EXPECT_NEAR(points[0].right, c.right, 1e-6) << c.expression;
        EXPECT_TRUE(points[0].jumps()) << c.expression;
    }
    EXPECT_TRUE(TypedFunction::create("", "x*tanh(softplus(x))")->switchPoints(-3, 3, {}).empty());
    const auto c1 = TypedFunction::create("", "elu(x)");  // alpha = 1: f' is continuous
    ASSERT_EQ(c1->switchPoints(-3, 3, {}).size(), 1u);
    EXPECT_FALSE(c1->switchPoints(-3, 3, {})[0].jumps());
}

TEST(TypedAccuracy, ReportsDigitsKeptAndLost) {
    std::vector<double> x;
    for (int i = -400; i <= 400; ++i) x.push_back(i / 10.0);
    const auto kept = TypedFunction::create("", "exp(x) - 1");
    const AccuracyReport good = kept->accuracy(0, x, {});
    EXPECT_LE(good.maxUlps, 1.0);
    EXPECT_EQ(good.text(), "accurate to 1 ulp");
    std::vector<double> small;
    for (int i = 1; i <= 100; ++i) small.push_back(i * 1e-9);
    const auto lost = TypedFunction::create("", "sqrt(1 + x) - 1");
    const AccuracyReport bad = lost->accuracy(0, small, {});
    EXPECT_GT(bad.maxUlps, 1e6);
    EXPECT_NE(bad.text().find("loses"), std::string::npos) << bad.text();
    EXPECT_NE(bad.text().find("a sum of nearly equal terms cancels there"), std::string::npos) << bad.text();
    // log(2 - exp(x)) near 0: log of a number near 1.
    std::vector<double> nearZero;
    for (int i = 1; i <= 50; ++i) nearZero.push_back(i * 1e-12);
    const AccuracyReport logNearOne = TypedFunction::create("", "log(2 - exp(x))")->accuracy(0, nearZero, {});
    EXPECT_GT(logNearOne.maxUlps, 1e3);
    EXPECT_NE(logNearOne.text().find("log1p("), std::string::npos) << logNearOne.text();
    const auto partial = TypedFunction::create("", "log(x)");
    const AccuracyReport undefined = partial->accuracy(0, x, {});
    EXPECT_EQ(undefined.undefined, 400u);  // x < 0 (log(0) is -inf: defined)
}

TEST(TypedMoments, QuadratureMatchesTheClosedForms) {
    struct Case {
        const char* expression;
        Activation builtin;
    };
    for (const Case& c :
         {Case{"max(x, 0)", Activation::relu()}, Case{"where(x > 0, x, 0.5*expm1(x))", Activation::elu(0.5)},
          Case{"max(x, 0.1*x)", Activation::leakyRelu(0.1)}}) {
        const Activation f = typed(c.expression);
        for (const auto& [mu, sigma] : {std::pair{0.0, 1.0}, std::pair{1.5, 0.5}, std::pair{-2.0, 3.0}}) {
            const NormalMoments expected = normalMoments(c.builtin, mu, sigma);
            const NormalMoments m = normalMoments(f, mu, sigma);
            EXPECT_NEAR(m.mean, expected.mean, 1e-12 * std::sqrt(expected.secondMoment)) << c.expression;
            EXPECT_NEAR(m.variance, expected.variance, 1e-12 * expected.secondMoment) << c.expression;
        }
    }
    EXPECT_THROW((void)normalMoments(typed("exp(x^2)"), 0.0, 1.0), ParameterError);
    EXPECT_THROW((void)normalMoments(typed("log(x)"), 0.0, 1.0), ParameterError);
}

TEST(TypedFunctionModel, ParametersLabelsAndFormulas) {
    const auto f = TypedFunction::create("Scaled", "a*x*sigmoid(b*x)", {{"a", 1.0, 0.0, 2.0}, {"b", 1.0, 0.0, 4.0}});
    const Activation g = Activation::typed(f, std::vector<double>{1.0, 2.0});
    EXPECT_EQ(g.kind(), FunctionKind::Typed);
    EXPECT_EQ(g.label(), "Scaled (b = 2)");
    EXPECT_DOUBLE_EQ(g.value(1.0), 1.0 / (1.0 + std::exp(-2.0)));
    EXPECT_EQ(g, Activation::typed(
                     TypedFunction::create("Scaled", "a*x*sigmoid(b*x)", {{"a", 1.0, 0.0, 2.0}, {"b", 1.0, 0.0, 4.0}}),
                     std::vector<double>{1.0, 2.0}));
    EXPECT_FALSE(g == Activation::typed(f));
    // f' is symbolic: no D[...] left, the rules for sigmoid are GiNaC's now.
    EXPECT_EQ(f->plainText(1).find("D["), std::string::npos) << f->plainText(1);
    EXPECT_NE(f->richText(0).find("&sigma;"), std::string::npos) << f->richText(0);
    EXPECT_NE(f->latex(0).find("\\operatorname{sigmoid}"), std::string::npos) << f->latex(0);
}

}  // namespace
}  // namespace alab
