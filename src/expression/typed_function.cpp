// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression/typed_function.h"

#include "expression/compiler.h"
#include "expression/formula_html.h"
#include "expression/parser.h"
#include "expression/program.h"
#include "expression/rewrites.h"

#include <quadmath.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>
#include <ostream>
#include <sstream>
#include <streambuf>

namespace alab {

using expr::Quad;

namespace {

constexpr std::size_t kMaxNameLength = 100;

const TypedFunction& typedOf(const Activation& f) noexcept { return *f.typedFunction(); }

template <int order>
double scalarDouble(const Activation& f, double x) noexcept {
    return typedOf(f).evaluate(order, x, f.parameterValues());
}
template <int order>
float scalarFloat(const Activation& f, float x) noexcept {
    return static_cast<float>(typedOf(f).evaluate(order, static_cast<double>(x), f.parameterValues()));
}
template <int order>
void arrayDouble(const Activation& f, std::span<const double> x, std::span<double> out) {
    typedOf(f).evaluate(order, x, out, f.parameterValues());
}
// float arrays run the double program (more exact than float arithmetic would be) block by block.
template <int order>
void arrayFloat(const Activation& f, std::span<const float> x, std::span<float> out) {
    if (x.size() != out.size()) throw std::invalid_argument("output and input sizes differ");
    constexpr std::size_t kBlock = 1024;
    std::array<double, kBlock> buffer;
    for (std::size_t start = 0; start < x.size(); start += kBlock) {
        const std::size_t n = std::min(kBlock, x.size() - start);
        std::copy_n(x.data() + start, n, buffer.data());
        typedOf(f).evaluate(order, std::span<const double>(buffer.data(), n), std::span<double>(buffer.data(), n),
                            f.parameterValues());
        for (std::size_t i = 0; i < n; ++i) out[start + i] = static_cast<float>(buffer[i]);
    }
}

OneSidedLimits limitsAtZero(const Activation& f) noexcept {
    constexpr double kStep = 1e-200;
    return {typedOf(f).evaluate(1, -kStep, f.parameterValues()), typedOf(f).evaluate(1, kStep, f.parameterValues())};
}
std::optional<double> noLimit(const Activation&) noexcept { return std::nullopt; }
ValueRange wholeLine(const Activation&) noexcept { return {}; }
// Sampled: f' >= 0 at 4001 points of [-50, 50].
bool sampledMonotonic(const Activation& f) noexcept {
    for (int i = -2000; i <= 2000; ++i) {
        if (!(typedOf(f).evaluate(1, i / 40.0, f.parameterValues()) >= 0)) return false;
    }
    return true;
}
std::optional<MinimumPoint> noMinimum(const Activation&) { return std::nullopt; }
Smoothness typedSmoothness(const Activation& f) noexcept {
    return typedOf(f).hasSwitches() ? Smoothness::C0 : Smoothness::CInfinity;
}
std::string typedPlain(const Activation& f) { return "f(x) = " + typedOf(f).plainText(0); }
std::string typedRich(const Activation& f, int) { return "<i>f</i>(<i>x</i>) = " + typedOf(f).richText(0); }

bool isIdentifier(const std::string& s) {
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

void checkParameters(const std::vector<TypedParameter>& parameters) {
    if (parameters.size() > TypedFunction::kMaxParameters) {
        throw ExpressionError(0, "at most " + std::to_string(TypedFunction::kMaxParameters) + " parameters, not " +
                                     std::to_string(parameters.size()));
    }
    const auto& reserved = expr::reservedNames();
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const TypedParameter& p = parameters[i];
        if (!isIdentifier(p.name)) {
            throw ExpressionError(0,
                                  "parameter name '" + p.name + "': use letters, digits and _, starting with a letter");
        }
        if (std::find(reserved.begin(), reserved.end(), p.name) != reserved.end()) {
            throw ExpressionError(0, "parameter name '" + p.name + "' is taken by " +
                                         (p.name == "x" ? std::string("the variable") : "a function or constant"));
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (parameters[j].name == p.name) throw ExpressionError(0, "parameter '" + p.name + "' is named twice");
        }
        if (!std::isfinite(p.defaultValue))
            throw ExpressionError(0, "parameter " + p.name + ": the value must be finite");
        if (!std::isfinite(p.sliderMin) || !std::isfinite(p.sliderMax) || !(p.sliderMin < p.sliderMax)) {
            throw ExpressionError(
                0, "parameter " + p.name + ": the slider needs finite limits, the first below the second");
        }
        if (p.defaultValue < p.sliderMin || p.defaultValue > p.sliderMax) {
            throw ExpressionError(0, "parameter " + p.name + ": the value " + formatShortest(p.defaultValue) +
                                         " lies outside the slider's range " + formatShortest(p.sliderMin) + " to " +
                                         formatShortest(p.sliderMax));
        }
    }
}

// GiNaC prints a shared subexpression again wherever it occurs: the f'' of a 367-character power
// tower (fuzzing) printed 7.8 MB, 0.4 s each as text, LaTeX and HTML. Longer formulas are not shown.
constexpr std::size_t kMaxFormulaLength = 100000;
const std::string kFormulaTooLong =
    "(too long to show: more than " + std::to_string(kMaxFormulaLength) + " characters)";

// A stream buffer that stops the printer (by throwing) at `limit` characters.
class BoundedBuffer : public std::streambuf {
public:
    struct Full {};
    explicit BoundedBuffer(std::size_t limit) : limit_(limit) {}
    std::string text;

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        if (text.size() >= limit_) throw Full{};
        text.push_back(traits_type::to_char_type(c));
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        if (text.size() + static_cast<std::size_t>(n) > limit_) throw Full{};
        text.append(s, static_cast<std::size_t>(n));
        return n;
    }

private:
    std::size_t limit_;
};

// The formula, or nullopt when it is longer than kMaxFormulaLength.
std::optional<std::string> printed(const GiNaC::ex& e, bool latex) {
    BoundedBuffer buffer(kMaxFormulaLength);
    std::ostream s(&buffer);
    s.exceptions(std::ios::badbit);  // the stream rethrows what the buffer throws
    try {
        if (latex) s << GiNaC::latex;
        s << e;
    } catch (const BoundedBuffer::Full&) {
        return std::nullopt;
    }
    return std::move(buffer.text);
}

// The ulp of the double nearest q (the smallest subnormal's for 0).
double ulpOf(Quad q) {
    const double d = std::fabs(static_cast<double>(q));
    if (d == 0) return std::numeric_limits<double>::denorm_min();
    if (std::isinf(d)) return std::numeric_limits<double>::infinity();
    return std::nextafter(d, std::numeric_limits<double>::infinity()) - d;
}

}  // namespace

