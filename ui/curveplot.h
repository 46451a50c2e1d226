#pragma once

#include <QPointer>
#include <QWidget>

class QCustomPlot;

namespace alab {

class ExplorerController;
struct CurveScene;

// The f and f' curves of the controller's scene, redrawn whenever the scene changes.
//
// Every graph gets an object name "<function id>:<part>", so tests and later features can
// find it without knowing the drawing order: part is "value", "derivative" (a continuous f'),
// "derivative-left" / "derivative-right" (f' split at a jump at 0), "jump-filled" (the value
// f'(0) takes) and "jump-open" (the one-sided limit it does not take).
class CurvePlot : public QWidget {
    Q_OBJECT

public:
    explicit CurvePlot(QWidget* parent = nullptr);
    ~CurvePlot() override;

    // Observes `controller` (not owned) from now on; nullptr leaves the plot empty.
    void setController(ExplorerController* controller);

    QCustomPlot* customPlot() const noexcept { return plot_; }

    // Samples across the x range; x = 0 is always one of them when it is inside.
    static constexpr int kSampleCount = 2001;

private:
    void redraw();
    void drawScene(const CurveScene& scene);

    QCustomPlot* plot_ = nullptr;  // child widget, owned through Qt parenthood
    QPointer<ExplorerController> controller_;
    QMetaObject::Connection sceneConnection_;
};

}  // namespace alab
