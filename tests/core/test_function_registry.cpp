// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of built-ins: every kind described once, parameters consistent with their
// domains and ranges, and every description's evaluators agreeing with each other. These tests
// iterate functionRegistry(), so a new built-in is checked by them without being named here.
#include "function_registry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

namespace {

using alab::Activation;
using alab::FunctionDescriptor;
using alab::FunctionKind;
using alab::ParameterDomain;
using alab::ParameterSpec;

bool insideDomain(const ParameterSpec& spec, double value) {
    if (!std::isfinite(value)) return false;
    switch (spec.domain) {
    case ParameterDomain::Positive: return value > 0;
    case ParameterDomain::NonNegative: return value >= 0;
    case ParameterDomain::Finite: break;
    }
    return true;
}

TEST(FunctionRegistry, DescribesEveryKindOnceInDisplayOrder) {
    const std::vector<FunctionDescriptor>& registry = alab::functionRegistry();
    ASSERT_EQ(registry.size(), alab::kFunctionKindCount);
    std::set<FunctionKind> kinds;
    std::set<std::string_view> ids, names;
    for (const FunctionDescriptor& d : registry) {
        EXPECT_TRUE(kinds.insert(d.kind).second) << d.id;
        EXPECT_TRUE(ids.insert(d.id).second) << d.id;
        EXPECT_TRUE(names.insert(d.displayName).second) << d.displayName;
        EXPECT_EQ(&alab::describe(d.kind), &d) << d.id;
        EXPECT_EQ(alab::findFunction(d.id), &d) << d.id;
        EXPECT_EQ(alab::parseFunctionId(d.id), d.kind);
        EXPECT_EQ(alab::functionId(d.kind), d.id);
        EXPECT_FALSE(d.id.empty());
        EXPECT_EQ(d.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz_"), std::string_view::npos) << d.id;
    }
    for (std::size_t i = 0; i < alab::kFunctionKindCount; ++i) {
        const auto kind = static_cast<FunctionKind>(i);
        EXPECT_EQ(alab::describe(kind).kind, kind) << i;
    }
    EXPECT_EQ(alab::findFunction("elu_"), nullptr);
    EXPECT_EQ(alab::findFunction(""), nullptr);
    // The window's first four, in the order the README and the panel show them.
    ASSERT_EQ(alab::defaultVisibleKinds(), (std::vector<FunctionKind>{FunctionKind::Elu, FunctionKind::Selu,
                                                                      FunctionKind::Relu, FunctionKind::LeakyRelu}));
    EXPECT_EQ(alab::allFunctionKinds().front(), FunctionKind::Elu);
}

TEST(FunctionRegistry, EveryDescriptionIsComplete) {
    for (const FunctionDescriptor& d : alab::functionRegistry()) {
        SCOPED_TRACE(std::string(d.id));
        const auto& e = d.evaluators;
        EXPECT_TRUE(e.valueDouble && e.valueFloat && e.derivativeDouble && e.derivativeFloat && e.valuesDouble &&
                    e.valuesFloat && e.derivativesDouble && e.derivativesFloat && e.secondDerivativeDouble &&
                    e.secondDerivativesDouble);
        const auto& p = d.properties;
        EXPECT_TRUE(p.derivativeLimitsAtZero && p.limitAtMinusInfinity && p.range && p.isMonotonic && p.minimumPoint &&
                    p.smoothness && p.formulaPlainText && p.formulaRichText);
        EXPECT_LE(d.parameters.size(), alab::kMaxBuiltinParameters);
        const Activation f = Activation::withDefaults(d.kind);
        EXPECT_EQ(f.displayName(), d.displayName);
        EXPECT_TRUE(f.formulaPlainText().starts_with("f(x) = "));
        EXPECT_NE(f.formulaRichText().find("<i>f</i>"), std::string::npos);
    }
}

TEST(FunctionRegistry, ParametersFitTheirDomainsAndRanges) {
    for (const FunctionDescriptor& d : alab::functionRegistry()) {
        std::set<std::string_view> ids;
        for (const ParameterSpec& spec : d.parameters) {
            SCOPED_TRACE(std::string(d.id) + "." + std::string(spec.id));
            EXPECT_TRUE(ids.insert(spec.id).second);
            EXPECT_NE(spec.id, "x");
            EXPECT_FALSE(spec.symbol.empty());
            EXPECT_FALSE(spec.help.empty());
            EXPECT_TRUE(insideDomain(spec, spec.defaultValue));
            EXPECT_TRUE(insideDomain(spec, spec.acceptedMin));
            EXPECT_TRUE(insideDomain(spec, spec.acceptedMax));
            EXPECT_LT(spec.sliderMin, spec.sliderMax);
            EXPECT_LE(spec.acceptedMin, spec.sliderMin);
            EXPECT_GE(spec.acceptedMax, spec.sliderMax);
            EXPECT_GE(spec.defaultValue, spec.sliderMin);
            EXPECT_LE(spec.defaultValue, spec.sliderMax);
        }
    }
}

TEST(FunctionRegistry, DefaultsAreTheFactoriesDefaults) {
    EXPECT_EQ(Activation::withDefaults(FunctionKind::Elu), Activation::elu());
    EXPECT_EQ(Activation::withDefaults(FunctionKind::Selu), Activation::selu());
    EXPECT_EQ(Activation::withDefaults(FunctionKind::LeakyRelu), Activation::leakyRelu());
    EXPECT_EQ(Activation::withDefaults(FunctionKind::Prelu), Activation::prelu());
    EXPECT_EQ(Activation::withDefaults(FunctionKind::Softplus), Activation::softplus());
    EXPECT_EQ(Activation::selu().alpha(), alab::kSeluAlpha);
    EXPECT_EQ(Activation::selu().lambda(), alab::kSeluLambda);
    EXPECT_EQ(Activation::softplus().threshold(), alab::kDefaultSoftplusThreshold);
    // Kinds without the parameter keep the neutral values the formulas rely on.
    EXPECT_EQ(Activation::relu().slope(), 0.0);
    EXPECT_EQ(Activation::elu(0.5).lambda(), 1.0);
    EXPECT_EQ(Activation::gelu().beta(), 1.0);
    EXPECT_TRUE(std::isinf(Activation::mish().threshold()));
    for (const FunctionDescriptor& d : alab::functionRegistry()) {
        const Activation f = Activation::withDefaults(d.kind);
        ASSERT_EQ(f.parameterValues().size(), d.parameters.size()) << d.id;
        for (std::size_t i = 0; i < d.parameters.size(); ++i)
            EXPECT_EQ(f.parameter(i), d.parameters[i].defaultValue) << d.id;
    }
}

TEST(FunctionRegistry, ValuesOutsideTheDomainAreRefusedByName) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const FunctionDescriptor& d : alab::functionRegistry()) {
        const Activation f = Activation::withDefaults(d.kind);
        for (std::size_t i = 0; i < d.parameters.size(); ++i) {
            const ParameterSpec& spec = d.parameters[i];
            SCOPED_TRACE(std::string(d.id) + "." + std::string(spec.id));
            std::vector<double> bad{nan, inf, -inf};
            if (spec.domain == ParameterDomain::Positive) bad.insert(bad.end(), {0.0, -1.0});
            if (spec.domain == ParameterDomain::NonNegative) bad.push_back(-1e-300);
            for (const double value : bad) {
                try {
                    (void)f.withParameter(i, value);
                    ADD_FAILURE() << "accepted " << value;
                } catch (const alab::ParameterError& error) {
                    EXPECT_EQ(error.field(), spec.id);
                    EXPECT_NE(std::string(error.what()).find(spec.id), std::string::npos) << error.what();
                }
            }
            const Activation changed = f.withParameter(i, spec.sliderMax);
            EXPECT_EQ(changed.parameter(i), spec.sliderMax);
            EXPECT_EQ(changed.kind(), d.kind);
        }
        EXPECT_THROW((void)f.withParameter(d.parameters.size(), 1.0), std::invalid_argument) << d.id;
        const std::vector<double> tooMany(d.parameters.size() + 1, 0.5);
        EXPECT_THROW((void)Activation::make(d.kind, tooMany), std::invalid_argument) << d.id;
    }
}

