// SPDX-License-Identifier: GPL-3.0-or-later
// A recursive-descent reader for typed expressions. It builds GiNaC expressions directly: GiNaC's
// own parser reports "line 0, column 0" for every fault and knows neither comparisons nor
// where(), and the columns are what a user needs to find a typo.
#include "expression/parser.h"

#include "expression/symbolic.h"
#include "function_registry.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>

namespace alab::expr {

using GiNaC::ex;

namespace {

enum class TokenType { Number, Name, Operator, End };

struct Token {
    TokenType type = TokenType::End;
    std::string text;
    int column = 1;  // 1-based, in characters
};

// Columns count UTF-8 characters, not bytes.
int columnAt(std::string_view text, std::size_t byteOffset) {
    int column = 1;
    for (std::size_t i = 0; i < byteOffset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        const int column = columnAt(text, i);
        const std::size_t start = i;
        if (std::isdigit(static_cast<unsigned char>(c)) ||
            (c == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
            while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
            if (i < text.size() && text[i] == '.') {
                ++i;
                while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
            }
            if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
                std::size_t j = i + 1;
                if (j < text.size() && (text[j] == '+' || text[j] == '-')) ++j;
                if (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) {
                    i = j;
                    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
                }
            }
            tokens.push_back({TokenType::Number, std::string(text.substr(start, i - start)), column});
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
            tokens.push_back({TokenType::Name, std::string(text.substr(start, i - start)), column});
        } else if ((c == '<' || c == '>' || c == '=' || c == '!') && i + 1 < text.size() && text[i + 1] == '=') {
            tokens.push_back({TokenType::Operator, std::string(text.substr(i, 2)), column});
            i += 2;
        } else if (std::string_view("+-*/^(),<>").find(c) != std::string_view::npos) {
            tokens.push_back({TokenType::Operator, std::string(1, c), column});
            ++i;
        } else {
            std::size_t length = 1;
            while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
            throw ExpressionError(column, "unexpected character '" + std::string(text.substr(i, length)) + "'");
        }
    }
    tokens.push_back({TokenType::End, "", columnAt(text, text.size())});
    return tokens;
}

// 12.5e-3 as the exact rational 125/10000.
ex exactNumber(const Token& token) {
    const std::string& text = token.text;
    const double rounded = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(rounded)) throw ExpressionError(token.column, "the number " + text + " is too large");
    std::string digits;
    long exponent = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        if (text[i] == '.') continue;
        digits += text[i];
    }
    const std::size_t dot = text.find('.');
    if (dot != std::string::npos) {
        const std::size_t end = std::min(i, text.size());
        exponent -= static_cast<long>(end - dot - 1);
    }
    // strtol saturates at LONG_MIN for 1e-99999999999999999999, and adding the digits after the point
    // then overflowed (UBSan, fuzzing). Beyond +-100000 the number is inf or 0 as a double, which
    // `rounded` has already refused or the check below refuses.
    if (i < text.size()) exponent += std::clamp(std::strtol(text.c_str() + i + 1, nullptr, 10), -100000L, 100000L);
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
    if (digits.empty()) return 0;
    if (rounded == 0.0 || exponent < -1200) throw ExpressionError(token.column, "the number " + text + " is too small");
    const GiNaC::numeric mantissa(digits.c_str());
    return mantissa * GiNaC::pow(GiNaC::numeric(10), GiNaC::numeric(exponent));
}

}  // namespace

ex exactDecimal(double value) {
    std::string text = formatShortest(value);
    const bool negative = text.starts_with('-');
    if (negative) text.erase(0, 1);
    const ex magnitude = exactNumber(Token{TokenType::Number, text, 1});
    return negative ? -magnitude : magnitude;
}

