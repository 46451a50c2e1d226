// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobthread.h"

#include <QCoreApplication>
#include <QTimer>

namespace alab {

JobThread::JobThread(QObject* parent) : QThread(parent) {}

JobThread::~JobThread() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
        pending_.reset();
        abort_ = true;
    }
    wake_.notify_one();
    wait();
}

void JobThread::restart(Job job) {
    {
        const std::lock_guard lock(mutex_);
        pending_ = std::move(job);
        abort_ = true;
    }
    if (!isRunning()) start(QThread::LowPriority);
    wake_.notify_one();
}

void JobThread::cancel() {
    const std::lock_guard lock(mutex_);
    pending_.reset();
    abort_ = true;
}

bool JobThread::busy() const {
    const std::lock_guard lock(mutex_);
    return running_ || pending_.has_value();
}

void JobThread::run() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            running_ = false;
            wake_.wait(lock, [this] { return stopping_ || pending_.has_value(); });
            if (stopping_) return;
            job = std::move(*pending_);
            pending_.reset();
            abort_ = false;
            running_ = true;
        }
        job(abort_);
    }
}

void processEventsSleeping(int maxMs) {
    QTimer wake;  // an event that ends the wait when nothing else comes
    wake.setSingleShot(true);
    wake.start(maxMs);
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

}  // namespace alab
