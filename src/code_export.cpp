// SPDX-License-Identifier: GPL-3.0-or-later
#include "code_export.h"

#include "expression/program.h"
#include "expression/typed_function.h"
#include "function_registry.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>
#include <set>
#include <vector>

namespace alab {

namespace {

using expr::Instruction;
using expr::Op;

// Python's precedence levels, lowest first: what a subexpression needs around it.
enum Precedence { kSum = 1, kProduct, kUnary, kPower, kAtom };

struct Py {
    std::string text;
    int precedence = kAtom;
};

std::string wrap(const Py& e, int atLeast) { return e.precedence < atLeast ? "(" + e.text + ")" : e.text; }

bool isIdentifier(const std::string& text) {
    if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0]))) return false;
    for (const char c : text) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
    }
    return true;
}

// The shortest Python float literal that reads back as `value`.
Py literal(double value) {
    if (std::isnan(value)) return {"float(\"nan\")", kAtom};
    if (std::isinf(value)) return value > 0 ? Py{"float(\"inf\")", kAtom} : Py{"-float(\"inf\")", kUnary};
    std::string text = formatShortest(value);
    if (text.find_first_of(".e") == std::string::npos) text += ".0";
    return {text, std::signbit(value) ? kUnary : kAtom};
}

std::string literalText(double value) { return literal(value).text; }