namespace {

struct FunctionRule {
    int minArguments;
    int maxArguments;
    std::function<ex(const std::vector<ex>&)> build;
};

ex builtin(FunctionKind kind, const std::vector<ex>& arguments) {
    const FunctionDescriptor& d = describe(kind);
    ex parameters[2] = {0, 0};
    for (std::size_t i = 0; i < d.parameters.size(); ++i) {
        parameters[i] = i + 1 < arguments.size() ? arguments[i + 1] : exactDecimal(d.parameters[i].defaultValue);
    }
    return builtinFunction(kind, 0, arguments[0], parameters[0], parameters[1]);
}

const std::map<std::string, FunctionRule, std::less<>>& functionRules() {
    static const auto rules = [] {
        std::map<std::string, FunctionRule, std::less<>> r;
        auto unary = [&r](const char* name, ex (*f)(const ex&)) {
            r[name] = {1, 1, [f](const auto& a) { return f(a[0]); }};
        };
        unary("exp", [](const ex& u) -> ex { return GiNaC::exp(u); });
        unary("log", [](const ex& u) -> ex { return GiNaC::log(u); });
        unary("sqrt", [](const ex& u) -> ex { return GiNaC::sqrt(u); });
        unary("sin", [](const ex& u) -> ex { return GiNaC::sin(u); });
        unary("cos", [](const ex& u) -> ex { return GiNaC::cos(u); });
        unary("tan", [](const ex& u) -> ex { return GiNaC::tan(u); });
        unary("sinh", [](const ex& u) -> ex { return GiNaC::sinh(u); });
        unary("cosh", [](const ex& u) -> ex { return GiNaC::cosh(u); });
        unary("tanh", [](const ex& u) -> ex { return GiNaC::tanh(u); });
        unary("expm1", [](const ex& u) -> ex { return sym_expm1(u); });
        unary("log1p", [](const ex& u) -> ex { return sym_log1p(u); });
        unary("abs", [](const ex& u) -> ex { return sym_abs(u); });
        unary("erf", [](const ex& u) -> ex { return sym_erf(u); });
        unary("erfc", [](const ex& u) -> ex { return sym_erfc(u); });
        unary("sigmoid", [](const ex& u) -> ex { return sym_sigmoid(u); });
        r["max"] = {2, 2, [](const auto& a) -> ex { return sym_where_positive(a[0] - a[1], a[0], a[1]); }};
        r["min"] = {2, 2, [](const auto& a) -> ex { return sym_where_positive(a[1] - a[0], a[0], a[1]); }};
        // The built-ins by id, their parameters as optional arguments (the defaults otherwise).
        for (const FunctionDescriptor& d : functionRegistry()) {
            if (r.contains(d.id)) continue;  // tanh, sigmoid: the same function either way
            const FunctionKind kind = d.kind;
            r[std::string(d.id)] = {1, 1 + static_cast<int>(d.parameters.size()),
                                    [kind](const auto& a) { return builtin(kind, a); }};
        }
        // softplus(u) is log(1 + e^u); with beta (and threshold) it is the built-in, PyTorch's rule.
        r["softplus"].minArguments = 1;
        r["softplus"].build = [](const auto& a) -> ex {
            return a.size() == 1 ? ex(sym_softplus(a[0])) : builtin(FunctionKind::Softplus, a);
        };
        return r;
    }();
    return rules;
}

// GiNaC computes powers of numbers exactly: 9^9^9 has 370 million digits and takes seconds.
// Bits of the exact numbers that base^exponent makes (rational bases and their powers, sqrt(2)^n
// being 2^(n/2), the numbers in products and the content of sums), with |exponent| = magnitude;
// 0 when GiNaC keeps the power as it is.
double exactPowerBits(const ex& base, double magnitude) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(base)) {
        const auto& b = GiNaC::ex_to<GiNaC::numeric>(base);
        if (!b.is_rational() || b.is_zero() || GiNaC::abs(b).is_equal(1)) return 0;
        return magnitude * std::max(b.numer().int_length(), b.denom().int_length());
    }
    if (GiNaC::is_exactly_a<GiNaC::power>(base) && GiNaC::is_exactly_a<GiNaC::numeric>(base.op(1))) {
        return exactPowerBits(base.op(0), magnitude * std::fabs(GiNaC::ex_to<GiNaC::numeric>(base.op(1)).to_double()));
    }
    if (GiNaC::is_exactly_a<GiNaC::mul>(base)) {
        double bits = 0;
        for (const ex& factor : base) bits += exactPowerBits(factor, magnitude);
        return bits;
    }
    // GiNaC takes a sum's integer content out of an integer power: (33/10 - x)^n is
    // (1/10)^n (33 - 10 x)^n, and (33/10 - x)^(3^22) ran for minutes (fuzzing).
    if (GiNaC::is_exactly_a<GiNaC::add>(base)) return exactPowerBits(base.integer_content(), magnitude);
    return 0;
}

