// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenesettings.h"

#include "scenefile.h"

#include <QSettings>

namespace alab {

namespace {

// The scene as its file would hold it: one serializer and one reader with its checks for both, so
// a setting cannot be kept differently (or with other limits) here than in a scene file.
const QString kSceneDocumentKey = QStringLiteral("scene/document");

}  // namespace

void writeSceneSettings(QSettings& settings, const CurveScene& scene) {
    settings.setValue(kSceneDocumentKey, QString::fromUtf8(serializeScene(scene)));
}

CurveScene readSceneSettings(const QSettings& settings) {
    const QVariant document = settings.value(kSceneDocumentKey);
    if (!document.isValid()) return CurveScene{};
    SceneReadResult read = parseScene(document.toString().toUtf8());
    return read.scene ? std::move(*read.scene) : CurveScene{};
}

}  // namespace alab
