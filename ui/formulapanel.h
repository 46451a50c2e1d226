// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

#include <array>
#include <map>
#include <vector>

class QGridLayout;
class QScrollArea;
class QLabel;

namespace alab {

class ExplorerController;
class ThrottledAction;

// For each visible function: its formula with the current parameters (rich text from the
// core), its range, whether f' is continuous at 0 (or how smooth f is), the minimum of the
// non-monotonic ones, and its exact mean for N(0, 1) input. Visible formulas fill a two-column
// grid in display order.
// Only the changed function's text is rebuilt on a parameter change; while a slider is held,
// at most every ThrottledAction::kDragIntervalMs (laying out the rich text costs several times a
// curve replot), and at once when it is released.
class FormulaPanel : public QWidget {
    Q_OBJECT

public:
    explicit FormulaPanel(QWidget* parent = nullptr);

    // Observes `controller` (not owned); nullptr empties the panel.
    void setController(ExplorerController* controller);

    // The label of the first curve of `kind` ("eluFormula", ...) or of curve `id` ("elu2Formula"
    // for a second ELU), or nullptr; for tests.
    QLabel* label(FunctionKind kind) const;
    QLabel* label(CurveId id) const;

    // The rich text shown for `f` in `theme`, and for a curve named `name` drawn in `color`.
    static QString formulaHtml(const Activation& f, const Theme& theme);
    // A typed function's accuracy is measured on [xMin, xMax] (the visible range).
    static QString formulaHtml(const Activation& f, const QString& name, const QColor& color, double xMin = -5.0,
                               double xMax = 5.0);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The height the formulas need at `width`, row by row, and this panel's fitted to it.
    int contentHeight(int width) const;
    void fitHeight();
    void onFunctionChanged(CurveId id);
    void flushPending();
    void updateCurve(CurveId id);
    void updateAll();
    QLabel* newLabel();

    void relayout();

    std::map<CurveId, QLabel*> labels_;  // one per curve of the scene; children of this widget
    QScrollArea* scroll_ = nullptr;      // child of this widget; holds content_
    QWidget* content_ = nullptr;         // the labels' parent, laid out by layout_
    QGridLayout* layout_ = nullptr;
    int fittedHeight_ = 0;                   // what sizeHint() answers: the formulas' height, capped
    ThrottledAction* dragUpdate_ = nullptr;  // child of this widget; runs flushPending()
    std::vector<CurveId> pending_;           // changed during a drag, not shown yet
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
};

}  // namespace alab
