// SPDX-License-Identifier: GPL-3.0-or-later
// Latency of the explorer window: the real main window, offscreen at 1280x800, with all four
// functions and their derivatives; the ELU alpha slider is held down and moved through N steps
// of 0.01 (across alpha = 1, where the jump in f' appears). Each step is timed from the slider's
// value change to the end of the replot (QCustomPlot::afterReplot), processing events until the
// coalesced replot has run. Prints p50, p95 and max in ms.
//
//   bench_window [--steps N] [--theme light|dark|presentation] [--separate] [--curves 16]
//
// --curves 16 is issue 16's case: 8 ELU curves of a family (alpha 0.25 ... 2, the first one's
// slider is dragged) and 8 others (SELU, ReLU, Leaky ReLU, PReLU, CELU, GELU, SiLU, Mish).
//
// A second series moves the slider with the keyboard (not held down: full-width antialiased
// pens, one undo step each), for comparison. A third drags the same slider with the Histograms
// tab showing (N = 10^6 samples, all four functions): each step is timed from the value change
// until the histogram of the new alpha is computed on the worker, handed back and replotted, and
// the curve plot (hidden behind its tab, still updated) has replotted too.

#include "window_bench.h"

#include "histogramview.h"
#include "mainwindow.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Options {
    int steps = 200;
    alab::ThemeId theme = alab::ThemeId::Light;
    bool separate = false;
    int curves = 4;  // 4: the default window; 16: a family of 8 ELU curves and 8 others
};

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--steps" && i + 1 < argc) {
            options.steps = std::atoi(argv[++i]);
            if (options.steps < 1) return false;
        } else if (arg == "--theme" && i + 1 < argc) {
            const auto theme = alab::parseThemeKey(argv[++i]);
            if (!theme) return false;
            options.theme = *theme;
        } else if (arg == "--separate") {
            options.separate = true;
        } else if (arg == "--curves" && i + 1 < argc) {
            options.curves = std::atoi(argv[++i]);
            if (options.curves != 4 && options.curves != 16) return false;
        } else {
            return false;
        }
    }
    return true;
}

// Moves `slider` through `values`, timing each step up to afterReplot. Returns ms per step,
// or an empty vector when a replot never came.
std::vector<double> drive(QSlider* slider, QCustomPlot* plot, const std::vector<int>& values) {
    bool replotted = false;
    const QMetaObject::Connection connection =
        QObject::connect(plot, &QCustomPlot::afterReplot, plot, [&replotted] { replotted = true; });
    std::vector<double> ms;
    QElapsedTimer clock;
    for (const int value : values) {
        replotted = false;
        clock.start();
        slider->setValue(value);  // emits valueChanged synchronously: the step starts here
        while (!replotted) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (clock.elapsed() > 5000) {
                QObject::disconnect(connection);
                return {};
            }
        }
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    QObject::disconnect(connection);
    return ms;
}

