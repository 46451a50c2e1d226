#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "ui_displaypanel.h"

#include <QPointer>
#include <QWidget>

#include <utility>
#include <vector>

class QCheckBox;

namespace alab {

class ExplorerController;

// Which functions are drawn and how: visibility check boxes, derivatives (overlaid or in a
// separate plot), asymptotes, theme, and the editable axis ranges.
class DisplayPanel : public QWidget {
    Q_OBJECT

public:
    explicit DisplayPanel(QWidget* parent = nullptr);

    // Observes and edits `controller` (not owned); nullptr disables the panel.
    void setController(ExplorerController* controller);

private:
    void syncFromScene();
    void syncView();
    void applySwatches();
    void commitView();

    Ui::DisplayPanel ui_;
    std::vector<std::pair<FunctionKind, QCheckBox*>> visibilityChecks_;
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
};

}  // namespace alab
