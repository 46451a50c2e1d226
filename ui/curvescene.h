// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"
#include "propagation.h"
#include "selu_map.h"
#include "theme.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace alab {

// A curve's identity within its scene: stable while curves are added, removed and reordered, so
// that undo commands and views can hold it. 0 is no curve.
using CurveId = std::uint32_t;

// A parameter a user can edit: the curve it belongs to, that curve's function and the position
// among the function's parameters in the core's description (function_registry.h), which is
// where the list of them lives. `curve` 0 means the first curve of `kind` (code that speaks of
// a function rather than a curve: the SELU solver, the tests).
struct Parameter {
    FunctionKind kind = FunctionKind::Elu;
    std::uint8_t index = 0;
    CurveId curve = 0;

    // This parameter of another curve (of the same function).
    constexpr Parameter of(CurveId id) const noexcept { return {kind, index, id}; }

    // The parameters that code and tests name (of the first curve of each function).
    static const Parameter EluAlpha, SeluAlpha, SeluLambda, LeakySlope, PreluSlope, CeluAlpha, SiluBeta, SoftplusBeta,
        SoftplusThreshold;

    friend constexpr auto operator<=>(const Parameter&, const Parameter&) = default;
};
inline constexpr Parameter Parameter::EluAlpha{FunctionKind::Elu, 0};
inline constexpr Parameter Parameter::SeluAlpha{FunctionKind::Selu, 0};
inline constexpr Parameter Parameter::SeluLambda{FunctionKind::Selu, 1};
inline constexpr Parameter Parameter::LeakySlope{FunctionKind::LeakyRelu, 0};
inline constexpr Parameter Parameter::PreluSlope{FunctionKind::Prelu, 0};
inline constexpr Parameter Parameter::CeluAlpha{FunctionKind::Celu, 0};
inline constexpr Parameter Parameter::SiluBeta{FunctionKind::Silu, 0};
inline constexpr Parameter Parameter::SoftplusBeta{FunctionKind::Softplus, 0};
inline constexpr Parameter Parameter::SoftplusThreshold{FunctionKind::Softplus, 1};

// Where f' is drawn: on the axes of f, or in a second plot below sharing the x axis.
enum class DerivativeLayout { Overlay, SeparatePlot };

// What the panel needs to know about a parameter, from its ParameterSpec: whose it is, its
// default, the range the slider covers and the wider range the spin box (and a scene file)
// accepts.
struct ParameterInfo {
    Parameter parameter;
    FunctionKind kind;
    const char* name;   // "alpha": the scene file's key and the command-line option
    const char* key;    // settings key, "elu/alpha"; also the widgets' object-name stem
    const char* label;  // UTF-8, beside the slider: "α", "slope"
    double defaultValue;
    double sliderMin, sliderMax;
    double spinMin, spinMax;
};

const ParameterInfo& parameterInfo(Parameter parameter);
// Every parameter of every built-in, functions in display order.
const std::vector<Parameter>& allParameters();
// The parameters of `kind`, in panel order (none for ReLU, GELU, Mish, tanh, sigmoid).
std::vector<Parameter> parametersOf(FunctionKind kind);

struct CurveScene;
// The description of `parameter` in `scene`: the built-in's (as above), or, for a typed curve's
// parameter, from that curve's own function (its strings live as long as the function does).
ParameterInfo parameterInfo(const CurveScene& scene, Parameter parameter);

// `f` (of the parameter's kind) with `parameter` set to `value`; throws ParameterError when
// the core rejects the value (NaN, infinity, outside its domain).
Activation withParameter(const Activation& f, Parameter parameter, double value);
double parameterValue(const Activation& f, Parameter parameter) noexcept;

// One curve: a function with its own parameter values, whether it is drawn, and its label.
struct SceneFunction {
    static constexpr std::size_t kMaxLabelLength = 200;  // UTF-8 bytes

