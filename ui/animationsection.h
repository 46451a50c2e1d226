// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "animationexport.h"
#include "curvescene.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace alab {

// The export dialog's Animation section: which parameter of the visible curves to sweep, from,
// to, how many frames and how fast, and the progress of an export under way. Checkable: ticked,
// the dialog writes an animation (GIF, MP4, or a PDF page per frame) instead of one figure.
class AnimationSection : public QGroupBox {
    Q_OBJECT

public:
    explicit AnimationSection(const CurveScene& scene, QWidget* parent = nullptr);

    // Whether the visible curves have any parameter to sweep (unticked and disabled if not).
    bool available() const noexcept { return available_; }
    ParameterSweep sweep() const;

    // The export's progress: `done` of `total` frames; the inputs are locked while running.
    void setRunning(bool running);
    void setProgress(int done, int total);
    void setStatus(const QString& text);

private:
    void onParameterChanged();

    CurveScene scene_;
    QComboBox* parameterCombo_;
    QDoubleSpinBox* fromSpin_;
    QDoubleSpinBox* toSpin_;
    QSpinBox* framesSpin_;
    QSpinBox* fpsSpin_;
    QLabel* durationLabel_;
    QProgressBar* progressBar_;
    bool available_ = false;
};

}  // namespace alab
