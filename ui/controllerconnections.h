// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>

#include <initializer_list>
#include <vector>

namespace alab {

// The connections a view holds to the controller it observes, dropped together when the view
// switches controllers or is destroyed (the controller may outlive the view, or die first).
class ControllerConnections {
public:
    ControllerConnections() = default;
    ControllerConnections(const ControllerConnections&) = delete;
    ControllerConnections& operator=(const ControllerConnections&) = delete;
    ~ControllerConnections() { clear(); }

    ControllerConnections& operator=(std::initializer_list<QMetaObject::Connection> connections) {
        clear();
        connections_.assign(connections);
        return *this;
    }

    void clear() {
        for (const QMetaObject::Connection& connection : connections_) QObject::disconnect(connection);
        connections_.clear();
    }

private:
    std::vector<QMetaObject::Connection> connections_;
};

}  // namespace alab
