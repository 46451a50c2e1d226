// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "code_export.h"
#include "curvescene.h"

#include <string>

namespace alab {

// The visible curves of `scene` as a Python module (pythonModule()), each under the label the
// legend shows. Throws CodeExportError for a curve that cannot be translated.
std::string scenePythonModule(const CurveScene& scene, CodeLanguage language);

// Whether the scene shows any curve at all.
bool sceneShowsCurves(const CurveScene& scene);

}  // namespace alab