bool SwitchPoint::jumps() const noexcept {
    const double scale = std::max({std::fabs(left), std::fabs(right), 1e-300});
    return std::fabs(left - right) > 1e-9 * scale;
}

TypedFunction::~TypedFunction() = default;

std::shared_ptr<const TypedFunction> TypedFunction::create(std::string name, std::string expression,
                                                           std::vector<TypedParameter> parameters) {
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
    name.erase(0, std::min(name.find_first_not_of(" \t"), name.size()));
    if (name.size() > kMaxNameLength) {
        throw ExpressionError(
            0, "the name has " + std::to_string(name.size()) + " bytes; at most " + std::to_string(kMaxNameLength));
    }
    checkParameters(parameters);

    const GiNaC::realsymbol x("x");
    std::vector<expr::NamedSymbol> symbols;
    for (const TypedParameter& p : parameters) symbols.push_back({p.name, GiNaC::realsymbol(p.name)});
    const GiNaC::ex parsed = expr::parseExpression(expression, x, symbols);

    std::shared_ptr<TypedFunction> f(new TypedFunction());
    std::array<GiNaC::ex, 3> forms;
    // A derivative far beyond what a program may hold is refused before GiNaC spends seconds
    // rewriting it (the rewrites shrink f'' by up to about 2x: tanh(u)^2 - 1 to tanh'(u) and the like).
    auto checked = [&](const GiNaC::ex& derivative, const char* which) {
        constexpr std::size_t kLimit = 2 * expr::kMaxInstructions;
        if (expr::estimateInstructions(derivative, x, symbols, kLimit) > kLimit) {
            throw ExpressionError(0, std::string("the ") + which + " is too large to evaluate (more than " +
                                         std::to_string(kLimit) + " operations)");
        }
        return derivative;
    };
    try {
        forms[0] = expr::rewriteForAccuracy(parsed, x);
        forms[1] = expr::rewriteForAccuracy(checked(forms[0].diff(x), "derivative"), x);
        forms[2] = expr::rewriteForAccuracy(checked(forms[1].diff(x), "second derivative"), x);
    } catch (const ExpressionError&) {
        throw;
    } catch (const std::exception& e) {
        throw ExpressionError(0, std::string("cannot differentiate: ") + e.what());
    }
    // GiNaC and CLN throw their own errors (CLN's floating_point_overflow_exception for a constant
    // beyond its floats): the caller sees an ExpressionError whatever fails.
    try {
        for (std::size_t order = 0; order < 3; ++order) {
            f->programs_[order] = std::make_unique<expr::Program>(expr::compile(forms[order], x, symbols));
            // The HTML and LaTeX are about as long as the text: all three or none.
            const std::optional<std::string> plain = printed(forms[order], false);
            const std::optional<std::string> latex = plain ? printed(forms[order], true) : std::nullopt;
            f->plain_[order] = plain.value_or(kFormulaTooLong);
            f->latex_[order] = latex.value_or(kFormulaTooLong);
            f->rich_[order] = plain ? expr::formulaHtml(forms[order]) : kFormulaTooLong;
        }
        std::vector<GiNaC::ex> switches = expr::switchArguments(forms[0]);
        for (const GiNaC::ex& u : expr::switchArguments(forms[1])) {
            if (std::none_of(switches.begin(), switches.end(), [&](const GiNaC::ex& k) { return k.is_equal(u); }))
                switches.push_back(u);
        }
        for (const GiNaC::ex& u : switches)
            f->switches_.push_back(std::make_unique<expr::Program>(expr::compile(u, x, symbols)));
    } catch (const ExpressionError&) {
        throw;
    } catch (const std::exception& e) {
        throw ExpressionError(0, std::string("cannot evaluate: ") + e.what());
    }

    for (const expr::NamedSymbol& p : symbols) {
        if (forms[0].has(p.symbol)) f->usedParameters_.push_back(p.name);
    }
    f->name_ = name.empty() ? expression : name;
    f->expression_ = std::move(expression);
    f->parameters_ = std::move(parameters);
    for (const TypedParameter& p : f->parameters_) {
        const double reach = std::max({std::fabs(p.sliderMin), std::fabs(p.sliderMax), 1.0}) * 1e6;
        f->specs_.push_back({p.name, p.name, p.defaultValue, ParameterDomain::Finite, p.sliderMin, p.sliderMax, -reach,
                             reach, "a parameter of the typed function"});
    }
    FunctionDescriptor& d = f->descriptor_;
    d.kind = FunctionKind::Typed;
    d.id = "expression";
    d.displayName = f->name_;
    d.parameters = f->specs_;
    d.visibleByDefault = true;
    d.evaluators = {&scalarDouble<0>, &scalarFloat<0>, &scalarDouble<1>, &scalarFloat<1>,  &arrayDouble<0>,
                    &arrayFloat<0>,   &arrayDouble<1>, &arrayFloat<1>,   &scalarDouble<2>, &arrayDouble<2>};
    d.properties = {&limitsAtZero, &noLimit,         &wholeLine,  &sampledMonotonic,
                    &noMinimum,    &typedSmoothness, &typedPlain, &typedRich};
    std::vector<double> defaults;
    for (const TypedParameter& p : f->parameters_) defaults.push_back(p.defaultValue);
    f->checkParameterValues(defaults);
    return f;
}

