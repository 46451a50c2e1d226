// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression/symbolic.h"

#include "function_registry.h"

#include <stdexcept>
#include <string>

namespace alab::expr {

using GiNaC::ex;
using GiNaC::print_context;
using GiNaC::print_latex;
using GiNaC::symbol;

namespace {

const ex kTwoOverSqrtPi = 2 / GiNaC::sqrt(GiNaC::Pi);

void printCall(const char* name, const ex& u, const print_context& c) {
    c.s << name << '(';
    u.print(c);
    c.s << ')';
}

void printLatexCall(const char* name, const ex& u, const print_context& c) {
    c.s << "\\operatorname{" << name << "}\\left(";
    u.print(c);
    c.s << "\\right)";
}

#define ALAB_PRINTERS(NAME, TEXT)                                                     \
    void print_##NAME(const ex& u, const print_context& c) { printCall(TEXT, u, c); } \
    void latex_##NAME(const ex& u, const print_context& c) { printLatexCall(TEXT, u, c); }

ALAB_PRINTERS(erf, "erf")
ALAB_PRINTERS(erfc, "erfc")
ALAB_PRINTERS(expm1, "expm1")
ALAB_PRINTERS(log1p, "log1p")
ALAB_PRINTERS(sigmoid, "sigmoid")
ALAB_PRINTERS(softplus, "softplus")
ALAB_PRINTERS(sign, "sign")
#undef ALAB_PRINTERS

void print_normal_cdf(const ex& u, const print_context& c) { printCall("Phi", u, c); }
void latex_normal_cdf(const ex& u, const print_context& c) {
    c.s << "\\Phi\\left(";
    u.print(c);
    c.s << "\\right)";
}
void print_normal_pdf(const ex& u, const print_context& c) { printCall("phi", u, c); }
void latex_normal_pdf(const ex& u, const print_context& c) {
    c.s << "\\varphi\\left(";
    u.print(c);
    c.s << "\\right)";
}

void print_abs(const ex& u, const print_context& c) { printCall("abs", u, c); }
void latex_abs(const ex& u, const print_context& c) {
    c.s << "\\left|";
    u.print(c);
    c.s << "\\right|";
}

ex eval_abs(const ex& u) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(u)) return GiNaC::abs(u);
    return sym_abs(u).hold();
}

ex eval_sign(const ex& u) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(u)) {
        const auto& n = GiNaC::ex_to<GiNaC::numeric>(u);
        if (n.is_real()) return n.is_zero() ? ex(0) : ex(n.is_positive() ? 1 : -1);
    }
    return sym_sign(u).hold();
}

ex d_erf(const ex& u, const symbol& s) { return kTwoOverSqrtPi * GiNaC::exp(-GiNaC::pow(u, 2)) * u.diff(s); }
ex d_erfc(const ex& u, const symbol& s) { return -kTwoOverSqrtPi * GiNaC::exp(-GiNaC::pow(u, 2)) * u.diff(s); }
ex d_normal_cdf(const ex& u, const symbol& s) { return sym_normal_pdf(u) * u.diff(s); }
ex d_normal_pdf(const ex& u, const symbol& s) { return -u * sym_normal_pdf(u) * u.diff(s); }
ex d_expm1(const ex& u, const symbol& s) { return GiNaC::exp(u) * u.diff(s); }
ex d_log1p(const ex& u, const symbol& s) { return u.diff(s) / (1 + u); }
ex d_sigmoid(const ex& u, const symbol& s) { return sym_sigmoid(u) * sym_sigmoid(-u) * u.diff(s); }
ex d_softplus(const ex& u, const symbol& s) { return sym_sigmoid(u) * u.diff(s); }
ex d_abs(const ex& u, const symbol& s) { return sym_sign(u) * u.diff(s); }
ex d_sign(const ex&, const symbol&) { return 0; }

// A where() with a numeric condition is its branch; equal branches need no condition.
template <bool orEqual>
ex evalWhere(const ex& u, const ex& a, const ex& b, unsigned serial) {
    if (a.is_equal(b)) return a;
    if (GiNaC::is_exactly_a<GiNaC::numeric>(u)) {
        const auto& n = GiNaC::ex_to<GiNaC::numeric>(u);
        if (n.is_real()) return (n.is_positive() || (orEqual && n.is_zero())) ? a : b;
    }
    return GiNaC::function(serial, u, a, b).hold();
}

