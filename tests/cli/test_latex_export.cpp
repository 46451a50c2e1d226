// SPDX-License-Identifier: GPL-3.0-or-later
// `render --output FILE.tex`, the pgfplots document File > Export > LaTeX writes: its structure
// (one \addplot table per curve and derivative, the theme's colours, the legend, numbers that
// parse, the sample count, the break where f' jumps), and, when pdflatex with pgfplots is
// installed, that it compiles to a PDF whose pixels carry the curves' colours.
#include "process.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

namespace alab {
namespace {

namespace fs = std::filesystem;

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

constexpr const char* kScene = R"j({"format": "activation-lab-scene", "version": 2, "functions": [
    {"id": "elu", "alpha": 0.5}, {"id": "relu"}, {"id": "elu", "visible": false},
    {"expression": "where(x > 1.01, x, 0.5*x)",
                     "name" : "kinked"
}],
    "display": {"showDerivatives": true},
    "view": {"xMin": -4, "xMax": 4, "autoY": true}
})j";

// One \addplot: its options and its rows.
struct Plot {
    std::string options;
    std::vector<std::pair<double, double>> rows;
    bool numbersParse = true;
};

std::vector<Plot> plots(const std::string& tex) {
    std::vector<Plot> result;
    std::size_t at = 0;
    while ((at = tex.find("\\addplot[", at)) != std::string::npos) {
        Plot plot;
        const std::size_t close = tex.find(']', at);
        plot.options = tex.substr(at + 9, close - at - 9);
        const std::size_t body = tex.find("x y\\\\\n", close);
        const std::size_t end = tex.find("};", close);
        at = end;
        if (body == std::string::npos || body > end) continue;  // the zero line: coordinates, not a table
        std::istringstream lines(tex.substr(body + 6, end - body - 6));
        std::string line;
        while (std::getline(lines, line)) {
            if (line.find_first_not_of(' ') == std::string::npos) continue;
            std::istringstream fields(line);
            std::string x, y;
            fields >> x >> y;
            if (y.size() < 3 || y.substr(y.size() - 2) != "\\\\") {
                plot.numbersParse = false;
                continue;
            }
            y.resize(y.size() - 2);
            char* endX = nullptr;
            char* endY = nullptr;
            const double vx = std::strtod(x.c_str(), &endX);
            const double vy = std::strtod(y.c_str(), &endY);
            if (*endX != '\0' || *endY != '\0' || x.empty() || y.empty()) plot.numbersParse = false;
            plot.rows.emplace_back(vx, vy);
        }
        result.push_back(plot);
    }
    return result;
}

class LatexExport : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("alab_latex_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        std::ofstream(path("scene.alab")) << kScene;
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    std::string render(const std::vector<std::string>& extra = {}) {
        std::vector<std::string> args{"render", "--scene", path("scene.alab"), "--output", path("figure.tex")};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(r.err, "");
        return readAll(path("figure.tex"));
    }

    fs::path dir_;
};

TEST_F(LatexExport, OneTablePerVisibleCurveAndDerivative) {
    const std::string tex = render();
    ASSERT_TRUE(tex.starts_with("%")) << tex.substr(0, 200);
    for (const char* part :
         {"\\documentclass{standalone}", "\\usepackage{pgfplots}", "\\begin{axis}[", "xmin=-4, xmax=4", "xlabel={$x$}",
          "ylabel={$f(x)$, $f'(x)$}", "unbounded coords=jump", "\\end{axis}", "\\end{document}\n"}) {
        EXPECT_NE(tex.find(part), std::string::npos) << part;
    }
    // Three visible curves, in scene order: f and f' of each, with the legend's labels.
    const std::vector<Plot> all = plots(tex);
    ASSERT_EQ(all.size(), 6u);
    for (const char* entry : {"\\addlegendentry{ELU ($\\alpha$ = 0.5)}", "\\addlegendentry{ELU ($\\alpha$ = 0.5)$'$}",
                              "\\addlegendentry{ReLU}", "\\addlegendentry{ReLU$'$}", "\\addlegendentry{kinked}"}) {
        EXPECT_NE(tex.find(entry), std::string::npos) << entry;
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Plot& plot = all[i];
        EXPECT_TRUE(plot.numbersParse) << i;
        EXPECT_TRUE(plot.options.starts_with("alabcurve" + std::to_string(i / 2 + 1) + ",")) << plot.options;
        // f: solid; f': a dash pattern of its own.
        if (i % 2 == 0) {
            EXPECT_NE(plot.options.find("solid"), std::string::npos) << plot.options;
        } else {
            EXPECT_NE(plot.options.find("dash pattern=on "), std::string::npos) << plot.options;
        }
    }
    // f: 401 samples from xmin to xmax with x = 0 exactly; ELU (alpha 0.5) values.
    const Plot& elu = all[0];
    ASSERT_EQ(elu.rows.size(), 401u);
    EXPECT_EQ(elu.rows.front().first, -4.0);
    EXPECT_EQ(elu.rows.back().first, 4.0);
    EXPECT_EQ(elu.rows[200].first, 0.0);
    for (const auto& [x, y] : elu.rows) {
        const double want = x > 0 ? x : 0.5 * std::expm1(x);
        EXPECT_NEAR(y, want, 4e-16 * std::max(1.0, std::abs(want))) << x;
    }
    // ReLU's f' jumps at 0: its limits on both sides with a nan row between (pgfplots breaks the
    // line there), so 401 - 1 + 3 rows.
    const Plot& reluSlope = all[3];
    ASSERT_EQ(reluSlope.rows.size(), 403u);
    EXPECT_EQ(reluSlope.rows[200], (std::pair<double, double>{0.0, 0.0}));
    EXPECT_TRUE(std::isnan(reluSlope.rows[201].second));
    EXPECT_EQ(reluSlope.rows[202], (std::pair<double, double>{0.0, 1.0}));
    // The typed curve's f' jumps at its switch point x = 1.01 (not a sample: 401 + 3 rows).
    const Plot& kinkedSlope = all[5];
    EXPECT_EQ(kinkedSlope.rows.size(), 404u);
    std::size_t breaks = 0;
    for (const auto& row : kinkedSlope.rows) breaks += std::isnan(row.second) ? 1 : 0;
    EXPECT_EQ(breaks, 1u);
}