bool TypedFunction::usesParameter(const std::string& name) const {
    return std::find(usedParameters_.begin(), usedParameters_.end(), name) != usedParameters_.end();
}

bool TypedFunction::sameDefinition(const TypedFunction& other) const noexcept {
    if (name_ != other.name_ || expression_ != other.expression_ || parameters_.size() != other.parameters_.size())
        return false;
    for (std::size_t i = 0; i < parameters_.size(); ++i) {
        const TypedParameter &a = parameters_[i], &b = other.parameters_[i];
        if (a.name != b.name || a.defaultValue != b.defaultValue || a.sliderMin != b.sliderMin ||
            a.sliderMax != b.sliderMax)
            return false;
    }
    return true;
}

void TypedFunction::evaluate(int order, std::span<const double> x, std::span<double> out,
                             std::span<const double> parameterValues) const {
    programs_[static_cast<std::size_t>(order)]->evaluate(x, out, parameterValues);
}

double TypedFunction::evaluate(int order, double x, std::span<const double> parameterValues) const {
    return programs_[static_cast<std::size_t>(order)]->evaluate(x, parameterValues);
}

Quad TypedFunction::evaluateQuad(int order, double x, std::span<const double> parameterValues) const {
    return programs_[static_cast<std::size_t>(order)]->evaluateQuad(x, parameterValues);
}

void TypedFunction::checkParameterValues(std::span<const double> values) const {
    for (std::size_t i = 0; i < parameters_.size(); ++i) {
        const double v = i < values.size() ? values[i] : parameters_[i].defaultValue;
        if (!std::isfinite(v))
            throw ParameterError(parameters_[i].name, parameters_[i].name + " must be a finite number");
    }
    for (const auto& program : programs_) {
        if (const auto fault = program->invalidBuiltinParameters(values)) throw ParameterError("parameters", *fault);
    }
}

