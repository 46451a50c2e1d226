// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace alab {

class ExplorerController;

// Edit ▸ Add Family…: one function over a list ("0.25, 0.5, 1, 2") or a range
// ("0.25:0.25:2") of one parameter becomes that many curves, in one undo step. What the values
// make (or what is wrong with them, with the column) shows as they are typed; OK stays disabled
// until they make curves, and a value the controller refuses keeps the dialog open.
class FamilyDialog : public QDialog {
    Q_OBJECT

public:
    explicit FamilyDialog(ExplorerController& controller, QWidget* parent = nullptr);

private:
    void fillParameters();
    void updatePreview();
    void apply();

    ExplorerController& controller_;
    QComboBox* functionCombo_ = nullptr;
    QComboBox* parameterCombo_ = nullptr;
    QLineEdit* valuesEdit_ = nullptr;
    QCheckBox* replaceCheck_ = nullptr;
    QLabel* previewLabel_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace alab
