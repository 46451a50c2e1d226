// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TypedFunction::create() on arbitrary bytes must return a function or throw
// ExpressionError (or ParameterError), never crash, hang, leak or throw anything else; every function it
// accepts must evaluate f, f', f'' (arrays, scalars, quad precision) and find its switch points on
// [-5, 5] without crashing.
//
// Input: "name\nexpression" declares a parameter `name` (1 to 16 bytes, default 0.5 on [0, 2]);
// anything else is the expression alone.
#include "activation.h"
#include "expression/typed_function.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {

void exercise(const alab::TypedFunction& f, std::span<const double> parameters) {
    // Beyond one 256-value block, with the values where the kernels switch branches.
    std::vector<double> x = {0.0,
                             -0.0,
                             1e-300,
                             -1e-300,
                             1e-8,
                             -1e-8,
                             0.5,
                             -0.5,
                             1.0,
                             -1.0,
                             20.0,
                             -20.0,
                             40.0,
                             -40.0,
                             710.0,
                             -745.0,
                             1e300,
                             -1e300,
                             std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::quiet_NaN()};
    for (int i = 0; i < 280; ++i) x.push_back(-5.0 + 10.0 * i / 279.0);
    std::vector<double> out(x.size());
    volatile double sink = 0.0;
    for (int order = 0; order <= 2; ++order) {
        f.evaluate(order, x, out, parameters);
        for (std::size_t i = 0; i < 24; ++i) {
            sink = sink + f.evaluate(order, x[i], parameters);
            sink = sink + static_cast<double>(f.evaluateQuad(order, x[i], parameters));
        }
    }
    for (const alab::SwitchPoint& p : f.switchPoints(-5.0, 5.0, parameters, 512)) {
        for (int order = 0; order <= 2; ++order) sink = sink + f.evaluate(order, p.x, parameters);
        sink = sink + static_cast<double>(p.jumps());
    }
    (void)f.accuracy(0, std::span(x).first(24), parameters).text();
    (void)sink;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::vector<alab::TypedParameter> parameters;
    std::string_view expression = bytes;
    if (const std::size_t newline = bytes.find('\n');
        newline != std::string_view::npos && newline >= 1 && newline <= 16) {
        parameters.push_back({std::string(bytes.substr(0, newline)), 0.5, 0.0, 2.0});
        expression = bytes.substr(newline + 1);
    }
    std::shared_ptr<const alab::TypedFunction> f;
    try {
        f = alab::TypedFunction::create("", std::string(expression), parameters);
    } catch (const alab::ExpressionError& e) {
        if (std::string_view(e.what()).empty()) std::abort();  // a refusal must say why
        return 0;
    } catch (const alab::ParameterError& e) {
        if (std::string_view(e.what()).empty()) std::abort();
        return 0;
    }
    std::vector<double> values;
    for (const alab::TypedParameter& p : f->parameters()) values.push_back(p.defaultValue);
    exercise(*f, values);
    // Through Activation, as the plots and the command line use it; and another parameter value.
    try {
        const alab::Activation g = alab::Activation::typed(f, values);
        std::array<double, 3> x{-1.0, 0.0, 2.0}, out{};
        g.values(x, out);
        g.derivatives(x, out);
        if (!values.empty()) {
            values[0] = 1.75;
            f->checkParameterValues(values);
            exercise(*f, values);
        }
    } catch (const alab::ParameterError&) {
    }
    return 0;
}
