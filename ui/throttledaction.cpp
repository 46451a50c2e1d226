// SPDX-License-Identifier: GPL-3.0-or-later
#include "throttledaction.h"

#include <QTimer>

#include <utility>

namespace alab {

ThrottledAction::ThrottledAction(int intervalMs, std::function<void()> work, QObject* parent)
    : QObject(parent), work_(std::move(work)), timer_(new QTimer(this)) {
    timer_->setSingleShot(true);
    timer_->setInterval(intervalMs);
    connect(timer_, &QTimer::timeout, this, &ThrottledAction::flush);
}

void ThrottledAction::request(bool burst) {
    if (!burst) {
        run();
        return;
    }
    pending_ = true;
    if (!timer_->isActive()) timer_->start();
}

void ThrottledAction::flush() {
    if (pending_) run();
}

bool ThrottledAction::pending() const { return pending_; }

void ThrottledAction::run() {
    timer_->stop();
    pending_ = false;
    work_();
}

}  // namespace alab
