// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "ui_displaypanel.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QAction;
class QCheckBox;
class QAbstractButton;
class QToolButton;

namespace alab {

class ExplorerController;

// Which functions are drawn and how: visibility check boxes for the default four, "Compare
// with…" (a menu of the comparison family: GELU, SiLU, ...; a chosen one also gets a check box
// while it is shown), derivatives (overlaid or in a separate plot), asymptotes, theme, and the
// editable axis ranges.
class DisplayPanel : public QWidget {
    Q_OBJECT

public:
    // "Family…" beside "Compare with…": the window connects it to Edit > Add Family.
    QAbstractButton* familyButton() const;
    QAbstractButton* newFunctionButton() const;

    explicit DisplayPanel(QWidget* parent = nullptr);

    // Observes and edits `controller` (not owned); nullptr disables the panel.
    void setController(ExplorerController* controller);

    // Puts `widget` (the parameter sliders) right below the Functions group, so that ticking or
    // unticking a function adds or removes a group below the box clicked: what is under the
    // pointer does not move.
    void insertBelowFunctions(QWidget* widget);

    // The y range the curve plot fitted: shown in the greyed y fields while Fit y is on.
    void showFittedY(double lower, double upper);

private:
    void syncFromScene();
    void syncView();
    void syncActiveView();
    void applySwatches();
    void commitView();

    Ui::DisplayPanel ui_;
    std::vector<std::pair<FunctionKind, QCheckBox*>> visibilityChecks_;
    std::vector<std::pair<FunctionKind, QAction*>> compareActions_;  // the comparison family
    QToolButton* compareButton_ = nullptr;
    QToolButton* familyButton_ = nullptr;
    QToolButton* newFunctionButton_ = nullptr;
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
    std::optional<std::pair<double, double>> fittedY_;  // last from the curve plot
};

}  // namespace alab
