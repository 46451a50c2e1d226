// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression/program.h"

#include "function_registry.h"
#include "kernels/kernels.h"
#include "smooth_functions.h"

#include <quadmath.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace alab::expr {

namespace {

constexpr std::size_t kBlock = 256;
// Arrays from this length on run a where()'s branches on their own lanes (below, the analysis costs
// more than it saves).
constexpr std::size_t kMaskedFrom = 64;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// softplus(u) = log(1 + e^u): the built-in with beta 1 and a threshold no finite input reaches.
const Activation& plainSoftplus() {
    static const Activation f = Activation::softplus(1.0, std::numeric_limits<double>::max());
    return f;
}
const Activation& plainTanh() {
    static const Activation f = Activation::tanh();
    return f;
}
const Activation& plainSigmoid() {
    static const Activation f = Activation::sigmoid();
    return f;
}

std::optional<Activation> builtinAt(const Instruction& in, double p0, double p1) {
    const FunctionKind kind = static_cast<FunctionKind>(in.integer);
    const std::array<double, 2> values{p0, p1};
    try {
        return Activation::make(kind, std::span(values.data(), describe(kind).parameters.size()));
    } catch (const std::invalid_argument&) {
        return std::nullopt;  // a parameter outside the built-in's domain: no curve
    }
}

void builtinOrder(const Activation& f, int order, std::span<const double> u, std::span<double> out) {
    switch (order) {
    case 0: f.values(u, out); break;
    case 1: f.derivatives(u, out); break;
    default: f.secondDerivatives(u, out); break;
    }
}

template <class F>
void unaryLoop(const double* a, double* out, std::size_t n, F f) {
    for (std::size_t i = 0; i < n; ++i) out[i] = f(a[i]);
}

template <class F>
void whereLoop(const double* a, const double* b, const double* c, double* out, std::size_t n, F condition) {
    for (std::size_t i = 0; i < n; ++i) {
        const double p = a[i], q = b[i], r = c[i];
        out[i] = condition(p) ? q : r;
    }
}

template <class F>
void binaryLoop(const double* a, const double* b, double* out, std::size_t n, F f) {
    for (std::size_t i = 0; i < n; ++i) out[i] = f(a[i], b[i]);
}

double powInt(double base, int exponent) { return std::pow(base, static_cast<double>(exponent)); }

Quad normalCdfQuad(Quad u) { return erfcq(-u / sqrtq(2)) / 2; }
Quad normalPdfQuad(Quad u) { return expq(-u * u / 2) / sqrtq(2 * acosq(-1)); }

// Phi and phi on their kernels; the inputs the kernels hand back (the far tails and nan, given
// back as they are, so that t may alias a) from the quad formulas, rounded once.
void exps(const double* a, double* t, std::size_t n) { kernels::expValues(std::span(a, n), std::span(t, n)); }
void expm1s(const double* a, double* t, std::size_t n) { kernels::expm1Values(std::span(a, n), std::span(t, n)); }
void normalCdfs(const double* a, double* t, std::size_t n) {
    if (!kernels::normalCdfValues(std::span(a, n), std::span(t, n))) return;
    for (std::size_t i = 0; i < n; ++i) {
        if (!(t[i] >= kernels::kGeluKernelFloor)) t[i] = static_cast<double>(normalCdfQuad(t[i]));
    }
}
void normalPdfs(const double* a, double* t, std::size_t n) {
    if (!kernels::normalPdfValues(std::span(a, n), std::span(t, n))) return;
    for (std::size_t i = 0; i < n; ++i) {
        if (!(std::fabs(t[i]) <= kernels::kNormalPdfKernelLimit)) t[i] = static_cast<double>(normalPdfQuad(t[i]));
    }
}

Quad sigmoidQuad(Quad u) { return u >= 0 ? 1 / (1 + expq(-u)) : expq(u) / (1 + expq(u)); }
Quad softplusQuad(Quad u) { return u > 0 ? u + log1pq(expq(-u)) : log1pq(expq(u)); }

// The built-ins in quad precision: the piecewise ones by their formulas, the smooth family through
// its quad-precision path (f, f') or, for f'', the double kernel (within a few ulp).
Quad builtinQuad(const Activation& f, int order, Quad u) {
    const double ud = static_cast<double>(u);
    auto piecewise = [&](Quad scale, Quad negative, Quad negativeD, Quad negativeD2) -> Quad {
        if (order == 0) return u > 0 ? scale * u : negative;
        if (order == 1) return u > 0 ? scale : negativeD;
        return u > 0 ? 0 : negativeD2;
    };
    switch (f.kind()) {
    case FunctionKind::Relu: return piecewise(1, 0, 0, 0);
    case FunctionKind::LeakyRelu:
    case FunctionKind::Prelu: {
        const Quad s = f.slope();
        return piecewise(1, s * u, s, 0);
    }
    case FunctionKind::Elu:
    case FunctionKind::Selu: {
        const Quad a = f.alpha(), l = f.kind() == FunctionKind::Selu ? Quad(f.lambda()) : Quad(1);
        return piecewise(l, l * a * expm1q(u), l * a * expq(u), l * a * expq(u));
    }
    case FunctionKind::Celu: {
        const Quad a = f.alpha();
        return piecewise(1, a * expm1q(u / a), expq(u / a), expq(u / a) / a);
    }
    default: break;
    }
    if (order == 0) return smooth::valueQuad(f, ud);
    if (order == 1) return smooth::derivativeQuad(f, ud);
    return f.secondDerivative(ud);
}

// The registers an instruction reads, with the operand each is (0 = a, 1 = b, 2 = c).
int operandCount(Op op) {
    switch (op) {
    case Op::Constant:
    case Op::X:
    case Op::Parameter: return 0;
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Pow: return 2;
    case Op::WherePositive:
    case Op::WhereNonnegative:
    case Op::Builtin: return 3;
    default: return 1;
    }
}

bool isWhere(Op op) { return op == Op::WherePositive || op == Op::WhereNonnegative; }

// The scalar libm calls, worth running on a branch's lanes alone, and Phi and phi, whose far tails
// go to quad precision (the other branch's lanes must not). exp and expm1 cost less on the whole
// block than gathering the lanes (typed ELU: 1.2-1.8x the built-in against 3.0x gathered).
bool isCostlyCall(Op op) {
    switch (op) {
    case Op::PowInt:
    case Op::Pow:
    case Op::Log:
    case Op::Log1p:
    case Op::Sin:
    case Op::Cos:
    case Op::Tan:
    case Op::Sinh:
    case Op::Cosh:
    case Op::Erf:
    case Op::Erfc:
    case Op::NormalCdf:
    case Op::NormalPdf: return true;
    default: return false;
    }
}

// For each instruction, the where() branch that alone reads its value (directly or through other
// such instructions), as 2 * where + (0 for b, 1 for c), or -1: expm1(x) in where(x > 0, x,
// expm1(x)) is needed where x <= 0 only. The where's condition must come first (it selects the lanes).
void findBranchOnly(const std::vector<Instruction>& code, std::uint16_t result, std::vector<std::int32_t>& branch) {
    constexpr std::int32_t kNone = -1, kUnused = -2;
    const std::size_t size = code.size();
    thread_local std::vector<std::int32_t> lastDefinition, conditionAt;
    thread_local std::vector<std::pair<std::int32_t, std::int32_t>> uses;  // (reader, operand) per producer
    thread_local std::vector<std::int32_t> firstUse, nextUse;
    std::uint16_t registers = result;
    for (const Instruction& in : code) registers = std::max({registers, in.target, in.a, in.b, in.c});
    lastDefinition.assign(static_cast<std::size_t>(registers) + 1, kNone);
    conditionAt.assign(size, kNone);
    uses.clear();
    nextUse.clear();
    firstUse.assign(size, kNone);
    for (std::size_t k = 0; k < size; ++k) {
        const Instruction& in = code[k];
        const std::uint16_t operands[] = {in.a, in.b, in.c};
        for (int o = 0; o < operandCount(in.op); ++o) {
            const std::int32_t producer = lastDefinition[operands[o]];
            if (producer < 0) continue;
            if (o == 0 && isWhere(in.op)) conditionAt[k] = producer;
            uses.emplace_back(static_cast<std::int32_t>(k), o);
            nextUse.push_back(firstUse[static_cast<std::size_t>(producer)]);
            firstUse[static_cast<std::size_t>(producer)] = static_cast<std::int32_t>(uses.size() - 1);
        }
        lastDefinition[in.target] = static_cast<std::int32_t>(k);
    }
    branch.assign(size, kNone);
    const std::int32_t resultAt = lastDefinition[result];
    for (std::size_t k = size; k-- > 0;) {
        if (static_cast<std::int32_t>(k) == resultAt) continue;
        std::int32_t common = kUnused;
        for (std::int32_t u = firstUse[k]; u != kNone && common != kNone; u = nextUse[static_cast<std::size_t>(u)]) {
            const auto [reader, operand] = uses[static_cast<std::size_t>(u)];
            const Instruction& r = code[static_cast<std::size_t>(reader)];
            std::int32_t b = kNone;
            if (isWhere(r.op) && operand > 0) {
                b = 2 * reader + (operand - 1);
            } else {
                b = branch[static_cast<std::size_t>(reader)];
            }
            common = common == kUnused || common == b ? b : kNone;
        }
        // The lanes are known once the condition is: it must be computed before this instruction.
        if (common >= 0 && conditionAt[static_cast<std::size_t>(common / 2)] > static_cast<std::int32_t>(k))
            common = kNone;
        branch[k] = common >= 0 ? common : kNone;
    }
}

// The lanes (indices) of a block where a where() takes branch c (otherwise b); NaN takes c.
std::size_t branchLanes(Op op, bool otherwise, const double* condition, std::size_t n, std::uint32_t* lanes) {
    std::size_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool first = op == Op::WherePositive ? condition[i] > 0 : condition[i] >= 0;
        lanes[m] = static_cast<std::uint32_t>(i);
        m += first != otherwise ? 1 : 0;
    }
    return m;
}