// GiNaC's normal() (which the accuracy rewrites call on the parts of a sum free of x) multiplies
// out integer powers of sums: (1 + sqrt(2))^9999 takes 6 s, (a + b + c + d + 1)^64 (814,385
// terms) 3 s. Whether such a power is too large to multiply out.
bool expandsTooFar(const ex& e, const GiNaC::realsymbol& x) {
    if (!GiNaC::is_exactly_a<GiNaC::power>(e) || !GiNaC::is_exactly_a<GiNaC::add>(e.op(0)) || e.op(0).has(x) ||
        !GiNaC::is_exactly_a<GiNaC::numeric>(e.op(1)) || !GiNaC::ex_to<GiNaC::numeric>(e.op(1)).is_integer())
        return false;
    const double n = std::fabs(GiNaC::ex_to<GiNaC::numeric>(e.op(1)).to_double());
    const double t = static_cast<double>(e.op(0).nops());
    // The terms of (t terms)^n multiplied out: binomial(n + t - 1, t - 1).
    const double logTerms = std::lgamma(n + t) - std::lgamma(n + 1) - std::lgamma(t);
    return !(n <= kMaxExpandedExponent && logTerms <= std::log(kMaxExpandedTerms));
}

class Parser {
public:
    Parser(std::vector<Token> tokens, const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters)
        : tokens_(std::move(tokens)), x_(x), parameters_(parameters) {}

    ex parseAll() {
        if (peek().type == TokenType::End) throw ExpressionError(peek().column, "the expression is empty");
        ex result = additive();
        const Token& rest = peek();
        if (rest.type != TokenType::End) {
            if (rest.text == ")") throw ExpressionError(rest.column, "unmatched ')'");
            if (rest.text == ",") throw ExpressionError(rest.column, "',' outside a function's arguments");
            if (isComparison(rest))
                throw ExpressionError(rest.column, "a comparison belongs in where(condition, a, b)");
            const std::string hint = rest.type == TokenType::Name || rest.text == "(" ? " (write * to multiply)" : "";
            throw ExpressionError(rest.column, "expected an operator before '" + rest.text + "'" + hint);
        }
        return result;
    }

private:
    struct DepthGuard {
        explicit DepthGuard(Parser& p) : parser(p) {
            if (++parser.depth_ > kMaxNesting) {
                throw ExpressionError(parser.peek().column,
                                      "the expression nests deeper than " + std::to_string(kMaxNesting) + " levels");
            }
        }
        ~DepthGuard() { --parser.depth_; }
        Parser& parser;
    };

    const Token& peek() const { return tokens_[position_]; }
    const Token& next() { return tokens_[position_++]; }
    bool accept(std::string_view op) {
        if (peek().type == TokenType::Operator && peek().text == op) {
            ++position_;
            return true;
        }
        return false;
    }
    static bool isComparison(const Token& t) {
        return t.type == TokenType::Operator &&
               (t.text == "<" || t.text == "<=" || t.text == ">" || t.text == ">=" || t.text == "==" || t.text == "!=");
    }

    // GiNaC throws for 1/0, log(0) and the like: say so at the operator's column.
    template <class F>
    static ex guarded(int column, F&& build) {
        try {
            return build();
        } catch (const ExpressionError&) {
            throw;
        } catch (const std::exception& e) {
            const std::string what = e.what();
            const bool division = what.find("division by zero") != std::string::npos;
            throw ExpressionError(column, division ? std::string("division by zero") : "undefined: " + what);
        }
    }

    ex additive() {
        ex result = multiplicative();
        while (peek().type == TokenType::Operator && (peek().text == "+" || peek().text == "-")) {
            const Token& op = next();
            const ex rhs = multiplicative();
            result = guarded(op.column, [&] { return op.text == "+" ? result + rhs : result - rhs; });
        }
        return result;
    }

    ex multiplicative() {
        ex result = unary();
        while (peek().type == TokenType::Operator && (peek().text == "*" || peek().text == "/")) {
            const Token& op = next();
            const ex rhs = unary();
            result = guarded(op.column, [&] { return op.text == "*" ? result * rhs : result / rhs; });
            checkExpansion(result, op.column);  // p^600 * p^600 is p^1200
            checkProductLength(result, op.column);
        }
        return result;
    }

