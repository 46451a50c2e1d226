// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenedocument.h"

#include "explorercontroller.h"

#include <QFileInfo>

namespace alab {

SceneDocument::SceneDocument(ExplorerController& controller, QObject* parent)
    : QObject(parent), controller_(controller), saved_(controller.scene()) {
    connect(&controller_, &ExplorerController::sceneChanged, this, &SceneDocument::updateModified);
}

QString SceneDocument::displayName() const { return path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName(); }

void SceneDocument::reset(const CurveScene& scene) {
    extras_ = {};
    controller_.setScene(scene);
    setState(QString(), controller_.scene());
}

std::optional<SceneError> SceneDocument::load(const QString& path) {
    SceneReadResult result = readSceneFile(path);
    if (!result.scene) return result.error;
    extras_ = result.extras;
    controller_.setScene(shownAs(*result.scene));
    setState(QFileInfo(path).absoluteFilePath(), controller_.scene());
    return std::nullopt;
}

std::optional<SceneError> SceneDocument::loadAsUntitled(const QString& path) {
    if (auto error = load(path)) return error;
    setState(QString(), saved_);
    return std::nullopt;
}

bool SceneDocument::reopen(const QString& path, const CurveScene& saved) {
    if (path.isEmpty() || !QFileInfo(path).isFile()) return false;
    const SceneReadResult result = readSceneFile(path);
    if (!result.scene || shownAs(*result.scene) != shownAs(saved)) return false;
    return !load(path).has_value();
}

std::optional<QString> SceneDocument::save(const QString& path) {
    const CurveScene scene = controller_.scene();
    if (auto error = writeSceneFile(path, scene, extras_)) return error;
    setState(QFileInfo(path).absoluteFilePath(), scene);
    return std::nullopt;
}

CurveScene SceneDocument::shownAs(CurveScene scene) const {
    if (!useSceneTheme_) scene.theme = controller_.scene().theme;
    return scene;
}

void SceneDocument::setState(const QString& path, const CurveScene& saved) {
    path_ = path;
    saved_ = saved;
    modified_ = controller_.scene() != saved_;
    emit stateChanged();
}

void SceneDocument::updateModified() {
    const bool modified = controller_.scene() != saved_;
    if (modified == modified_) return;
    modified_ = modified;
    emit stateChanged();
}

}  // namespace alab
