// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCustomPlot;

namespace alab {

class ExplorerController;

// One view, built off screen for an export or a headless render: its widget (never shown on a
// screen; owned here) and the QCustomPlot that draws it.
struct ExportView {
    std::unique_ptr<QWidget> widget;
    QCustomPlot* plot = nullptr;  // owned by `widget`
    // Processes events until results computed on a worker are drawn; false on timeout. Empty
    // for views that draw synchronously (the curves).
    std::function<bool(int timeoutMs)> waitUntilIdle;
};

// The seam between export/render and the views: builds view `id` observing `controller` (not
// owned, must outlive the result). A new view is one more case here; nothing else in export,
// render or their tests needs to change.
ExportView createExportView(ViewId id, ExplorerController& controller);

// Wraps any view with setController(ExplorerController*), customPlot() and
// waitUntilIdle(int) (HistogramView, PropagationView, MeanMapView).
template <class View>
ExportView adoptView(ExplorerController& controller) {
    auto view = std::make_unique<View>();
    view->setController(&controller);
    ExportView result;
    result.plot = view->customPlot();
    result.waitUntilIdle = [raw = view.get()](int timeoutMs) { return raw->waitUntilIdle(timeoutMs); };
    result.widget = std::move(view);
    return result;
}

// "curves", "histogram", "propagation", "meanmap": the command line's and the scene file's names.
QString viewKey(ViewId id);
std::optional<ViewId> parseViewKey(const QString& key);
QString viewDisplayName(ViewId id);  // "Curves"
const std::array<ViewId, 4>& allViews() noexcept;

}  // namespace alab
