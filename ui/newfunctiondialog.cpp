// SPDX-License-Identifier: GPL-3.0-or-later
#include "newfunctiondialog.h"

#include "explorercontroller.h"
#include "expression/typed_function.h"

#include <qcustomplot.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace alab {

namespace {

enum Column { NameColumn, ValueColumn, MinColumn, MaxColumn };

}  // namespace

NewFunctionDialog::NewFunctionDialog(ExplorerController& controller, QWidget* parent)
    : QDialog(parent), controller_(controller) {
    setObjectName(QStringLiteral("newFunctionDialog"));
    setWindowTitle(tr("New Function"));
    nameEdit_ = new QLineEdit(this);
    nameEdit_->setObjectName(QStringLiteral("functionNameEdit"));
    nameEdit_->setPlaceholderText(tr("the expression itself"));
    expressionEdit_ = new QLineEdit(QStringLiteral("x*tanh(softplus(a*x))"), this);
    expressionEdit_->setObjectName(QStringLiteral("expressionEdit"));
    expressionEdit_->setToolTip(
        tr("A function of x: numbers, + − * / ^, where(x > 0, a, b), exp expm1 log log1p sqrt abs sin cos tan sinh "
           "cosh tanh erf erfc sigmoid softplus min max, pi, e, and every built-in by its id: elu(x, 0.5)"));
    parameterTable_ = new QTableWidget(0, 4, this);
    parameterTable_->setObjectName(QStringLiteral("parameterTable"));
    parameterTable_->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Slider from"), tr("to")});
    parameterTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    parameterTable_->verticalHeader()->hide();
    parameterTable_->setMinimumHeight(110);
    auto* addButton = new QToolButton(this);
    addButton->setObjectName(QStringLiteral("addParameterButton"));
    addButton->setText(QStringLiteral("+"));
    addButton->setToolTip(tr("Add a parameter"));
    auto* removeButton = new QToolButton(this);
    removeButton->setObjectName(QStringLiteral("removeParameterButton"));
    removeButton->setText(QStringLiteral("\u00d7"));
    removeButton->setToolTip(tr("Remove the selected parameter"));
    errorLabel_ = new QLabel(this);
    errorLabel_->setObjectName(QStringLiteral("expressionErrorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextFormat(Qt::PlainText);
    preview_ = new QCustomPlot(this);
    preview_->setObjectName(QStringLiteral("expressionPreview"));
    preview_->setMinimumSize(360, 200);
    preview_->addGraph();
    preview_->addGraph();
    preview_->graph(0)->setPen(QPen(QColor(0x7B, 0x3F, 0xA0), 2));
    QPen derivativePen(QColor(0x7B, 0x3F, 0xA0), 1.5, Qt::DashLine);
    preview_->graph(1)->setPen(derivativePen);
    preview_->xAxis->setRange(-5, 5);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), nameEdit_);
    form->addRow(tr("&Expression:"), expressionEdit_);
    auto* parameterButtons = new QHBoxLayout;
    parameterButtons->addWidget(addButton);
    parameterButtons->addWidget(removeButton);
    parameterButtons->addStretch(1);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add Curve"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel_);
    auto* parametersLabel = new QLabel(tr("&Parameters:"), this);
    parametersLabel->setBuddy(parameterTable_);
    layout->addWidget(parametersLabel);
    layout->addWidget(parameterTable_);
    layout->addLayout(parameterButtons);
    layout->addWidget(preview_, 1);
    layout->addWidget(buttons_);

    addParameterRow(QStringLiteral("a"), 1.0, 0.0, 3.0);
    connect(nameEdit_, &QLineEdit::textChanged, this, &NewFunctionDialog::update);
    connect(expressionEdit_, &QLineEdit::textChanged, this, &NewFunctionDialog::update);
    connect(parameterTable_, &QTableWidget::cellChanged, this, &NewFunctionDialog::update);
    connect(addButton, &QToolButton::clicked, this, [this] {
        addParameterRow(QStringLiteral("p%1").arg(parameterTable_->rowCount() + 1), 1.0, 0.0, 2.0);
        update();
    });
    connect(removeButton, &QToolButton::clicked, this, [this] {
        const int row =
            parameterTable_->currentRow() >= 0 ? parameterTable_->currentRow() : parameterTable_->rowCount() - 1;
        if (row >= 0) parameterTable_->removeRow(row);
        update();
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, &NewFunctionDialog::apply);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    expressionEdit_->setFocus();
    expressionEdit_->selectAll();
}

void NewFunctionDialog::addParameterRow(const QString& name, double value, double min, double max) {
    const QSignalBlocker blocker(parameterTable_);
    const int row = parameterTable_->rowCount();
    parameterTable_->insertRow(row);
    parameterTable_->setItem(row, NameColumn, new QTableWidgetItem(name));
    parameterTable_->setItem(row, ValueColumn, new QTableWidgetItem(QString::number(value)));
    parameterTable_->setItem(row, MinColumn, new QTableWidgetItem(QString::number(min)));
    parameterTable_->setItem(row, MaxColumn, new QTableWidgetItem(QString::number(max)));
}

void NewFunctionDialog::update() {
    std::vector<TypedParameter> parameters;
    QString fault;
    for (int row = 0; row < parameterTable_->rowCount() && fault.isEmpty(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = parameterTable_->item(row, column);
            return item != nullptr ? item->text().trimmed() : QString();
        };
        TypedParameter p;
        p.name = text(NameColumn).toStdString();
        bool ok[3] = {false, false, false};
        // The C locale, as in the expression: "0.5", never "0,5".
        p.defaultValue = QLocale::c().toDouble(text(ValueColumn), &ok[0]);
        p.sliderMin = QLocale::c().toDouble(text(MinColumn), &ok[1]);
        p.sliderMax = QLocale::c().toDouble(text(MaxColumn), &ok[2]);
        const QString columns[] = {tr("value"), tr("slider start"), tr("slider end")};
        for (int i = 0; i < 3; ++i) {
            if (!ok[i]) {
                fault = tr("parameter %1: the %2 is not a number").arg(text(NameColumn), columns[i]);
                break;
            }
        }
        parameters.push_back(p);
    }
    if (fault.isEmpty()) {
        try {
            current_ = Activation::typed(TypedFunction::create(nameEdit_->text().toStdString(),
                                                               expressionEdit_->text().toStdString(), parameters));
        } catch (const std::invalid_argument& error) {
            fault = QString::fromStdString(error.what());
        }
    }
    // A parameter the expression does not use would get a slider that moves nothing.
    if (fault.isEmpty() && current_) {
        for (const TypedParameter& p : parameters) {
            if (!current_->typedFunction()->usesParameter(p.name)) {
                fault = tr("parameter %1 is not used in the expression: use it, or remove it with \u00d7")
                            .arg(QString::fromStdString(p.name));
                break;
            }
        }
    }
    if (!fault.isEmpty()) current_.reset();
    errorLabel_->setText(fault);
    errorLabel_->setStyleSheet(fault.isEmpty() ? QString() : QStringLiteral("color: #B00020"));
    errorLabel_->setVisible(!fault.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(current_.has_value());
    if (!current_) return;  // the last valid curve stays in the preview
    constexpr int kPoints = 401;
    QVector<double> x(kPoints), y(kPoints), d(kPoints);
    for (int i = 0; i < kPoints; ++i) x[i] = -5.0 + 10.0 * i / (kPoints - 1);
    current_->values(std::span<const double>(x.data(), x.size()), std::span<double>(y.data(), y.size()));
    current_->derivatives(std::span<const double>(x.data(), x.size()), std::span<double>(d.data(), d.size()));
    preview_->graph(0)->setData(x, y, true);
    preview_->graph(1)->setData(x, d, true);
    double lo = 0, hi = 1;
    for (const QVector<double>* v : {&y, &d}) {
        for (const double value : *v) {
            if (!std::isfinite(value)) continue;
            lo = std::min(lo, value);
            hi = std::max(hi, value);
        }
    }
    preview_->yAxis->setRange(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo));
    preview_->replot(QCustomPlot::rpQueuedReplot);
}

void NewFunctionDialog::apply() {
    if (!current_) return;
    if (controller_.addTypedCurve(*current_) == 0) {
        errorLabel_->setText(tr("The scene already has %1 curves").arg(CurveScene::kMaxCurves));
        errorLabel_->show();
        return;
    }
    accept();
}

}  // namespace alab
