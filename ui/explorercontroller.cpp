// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorercontroller.h"

#include "undocommands.h"

#include <algorithm>
#include <cmath>

namespace alab {

namespace {

bool validRange(double lo, double hi) { return std::isfinite(lo) && std::isfinite(hi) && lo < hi; }

// The nearest value the range editors can show.
double onEditorGrid(double v) {
    constexpr double scale = 1e6;
    static_assert(ViewLimits::kDecimals == 6, "scale must be 10^kDecimals");
    return std::round(v * scale) / scale;
}

void clampRange(double& lo, double& hi) {
    constexpr double limit = ViewLimits::kMaxAbs;
    if (!(hi - lo < 2.0 * limit)) {  // also when the difference overflows
        lo = -limit;
        hi = limit;
        return;
    }
    const double centre = lo / 2.0 + hi / 2.0;
    const double minSpan = ViewLimits::kMinRelativeSpan * std::max(1.0, std::min(std::abs(centre), limit));
    if (hi - lo < minSpan) {
        lo = centre - minSpan / 2.0;
        hi = centre + minSpan / 2.0;
    }
    if (lo < -limit) {
        hi += -limit - lo;
        lo = -limit;
    } else if (hi > limit) {
        lo -= hi - limit;
        hi = limit;
    }
    lo = onEditorGrid(lo);
    hi = onEditorGrid(hi);
}

}  // namespace

ExplorerController::ExplorerController(QObject* parent) : QObject(parent) {}

// The stack's commands refer to this controller: clear it while the controller is whole.
ExplorerController::~ExplorerController() { undoStack_.clear(); }

void ExplorerController::setScene(const CurveScene& restored) {
    undoStack_.clear();
    CurveScene scene = restored;
    if (validRange(scene.view.xMin, scene.view.xMax) && validRange(scene.view.yMin, scene.view.yMax)) {
        scene.view = clampedView(scene.view);
    }
    if (scene == scene_) return;
    const bool themeDiffers = scene.theme != scene_.theme;
    scene_ = scene;
    if (themeDiffers) emit themeChanged();
    emit activeViewChanged(scene_.activeView);
    emit histogramSettingsChanged();
    emit propagationSettingsChanged();
    emit meanMapSettingsChanged();
    emit visibilityChanged();
    emit viewChanged();
    emit sceneChanged();
}

void ExplorerController::setParameter(Parameter parameter, double value) {
    const ParameterInfo& info = parameterInfo(parameter);
    const SceneFunction* entry = scene_.find(info.kind);
    if (entry == nullptr || !std::isfinite(value)) return;
    const double before = parameterValue(entry->function, parameter);
    if (before == value) return;
    const int mergeKey = dragging_ && dragParameter_ == parameter ? dragSerial_ : 0;
    undoStack_.push(new ChangeParameterCommand(*this, parameter, before, value, mergeKey));
}

void ExplorerController::resetParameter(Parameter parameter) {
    setParameter(parameter, parameterInfo(parameter).defaultValue);
}

void ExplorerController::resetSeluConstants() {
    const double alpha = parameterInfo(Parameter::SeluAlpha).defaultValue;
    const double lambda = parameterInfo(Parameter::SeluLambda).defaultValue;
    const bool alphaDiffers = scene_.parameter(Parameter::SeluAlpha) != alpha;
    const bool lambdaDiffers = scene_.parameter(Parameter::SeluLambda) != lambda;
    if (!alphaDiffers && !lambdaDiffers) return;
    undoStack_.beginMacro(tr("Reset SELU to Self-Normalizing Constants"));
    setParameter(Parameter::SeluAlpha, alpha);
    setParameter(Parameter::SeluLambda, lambda);
    undoStack_.endMacro();
}

void ExplorerController::setSeluParameters(double alpha, double lambda, const QString& undoText) {
    const bool alphaDiffers = scene_.parameter(Parameter::SeluAlpha) != alpha;
    const bool lambdaDiffers = scene_.parameter(Parameter::SeluLambda) != lambda;
    if (!alphaDiffers && !lambdaDiffers) return;
    undoStack_.beginMacro(undoText);
    setParameter(Parameter::SeluAlpha, alpha);
    setParameter(Parameter::SeluLambda, lambda);
    undoStack_.endMacro();
}

void ExplorerController::setFunctionVisible(FunctionKind kind, bool visible) {
    const SceneFunction* entry = scene_.find(kind);
    if (entry == nullptr || entry->visible == visible) return;
    undoStack_.push(new SetFunctionVisibleCommand(*this, kind, visible));
}

void ExplorerController::setDisplayOption(DisplayOption option, bool on) {
    if (displayOption(option) == on) return;
    undoStack_.push(new SetDisplayOptionCommand(*this, option, on));
}

bool ExplorerController::displayOption(DisplayOption option) const noexcept {
    switch (option) {
    case DisplayOption::Derivatives: return scene_.showDerivatives;
    case DisplayOption::Asymptotes: return scene_.showAsymptotes;
    case DisplayOption::SeparateDerivativePlot: break;
    }
    return scene_.derivativeLayout == DerivativeLayout::SeparatePlot;
}

void ExplorerController::beginParameterDrag(Parameter parameter) {
    if (dragging_ && dragParameter_ == parameter) return;
    dragging_ = true;
    dragParameter_ = parameter;
    ++dragSerial_;
    emit draggingChanged(true);
}

void ExplorerController::endParameterDrag() {
    if (!dragging_) return;
    dragging_ = false;
    // A later drag, even of the same parameter, starts a new undo step.
    ++dragSerial_;
    emit draggingChanged(false);
}

void ExplorerController::setHistogramSettings(const HistogramViewSettings& settings) {
    if (settings == scene_.histogram) return;
    undoStack_.push(new ChangeViewSettingsCommand<HistogramViewSettings>(
        *this, scene_.histogram, settings, settingsDragging_ ? settingsDragSerial_ : 0,
        &ExplorerController::applyHistogramSettings, tr("Change Histogram Settings")));
}

void ExplorerController::setPropagationSettings(const PropagationViewSettings& settings) {
    if (settings == scene_.propagation) return;
    undoStack_.push(new ChangeViewSettingsCommand<PropagationViewSettings>(
        *this, scene_.propagation, settings, settingsDragging_ ? settingsDragSerial_ : 0,
        &ExplorerController::applyPropagationSettings, tr("Change Propagation Settings")));
}

void ExplorerController::setMeanMapSettings(const MeanMapViewSettings& settings) {
    if (settings == scene_.meanMap) return;
    undoStack_.push(new ChangeViewSettingsCommand<MeanMapViewSettings>(
        *this, scene_.meanMap, settings, settingsDragging_ ? settingsDragSerial_ : 0,
        &ExplorerController::applyMeanMapSettings, tr("Change Mean/Variance Map Settings")));
}

void ExplorerController::beginSettingsDrag() {
    if (settingsDragging_) return;
    settingsDragging_ = true;
    ++settingsDragSerial_;
}

void ExplorerController::endSettingsDrag() {
    settingsDragging_ = false;
    ++settingsDragSerial_;
}

void ExplorerController::applyHistogramSettings(const HistogramViewSettings& settings) {
    if (settings == scene_.histogram) return;
    scene_.histogram = settings;
    emit histogramSettingsChanged();
    emit sceneChanged();
}

void ExplorerController::applyPropagationSettings(const PropagationViewSettings& settings) {
    if (settings == scene_.propagation) return;
    scene_.propagation = settings;
    emit propagationSettingsChanged();
    emit sceneChanged();
}

void ExplorerController::applyMeanMapSettings(const MeanMapViewSettings& settings) {
    if (settings == scene_.meanMap) return;
    scene_.meanMap = settings;
    emit meanMapSettingsChanged();
    emit sceneChanged();
}

void ExplorerController::setActiveView(ViewId view) {
    if (scene_.activeView == view) return;
    scene_.activeView = view;
    emit activeViewChanged(view);
    emit sceneChanged();
}

void ExplorerController::setTheme(ThemeId theme) {
    if (scene_.theme == theme) return;
    scene_.theme = theme;
    emit themeChanged();
    emit sceneChanged();
}

ViewRange ExplorerController::clampedView(const ViewRange& view) {
    ViewRange result = view;
    clampRange(result.xMin, result.xMax);
    // With autoY the y numbers only wait in the editors; keep them showable all the same.
    if (validRange(result.yMin, result.yMax)) clampRange(result.yMin, result.yMax);
    return result;
}

void ExplorerController::setView(const ViewRange& requested) {
    if (!validRange(requested.xMin, requested.xMax) ||
        (!requested.autoY && !validRange(requested.yMin, requested.yMax))) {
        return;
    }
    const ViewRange view = clampedView(requested);
    if (view == scene_.view) return;
    scene_.view = view;
    emit viewChanged();
    emit sceneChanged();
}

void ExplorerController::setXRange(double xMin, double xMax) {
    ViewRange view = scene_.view;
    view.xMin = xMin;
    view.xMax = xMax;
    setView(view);
}

void ExplorerController::resetView() {
    ViewRange view;
    // Keep the last explicit y numbers for the editor; autoY ignores them.
    view.yMin = scene_.view.yMin;
    view.yMax = scene_.view.yMax;
    setView(view);
}

void ExplorerController::applyParameter(Parameter parameter, double value) {
    const ParameterInfo& info = parameterInfo(parameter);
    SceneFunction* entry = scene_.find(info.kind);
    if (entry == nullptr || parameterValue(entry->function, parameter) == value) return;
    try {
        entry->function = withParameter(entry->function, parameter, value);
    } catch (const ParameterError&) {
        return;  // not a curve; setParameter() filters these, so only a bad command gets here
    }
    emit functionChanged(info.kind);
    emit sceneChanged();
}

void ExplorerController::applyFunctionVisible(FunctionKind kind, bool visible) {
    SceneFunction* entry = scene_.find(kind);
    if (entry == nullptr || entry->visible == visible) return;
    entry->visible = visible;
    emit visibilityChanged();
    emit sceneChanged();
}

void ExplorerController::applyDisplayOption(DisplayOption option, bool on) {
    if (displayOption(option) == on) return;
    switch (option) {
    case DisplayOption::Derivatives: scene_.showDerivatives = on; break;
    case DisplayOption::Asymptotes: scene_.showAsymptotes = on; break;
    case DisplayOption::SeparateDerivativePlot:
        scene_.derivativeLayout = on ? DerivativeLayout::SeparatePlot : DerivativeLayout::Overlay;
        break;
    }
    emit visibilityChanged();
    emit sceneChanged();
}

}  // namespace alab
