// SPDX-License-Identifier: GPL-3.0-or-later
// `activation-lab render --sweep`: the animations read back with the libraries that decode them
// (giflib for the GIF, libavformat for the MP4, poppler's pdfinfo for the PDF), and bad sweeps
// refused with one line, exit code 2 and no file.
#include "process.h"

#include <gif_lib.h>
#include <gtest/gtest.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

namespace alab {
namespace {

namespace fs = std::filesystem;

test::ProcessResult run(const std::vector<std::string>& args) { return test::runProcess(ALAB_EXECUTABLE, args); }

class RenderSweep : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("alab_sweep_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    bool dirIsEmpty() const { return fs::is_empty(dir_); }

    fs::path dir_;
};

struct GifCloser {
    void operator()(GifFileType* gif) const {
        int error = 0;
        DGifCloseFile(gif, &error);
    }
};
using GifFile = std::unique_ptr<GifFileType, GifCloser>;

GifFile slurpGif(const std::string& file) {
    int error = 0;
    GifFile gif(DGifOpenFileName(file.c_str(), &error));
    if (!gif || DGifSlurp(gif.get()) != GIF_OK) return nullptr;
    return gif;
}

// The picture a viewer shows after each frame: frames drawn over the ones before (the file's
// disposal), as RGB triples.
std::vector<std::vector<std::array<unsigned char, 3>>> compositedFrames(const GifFileType& gif) {
    std::vector<std::array<unsigned char, 3>> canvas(static_cast<std::size_t>(gif.SWidth * gif.SHeight),
                                                     std::array<unsigned char, 3>{255, 0, 255});
    std::vector<std::vector<std::array<unsigned char, 3>>> frames;
    for (int i = 0; i < gif.ImageCount; ++i) {
        const SavedImage& image = gif.SavedImages[i];
        const GifImageDesc& d = image.ImageDesc;
        const ColorMapObject* map = d.ColorMap != nullptr ? d.ColorMap : gif.SColorMap;
        for (int y = 0; y < d.Height; ++y) {
            for (int x = 0; x < d.Width; ++x) {
                const GifColorType c = map->Colors[image.RasterBits[y * d.Width + x]];
                canvas[static_cast<std::size_t>((d.Top + y) * gif.SWidth + d.Left + x)] = {c.Red, c.Green, c.Blue};
            }
        }
        frames.push_back(canvas);
    }
    return frames;
}

// The Netscape application extension with a loop count of 0 (forever). DGifSlurp attaches the
// extensions before an image to that image: this one to the first.
bool loopsForever(const GifFileType& gif) {
    if (gif.ImageCount == 0) return false;
    const SavedImage& first = gif.SavedImages[0];
    for (int i = 0; i + 1 < first.ExtensionBlockCount; ++i) {
        const ExtensionBlock& b = first.ExtensionBlocks[i];
        const ExtensionBlock& next = first.ExtensionBlocks[i + 1];
        if (b.Function == APPLICATION_EXT_FUNC_CODE && b.ByteCount == 11 &&
            std::string(reinterpret_cast<const char*>(b.Bytes), 11) == "NETSCAPE2.0" &&
            next.Function == CONTINUE_EXT_FUNC_CODE && next.ByteCount == 3 && next.Bytes[0] == 1 &&
            next.Bytes[1] == 0 && next.Bytes[2] == 0)
            return true;
    }
    return false;
}

TEST_F(RenderSweep, GifHasAFramePerStepEachWithItsOwnPaletteAndNoFlash) {
    const auto r = run({"render", "--function", "elu", "--function", "relu", "--sweep", "alpha=0.1:2:12", "--size",
                        "320x180", "--output", path("a.gif")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const GifFile gif = slurpGif(path("a.gif"));
    ASSERT_TRUE(gif);
    EXPECT_EQ(gif->SWidth, 320);
    EXPECT_EQ(gif->SHeight, 180);
    ASSERT_EQ(gif->ImageCount, 12);
    EXPECT_EQ(gif->SColorMap, nullptr) << "one global palette instead of one per frame";
    EXPECT_TRUE(loopsForever(*gif));
    // The first frame covers the whole picture: nothing of the background ever shows.
    EXPECT_EQ(gif->SavedImages[0].ImageDesc.Width, 320);
    EXPECT_EQ(gif->SavedImages[0].ImageDesc.Height, 180);
    for (int i = 0; i < gif->ImageCount; ++i) {
        EXPECT_NE(gif->SavedImages[i].ImageDesc.ColorMap, nullptr) << "frame " << i;
        GraphicsControlBlock control{};
        ASSERT_EQ(DGifSavedExtensionToGCB(gif.get(), i, &control), GIF_OK) << "frame " << i;
        EXPECT_EQ(control.DisposalMode, DISPOSE_DO_NOT) << "frame " << i;
        EXPECT_EQ(control.TransparentColor, NO_TRANSPARENT_COLOR) << "frame " << i;
        EXPECT_EQ(control.DelayTime, 4) << "frame " << i;  // 25 frames a second
    }
    const auto frames = compositedFrames(*gif);
    EXPECT_NE(frames.front(), frames.back()) << "alpha changed, the picture did not";
    // Every step changes the ELU curve, so no two neighbours are the same picture.
    for (std::size_t i = 1; i < frames.size(); ++i) EXPECT_NE(frames[i - 1], frames[i]) << "frame " << i;
}

TEST_F(RenderSweep, GifFramesFollowFps) {
    const auto r = run({"render", "--function", "leaky_relu", "--sweep", "slope=0:0.5:4", "--fps", "10", "--size",
                        "200x120", "--dpi", "48", "--output", path("a.gif")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const GifFile gif = slurpGif(path("a.gif"));
    ASSERT_TRUE(gif);
    ASSERT_EQ(gif->ImageCount, 4);
    GraphicsControlBlock control{};
    ASSERT_EQ(DGifSavedExtensionToGCB(gif.get(), 0, &control), GIF_OK);
    EXPECT_EQ(control.DelayTime, 10);
}

TEST_F(RenderSweep, TypedFunctionParameterSweeps) {
    const auto r = run({"render", "--expression", "x*sigmoid(b*x)", "--param", "b=1", "--sweep", "b=0.5:3:4", "--size",
                        "240x160", "--dpi", "48", "--output", path("swish.gif")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const GifFile gif = slurpGif(path("swish.gif"));
    ASSERT_TRUE(gif);
    ASSERT_EQ(gif->ImageCount, 4);
    const auto frames = compositedFrames(*gif);
    EXPECT_NE(frames.front(), frames.back());
}

struct FormatCloser {
    void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};

TEST_F(RenderSweep, Mp4IsOneH264StreamWithAFramePerStep) {
    const auto r = run(
        {"render", "--function", "elu", "--sweep", "alpha=0.1:2:10", "--size", "320x180", "--output", path("a.mp4")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    AVFormatContext* raw = nullptr;
    ASSERT_EQ(avformat_open_input(&raw, path("a.mp4").c_str(), nullptr, nullptr), 0);
    const std::unique_ptr<AVFormatContext, FormatCloser> format(raw);
    ASSERT_GE(avformat_find_stream_info(format.get(), nullptr), 0);
    ASSERT_EQ(format->nb_streams, 1U);
    const AVStream* stream = format->streams[0];
    EXPECT_EQ(stream->codecpar->codec_type, AVMEDIA_TYPE_VIDEO);
    EXPECT_EQ(stream->codecpar->codec_id, AV_CODEC_ID_H264);
    EXPECT_EQ(stream->codecpar->width, 320);
    EXPECT_EQ(stream->codecpar->height, 180);
    EXPECT_EQ(stream->codecpar->format, AV_PIX_FMT_YUV420P);
    EXPECT_EQ(stream->nb_frames, 10);
    // Counted, not only declared: one packet per frame.
    AVPacket* packet = av_packet_alloc();
    int packets = 0;
    while (av_read_frame(format.get(), packet) >= 0) {
        ++packets;
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    EXPECT_EQ(packets, 10);
    EXPECT_NEAR(av_q2d(stream->avg_frame_rate), 25.0, 1e-9);
}

std::string commandOutput(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return out;
    char buffer[256];
    while (fgets(buffer, sizeof buffer, pipe) != nullptr) out += buffer;
    pclose(pipe);
    return out;
}

// The value of "Name:   value" in pdfinfo's output.
std::string pdfinfoField(const std::string& info, const std::string& name) {
    const auto at = info.find(name + ":");
    if (at == std::string::npos) return {};
    const auto start = info.find_first_not_of(' ', at + name.size() + 1);
    return info.substr(start, info.find('\n', start) - start);
}

TEST_F(RenderSweep, PdfHasAPagePerFrame) {
    const auto r = run({"render", "--function", "selu", "--sweep", "lambda=0.5:1.5:7", "--size", "800x450", "--dpi",
                        "96", "--output", path("a.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string info = commandOutput("pdfinfo '" + path("a.pdf") + "'");
    EXPECT_EQ(pdfinfoField(info, "Pages"), "7") << info;
    // 800 x 450 px at 96 dpi: 8.333 x 4.6875 in, 600 x 337.5 pt (Qt rounds the page to whole points).
    EXPECT_EQ(pdfinfoField(info, "Page size"), "600 x 338 pts") << info;
}

struct BadSweep {
    const char* name;
    std::vector<std::string> args;  // "OUT" is replaced by the output path
    const char* expected;           // in the one line on stderr
};

void PrintTo(const BadSweep& c, std::ostream* out) { *out << c.name; }

class RenderBadSweep : public RenderSweep, public ::testing::WithParamInterface<BadSweep> {};

TEST_P(RenderBadSweep, OneLineExitTwoNoFile) {
    std::vector<std::string> args = {"render", "--function", "elu"};
    for (std::string arg : GetParam().args) args.push_back(arg.starts_with("OUT") ? path(arg.substr(3)) : arg);
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(r.out, "");
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "more than one line: " << r.err;
    EXPECT_NE(r.err.find(GetParam().expected), std::string::npos) << r.err;
    EXPECT_TRUE(dirIsEmpty()) << "a file was written";
}

INSTANTIATE_TEST_SUITE_P(
    Table, RenderBadSweep,
    ::testing::Values(
        BadSweep{"one_frame", {"--sweep", "alpha=0:1:1", "--output", "OUTa.gif"}, "--sweep: FRAMES must be 2 to 2000"},
        BadSweep{"too_many_frames", {"--sweep", "alpha=0:1:2001", "--output", "OUTa.gif"}, "--sweep: FRAMES"},
        BadSweep{"unknown_parameter", {"--sweep", "gamma=0:1:10", "--output", "OUTa.gif"}, "--sweep: no visible curve"},
        BadSweep{"nan", {"--sweep", "alpha=nan:1:10", "--output", "OUTa.gif"}, "--sweep must be a finite number"},
        BadSweep{"infinity", {"--sweep", "alpha=0:inf:10", "--output", "OUTa.mp4"}, "--sweep must be a finite number"},
        BadSweep{"out_of_range", {"--sweep", "alpha=0:1e9:10", "--output", "OUTa.gif"}, "--sweep: alpha = 1e+09"},
        BadSweep{"not_a_sweep", {"--sweep", "alpha=0:1", "--output", "OUTa.gif"}, "--sweep: expected PARAM=FROM:TO"},
        BadSweep{"svg_cannot_animate", {"--sweep", "alpha=0:1:10", "--output", "OUTa.svg"}, "cannot animate"},
        BadSweep{"csv_cannot_animate", {"--sweep", "alpha=0:1:10", "--output", "OUTa.csv"}, "cannot animate"},
        BadSweep{"png_cannot_animate", {"--sweep", "alpha=0:1:10", "--output", "OUTa.png"}, "cannot animate"},
        BadSweep{"odd_mp4", {"--sweep", "alpha=0:1:10", "--size", "321x180", "--output", "OUTa.mp4"}, "--size"},
        BadSweep{
            "transparent_gif", {"--sweep", "alpha=0:1:10", "--transparent", "--output", "OUTa.gif"}, "--transparent"},
        BadSweep{"unwritable", {"--sweep", "alpha=0:1:3", "--output", "OUTno/such/dir/a.gif"}, "cannot write"},
        BadSweep{"fps_zero", {"--sweep", "alpha=0:1:10", "--fps", "0", "--output", "OUTa.gif"}, "--fps"},
        BadSweep{"fps_without_sweep", {"--fps", "10", "--output", "OUTa.png"}, "--fps applies to --sweep"},
        BadSweep{"swept_and_set",
                 {"--sweep", "alpha=0:1:10", "--alpha", "2", "--output", "OUTa.gif"},
                 "--sweep: alpha is swept"}),
    [](const ::testing::TestParamInfo<BadSweep>& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace alab
