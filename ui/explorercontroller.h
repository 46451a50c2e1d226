// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

#include <QObject>
#include <QUndoStack>

namespace alab {

// How far a view may zoom: what the range editors can show. Out: both ends within ±kMaxAbs. In:
// a span of at least kMinRelativeSpan · max(1, |centre|), so the ticks (6 significant digits)
// stay distinct and kDecimals decimals still resolve the span to 0.1 %. Ends are kept on that
// decimal grid, so the editors show exactly the axis range and writing them back changes nothing.
struct ViewLimits {
    static constexpr double kMaxAbs = 1e6;
    static constexpr double kMinRelativeSpan = 1e-3;
    static constexpr int kDecimals = 6;
};

// Display switches that the user toggles and undo can restore.
enum class DisplayOption { Derivatives, Asymptotes, SeparateDerivativePlot, SecondDerivatives };

// Owns the current CurveScene and the undo stack. Widgets edit the scene only through these
// setters and redraw when the change signals fire; they never talk to each other. Setters that
// would not change anything emit nothing, so a view that writes back what it was shown cannot
// start a loop.
//
// Parameter and visibility edits go through the undo stack; theme and view (zoom, pan) do not.
// A slider drag is one undo step: between beginParameterDrag() and endParameterDrag() the
// changes of that parameter merge into one command.
class ExplorerController : public QObject {
    Q_OBJECT

public:
    explicit ExplorerController(QObject* parent = nullptr);
    ~ExplorerController() override;

    const CurveScene& scene() const noexcept { return scene_; }
    QUndoStack& undoStack() noexcept { return undoStack_; }

    // Replaces everything (restored settings) and forgets the undo history.
    void setScene(const CurveScene& scene);

    // Undoable edits. Values the core rejects (NaN, infinity) are ignored.
    void setParameter(Parameter parameter, double value);
    void resetParameter(Parameter parameter);
    // Alpha and lambda of SELU curve `id` (0: the first SELU curve), one undo step.
    void resetSeluConstants(CurveId id = 0);
    // Both SELU parameters in one undo step (the mean/variance map's "Solve").
    void setSeluParameters(double alpha, double lambda, const QString& undoText);
    // Every curve of `kind`, one undo step; showing a function the scene lacks adds a curve of it.
    void setFunctionVisible(FunctionKind kind, bool visible);
    void setCurveVisible(CurveId id, bool visible);
    // Undoable changes of the curve list; each returns the new curve's id (0 when the scene
    // already holds CurveScene::kMaxCurves curves or `id` is unknown).
    CurveId addCurve(FunctionKind kind);
    // A typed function as a new, visible curve at the end (0 when the scene is full); undoable.
    CurveId addTypedCurve(const Activation& function);
    CurveId duplicateCurve(CurveId id);  // placed after the original, visible
    void removeCurve(CurveId id);
    // A family: one curve of `kind` per value of its parameter `index` (the others at their
    // defaults), in one undo step, after the curves of `kind` or, with `replace`, instead of
    // them. Returns what is wrong (a value outside the parameter's range, too many curves) and
    // changes nothing then; an empty text on success.
    QString addFamily(FunctionKind kind, std::size_t index, const std::vector<double>& values, bool replace);
    void moveCurve(CurveId id, int position);  // to index `position` of the list
    // The curve's own label (empty: the automatic one, "ELU (α = 0.5)"), one undo step; returns
    // what is wrong with it (too long) and changes nothing then.
    QString setCurveLabel(CurveId id, const QString& label);
    void setShowDerivatives(bool show) { setDisplayOption(DisplayOption::Derivatives, show); }
    void setShowAsymptotes(bool show) { setDisplayOption(DisplayOption::Asymptotes, show); }
    void setShowSecondDerivatives(bool show) { setDisplayOption(DisplayOption::SecondDerivatives, show); }
    void setDerivativeLayout(DerivativeLayout layout) {
        setDisplayOption(DisplayOption::SeparateDerivativePlot, layout == DerivativeLayout::SeparatePlot);
    }
    void setDisplayOption(DisplayOption option, bool on);
    bool displayOption(DisplayOption option) const noexcept;

    // A slider is held down from begin to end: its changes merge, and views may draw cheaply.
    void beginParameterDrag(Parameter parameter);
    void endParameterDrag();
    bool dragging() const noexcept { return dragging_; }

    // Undoable settings of the statistics views. Between beginSettingsDrag() and
    // endSettingsDrag() (a view's slider held down) the edits of one view merge into one step.
    void setHistogramSettings(const HistogramViewSettings& settings);
    void setPropagationSettings(const PropagationViewSettings& settings);
    void setMeanMapSettings(const MeanMapViewSettings& settings);
    void beginSettingsDrag();
    void endSettingsDrag();

    // Not undoable: how the scene is looked at.
    void setTheme(ThemeId theme);
    void setActiveView(ViewId view);
    // Ignored unless finite with min < max; otherwise clamped to ViewLimits (clampedView()).
    void setView(const ViewRange& view);
    void setXRange(double xMin, double xMax);
    void resetView();  // x -5..5, y fitted

    // `view` pulled inside ViewLimits: a span too wide or too narrow is cut or widened about its
    // centre, a range past an end is shifted back. Assumes finite ends with min < max.
    static ViewRange clampedView(const ViewRange& view);

    // For the undo commands: apply without recording.
    void applyParameter(Parameter parameter, double value);
    void applyCurveVisible(CurveId id, bool visible);
    void applyCurves(const std::vector<SceneFunction>& curves);
    void applyDisplayOption(DisplayOption option, bool on);
    void applyHistogramSettings(const HistogramViewSettings& settings);
    void applyPropagationSettings(const PropagationViewSettings& settings);
    void applyMeanMapSettings(const MeanMapViewSettings& settings);

signals:
    // The parameters of one curve changed (it must be recomputed, nothing else).
    void functionChanged(alab::CurveId curve);
    // Which curves are drawn, or how, changed (the list of curves, visibility, derivatives,
    // layout, asymptotes).
    void visibilityChanged();
    void themeChanged();
    void viewChanged();
    void draggingChanged(bool dragging);
    void activeViewChanged(alab::ViewId view);
    void histogramSettingsChanged();
    void propagationSettingsChanged();
    void meanMapSettingsChanged();
    // After each of the above except draggingChanged: "something in the scene is different".
    void sceneChanged();

private:
    // `parameter` with the curve it belongs to made explicit.
    Parameter resolved(Parameter parameter) const noexcept;

    CurveScene scene_;
    QUndoStack undoStack_;
    bool dragging_ = false;
    Parameter dragParameter_ = Parameter::EluAlpha;
    int dragSerial_ = 0;  // identifies the current drag; commands of one drag merge
    bool settingsDragging_ = false;
    int settingsDragSerial_ = 0;
};

}  // namespace alab