// A costly operation on the given lanes only (the others keep whatever t held: no branch reads them).
void maskedCall(const Instruction& in, const double* a, const double* b, double* t, const std::uint32_t* lanes,
                std::size_t m) {
    auto each = [&](auto f) {
        for (std::size_t j = 0; j < m; ++j) t[lanes[j]] = f(a[lanes[j]]);
    };
    // An array kernel on the lanes gathered into one run.
    auto gathered = [&](auto kernel) {
        thread_local std::array<double, kBlock> gatheredIn, gatheredOut;
        for (std::size_t j = 0; j < m; ++j) gatheredIn[j] = a[lanes[j]];
        kernel(gatheredIn.data(), gatheredOut.data(), m);
        for (std::size_t j = 0; j < m; ++j) t[lanes[j]] = gatheredOut[j];
    };
    switch (in.op) {
    case Op::PowInt: {
        const int e = in.integer;
        each([e](double p) { return powInt(p, e); });
        break;
    }
    case Op::Pow:
        for (std::size_t j = 0; j < m; ++j) t[lanes[j]] = std::pow(a[lanes[j]], b[lanes[j]]);
        break;
    case Op::Exp: gathered(exps); break;
    case Op::Expm1: gathered(expm1s); break;
    case Op::NormalCdf: gathered(normalCdfs); break;
    case Op::NormalPdf: gathered(normalPdfs); break;
    case Op::Log: each([](double p) { return std::log(p); }); break;
    case Op::Log1p: each([](double p) { return std::log1p(p); }); break;
    case Op::Sin: each([](double p) { return std::sin(p); }); break;
    case Op::Cos: each([](double p) { return std::cos(p); }); break;
    case Op::Tan: each([](double p) { return std::tan(p); }); break;
    case Op::Sinh: each([](double p) { return std::sinh(p); }); break;
    case Op::Cosh: each([](double p) { return std::cosh(p); }); break;
    case Op::Erf: each([](double p) { return std::erf(p); }); break;
    case Op::Erfc: each([](double p) { return std::erfc(p); }); break;
    default: break;
    }
}

}  // namespace

