// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "selu_map.h"
#include "theme.h"
#include "ui_meanmapview.h"

#include <QPointer>
#include <QWidget>

#include <qcustomplot.h>

#include <vector>

class QCustomPlot;
class QCPItemLine;
class QMouseEvent;

namespace alab {

class ExplorerController;
class ThrottledAction;

// The SELU mean/variance map (Klambauer et al. 2017) on the (mu, nu) plane: an arrow from each
// grid point towards its image g(mu, nu), the fixed point, and the iterates from a point the
// user clicks. Follows the SELU alpha and lambda sliders live (a grid of seluMap calls takes a
// few ms; while a slider is held down a coarser grid keeps each step short). "Solve alpha,
// lambda" sets the SELU parameters whose fixed point is the target, as one undo step.
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
    // Everything is computed on the UI thread (at once if the view is hidden and out of date);
    // this waits for the queued replot.
    bool waitUntilIdle(int timeoutMs);

    // What is drawn, from the core.
    const SeluFixedPointResult& fixedPoint() const noexcept { return fixedPoint_; }
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
    SeluMapParameters parameters() const;
    void showSettings();
    void onSettingsChanged();
    void solve();
    void onPlotClicked(QMouseEvent* event);
    void recompute();
    void computeNow();
    void applyTheme();
    void updateCaption();

    Ui::MeanMapView ui_;
    QCustomPlot* plot_ = nullptr;
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
    Theme theme_ = Theme::get(ThemeId::Light);
    std::vector<QCPItemLine*> arrows_;          // owned by the plot
    ThrottledAction* captionUpdate_ = nullptr;  // child; at 10 Hz while a slider is held
    SeluFixedPointResult fixedPoint_;
    std::vector<MeanVariance> trajectory_;
    int gridColumns_ = 0;
    bool replotPending_ = false;
    bool stale_ = false;  // the scene changed while the view was hidden
    QString solveMessage_;
};

}  // namespace alab