    // The f'' of a product of n factors in x has about n^3 / 2 operations: 45 factors are within
    // the compiler's limit, 50 are not, and 150 (2000 characters) cost GiNaC 17 s before the
    // compiler refused them.
    void checkProductLength(const ex& e, int column) const {
        if (!GiNaC::is_exactly_a<GiNaC::mul>(e)) return;
        const auto factors = std::count_if(e.begin(), e.end(), [&](const ex& factor) { return factor.has(x_); });
        if (factors > kMaxProductFactors) {
            throw ExpressionError(column, "a product may have at most " + std::to_string(kMaxProductFactors) +
                                              " factors that depend on x (its second derivative would be too "
                                              "large to evaluate)");
        }
    }

    // GiNaC throws for these too, or when it differentiates 0^x, but leaks the power it was making
    // (LeakSanitizer, fuzzing "0^-1", "0^0", "0^x").
    static void checkPowerOfZero(const ex& exponent, int column) {
        if (!GiNaC::is_exactly_a<GiNaC::numeric>(exponent))
            throw ExpressionError(column, "0^u is defined only for a positive number u");
        const GiNaC::numeric real = GiNaC::ex_to<GiNaC::numeric>(exponent).real();
        if (real.is_zero()) throw ExpressionError(column, "0^0 is undefined");
        if (real.is_negative()) throw ExpressionError(column, "division by zero");
    }

    // Free of x and the parameters: a number GiNaC evaluates (in CLN's floats) when compiling.
    bool isPlainConstant(const ex& e) const {
        if (e.has(x_)) return false;
        return std::none_of(parameters_.begin(), parameters_.end(),
                            [&](const NamedSymbol& p) { return e.has(p.symbol); });
    }
    // |e|, for a plain constant whose pieces have all passed these checks; nan otherwise.
    static double approximately(const ex& e) {
        GiNaC::Digits = 40;
        const ex value = e.evalf();
        if (!GiNaC::is_exactly_a<GiNaC::numeric>(value)) return std::numeric_limits<double>::quiet_NaN();
        return GiNaC::abs(GiNaC::ex_to<GiNaC::numeric>(value)).to_double();
    }
    // CLN turns the exponents of its floats into integers: 3^(e^(3^22)) asked for gigabytes and
    // exp(exp(1000)) came out as 1. Every constant the expression builds keeps |log |c|| within
    // kMaxConstantLog: whether exp(u * scale) would not (u a plain constant, scale = log |base|).
    bool exceedsConstantLog(const ex& u, double scale) const {
        if (!isPlainConstant(u)) return false;
        const double magnitude = approximately(u) * std::fabs(scale);
        return magnitude > kMaxConstantLog;  // nan (a base of 0, an undefined constant): GiNaC decides
    }

