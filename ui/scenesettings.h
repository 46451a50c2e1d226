// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

class QSettings;

namespace alab {

// What the window remembers between runs: theme, parameters, visibility, display switches, the
// active view and the settings of the statistics views (not the zoom). Reading never fails: a missing or unusable value
// (not a number, infinite, an unknown theme) falls back to the default.
void writeSceneSettings(QSettings& settings, const CurveScene& scene);
CurveScene readSceneSettings(const QSettings& settings);

}  // namespace alab
