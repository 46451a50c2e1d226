// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression/rewrites.h"

#include "expression/symbolic.h"

#include <optional>
#include <vector>

namespace alab::expr {

using GiNaC::ex;

namespace {

// By name, not by comparing with GiNaC::log(e.op(0)) and the like: building that evaluates it, and
// log(0) throws (an expression with expm1(0) in it was refused, and GiNaC leaked the half-mapped tree).
bool isGinacFunction(const ex& e, const char* name) {
    return GiNaC::is_exactly_a<GiNaC::function>(e) && e.nops() == 1 &&
           GiNaC::ex_to<GiNaC::function>(e).get_name() == name;
}

bool isExp(const ex& e) { return isGinacFunction(e, "exp"); }

// `e` as k * rest with k the product of the factors free of x.
std::pair<ex, ex> splitFreeFactor(const ex& e, const GiNaC::realsymbol& x) {
    if (!GiNaC::is_exactly_a<GiNaC::mul>(e)) return e.has(x) ? std::pair<ex, ex>{1, e} : std::pair<ex, ex>{e, 1};
    ex k = 1, rest = 1;
    for (const ex& factor : e) (factor.has(x) ? rest : k) *= factor;
    return {k, rest};
}

// -u rather than u (a leading negative coefficient), so that sigmoid'(x) is not printed sigmoid'(-x).
bool isNegativeForm(const ex& u) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(u)) return GiNaC::ex_to<GiNaC::numeric>(u).is_negative();
    if (GiNaC::is_exactly_a<GiNaC::mul>(u)) {
        const ex& last = u.op(u.nops() - 1);
        return GiNaC::is_exactly_a<GiNaC::numeric>(last) && GiNaC::ex_to<GiNaC::numeric>(last).is_negative();
    }
    return false;
}

// erfc(u), or 2 Phi(-w) when u = ±w/sqrt2 (Phi's kernel takes w itself, where u/sqrt2 would round).
ex erfcForm(const ex& u, const GiNaC::realsymbol& x) {
    const auto [k, w] = splitFreeFactor(u, x);
    if (!w.has(x) || !GiNaC::expand(k * k - GiNaC::numeric(1, 2)).is_zero()) return sym_erfc(u);
    const bool positive = GiNaC::ex_to<GiNaC::numeric>(k.evalf()).is_positive();
    return 2 * sym_normal_cdf(positive ? ex(-w) : w);
}

bool cancels(const ex& a, const ex& b) { return GiNaC::normal(a + b).is_zero(); }

// 1 + exp(w): the w, or nullopt.
std::optional<ex> onePlusExp(const ex& e) {
    if (!GiNaC::is_exactly_a<GiNaC::add>(e) || e.nops() != 2) return std::nullopt;
    for (std::size_t i = 0; i < 2; ++i) {
        if (e.op(i).is_equal(1) && isExp(e.op(1 - i))) return e.op(1 - i).op(0);
    }
    return std::nullopt;
}

ex rewriteAdd(const ex& e, const GiNaC::realsymbol& x) {
    ex constant = 0;
    std::vector<ex> terms;
    for (const ex& term : e) (term.has(x) ? terms.emplace_back(term) : constant += term);
    bool changed = false;
    for (ex& term : terms) {
        if (constant.is_zero()) break;
        const auto [k, rest] = splitFreeFactor(term, x);
        std::optional<ex> replacement;
        if (isExp(rest) && cancels(constant, k)) {
            replacement = k * sym_expm1(rest.op(0));
        } else if (isFunction(rest, sym_erf_SERIAL::serial) && cancels(constant, -k)) {
            replacement = k * erfcForm(-rest.op(0), x);
        } else if (isFunction(rest, sym_erf_SERIAL::serial) && cancels(constant, k)) {
            replacement = -k * erfcForm(rest.op(0), x);
        } else if (isFunction(rest, sym_sigmoid_SERIAL::serial) && cancels(constant, k)) {
            replacement = -k * sym_sigmoid(-rest.op(0));
        } else if (GiNaC::is_exactly_a<GiNaC::power>(rest) && rest.op(1).is_equal(2) &&
                   isGinacFunction(rest.op(0), "tanh") && cancels(constant, k)) {
            // tanh'(u) on the tanh kernel: within an ulp where 1/cosh(u)^2 would not be.
            replacement = -k * builtinFunction(FunctionKind::Tanh, 1, rest.op(0).op(0));
        }
        if (replacement) {
            term = *replacement;
            constant = 0;
            changed = true;
        }
    }
    if (!changed) return e;
    ex result = constant;
    for (const ex& term : terms) result += term;
    return result;
}

