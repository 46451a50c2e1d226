// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorercontroller.h"

#include "numberformat.h"
#include "undocommands.h"

#include "function_registry.h"

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

Parameter ExplorerController::resolved(Parameter parameter) const noexcept {
    const SceneFunction* entry = scene_.owner(parameter);
    return entry != nullptr ? parameter.of(entry->id) : parameter;
}

void ExplorerController::setParameter(Parameter requested, double value) {
    const SceneFunction* entry = scene_.owner(requested);
    if (entry == nullptr || !std::isfinite(value)) return;
    const Parameter parameter = requested.of(entry->id);
    const double before = parameterValue(entry->function, parameter);
    if (before == value) return;
    const int mergeKey = dragging_ && dragParameter_ == parameter ? dragSerial_ : 0;
    undoStack_.push(new ChangeParameterCommand(*this, parameter, before, value, mergeKey));
}

void ExplorerController::resetParameter(Parameter parameter) {
    setParameter(parameter, parameterInfo(scene_, parameter).defaultValue);
}

void ExplorerController::resetSeluConstants(CurveId id) {
    const Parameter alphaOf = Parameter::SeluAlpha.of(id), lambdaOf = Parameter::SeluLambda.of(id);
    if (scene_.owner(alphaOf) == nullptr) return;
    const double alpha = parameterInfo(alphaOf).defaultValue;
    const double lambda = parameterInfo(lambdaOf).defaultValue;
    const bool alphaDiffers = scene_.parameter(alphaOf) != alpha;
    const bool lambdaDiffers = scene_.parameter(lambdaOf) != lambda;
    if (!alphaDiffers && !lambdaDiffers) return;
    undoStack_.beginMacro(tr("Reset SELU to Self-Normalizing Constants"));
    setParameter(alphaOf, alpha);
    setParameter(lambdaOf, lambda);
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
    std::vector<CurveId> changing;
    for (const SceneFunction& entry : scene_.functions) {
        if (entry.function.kind() == kind && entry.visible != visible) changing.push_back(entry.id);
    }
    if (scene_.find(kind) == nullptr) {
        // A scene without this function (a version 2 file lists only its own curves): showing
        // it adds a curve with the defaults.
        if (visible) addCurve(kind);
        return;
    }
    if (changing.size() == 1) return setCurveVisible(changing.front(), visible);
    if (changing.empty()) return;
    const std::string_view name = describe(kind).displayName;
    const QString label = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    undoStack_.beginMacro(visible ? tr("Show %1").arg(label) : tr("Hide %1").arg(label));
    for (const CurveId id : changing) setCurveVisible(id, visible);
    undoStack_.endMacro();
}

void ExplorerController::setCurveVisible(CurveId id, bool visible) {
    const SceneFunction* entry = scene_.curve(id);
    if (entry == nullptr || entry->visible == visible) return;
    undoStack_.push(new SetCurveVisibleCommand(*this, id, entry->displayLabel(), visible));
}

CurveId ExplorerController::addCurve(FunctionKind kind) {
    if (scene_.functions.size() >= CurveScene::kMaxCurves) return 0;
    std::vector<SceneFunction> curves = scene_.functions;
    const CurveId id = scene_.unusedCurveId();
    curves.push_back({id, Activation::withDefaults(kind), true, {}});
    const std::string_view name = describe(kind).displayName;
    undoStack_.push(new ChangeCurvesCommand(*this, scene_.functions, std::move(curves),
                                            tr("Add %1").arg(QString::fromUtf8(name.data(), qsizetype(name.size())))));
    return id;
}

CurveId ExplorerController::addTypedCurve(const Activation& function) {
    if (scene_.functions.size() >= CurveScene::kMaxCurves) return 0;
    std::vector<SceneFunction> curves = scene_.functions;
    const CurveId id = scene_.unusedCurveId();
    curves.push_back({id, function, true, {}});
    undoStack_.push(new ChangeCurvesCommand(*this, scene_.functions, std::move(curves),
                                            tr("Add %1").arg(QString::fromStdString(function.label()))));
    return id;
}

CurveId ExplorerController::duplicateCurve(CurveId id) {
    const SceneFunction* entry = scene_.curve(id);
    if (entry == nullptr || scene_.functions.size() >= CurveScene::kMaxCurves) return 0;
    std::vector<SceneFunction> curves = scene_.functions;
    SceneFunction copy = *entry;
    copy.id = scene_.unusedCurveId();
    copy.visible = true;
    const auto position = static_cast<std::ptrdiff_t>(entry - scene_.functions.data()) + 1;
    curves.insert(curves.begin() + position, copy);
    undoStack_.push(new ChangeCurvesCommand(*this, scene_.functions, std::move(curves),
                                            tr("Duplicate %1").arg(QString::fromStdString(entry->displayLabel()))));
    return copy.id;
}

