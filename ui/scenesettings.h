// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

class QSettings;

namespace alab {

// What the window remembers between runs: the untitled scene, stored as its scene-file JSON (every
// curve, the display, the view range, the views' settings with 64-bit seeds), read back with the
// scene reader's checks. Reading never fails: a missing document, or one the reader refuses (a
// hand-edited value beyond a control's range), gives the default scene, never half of one.
void writeSceneSettings(QSettings& settings, const CurveScene& scene);
CurveScene readSceneSettings(const QSettings& settings);

}  // namespace alab
