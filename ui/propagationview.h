// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "jobthread.h"
#include "propagation.h"
#include "theme.h"
#include "ui_propagationview.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QTimer;

namespace alab {

class ExplorerController;
class ThrottledAction;

// One layer of one function's run, as the worker reports it.
struct PropagationLayer {
    std::uint64_t generation = 0;
    Activation function = Activation::relu();
    int layer = 0;  // 1-based
    LayerStatistics statistics;
};

// One layer of one function's backward pass; they arrive from the last layer down.
struct PropagationGradient {
    std::uint64_t generation = 0;
    Activation function = Activation::relu();
    int layer = 0;  // 1-based
    GradientStatistics statistics;
};

// Hands the worker's layers to the UI thread by value, through queued signals.
class PropagationWorker : public QObject {
    Q_OBJECT

signals:
    void layerReady(const alab::PropagationLayer& layer);
    void gradientReady(const alab::PropagationGradient& gradient);
    void runFinished(std::uint64_t generation);
    void runFailed(std::uint64_t generation, const QString& message);
};

// Signal propagation through a random deep network, per visible function: mean, variance and
// dead-unit fraction per layer, the backward pass's mean square gradient (log axis) and share of
// units with a zero gradient, and the histogram of per-unit mean activations at the layer the
// depth scrubber selects. Runs on a worker that a settings or parameter change restarts (the
// newest run wins; layers of older runs are recognised by their generation and dropped); layers
// draw as they arrive, a progress bar shows for runs over 200 ms. Requests the core's
// validate() rejects (too much memory) are refused with the reason, before anything is
// allocated.
//
// Graphs: "<id>:mean", "<id>:variance", "<id>:dead", "<id>:gradient", "<id>:zero-gradient"
// (key = layer) and "<id>:unit-means" (the histogram at the selected layer, a step outline).
class PropagationView : public QWidget {
    Q_OBJECT

public:
    explicit PropagationView(QWidget* parent = nullptr);
    ~PropagationView() override;

    void setController(ExplorerController* controller);
    QCustomPlot* customPlot() const noexcept { return plot_; }
    // Processes events until the run for the current scene is complete and drawn (or refused);
    // false on timeout. Runs even while the view is hidden.
    bool waitUntilIdle(int timeoutMs);
    bool idle() const;

    // The layers drawn so far for the first curve of `kind` (for tests and export).
    const std::vector<LayerStatistics>* layers(FunctionKind kind) const;
    // The backward pass's layers received so far for that curve, layer 1 first (all of them once
    // the run is complete; the last ones first while it streams in).
    std::vector<GradientStatistics> gradients(FunctionKind kind) const;
    // The settings of the drawn run, as handed to propagate() (function set per run).
    const PropagationSettings& drawnSettings() const noexcept { return running_; }
    QString refusal() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Run {
        CurveId curve = 0;
        Activation function;
        std::vector<LayerStatistics> layers;
        std::vector<GradientStatistics> gradients;  // in arrival order: layer depth first

        bool complete(int depth) const {
            return static_cast<int>(layers.size()) == depth && static_cast<int>(gradients.size()) == depth;
        }
    };

    std::string curveKey(const Run& run) const;  // "elu", "elu-2": the graphs' name stem
    int ordinalOf(const Run& run) const;

    const CurveScene* scene() const;
    void showSettings();
    void writeSettings(const PropagationViewSettings& settings);
    void onSettingsChanged();
    void restart();
    void schedule();
    void onLayerReady(const PropagationLayer& layer);
    void onGradientReady(const PropagationGradient& gradient);
    void onRunFinished(std::uint64_t generation);
    void onRunFailed(std::uint64_t generation, const QString& message);
    void rebuildPlot();
    std::array<QCPAxisRect*, 5> layerRects() const;  // those keyed by layer
    void redraw();
    void drawUnitMeans();
    void updateProgress();
    void updateCaption();
    void updateVarianceGain();  // the curve list and the chosen curve's gain
    // The variance-keeping gain of the curve the combo box names, or nullopt (none, or no curve).
    std::optional<double> chosenVarianceGain() const;
    void applyTheme();
    void queueReplot();

    Ui::PropagationView ui_;
    QCustomPlot* plot_ = nullptr;
    QCPAxisRect* meanRect_ = nullptr;
    QCPAxisRect* varianceRect_ = nullptr;
    QCPAxisRect* deadRect_ = nullptr;
    QCPAxisRect* gradientRect_ = nullptr;
    QCPAxisRect* zeroGradientRect_ = nullptr;
    QCPAxisRect* unitRect_ = nullptr;
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
    Theme theme_ = Theme::get(ThemeId::Light);
    QTimer* progressDelay_ = nullptr;           // child
    ThrottledAction* captionUpdate_ = nullptr;  // child; at 10 Hz while layers stream in or a slider is held

    PropagationWorker worker_;
    JobThread thread_;  // after worker_: stopped before the worker object dies

    PropagationSettings running_;  // the run being computed or drawn (function unused)
    std::vector<Run> runs_;        // one per visible function, in scene order
    std::uint64_t generation_ = 0;
    bool needsRun_ = false;  // the scene changed since the drawn run was requested
    bool finished_ = true;   // the current generation's run completed (or was refused)
    bool forceCompute_ = false;
    bool replotPending_ = false;
    bool redrawWhenShown_ = false;
    QString refusal_;
    QElapsedTimer runClock_;
};

}  // namespace alab
