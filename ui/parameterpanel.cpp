#include "parameterpanel.h"

#include "explorercontroller.h"

#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace alab {

namespace {

int sliderSteps(double value) { return static_cast<int>(std::lround(value * ParameterPanel::kSliderScale)); }

}  // namespace

ParameterPanel::ParameterPanel(QWidget* parent) : QWidget(parent) {
    ui_.setupUi(this);
    rows_ = {
        {Parameter::EluAlpha, ui_.eluAlphaSlider, ui_.eluAlphaSpin, ui_.eluAlphaReset},
        {Parameter::SeluAlpha, ui_.seluAlphaSlider, ui_.seluAlphaSpin, ui_.seluAlphaReset},
        {Parameter::SeluLambda, ui_.seluLambdaSlider, ui_.seluLambdaSpin, ui_.seluLambdaReset},
        {Parameter::LeakySlope, ui_.leakySlopeSlider, ui_.leakySlopeSpin, ui_.leakySlopeReset},
    };
    for (const Row& row : rows_) {
        const ParameterInfo& info = parameterInfo(row.parameter);
        row.slider->setRange(sliderSteps(info.sliderMin), sliderSteps(info.sliderMax));
        row.spin->setRange(info.spinMin, info.spinMax);
        row.reset->setToolTip(tr("Reset to the default, %1").arg(info.defaultValue, 0, 'g', 6));

        const Parameter p = row.parameter;
        connect(row.slider, &QSlider::valueChanged, this, [this, p](int steps) {
            if (controller_ != nullptr) controller_->setParameter(p, static_cast<double>(steps) / kSliderScale);
        });
        connect(row.slider, &QSlider::sliderPressed, this, [this, p] {
            if (controller_ != nullptr) controller_->beginParameterDrag(p);
        });
        connect(row.slider, &QSlider::sliderReleased, this, [this] {
            if (controller_ != nullptr) controller_->endParameterDrag();
        });
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, p](double value) {
            if (controller_ != nullptr) controller_->setParameter(p, value);
        });
        connect(row.reset, &QToolButton::clicked, this, [this, p] {
            if (controller_ != nullptr) controller_->resetParameter(p);
        });
    }
    connect(ui_.seluResetButton, &QPushButton::clicked, this, [this] {
        if (controller_ != nullptr) controller_->resetSeluConstants();
    });
    setEnabled(false);
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
                }),
    };
    for (const FunctionKind kind : allFunctionKinds()) syncRows(kind);
}

void ParameterPanel::syncRows(FunctionKind kind) {
    for (const Row& row : rows_) {
        if (parameterInfo(row.parameter).kind == kind) syncRow(row);
    }
    const bool selu = kind == FunctionKind::Selu;
    if (selu && controller_ != nullptr) {
        const CurveScene& scene = controller_->scene();
        ui_.seluResetButton->setEnabled(
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
