// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpanel.h"

#include "explorercontroller.h"
#include "numberformat.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace alab {

namespace {

int sliderSteps(double value) { return static_cast<int>(std::lround(value * ParameterPanel::kSliderScale)); }

QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// "leaky_relu/slope" -> "leakyReluSlope"; Leaky ReLU's widgets keep their shorter "leaky" names.
QString camelCase(std::string_view text) {
    QString result;
    bool upper = false;
    for (const char c : text) {
        if (c == '_' || c == '/') {
            upper = true;
            continue;
        }
        result += upper ? QChar(c).toUpper() : QChar(c);
        upper = false;
    }
    return result.replace(QStringLiteral("leakyRelu"), QStringLiteral("leaky"));
}

}  // namespace

QString ParameterPanel::rowName(Parameter parameter) { return camelCase(parameterInfo(parameter).key); }

QString ParameterPanel::groupName(FunctionKind kind) { return camelCase(functionId(kind)) + QStringLiteral("Group"); }

ParameterPanel::ParameterPanel(QWidget* parent) : QWidget(parent) {
    ui_.setupUi(this);
    for (const FunctionKind kind : allFunctionKinds()) {
        const std::vector<Parameter> parameters = parametersOf(kind);
        if (!parameters.empty()) addGroup(kind, parameters);
    }
    ui_.parameterPanelLayout->addStretch(1);
    setEnabled(false);
}

void ParameterPanel::addGroup(FunctionKind kind, const std::vector<Parameter>& parameters) {
    const QString functionName = fromUtf8(Activation::withDefaults(kind).displayName());
    auto* box = new QGroupBox(functionName, this);
    box->setObjectName(groupName(kind));
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    int gridRow = 0;
    for (const Parameter p : parameters) {
        const ParameterInfo& info = parameterInfo(p);
        const QString stem = rowName(p);
        const QString label = QString::fromUtf8(info.label);

        auto* slider = new QSlider(Qt::Horizontal, box);
        slider->setObjectName(stem + QStringLiteral("Slider"));
        slider->setSingleStep(1);
        slider->setPageStep(10);
        slider->setFocusPolicy(Qt::StrongFocus);
        slider->setRange(sliderSteps(info.sliderMin), sliderSteps(info.sliderMax));
        slider->setToolTip(
            tr("%1 %2. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).").arg(functionName, label));

        slider->setAccessibleName(QStringLiteral("%1 %2").arg(functionName, label));

        auto* spin = new QDoubleSpinBox(box);
        spin->setObjectName(stem + QStringLiteral("Spin"));
        spin->setAccessibleName(tr("%1 %2, exact value").arg(functionName, label));
        spin->setDecimals(4);
        spin->setSingleStep(0.01);
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
        spin->setRange(info.spinMin, info.spinMax);
        spin->setToolTip(tr("Exact %1 %2, any value from %3 to %4")
                             .arg(functionName, label, formatNumber(info.spinMin), formatNumber(info.spinMax)));

        auto* reset = new QToolButton(box);
        reset->setObjectName(stem + QStringLiteral("Reset"));
        reset->setText(QStringLiteral("\u21ba"));
        reset->setAutoRaise(true);
        reset->setToolTip(tr("Reset to the default, %1").arg(formatNumber(info.defaultValue)));
        reset->setAccessibleName(tr("Reset %1 %2").arg(functionName, label));

        auto* name = new QLabel(label, box);
        name->setObjectName(stem + QStringLiteral("Label"));
        name->setBuddy(slider);
        grid->addWidget(name, gridRow, 0);
        grid->addWidget(slider, gridRow, 1);
        grid->addWidget(spin, gridRow, 2);
        grid->addWidget(reset, gridRow, 3);
        ++gridRow;
        rows_.push_back({p, slider, spin, reset});

        connect(slider, &QSlider::valueChanged, this, [this, p](int steps) {
            if (controller_ != nullptr) controller_->setParameter(p, static_cast<double>(steps) / kSliderScale);
        });
        connect(slider, &QSlider::sliderPressed, this, [this, p] {
            if (controller_ != nullptr) controller_->beginParameterDrag(p);
        });
        connect(slider, &QSlider::sliderReleased, this, [this] {
            if (controller_ != nullptr) controller_->endParameterDrag();
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, p](double value) {
            if (controller_ != nullptr) controller_->setParameter(p, value);
        });
        connect(reset, &QToolButton::clicked, this, [this, p] {
            if (controller_ != nullptr) controller_->resetParameter(p);
        });
    }
    if (kind == FunctionKind::Selu) {
        seluResetButton_ = new QPushButton(tr("Reset to self-normalizing constants"), box);
        seluResetButton_->setObjectName(QStringLiteral("seluResetButton"));
        seluResetButton_->setToolTip(
            tr("\u03b1 \u2248 1.6733 and \u03bb \u2248 1.0507 (Klambauer et al., 2017): for x ~ "
               "N(0, 1), SELU(x) has mean 0 and variance 1"));
        grid->addWidget(seluResetButton_, gridRow, 0, 1, 4);
        connect(seluResetButton_, &QPushButton::clicked, this, [this] {
            if (controller_ != nullptr) controller_->resetSeluConstants();
        });
    }
    ui_.parameterPanelLayout->addWidget(box);
    groups_.push_back({kind, box});
}

void ParameterPanel::setController(ExplorerController* controller) {
    connections_.clear();
    controller_ = controller;
    setEnabled(controller_ != nullptr);
    if (controller_ == nullptr) return;
    connections_ = {
        connect(controller_, &ExplorerController::functionChanged, this, &ParameterPanel::syncRows),
        connect(controller_, &ExplorerController::visibilityChanged, this,
                [this] {
                    for (const FunctionKind kind : allFunctionKinds()) syncRows(kind);
                    syncGroupVisibility();
                }),
    };
    for (const FunctionKind kind : allFunctionKinds()) syncRows(kind);
    syncGroupVisibility();
}

void ParameterPanel::syncGroupVisibility() {
    if (controller_ == nullptr) return;
    for (const Group& group : groups_) {
        const SceneFunction* entry = controller_->scene().find(group.kind);
        group.box->setVisible(entry != nullptr && entry->visible);
    }
}

void ParameterPanel::syncRows(FunctionKind kind) {
    for (const Row& row : rows_) {
        if (parameterInfo(row.parameter).kind == kind) syncRow(row);
    }
    const bool selu = kind == FunctionKind::Selu;
    if (selu && controller_ != nullptr && seluResetButton_ != nullptr) {
        const CurveScene& scene = controller_->scene();
        seluResetButton_->setEnabled(
            scene.parameter(Parameter::SeluAlpha) != parameterInfo(Parameter::SeluAlpha).defaultValue ||
            scene.parameter(Parameter::SeluLambda) != parameterInfo(Parameter::SeluLambda).defaultValue);
    }
}

void ParameterPanel::syncRow(const Row& row) {
    if (controller_ == nullptr) return;
    const double value = controller_->scene().parameter(row.parameter);
    // Blocked: showing the scene must not write it back (and must not open an undo step).
    {
        const QSignalBlocker blocker(row.slider);
        // Outside the slider's range the slider rests at its end; the value stays exact.
        row.slider->setValue(std::clamp(sliderSteps(value), row.slider->minimum(), row.slider->maximum()));
    }
    {
        const QSignalBlocker blocker(row.spin);
        row.spin->setValue(value);
    }
    row.reset->setEnabled(value != parameterInfo(row.parameter).defaultValue);
}

}  // namespace alab