TEST_F(LatexExport, ColoursAreTheThemes) {
    // Okabe-Ito: ELU blue #0072B2, ReLU bluish green #009E73 on Light; ELU sky blue #56B4E9 on Dark.
    const std::string light = render();
    EXPECT_NE(light.find("\\definecolor{alabcurve1}{RGB}{0,114,178}"), std::string::npos);
    EXPECT_NE(light.find("\\definecolor{alabcurve2}{RGB}{0,158,115}"), std::string::npos);
    EXPECT_NE(light.find("\\definecolor{alabbackground}{RGB}{255,255,255}"), std::string::npos);
    EXPECT_EQ(light.find("alabcurve4"), std::string::npos);  // the hidden ELU has none
    const std::string dark = render({"--theme", "dark"});
    EXPECT_NE(dark.find("\\definecolor{alabcurve1}{RGB}{86,180,233}"), std::string::npos);
    EXPECT_EQ(dark.find("\\definecolor{alabbackground}{RGB}{255,255,255}"), std::string::npos);
}

TEST_F(LatexExport, PixelOptionsDoNotApply) {
    const auto r = run({"render", "--scene", path("scene.alab"), "--output", path("figure.tex"), "--size", "800x600"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("--size does not apply to a .tex output"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(path("figure.tex")));
}

TEST_F(LatexExport, CompilesWithPdflatex) {
    if (std::string(ALAB_PDFLATEX).empty() || std::string(ALAB_KPSEWHICH).empty()) {
        GTEST_SKIP() << "pdflatex is not installed (texlive-latex-extra, texlive-pictures)";
    }
    const auto found = test::runProcess(ALAB_KPSEWHICH, {"pgfplots.sty"});
    if (found.exitCode != 0 || found.out.empty()) GTEST_SKIP() << "pgfplots.sty is not installed (texlive-pictures)";
    render();
    const auto latex = test::runProcess(
        ALAB_PDFLATEX,
        {"-interaction=nonstopmode", "-halt-on-error", "-output-directory", dir_.string(), path("figure.tex")},
        std::chrono::seconds(180));
    ASSERT_EQ(latex.exitCode, 0) << latex.out << latex.err;
    ASSERT_TRUE(fs::exists(path("figure.pdf")));
    if (std::string(ALAB_PDFTOPPM).empty()) GTEST_SKIP() << "pdftoppm is not installed (poppler-utils)";
    const auto raster = test::runProcess(ALAB_PDFTOPPM, {"-r", "60", path("figure.pdf"), path("page")});
    ASSERT_EQ(raster.exitCode, 0) << raster.err;
    fs::path ppm;
    for (const auto& entry : fs::directory_iterator(dir_)) {
        if (entry.path().extension() == ".ppm") ppm = entry.path();
    }
    ASSERT_FALSE(ppm.empty());
    // P6 width height 255, then RGB bytes: count pixels near each curve's colour.
    std::ifstream in(ppm, std::ios::binary);
    std::string magic;
    int width = 0, height = 0, maxValue = 0;
    in >> magic >> width >> height >> maxValue;
    in.get();
    ASSERT_EQ(magic, "P6");
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
    in.read(reinterpret_cast<char*>(pixels.data()), static_cast<std::streamsize>(pixels.size()));
    const auto near = [&](int r, int g, int b) {
        std::size_t count = 0;
        for (std::size_t i = 0; i + 2 < pixels.size(); i += 3) {
            if (std::abs(pixels[i] - r) + std::abs(pixels[i + 1] - g) + std::abs(pixels[i + 2] - b) < 40) ++count;
        }
        return count;
    };
    EXPECT_GT(near(0, 114, 178), 100u) << "ELU's blue";
    EXPECT_GT(near(0, 158, 115), 100u) << "ReLU's green";
}

}  // namespace
}  // namespace alab
