// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenecode.h"

#include <algorithm>
#include <vector>

namespace alab {

std::string scenePythonModule(const CurveScene& scene, CodeLanguage language) {
    std::vector<CodeCurve> curves;
    for (const SceneFunction& entry : scene.functions) {
        if (entry.visible) curves.push_back({entry.displayLabel(), entry.function});
    }
    return pythonModule(curves, language);
}

bool sceneShowsCurves(const CurveScene& scene) {
    return std::any_of(scene.functions.begin(), scene.functions.end(),
                       [](const SceneFunction& entry) { return entry.visible; });
}

}  // namespace alab
