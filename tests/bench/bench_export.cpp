// SPDX-License-Identifier: GPL-3.0-or-later
// Export speed: the default scene to PNG in-process at 1920x1080 and 3840x2160 (exportFigure(),
// file written), split into drawing and PNG encoding, beside QCustomPlot's own savePng of the
// same plot; PNG size and encode time per zlib setting; and the wall time of the whole
// `activation-lab render` command. Medians of --runs runs (default 15). Not a test: CTest runs
// a short smoke without timing assertions; the figures come from a full run.
#include "curveplot.h"
#include "explorercontroller.h"
#include "figureexport.h"
#include "pngwriter.h"

#include "../cli/process.h"
#include "export_bench.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using alab::bench::medianMs;

int main(int argc, char** argv) {
    int runs = 15;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--runs") runs = std::max(1, QByteArray(argv[i + 1]).toInt());
    }
    alab::bench::useOffscreenPlatform();
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QTemporaryDir dir;
    const alab::CurveScene scene;

    struct Case {
        const char* name;
        QSize pixels;
        double dpi;
    };
    for (const Case& c : {Case{"1920x1080", {1920, 1080}, 144.0}, Case{"3840x2160", {3840, 2160}, 288.0}}) {
        alab::FigureOptions options;
        options.pixels = c.pixels;
        options.dpi = c.dpi;
        const QString path = dir.filePath(QStringLiteral("figure.png"));
        const double total = medianMs(runs, [&] {
            if (auto error = alab::exportFigure(scene, options, path)) qFatal("%s", qPrintable(*error));
        });
        QImage image;
        const double draw = medianMs(runs, [&] { image = alab::renderFigureImage(scene, options).image; });
        std::printf("exportFigure PNG %s: %.1f ms (drawing %.1f ms), %lld bytes\n", c.name, total, draw,
                    static_cast<long long>(QFileInfo(path).size()));

        // QCustomPlot's own export of the same plot, for comparison.
        alab::ExplorerController controller;
        controller.setScene(scene);
        alab::CurvePlot plot;
        plot.setController(&controller);
        plot.setAttribute(Qt::WA_DontShowOnScreen);
        plot.resize(options.logicalSize());
        plot.show();
        const QString qcpPath = dir.filePath(QStringLiteral("qcp.png"));
        const double scale = c.pixels.width() / static_cast<double>(options.logicalSize().width());
        const double qcp = medianMs(runs, [&] {
            plot.customPlot()->savePng(qcpPath, options.logicalSize().width(), options.logicalSize().height(), scale);
        });
        std::printf("QCustomPlot::savePng %s: %.1f ms, %lld bytes\n", c.name, qcp,
                    static_cast<long long>(QFileInfo(qcpPath).size()));

        {
            QByteArray bytes;
            const double ms = medianMs(runs, [&] {
                bytes.clear();
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                alab::writePng(image, buffer);
            });
            std::printf("  encode %s writePng (ours): %6.1f ms, %9lld bytes\n", c.name, ms,
                        static_cast<long long>(bytes.size()));
        }
        // PNG encoding of the drawn image per setting (QImageWriter::setCompression).
        for (const int compression : {-1, 0, 1, 5, 10, 50, 90}) {
            QByteArray bytes;
            const double ms = medianMs(std::max(1, runs / 3), [&] {
                bytes.clear();
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                QImageWriter writer(&buffer, "png");
                writer.setCompression(compression);
                writer.write(image);
            });
            std::printf("  encode %s compression %3d: %6.1f ms, %9lld bytes\n", c.name, compression, ms,
                        static_cast<long long>(bytes.size()));
        }
    }

    // The whole command, process start to exit.
    const std::string output = dir.filePath(QStringLiteral("command.png")).toStdString();
    for (const char* size : {"1920x1080", "3840x2160"}) {
        const std::string dpi = std::string(size) == "1920x1080" ? "144" : "288";
        const double wall = medianMs(runs, [&] {
            const auto result =
                alab::test::runProcess(ALAB_EXECUTABLE, {"render", "--output", output, "--size", size, "--dpi", dpi});
            if (result.exitCode != 0) qFatal("render failed: %s", result.err.c_str());
        });
        std::printf("activation-lab render %s PNG, wall time: %.1f ms\n", size, wall);
    }
    return 0;
}