// A Python string literal; the source is UTF-8, so only quotes, backslashes and controls are escaped.
std::string pyString(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

// Text for a comment line: no line breaks.
std::string commentText(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

Py binary(const Py& a, const char* op, const Py& b, int precedence) {
    // Python groups left to right: the right operand of a - b or a / b needs parentheses when it
    // has the same precedence, and so does a + (b + c), which rounds differently from (a + b) + c.
    return {wrap(a, precedence) + " " + op + " " + wrap(b, precedence + 1), precedence};
}

Py call(const std::string& function, const std::string& arguments) { return {function + "(" + arguments + ")", kAtom}; }

// What the module needs besides the language's package: helpers that keep the digits.
enum class Helper { Sigmoid, Softplus, Erf, Erfc, TanhPrime, SigmoidPrime };

class Writer {
public:
    explicit Writer(CodeLanguage language) : language_(language) {}

    bool torch() const noexcept { return language_ == CodeLanguage::PyTorch; }
    // torch.exp / np.exp
    std::string fn(const char* name) const { return std::string(torch() ? "torch." : "np.") + name; }

    std::string helper(Helper h) {
        helpers_.insert(h);
        switch (h) {
        case Helper::Sigmoid: return torch() ? "torch.sigmoid" : "_sigmoid";
        case Helper::Softplus: return "_softplus";
        case Helper::Erf: return torch() ? "torch.special.erf" : "_erf";
        case Helper::Erfc: return torch() ? "torch.special.erfc" : "_erfc";
        case Helper::TanhPrime: return "_tanh_prime";
        case Helper::SigmoidPrime: return "_sigmoid_prime";
        }
        return {};
    }

    std::string helperDefinitions() const {
        std::string out;
        const std::string lib = torch() ? "torch" : "np";
        for (const Helper h : helpers_) {
            switch (h) {
            case Helper::Sigmoid:
                if (!torch()) {
                    out +=
                        "def _sigmoid(u):\n"
                        "    # exp of -|u| only: no overflow, and no cancellation on either side\n"
                        "    e = np.exp(-np.abs(u))\n"
                        "    return np.where(u >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\n";
                }
                break;
            case Helper::Softplus:
                out +=
                    "def _softplus(u):\n"
                    "    # log(1 + exp(u)) without overflow, and without PyTorch's threshold\n"
                    "    return " +
                    (torch() ? std::string("torch.clamp(u, min=0.0)") : std::string("np.maximum(u, 0.0)")) + " + " +
                    lib + ".log1p(" + lib + ".exp(-" + lib + ".abs(u)))\n\n\n";
                break;
            case Helper::Erf:
                if (!torch()) out += "_erf = np.vectorize(math.erf, otypes=[np.float64])\n\n\n";
                break;
            case Helper::Erfc:
                if (!torch()) out += "_erfc = np.vectorize(math.erfc, otypes=[np.float64])\n\n\n";
                break;
            case Helper::TanhPrime:
                out +=
                    "def _tanh_prime(u):\n"
                    "    # 1 - tanh(u)^2 = 4 e / (1 + e)^2 with e = exp(-2|u|): no cancellation\n"
                    "    e = " +
                    lib + ".exp(-2.0 * " + lib +
                    ".abs(u))\n"
                    "    return 4.0 * e / ((1.0 + e) * (1.0 + e))\n\n\n";
                break;
            case Helper::SigmoidPrime:
                out +=
                    "def _sigmoid_prime(u):\n"
                    "    # sigmoid(u) sigmoid(-u) = e / (1 + e)^2 with e = exp(-|u|)\n"
                    "    e = " +
                    lib + ".exp(-" + lib +
                    ".abs(u))\n"
                    "    return e / ((1.0 + e) * (1.0 + e))\n\n\n";
                break;
            }
        }
        return out;
    }

    // An array of `value` in the shape of x.
    Py filled(double value) const {
        return torch() ? call("torch.full_like", "x, " + literalText(value))
                       : call("np.full", "np.shape(x), " + literalText(value));
    }

    // The built-in `kind` with `parameters` at `u`, a name (it may be used more than once).
    Py builtin(FunctionKind kind, std::span<const double> parameters, const std::string& u) {
        const auto p = [&](std::size_t i) { return literalText(parameters[i]); };
        if (torch()) return torchBuiltin(kind, parameters, u, p);
        return numpyBuiltin(kind, parameters, u, p);
    }

private:
    template <typename Parameter>
    Py torchBuiltin(FunctionKind kind, std::span<const double> parameters, const std::string& u, const Parameter& p) {
        switch (kind) {
        case FunctionKind::Relu: return call("F.relu", u);
        case FunctionKind::LeakyRelu: return call("F.leaky_relu", u + ", negative_slope=" + p(0));
        case FunctionKind::Elu: return call("F.elu", u + ", alpha=" + p(0));
        case FunctionKind::Selu:
            // F.selu has no parameters: it is SELU only at the self-normalizing constants.
            if (parameters[0] == kSeluAlpha && parameters[1] == kSeluLambda) return call("F.selu", u);
            return binary(
                literal(parameters[1]), "*",
                call("torch.where", u + " > 0, " + u + ", " + p(0) + " * torch.expm1(torch.clamp(" + u + ", max=0.0))"),
                kProduct);
        case FunctionKind::Prelu:
            return call("F.prelu",
                        u + ", torch.tensor([" + p(0) + "], dtype=" + u + ".dtype, device=" + u + ".device)");
        case FunctionKind::Celu: return call("F.celu", u + ", alpha=" + p(0));
        case FunctionKind::Gelu: return call("F.gelu", u);
        case FunctionKind::GeluTanh: return call("F.gelu", u + ", approximate=\"tanh\"");
        case FunctionKind::Silu:
            if (parameters[0] == 1.0) return call("F.silu", u);
            return {u + " * torch.sigmoid(" + p(0) + " * " + u + ")", kProduct};
        case FunctionKind::Mish: return call("F.mish", u);
        case FunctionKind::Softplus: return call("F.softplus", u + ", beta=" + p(0) + ", threshold=" + p(1));
        case FunctionKind::Tanh: return call("torch.tanh", u);
        case FunctionKind::Sigmoid: return call("torch.sigmoid", u);
        case FunctionKind::Typed: break;
        }
        return {};
    }

    template <typename Parameter>
    Py numpyBuiltin(FunctionKind kind, std::span<const double> parameters, const std::string& u, const Parameter& p) {
        // The negative branches take min(u, 0), so that the branch np.where drops cannot overflow.
        const std::string negative = "np.minimum(" + u + ", 0.0)";
        switch (kind) {
        case FunctionKind::Relu: return call("np.maximum", u + ", 0.0");
        case FunctionKind::LeakyRelu:
        case FunctionKind::Prelu: return call("np.where", u + " > 0, " + u + ", " + p(0) + " * " + u);
        case FunctionKind::Elu:
            return call("np.where", u + " > 0, " + u + ", " + p(0) + " * np.expm1(" + negative + ")");
        case FunctionKind::Selu:
            return binary(literal(parameters[1]), "*",
                          call("np.where", u + " > 0, " + u + ", " + p(0) + " * np.expm1(" + negative + ")"), kProduct);
        case FunctionKind::Celu:
            return call("np.where", u + " > 0, " + u + ", " + p(0) + " * np.expm1(" + negative + " / " + p(0) + ")");
        case FunctionKind::Gelu:
            // x Phi(x) with erfc: 1 + erf(x / sqrt 2) would cancel for negative x.
            return {
                u + " * 0.5 * " + helper(Helper::Erfc) + "(-" + u + " * " + literalText(std::numbers::sqrt2 / 2) + ")",
                kProduct};
        case FunctionKind::GeluTanh:
            // 0.5 x (1 + tanh(t)) = x sigmoid(2 t): no cancellation for negative x.
            return {u + " * " + helper(Helper::Sigmoid) + "(" + literalText(2.0 * std::sqrt(2.0 / std::numbers::pi)) +
                        " * (" + u + " + 0.044715 * " + u + " ** 3))",
                    kProduct};
        case FunctionKind::Silu:
            if (parameters[0] == 1.0) return {u + " * " + helper(Helper::Sigmoid) + "(" + u + ")", kProduct};
            return {u + " * " + helper(Helper::Sigmoid) + "(" + p(0) + " * " + u + ")", kProduct};
        case FunctionKind::Mish: return {u + " * np.tanh(" + helper(Helper::Softplus) + "(" + u + "))", kProduct};
        case FunctionKind::Softplus: {
            // PyTorch's rule: x where beta x > threshold.
            const std::string scaled = parameters[0] == 1.0 ? u : p(0) + " * " + u;
            const std::string soft = helper(Helper::Softplus) + "(" + scaled + ")";
            return call("np.where",
                        scaled + " > " + p(1) + ", " + u + ", " + (parameters[0] == 1.0 ? soft : soft + " / " + p(0)));
        }
        case FunctionKind::Tanh: return call("np.tanh", u);
        case FunctionKind::Sigmoid: return call(helper(Helper::Sigmoid), u);
        case FunctionKind::Typed: break;
        }
        return {};
    }

    CodeLanguage language_;
    std::set<Helper> helpers_;
};

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

const char* unaryName(Op op) {
    switch (op) {
    case Op::Sqrt: return "sqrt";
    case Op::Exp: return "exp";
    case Op::Expm1: return "expm1";
    case Op::Log: return "log";
    case Op::Log1p: return "log1p";
    case Op::Sin: return "sin";
    case Op::Cos: return "cos";
    case Op::Tan: return "tan";
    case Op::Sinh: return "sinh";
    case Op::Cosh: return "cosh";
    case Op::Tanh: return "tanh";
    case Op::Abs: return "abs";
    case Op::Sign: return "sign";
    case Op::Square: return "square";
    default: return nullptr;
    }
}

// The body of a function of x: statements, then the returned expression.
struct Body {
    std::vector<std::string> statements;
    Py result;
};

// A typed function's program of f, instruction by instruction: the parts free of x are folded to
// the doubles the core computes for them (the same program cut off there), the values used more
// than once get a name, the rest is written inline.
Body typedBody(const TypedFunction& typed, std::span<const double> parameters, Writer& writer,
               const std::string& label) {
    const expr::Program& program = typed.program(0);
    const std::vector<Instruction>& instructions = program.instructions();
    if (instructions.size() > kMaxTranslatedInstructions) {
        throw CodeExportError(label + ": " + std::to_string(instructions.size()) + " operations, more than the " +
                              std::to_string(kMaxTranslatedInstructions) + " that are translated");
    }
    const std::size_t n = instructions.size();
    std::vector<int> definition(std::max<std::size_t>(program.registerCount(), 1), -1);
    std::vector<std::vector<int>> operands(n);
    std::vector<int> uses(n, 0);
    std::vector<bool> dependsOnX(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        const Instruction& in = instructions[k];
        dependsOnX[k] = in.op == Op::X;
        for (const std::uint16_t r : operandsOf(in)) {
            const int d = definition.at(r);
            operands[k].push_back(d);
            if (d >= 0) {
                ++uses[static_cast<std::size_t>(d)];
                if (dependsOnX[static_cast<std::size_t>(d)]) dependsOnX[k] = true;
            }
        }
        definition.at(in.target) = static_cast<int>(k);
    }
    const int resultDefinition = definition.at(program.result());

    std::map<int, double> folded;
    const auto foldedValue = [&](int k) {
        if (const auto it = folded.find(k); it != folded.end()) return it->second;
        const auto end = instructions.begin() + k + 1;
        const expr::Program prefix(std::vector<Instruction>(instructions.begin(), end),
                                   instructions[static_cast<std::size_t>(k)].target, program.registerCount());
        return folded[k] = prefix.evaluate(0.0, parameters);
    };

    Body body;
    if (resultDefinition < 0 || !dependsOnX[static_cast<std::size_t>(resultDefinition)]) {
        body.result = writer.filled(resultDefinition < 0 ? 0.0 : foldedValue(resultDefinition));
        return body;
    }
    std::vector<Py> value(n);
    int temporaries = 0;
    const auto name = [&](const Py& e) {
        if (isIdentifier(e.text)) return e.text;
        const std::string t = "t" + std::to_string(++temporaries);
        body.statements.push_back(t + " = " + e.text);
        return t;
    };
    for (std::size_t k = 0; k < n; ++k) {
        if (!dependsOnX[k]) continue;
        const Instruction& in = instructions[k];
        const auto operand = [&](std::size_t i) {
            const int d = operands[k][i];
            return dependsOnX[static_cast<std::size_t>(d)] ? value[static_cast<std::size_t>(d)]
                                                           : literal(foldedValue(d));
        };
        Py e;
        switch (in.op) {
        case Op::X: e = {"x", kAtom}; break;
        case Op::Add: e = binary(operand(0), "+", operand(1), kSum); break;
        case Op::Sub: e = binary(operand(0), "-", operand(1), kSum); break;
        case Op::Mul: e = binary(operand(0), "*", operand(1), kProduct); break;
        case Op::Div: e = binary(operand(0), "/", operand(1), kProduct); break;
        case Op::Neg: e = {"-" + wrap(operand(0), kUnary), kUnary}; break;
        case Op::PowInt:
            e = {wrap(operand(0), kAtom) + " ** " + std::to_string(in.integer), kPower};
            if (in.integer < 0) e.text = wrap(operand(0), kAtom) + " ** (" + std::to_string(in.integer) + ")";
            break;
        case Op::Pow: e = {wrap(operand(0), kAtom) + " ** " + wrap(operand(1), kUnary), kPower}; break;
        case Op::Erf: e = call(writer.helper(Helper::Erf), operand(0).text); break;
        case Op::Erfc: e = call(writer.helper(Helper::Erfc), operand(0).text); break;
        case Op::Sigmoid: e = call(writer.helper(Helper::Sigmoid), operand(0).text); break;
        case Op::Softplus: e = call(writer.helper(Helper::Softplus), operand(0).text); break;
        case Op::WherePositive:
        case Op::WhereNonnegative: {
            const char* comparison = in.op == Op::WherePositive ? " > 0" : " >= 0";
            if (!dependsOnX[static_cast<std::size_t>(operands[k][0])]) {
                // The condition is a number: the branch is known.
                const double condition = foldedValue(operands[k][0]);
                const bool first = in.op == Op::WherePositive ? condition > 0 : condition >= 0;
                const std::size_t chosen = first ? 1 : 2;
                const int d = operands[k][chosen];
                e = dependsOnX[static_cast<std::size_t>(d)] ? value[static_cast<std::size_t>(d)]
                                                            : writer.filled(foldedValue(d));
                break;
            }
            const auto branch = [&](std::size_t i) {
                const int d = operands[k][i];
                // torch.where wants tensors for both branches.
                if (!dependsOnX[static_cast<std::size_t>(d)] && writer.torch())
                    return writer.filled(foldedValue(d)).text;
                return operand(i).text;
            };
            e = call(writer.fn("where"), wrap(operand(0), kSum) + comparison + ", " + branch(1) + ", " + branch(2));
            break;
        }
        case Op::Builtin: {
            const auto kind = static_cast<FunctionKind>(in.integer);
            for (std::size_t i = 1; i < 3; ++i) {
                if (dependsOnX[static_cast<std::size_t>(operands[k][i])]) {
                    throw CodeExportError(label + ": a parameter of " + std::string(functionId(kind)) +
                                          " depends on x");
                }
            }
            const std::array<double, 2> p{foldedValue(operands[k][1]), foldedValue(operands[k][2])};
            const std::span<const double> used(p.data(), describe(kind).parameters.size());
            if (in.order == 0) {
                e = writer.builtin(kind, used, name(operand(0)));
            } else if (in.order == 1 && kind == FunctionKind::Tanh) {
                e = call(writer.helper(Helper::TanhPrime), operand(0).text);
            } else if (in.order == 1 && kind == FunctionKind::Sigmoid) {
                e = call(writer.helper(Helper::SigmoidPrime), operand(0).text);
            } else {
                throw CodeExportError(label + ": uses derivative " + std::to_string(in.order) + " of " +
                                      std::string(functionId(kind)) + ", which has no Python form here");
            }
            break;
        }
        default:
            if (const char* unary = unaryName(in.op)) {
                e = call(writer.fn(unary), operand(0).text);
            } else {
                throw CodeExportError(label + ": an operation that has no Python form here");
            }
        }
        if (uses[k] > 1 && in.op != Op::X) e = {name(e), kAtom};
        value[k] = e;
    }
    body.result = value[static_cast<std::size_t>(resultDefinition)];
    return body;
}

std::string functionName(const CodeCurve& curve, std::set<std::string>& taken) {
    std::string base;
    const std::string source = curve.function.typedFunction() != nullptr ? curve.function.typedFunction()->name()
                                                                         : std::string(curve.function.id());
    for (const char c : source) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) {
            base += static_cast<char>(std::tolower(u));
        } else if (!base.empty() && base.back() != '_') {
            base += '_';
        }
    }
    while (!base.empty() && base.back() == '_') base.pop_back();
    if (base.size() > 40) base.resize(40);
    static const std::set<std::string> kReserved{
        "",     "x",      "t",      "e",      "u",      "np",      "torch",    "math",     "ACTIVATIONS",
        "and",  "as",     "assert", "async",  "await",  "break",   "class",    "continue", "def",
        "del",  "elif",   "else",   "except", "False",  "finally", "for",      "from",     "global",
        "if",   "import", "in",     "is",     "lambda", "None",    "nonlocal", "not",      "or",
        "pass", "raise",  "return", "True",   "try",    "while",   "with",     "yield",    "F"};
    const bool temporaryName = base.size() > 1 && base[0] == 't' &&
                               std::all_of(base.begin() + 1, base.end(),
                                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (kReserved.contains(base) || std::isdigit(static_cast<unsigned char>(base[0])) || temporaryName) {
        base = "f_" + base;
    }
    std::string candidate = base;
    for (int i = 2; taken.contains(candidate); ++i) candidate = base + "_" + std::to_string(i);
    taken.insert(candidate);
    return candidate;
}

}  // namespace