    CurveId id = 0;
    Activation function;
    bool visible = true;
    std::string label;  // empty: the function's own label, "ELU (α = 0.5)"

    // What the legend, the readout, the tables and the exports call this curve.
    std::string displayLabel() const { return label.empty() ? function.label() : label; }

    friend bool operator==(const SceneFunction&, const SceneFunction&) = default;
};

// The visible region. y is fitted to the curves unless the user zoomed, panned or typed it.
struct ViewRange {
    static constexpr double kDefaultXMin = -5.0;
    static constexpr double kDefaultXMax = 5.0;

    double xMin = kDefaultXMin;
    double xMax = kDefaultXMax;
    bool autoY = true;
    double yMin = -2.0;  // used when !autoY
    double yMax = 5.0;

    friend bool operator==(const ViewRange&, const ViewRange&) = default;
};

// The views of the window, in the order of its tabs.
enum class ViewId { Curves, Histogram, Propagation, MeanMap };

// How the histograms of several functions share the plot.
enum class HistogramLayout { Overlay, SmallMultiples };

// Input distribution and binning of the histogram view: z ~ N(mu, sigma^2), sampleCount values
// from the seeded stream, f(z) binned per visible function.
struct HistogramViewSettings {
    static constexpr std::uint64_t kMinSamples = 1'000;
    static constexpr std::uint64_t kMaxSamples = 10'000'000;
    static constexpr double kMaxAbsMu = 1e3;
    static constexpr double kMinSigma = 1e-3;
    static constexpr double kMaxSigma = 1e3;

    double mu = 0.0;
    double sigma = 1.0;
    std::uint64_t sampleCount = 1'000'000;
    std::uint64_t seed = 1;
    int bins = 100;  // kMinHistogramBins ... kMaxHistogramBins
    HistogramLayout layout = HistogramLayout::Overlay;

    friend bool operator==(const HistogramViewSettings&, const HistogramViewSettings&) = default;
};

// The random network of the propagation view (see propagate()), plus what the view shows of it.
struct PropagationViewSettings {
    static constexpr int kMinDepth = 1;
    static constexpr int kMaxDepth = 200;
    static constexpr int kMinWidth = 16;
    static constexpr int kMaxWidth = 1024;
    static constexpr int kMinBatch = 1;
    static constexpr int kMaxBatch = 1'000'000;  // the memory check refuses large width x batch
    // The gain multiplies the init's standard deviation (CS231n's saturating 1.0 randn at width
    // 500 is LeCun times 22.36); the bias std is that of N(0, s^2) biases.
    static constexpr double kMinGain = 0.001;
    static constexpr double kMaxGain = 100.0;
    static constexpr double kMaxBiasStd = 10.0;

    int depth = 50;
    int width = 256;
    int batch = 1000;
    WeightInit init = WeightInit::LeCun;
    std::uint64_t seed = 1;
    int selectedLayer = 50;  // the depth scrubber, 1 ... depth
    bool logVariance = false;
    double gain = 1.0;
    double biasStd = 0.0;

    friend bool operator==(const PropagationViewSettings&, const PropagationViewSettings&) = default;
};

// The SELU mean/variance map view: weight moments omega, tau (see SeluMapParameters), the point
// whose iterates are drawn, and the target of "Solve alpha, lambda".
// The ranges are the controls' and the scene file's alike: a scene with a value outside is refused.
struct MeanMapViewSettings {
    static constexpr double kMaxAbsOmega = 10.0;
    static constexpr double kMinTau = 0.01;
    static constexpr double kMaxTau = 10.0;
    static constexpr double kMaxAbsTargetMean = 1.0;
    static constexpr double kMinTargetVariance = 0.05;
    static constexpr double kMaxTargetVariance = 5.0;

    double omega = 0.0;
    double tau = 1.0;
    std::optional<MeanVariance> trajectoryStart;  // set by a click on the plane
    MeanVariance solveTarget{0.0, 1.0};

    friend bool operator==(const MeanMapViewSettings&, const MeanMapViewSettings&) = default;
};

