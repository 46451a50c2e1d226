// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression/compiler.h"

#include "expression/symbolic.h"
#include "function_registry.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

namespace alab::expr {

using GiNaC::ex;

namespace {

class Compiler {
public:
    Compiler(const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters) : x_(x), parameters_(parameters) {}

    Program finish(const ex& e) {
        const std::uint16_t result = node(e);
        return allocate(result);
    }

private:
    std::uint16_t emit(Instruction in) {
        in.target = static_cast<std::uint16_t>(code_.size());
        code_.push_back(in);
        return in.target;
    }
    std::uint16_t emit(Op op, std::uint16_t a = 0, std::uint16_t b = 0, std::uint16_t c = 0) {
        Instruction in;
        in.op = op;
        in.a = a;
        in.b = b;
        in.c = c;
        return emit(in);
    }
    std::uint16_t constant(const ex& value) {
        GiNaC::Digits = 40;
        const ex numeric = value.evalf();
        const auto& n = GiNaC::ex_to<GiNaC::numeric>(numeric);
        Instruction in;
        in.op = Op::Constant;
        in.constant = n.to_double();
        // Beyond the doubles (2^-1100 in a denominator as 2^1100, exp(1000)): +-inf, as double
        // arithmetic has it; GiNaC cannot hold inf to take the rest from.
        if (std::isfinite(in.constant))
            in.constantLow = GiNaC::ex_to<GiNaC::numeric>((n - GiNaC::numeric(in.constant)).evalf()).to_double();
        return emit(in);
    }
    std::uint16_t constant(double value) { return constant(ex(GiNaC::numeric(value))); }

    bool isConstant(const ex& e) const {
        if (e.has(x_)) return false;
        for (const NamedSymbol& p : parameters_) {
            if (e.has(p.symbol)) return false;
        }
        return GiNaC::is_exactly_a<GiNaC::numeric>(e.evalf()) && GiNaC::ex_to<GiNaC::numeric>(e.evalf()).is_real();
    }

    std::uint16_t node(const ex& e) {
        if (const auto seen = cache_.find(e); seen != cache_.end()) return seen->second;
        const std::uint16_t r = build(e);
        cache_.emplace(e, r);
        return r;
    }

    std::uint16_t build(const ex& e) {
        if (code_.size() > kMaxInstructions) throw ExpressionError(0, "the expression is too large to evaluate");
        if (isConstant(e)) return constant(e);
        if (e.is_equal(x_)) return emit(Op::X);
        for (std::size_t i = 0; i < parameters_.size(); ++i) {
            if (e.is_equal(parameters_[i].symbol)) {
                Instruction in;
                in.op = Op::Parameter;
                in.integer = static_cast<int>(i);
                return emit(in);
            }
        }
        if (GiNaC::is_exactly_a<GiNaC::add>(e)) {
            std::uint16_t sum = node(e.op(0));
            for (std::size_t i = 1; i < e.nops(); ++i) {
                const ex& term = e.op(i);
                // t - u rather than t + (-1)*u.
                if (GiNaC::is_exactly_a<GiNaC::mul>(term) && term.op(term.nops() - 1).is_equal(-1)) {
                    sum = emit(Op::Sub, sum, node(-term));
                } else {
                    sum = emit(Op::Add, sum, node(term));
                }
            }
            return sum;
        }
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return product(e);
        if (GiNaC::is_exactly_a<GiNaC::power>(e)) return power(e.op(0), e.op(1));
        if (GiNaC::is_exactly_a<GiNaC::function>(e)) return function(e);
        throw ExpressionError(0, "cannot evaluate '" + text(e) + "'");
    }

    std::uint16_t product(const ex& e) {
        // Factors with negative exponents go to a denominator: a*b/(c*d), one division.
        ex numerator = 1, denominator = 1;
        bool negate = false;
        for (const ex& factor : e) {
            if (factor.is_equal(-1)) {
                negate = !negate;
            } else if (GiNaC::is_exactly_a<GiNaC::power>(factor) && GiNaC::is_exactly_a<GiNaC::numeric>(factor.op(1)) &&
                       GiNaC::ex_to<GiNaC::numeric>(factor.op(1)).is_negative()) {
                denominator *= GiNaC::pow(factor.op(0), -factor.op(1));
            } else if (GiNaC::is_exactly_a<GiNaC::numeric>(factor) &&
                       GiNaC::ex_to<GiNaC::numeric>(factor).is_rational() &&
                       !GiNaC::ex_to<GiNaC::numeric>(factor).is_integer()) {
                // 3/4 x as 3 x / 4: exact numerator and denominator, one rounding.
                const auto& q = GiNaC::ex_to<GiNaC::numeric>(factor);
                numerator *= q.numer();
                denominator *= q.denom();
            } else {
                numerator *= factor;
            }
        }
        std::uint16_t r = factors(numerator);
        if (!denominator.is_equal(1)) r = emit(Op::Div, r, factors(denominator));
        return negate ? emit(Op::Neg, r) : r;
    }

