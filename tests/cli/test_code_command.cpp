// SPDX-License-Identifier: GPL-3.0-or-later
// `activation-lab code`: the module it writes is run with Debian's python3 + numpy (and torch,
// when installed) over a grid, and every curve's values are compared with `activation-lab table`'s
// for the same function: every built-in at its defaults and at other parameters, and typed
// functions that exercise the translator (folded parameters, where, the rewritten forms, built-ins
// called inside). Bad input: one line naming the argument, exit code 2, nothing on stdout.
#include "process.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace alab {
namespace {

namespace fs = std::filesystem;

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One curve of the test scene: its scene-file entry and the `table` options of the same function.
struct Curve {
    std::string sceneEntry;
    std::vector<std::string> tableOptions;
};

// In scene order; each is one curve of the scene and one entry of ACTIVATIONS.
const std::vector<Curve>& curves() {
    static const std::vector<Curve> kCurves{
        // Every built-in at its defaults.
        {R"j({"id": "relu"})j", {"--function", "relu"}},
        {R"j({"id": "leaky_relu"})j", {"--function", "leaky_relu"}},
        {R"j({"id": "elu"})j", {"--function", "elu"}},
        {R"j({"id": "selu"})j", {"--function", "selu"}},
        {R"j({"id": "prelu"})j", {"--function", "prelu"}},
        {R"j({"id": "celu"})j", {"--function", "celu"}},
        {R"j({"id": "gelu"})j", {"--function", "gelu"}},
        {R"j({"id": "gelu_tanh"})j", {"--function", "gelu_tanh"}},
        {R"j({"id": "silu"})j", {"--function", "silu"}},
        {R"j({"id": "mish"})j", {"--function", "mish"}},
        {R"j({"id": "softplus"})j", {"--function", "softplus"}},
        {R"j({"id": "tanh"})j", {"--function", "tanh"}},
        {R"j({"id": "sigmoid"})j", {"--function", "sigmoid"}},
        // And at other parameters (Softplus' threshold inside the grid: beta x > 4 for x > 2).
        {R"j({"id": "leaky_relu", "slope": 0.2})j", {"--function", "leaky_relu", "--slope", "0.2"}},
        {R"j({"id": "elu", "alpha": 0.5})j", {"--function", "elu", "--alpha", "0.5"}},
        {R"j({"id": "elu", "alpha": -0.3})j", {"--function", "elu", "--alpha", "-0.3"}},
        {R"j({"id": "selu", "alpha": 1.5, "lambda": 1.2})j",
         {"--function", "selu", "--alpha", "1.5", "--lambda", "1.2"}},
        {R"j({"id": "prelu", "slope": -0.5})j", {"--function", "prelu", "--slope", "-0.5"}},
        {R"j({"id": "celu", "alpha": 0.7})j", {"--function", "celu", "--alpha", "0.7"}},
        {R"j({"id": "silu", "beta": 2.5})j", {"--function", "silu", "--beta", "2.5"}},
        {R"j({"id": "softplus", "beta": 2, "threshold": 4})j",
         {"--function", "softplus", "--beta", "2", "--threshold", "4"}},
        {R"j({"id": "softplus", "beta": 0.1, "threshold": 0})j",
         {"--function", "softplus", "--beta", "0.1", "--threshold", "0"}},
        // Typed functions.
        {R"j({"expression": "x*tanh(log(1+exp(x)))", "name": "Mish naive"})j",
         {"--expression", "x*tanh(log(1+exp(x)))"}},
        {R"j({"expression": "where(x > 0, x, a*expm1(x))", "name": "ELU typed", "parameters": {"a": 0.7},
             "sliders": {"a": {"min": 0, "max": 2, "default": 0.7}}})j",
         {"--expression", "where(x > 0, x, a*expm1(x))", "--param", "a=0.7"}},
        {R"j({"expression": "exp(a)*x - 1/(1+exp(-b*x)) + erf(x/b)", "name": "Folded", "parameters": {"a": 0.3, "b": 1.7},
             "sliders": {"a": {"min": 0, "max": 2, "default": 0.3}, "b": {"min": 0, "max": 2, "default": 1.7}}})j",
         {"--expression", "exp(a)*x - 1/(1+exp(-b*x)) + erf(x/b)", "--param", "a=0.3", "--param", "b=1.7"}},
        {R"j({"expression": "1 - tanh(x)^2", "name": "tanh prime"})j", {"--expression", "1 - tanh(x)^2"}},
        {R"j({"expression": "sigmoid(x)*sigmoid(-x) + erfc(x)", "name": "sigmoid prime"})j",
         {"--expression", "sigmoid(x)*sigmoid(-x) + erfc(x)"}},
        {R"j({"expression": "elu(2*x - 1, 0.5) + softplus(x, 2, 3) - gelu(x)*selu(x)", "name": "builtins inside"})j",
         {"--expression", "elu(2*x - 1, 0.5) + softplus(x, 2, 3) - gelu(x)*selu(x)"}},
        {R"j({"expression": "where(x >= 1, 2, 0.5*x) + abs(x - 0.3) + max(x, 0.1*x) + sqrt(1 + x^2)", "name": "branches"})j",
         {"--expression", "where(x >= 1, 2, 0.5*x) + abs(x - 0.3) + max(x, 0.1*x) + sqrt(1 + x^2)"}},
        {R"j({"expression": "(x^3 - 2*x^2)/(1 + x^4) + sin(x)*cos(2*x) + log1p(x^2) + 2^x + pi",
             "name": "arithmetic"})j",
         {"--expression", "(x^3 - 2*x^2)/(1 + x^4) + sin(x)*cos(2*x) + log1p(x^2) + 2^x + pi"}},
        {R"j({"expression": "x - (x - (x - 1))*sinh(x/4) + cosh(x/3)/(1 + x^2)^2", "name": "grouping"})j",
         {"--expression", "x - (x - (x - 1))*sinh(x/4) + cosh(x/3)/(1 + x^2)^2"}},
        {R"j({"expression": "2*a + 1", "name": "constant", "parameters": {"a": 0.25},
             "sliders": {"a": {"min": 0, "max": 2, "default": 0.25}}})j",
         {"--expression", "2*a + 1", "--param", "a=0.25"}},
    };
    return kCurves;
}

