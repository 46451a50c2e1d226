// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllerconnections.h"
#include "curvescene.h"
#include "parameterplayer.h"
#include "ui_parameterpanel.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QGroupBox;
class QPushButton;
class QSlider;
class QToolButton;

namespace alab {

class ExplorerController;

// Slider + spin box pairs for the parameters, one group box per curve whose function has any,
// titled by the curve's label and built from the parameter table (curvescene.h); a group shows
// while any curve of its function is, with a check box for its own curve, buttons to duplicate
// or remove it, and a context menu that also moves and renames it. The slider
// covers a lecture-sized range in steps of 0.01 and updates the curves on every step; the spin
// box takes exact values beyond it, within the parameter's limits (ParameterSpinBox: scientific
// notation, a refusal message beyond them). A spin box value outside the slider's range leaves the
// slider at its end, without changing the value. Holding a slider down is one undo step. Each row's
// ▶ plays its parameter (ParameterPlayer; its arrow sets the range, the duration and loop, bounce
// or once); several rows can play at once, and a play is one undo step.
class ParameterPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // Observes and edits `controller` (not owned); nullptr disables the panel.
    void setController(ExplorerController* controller);

    static constexpr double kSliderScale = 100.0;  // slider steps of 0.01

    // Object-name stems of the first curve of a function: "eluAlpha" (+ "Slider", "Spin",
    // "Reset"), "leakySlope"; groups "eluGroup", "leakyGroup", "softplusGroup". A second ELU
    // curve's are "elu2Alpha...", "elu2Group".
    static QString rowName(Parameter parameter);
    static QString rowName(const ParameterInfo& info);

    ParameterPlayer& player() noexcept { return player_; }
    // What ▶ of `parameter` plays: set in its menu; by default the slider's range, 4 s, bounce.
    PlaySettings playSettings(Parameter parameter) const;
    void setPlaySettings(Parameter parameter, const PlaySettings& settings);

signals:
    // A typed value was refused ("ELU α: 1000000 is outside −100…100"), for the status bar;
    // empty when a box took a value, so that the last refusal no longer shows.
    void messageRequested(const QString& message);

private:
    struct Row {
        Parameter parameter;  // with its curve
        QSlider* slider;
        QDoubleSpinBox* spin;
        QToolButton* reset;
        QToolButton* play;
    };

    struct Group {
        CurveId curve;
        QGroupBox* box;
        QPushButton* seluReset = nullptr;  // SELU curves only
    };

    void rebuildGroups();
    void showCurveMenu(CurveId id, const QPoint& globalPosition);
    void renameCurve(CurveId id);
    void addGroup(const SceneFunction& curve);
    void syncCurve(CurveId id);
    void syncRow(const Row& row);
    void syncGroupVisibility();
    QToolButton* makePlayButton(Parameter parameter, const QString& stem, const QString& name, QWidget* parent);
    void editPlaySettings(Parameter parameter, const QString& name);

    Ui::ParameterPanel ui_;
    std::vector<Row> rows_;
    std::vector<Group> groups_;
    std::vector<CurveId> built_;  // the curves the groups were built for, in order
    QPointer<ExplorerController> controller_;
    ControllerConnections connections_;
    ParameterPlayer player_;
    std::vector<std::pair<Parameter, PlaySettings>> playSettings_;
};

}  // namespace alab
