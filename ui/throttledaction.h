// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace alab {

// Work too slow for every step of a burst of changes (laying out a caption's rich text costs
// several times a replot): while the burst lasts — a slider held down, layers streaming in —
// it runs at most every `intervalMs`, and flush() runs what is still due when the burst ends.
// Outside a burst, request() runs it at once. The views share this one policy.
class ThrottledAction : public QObject {
    Q_OBJECT

public:
    static constexpr int kDragIntervalMs = 100;

    ThrottledAction(int intervalMs, std::function<void()> work, QObject* parent);

    // The work is due: run it now, or while `burst` within the interval (the first request of
    // a burst waits too, so that a burst of any length costs at most one run per interval).
    void request(bool burst);
    // Runs the work now if a request is still waiting.
    void flush();
    bool pending() const;

private:
    void run();

    std::function<void()> work_;
    QTimer* timer_ = nullptr;  // child
    bool pending_ = false;
};

}  // namespace alab