std::string sceneText() {
    std::string functions;
    for (const Curve& curve : curves()) functions += (functions.empty() ? "" : ",\n        ") + curve.sceneEntry;
    return "{\"format\": \"activation-lab-scene\", \"version\": 2,\n    \"functions\": [\n        " + functions +
           "\n    ]}\n";
}

// The runner: the module's ACTIVATIONS over the x values of a file, one line per curve: the
// label, a tab, then repr() of each value (shortest round-trip).
constexpr const char* kRunner = R"(import importlib.util, sys
spec = importlib.util.spec_from_file_location("activations", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
xs = [float(v) for v in open(sys.argv[2]).read().split()]
if sys.argv[3] == "pytorch":
    import torch
    x = torch.tensor(xs, dtype=torch.float64)
    convert = lambda y: [float(v) for v in y.tolist()]
else:
    import numpy as np
    x = np.array(xs, dtype=np.float64)
    convert = lambda y: [float(v) for v in np.asarray(y, dtype=np.float64).ravel()]
for label, f in module.ACTIVATIONS.items():
    y = convert(f(x))
    assert len(y) == len(xs), (label, len(y))
    print(label + "\t" + " ".join(repr(v) for v in y))
)";

// Debian's python3 (the one apt's python3-numpy and python3-torch belong to).
bool pythonHas(const std::string& module) {
    if (std::string(ALAB_PYTHON3).empty()) return false;
    return test::runProcess(ALAB_PYTHON3, {"-c", "import " + module}).exitCode == 0;
}

