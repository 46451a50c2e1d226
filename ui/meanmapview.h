// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "jobthread.h"
#include "mean_variance_map.h"
#include "selu_map.h"
#include "theme.h"
#include "ui_meanmapview.h"

#include <QPointer>
#include <QWidget>

#include <qcustomplot.h>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPItemLine;
class QMouseEvent;

namespace alab {

class ExplorerController;
class ThrottledAction;

// One picture of the map, computed on the worker: the arrows' tails and heads (no head where the
// map fails there), the fixed point and the iterates from the clicked start.
struct MeanMapField {
    std::uint64_t generation = 0;
    std::vector<MeanVariance> tails;
    std::vector<std::optional<MeanVariance>> images;
    FixedPointResult fixedPoint;
    std::vector<MeanVariance> trajectory;
};

// Hands the worker's field to the UI thread by value, through a queued signal.
class MeanMapWorker : public QObject {
    Q_OBJECT

signals:
    void fieldReady(const alab::MeanMapField& field);
};

// The mean/variance map (Klambauer et al. 2017) of the curve chosen in the Function box (any of
// the scene's curves, built-in or typed; the first SELU by default) on the (mu, nu) plane: an
// arrow from each grid point towards its image g(mu, nu), the fixed point (or why there is
// none), and the iterates from a point the user clicks. Computed on a worker (a typed function's
// grid is a few hundred quadratures) that a parameter change restarts; while a slider is held
// down a coarser grid keeps each step short. "Solve alpha, lambda" sets the SELU parameters
// whose fixed point is the target, as one undo step; it is there for a SELU curve only.
//
// Plot contents: graph "fixed-point" (one point), graph "trajectory" (the iterates, with
// markers), graph "grid-points" (the arrows' tails) and items "arrow" (QCPItemLine).
class MeanMapView : public QWidget {
    Q_OBJECT

public:
    explicit MeanMapView(QWidget* parent = nullptr);
    ~MeanMapView() override;

    void setController(ExplorerController* controller);
    QCustomPlot* customPlot() const noexcept { return plot_; }
    // Starts the computation if the view is hidden and out of date, then waits for the worker's
    // field and the queued replot.
    bool waitUntilIdle(int timeoutMs);

    // The curve whose map is drawn (nullptr: none in the scene).
    const SceneFunction* chosenCurve() const;
    // What is drawn, from the core.
    const FixedPointResult& fixedPoint() const noexcept { return fixedPoint_; }
    const std::vector<MeanVariance>& trajectory() const noexcept { return trajectory_; }
    int gridColumns() const noexcept { return gridColumns_; }

    // The plane shown: mu in [kMuMin, kMuMax], nu in [kNuMin, kNuMax], grown to take in a
    // trajectory start outside it (a scene file may hold one; a click is always inside).
    static constexpr double kMuMin = -1.0;
    static constexpr double kMuMax = 1.0;
    static constexpr double kNuMin = 0.1;
    static constexpr double kNuMax = 2.5;
    struct Plane {
        QCPRange mu;
        QCPRange nu;
    };
    Plane plane() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    const CurveScene* scene() const;
    MeanMapWeights weights() const;
    void updateCurveCombo();
    void onFieldReady(const MeanMapField& field);
    void showSettings();
    void onSettingsChanged();
    void solve();
    void onPlotClicked(QMouseEvent* event);
    void recompute();
    void computeNow();
    void applyTheme();
    void updateCaption();
    static QString fixedPointStatusText(FixedPointStatus status);

    Ui::MeanMapView ui_;
    QCustomPlot* plot_ = nullptr;
    QComboBox* curveCombo_ = nullptr;  // child: the curve whose map is drawn, by id
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
    Theme theme_ = Theme::get(ThemeId::Light);
    std::vector<QCPItemLine*> arrows_;          // owned by the plot
    ThrottledAction* captionUpdate_ = nullptr;  // child; at 10 Hz while a slider is held
    MeanMapWorker worker_;
    JobThread thread_;  // after worker_: stopped before the worker object dies
    std::uint64_t generation_ = 0;
    bool computing_ = false;
    FixedPointResult fixedPoint_;
    std::vector<MeanVariance> trajectory_;
    int gridColumns_ = 0;
    bool replotPending_ = false;
    bool stale_ = false;  // the scene changed while the view was hidden
    QString solveMessage_;
};

}  // namespace alab
