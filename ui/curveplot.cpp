#include "curveplot.h"

#include "curvescene.h"
#include "curvestyle.h"
#include "explorercontroller.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace alab {

namespace {

constexpr double kMarkerSize = 9.0;
// Also the fill of open circles, which must hide the curve end underneath them.
const QColor kPlotBackground(Qt::white);
const QString kMarkerLayer = QStringLiteral("markers");

// Samples [xMin, xMax] so that x = 0 is exactly one of the samples whenever it is inside:
// the kinks of f and the ends of a split f' then sit at 0, not one step beside it.
Eigen::ArrayXd sampleGrid(double xMin, double xMax, Eigen::Index count) {
    Eigen::ArrayXd x(count);
    if (!(xMin < 0.0 && 0.0 < xMax)) {
        x = Eigen::ArrayXd::LinSpaced(count, xMin, xMax);
    } else {
        const double leftShare = -xMin / (xMax - xMin);
        const Eigen::Index zero = std::clamp<Eigen::Index>(
            static_cast<Eigen::Index>(std::llround(leftShare * static_cast<double>(count - 1))), 1, count - 2);
        x.head(zero + 1) = Eigen::ArrayXd::LinSpaced(zero + 1, xMin, 0.0);
        x.tail(count - zero) = Eigen::ArrayXd::LinSpaced(count - zero, 0.0, xMax);
        x(zero) = 0.0;
    }
    x(0) = xMin;
    x(count - 1) = xMax;
    return x;
}

QVector<double> toVector(const Eigen::ArrayXd& a) { return QVector<double>(a.data(), a.data() + a.size()); }

QString graphName(const Activation& f, const char* part) {
    return QString::fromUtf8(f.id().data(), static_cast<qsizetype>(f.id().size())) + QLatin1Char(':') +
           QLatin1String(part);
}

QString displayName(const Activation& f) {
    return QString::fromUtf8(f.displayName().data(), static_cast<qsizetype>(f.displayName().size()));
}

// Collects the y extent of everything drawn, for the value axis range.
struct Extent {
    double lower = std::numeric_limits<double>::infinity();
    double upper = -std::numeric_limits<double>::infinity();

    void include(const QVector<double>& values) {
        for (const double v : values) {
            if (!std::isfinite(v)) continue;
            lower = std::min(lower, v);
            upper = std::max(upper, v);
        }
    }
    bool empty() const { return lower > upper; }
};

class SceneDrawer {
public:
    SceneDrawer(QCustomPlot& plot, const Eigen::ArrayXd& x) : plot_(plot), x_(x) {}

    void drawValues(const Activation& f) {
        QCPGraph* graph = addGraph(f, "value", valuePen(f.kind()));
        graph->setName(displayName(f));
        setData(graph, toVector(x_), toVector(f.values(x_)));
    }

    void drawDerivatives(const Activation& f) {
        const Eigen::ArrayXd d = f.derivatives(x_);
        const double xMin = x_(0);
        const double xMax = x_(x_.size() - 1);
        const bool zeroInRange = xMin <= 0.0 && 0.0 <= xMax;
        const QString name = displayName(f) + QChar(0x2032);  // prime

        if (!f.derivativeJumpsAtZero() || !zeroInRange) {
            QCPGraph* graph = addGraph(f, "derivative", derivativePen(f.kind()));
            graph->setName(name);
            setData(graph, toVector(x_), toVector(d));
            return;
        }

        // f' jumps at 0: two pieces, each running to its own one-sided limit, so no vertical
        // segment pretends that f' takes every value in between.
        const OneSidedLimits limits = f.derivativeLimitsAtZero();
        QVector<double> leftKeys, leftValues, rightKeys, rightValues;
        if (xMax > 0.0) {
            rightKeys.push_back(0.0);
            rightValues.push_back(limits.right);
        }
        for (Eigen::Index i = 0; i < x_.size(); ++i) {
            if (x_(i) < 0.0) {
                leftKeys.push_back(x_(i));
                leftValues.push_back(d(i));
            } else if (x_(i) > 0.0) {
                rightKeys.push_back(x_(i));
                rightValues.push_back(d(i));
            }
        }
        if (xMin < 0.0) {
            leftKeys.push_back(0.0);
            leftValues.push_back(limits.left);
        }

        bool named = false;
        const auto addPiece = [&](const char* part, const QVector<double>& keys, const QVector<double>& values) {
            if (keys.isEmpty()) return;
            QCPGraph* graph = addGraph(f, part, derivativePen(f.kind()));
            graph->setName(name);
            if (named) graph->removeFromLegend();  // one legend entry per derivative
            named = true;
            setData(graph, keys, values);
        };
        addPiece("derivative-left", leftKeys, leftValues);
        addPiece("derivative-right", rightKeys, rightValues);

        // The value f'(0) actually takes is a filled dot; a limit it does not take, an open circle.
        const double atZero = f.derivative(0.0);
        QVector<double> openValues;
        for (const double limit : {limits.left, limits.right}) {
            if (limit != atZero && !openValues.contains(limit)) openValues.push_back(limit);
        }
        const QColor color = functionColor(f.kind());
        QCPGraph* open = addMarker(f, "jump-open",
                                   QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, kCurvePenWidth),
                                                   QBrush(kPlotBackground), kMarkerSize));
        setData(open, QVector<double>(openValues.size(), 0.0), openValues);
        QCPGraph* filled = addMarker(
            f, "jump-filled",
            QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(color, kCurvePenWidth), QBrush(color), kMarkerSize));
        setData(filled, {0.0}, {atZero});
    }

    const Extent& extent() const { return extent_; }