std::vector<SwitchPoint> TypedFunction::switchPoints(double from, double to, std::span<const double> parameterValues,
                                                     int samples) const {
    std::vector<SwitchPoint> points;
    if (!(from < to) || !std::isfinite(from) || !std::isfinite(to) || samples < 2) return points;
    std::vector<double> grid(static_cast<std::size_t>(samples)), u(grid.size());
    for (std::size_t i = 0; i < grid.size(); ++i)
        grid[i] = from + (to - from) * static_cast<double>(i) / static_cast<double>(samples - 1);
    for (const auto& program : switches_) {
        program->evaluate(grid, u, parameterValues);
        for (std::size_t i = 0; i + 1 < grid.size(); ++i) {
            const bool crossing = (u[i] > 0) != (u[i + 1] > 0) || u[i] == 0;
            if (!crossing || std::isnan(u[i]) || std::isnan(u[i + 1])) continue;
            double lo = grid[i], hi = grid[i + 1];
            const bool positiveAtLo = u[i] > 0;
            if (u[i] == 0) {
                hi = lo;
            } else {
                for (int step = 0; step < 200 && std::nextafter(lo, hi) != hi; ++step) {
                    const double mid = lo + (hi - lo) / 2;
                    ((program->evaluate(mid, parameterValues) > 0) == positiveAtLo ? lo : hi) = mid;
                }
            }
            // The switch is between lo and hi (adjacent doubles); a where() at u = 0 takes one side.
            const double at = program->evaluate(lo, parameterValues) == 0 ? lo : hi;
            const double step = std::max(std::fabs(at), 1.0) * 1e-9;
            SwitchPoint p{at, evaluate(1, at - step, parameterValues), evaluate(1, at + step, parameterValues)};
            if (points.empty() || std::none_of(points.begin(), points.end(), [&](const SwitchPoint& q) {
                    return std::fabs(q.x - p.x) <= 1e-12 * std::max(1.0, std::fabs(p.x));
                }))
                points.push_back(p);
        }
    }
    std::sort(points.begin(), points.end(), [](const SwitchPoint& a, const SwitchPoint& b) { return a.x < b.x; });
    return points;
}

AccuracyReport TypedFunction::accuracy(int order, std::span<const double> x,
                                       std::span<const double> parameterValues) const {
    AccuracyReport report;
    std::vector<double> values(x.size());
    evaluate(order, x, values, parameterValues);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Quad exact = evaluateQuad(order, x[i], parameterValues);
        if (isnanq(exact) || std::isnan(values[i])) {
            if (report.undefined == 0) report.undefinedFrom = x[i];
            report.undefinedTo = x[i];
            ++report.undefined;
            continue;
        }
        ++report.points;
        const Quad error = fabsq(static_cast<Quad>(values[i]) - exact);
        const double ulps = error == 0 ? 0.0 : static_cast<double>(error / ulpOf(exact));
        if (ulps > report.maxUlps) {
            report.maxUlps = ulps;
            report.worstX = x[i];
        }
    }
    if (report.maxUlps >= 100) {
        report.hint = programs_[static_cast<std::size_t>(order)]->lossHint(report.worstX, parameterValues).value_or("");
    }
    return report;
}

std::string AccuracyReport::text() const {
    if (points == 0) return "undefined on the visible range";
    std::string text;
    if (maxUlps <= 1.0) {
        text = "accurate to 1 ulp";
    } else if (maxUlps < 100) {
        text = "accurate to " + std::to_string(static_cast<int>(std::ceil(maxUlps))) + " ulp";
    } else {
        const int digits = static_cast<int>(std::lround(std::log10(std::min(maxUlps, 1e17))));
        std::string where = formatShortest(worstX, 3);
        if (where.starts_with('-')) where = std::string("\u2212").append(where, 1);
        text = digits >= 16 ? "keeps no digits near x = " + where
                            : "loses " + std::to_string(digits) + " digits near x = " + where;
        if (!hint.empty()) text += ": " + hint;
    }
    if (undefined > 0) {
        auto number = [](double v) {
            std::string t = formatShortest(v, 3);
            return t.starts_with('-') ? std::string("\u2212").append(t, 1) : t;
        };
        text += "; undefined at " + std::to_string(undefined) + " of " + std::to_string(undefined + points) +
                " points, between x = " + number(undefinedFrom) + " and " + number(undefinedTo);
    }
    return text;
}

}  // namespace alab
