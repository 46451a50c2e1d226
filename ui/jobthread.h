// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace alab {

// One worker thread that runs the latest job it was given (the Qt mandelbrot example's
// restart/abort pattern). restart() asks the running job to stop (its `abort` flag turns true)
// and replaces any job still waiting, so a burst of requests costs one abandoned job and one
// run of the newest. Jobs hand their results back by emitting queued signals of an object that
// lives on the UI thread; stale results are recognised by the generation the job was given.
class JobThread : public QThread {
    Q_OBJECT

public:
    using Job = std::function<void(const std::atomic<bool>& abort)>;

    explicit JobThread(QObject* parent = nullptr);
    ~JobThread() override;  // aborts the running job and waits for the thread

    void restart(Job job);
    void cancel();  // aborts the running job and drops the waiting one
    // A job is running or waiting.
    bool busy() const;

protected:
    void run() override;

private:
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Job> pending_;
    std::atomic<bool> abort_{false};
    bool running_ = false;
    bool stopping_ = false;
};

// Processes pending events, sleeping until one arrives, for at most about `maxMs`: a wait for a
// worker's results that leaves the CPU to the worker instead of spinning on processEvents().
void processEventsSleeping(int maxMs);

}  // namespace alab