ex eval_where_positive(const ex& u, const ex& a, const ex& b) {
    return evalWhere<false>(u, a, b, sym_where_positive_SERIAL::serial);
}
ex eval_where_nonnegative(const ex& u, const ex& a, const ex& b) {
    return evalWhere<true>(u, a, b, sym_where_nonnegative_SERIAL::serial);
}
// The derivative of a where() is the where() of the branches' derivatives: the condition's
// switch point is a kink (handled by the kink finder), not a Dirac delta.
ex d_where_positive(const ex& u, const ex& a, const ex& b, const symbol& s) {
    return sym_where_positive(u, a.diff(s), b.diff(s));
}
ex d_where_nonnegative(const ex& u, const ex& a, const ex& b, const symbol& s) {
    return sym_where_nonnegative(u, a.diff(s), b.diff(s));
}

// "u > 0" printed as "x > 1" when u = x - 1.
void printCondition(const ex& u, const char* relation, const print_context& c) {
    ex lhs = u, rhs = 0;
    if (GiNaC::is_exactly_a<GiNaC::add>(u)) {
        ex numericPart = 0;
        for (const ex& term : u) {
            if (GiNaC::is_exactly_a<GiNaC::numeric>(term)) numericPart += term;
        }
        lhs = u - numericPart;
        rhs = -numericPart;
    }
    lhs.print(c);
    c.s << ' ' << relation << ' ';
    rhs.print(c);
}

template <bool orEqual>
void printWhere(const ex& u, const ex& a, const ex& b, const print_context& c) {
    c.s << "where(";
    printCondition(u, orEqual ? ">=" : ">", c);
    c.s << ", ";
    a.print(c);
    c.s << ", ";
    b.print(c);
    c.s << ')';
}

template <bool orEqual>
void latexWhere(const ex& u, const ex& a, const ex& b, const print_context& c) {
    c.s << "\\begin{cases}";
    a.print(c);
    c.s << " & ";
    printCondition(u, orEqual ? "\\geq" : ">", c);
    c.s << "\\\\ ";
    b.print(c);
    c.s << " & \\text{otherwise}\\end{cases}";
}

void print_where_positive(const ex& u, const ex& a, const ex& b, const print_context& c) {
    printWhere<false>(u, a, b, c);
}
void print_where_nonnegative(const ex& u, const ex& a, const ex& b, const print_context& c) {
    printWhere<true>(u, a, b, c);
}
void latex_where_positive(const ex& u, const ex& a, const ex& b, const print_context& c) {
    latexWhere<false>(u, a, b, c);
}
void latex_where_nonnegative(const ex& u, const ex& a, const ex& b, const print_context& c) {
    latexWhere<true>(u, a, b, c);
}

const FunctionDescriptor& builtinDescriptor(const ex& kind) {
    return describe(static_cast<FunctionKind>(GiNaC::ex_to<GiNaC::numeric>(kind).to_int() - 1));
}

ex d_builtin(const ex& kind, const ex& order, const ex& u, const ex& p0, const ex& p1, const symbol& s) {
    const int n = GiNaC::ex_to<GiNaC::numeric>(order).to_int();
    const FunctionKind k = builtinDescriptor(kind).kind;
    // tanh' and sigmoid' (which the accuracy rewrites make) have a third derivative in closed
    // form, as products without cancellation: tanh''' = -2 (tanh'^2 + tanh tanh''),
    // sigmoid''' = -sigmoid'' tanh(u/2) - sigmoid' tanh'(u/2) / 2.
    if (n == 2 && k == FunctionKind::Tanh) {
        return -2 * (GiNaC::pow(builtinFunction(k, 1, u), 2) + GiNaC::tanh(u) * builtinFunction(k, 2, u)) * u.diff(s);
    }
    if (n == 2 && k == FunctionKind::Sigmoid) {
        return -(builtinFunction(k, 2, u) * GiNaC::tanh(u / 2) +
                 builtinFunction(k, 1, u) * builtinFunction(FunctionKind::Tanh, 1, u / 2) / 2) *
               u.diff(s);
    }
    if (n >= 2) {
        throw std::domain_error("the third derivative of " + std::string(builtinDescriptor(kind).id) +
                                " is not available");
    }
    if (p0.has(s) || p1.has(s)) {
        throw std::domain_error("the parameters of " + std::string(builtinDescriptor(kind).id) +
                                " must not depend on x");
    }
    return sym_builtin(kind, n + 1, u, p0, p1) * u.diff(s);
}

template <bool latex>
void printBuiltin(const ex& kind, const ex& order, const ex& u, const ex& p0, const ex& p1, const print_context& c) {
    const FunctionDescriptor& d = builtinDescriptor(kind);
    const int n = GiNaC::ex_to<GiNaC::numeric>(order).to_int();
    if (latex) {
        c.s << "\\operatorname{" << d.displayName << "}";
    } else {
        c.s << d.id;
    }
    for (int i = 0; i < n; ++i) c.s << (latex ? "'" : "'");
    c.s << (latex ? "\\left(" : "(");
    u.print(c);
    const ex parameters[] = {p0, p1};
    for (std::size_t i = 0; i < d.parameters.size(); ++i) {
        c.s << ", ";
        parameters[i].print(c);
    }
    c.s << (latex ? "\\right)" : ")");
}

