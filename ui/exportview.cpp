// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportview.h"

#include "curveplot.h"
#include "explorercontroller.h"
#include "histogramview.h"
#include "meanmapview.h"
#include "propagationview.h"

namespace alab {

ExportView createExportView(ViewId id, ExplorerController& controller) {
    switch (id) {
    case ViewId::Curves: {
        auto plot = std::make_unique<CurvePlot>();
        plot->setController(&controller);
        ExportView view;
        view.plot = plot->customPlot();
        view.widget = std::move(plot);
        return view;
    }
    case ViewId::Histogram: return adoptView<HistogramView>(controller);
    case ViewId::Propagation: return adoptView<PropagationView>(controller);
    case ViewId::MeanMap: break;
    }
    return adoptView<MeanMapView>(controller);
}

QString viewKey(ViewId id) {
    switch (id) {
    case ViewId::Curves: return QStringLiteral("curves");
    case ViewId::Histogram: return QStringLiteral("histogram");
    case ViewId::Propagation: return QStringLiteral("propagation");
    case ViewId::MeanMap: break;
    }
    return QStringLiteral("meanmap");
}

std::optional<ViewId> parseViewKey(const QString& key) {
    for (const ViewId id : allViews()) {
        if (viewKey(id) == key) return id;
    }
    return std::nullopt;
}

QString viewDisplayName(ViewId id) {
    switch (id) {
    case ViewId::Curves: return QObject::tr("Curves");
    case ViewId::Histogram: return QObject::tr("Histogram");
    case ViewId::Propagation: return QObject::tr("Propagation");
    case ViewId::MeanMap: break;
    }
    return QObject::tr("Mean/variance map");
}

const std::array<ViewId, 4>& allViews() noexcept {
    static constexpr std::array<ViewId, 4> kViews = {ViewId::Curves, ViewId::Histogram, ViewId::Propagation,
                                                     ViewId::MeanMap};
    return kViews;
}

}  // namespace alab
