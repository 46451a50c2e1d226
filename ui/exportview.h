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

struct ExportViewResult {
    std::optional<ExportView> view;
    QString error;  // set when `view` is not
};

// THE SEAM between export/render and the views. Builds `id` observing `controller` (not owned,
// must outlive the result). The curve view is built here now; the histogram, propagation and
// mean-map views report "not available yet" until they are merged: the integrator replaces
// those cases with adoptView<HistogramView>(controller) etc. Nothing else in export, render or
// their tests needs to change for a new view.
ExportViewResult createExportView(ViewId id, ExplorerController& controller);
// Whether createExportView() can build `id` (the window offers only these). Part of the seam:
// true for every view once they are all merged.
bool exportViewAvailable(ViewId id) noexcept;

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