    // A power of a sum free of x that GiNaC would take too long to multiply out, itself or as a factor.
    void checkExpansion(const ex& e, int column) const {
        bool tooFar = expandsTooFar(e, x_);
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) {
            for (const ex& factor : e) tooFar = tooFar || expandsTooFar(factor, x_);
        }
        if (tooFar) {
            throw ExpressionError(column, "the power is too large: a sum without x may be raised to at most " +
                                              std::to_string(static_cast<int>(kMaxExpandedExponent)) + " (and to " +
                                              std::to_string(static_cast<int>(kMaxExpandedTerms)) +
                                              " terms when multiplied out)");
        }
    }

    ex unary() {
        if (accept("-")) return -unary();
        if (accept("+")) return unary();
        return power();
    }

    ex power() {
        const ex base = primary();
        if (peek().type == TokenType::Operator && peek().text == "^") {
            const Token& op = next();
            const ex exponent = unary();  // right-associative, and 2^-1 reads as 2^(-1)
            if (base.is_equal(GiNaC::exp(ex(1)))) {
                if (exceedsConstantLog(exponent, 1))
                    throw ExpressionError(op.column, "e to a power beyond \u00b1" +
                                                         std::to_string(static_cast<int>(kMaxConstantLog)) +
                                                         " is out of range");
                return GiNaC::exp(exponent);
            }
            if (base.is_zero()) checkPowerOfZero(exponent, op.column);
            if (GiNaC::is_exactly_a<GiNaC::numeric>(exponent) && GiNaC::ex_to<GiNaC::numeric>(exponent).is_rational() &&
                !(exactPowerBits(base, std::fabs(GiNaC::ex_to<GiNaC::numeric>(exponent).to_double())) <=
                  kMaxExactPowerBits)) {
                throw ExpressionError(op.column, "the power is too large to compute exactly (more than " +
                                                     std::to_string(static_cast<int>(kMaxExactPowerBits * 0.30103)) +
                                                     " digits)");
            }
            if (!GiNaC::is_exactly_a<GiNaC::numeric>(base) || !GiNaC::is_exactly_a<GiNaC::numeric>(exponent)) {
                if (isPlainConstant(base) && isPlainConstant(exponent) &&
                    exceedsConstantLog(exponent, std::log(std::fabs(approximately(base)))))
                    throw ExpressionError(op.column, "the power is too large (beyond e^" +
                                                         std::to_string(static_cast<int>(kMaxConstantLog)) + ")");
            }
            const ex result = guarded(op.column, [&] { return GiNaC::pow(base, exponent); });
            checkExpansion(result, op.column);
            return result;
        }
        return base;
    }

    ex primary() {
        const Token& token = next();
        switch (token.type) {
        case TokenType::Number: return exactNumber(token);
        case TokenType::Name: return name(token);
        case TokenType::End: throw ExpressionError(token.column, "the expression ends too early");
        case TokenType::Operator: break;
        }
        if (token.text == "(") {
            DepthGuard guard(*this);
            const ex inner = additive();
            if (!accept(")"))
                throw ExpressionError(peek().column,
                                      "expected ')' to close the '(' at column " + std::to_string(token.column));
            return inner;
        }
        if (token.text == ")") throw ExpressionError(token.column, "unexpected ')'");
        throw ExpressionError(token.column, "expected a number, x or a function before '" + token.text + "'");
    }

    std::vector<std::string> knownNames() const {
        std::vector<std::string> names = reservedNames();
        for (const NamedSymbol& p : parameters_) names.push_back(p.name);
        return names;
    }

    ex name(const Token& token) {
        const bool call = peek().type == TokenType::Operator && peek().text == "(";
        if (!call) {
            if (token.text == "x") return x_;
            if (token.text == "pi") return GiNaC::Pi;
            if (token.text == "e") return GiNaC::exp(ex(1));
            for (const NamedSymbol& p : parameters_) {
                if (p.name == token.text) return p.symbol;
            }
            if (functionRules().contains(token.text) || token.text == "where") {
                throw ExpressionError(token.column, token.text + " is a function: write " + token.text + "(...)");
            }
            std::string message = "unknown name '" + token.text + "'";
            const std::string suggestion = closestName(token.text, knownNames());
            if (!suggestion.empty()) message += ", did you mean " + suggestion + "?";
            throw ExpressionError(token.column, message);
        }
        const Token& open = next();
        DepthGuard guard(*this);
        if (token.text == "where") return where(token, open);
        const auto rule = functionRules().find(token.text);
        if (rule == functionRules().end()) {
            std::string message = "unknown function '" + token.text + "'";
            std::vector<std::string> functions;
            for (const auto& [n, r] : functionRules()) functions.push_back(n);
            functions.push_back("where");
            const std::string suggestion = closestName(token.text, functions);
            if (!suggestion.empty()) message += ", did you mean " + suggestion + "?";
            throw ExpressionError(token.column, message);
        }
        std::vector<ex> arguments;
        std::vector<int> columns;
        if (!accept(")")) {
            do {
                columns.push_back(peek().column);
                arguments.push_back(additive());
            } while (accept(","));
            if (!accept(")")) {
                throw ExpressionError(peek().column, "expected ',' or ')' in the arguments of " + token.text +
                                                         " (opened at column " + std::to_string(open.column) + ")");
            }
        }
        const int count = static_cast<int>(arguments.size());
        if (count < rule->second.minArguments || count > rule->second.maxArguments) {
            const int lo = rule->second.minArguments, hi = rule->second.maxArguments;
            const std::string expected =
                lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi);
            throw ExpressionError(token.column, token.text + " takes " + expected +
                                                    (hi == 1 ? " argument" : " arguments") + ", not " +
                                                    std::to_string(count));
        }
        // A built-in's parameters are numbers or parameters, never functions of x; numbers are
        // checked against the parameter's domain here, parameters when their values are set.
        if (const FunctionDescriptor* d = findFunction(token.text);
            d != nullptr && count > 1 && !(token.text == "softplus" && count == 1)) {
            for (int i = 1; i < count; ++i) {
                const ParameterSpec& spec = d->parameters[static_cast<std::size_t>(i - 1)];
                if (arguments[static_cast<std::size_t>(i)].has(x_)) {
                    throw ExpressionError(columns[static_cast<std::size_t>(i)],
                                          std::string(d->id) + "'s " + std::string(spec.id) + " must not depend on x");
                }
                const ex value = arguments[static_cast<std::size_t>(i)].evalf();
                if (GiNaC::is_exactly_a<GiNaC::numeric>(value)) {
                    std::array<double, 2> values{};
                    for (std::size_t k = 0; k < d->parameters.size(); ++k) values[k] = d->parameters[k].defaultValue;
                    values[static_cast<std::size_t>(i - 1)] = GiNaC::ex_to<GiNaC::numeric>(value).to_double();
                    try {
                        (void)Activation::make(d->kind, std::span(values.data(), d->parameters.size()));
                    } catch (const std::invalid_argument& e) {
                        throw ExpressionError(columns[static_cast<std::size_t>(i)],
                                              std::string(d->id) + ": " + e.what());
                    }
                }
            }
        }
        if ((token.text == "exp" || token.text == "sinh" || token.text == "cosh" || token.text == "tanh") &&
            exceedsConstantLog(arguments[0], 1)) {
            throw ExpressionError(columns[0], token.text + " of a number beyond \u00b1" +
                                                  std::to_string(static_cast<int>(kMaxConstantLog)) +
                                                  " is out of range");
        }
        return guarded(token.column, [&] { return rule->second.build(arguments); });
    }

    ex where(const Token& token, const Token& open) {
        const int conditionColumn = peek().column;
        const ex lhs = additive();
        const Token& relation = next();
        if (!isComparison(relation)) {
            throw ExpressionError(relation.type == TokenType::End ? relation.column : relation.column,
                                  "where's first argument is a comparison (<, <=, >, >=), as in where(x > 0, x, 0)");
        }
        if (relation.text == "==" || relation.text == "!=") {
            throw ExpressionError(relation.column,
                                  "compare with <, <=, > or >=; '" + relation.text + "' would hold on a single point");
        }
        const ex rhs = additive();
        (void)conditionColumn;
        if (!accept(",")) throw ExpressionError(peek().column, "expected ',' after where's condition");
        const ex a = additive();
        if (!accept(",")) throw ExpressionError(peek().column, "where takes 3 arguments: where(condition, a, b)");
        const ex b = additive();
        if (!accept(")")) {
            throw ExpressionError(peek().column,
                                  "expected ')' to close where (opened at column " + std::to_string(open.column) + ")");
        }
        return guarded(token.column, [&]() -> ex {
            if (relation.text == ">") return sym_where_positive(lhs - rhs, a, b);
            if (relation.text == ">=") return sym_where_nonnegative(lhs - rhs, a, b);
            if (relation.text == "<") return sym_where_positive(rhs - lhs, a, b);
            return sym_where_nonnegative(rhs - lhs, a, b);
        });
    }

    std::vector<Token> tokens_;
    std::size_t position_ = 0;
    int depth_ = 0;
    const GiNaC::realsymbol& x_;
    std::span<const NamedSymbol> parameters_;
};

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

}  // namespace

const std::vector<std::string>& reservedNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n{"x", "pi", "e", "where"};
        for (const auto& [name, rule] : functionRules()) n.push_back(name);
        return n;
    }();
    return names;
}

std::string closestName(std::string_view name, std::span<const std::string> candidates) {
    std::string best;
    std::size_t bestDistance = 3;
    for (const std::string& candidate : candidates) {
        const std::size_t d = editDistance(name, candidate);
        if (d < bestDistance && d <= std::max<std::size_t>(1, candidate.size() / 2)) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

ex parseExpression(std::string_view text, const GiNaC::realsymbol& x, std::span<const NamedSymbol> parameters) {
    const int characters = columnAt(text, text.size()) - 1;
    if (static_cast<std::size_t>(characters) > kMaxExpressionLength) {
        throw ExpressionError(static_cast<int>(kMaxExpressionLength) + 1,
                              "the expression has " + std::to_string(characters) + " characters; at most " +
                                  std::to_string(kMaxExpressionLength));
    }
    Parser parser(tokenize(text), x, parameters);
    return parser.parseAll();
}

}  // namespace alab::expr