QString ExplorerController::addFamily(FunctionKind kind, std::size_t index, const std::vector<double>& values,
                                      bool replace) {
    const FunctionDescriptor& function = describe(kind);
    const QString name = QString::fromUtf8(function.displayName.data(), qsizetype(function.displayName.size()));
    if (index >= function.parameters.size()) return tr("%1 has no parameter %2").arg(name).arg(index + 1);
    if (values.empty()) return tr("no values");
    const ParameterInfo& info = parameterInfo(Parameter{kind, static_cast<std::uint8_t>(index)});
    const QString symbol = QString::fromUtf8(info.label);
    std::vector<SceneFunction> curves = scene_.functions;
    // Where the family goes: where the function's first curve was (replacing), or after its last.
    std::size_t position = curves.size();
    for (std::size_t i = 0; i < curves.size(); ++i) {
        if (curves[i].function.kind() == kind) position = replace ? std::min(position, i) : i + 1;
    }
    if (replace) {
        std::erase_if(curves, [kind](const SceneFunction& entry) { return entry.function.kind() == kind; });
        position = std::min(position, curves.size());
    }
    if (curves.size() + values.size() > CurveScene::kMaxCurves) {
        return tr("%1 curves and %2 more are more than the %3 a scene may hold")
            .arg(curves.size())
            .arg(values.size())
            .arg(CurveScene::kMaxCurves);
    }
    std::vector<SceneFunction> family;
    CurveId next = scene_.unusedCurveId();
    for (const double value : values) {
        if (!(value >= info.spinMin && value <= info.spinMax)) {
            return tr("%1 = %2 is outside %3\u2026%4")
                .arg(symbol, formatNumber(value, 17), formatNumber(info.spinMin), formatNumber(info.spinMax));
        }
        try {
            family.push_back({next++, Activation::withDefaults(kind).withParameter(index, value), true, {}});
        } catch (const ParameterError& error) {
            return QString::fromStdString(error.what());
        }
    }
    curves.insert(curves.begin() + static_cast<std::ptrdiff_t>(position), family.begin(), family.end());
    undoStack_.push(new ChangeCurvesCommand(*this, scene_.functions, std::move(curves),
                                            tr("Add %1 Family (%2 Curves)").arg(name).arg(values.size())));
    return {};
}

void ExplorerController::removeCurve(CurveId id) {
    const SceneFunction* entry = scene_.curve(id);
    if (entry == nullptr) return;
    std::vector<SceneFunction> curves = scene_.functions;
    curves.erase(curves.begin() + (entry - scene_.functions.data()));
    undoStack_.push(new ChangeCurvesCommand(*this, scene_.functions, std::move(curves),
                                            tr("Remove %1").arg(QString::fromStdString(entry->displayLabel()))));
}

void ExplorerController::moveCurve(CurveId id, int position) {
    const SceneFunction* entry = scene_.curve(id);
    if (entry == nullptr || position < 0 || position >= static_cast<int>(scene_.functions.size())) return;
    const auto from = static_cast<int>(entry - scene_.functions.data());
    if (from == position) return;
    std::vector<SceneFunction> curves = scene_.functions;
    SceneFunction moved = curves[static_cast<std::size_t>(from)];
    curves.erase(curves.begin() + from);
    curves.insert(curves.begin() + position, moved);
    undoStack_.push(new ChangeCurvesCommand(*this, scene_.functions, std::move(curves),
                                            tr("Move %1").arg(QString::fromStdString(moved.displayLabel()))));
}

QString ExplorerController::setCurveLabel(CurveId id, const QString& requested) {
    const SceneFunction* entry = scene_.curve(id);
    if (entry == nullptr) return tr("no such curve");
    const std::string label = requested.trimmed().toStdString();
    if (label.size() > SceneFunction::kMaxLabelLength) {
        return tr("The label has %1 bytes; a label may have at most %2.")
            .arg(label.size())
            .arg(SceneFunction::kMaxLabelLength);
    }
    if (label == entry->label) return {};
    std::vector<SceneFunction> curves = scene_.functions;
    curves[static_cast<std::size_t>(entry - scene_.functions.data())].label = label;
    undoStack_.push(new ChangeCurvesCommand(*this, scene_.functions, std::move(curves),
                                            tr("Rename %1").arg(QString::fromStdString(entry->displayLabel()))));
    return {};
}

void ExplorerController::applyCurves(const std::vector<SceneFunction>& curves) {
    if (curves == scene_.functions) return;
    scene_.functions = curves;
    emit visibilityChanged();
    emit sceneChanged();
}

void ExplorerController::setDisplayOption(DisplayOption option, bool on) {
    if (displayOption(option) == on) return;
    undoStack_.push(new SetDisplayOptionCommand(*this, option, on));
}

bool ExplorerController::displayOption(DisplayOption option) const noexcept {
    switch (option) {
    case DisplayOption::Derivatives: return scene_.showDerivatives;
    case DisplayOption::Asymptotes: return scene_.showAsymptotes;
    case DisplayOption::SecondDerivatives: return scene_.showSecondDerivatives;
    case DisplayOption::SeparateDerivativePlot: break;
    }
    return scene_.derivativeLayout == DerivativeLayout::SeparatePlot;
}

void ExplorerController::beginParameterDrag(Parameter requested) {
    const Parameter parameter = resolved(requested);
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
    SceneFunction* entry = scene_.curve(resolved(parameter).curve);
    if (entry == nullptr || parameterValue(entry->function, parameter) == value) return;
    try {
        entry->function = withParameter(entry->function, parameter, value);
    } catch (const ParameterError&) {
        return;  // not a curve; setParameter() filters these, so only a bad command gets here
    }
    emit functionChanged(entry->id);
    emit sceneChanged();
}

void ExplorerController::applyCurveVisible(CurveId id, bool visible) {
    SceneFunction* entry = scene_.curve(id);
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
    case DisplayOption::SecondDerivatives: scene_.showSecondDerivatives = on; break;
    case DisplayOption::SeparateDerivativePlot:
        scene_.derivativeLayout = on ? DerivativeLayout::SeparatePlot : DerivativeLayout::Overlay;
        break;
    }
    emit visibilityChanged();
    emit sceneChanged();
}

}  // namespace alab