ex rewriteMul(const ex& e) {
    std::vector<ex> factors(e.begin(), e.end());
    bool changed = false;
    // sigmoid(u) sigmoid(-u) is sigmoid'(u), on its kernel.
    for (std::size_t i = 0; i < factors.size(); ++i) {
        if (!isFunction(factors[i], sym_sigmoid_SERIAL::serial)) continue;
        for (std::size_t j = i + 1; j < factors.size(); ++j) {
            if (isFunction(factors[j], sym_sigmoid_SERIAL::serial) && (factors[i].op(0) + factors[j].op(0)).is_zero()) {
                const ex u = isNegativeForm(factors[i].op(0)) ? factors[j].op(0) : factors[i].op(0);
                factors[i] = builtinFunction(FunctionKind::Sigmoid, 1, u);
                factors[j] = 1;
                changed = true;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < factors.size(); ++i) {
        if (!isExp(factors[i])) continue;
        const ex u = factors[i].op(0);
        for (std::size_t j = 0; j < factors.size(); ++j) {
            if (j == i) continue;
            const bool sigmoidOfMinus =
                isFunction(factors[j], sym_sigmoid_SERIAL::serial) && (factors[j].op(0) + u).is_zero();
            const bool overOnePlus = GiNaC::is_exactly_a<GiNaC::power>(factors[j]) && factors[j].op(1).is_equal(-1) &&
                                     onePlusExp(factors[j].op(0)) && onePlusExp(factors[j].op(0))->is_equal(u);
            if (sigmoidOfMinus || overOnePlus) {
                factors[i] = sym_sigmoid(u);
                factors[j] = 1;
                changed = true;
                break;
            }
        }
    }
    if (!changed) return e;
    ex result = 1;
    for (const ex& f : factors) result *= f;
    return result;
}

class AccuracyRewriter : public GiNaC::map_function {
public:
    explicit AccuracyRewriter(const GiNaC::realsymbol& x) : x_(x) {}
    ex operator()(const ex& e) override {
        const ex inner = e.map(*this);
        if (GiNaC::is_exactly_a<GiNaC::add>(inner)) return rewriteAdd(inner, x_);
        if (GiNaC::is_exactly_a<GiNaC::mul>(inner)) return rewriteMul(inner);
        if (isFunction(inner, sym_erfc_SERIAL::serial)) return erfcForm(inner.op(0), x_);
        if (GiNaC::is_exactly_a<GiNaC::power>(inner) && inner.op(1).is_equal(-1)) {
            if (const auto w = onePlusExp(inner.op(0))) return sym_sigmoid(-*w);
            return inner;
        }
        if (isGinacFunction(inner, "log")) {
            const ex& argument = inner.op(0);
            if (const auto w = onePlusExp(argument)) return sym_softplus(*w);
            if (GiNaC::is_exactly_a<GiNaC::add>(argument)) {
                ex constant = 0;
                for (const ex& term : argument) {
                    if (GiNaC::is_exactly_a<GiNaC::numeric>(term)) constant += term;
                }
                if (constant.is_equal(1)) return sym_log1p(argument - 1);
            }
        }
        return inner;
    }

private:
    const GiNaC::realsymbol& x_;
};

}  // namespace

ex rewriteForAccuracy(const ex& e, const GiNaC::realsymbol& x) {
    AccuracyRewriter rewriter(x);
    return rewriter(e);
}

}  // namespace alab::expr
