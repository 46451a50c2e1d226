// SPDX-License-Identifier: GPL-3.0-or-later
#include "familydialog.h"

#include "explorercontroller.h"
#include "function_registry.h"
#include "numberformat.h"
#include "value_list.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alab {

namespace {

QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

std::variant<std::vector<double>, ValueListError> parsed(const QString& text) {
    return parseValueList(text.toStdString(), CurveScene::kMaxCurves);
}

}  // namespace

FamilyDialog::FamilyDialog(ExplorerController& controller, QWidget* parent) : QDialog(parent), controller_(controller) {
    setObjectName(QStringLiteral("familyDialog"));
    setWindowTitle(tr("Add Family"));
    functionCombo_ = new QComboBox(this);
    functionCombo_->setObjectName(QStringLiteral("familyFunctionCombo"));
    for (const FunctionDescriptor& function : functionRegistry()) {
        if (!function.parameters.empty())
            functionCombo_->addItem(fromUtf8(function.displayName), static_cast<int>(function.kind));
    }
    parameterCombo_ = new QComboBox(this);
    parameterCombo_->setObjectName(QStringLiteral("familyParameterCombo"));
    valuesEdit_ = new QLineEdit(QStringLiteral("0.25, 0.5, 1, 2"), this);
    valuesEdit_->setObjectName(QStringLiteral("familyValuesEdit"));
    valuesEdit_->setToolTip(tr("A list, 0.25, 0.5, 1, 2, or a range from:step:to, 0.25:0.25:2"));
    valuesEdit_->setClearButtonEnabled(true);
    replaceCheck_ = new QCheckBox(tr("&Replace the function's curves"), this);
    replaceCheck_->setObjectName(QStringLiteral("familyReplaceCheck"));
    replaceCheck_->setChecked(true);
    previewLabel_ = new QLabel(this);
    previewLabel_->setObjectName(QStringLiteral("familyPreviewLabel"));
    previewLabel_->setWordWrap(true);
    previewLabel_->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Function:"), functionCombo_);
    form->addRow(tr("&Parameter:"), parameterCombo_);
    form->addRow(tr("&Values:"), valuesEdit_);
    form->addRow(QString(), replaceCheck_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add Curves"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel_);
    layout->addWidget(buttons_);

    connect(functionCombo_, &QComboBox::currentIndexChanged, this, [this] {
        fillParameters();
        updatePreview();
    });
    connect(parameterCombo_, &QComboBox::currentIndexChanged, this, &FamilyDialog::updatePreview);
    connect(valuesEdit_, &QLineEdit::textChanged, this, &FamilyDialog::updatePreview);
    connect(buttons_, &QDialogButtonBox::accepted, this, &FamilyDialog::apply);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillParameters();
    updatePreview();
    // The values are what one comes to change: focused, selected, ready to be typed over.
    valuesEdit_->setFocus();
    valuesEdit_->selectAll();
}

void FamilyDialog::fillParameters() {
    parameterCombo_->clear();
    const auto kind = static_cast<FunctionKind>(functionCombo_->currentData().toInt());
    const FunctionDescriptor& function = describe(kind);
    for (const ParameterSpec& spec : function.parameters) parameterCombo_->addItem(fromUtf8(spec.symbol));
}

void FamilyDialog::updatePreview() {
    const auto result = parsed(valuesEdit_->text());
    QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
    if (const auto* error = std::get_if<ValueListError>(&result)) {
        previewLabel_->setText(QString::fromStdString(error->message));
        previewLabel_->setStyleSheet(QStringLiteral("color: #b00020"));
        ok->setEnabled(false);
        return;
    }
    const std::vector<double>& values = std::get<std::vector<double>>(result);
    QStringList shown;
    for (const double value : values) shown << formatNumber(value);
    const QString list = shown.join(QStringLiteral(", "));
    previewLabel_->setText(values.size() == 1
                               ? tr("1 curve: %1 = %2").arg(parameterCombo_->currentText(), list)
                               : tr("%1 curves: %2 = %3").arg(values.size()).arg(parameterCombo_->currentText(), list));
    previewLabel_->setStyleSheet(QString());
    ok->setEnabled(true);
}

void FamilyDialog::apply() {
    const auto result = parsed(valuesEdit_->text());
    if (!std::holds_alternative<std::vector<double>>(result)) return;
    const auto kind = static_cast<FunctionKind>(functionCombo_->currentData().toInt());
    const QString problem =
        controller_.addFamily(kind, static_cast<std::size_t>(std::max(0, parameterCombo_->currentIndex())),
                              std::get<std::vector<double>>(result), replaceCheck_->isChecked());
    if (!problem.isEmpty()) {
        // The values stay, so that the one out of range can be mended.
        previewLabel_->setText(problem);
        previewLabel_->setStyleSheet(QStringLiteral("color: #b00020"));
        return;
    }
    accept();
}

}  // namespace alab