// Block by block: each register's values for the block are read through a pointer (its view), so that
// x is read where it lies, constants and parameters are filled once per call (they are the same in
// every block) rather than once per block, and the last operation writes straight into out.
void Program::evaluate(std::span<const double> x, std::span<double> out, std::span<const double> parameters) const {
    if (x.size() != out.size()) {
        throw std::invalid_argument("output has " + std::to_string(out.size()) + " elements, input has " +
                                    std::to_string(x.size()));
    }
    if (x.empty()) return;
    const std::size_t width = std::min(kBlock, x.size());
    std::size_t uniforms = 0;
    bool anyBuiltin = false;
    for (const Instruction& in : instructions_) {
        if (in.op == Op::Constant || in.op == Op::Parameter) ++uniforms;
        anyBuiltin = anyBuiltin || in.op == Op::Builtin;
    }
    thread_local std::vector<double> scratch;
    thread_local std::vector<const double*> view;
    thread_local std::vector<std::optional<Activation>> builtins;  // per instruction, made in the first block
    scratch.resize((static_cast<std::size_t>(registers_) + uniforms) * width);
    view.assign(registers_, nullptr);
    if (anyBuiltin) builtins.assign(instructions_.size(), std::nullopt);
    double* const uniformBlocks = scratch.data() + static_cast<std::size_t>(registers_) * width;
    // where() branches: a libm call whose value only one branch reads runs on that branch's lanes.
    thread_local std::vector<std::int32_t> branch;
    thread_local std::vector<std::uint32_t> lanes;    // per where and branch, its lanes in this block
    thread_local std::vector<std::size_t> laneCount;  // how many, or kNotYet
    constexpr std::size_t kNotYet = std::numeric_limits<std::size_t>::max();
    bool masked = false;
    if (x.size() >= kMaskedFrom &&
        std::any_of(instructions_.begin(), instructions_.end(), [](const Instruction& in) { return isWhere(in.op); })) {
        findBranchOnly(instructions_, result_, branch);
        for (std::size_t k = 0; k < instructions_.size(); ++k)
            masked = masked || (branch[k] >= 0 && isCostlyCall(instructions_[k].op));
        if (masked) {
            lanes.resize(2 * instructions_.size() * width);
            laneCount.resize(2 * instructions_.size());
        }
    }
    auto reg = [&](std::uint16_t r) { return scratch.data() + static_cast<std::size_t>(r) * width; };
    for (std::size_t start = 0; start < x.size(); start += width) {
        const std::size_t n = std::min(width, x.size() - start);
        double* const result = out.data() + start;
        std::size_t uniform = 0;
        if (masked) std::fill(laneCount.begin(), laneCount.end(), kNotYet);
        for (std::size_t k = 0; k < instructions_.size(); ++k) {
            const Instruction& in = instructions_[k];
            // The last operation (the result's, as the compiler emits it) writes into out; out may
            // alias x, and every operation reads element i before it writes element i.
            double* const t = k + 1 == instructions_.size() && in.target == result_ ? result : reg(in.target);
            const double* const a = view[in.a];
            const double* const b = view[in.b];
            const double* const c = view[in.c];
            if (masked && branch[k] >= 0 && isCostlyCall(in.op)) {
                const auto key = static_cast<std::size_t>(branch[k]);
                std::uint32_t* const picked = lanes.data() + key * width;
                if (laneCount[key] == kNotYet) {
                    const Instruction& where = instructions_[key / 2];
                    laneCount[key] = branchLanes(where.op, key % 2 == 1, view[where.a], n, picked);
                }
                if (laneCount[key] < n) {
                    maskedCall(in, a, b, t, picked, laneCount[key]);
                    view[in.target] = t;
                    continue;
                }
            }
            switch (in.op) {
            case Op::Constant:
            case Op::Parameter: {
                double* const u = uniformBlocks + uniform++ * width;
                if (start == 0) {
                    std::fill_n(u, width,
                                in.op == Op::Constant ? in.constant : parameters[static_cast<std::size_t>(in.integer)]);
                }
                view[in.target] = u;
                continue;
            }
            case Op::X: view[in.target] = x.data() + start; continue;
            case Op::Add: binaryLoop(a, b, t, n, [](double p, double q) { return p + q; }); break;
            case Op::Sub: binaryLoop(a, b, t, n, [](double p, double q) { return p - q; }); break;
            case Op::Mul: binaryLoop(a, b, t, n, [](double p, double q) { return p * q; }); break;
            case Op::Div: binaryLoop(a, b, t, n, [](double p, double q) { return p / q; }); break;
            case Op::Neg: unaryLoop(a, t, n, [](double p) { return -p; }); break;
            case Op::Square: unaryLoop(a, t, n, [](double p) { return p * p; }); break;
            case Op::PowInt: {
                const int e = in.integer;
                unaryLoop(a, t, n, [e](double p) { return powInt(p, e); });
                break;
            }
            case Op::Pow: binaryLoop(a, b, t, n, [](double p, double q) { return std::pow(p, q); }); break;
            case Op::Sqrt: unaryLoop(a, t, n, [](double p) { return std::sqrt(p); }); break;
            case Op::Exp: exps(a, t, n); break;
            case Op::Expm1: expm1s(a, t, n); break;
            case Op::NormalCdf: normalCdfs(a, t, n); break;
            case Op::NormalPdf: normalPdfs(a, t, n); break;
            case Op::Log: unaryLoop(a, t, n, [](double p) { return std::log(p); }); break;
            case Op::Log1p: unaryLoop(a, t, n, [](double p) { return std::log1p(p); }); break;
            case Op::Sin: unaryLoop(a, t, n, [](double p) { return std::sin(p); }); break;
            case Op::Cos: unaryLoop(a, t, n, [](double p) { return std::cos(p); }); break;
            case Op::Tan: unaryLoop(a, t, n, [](double p) { return std::tan(p); }); break;
            case Op::Sinh: unaryLoop(a, t, n, [](double p) { return std::sinh(p); }); break;
            case Op::Cosh: unaryLoop(a, t, n, [](double p) { return std::cosh(p); }); break;
            case Op::Erf: unaryLoop(a, t, n, [](double p) { return std::erf(p); }); break;
            case Op::Erfc: unaryLoop(a, t, n, [](double p) { return std::erfc(p); }); break;
            case Op::Abs: unaryLoop(a, t, n, [](double p) { return std::fabs(p); }); break;
            case Op::Sign: unaryLoop(a, t, n, [](double p) { return p > 0 ? 1.0 : (p < 0 ? -1.0 : p); }); break;
            case Op::Tanh: plainTanh().values(std::span(a, n), std::span(t, n)); break;
            case Op::Sigmoid: plainSigmoid().values(std::span(a, n), std::span(t, n)); break;
            case Op::Softplus: plainSoftplus().values(std::span(a, n), std::span(t, n)); break;
            // Both branches loaded unconditionally: a select the compiler vectorizes, not a branch
            // that random signs mispredict.
            case Op::WherePositive: whereLoop(a, b, c, t, n, [](double p) { return p > 0; }); break;
            case Op::WhereNonnegative: whereLoop(a, b, c, t, n, [](double p) { return p >= 0; }); break;
            case Op::Builtin: {
                // The built-in's parameters are the same in every block: made once per call.
                std::optional<Activation>& f = builtins[k];
                if (start == 0) f = builtinAt(in, b[0], c[0]);
                if (f) {
                    builtinOrder(*f, in.order, std::span(a, n), std::span(t, n));
                } else {
                    std::fill_n(t, n, kNaN);
                }
                break;
            }
            }
            view[in.target] = t;
        }
        if (view[result_] != result) std::copy_n(view[result_], n, result);
    }
}

