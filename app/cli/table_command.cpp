// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/table_command.h"

#include "activation.h"
#include "cli/activation_options.h"
#include "cli/arguments.h"
#include "cli/commands.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace alab::cli {
namespace {

constexpr long long kMinPoints = 2;
constexpr long long kMaxPoints = 10'000'000;
constexpr std::size_t kChunk = 4096;  // rows computed and written at a time

// The x values: either a list (--x ...) or an even grid (--from --to --points).
struct Grid {
    std::vector<double> list;
    double from = 0.0;
    double to = 0.0;
    std::size_t points = 0;

    std::size_t size() const { return list.empty() ? points : list.size(); }
    double at(std::size_t i) const {
        if (!list.empty()) return list[i];
        if (i + 1 == points) return to;  // exactly the end point
        return std::lerp(from, to, static_cast<double>(i) / static_cast<double>(points - 1));
    }
};

Grid buildGrid(const ParsedOptions& options) {
    const bool hasList = options.has("x");
    const bool hasRange = options.has("from") || options.has("to") || options.has("points");
    if (hasList && hasRange) throw UsageError("give either --x values or --from/--to/--points, not both");
    if (!hasList && !hasRange) throw UsageError("no x values: give --x V (repeatable) or --from A --to B --points N");
    Grid grid;
    if (hasList) {
        for (const std::string& text : options.values("x")) grid.list.push_back(parseNumber("x", text));
        return grid;
    }
    for (const char* name : {"from", "to", "points"}) {
        if (!options.has(name))
            throw UsageError("--" + std::string(name) + " is missing (--from, --to and --points go together)");
    }
    grid.from = parseFiniteNumber("from", *options.value("from"));
    grid.to = parseFiniteNumber("to", *options.value("to"));
    const long long points = parseInteger("points", *options.value("points"));
    if (points < kMinPoints || points > kMaxPoints) {
        throw UsageError("--points must be between " + std::to_string(kMinPoints) + " and " +
                         std::to_string(kMaxPoints) + ", got " + std::to_string(points));
    }
    if (!(grid.from < grid.to)) throw UsageError("--from must be less than --to");
    grid.points = static_cast<std::size_t>(points);
    return grid;
}

}  // namespace

std::string tableHelp() {
    return "Usage: activation-lab table --function F [PARAMETERS] [--derivative] [--second-derivative]\n"
           "                            (--x V [--x V ...] | --from A --to B --points N)\n"
           "\n"
           "Prints f(x) of an activation function as CSV (header x,f, x,f,df or x,f,df,d2f), every\n"
           "number with 17 significant digits so that it reads back as the same double.\n"
           "\n" +
           std::string("PARAMETERS, each only for the functions it belongs to:\n") + activationOptionsHelp() +
           "  --derivative   add the column df = f'(x); at x = 0 it follows PyTorch's autograd\n"
           "                 (ReLU 0, Leaky ReLU and PReLU the slope, ELU alpha, SELU lambda*alpha)\n"
           "  --second-derivative\n"
           "                 add the columns df and d2f = f''(x) (implies --derivative); at x = 0 it\n"
           "                 takes the side f' takes (ReLU, Leaky ReLU, PReLU 0, ELU alpha, SELU\n"
           "                 lambda*alpha, CELU 1/alpha); Softplus' is 0 where beta x > threshold\n"
           "  --x V          an x value (repeatable; inf, -inf and nan are allowed)\n"
           "  --from A --to B --points N\n"
           "                 N evenly spaced x values from A to B inclusive, 2 <= N <= 10^7\n"
           "\n"
           "Example: activation-lab table --function elu --alpha 0.5 --derivative --from -3 --to 3 --points 7\n";
}

int runTableCommand(const std::vector<std::string>& args) {
    std::vector<OptionSpec> specs = activationOptionSpecs();
    specs.insert(
        specs.end(),
        {{"derivative", false}, {"second-derivative", false}, {"x", true, true}, {"from"}, {"to"}, {"points"}});
    const ParsedOptions options = ParsedOptions::parse(args, specs);
    const Activation activation = activationFromOptions(options);
    const Grid grid = buildGrid(options);
    const bool withSecondDerivative = options.has("second-derivative");
    const bool withDerivative = options.has("derivative") || withSecondDerivative;

    std::string out = withSecondDerivative ? "x,f,df,d2f\n" : withDerivative ? "x,f,df\n" : "x,f\n";
    std::vector<double> x, f, df, d2f;
    for (std::size_t start = 0; start < grid.size(); start += kChunk) {
        const std::size_t count = std::min(kChunk, grid.size() - start);
        x.resize(count);
        f.resize(count);
        df.resize(count);
        d2f.resize(count);
        for (std::size_t i = 0; i < count; ++i) x[i] = grid.at(start + i);
        activation.values(x, f);
        if (withDerivative) activation.derivatives(x, df);
        if (withSecondDerivative) activation.secondDerivatives(x, d2f);
        for (std::size_t i = 0; i < count; ++i) {
            appendNumber(out, x[i]);
            out += ',';
            appendNumber(out, f[i]);
            if (withDerivative) {
                out += ',';
                appendNumber(out, df[i]);
            }
            if (withSecondDerivative) {
                out += ',';
                appendNumber(out, d2f[i]);
            }
            out += '\n';
        }
        if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) break;
        out.clear();
    }
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::cerr << "activation-lab table: could not write the output: " << std::strerror(errno) << "\n";
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace alab::cli
