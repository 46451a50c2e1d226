// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "histogram.h"
#include "jobthread.h"
#include "theme.h"
#include "ui_histogramview.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxisRect;

namespace alab {

class ExplorerController;
class ThrottledAction;

// What the worker computed for one function: its histogram over the sample of `inputs`.
struct HistogramResult {
    std::uint64_t generation = 0;
    CurveId curve = 0;
    Activation function = Activation::relu();
    HistogramViewSettings inputs;
    ActivationHistogram histogram;
};

// The sample z ~ N(mu, sigma^2) the histograms share: drawn once per (mu, sigma, N, seed), kept
// while only the functions' parameters change (a slider drag re-applies f, never resamples).
struct HistogramSample {
    HistogramViewSettings inputs;  // mu, sigma, sampleCount and seed are what it was drawn with
    std::vector<double> z;
};

// Hands the worker's results to the UI thread by value, through queued signals.
class HistogramWorker : public QObject {
    Q_OBJECT

signals:
    void sampleReady(std::shared_ptr<const alab::HistogramSample> sample);
    void histogramReady(const alab::HistogramResult& result);
};

// Histograms of f(z) for every visible function over one seeded normal sample, with sample and
// exact (normalMoments) statistics in a table and a caption with the figures to notice. The
// histograms are computed on a worker: a parameter step recomputes only that function, on the
// kept sample; results for inputs that are no longer current are dropped.
//
// The plot holds, per visible function, a graph "<id>:histogram" (a step outline, one point per
// bin's lower edge and one at the top edge) and the items "<id>:sample-mean" (solid) and
// "<id>:exact-mean" (dashed).
class HistogramView : public QWidget {
    Q_OBJECT

public:
    explicit HistogramView(QWidget* parent = nullptr);
    ~HistogramView() override;

    void setController(ExplorerController* controller);
    QCustomPlot* customPlot() const noexcept { return plot_; }
    // Processes events until every visible function's histogram for the current scene is drawn;
    // false on timeout. Computes even while the view is hidden.
    bool waitUntilIdle(int timeoutMs);
    bool idle() const;

    // The drawn result of curve `id`, or of the first curve of `kind`, if any (for tests and
    // export captions).
    const HistogramResult* result(CurveId id) const;
    const HistogramResult* result(FunctionKind kind) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    const CurveScene* scene() const;
    void showSettings();
    void writeSettings(const HistogramViewSettings& settings);
    void onSettingsChanged();
    void onFunctionChanged(CurveId id);
    void onVisibilityChanged();
    void onDraggingChanged(bool dragging);
    void invalidateAll();
    void schedule();
    void onSampleReady(std::shared_ptr<const HistogramSample> sample);
    void onHistogramReady(const HistogramResult& result);
    bool current(const HistogramResult& result) const;
    void rebuildPlot();
    void redraw();
    void updateTable();
    void updateCaption();
    void applyTheme();

    Ui::HistogramView ui_;
    QCustomPlot* plot_ = nullptr;  // child of plotHost
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
    Theme theme_ = Theme::get(ThemeId::Light);

    HistogramWorker worker_;
    JobThread thread_;  // declared after worker_: stopped before the worker object dies
    std::shared_ptr<const HistogramSample> sample_;
    std::shared_ptr<std::vector<double>> scratch_ = std::make_shared<std::vector<double>>();
    std::vector<HistogramResult> results_;  // drawn, one per function that has one
    std::vector<CurveId> dirty_;            // visible curves whose drawn result is not current
    std::uint64_t generation_ = 0;
    ThrottledAction* captionUpdate_ = nullptr;  // child; at 10 Hz while a slider is held
    bool forceCompute_ = false;                 // waitUntilIdle(): compute although hidden
    bool replotPending_ = false;
};

}  // namespace alab
