// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression/formula_html.h"

#include "expression/symbolic.h"
#include "function_registry.h"

#include <sstream>

namespace alab::expr {

using GiNaC::ex;

namespace {

// Binding strength: a sum inside a product or a power needs parentheses.
enum Level { Sum = 1, Product = 2, Power = 3, Atom = 4 };

const char* const kMinus = "\u2212";

std::string numberHtml(const GiNaC::numeric& n) {
    std::ostringstream s;
    if (n.is_rational()) {
        s << GiNaC::abs(n);
    } else {
        s << GiNaC::abs(n).to_double();
    }
    return s.str();
}

bool isNegativeTerm(const ex& e) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(e)) return GiNaC::ex_to<GiNaC::numeric>(e).is_negative();
    if (GiNaC::is_exactly_a<GiNaC::mul>(e)) {
        const ex& last = e.op(e.nops() - 1);
        return GiNaC::is_exactly_a<GiNaC::numeric>(last) && GiNaC::ex_to<GiNaC::numeric>(last).is_negative();
    }
    return false;
}

Level level(const ex& e) {
    if (GiNaC::is_exactly_a<GiNaC::add>(e)) return Sum;
    if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return Product;
    if (GiNaC::is_exactly_a<GiNaC::numeric>(e)) {
        const auto& n = GiNaC::ex_to<GiNaC::numeric>(e);
        return n.is_negative() ? Sum : (n.is_integer() ? Atom : Product);
    }
    if (GiNaC::is_exactly_a<GiNaC::power>(e)) return Power;
    return Atom;
}

std::string html(const ex& e);

std::string wrapped(const ex& e, Level context) {
    const std::string inner = html(e);
    return level(e) < context ? "(" + inner + ")" : inner;
}

std::string call(const std::string& name, const ex& e) {
    std::string s = name + "(";
    for (std::size_t i = 0; i < e.nops(); ++i) s += (i > 0 ? ", " : "") + html(e.op(i));
    return s + ")";
}

std::string condition(const ex& u, const char* relation) {
    ex numericPart = 0;
    if (GiNaC::is_exactly_a<GiNaC::add>(u)) {
        for (const ex& term : u) {
            if (GiNaC::is_exactly_a<GiNaC::numeric>(term)) numericPart += term;
        }
    }
    return html(u - numericPart) + " " + relation + " " + html(-numericPart);
}

std::string functionHtml(const ex& e) {
    const auto& f = GiNaC::ex_to<GiNaC::function>(e);
    const unsigned serial = f.get_serial();
    if (const auto b = builtinCall(e)) {
        const FunctionDescriptor& d = describe(b->kind);
        std::string name(d.id);
        for (int i = 0; i < b->order; ++i) name += "\u2032";
        std::string s = name + "(" + html(e.op(2));
        for (std::size_t i = 0; i < d.parameters.size(); ++i) s += ", " + html(e.op(3 + i));
        return s + ")";
    }
    if (serial == sym_where_positive_SERIAL::serial || serial == sym_where_nonnegative_SERIAL::serial) {
        const char* relation = serial == sym_where_positive_SERIAL::serial ? "&gt;" : "&ge;";
        return "where(" + condition(e.op(0), relation) + ", " + html(e.op(1)) + ", " + html(e.op(2)) + ")";
    }
    if (serial == sym_abs_SERIAL::serial) return "|" + html(e.op(0)) + "|";
    if (f.get_name() == "exp") {
        const ex& u = e.op(0);
        if (u.is_equal(1)) return "<i>e</i>";
        return "<i>e</i><sup>" + html(u) + "</sup>";
    }
    static const std::map<unsigned, std::string> own{
        {sym_erf_SERIAL::serial, "erf"},          {sym_erfc_SERIAL::serial, "erfc"},
        {sym_normal_cdf_SERIAL::serial, "&Phi;"}, {sym_normal_pdf_SERIAL::serial, "&phi;"},
        {sym_expm1_SERIAL::serial, "expm1"},      {sym_log1p_SERIAL::serial, "log1p"},
        {sym_sigmoid_SERIAL::serial, "&sigma;"},  {sym_softplus_SERIAL::serial, "softplus"},
        {sym_sign_SERIAL::serial, "sign"},
    };
    if (const auto it = own.find(serial); it != own.end()) return call(it->second, e);
    return call(f.get_name(), e);
}

