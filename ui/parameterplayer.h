// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QVariantAnimation;

namespace alab {

class ExplorerController;

enum class PlayMode { Loop, Bounce, Once };

// How a parameter plays: from, to, the seconds from one to the other, and what then.
struct PlaySettings {
    double from = 0.0;
    double to = 1.0;
    double seconds = 4.0;
    PlayMode mode = PlayMode::Bounce;
};

// ▶ Play of the parameter panel: moves parameters through their ranges at the display's frame
// rate (QVariantAnimation, driven by Qt's animation timer), several at once, each on its own.
// Every frame goes to the controller as a change that is drawn but not recorded; a play is one
// undo step, from the value before it to the value it stopped at, pushed when it stops (Once:
// at its end; Loop and Bounce: when stopped). Undo or redo while playing stops the plays first.
class ParameterPlayer : public QObject {
    Q_OBJECT

public:
    explicit ParameterPlayer(QObject* parent = nullptr);
    ~ParameterPlayer() override;  // stops every play (and records them)

    void setController(ExplorerController* controller);  // stops the plays of the previous one

    // Starts (or restarts) `parameter` (with its curve); ignored when the settings are not finite,
    // outside the parameter's range, or of zero duration.
    void play(Parameter parameter, const PlaySettings& settings);
    void stop(Parameter parameter);
    void stopAll();
    bool playing(Parameter parameter) const;
    int playCount() const noexcept { return static_cast<int>(plays_.size()); }

signals:
    void playingChanged(alab::Parameter parameter, bool playing);

private:
    struct Play {
        Parameter parameter;
        double before;
        std::unique_ptr<QVariantAnimation> animation;
    };

    QPointer<ExplorerController> controller_;
    std::vector<Play> plays_;
    bool recording_ = false;  // our own undo push, not a user's undo
};

}  // namespace alab