void print_builtin(const ex& k, const ex& n, const ex& u, const ex& p0, const ex& p1, const print_context& c) {
    printBuiltin<false>(k, n, u, p0, p1, c);
}
void latex_builtin(const ex& k, const ex& n, const ex& u, const ex& p0, const ex& p1, const print_context& c) {
    printBuiltin<true>(k, n, u, p0, p1, c);
}

}  // namespace

REGISTER_FUNCTION(
    sym_erf, expl_derivative_func(d_erf).print_func<GiNaC::print_dflt>(print_erf).print_func<print_latex>(latex_erf))
REGISTER_FUNCTION(
    sym_erfc,
    expl_derivative_func(d_erfc).print_func<GiNaC::print_dflt>(print_erfc).print_func<print_latex>(latex_erfc))
REGISTER_FUNCTION(sym_normal_cdf, expl_derivative_func(d_normal_cdf)
                                      .print_func<GiNaC::print_dflt>(print_normal_cdf)
                                      .print_func<print_latex>(latex_normal_cdf))
REGISTER_FUNCTION(sym_normal_pdf, expl_derivative_func(d_normal_pdf)
                                      .print_func<GiNaC::print_dflt>(print_normal_pdf)
                                      .print_func<print_latex>(latex_normal_pdf))
REGISTER_FUNCTION(
    sym_expm1,
    expl_derivative_func(d_expm1).print_func<GiNaC::print_dflt>(print_expm1).print_func<print_latex>(latex_expm1))
REGISTER_FUNCTION(
    sym_log1p,
    expl_derivative_func(d_log1p).print_func<GiNaC::print_dflt>(print_log1p).print_func<print_latex>(latex_log1p))
REGISTER_FUNCTION(
    sym_sigmoid,
    expl_derivative_func(d_sigmoid).print_func<GiNaC::print_dflt>(print_sigmoid).print_func<print_latex>(latex_sigmoid))
REGISTER_FUNCTION(sym_softplus, expl_derivative_func(d_softplus)
                                    .print_func<GiNaC::print_dflt>(print_softplus)
                                    .print_func<print_latex>(latex_softplus))
REGISTER_FUNCTION(sym_abs, eval_func(eval_abs)
                               .expl_derivative_func(d_abs)
                               .print_func<GiNaC::print_dflt>(print_abs)
                               .print_func<print_latex>(latex_abs))
REGISTER_FUNCTION(sym_sign, eval_func(eval_sign)
                                .expl_derivative_func(d_sign)
                                .print_func<GiNaC::print_dflt>(print_sign)
                                .print_func<print_latex>(latex_sign))
REGISTER_FUNCTION(sym_where_positive, eval_func(eval_where_positive)
                                          .expl_derivative_func(d_where_positive)
                                          .print_func<GiNaC::print_dflt>(print_where_positive)
                                          .print_func<print_latex>(latex_where_positive))
REGISTER_FUNCTION(sym_where_nonnegative, eval_func(eval_where_nonnegative)
                                             .expl_derivative_func(d_where_nonnegative)
                                             .print_func<GiNaC::print_dflt>(print_where_nonnegative)
                                             .print_func<print_latex>(latex_where_nonnegative))
REGISTER_FUNCTION(
    sym_builtin,
    expl_derivative_func(d_builtin).print_func<GiNaC::print_dflt>(print_builtin).print_func<print_latex>(latex_builtin))

ex builtinFunction(FunctionKind kind, int order, const ex& u, const ex& p0, const ex& p1) {
    return sym_builtin(static_cast<int>(kind) + 1, order, u, p0, p1);
}

bool isFunction(const ex& e, unsigned serial) {
    return GiNaC::is_exactly_a<GiNaC::function>(e) && GiNaC::ex_to<GiNaC::function>(e).get_serial() == serial;
}

std::optional<BuiltinCall> builtinCall(const ex& e) {
    if (!isFunction(e, sym_builtin_SERIAL::serial)) return std::nullopt;
    return BuiltinCall{static_cast<FunctionKind>(GiNaC::ex_to<GiNaC::numeric>(e.op(0)).to_int() - 1),
                       GiNaC::ex_to<GiNaC::numeric>(e.op(1)).to_int()};
}

}  // namespace alab::expr