    std::uint16_t factors(const ex& e) {
        if (!GiNaC::is_exactly_a<GiNaC::mul>(e)) return node(e);
        std::uint16_t r = node(e.op(0));
        for (std::size_t i = 1; i < e.nops(); ++i) r = emit(Op::Mul, r, node(e.op(i)));
        return r;
    }

    std::uint16_t power(const ex& base, const ex& exponent) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(exponent)) {
            const auto& n = GiNaC::ex_to<GiNaC::numeric>(exponent);
            if (n.is_integer() && n.is_negative()) return emit(Op::Div, constant(1.0), power(base, -exponent));
            if (n.is_equal(1)) return node(base);
            if (n.is_equal(2)) return emit(Op::Square, node(base));
            if (n.is_integer() && n.to_long() <= 64) {
                Instruction in;
                in.op = Op::PowInt;
                in.a = node(base);
                in.integer = n.to_int();
                return emit(in);
            }
            if (n.is_equal(GiNaC::numeric(1, 2))) return emit(Op::Sqrt, node(base));
            if (n.is_equal(GiNaC::numeric(-1, 2))) return emit(Op::Div, constant(1.0), emit(Op::Sqrt, node(base)));
        }
        return emit(Op::Pow, node(base), node(exponent));
    }

    std::uint16_t function(const ex& e) {
        const auto& f = GiNaC::ex_to<GiNaC::function>(e);
        const unsigned serial = f.get_serial();
        if (const auto call = builtinCall(e)) {
            Instruction in;
            in.op = Op::Builtin;
            in.a = node(e.op(2));
            in.b = node(e.op(3));
            in.c = node(e.op(4));
            in.integer = static_cast<int>(call->kind);
            in.order = call->order;
            return emit(in);
        }
        if (serial == sym_where_positive_SERIAL::serial || serial == sym_where_nonnegative_SERIAL::serial) {
            return emit(serial == sym_where_positive_SERIAL::serial ? Op::WherePositive : Op::WhereNonnegative,
                        node(e.op(0)), node(e.op(1)), node(e.op(2)));
        }
        static const std::map<unsigned, Op> own{
            {sym_erf_SERIAL::serial, Op::Erf},
            {sym_erfc_SERIAL::serial, Op::Erfc},
            {sym_normal_cdf_SERIAL::serial, Op::NormalCdf},
            {sym_normal_pdf_SERIAL::serial, Op::NormalPdf},
            {sym_expm1_SERIAL::serial, Op::Expm1},
            {sym_log1p_SERIAL::serial, Op::Log1p},
            {sym_sigmoid_SERIAL::serial, Op::Sigmoid},
            {sym_softplus_SERIAL::serial, Op::Softplus},
            {sym_abs_SERIAL::serial, Op::Abs},
            {sym_sign_SERIAL::serial, Op::Sign},
        };
        if (const auto it = own.find(serial); it != own.end()) return emit(it->second, node(e.op(0)));
        static const std::map<std::string, Op> ginac{
            {"exp", Op::Exp}, {"log", Op::Log},   {"sin", Op::Sin},   {"cos", Op::Cos},
            {"tan", Op::Tan}, {"sinh", Op::Sinh}, {"cosh", Op::Cosh}, {"tanh", Op::Tanh},
        };
        if (const auto it = ginac.find(f.get_name()); it != ginac.end() && e.nops() == 1) {
            return emit(it->second, node(e.op(0)));
        }
        throw ExpressionError(0, "cannot evaluate '" + text(e) + "'");
    }

    static std::string text(const ex& e) {
        std::ostringstream s;
        s << e;
        return s.str();
    }