// Drags `slider` through `values` with the histogram view showing: each step ends when the view
// has drawn the histogram of the new value (idle: nothing pending, replot done).
std::vector<double> driveHistograms(QSlider* slider, alab::HistogramView* view, const std::vector<int>& values) {
    std::vector<double> ms;
    QElapsedTimer clock;
    for (const int value : values) {
        clock.start();
        slider->setValue(value);
        // Sleeps until the worker's result (an event) arrives, as a real event loop does; a
        // spinning processEvents() would take a core from the worker.
        do {
            alab::processEventsSleeping(5);
            if (clock.elapsed() > 5000) return {};
        } while (!view->idle());
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    return ms;
}

void report(const char* what, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    std::printf("%-34s steps %4zu   p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms\n", what, ms.size(),
                alab::bench::percentile(ms, 50), alab::bench::percentile(ms, 95), ms.back());
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(
            stderr, "usage: bench_window [--steps N] [--theme light|dark|presentation] [--separate] [--curves 4|16]\n");
        return 2;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    alab::bench::useIsolatedSettings("bench_window");

    alab::MainWindow window;
    window.controller().setTheme(options.theme);
    window.controller().setDerivativeLayout(options.separate ? alab::DerivativeLayout::SeparatePlot
                                                             : alab::DerivativeLayout::Overlay);
    if (options.curves == 16) {
        const QString problem = window.controller().addFamily(alab::FunctionKind::Elu, 0,
                                                              {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0}, true);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "bench_window: %s\n", qPrintable(problem));
            return 1;
        }
        for (const alab::FunctionKind kind :
             {alab::FunctionKind::Prelu, alab::FunctionKind::Celu, alab::FunctionKind::Gelu, alab::FunctionKind::Silu,
              alab::FunctionKind::Mish}) {
            window.controller().setFunctionVisible(kind, true);
        }
    }
    window.resize(1280, 800);
    window.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300) QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    auto* plot = window.findChild<QCustomPlot*>(QStringLiteral("curvePlotCanvas"));
    auto* slider = window.findChild<QSlider*>(QStringLiteral("eluAlphaSlider"));
    if (plot == nullptr || slider == nullptr) {
        std::fprintf(stderr, "bench_window: plot or ELU alpha slider not found\n");
        return 1;
    }
    const alab::CurveScene& scene = window.controller().scene();
    // The default window: ELU, SELU, ReLU and Leaky ReLU (the comparison family is off until chosen).
    const bool allVisible = std::all_of(alab::defaultVisibleKinds().begin(), alab::defaultVisibleKinds().end(),
                                        [&](alab::FunctionKind kind) { return scene.find(kind)->visible; });
    const auto shown = std::count_if(scene.functions.begin(), scene.functions.end(),
                                     [](const alab::SceneFunction& entry) { return entry.visible; });
    std::printf("bench_window: %zd curves shown\n", static_cast<std::ptrdiff_t>(shown));
    std::printf("bench_window: %dx%d %s, theme %s, %s derivatives, %d graphs, %d samples per curve\n", window.width(),
                window.height(), qPrintable(QGuiApplication::platformName()),
                qPrintable(alab::Theme::get(options.theme).name), options.separate ? "separate" : "overlaid",
                plot->graphCount(), plot->graph(0)->dataCount());
    if (!allVisible || !scene.showDerivatives) {
        std::fprintf(stderr, "bench_window: expected the default functions and derivatives visible\n");
        return 1;
    }

    // Alpha 0.20, 0.21, ... across 1 (the jump in f' appears and the graphs are rebuilt).
    std::vector<int> values;
    for (int i = 0; i < options.steps; ++i) values.push_back(20 + i % 281);

    const int undoStepsBefore = window.controller().undoStack().count();
    slider->setSliderDown(true);  // as a mouse press on the handle: drag pens, one undo step
    const std::vector<double> drag = drive(slider, plot, values);
    slider->setSliderDown(false);
    const int dragUndoSteps = window.controller().undoStack().count() - undoStepsBefore;
    // Back down from where the drag ended, one step at a time, never repeating a value.
    std::vector<int> back;
    for (int i = 0; i < options.steps; ++i) back.push_back((values.back() - 1 - i + 3010) % 301);
    const std::vector<double> keys = drive(slider, plot, back);
    if (drag.empty() || keys.empty()) {
        std::fprintf(stderr, "bench_window: no replot within 5 s\n");
        return 1;
    }
    report("ELU alpha slider drag (target)", drag);
    report("ELU alpha steps, slider released", keys);
    std::printf("undo steps for the whole drag: %d\n", dragUndoSteps);

    auto* histograms = window.findChild<alab::HistogramView*>(QStringLiteral("histogramView"));
    if (histograms == nullptr) {
        std::fprintf(stderr, "bench_window: histogram view not found\n");
        return 1;
    }
    window.controller().setActiveView(alab::ViewId::Histogram);
    if (!histograms->waitUntilIdle(30000)) {
        std::fprintf(stderr, "bench_window: histograms not drawn within 30 s\n");
        return 1;
    }
    std::printf("histograms: N = %llu samples, %d bins, %d graphs\n",
                static_cast<unsigned long long>(scene.histogram.sampleCount), scene.histogram.bins,
                histograms->customPlot()->graphCount());
    std::vector<int> histogramValues;
    for (int i = 0; i < options.steps; ++i) histogramValues.push_back(20 + (i + 7) % 281);
    slider->setSliderDown(true);
    const std::vector<double> histogramDrag = driveHistograms(slider, histograms, histogramValues);
    slider->setSliderDown(false);
    if (histogramDrag.empty()) {
        std::fprintf(stderr, "bench_window: a histogram step took more than 5 s\n");
        return 1;
    }
    report("ELU alpha drag, Histograms tab", histogramDrag);
    return 0;
}