// Everything the window shows (curves, the settings of every view, which view is active), as a
// plain value: copy it, compare it, hand it to views, save it. The controller owns the one
// current instance; nothing else keeps state about the scene.
// The parameters live in the Activation values: the core is the one source of f and f'.
struct CurveScene {
    static constexpr std::size_t kMaxCurves = 64;

    // The curves in drawing and legend order; any function any number of times. A new scene
    // holds every built-in once (ids 1, 2, ... in the order of allFunctionKinds()), each with its
    // defaults; only defaultVisibleKinds() (ELU, SELU, ReLU, Leaky ReLU) are visible, the
    // comparison family is shown with "Compare with".
    std::vector<SceneFunction> functions = defaultFunctions();
    bool showDerivatives = true;
    DerivativeLayout derivativeLayout = DerivativeLayout::Overlay;
    bool showAsymptotes = true;
    bool showSecondDerivatives = false;  // f'' beside f', on the derivative axes
    ThemeId theme = ThemeId::Light;
    ViewRange view;
    ViewId activeView = ViewId::Curves;
    HistogramViewSettings histogram;
    PropagationViewSettings propagation;
    MeanMapViewSettings meanMap;

    static std::vector<SceneFunction> defaultFunctions() {
        std::vector<SceneFunction> result;
        const std::vector<FunctionKind>& visible = defaultVisibleKinds();
        for (const FunctionKind kind : allFunctionKinds()) {
            const bool shown = std::find(visible.begin(), visible.end(), kind) != visible.end();
            result.push_back({static_cast<CurveId>(result.size() + 1), Activation::withDefaults(kind), shown, {}});
        }
        return result;
    }

    // The first curve of `kind`, or nullptr when the scene has none.
    const SceneFunction* find(FunctionKind kind) const noexcept {
        for (const SceneFunction& entry : functions) {
            if (entry.function.kind() == kind) return &entry;
        }
        return nullptr;
    }
    SceneFunction* find(FunctionKind kind) noexcept {
        return const_cast<SceneFunction*>(static_cast<const CurveScene*>(this)->find(kind));
    }
    // The curve `id`, or nullptr.
    const SceneFunction* curve(CurveId id) const noexcept {
        for (const SceneFunction& entry : functions) {
            if (entry.id == id) return &entry;
        }
        return nullptr;
    }
    SceneFunction* curve(CurveId id) noexcept {
        return const_cast<SceneFunction*>(static_cast<const CurveScene*>(this)->curve(id));
    }
    // The curve `parameter` belongs to (its own, or the first of its kind), or nullptr.
    const SceneFunction* owner(Parameter parameter) const noexcept {
        const SceneFunction* entry = parameter.curve != 0 ? curve(parameter.curve) : find(parameter.kind);
        return entry != nullptr && entry->function.kind() == parameter.kind ? entry : nullptr;
    }
    // An id no curve has yet.
    CurveId unusedCurveId() const noexcept {
        CurveId highest = 0;
        for (const SceneFunction& entry : functions) highest = std::max(highest, entry.id);
        return highest + 1;
    }
    // Which curve of its function `id` is: 1 for the first, 2 for the next, ... (0: unknown).
    int ordinal(CurveId id) const noexcept {
        const SceneFunction* target = curve(id);
        int count = 0;
        for (const SceneFunction& entry : functions) {
            if (target != nullptr && entry.function.kind() == target->function.kind()) ++count;
            if (entry.id == id) return count;
        }
        return 0;
    }
    // A name for curve `id` that stays the same while the scene's curves do, for object names
    // and item names: the function's id for its first curve ("elu"), then "elu-2", "elu-3", ...
    std::string curveKey(CurveId id) const;

    // The current value of `parameter`, or its default when the scene has no such curve.
    double parameter(Parameter parameter) const noexcept;

    friend bool operator==(const CurveScene&, const CurveScene&) = default;
};

}  // namespace alab
