#pragma once

#include "activation.h"

#include <optional>
#include <vector>

namespace alab {

// One function on the curve plot, with whether it is drawn.
struct SceneFunction {
    Activation function;
    bool visible = true;

    friend bool operator==(const SceneFunction&, const SceneFunction&) = default;
};

// Everything the curve view shows, as a plain value: copy it, compare it, hand it to views.
// The controller owns the one current instance; nothing else keeps state about the curves.
struct CurveScene {
    // In the order of allFunctionKinds(): ELU, SELU, ReLU, Leaky ReLU, each with its defaults
    // (ELU alpha 1, the canonical SELU constants, Leaky ReLU slope 0.01).
    std::vector<SceneFunction> functions = defaultFunctions();
    bool showDerivatives = true;
    double xMin = -5.0;
    double xMax = 5.0;

    static std::vector<SceneFunction> defaultFunctions() {
        std::vector<SceneFunction> result;
        for (const FunctionKind kind : allFunctionKinds()) {
            result.push_back({Activation::withDefaults(kind), true});
        }
        return result;
    }

    // The entry for `kind`, or nullptr when the scene does not hold that function.
    const SceneFunction* find(FunctionKind kind) const noexcept {
        for (const SceneFunction& entry : functions) {
            if (entry.function.kind() == kind) return &entry;
        }
        return nullptr;
    }
    SceneFunction* find(FunctionKind kind) noexcept {
        return const_cast<SceneFunction*>(static_cast<const CurveScene*>(this)->find(kind));
    }

    friend bool operator==(const CurveScene&, const CurveScene&) = default;
};

}  // namespace alab
