// SPDX-License-Identifier: GPL-3.0-or-later
// Animated export: the target sweep, 60 frames at 1280x720 of ELU and ReLU with ELU's
// alpha from 0.1 to 2, as a GIF, an MP4 and a PDF through exportAnimation() (file written), and
// the wall time of the same `activation-lab render --sweep` as a user runs it. Medians of --runs
// runs (default 3), with the file sizes; --frames N changes the frame count (the CTest smoke
// runs 4). Not a test: no timing assertions; the figures come from a full run.
#include "animationexport.h"
#include "figureexport.h"

#include "../cli/process.h"
#include "export_bench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using alab::bench::medianMs;

int main(int argc, char** argv) {
    int runs = 3;
    int frames = 60;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--runs") runs = std::max(1, QByteArray(argv[i + 1]).toInt());
        if (QByteArray(argv[i]) == "--frames") frames = std::clamp(QByteArray(argv[i + 1]).toInt(), 2, 2000);
    }
    alab::bench::useOffscreenPlatform();
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QTemporaryDir dir;

    alab::CurveScene scene;
    for (alab::SceneFunction& entry : scene.functions) {
        const auto kind = entry.function.kind();
        entry.visible = kind == alab::FunctionKind::Elu || kind == alab::FunctionKind::Relu;
    }
    alab::FigureOptions options;
    options.pixels = {1280, 720};
    options.dpi = 96.0;  // as `render --size 1280x720` lays it out
    const alab::ParameterSweep sweep{"alpha", 0.1, 2.0, frames};

    for (const char* suffix : {"gif", "mp4", "pdf"}) {
        const QString path = dir.filePath(QStringLiteral("sweep.") + QLatin1String(suffix));
        const double ms = medianMs(runs, [&] {
            if (auto error = alab::exportAnimation(scene, options, sweep, path)) qFatal("%s", qPrintable(*error));
        });
        const double bytes = static_cast<double>(QFileInfo(path).size());
        std::printf("exportAnimation %d frames 1280x720 %s: %.0f ms (%.1f ms a frame), %.0f bytes (%.2f MB)\n", frames,
                    suffix, ms, ms / frames, bytes, bytes / 1e6);
    }

    const std::string output = dir.filePath(QStringLiteral("command.gif")).toStdString();
    const std::string sweepText = "alpha=0.1:2:" + std::to_string(frames);
    const double wall = medianMs(runs, [&] {
        const auto result =
            alab::test::runProcess(ALAB_EXECUTABLE, {"render", "--function", "elu", "--function", "relu", "--sweep",
                                                     sweepText, "--size", "1280x720", "--output", output});
        if (result.exitCode != 0) qFatal("render failed: %s", result.err.c_str());
    });
    std::printf("activation-lab render --sweep %s --size 1280x720 GIF, wall time: %.0f ms, %lld bytes\n",
                sweepText.c_str(), wall, static_cast<long long>(QFileInfo(QString::fromStdString(output)).size()));
    return 0;
}