// The four paths of each description give the same numbers: single values and arrays, in double
// and float, f and f', at every slider end and default (the exactness tests compare them with
// references; this one sees to it that a new description wires all eight).
TEST(FunctionRegistry, ArrayAndSingleValuePathsAgree) {
    std::vector<double> xd;
    for (int i = -400; i <= 400; ++i) xd.push_back(i / 16.0);
    xd.insert(xd.end(), {-1e-300, 1e-300, -1e-8, 1e-8, -700.0, 700.0});
    std::vector<float> xf(xd.begin(), xd.end());
    for (const FunctionDescriptor& d : alab::functionRegistry()) {
        std::vector<Activation> variants{Activation::withDefaults(d.kind)};
        for (std::size_t i = 0; i < d.parameters.size(); ++i) {
            variants.push_back(variants.front().withParameter(i, d.parameters[i].sliderMin));
            variants.push_back(variants.front().withParameter(i, d.parameters[i].sliderMax));
        }
        for (const Activation& f : variants) {
            SCOPED_TRACE(f.formulaPlainText());
            std::vector<double> vd(xd.size()), dd(xd.size());
            std::vector<float> vf(xf.size()), df(xf.size());
            f.values(xd, vd);
            f.derivatives(xd, dd);
            f.values(xf, vf);
            f.derivatives(xf, df);
            for (std::size_t k = 0; k < xd.size(); ++k) {
                const auto same = [](auto a, auto b) { return a == b || (std::isnan(a) && std::isnan(b)); };
                EXPECT_TRUE(same(vd[k], f.value(xd[k]))) << xd[k];
                EXPECT_TRUE(same(dd[k], f.derivative(xd[k]))) << xd[k];
                EXPECT_TRUE(same(vf[k], f.value(xf[k]))) << xf[k];
                EXPECT_TRUE(same(df[k], f.derivative(xf[k]))) << xf[k];
                EXPECT_FALSE(std::isnan(vd[k])) << xd[k];
                EXPECT_FALSE(std::isnan(dd[k])) << xd[k];
            }
            std::vector<double> wrongSize(xd.size() - 1);
            EXPECT_THROW(f.values(xd, wrongSize), std::invalid_argument);
        }
    }
}

