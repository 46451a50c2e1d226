// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "theme.h"

#include <Eigen/Core>

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <array>
#include <map>
#include <optional>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QMouseEvent;
class QWheelEvent;

namespace alab {

class ExplorerController;

// What the crosshair reads at one x, for every visible function: values from the core's
// scalar API, not read off pixels.
struct Readout {
    struct Entry {
        FunctionKind kind;
        QString name;  // "ELU", "ELU (α = 0.5)"
        double value;
        double derivative;
        int ordinal = 1;  // which curve of its function (colours)
    };
    double x = 0.0;
    std::vector<Entry> entries;

    QString text() const;  // "x = 0.5   ELU: f = 0.5, f′ = 1   ..."
};

// The f and f' curves of the controller's scene. Follows the controller's fine-grained
// signals so that a parameter change recomputes only that function's curves, and coalesces
// replots (rpQueuedReplot): many changes in one event-loop turn cost one replot.
//
// Every graph gets an object name "<function id>:<part>", so tests and later features can
// find it without knowing the drawing order: part is "value", "derivative" (a continuous f'),
// "derivative-left" / "derivative-right" (f' split at a jump at 0), "jump-filled" (the value
// f'(0) takes), "jump-open" (the one-sided limit it does not take) and "asymptote".
//
// Mouse: wheel zooms, left drag pans, Shift+drag or right drag zooms into a rectangle, all within
// ViewLimits; the crosshair follows the mouse, also when the view changes beneath it, and
// readoutChanged() reports the values under it.
class CurvePlot : public QWidget {
    Q_OBJECT

public:
    explicit CurvePlot(QWidget* parent = nullptr);

    // Observes `controller` (not owned) from now on; nullptr leaves the plot empty.
    void setController(ExplorerController* controller);

    QCustomPlot* customPlot() const noexcept { return plot_; }
    // The axis rect of f' in the separate layout; nullptr when f' shares the axes of f.
    QCPAxisRect* derivativeRect() const noexcept { return derivativeRect_; }

    // Samples across the x range: about one per horizontal pixel; x = 0 is always one of them
    // when it is inside.
    int sampleCount() const noexcept { return static_cast<int>(x_.size()); }

    Readout readoutAt(double x) const;
    // Puts the crosshair at plot coordinate `x` and reports its readout; NaN hides it.
    void showCrosshairAt(double x);

signals:
    // The crosshair readout as text; empty when the crosshair is hidden.
    void readoutChanged(const QString& text);
    // The y range of f's axes after Fit y fitted it (only while Fit y is on).
    void fittedYChanged(double lower, double upper);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct FunctionGraphs {
        QCPGraph* value = nullptr;
        QCPGraph* derivative = nullptr;  // continuous f'
        QCPGraph* left = nullptr;        // f' split at a jump at 0
        QCPGraph* right = nullptr;
        QCPGraph* open = nullptr;
        QCPGraph* filled = nullptr;
        QCPGraph* asymptote = nullptr;
        QCPGraph* minimum = nullptr;  // the dip of GELU, SiLU, Mish
        QCPGraph* second = nullptr;   // f''
        bool split = false;
        bool typedJumps = false;       // a typed function's f' jumps somewhere in view: breaks and markers
        double lower[2] = {0.0, 0.0};  // y extent on the f axes [0] and the f' axes [1]
        double upper[2] = {0.0, 0.0};
    };
    // What decides which graphs a function needs; when it is unchanged, new data suffices.
    struct Structure {
        bool visible = false;
        bool split = false;
        bool asymptote = false;
        bool second = false;
        bool typedJumps = false;
        friend bool operator==(const Structure&, const Structure&) = default;
    };

    const CurveScene* scene() const;
    Structure structureOf(const Activation& f, bool visible) const;
    bool separate() const;
    QCPAxisRect* derivativeAxes() const;

    void rebuild();
    void onFunctionChanged(CurveId id);
    void onViewChanged();
    void onDraggingChanged(bool dragging);
    void applyTheme();
    void applyPens();
    void resample();
    void fill(CurveId id);
    void fitY();
    void queueReplot();
    void updateLayout();
    void onUserRangeChanged();
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void limitWheelZoom(const QWheelEvent* event);
    // Arrow keys pan by a tenth of the view, + and - zoom about the centre; false for other keys.
    bool moveViewByKey(int key);
    // The crosshair follows the mouse: at the x now under it, or hidden when it is off the axes.
    void followMouse();
    double mouseX() const;  // the x under the mouse; NaN when it is off the axes

    QCustomPlot* plot_ = nullptr;            // child widget, owned through Qt parenthood
    QCPAxisRect* derivativeRect_ = nullptr;  // owned by the plot's layout
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;

    Theme theme_ = Theme::get(ThemeId::Light);
    Eigen::ArrayXd x_;
    Eigen::Index zeroIndex_ = -1;               // index of x = 0 in x_, or -1
    std::map<CurveId, FunctionGraphs> graphs_;  // the graphs of each curve, from the last rebuild()
    std::map<CurveId, Structure> built_;
    std::vector<QCPItemStraightLine*> crosshairs_;
    double crosshairX_;
    std::optional<QPointF> mousePos_;  // in plot_'s coordinates, while the mouse is over it
    double fittedYLower_ = 0.0;        // the f axis range last set by fitY()
    double fittedYUpper_ = 0.0;
    bool applying_ = false;  // axis ranges set by this class, not by the user
    bool replotWhenShown_ = false;
};

}  // namespace alab