std::string productHtml(const ex& e) {
    std::vector<ex> numerator, denominator;
    GiNaC::numeric coefficient = 1;
    for (const ex& factor : e) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(factor)) {
            coefficient *= GiNaC::ex_to<GiNaC::numeric>(factor);
        } else if (GiNaC::is_exactly_a<GiNaC::power>(factor) && GiNaC::is_exactly_a<GiNaC::numeric>(factor.op(1)) &&
                   GiNaC::ex_to<GiNaC::numeric>(factor.op(1)).is_negative()) {
            denominator.push_back(GiNaC::pow(factor.op(0), -factor.op(1)));
        } else {
            numerator.push_back(factor);
        }
    }
    std::string sign = coefficient.is_negative() ? kMinus : "";
    coefficient = GiNaC::abs(coefficient);
    if (coefficient.is_rational() && !coefficient.denom().is_equal(1)) {
        if (!coefficient.numer().is_equal(1)) numerator.insert(numerator.begin(), coefficient.numer());
        denominator.insert(denominator.begin(), coefficient.denom());
    } else if (!coefficient.is_equal(1)) {
        numerator.insert(numerator.begin(), coefficient);
    }
    auto join = [](const std::vector<ex>& factors, Level context) {
        std::string s;
        for (const ex& factor : factors) s += (s.empty() ? "" : "\u00b7") + wrapped(factor, context);
        return s.empty() ? std::string("1") : s;
    };
    std::string text = join(numerator, Product);
    if (!denominator.empty()) {
        text = (numerator.size() > 1 ? "(" + text + ")" : text) + "/" +
               (denominator.size() > 1 ? "(" + join(denominator, Product) + ")" : join(denominator, Power));
    }
    return sign + text;
}

std::string html(const ex& e) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(e)) {
        const auto& n = GiNaC::ex_to<GiNaC::numeric>(e);
        return (n.is_negative() ? kMinus : "") + numberHtml(n);
    }
    if (GiNaC::is_a<GiNaC::symbol>(e)) return "<i>" + GiNaC::ex_to<GiNaC::symbol>(e).get_name() + "</i>";
    if (GiNaC::is_exactly_a<GiNaC::constant>(e)) return e.is_equal(GiNaC::Pi) ? "&pi;" : "<i>e</i>";
    if (GiNaC::is_exactly_a<GiNaC::add>(e)) {
        std::string s;
        // GiNaC keeps the number last; a sum reads better with it last too.
        for (std::size_t i = 0; i < e.nops(); ++i) {
            const ex& term = e.op(i);
            if (i == 0) {
                s = html(term);
            } else if (isNegativeTerm(term)) {
                s += std::string(" ") + kMinus + " " + wrapped(-term, Product);
            } else {
                s += " + " + wrapped(term, Product);
            }
        }
        return s;
    }
    if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return productHtml(e);
    if (GiNaC::is_exactly_a<GiNaC::power>(e)) {
        const ex& exponent = e.op(1);
        if (exponent.is_equal(GiNaC::numeric(1, 2))) return "\u221a(" + html(e.op(0)) + ")";
        if (GiNaC::is_exactly_a<GiNaC::numeric>(exponent) && GiNaC::ex_to<GiNaC::numeric>(exponent).is_negative()) {
            return "1/" + wrapped(GiNaC::pow(e.op(0), -exponent), Power);
        }
        return wrapped(e.op(0), Atom) + "<sup>" + html(exponent) + "</sup>";
    }
    if (GiNaC::is_exactly_a<GiNaC::function>(e)) return functionHtml(e);
    std::ostringstream s;
    s << e;
    return s.str();
}

}  // namespace

std::string formulaHtml(const ex& e) { return html(e); }

}  // namespace alab::expr