TEST(FunctionRegistry, LabelsNameWhatDiffersFromTheDefaults) {
    struct Case {
        Activation f;
        std::string label;
    };
    const std::vector<Case> cases{
        {Activation::elu(), "ELU"},
        {Activation::elu(0.5), "ELU (\u03b1 = 0.5)"},
        {Activation::elu(-0.25), "ELU (\u03b1 = \u22120.25)"},
        {Activation::selu(1.5), "SELU (\u03b1 = 1.5)"},
        {Activation::selu(1.5, 1.0), "SELU (\u03b1 = 1.5, \u03bb = 1)"},
        {Activation::selu(alab::kSeluAlpha, 2.0), "SELU (\u03bb = 2)"},
        {Activation::selu(1.6732632), "SELU (\u03b1 = 1.673)"},
        {Activation::leakyRelu(0.2), "Leaky ReLU (slope = 0.2)"},
        {Activation::softplus(1.0, 10.0), "Softplus (threshold = 10)"},
        {Activation::relu(), "ReLU"},
        {Activation::gelu(), "GELU"},
    };
    for (const Case& c : cases) EXPECT_EQ(c.f.label(), c.label);
    for (const FunctionDescriptor& d : alab::functionRegistry())
        EXPECT_EQ(Activation::withDefaults(d.kind).label(), d.displayName);
}

TEST(FunctionRegistry, ShortestNumbersReadBack) {
    EXPECT_EQ(alab::formatShortest(20.0), "20");
    EXPECT_EQ(alab::formatShortest(0.01), "0.01");
    EXPECT_EQ(alab::formatShortest(alab::kSeluAlpha), "1.6732632423543772");
    EXPECT_EQ(alab::formatShortest(alab::kSeluAlpha, 6), "1.67326");
    EXPECT_EQ(alab::formatShortest(1e-300), "1e-300");
}

}  // namespace