std::optional<CodeLanguage> parseCodeLanguage(std::string_view id) noexcept {
    if (id == "pytorch") return CodeLanguage::PyTorch;
    if (id == "numpy") return CodeLanguage::NumPy;
    return std::nullopt;
}

std::string_view codeLanguageId(CodeLanguage language) noexcept {
    return language == CodeLanguage::PyTorch ? "pytorch" : "numpy";
}

std::string_view codeLanguageName(CodeLanguage language) noexcept {
    return language == CodeLanguage::PyTorch ? "PyTorch" : "NumPy";
}

std::string pythonModule(std::span<const CodeCurve> curves, CodeLanguage language) {
    Writer writer(language);
    const bool torch = language == CodeLanguage::PyTorch;
    std::string functions;
    std::set<std::string> names;
    std::vector<std::pair<std::string, std::string>> entries;  // label, function name
    std::map<std::string, int> labelCount;
    for (const CodeCurve& curve : curves) {
        const std::string name = functionName(curve, names);
        const Activation& f = curve.function;
        Body body;
        std::string comment;
        if (const TypedFunction* typed = f.typedFunction()) {
            comment = "    # f(x) = " + commentText(typed->expression());
            const std::vector<TypedParameter>& parameters = typed->parameters();
            for (std::size_t i = 0; i < parameters.size(); ++i) {
                comment += (i == 0 ? " with " : ", ") + parameters[i].name + " = " + literalText(f.parameter(i));
            }
            comment += "\n";
            body = typedBody(*typed, f.parameterValues(), writer, curve.label);
        } else {
            body.result = writer.builtin(f.kind(), f.parameterValues(), "x");
        }
        functions += "def " + name + "(x):\n" + comment;
        for (const std::string& statement : body.statements) functions += "    " + statement + "\n";
        functions += "    return " + body.result.text + "\n\n\n";
        const int seen = ++labelCount[curve.label];
        entries.emplace_back(seen == 1 ? curve.label : curve.label + " (" + std::to_string(seen) + ")", name);
    }

    std::string out = "# The visible curves of an Activation Lab scene, for " +
                      std::string(codeLanguageName(language)) +
                      ".\n"
                      "# ACTIVATIONS maps each curve's label to a function of " +
                      (torch ? std::string("a tensor") : std::string("an array")) +
                      "; in float64 its values are those of\n"
                      "# `activation-lab table` (within 1e-12 relative at ordinary inputs).\n";
    if (torch) {
        out += "import torch\nimport torch.nn.functional as F\n\n\n";
    } else {
        out += "import math\n\nimport numpy as np\n\n\n";
    }
    out += writer.helperDefinitions();
    out += functions;
    out += "ACTIVATIONS = {\n";
    for (const auto& [label, name] : entries) out += "    " + pyString(label) + ": " + name + ",\n";
    out += "}\n";
    return out;
}

}  // namespace alab
