// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturefile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantAnimation>

class QKeyEvent;
class QLabel;
class QMainWindow;
class QWidget;

namespace alab {

class ExplorerController;
class ProjectorLayout;

// File > Present: steps through a lecture's scenes in the main window, full screen and in
// projector mode, with every view live (a slide can be a histogram or the mean/variance map,
// and the sliders overlay still works). Leaving puts back the scene, the layout and the window
// state from before.
//
// A step between slides that differ only in parameter values animates: the parameters move to
// the next slide's values over kAnimationMs, through the controller (as a slider drag would),
// and end exactly on the slide's values.
class Presenter : public QObject {
    Q_OBJECT

public:
    static constexpr int kAnimationMs = 400;

    // `chrome`: what the audience need not see and is hidden while presenting (the menu bar, the
    // status bar, the views' tab bar), each restored as it was.
    Presenter(QMainWindow& window, ExplorerController& controller, ProjectorLayout& projector, QList<QWidget*> chrome,
              QObject* parent = nullptr);
    ~Presenter() override;

    bool isActive() const noexcept { return active_; }
    int currentIndex() const noexcept { return index_; }
    int slideCount() const noexcept { return static_cast<int>(lecture_.slides.size()); }
    bool isBlackedOut() const noexcept;
    bool isAnimating() const noexcept { return animation_.state() == QAbstractAnimation::Running; }

    // Shows the first slide. With `useSceneThemes` each slide comes in its scene's theme; without,
    // every slide in the theme on screen now.
    void start(const Lecture& lecture, bool useSceneThemes);
    void stop();
    void next() { goTo(index_ + 1); }
    void previous() { goTo(index_ - 1); }
    void goTo(int index);
    void setBlackedOut(bool black);

    // The presenter's keys (what clickers send): Page Down, Space, Right, Down: next; Page Up,
    // Backspace, Left, Up: previous; B or .: black screen; Esc: leave. The arrows stay with the
    // sliders while `slidersHaveFocus`. True when `event` was one of these and was handled.
    bool handleKey(const QKeyEvent& event, bool slidersHaveFocus);

signals:
    void activeChanged(bool active);
    void slideChanged(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CurveScene slideScene(int index) const;
    void finishAnimation();
    void applyAnimationStep(double t);
    void placeOverlays();
    void updateSlideLabel();

    QMainWindow& window_;
    ExplorerController& controller_;
    ProjectorLayout& projector_;
    Lecture lecture_;
    int index_ = -1;
    bool active_ = false;
    bool useSceneThemes_ = false;
    ThemeId theme_ = ThemeId::Light;
    // Restored by stop().
    CurveScene sceneBefore_;
    bool projectorBefore_ = false;
    bool fullScreenBefore_ = false;
    QList<QPointer<QWidget>> chrome_;
    QList<bool> chromeVisibleBefore_;

    QVariantAnimation animation_;
    CurveScene animationFrom_;
    CurveScene animationTo_;

    QPointer<QWidget> black_;
    QPointer<QLabel> slideLabel_;
};

}  // namespace alab