double Program::evaluate(double x, std::span<const double> parameters) const {
    double result = 0.0;
    evaluate(std::span(&x, 1), std::span(&result, 1), parameters);
    return result;
}

Quad Program::evaluateQuad(double x, std::span<const double> parameters) const { return run(x, parameters, {}); }

std::optional<std::string> Program::invalidBuiltinParameters(std::span<const double> parameters) const {
    std::optional<std::string> fault;
    run(0.0, parameters, [&fault](const Instruction& in, double p0, double p1) {
        if (fault) return;
        const FunctionKind kind = static_cast<FunctionKind>(in.integer);
        const std::array<double, 2> values{p0, p1};
        try {
            (void)Activation::make(kind, std::span(values.data(), describe(kind).parameters.size()));
        } catch (const std::invalid_argument& e) {
            fault = std::string(describe(kind).id) + ": " + e.what();
        }
    });
    return fault;
}

Quad Program::run(double x, std::span<const double> parameters, const BuiltinVisitor& visitor, std::vector<Quad>* trace,
                  bool roundEach) const {
    thread_local std::vector<Quad> r;
    r.resize(registers_);
    if (trace != nullptr) trace->clear();
    for (const Instruction& in : instructions_) {
        const Quad a = r[in.a], b = r[in.b], c = r[in.c];
        Quad& t = r[in.target];
        switch (in.op) {
        case Op::Constant: t = static_cast<Quad>(in.constant) + in.constantLow; break;
        case Op::X: t = x; break;
        case Op::Parameter: t = parameters[static_cast<std::size_t>(in.integer)]; break;
        case Op::Add: t = a + b; break;
        case Op::Sub: t = a - b; break;
        case Op::Mul: t = a * b; break;
        case Op::Div: t = a / b; break;
        case Op::Neg: t = -a; break;
        case Op::Square: t = a * a; break;
        case Op::PowInt: t = powq(a, in.integer); break;
        case Op::Pow: t = powq(a, b); break;
        case Op::Sqrt: t = sqrtq(a); break;
        case Op::Exp: t = expq(a); break;
        case Op::Expm1: t = expm1q(a); break;
        case Op::Log: t = logq(a); break;
        case Op::Log1p: t = log1pq(a); break;
        case Op::Sin: t = sinq(a); break;
        case Op::Cos: t = cosq(a); break;
        case Op::Tan: t = tanq(a); break;
        case Op::Sinh: t = sinhq(a); break;
        case Op::Cosh: t = coshq(a); break;
        case Op::Tanh: t = tanhq(a); break;
        case Op::Erf: t = erfq(a); break;
        case Op::Erfc: t = erfcq(a); break;
        case Op::NormalCdf: t = normalCdfQuad(a); break;
        case Op::NormalPdf: t = normalPdfQuad(a); break;
        case Op::Sigmoid: t = sigmoidQuad(a); break;
        case Op::Softplus: t = softplusQuad(a); break;
        case Op::Abs: t = fabsq(a); break;
        case Op::Sign: t = a > 0 ? 1 : (a < 0 ? -1 : a); break;
        case Op::WherePositive: t = a > 0 ? b : c; break;
        case Op::WhereNonnegative: t = a >= 0 ? b : c; break;
        case Op::Builtin: {
            if (visitor) visitor(in, static_cast<double>(b), static_cast<double>(c));
            const std::optional<Activation> f = builtinAt(in, static_cast<double>(b), static_cast<double>(c));
            t = f ? builtinQuad(*f, in.order, a) : Quad(kNaN);
            break;
        }
        }
        if (roundEach) t = static_cast<double>(t);
        if (trace != nullptr) trace->push_back(t);
    }
    return r[result_];
}

