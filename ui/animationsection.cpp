// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationsection.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>

namespace alab {

AnimationSection::AnimationSection(const CurveScene& scene, QWidget* parent)
    : QGroupBox(tr("&Animation"), parent), scene_(scene) {
    setObjectName(QStringLiteral("animationSection"));
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("Tick to export an animation: GIF, MP4, or a PDF with a page per frame"));

    parameterCombo_ = new QComboBox(this);
    parameterCombo_->setObjectName(QStringLiteral("sweepParameterCombo"));
    for (const std::string& name : sweepableParameters(scene_)) {
        const auto info = sweepParameterInfo(scene_, name);
        const QString key = QString::fromStdString(name);
        parameterCombo_->addItem(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(info->label), key), key);
    }
    available_ = parameterCombo_->count() > 0;

    const auto makeValueSpin = [this](const QString& name) {
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(name);
        spin->setDecimals(4);
        spin->setSingleStep(0.1);
        return spin;
    };
    fromSpin_ = makeValueSpin(QStringLiteral("sweepFromSpin"));
    toSpin_ = makeValueSpin(QStringLiteral("sweepToSpin"));
    framesSpin_ = new QSpinBox(this);
    framesSpin_->setObjectName(QStringLiteral("sweepFramesSpin"));
    framesSpin_->setRange(kMinSweepFrames, kMaxSweepFrames);
    framesSpin_->setValue(60);
    fpsSpin_ = new QSpinBox(this);
    fpsSpin_->setObjectName(QStringLiteral("sweepFpsSpin"));
    fpsSpin_->setRange(kMinSweepFps, kMaxSweepFps);
    fpsSpin_->setValue(kDefaultSweepFps);
    fpsSpin_->setSuffix(tr(" frames/s"));
    durationLabel_ = new QLabel(this);
    progressBar_ = new QProgressBar(this);
    progressBar_->setObjectName(QStringLiteral("sweepProgress"));
    progressBar_->setFormat(tr("%v of %m frames"));
    progressBar_->setRange(0, 1);
    progressBar_->setValue(0);
    progressBar_->setVisible(false);

    auto* range = new QHBoxLayout;
    range->addWidget(fromSpin_, 1);
    range->addWidget(new QLabel(QStringLiteral("\u2192"), this));
    range->addWidget(toSpin_, 1);
    auto* timing = new QHBoxLayout;
    timing->addWidget(framesSpin_, 1);
    timing->addWidget(fpsSpin_, 1);
    timing->addWidget(durationLabel_);
    auto* form = new QFormLayout(this);
    auto* parameterLabel = new QLabel(tr("&Parameter:"), this);
    parameterLabel->setBuddy(parameterCombo_);
    form->addRow(parameterLabel, parameterCombo_);
    auto* rangeLabel = new QLabel(tr("F&rom, to:"), this);
    rangeLabel->setBuddy(fromSpin_);
    form->addRow(rangeLabel, range);
    auto* framesLabel = new QLabel(tr("Fra&mes:"), this);
    framesLabel->setBuddy(framesSpin_);
    form->addRow(framesLabel, timing);
    form->addRow(progressBar_);

    connect(parameterCombo_, &QComboBox::currentIndexChanged, this, &AnimationSection::onParameterChanged);
    const auto updateDuration = [this] {
        durationLabel_->setText(
            tr("%1 s").arg(static_cast<double>(framesSpin_->value()) / fpsSpin_->value(), 0, 'f', 1));
    };
    connect(framesSpin_, &QSpinBox::valueChanged, this, updateDuration);
    connect(fpsSpin_, &QSpinBox::valueChanged, this, updateDuration);
    updateDuration();
    onParameterChanged();
    if (!available_) {
        setEnabled(false);
        setToolTip(tr("The visible curves have no parameter to animate"));
    }
}

void AnimationSection::onParameterChanged() {
    const auto info = sweepParameterInfo(scene_, parameterCombo_->currentData().toString().toStdString());
    if (!info) return;
    // Any value the parameter takes; starting at the slider's lecture-sized range.
    for (QDoubleSpinBox* spin : {fromSpin_, toSpin_}) spin->setRange(info->spinMin, info->spinMax);
    fromSpin_->setValue(info->sliderMin);
    toSpin_->setValue(info->sliderMax);
}

ParameterSweep AnimationSection::sweep() const {
    ParameterSweep sweep;
    sweep.parameter = parameterCombo_->currentData().toString().toStdString();
    sweep.from = fromSpin_->value();
    sweep.to = toSpin_->value();
    sweep.frames = framesSpin_->value();
    sweep.fps = fpsSpin_->value();
    return sweep;
}

void AnimationSection::setRunning(bool running) {
    for (QWidget* input : std::initializer_list<QWidget*>{parameterCombo_, fromSpin_, toSpin_, framesSpin_, fpsSpin_})
        input->setEnabled(!running);
    if (running) {
        progressBar_->setFormat(tr("%v of %m frames"));
        progressBar_->setRange(0, framesSpin_->value());
        progressBar_->setValue(0);
        progressBar_->setVisible(true);
    }
}

void AnimationSection::setProgress(int done, int total) {
    progressBar_->setRange(0, total);
    progressBar_->setValue(done);
}

void AnimationSection::setStatus(const QString& text) {
    progressBar_->setVisible(true);
    progressBar_->setFormat(text);
}

}  // namespace alab
