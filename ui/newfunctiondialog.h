// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <QDialog>

#include <optional>

class QCustomPlot;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace alab {

class ExplorerController;

// Edit ▸ New Function…: a name, an expression in x and its parameters (name, value, slider
// range). The preview follows the typing; a fault shows inline with its column while the last
// valid curve stays in the preview, and OK stays disabled until the function compiles. The new
// curve is one undo step.
class NewFunctionDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewFunctionDialog(ExplorerController& controller, QWidget* parent = nullptr);

    // The function the fields describe now, or nullopt (the error label says why).
    const std::optional<Activation>& current() const noexcept { return current_; }

private:
    void addParameterRow(const QString& name, double value, double min, double max);
    void update();
    void apply();

    ExplorerController& controller_;
    QLineEdit* nameEdit_ = nullptr;
    QLineEdit* expressionEdit_ = nullptr;
    QTableWidget* parameterTable_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QCustomPlot* preview_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    std::optional<Activation> current_;
};

}  // namespace alab