class CodeCommand : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("alab_code_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        std::ofstream(path("scene.alab")) << sceneText();
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    // Runs the module for `language` and compares every curve with `table`.
    void compareWithTable(const std::string& language) {
        const auto code =
            run({"code", "--scene", path("scene.alab"), "--language", language, "--output", path("activations.py")});
        ASSERT_EQ(code.exitCode, 0) << code.err;
        ASSERT_EQ(code.out, "");
        // The grid: 97 points on [-3, 3] (step 1/16, 0 included), as `table` computes them.
        const std::vector<std::string> grid{"--from", "-3", "--to", "3", "--points", "97"};
        std::vector<std::vector<double>> expected;
        std::vector<double> xs;
        for (const Curve& curve : curves()) {
            std::vector<std::string> args{"table"};
            args.insert(args.end(), curve.tableOptions.begin(), curve.tableOptions.end());
            args.insert(args.end(), grid.begin(), grid.end());
            const auto table = run(args);
            ASSERT_EQ(table.exitCode, 0) << table.err;
            std::istringstream lines(table.out);
            std::string line;
            std::getline(lines, line);  // x,f
            std::vector<double> column;
            std::vector<double> x;
            while (std::getline(lines, line)) {
                const std::size_t comma = line.find(',');
                x.push_back(std::strtod(line.substr(0, comma).c_str(), nullptr));
                column.push_back(std::strtod(line.substr(comma + 1).c_str(), nullptr));
            }
            ASSERT_EQ(column.size(), 97u) << curve.sceneEntry;
            if (xs.empty()) xs = x;
            ASSERT_EQ(x, xs);
            expected.push_back(column);
        }
        {
            std::ofstream out(path("x.txt"));
            out.precision(17);
            for (const double x : xs) out << x << '\n';
        }
        std::ofstream(path("runner.py")) << kRunner;
        const auto python =
            test::runProcess(ALAB_PYTHON3, {path("runner.py"), path("activations.py"), path("x.txt"), language},
                             std::chrono::seconds(120));
        ASSERT_EQ(python.exitCode, 0) << python.err << "\n" << readAll(path("activations.py"));
        std::istringstream lines(python.out);
        std::string line;
        std::size_t curve = 0;
        double worst = 0.0;
        while (std::getline(lines, line)) {
            ASSERT_LT(curve, curves().size()) << line;
            const std::size_t tab = line.find('\t');
            ASSERT_NE(tab, std::string::npos) << line;
            std::istringstream values(line.substr(tab + 1));
            const std::string label = line.substr(0, tab);
            std::string text;
            for (std::size_t i = 0; i < xs.size(); ++i) {
                ASSERT_TRUE(values >> text) << label;
                const double got = std::strtod(text.c_str(), nullptr);
                const double want = expected[curve][i];
                const double error = want == got ? 0.0 : std::abs(got - want) / std::abs(want);
                worst = std::max(worst, error);
                EXPECT_LE(error, 1e-12) << language << " " << label << " at x = " << xs[i] << ": " << text
                                        << " against table's " << want << " (" << curves()[curve].sceneEntry << ")";
            }
            ++curve;
        }
        EXPECT_EQ(curve, curves().size()) << python.out;
        std::cout << "[ " << language << " ] largest relative difference from table: " << worst << '\n';
    }

    fs::path dir_;
};

TEST_F(CodeCommand, NumPyModuleEqualsTable) {
    if (!pythonHas("numpy")) GTEST_SKIP() << "python3-numpy is not installed (scripts/install-deps.sh installs it)";
    compareWithTable("numpy");
}

TEST_F(CodeCommand, PyTorchModuleEqualsTableInFloat64) {
    if (!pythonHas("torch")) GTEST_SKIP() << "python3-torch is not installed (apt-get install python3-torch)";
    compareWithTable("pytorch");
}

