#pragma once

#include "curvescene.h"

#include <QObject>

namespace alab {

// Owns the current CurveScene. Widgets edit the scene only through these setters and redraw
// when sceneChanged() fires; they never talk to each other. Setters that would not change
// anything emit nothing, so a view that writes back what it was shown cannot start a loop.
class ExplorerController : public QObject {
    Q_OBJECT

public:
    explicit ExplorerController(QObject* parent = nullptr);

    const CurveScene& scene() const noexcept { return scene_; }

    void setScene(const CurveScene& scene);
    void setFunctionVisible(FunctionKind kind, bool visible);
    void setShowDerivatives(bool show);
    // Ignored unless xMin < xMax and both are finite.
    void setXRange(double xMin, double xMax);

signals:
    void sceneChanged();

private:
    CurveScene scene_;
};

}  // namespace alab
