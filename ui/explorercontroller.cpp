#include "explorercontroller.h"

#include <cmath>

namespace alab {

ExplorerController::ExplorerController(QObject* parent) : QObject(parent) {}

void ExplorerController::setScene(const CurveScene& scene) {
    if (scene == scene_) return;
    scene_ = scene;
    emit sceneChanged();
}

void ExplorerController::setFunctionVisible(FunctionKind kind, bool visible) {
    SceneFunction* entry = scene_.find(kind);
    if (entry == nullptr || entry->visible == visible) return;
    entry->visible = visible;
    emit sceneChanged();
}

void ExplorerController::setShowDerivatives(bool show) {
    if (scene_.showDerivatives == show) return;
    scene_.showDerivatives = show;
    emit sceneChanged();
}

void ExplorerController::setXRange(double xMin, double xMax) {
    if (!std::isfinite(xMin) || !std::isfinite(xMax) || !(xMin < xMax)) return;
    if (xMin == scene_.xMin && xMax == scene_.xMax) return;
    scene_.xMin = xMin;
    scene_.xMax = xMax;
    emit sceneChanged();
}

}  // namespace alab
