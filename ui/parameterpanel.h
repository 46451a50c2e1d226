#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "ui_parameterpanel.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QSlider;
class QToolButton;

namespace alab {

class ExplorerController;

// Slider + spin box pairs for the parameters. The slider covers a lecture-sized range in
// steps of 0.01 and updates the curves on every step; the spin box takes exact values far
// beyond it. A spin box value outside the slider's range leaves the slider at its end, without
// changing the value. Holding a slider down is one undo step.
class ParameterPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // Observes and edits `controller` (not owned); nullptr disables the panel.
    void setController(ExplorerController* controller);

    static constexpr double kSliderScale = 100.0;  // slider steps of 0.01

private:
    struct Row {
        Parameter parameter;
        QSlider* slider;
        QDoubleSpinBox* spin;
        QToolButton* reset;
    };

    void syncRows(FunctionKind kind);
    void syncRow(const Row& row);

    Ui::ParameterPanel ui_;
    std::vector<Row> rows_;
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
};

}  // namespace alab