private:
    QCPGraph* addGraph(const Activation& f, const char* part, const QPen& pen) {
        QCPGraph* graph = plot_.addGraph();
        graph->setObjectName(graphName(f, part));
        graph->setPen(pen);
        graph->setAntialiased(true);
        return graph;
    }

    QCPGraph* addMarker(const Activation& f, const char* part, const QCPScatterStyle& style) {
        QCPGraph* graph = addGraph(f, part, Qt::NoPen);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(style);
        graph->setAntialiasedScatters(true);
        graph->removeFromLegend();
        // Above every curve, so that no later curve strokes through a marker.
        graph->setLayer(kMarkerLayer);
        return graph;
    }

    void setData(QCPGraph* graph, const QVector<double>& keys, const QVector<double>& values) {
        graph->setData(keys, values, /*alreadySorted=*/true);
        extent_.include(values);
    }

    QCustomPlot& plot_;
    const Eigen::ArrayXd& x_;
    Extent extent_;
};

}  // namespace

CurvePlot::CurvePlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
    plot_->setObjectName(QStringLiteral("curvePlotCanvas"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    plot_->setBackground(QBrush(kPlotBackground));
    plot_->setAntialiasedElements(QCP::aePlottables | QCP::aeScatters | QCP::aeLegendItems);
    plot_->addLayer(kMarkerLayer, plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);

    plot_->xAxis->setLabel(QStringLiteral("x"));
    plot_->yAxis->setLabel(QStringLiteral("f(x), f\u2032(x)"));
    const QPen gridPen(QColor(0, 0, 0, 28), 1.0, Qt::SolidLine);
    const QPen zeroPen(QColor(0, 0, 0, 110), 1.0, Qt::SolidLine);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->grid()->setPen(gridPen);
        axis->grid()->setZeroLinePen(zeroPen);
        axis->grid()->setSubGridVisible(false);
    }

    plot_->legend->setVisible(true);
    plot_->legend->setBrush(QColor(255, 255, 255, 225));
    plot_->legend->setBorderPen(QPen(QColor(0, 0, 0, 60)));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    redraw();
}

CurvePlot::~CurvePlot() = default;

void CurvePlot::setController(ExplorerController* controller) {
    if (controller == controller_) return;
    QObject::disconnect(sceneConnection_);
    controller_ = controller;
    if (controller_ != nullptr) {
        sceneConnection_ = connect(controller_, &ExplorerController::sceneChanged, this, &CurvePlot::redraw);
    }
    redraw();
}

void CurvePlot::redraw() {
    plot_->clearGraphs();
    if (controller_ != nullptr) {
        drawScene(controller_->scene());
    } else {
        plot_->legend->setVisible(false);
    }
    plot_->replot();
}

void CurvePlot::drawScene(const CurveScene& scene) {
    const Eigen::ArrayXd x = sampleGrid(scene.xMin, scene.xMax, kSampleCount);
    SceneDrawer drawer(*plot_, x);
    // All values first, then all derivatives: the legend lists the functions together and the
    // dashed derivatives stay readable on top of the solid curves.
    for (const SceneFunction& entry : scene.functions) {
        if (entry.visible) drawer.drawValues(entry.function);
    }
    if (scene.showDerivatives) {
        for (const SceneFunction& entry : scene.functions) {
            if (entry.visible) drawer.drawDerivatives(entry.function);
        }
    }

    plot_->yAxis->setLabel(scene.showDerivatives ? QStringLiteral("f(x), f\u2032(x)") : QStringLiteral("f(x)"));
    plot_->xAxis->setRange(scene.xMin, scene.xMax);
    const Extent& extent = drawer.extent();
    if (extent.empty()) {
        plot_->yAxis->setRange(-1.0, 1.0);
    } else {
        const double span = std::max(extent.upper - extent.lower, 1e-9);
        plot_->yAxis->setRange(extent.lower - 0.06 * span, extent.upper + 0.06 * span);
    }
    plot_->legend->setVisible(plot_->legend->itemCount() > 0);
}

}  // namespace alab
