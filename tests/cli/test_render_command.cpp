// SPDX-License-Identifier: GPL-3.0-or-later
// `activation-lab render` run as a user would, with no display (the run helper starts it without
// DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM): files of the right kind and size, and for bad
// input one line on stderr, exit code 2 and no file.
#include "process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace alab {
namespace {

namespace fs = std::filesystem;

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Width and height from a PNG's IHDR.
std::pair<unsigned, unsigned> pngSize(const std::string& png) {
    if (png.size() < 24 || png.compare(1, 3, "PNG") != 0) return {0, 0};
    const auto be = [&](std::size_t at) {
        unsigned v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
        return v;
    };
    return {be(16), be(20)};
}

// Every scene file the program ships, also those a lecture keeps in a folder of its own.
std::vector<fs::path> shippedSceneFiles() {
    std::vector<fs::path> scenes;
    for (const auto& entry : fs::recursive_directory_iterator(ALAB_SCENES_DIR))
        if (entry.is_regular_file() && entry.path().extension() == ".alab") scenes.push_back(entry.path());
    std::sort(scenes.begin(), scenes.end());
    return scenes;
}

class RenderCommand : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("alab_render_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    fs::path dir_;
};

TEST_F(RenderCommand, PngOfTheDefaultSceneAtTheGivenSize) {
    const auto r = run({"render", "--output", path("a.png"), "--size", "800x450", "--dpi", "96"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(pngSize(readAll(path("a.png"))), std::make_pair(800U, 450U));
}

TEST_F(RenderCommand, DefaultSizeIsSlide1080p) {
    const auto r = run({"render", "--output", path("a.png")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(pngSize(readAll(path("a.png"))), std::make_pair(1920U, 1080U));
}

TEST_F(RenderCommand, SvgAndPdfFromTheExtension) {
    auto r = run({"render", "--output", path("a.svg"), "--function", "elu", "--function", "relu", "--alpha", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string svg = readAll(path("a.svg"));
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("viewBox=\"0 0 1920 1080\""), std::string::npos);
    EXPECT_NE(svg.find("width=\"13.3333in\""), std::string::npos);

    r = run({"render", "--output", path("a.PDF"), "--size", "1050x788", "--dpi", "300", "--theme", "presentation"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(readAll(path("a.PDF")).substr(0, 5), "%PDF-");
}

TEST_F(RenderCommand, TitleIsDrawnAboveThePlot) {
    auto r = run({"render", "--output", path("plain.svg"), "--size", "800x450"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = run({"render", "--output", path("titled.svg"), "--size", "800x450", "--title", "ELU & ReLU <at> α = 0.5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string plain = readAll(path("plain.svg"));
    const std::string titled = readAll(path("titled.svg"));
    EXPECT_EQ(plain.find("ReLU &lt;at&gt;"), std::string::npos);
    // The text, escaped for XML, in the picture (Qt writes a text element per script).
    EXPECT_NE(titled.find(">ELU &amp; ReLU &lt;at&gt; "), std::string::npos);
    EXPECT_NE(titled.find(">α = 0.5<"), std::string::npos);
    r = run({"render", "--output", path("titled.png"), "--size", "800x450", "--title", "Title"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(pngSize(readAll(path("titled.png"))), std::make_pair(800u, 450u));
}

TEST_F(RenderCommand, EveryShippedCurveSceneRenders) {
    const auto scenes = shippedSceneFiles();
    EXPECT_GE(scenes.size(), 10U);
    for (const auto& scene : scenes) {
        const auto r = run({"render", "--scene", scene.string(), "--view", "curves", "--output", path("s.png")});
        EXPECT_EQ(r.exitCode, 0) << scene << ": " << r.err;
    }
}

// render --output FILE.csv writes the curve data of the scene, headed by the curves' labels.
TEST_F(RenderCommand, CsvOutputWritesTheCurveData) {
    const std::string scene = std::string(ALAB_SCENES_DIR) + "/elu-family.alab";
    const auto r = run({"render", "--scene", scene, "--output", path("family.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string csv = readAll(path("family.csv"));
    const std::string header = csv.substr(0, csv.find('\n'));
    EXPECT_EQ(header,
              "x,ELU (\u03b1 = 0.25),ELU (\u03b1 = 0.25)\u2032,ELU (\u03b1 = 0.5),ELU (\u03b1 = 0.5)\u2032,ELU,"
              "ELU\u2032,ELU (\u03b1 = 2),ELU (\u03b1 = 2)\u2032");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1002);  // header and 1001 points
    // The row at x = -5 holds the core's values (shortest round-trip text).
    const std::string first = csv.substr(csv.find('\n') + 1, csv.find('\n', csv.find('\n') + 1) - csv.find('\n') - 1);
    EXPECT_EQ(first.substr(0, first.find(',')), "-5");
    const auto figureOption = run({"render", "--scene", scene, "--output", path("bad.csv"), "--size", "800x450"});
    EXPECT_EQ(figureOption.exitCode, 2);
    EXPECT_NE(figureOption.err.find("--size does not apply to a .csv output"), std::string::npos) << figureOption.err;
    EXPECT_FALSE(fs::exists(path("bad.csv")));
}

TEST_F(RenderCommand, EveryShippedSceneRendersItsOwnView) {
    for (const auto& scene : shippedSceneFiles()) {
        const auto r = run({"render", "--scene", scene.string(), "--output", path("s.png"), "--size", "960x540"});
        EXPECT_EQ(r.exitCode, 0) << scene << ": " << r.err;
        EXPECT_EQ(pngSize(readAll(path("s.png"))), std::make_pair(960U, 540U)) << scene;
    }
}

TEST_F(RenderCommand, EveryViewRendersItsOwnPicture) {
    std::vector<std::string> pictures;
    for (const char* view : {"curves", "histogram", "propagation", "meanmap"}) {
        const std::string out = path(std::string(view) + ".png");
        const auto r = run({"render", "--view", view, "--output", out, "--size", "800x450"});
        ASSERT_EQ(r.exitCode, 0) << view << ": " << r.err;
        const std::string png = readAll(out);
        EXPECT_EQ(pngSize(png), std::make_pair(800U, 450U)) << view;
        for (const std::string& other : pictures) EXPECT_NE(png, other) << view;
        pictures.push_back(png);
    }
}

TEST_F(RenderCommand, SceneFileAsArgumentIsNotAnUnknownCommand) {
    // Without a display the window cannot open: it says so, instead of "unknown command".
    const auto r = run({path("lecture.alab")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.find("unknown command"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("no display"), std::string::npos) << r.err;
    const auto typo = run({"rendr", "--output", path("a.png")});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_NE(typo.err.find("unknown command 'rendr'"), std::string::npos) << typo.err;
}

TEST_F(RenderCommand, SceneFileAsArgumentWithTheCallersDisplayVariablesSet) {
    // The test process has what a Wayland desktop or a Qt CI job (QT_QPA_PLATFORM=offscreen)
    // exports; the child must still start without a display, not open a window that never closes.
    test::ScopedEnvironment environment;
    environment.setDisplayVariables();
    const auto r = test::runProcess(ALAB_EXECUTABLE, {path("lecture.alab")}, std::chrono::seconds(20));
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("no display"), std::string::npos) << r.err;
}

struct BadCase {
    const char* name;
    std::vector<std::string> args;  // "OUT" is replaced by the output path
    const char* expected;           // in the one line on stderr
};

void PrintTo(const BadCase& c, std::ostream* out) { *out << c.name; }

class RenderBadInput : public RenderCommand, public ::testing::WithParamInterface<BadCase> {};

TEST_P(RenderBadInput, OneLineExitTwoNoFile) {
    const BadCase& c = GetParam();
    {
        std::ofstream(path("bad.alab"))
            << "{\"format\": \"activation-lab-scene\", \"version\": 1, \"functions\": [{\"id\": "
               "\"elu\", \"alpha\": 1e308}]}";
        std::ofstream(path("new.alab")) << "{\"format\": \"activation-lab-scene\", \"version\": 3}";
        std::ofstream(path("junk.alab")) << "\x89PNG\r\n\x1a\n\x00\x01garbage";
        std::ofstream(path("omega.alab"))
            << "{\"format\": \"activation-lab-scene\", \"version\": 1, \"meanMap\": {\"omega\": 1e6}}";
    }
    fs::create_directories(path("folder.png"));
    std::vector<std::string> args = {"render"};
    std::string output;
    for (std::string arg : c.args) {
        if (arg.starts_with("OUT")) {
            arg = path(arg.substr(3));
            output = arg;
        } else if (arg.starts_with("DIR/")) {
            arg = path(arg.substr(4));
        }
        args.push_back(arg);
    }
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(r.out, "");
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "more than one line: " << r.err;
    EXPECT_NE(r.err.find(c.expected), std::string::npos) << r.err;
    if (!output.empty() && !fs::is_directory(output)) {
        EXPECT_FALSE(fs::exists(output)) << output;
    }
    // No temporary file of an atomic write left behind either.
    for (const auto& entry : fs::directory_iterator(dir_)) {
        const std::string name = entry.path().filename().string();
        EXPECT_TRUE(name == "bad.alab" || name == "new.alab" || name == "junk.alab" || name == "omega.alab" ||
                    name == "folder.png")
            << name;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, RenderBadInput,
    ::testing::Values(
        BadCase{"no_output", {"--size", "800x600"}, "--output FILE is required"},
        BadCase{"unknown_extension", {"--output", "OUTa.tiff"}, "must end in .png, .svg, .pdf, .csv or .tex"},
        BadCase{"gif_without_sweep", {"--output", "OUTa.gif"}, "--output: '"},
        BadCase{"unknown_view", {"--view", "pie", "--output", "OUTa.png"}, "unknown view 'pie'"},
        BadCase{"unwritable_output", {"--output", "OUTno/such/dir/a.png"}, "cannot write"},
        BadCase{"output_is_a_folder", {"--output", "OUTfolder.png"}, "cannot write"},
        BadCase{"size_not_wxh", {"--size", "big", "--output", "OUTa.png"}, "--size"},
        BadCase{"size_zero", {"--size", "0x0", "--output", "OUTa.png"}, "--size"},
        BadCase{"size_huge", {"--size", "100000x100", "--output", "OUTa.png"}, "--size"},
        BadCase{"dpi_zero", {"--dpi", "0", "--output", "OUTa.png"}, "dpi"},
        BadCase{"too_small_for_dpi", {"--size", "100x100", "--dpi", "600", "--output", "OUTa.png"}, "too small"},
        BadCase{"unknown_theme", {"--theme", "neon", "--output", "OUTa.png"}, "unknown theme 'neon'"},
        BadCase{"unknown_function", {"--function", "tanh2", "--output", "OUTa.png"}, "unknown function 'tanh2'"},
        BadCase{"parameter_of_no_shown_function",
                {"--function", "relu", "--alpha", "2", "--output", "OUTa.png"},
                "--alpha does not apply"},
        BadCase{"parameter_out_of_range", {"--alpha", "1e308", "--output", "OUTa.png"}, "outside"},
        BadCase{"parameter_nan", {"--alpha", "nan", "--output", "OUTa.png"}, "--alpha"},
        BadCase{"missing_scene", {"--scene", "DIR/none.alab", "--output", "OUTa.png"}, "none.alab: cannot open"},
        BadCase{"scene_out_of_range",
                {"--scene", "DIR/bad.alab", "--output", "OUTa.png"},
                "bad.alab: functions[0].alpha: 1e+308 is outside -100"},
        BadCase{"scene_newer_version", {"--scene", "DIR/new.alab", "--output", "OUTa.png"}, "newer"},
        BadCase{"scene_beyond_a_control",
                {"--scene", "DIR/omega.alab", "--view", "meanmap", "--output", "OUTa.png"},
                "omega.alab: meanMap.omega: 1e+06 is outside -10"},
        BadCase{"scene_binary", {"--scene", "DIR/junk.alab", "--output", "OUTa.png"}, "not a scene file"},
        BadCase{"title_too_long", {"--title", std::string(201, 'x'), "--output", "OUTa.png"}, "--title: at most 200"},
        BadCase{"title_two_lines", {"--title", "one\ntwo", "--output", "OUTa.svg"}, "--title: one line"},
        BadCase{"title_on_csv", {"--title", "t", "--output", "OUTa.csv"}, "--title does not apply to a .csv"},
        BadCase{"title_on_tex", {"--title", "t", "--output", "OUTa.tex"}, "--title does not apply to a .tex"},
        BadCase{"unknown_option", {"--colour", "red", "--output", "OUTa.png"}, "--colour"}),
    [](const ::testing::TestParamInfo<BadCase>& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace alab