TEST_F(CodeCommand, PyTorchUsesTorchNnFunctionalWhereItHasTheFunction) {
    const auto r = run({"code", "--scene", path("scene.alab"), "--language", "pytorch"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string& m = r.out;
    for (const char* call :
         {"import torch.nn.functional as F", "F.relu(x)", "F.leaky_relu(x, negative_slope=0.01)", "F.elu(x, alpha=1.0)",
          "F.selu(x)", "F.celu(x, alpha=0.7)", "F.gelu(x)", "F.gelu(x, approximate=\"tanh\")", "F.silu(x)", "F.mish(x)",
          "F.softplus(x, beta=2.0, threshold=4.0)", "F.elu(x, alpha=0.5)", "F.elu(x, alpha=-0.3)", "torch.tanh(x)",
          "torch.sigmoid(x)", "torch.where(", "torch.special.erf(", "torch.expm1("}) {
        EXPECT_NE(m.find(call), std::string::npos) << call << "\n" << m;
    }
    // SELU at other constants and SiLU with beta != 1 are not F.selu / F.silu.
    EXPECT_NE(m.find("1.2 * torch.where(x > 0, x, 1.5 * torch.expm1("), std::string::npos) << m;
    EXPECT_NE(m.find("x * torch.sigmoid(2.5 * x)"), std::string::npos) << m;
    // Labels as the legend has them, in scene order; a repeated label gets a number.
    EXPECT_NE(m.find("ACTIVATIONS = {\n    \"ReLU\": relu,\n"), std::string::npos) << m;
    EXPECT_NE(m.find("\"ELU (\u03b1 = 0.5)\": elu_2,"), std::string::npos) << m;
    EXPECT_NE(m.find("\"Mish naive\": mish_naive,"), std::string::npos) << m;
    EXPECT_EQ(m.find("import numpy"), std::string::npos);
}

TEST_F(CodeCommand, NumPyNeedsOnlyNumPyAndMath) {
    const auto r = run({"code", "--scene", path("scene.alab"), "--language", "numpy"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("import math\n\nimport numpy as np\n"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("torch"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("scipy"), std::string::npos) << r.out;
}

TEST_F(CodeCommand, OutputFileHoldsWhatStdoutPrints) {
    // Built-ins only: GiNaC may order a typed function's terms differently from one process to
    // the next (the same values, summed in another order).
    std::ofstream(path("builtins.alab")) << R"j({"format": "activation-lab-scene", "version": 2, "functions": [
        {"id": "elu", "alpha": 0.5}, {"id": "gelu"}, {"id": "softplus", "beta": 2, "threshold": 10}]})j";
    const auto printed = run({"code", "--scene", path("builtins.alab"), "--language", "numpy"});
    const auto written =
        run({"code", "--scene", path("builtins.alab"), "--language", "numpy", "--output", path("out.py")});
    ASSERT_EQ(written.exitCode, 0) << written.err;
    EXPECT_EQ(written.out, "");
    EXPECT_FALSE(printed.out.empty());
    EXPECT_EQ(readAll(path("out.py")), printed.out);
}

TEST_F(CodeCommand, OnlyTheVisibleCurves) {
    std::ofstream(path("two.alab")) << R"j({"format": "activation-lab-scene", "version": 2, "functions": [
        {"id": "elu", "alpha": 0.5}, {"id": "relu", "visible": false}, {"id": "tanh", "label": "my tanh"}]})j";
    const auto r = run({"code", "--scene", path("two.alab"), "--language", "pytorch"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("ACTIVATIONS = {\n    \"ELU (\u03b1 = 0.5)\": elu,\n    \"my tanh\": tanh,\n}\n"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("relu"), std::string::npos) << r.out;
}

struct BadCase {
    const char* name;
    std::vector<std::string> args;  // DIR/ is replaced by the test's folder
    const char* expected;           // in the one line on stderr
};

void PrintTo(const BadCase& c, std::ostream* out) { *out << c.name; }

class CodeBadInput : public CodeCommand, public ::testing::WithParamInterface<BadCase> {};

TEST_P(CodeBadInput, OneLineExitTwoNothingWritten) {
    const BadCase& c = GetParam();
    std::ofstream(path("junk.alab")) << "{\"format\": \"activation-lab-scene\", \"version\": 2, \"functions\": [";
    std::ofstream(path("typo.alab")) << R"j({"format": "activation-lab-scene", "version": 2, "functions": [
        {"expression": "tanhh(x)",
        "name" : "typo"
}]
})j";
    std::ofstream(path("none.alab")) << R"j({"format": "activation-lab-scene", "version": 2, "functions": [
        {"id": "elu", "visible": false}]})j";
    std::vector<std::string> args{"code"};
    for (std::string arg : c.args) args.push_back(arg.starts_with("DIR/") ? path(arg.substr(4)) : arg);
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(r.out, "");
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "more than one line: " << r.err;
    EXPECT_NE(r.err.find(c.expected), std::string::npos) << r.err;
    for (const auto& entry : fs::directory_iterator(dir_)) {
        EXPECT_NE(entry.path().extension(), ".py") << entry.path();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, CodeBadInput,
    ::testing::Values(
        BadCase{"unknown_language",
                {"--scene", "DIR/scene.alab", "--language", "jax"},
                "--language: unknown language 'jax'"},
        BadCase{"no_language", {"--scene", "DIR/scene.alab", "--output", "DIR/a.py"}, "--language is required"},
        BadCase{"no_scene", {"--language", "numpy", "--output", "DIR/a.py"}, "--scene FILE is required"},
        BadCase{"missing_scene",
                {"--scene", "DIR/nowhere.alab", "--language", "numpy", "--output", "DIR/a.py"},
                "--scene: "},
        BadCase{"truncated_scene",
                {"--scene", "DIR/junk.alab", "--language", "pytorch", "--output", "DIR/a.py"},
                "--scene: "},
        BadCase{"expression_that_does_not_parse",
                {"--scene", "DIR/typo.alab", "--language", "numpy", "--output", "DIR/a.py"},
                "expression"},
        BadCase{"no_visible_curve", {"--scene", "DIR/none.alab", "--language", "numpy"}, "shows no curves"},
        BadCase{"unknown_option", {"--scene", "DIR/scene.alab", "--language", "numpy", "--lang", "x"}, "--lang"},
        BadCase{"unwritable_output",
                {"--scene", "DIR/scene.alab", "--language", "numpy", "--output", "DIR/no/such/dir/a.py"},
                "--output"}),
    [](const ::testing::TestParamInfo<BadCase>& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace alab