namespace {

double ulpsBetween(Quad approximate, Quad exact) {
    if (isnanq(approximate) || isnanq(exact)) return 0.0;
    const double e = std::fabs(static_cast<double>(exact));
    const double ulp = e == 0 ? std::numeric_limits<double>::denorm_min()
                              : std::nextafter(e, std::numeric_limits<double>::infinity()) - e;
    return static_cast<double>(fabsq(approximate - exact) / ulp);
}

std::vector<std::uint16_t> operandsOf(const Instruction& in) {
    switch (in.op) {
    case Op::Constant:
    case Op::X:
    case Op::Parameter: return {};
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Pow: return {in.a, in.b};
    case Op::WherePositive:
    case Op::WhereNonnegative:
    case Op::Builtin: return {in.a, in.b, in.c};
    default: return {in.a};
    }
}

}  // namespace

std::optional<std::string> Program::lossHint(double x, std::span<const double> parameters, double ulps) const {
    std::vector<Quad> exact, rounded;
    run(x, parameters, {}, &exact);
    run(x, parameters, {}, &rounded, true);
    // Which operation last wrote each register, to find an operation's operands.
    std::vector<std::size_t> writer(registers_, 0);
    for (std::size_t i = 0; i < instructions_.size(); ++i) {
        const Instruction& in = instructions_[i];
        double operandError = 0.0;
        Quad operand = 0;
        for (const std::uint16_t reg : operandsOf(in)) {
            operandError = std::max(operandError, ulpsBetween(rounded[writer[reg]], exact[writer[reg]]));
            if (reg == in.a) operand = exact[writer[reg]];
        }
        const double error = ulpsBetween(rounded[i], exact[i]);
        writer[in.target] = i;
        if (!(error > ulps && operandError < 16.0)) continue;
        switch (in.op) {
        case Op::Add:
        case Op::Sub: return "a sum of nearly equal terms cancels there";
        case Op::Log:
            if (fabsq(operand - 1) < Quad(0.5)) return "log of a number near 1 loses them: log1p(\u2026) keeps them";
            return "log loses them";
        case Op::Pow:
        case Op::PowInt: return "a power amplifies the rounding of its base";
        case Op::Exp: return "exp of a large argument amplifies its rounding";
        default: return std::nullopt;
        }
    }
    return std::nullopt;
}

}  // namespace alab::expr
