// SPDX-License-Identifier: GPL-3.0-or-later
// Responsiveness of the window while the propagation view computes: the real main window,
// offscreen at 1280x800, Propagation tab, a 200-layer width-1024 network (batch 1000 by
// default). A 1 ms QTimer heartbeat on the UI thread records the gap between consecutive ticks;
// the longest gap is the longest time the event loop could not respond (a stall), up to 100 ms
// after the view is idle (its last replot done). Prints the run's wall time, the number of
// layers drawn and the gap distribution (p50, p99, max) in ms.
//
//   bench_propagation_view [--depth N] [--width N] [--batch N] [--all-functions]
//
// By default only SELU is visible (one network run of 200 layers); --all-functions runs all
// four one after another.

#include "window_bench.h"

#include "mainwindow.h"
#include "propagationview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Options {
    int depth = 200;
    int width = 1024;
    int batch = 1000;
    bool allFunctions = false;
};

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--depth" && i + 1 < argc) {
            options.depth = std::atoi(argv[++i]);
        } else if (arg == "--width" && i + 1 < argc) {
            options.width = std::atoi(argv[++i]);
        } else if (arg == "--batch" && i + 1 < argc) {
            options.batch = std::atoi(argv[++i]);
        } else if (arg == "--all-functions") {
            options.allFunctions = true;
        } else {
            return false;
        }
    }
    return options.depth >= 1 && options.width >= 16 && options.batch >= 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: bench_propagation_view [--depth N] [--width N] [--batch N] [--all-functions]\n");
        return 2;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    alab::bench::useIsolatedSettings("bench_propagation_view");

    alab::MainWindow window;
    alab::ExplorerController& controller = window.controller();
    if (!options.allFunctions) {
        for (const alab::SceneFunction& entry : controller.scene().functions) {
            if (entry.function.kind() != alab::FunctionKind::Selu)
                controller.setFunctionVisible(entry.function.kind(), false);
        }
    }
    // A small network first, so that the window is settled before the measured run starts.
    alab::PropagationViewSettings settings = controller.scene().propagation;
    settings.depth = 2;
    settings.width = 16;
    settings.batch = 10;
    settings.selectedLayer = 1;
    controller.setPropagationSettings(settings);
    controller.setActiveView(alab::ViewId::Propagation);
    window.resize(1280, 800);
    window.show();
    auto* view = window.findChild<alab::PropagationView*>(QStringLiteral("propagationView"));
    if (view == nullptr || !view->waitUntilIdle(10000)) {
        std::fprintf(stderr, "bench_propagation_view: view not found or not idle\n");
        return 1;
    }

    std::vector<double> gaps;
    std::vector<std::pair<double, double>> longest;  // (gap, when in the run), the 5 longest
    QElapsedTimer run;
    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const double gap = static_cast<double>(sinceTick.nsecsElapsed()) / 1e6;
        gaps.push_back(gap);
        longest.emplace_back(gap, static_cast<double>(run.nsecsElapsed()) / 1e6);
        std::sort(longest.begin(), longest.end(), std::greater<>());
        if (longest.size() > 5) longest.pop_back();
        sinceTick.start();
    });

    settings.depth = options.depth;
    settings.width = options.width;
    settings.batch = options.batch;
    settings.selectedLayer = options.depth;
    run.start();
    sinceTick.start();
    heartbeat.start();
    controller.setPropagationSettings(settings);  // the run starts here
    const bool finished = view->waitUntilIdle(600'000);
    const double seconds = static_cast<double>(run.nsecsElapsed()) / 1e9;
    // A gap is recorded by the tick that ends it: the heartbeat runs on a little, so that the
    // gap of the run's last work (the final, antialiased replot) is counted too.
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 100)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    heartbeat.stop();
    if (!finished || gaps.empty()) {
        std::fprintf(stderr, "bench_propagation_view: the run did not finish within 600 s\n");
        return 1;
    }
    int layers = 0;
    int functions = 0;
    for (const alab::SceneFunction& entry : controller.scene().functions) {
        if (const auto* drawn = view->layers(entry.function.kind()); entry.visible && drawn != nullptr) {
            layers += static_cast<int>(drawn->size());
            ++functions;
        }
    }
    std::sort(gaps.begin(), gaps.end());
    std::printf("bench_propagation_view: %dx%d %s, depth %d, width %d, batch %d, %d function(s)\n", window.width(),
                window.height(), qPrintable(QGuiApplication::platformName()), options.depth, options.width,
                options.batch, functions);
    std::printf("run %.2f s, %d layers drawn, %zu heartbeats (1 ms timer)\n", seconds, layers, gaps.size());
    std::printf("event-loop gap   p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms (target max <= 16 ms)\n",
                alab::bench::percentile(gaps, 50), alab::bench::percentile(gaps, 99), gaps.back());
    std::printf("longest gaps (ms, ending at ms into the run):");
    for (const auto& [gap, when] : longest) std::printf("  %.1f @ %.0f", gap, when);
    std::printf("\n");
    return 0;
}