    // Each value gets a register that is free again after its last use.
    Program allocate(std::uint16_t result) {
        std::vector<std::size_t> lastUse(code_.size(), 0);
        auto uses = [](const Instruction& in) {
            std::vector<std::uint16_t> u;
            switch (in.op) {
            case Op::Constant:
            case Op::X:
            case Op::Parameter: break;
            case Op::Add:
            case Op::Sub:
            case Op::Mul:
            case Op::Div:
            case Op::Pow: u = {in.a, in.b}; break;
            case Op::WherePositive:
            case Op::WhereNonnegative:
            case Op::Builtin: u = {in.a, in.b, in.c}; break;
            default: u = {in.a}; break;
            }
            return u;
        };
        for (std::size_t i = 0; i < code_.size(); ++i) {
            for (const std::uint16_t operand : uses(code_[i])) lastUse[operand] = i;
        }
        lastUse[result] = code_.size();
        std::vector<std::uint16_t> physical(code_.size(), 0), freeList;
        std::uint16_t registers = 0;
        std::vector<Instruction> out = code_;
        for (std::size_t i = 0; i < code_.size(); ++i) {
            Instruction& in = out[i];
            const auto operands = uses(code_[i]);
            std::uint16_t* fields[] = {&in.a, &in.b, &in.c};
            for (std::size_t k = 0; k < operands.size(); ++k) *fields[k] = physical[operands[k]];
            // Operands used for the last time here free their registers; the target may take
            // one of them (every operation reads element i before it writes element i).
            for (const std::uint16_t operand : operands) {
                if (lastUse[operand] == i &&
                    std::find(freeList.begin(), freeList.end(), physical[operand]) == freeList.end())
                    freeList.push_back(physical[operand]);
            }
            std::uint16_t target;
            if (!freeList.empty()) {
                target = freeList.back();
                freeList.pop_back();
            } else {
                target = registers++;
            }
            physical[i] = target;
            in.target = target;
            if (lastUse[i] <= i && i != result) freeList.push_back(target);  // never read
        }
        return Program(std::move(out), physical[result], std::max<std::uint16_t>(registers, 1));
    }

    const GiNaC::realsymbol& x_;
    std::span<const NamedSymbol> parameters_;
    std::vector<Instruction> code_;
    std::map<ex, std::uint16_t, GiNaC::ex_is_less> cache_;
};

class SwitchCollector : public GiNaC::visitor, public GiNaC::function::visitor {
public:
    std::vector<ex> arguments;
    void visit(const GiNaC::function& f) override {
        const ex e = f;
        const unsigned serial = f.get_serial();
        if (serial == sym_where_positive_SERIAL::serial || serial == sym_where_nonnegative_SERIAL::serial ||
            serial == sym_abs_SERIAL::serial || serial == sym_sign_SERIAL::serial) {
            add(e.op(0));
        } else if (const auto call = builtinCall(e)) {
            if (call->kind == FunctionKind::Softplus) {
                add(e.op(2) * e.op(3) - e.op(4));  // beta u > threshold
            } else if (describe(call->kind).properties.smoothness(Activation::withDefaults(call->kind)) !=
                       Smoothness::CInfinity) {
                add(e.op(2));
            }
        }
    }

private:
    void add(const ex& u) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(u)) return;
        for (const ex& known : arguments) {
            if (known.is_equal(u)) return;
        }
        arguments.push_back(u);
    }
};

class InstructionCounter {
public:
    InstructionCounter(const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters, std::size_t limit)
        : x_(x), parameters_(parameters), limit_(limit) {}

    void count(const ex& e) {
        if (total_ > limit_ || !seen_.insert(e).second) return;
        if (!e.has(x_) && std::none_of(parameters_.begin(), parameters_.end(),
                                       [&](const NamedSymbol& p) { return e.has(p.symbol); })) {
            ++total_;
            return;
        }
        const std::size_t n = e.nops();
        total_ += GiNaC::is_exactly_a<GiNaC::add>(e) || GiNaC::is_exactly_a<GiNaC::mul>(e) ? (n > 0 ? n - 1 : 0) : 1;
        for (std::size_t i = 0; i < n; ++i) count(e.op(i));
    }
    std::size_t total() const { return total_; }

private:
    const GiNaC::realsymbol& x_;
    std::span<const NamedSymbol> parameters_;
    std::size_t limit_;
    std::size_t total_ = 0;
    std::set<ex, GiNaC::ex_is_less> seen_;
};

}  // namespace

std::size_t estimateInstructions(const ex& e, const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters,
                                 std::size_t limit) {
    InstructionCounter counter(x, parameters, limit);
    counter.count(e);
    return counter.total();
}

Program compile(const ex& e, const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters) {
    Compiler compiler(x, parameters);
    return compiler.finish(e);
}

std::vector<ex> switchArguments(const ex& e) {
    SwitchCollector collector;
    e.traverse_preorder(collector);
    return collector.arguments;
}

}  // namespace alab::expr
