// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterplayer.h"

#include "explorercontroller.h"
#include "undocommands.h"

#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace alab {

ParameterPlayer::ParameterPlayer(QObject* parent) : QObject(parent) {}

ParameterPlayer::~ParameterPlayer() { stopAll(); }

void ParameterPlayer::setController(ExplorerController* controller) {
    stopAll();
    if (controller_ != nullptr) {
        disconnect(&controller_->undoStack(), nullptr, this, nullptr);
        disconnect(controller_, nullptr, this, nullptr);
    }
    controller_ = controller;
    if (controller_ == nullptr) return;
    // An undo or redo while playing would be overwritten by the next frame: the plays stop first.
    connect(&controller_->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!recording_) stopAll();
    });
    // A removed curve's plays end with it (its ▶ is gone too).
    connect(controller_, &ExplorerController::visibilityChanged, this, [this] {
        std::vector<Parameter> orphans;
        for (const Play& play : plays_) {
            if (controller_->scene().owner(play.parameter) == nullptr) orphans.push_back(play.parameter);
        }
        for (const Parameter parameter : orphans) stop(parameter);
    });
}

bool ParameterPlayer::playing(Parameter parameter) const {
    return std::any_of(plays_.begin(), plays_.end(), [&](const Play& p) { return p.parameter == parameter; });
}

void ParameterPlayer::play(Parameter parameter, const PlaySettings& settings) {
    if (controller_ == nullptr || controller_->scene().owner(parameter) == nullptr) return;
    const ParameterInfo info = parameterInfo(controller_->scene(), parameter);
    const auto inRange = [&](double v) { return std::isfinite(v) && v >= info.spinMin && v <= info.spinMax; };
    if (!inRange(settings.from) || !inRange(settings.to) || !(settings.seconds > 0.0) || settings.seconds > 3600.0)
        return;
    stop(parameter);
    auto animation = std::make_unique<QVariantAnimation>();
    const int ms = static_cast<int>(std::lround(settings.seconds * 1000.0));
    animation->setStartValue(settings.from);
    if (settings.mode == PlayMode::Bounce) {
        // There and back is one loop.
        animation->setKeyValueAt(0.5, settings.to);
        animation->setEndValue(settings.from);
        animation->setDuration(2 * ms);
    } else {
        animation->setEndValue(settings.to);
        animation->setDuration(ms);
    }
    animation->setLoopCount(settings.mode == PlayMode::Once ? 1 : -1);
    connect(animation.get(), &QVariantAnimation::valueChanged, this, [this, parameter](const QVariant& value) {
        if (controller_ != nullptr) controller_->applyParameter(parameter, value.toDouble());
    });
    connect(animation.get(), &QVariantAnimation::finished, this, [this, parameter] { stop(parameter); });
    QVariantAnimation* raw = animation.get();
    plays_.push_back({parameter, controller_->scene().parameter(parameter), std::move(animation)});
    raw->start();
    emit playingChanged(parameter, true);
}

void ParameterPlayer::stop(Parameter parameter) {
    const auto it = std::find_if(plays_.begin(), plays_.end(), [&](const Play& p) { return p.parameter == parameter; });
    if (it == plays_.end()) return;
    Play play = std::move(*it);
    plays_.erase(it);
    play.animation->disconnect(this);
    play.animation->stop();
    if (controller_ != nullptr && controller_->scene().owner(parameter) != nullptr) {
        const double after = controller_->scene().parameter(parameter);
        if (after != play.before) {
            // The value is already shown: the command's redo() changes nothing, its undo() goes back.
            recording_ = true;
            controller_->undoStack().push(new ChangeParameterCommand(*controller_, parameter, play.before, after, 0));
            recording_ = false;
        }
    }
    emit playingChanged(parameter, false);
}

void ParameterPlayer::stopAll() {
    while (!plays_.empty()) stop(plays_.back().parameter);
}

}  // namespace alab
