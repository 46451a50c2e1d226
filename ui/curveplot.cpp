// SPDX-License-Identifier: GPL-3.0-or-later
#include "curveplot.h"

#include "expression/typed_function.h"

#include "explorercontroller.h"
#include "numberformat.h"
#include "plotstyle.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QKeyEvent>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace alab {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMinSamples = 256;
constexpr int kMaxSamples = 4096;
constexpr double kYPadding = 0.06;         // share of the data's y span added above and below
constexpr double kWheelZoomFactor = 0.85;  // span after / before one wheel step in
const QString kMarkerLayer = QStringLiteral("markers");
// QCustomPlot's own buffered top layer: the crosshair moves without a full replot.
const QString kOverlayLayer = QStringLiteral("overlay");

QString graphName(const std::string& curveKey, const char* part) {
    return QString::fromStdString(curveKey) + QLatin1Char(':') + QLatin1String(part);
}

// The legend's and the readout's name: the function with the parameters that differ from its
// defaults ("ELU (α = 0.5)").
QString displayName(const SceneFunction& curve) { return QString::fromStdString(curve.displayLabel()); }

// Names `graph` `name` unless it is already (a slider step keeps most names).
void rename(QCPGraph* graph, const QString& name) {
    if (graph != nullptr && graph->name() != name) graph->setName(name);
}

// Samples [xMin, xMax] so that x = 0 is exactly one of the samples whenever it is inside:
// the kinks of f and the ends of a split f' then sit at 0, not one step beside it.
// Returns the index of 0, or -1.
Eigen::Index sampleGrid(double xMin, double xMax, Eigen::Index count, Eigen::ArrayXd& x) {
    x.resize(count);
    Eigen::Index zero = -1;
    if (!(xMin < 0.0 && 0.0 < xMax)) {
        x = Eigen::ArrayXd::LinSpaced(count, xMin, xMax);
    } else {
        const double leftShare = -xMin / (xMax - xMin);
        zero = std::clamp<Eigen::Index>(
            static_cast<Eigen::Index>(std::llround(leftShare * static_cast<double>(count - 1))), 1, count - 2);
        x.head(zero + 1) = Eigen::ArrayXd::LinSpaced(zero + 1, xMin, 0.0);
        x.tail(count - zero) = Eigen::ArrayXd::LinSpaced(count - zero, 0.0, xMax);
        x(zero) = 0.0;
    }
    x(0) = xMin;
    x(count - 1) = xMax;
    return zero;
}

// Keys x[begin, end) with values y[begin, end), plus optional points before and after.
struct Piece {
    Eigen::Index begin;
    Eigen::Index end;
    std::optional<QCPGraphData> first;
    std::optional<QCPGraphData> last;
};

void setPiece(QCPGraph* graph, const Eigen::ArrayXd& x, const Eigen::ArrayXd& y, const Piece& piece) {
    QVector<QCPGraphData> data;
    data.reserve(static_cast<qsizetype>(piece.end - piece.begin) + 2);
    if (piece.first) data.push_back(*piece.first);
    for (Eigen::Index i = piece.begin; i < piece.end; ++i) data.push_back(QCPGraphData(x(i), y(i)));
    if (piece.last) data.push_back(*piece.last);
    graph->data()->set(data, /*alreadySorted=*/true);
}

// The switch points of a typed function in view (none for a built-in).
std::vector<SwitchPoint> switchesInView(const Activation& f, const ViewRange& view) {
    const TypedFunction* typed = f.typedFunction();
    if (typed == nullptr || !typed->hasSwitches()) return {};
    return typed->switchPoints(view.xMin, view.xMax, f.parameterValues());
}

// y on the grid x, broken (a NaN point QCustomPlot does not join across) at each switch point,
// each side running to its own one-sided limit there; `limit(point, side)` gives it.
template <class Limit>
void setBroken(QCPGraph* graph, const Eigen::ArrayXd& x, const Eigen::ArrayXd& y, const std::vector<SwitchPoint>& at,
               Limit limit) {
    QVector<QCPGraphData> data;
    data.reserve(static_cast<qsizetype>(x.size() + 3 * static_cast<Eigen::Index>(at.size())));
    std::size_t next = 0;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        while (next < at.size() && at[next].x <= x(i)) {
            data.push_back(QCPGraphData(at[next].x, limit(at[next], false)));
            data.push_back(QCPGraphData(at[next].x, std::numeric_limits<double>::quiet_NaN()));
            data.push_back(QCPGraphData(at[next].x, limit(at[next], true)));
            ++next;
        }
        if (!data.isEmpty() && next > 0 && x(i) == at[next - 1].x) continue;
        data.push_back(QCPGraphData(x(i), y(i)));
    }
    graph->data()->set(data, /*alreadySorted=*/true);
}

void include(double& lower, double& upper, const Eigen::ArrayXd& values) {
    for (const double v : values) {
        if (!std::isfinite(v)) continue;
        lower = std::min(lower, v);
        upper = std::max(upper, v);
    }
}

void include(double& lower, double& upper, double v) {
    if (!std::isfinite(v)) return;
    lower = std::min(lower, v);
    upper = std::max(upper, v);
}

// A lower asymptote is worth a line when f approaches its limit at -inf from above without
// taking it (ELU and SELU with α > 0, tanh, sigmoid, Softplus); ReLU's limit 0 is simply its
// value for every x < 0. ELU and SELU with α < 0 approach −α from below, GELU, SiLU and Mish
// approach 0 from below: a line there would be an upper one, so none (issue 19).
bool hasAsymptote(const Activation& f) {
    const std::optional<double> limit = f.limitAtMinusInfinity();
    return limit.has_value() && f.value(-1.0) > *limit;
}

}  // namespace

QString Readout::text() const {
    QStringList parts;
    parts << QStringLiteral("x = %1").arg(formatNumber(x));
    for (const Entry& entry : entries) {
        parts << QStringLiteral("%1: f = %2, f\u2032 = %3")
                     .arg(entry.name, formatNumber(entry.value), formatNumber(entry.derivative));
    }
    return parts.join(QStringLiteral("    "));
}

CurvePlot::CurvePlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)), crosshairX_(kNaN) {
    plot_->setObjectName(QStringLiteral("curvePlotCanvas"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    plot_->setAntialiasedElements(QCP::aePlottables | QCP::aeScatters | QCP::aeLegendItems);
    plot_->setNoAntialiasingOnDrag(true);
    keepTickLabelsApart(plot_);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->addLayer(kMarkerLayer, plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot_->layer(kOverlayLayer)->setMode(QCPLayer::lmBuffered);

    plot_->xAxis->setLabel(QStringLiteral("x"));
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot_->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, new QCPMarginGroup(plot_));

    const auto rangeChanged = qOverload<const QCPRange&>(&QCPAxis::rangeChanged);
    connect(plot_->xAxis, rangeChanged, this, [this](const QCPRange& range) {
        if (derivativeRect_ != nullptr) derivativeRect_->axis(QCPAxis::atBottom)->setRange(range);
        onUserRangeChanged();
    });
    connect(plot_->yAxis, rangeChanged, this, [this](const QCPRange&) { onUserRangeChanged(); });
    connect(plot_, &QCustomPlot::mousePress, this, &CurvePlot::onMousePress);
    connect(plot_, &QCustomPlot::mouseMove, this, &CurvePlot::onMouseMove);
    // A new range can change the tick labels' width and so the axis rect's margins: the x under
    // the mouse is only final once the plot is laid out.
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        if (mousePos_ && std::isfinite(crosshairX_) && mouseX() != crosshairX_) followMouse();
    });
    plot_->installEventFilter(this);
    plot_->setFocusPolicy(Qt::StrongFocus);
    plot_->setAccessibleName(tr("Curve plot"));
    plot_->setAccessibleDescription(
        tr("The visible functions and their derivatives. Arrow keys pan, plus and minus zoom, Home resets."));

    resample();
    applyTheme();
    rebuild();
}

void CurvePlot::setController(ExplorerController* controller) {
    if (controller == controller_) return;
    connections_.clear();
    controller_ = controller;
    if (controller_ != nullptr) {
        connections_ = {
            connect(controller_, &ExplorerController::functionChanged, this, &CurvePlot::onFunctionChanged),
            connect(controller_, &ExplorerController::visibilityChanged, this, &CurvePlot::rebuild),
            connect(controller_, &ExplorerController::themeChanged, this,
                    [this] {
                        applyTheme();
                        rebuild();
                    }),
            connect(controller_, &ExplorerController::viewChanged, this, &CurvePlot::onViewChanged),
            connect(controller_, &ExplorerController::draggingChanged, this, &CurvePlot::onDraggingChanged),
        };
    }
    applyTheme();
    onViewChanged();
    rebuild();
}

const CurveScene* CurvePlot::scene() const { return controller_ != nullptr ? &controller_->scene() : nullptr; }

bool CurvePlot::separate() const {
    const CurveScene* s = scene();
    return s != nullptr && s->showDerivatives && s->derivativeLayout == DerivativeLayout::SeparatePlot;
}

QCPAxisRect* CurvePlot::derivativeAxes() const {
    return derivativeRect_ != nullptr ? derivativeRect_ : plot_->axisRect();
}

CurvePlot::Structure CurvePlot::structureOf(const Activation& f, bool visible) const {
    const CurveScene* s = scene();
    Structure result;
    if (s == nullptr || !visible) return result;
    result.visible = true;
    const bool typed = f.kind() == FunctionKind::Typed;
    result.split = !typed && s->showDerivatives && zeroIndex_ > 0 && f.derivativeJumpsAtZero();
    result.asymptote = s->showAsymptotes && hasAsymptote(f);
    result.second = s->showDerivatives && s->showSecondDerivatives;
    if (typed && s->showDerivatives) {
        const auto switches = switchesInView(f, s->view);
        result.typedJumps =
            std::any_of(switches.begin(), switches.end(), [](const SwitchPoint& p) { return p.jumps(); });
    }
    return result;
}

void CurvePlot::resample() {
    const CurveScene* s = scene();
    const ViewRange view = s != nullptr ? s->view : ViewRange{};
    const int count = std::clamp(plot_->width(), kMinSamples, kMaxSamples) + 1;
    zeroIndex_ = sampleGrid(view.xMin, view.xMax, count, x_);
}

void CurvePlot::rebuild() {
    plot_->clearGraphs();
    graphs_ = {};
    built_ = {};
    updateLayout();

    const CurveScene* s = scene();
    if (s == nullptr) {
        plot_->legend->setVisible(false);
        queueReplot();
        return;
    }

    QCPAxisRect* fAxes = plot_->axisRect();
    QCPAxisRect* dAxes = derivativeAxes();
    const auto addGraph = [&](QCPAxisRect* rect, CurveId id, const char* part) {
        QCPGraph* graph = plot_->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        graph->setObjectName(graphName(s->curveKey(id), part));
        graph->removeFromLegend();
        return graph;
    };

    for (const SceneFunction& entry : s->functions) {
        built_[entry.id] = structureOf(entry.function, entry.visible);
    }
    // Creation order is drawing order and legend order: all f first, then all f', so the legend
    // lists the functions together and the dashed derivatives stay readable on top.
    int visibleCount = 0;
    for (const SceneFunction& entry : s->functions) {
        if (!entry.visible) continue;
        ++visibleCount;
        FunctionGraphs& g = graphs_[entry.id];
        g.value = addGraph(fAxes, entry.id, "value");
        g.value->setName(displayName(entry));
        g.value->addToLegend();
    }
    if (s->showDerivatives) {
        for (const SceneFunction& entry : s->functions) {
            if (!entry.visible) continue;
            const CurveId id = entry.id;
            FunctionGraphs& g = graphs_[id];
            const QString name = displayName(entry) + QChar(0x2032);  // prime
            g.split = built_[id].split;
            if (g.split) {
                // f' jumps at 0: two pieces, each running to its own one-sided limit, so no
                // vertical segment pretends that f' takes every value in between.
                g.left = addGraph(dAxes, id, "derivative-left");
                g.right = addGraph(dAxes, id, "derivative-right");
                g.left->setName(name);
                g.right->setName(name);
                g.left->addToLegend();  // one legend entry per derivative
            } else {
                g.derivative = addGraph(dAxes, id, "derivative");
                g.derivative->setName(name);
                g.derivative->addToLegend();
            }
            g.typedJumps = built_[id].typedJumps;
        }
        for (const SceneFunction& entry : s->functions) {
            if (!entry.visible || !built_[entry.id].second) continue;
            FunctionGraphs& g = graphs_[entry.id];
            g.second = addGraph(dAxes, entry.id, "second-derivative");
            g.second->setName(displayName(entry) + QChar(0x2033));  // double prime
            g.second->addToLegend();
        }
    }
    for (const SceneFunction& entry : s->functions) {
        if (!built_[entry.id].asymptote) continue;
        graphs_[entry.id].asymptote = addGraph(fAxes, entry.id, "asymptote");
    }
    for (const SceneFunction& entry : s->functions) {
        if (!entry.visible || entry.function.isMonotonic() || !entry.function.minimumPoint()) continue;
        QCPGraph* minimum = addGraph(fAxes, entry.id, "minimum");
        minimum->setLineStyle(QCPGraph::lsNone);
        minimum->setLayer(kMarkerLayer);
        graphs_[entry.id].minimum = minimum;
    }
    for (const SceneFunction& entry : s->functions) {
        FunctionGraphs& g = graphs_[entry.id];
        if (!g.split && !g.typedJumps) continue;
        for (QCPGraph** marker : {&g.open, &g.filled}) {
            *marker = addGraph(dAxes, entry.id, marker == &g.open ? "jump-open" : "jump-filled");
            (*marker)->setLineStyle(QCPGraph::lsNone);
            // Above every curve, so that no later curve strokes through a marker.
            (*marker)->setLayer(kMarkerLayer);
        }
    }

    for (const SceneFunction& entry : s->functions) {
        if (entry.visible) fill(entry.id);
    }

    // Two legend columns when derivatives are shown: f on the left, f' beside it.
    plot_->legend->setFillOrder(QCPLayoutGrid::foRowsFirst, false);
    plot_->legend->setWrap(s->showDerivatives ? visibleCount : 0);
    plot_->legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
    plot_->legend->setVisible(plot_->legend->itemCount() > 0);
    plot_->yAxis->setLabel(s->showDerivatives && !separate() ? QStringLiteral("f(x), f\u2032(x)")
                                                             : QStringLiteral("f(x)"));
    applyPens();
    fitY();
    if (std::isfinite(crosshairX_)) emit readoutChanged(readoutAt(crosshairX_).text());
    queueReplot();
}

void CurvePlot::fill(CurveId id) {
    const CurveScene* s = scene();
    const SceneFunction* entry = s != nullptr ? s->curve(id) : nullptr;
    if (entry == nullptr) return;
    const Activation& f = entry->function;
    FunctionGraphs& g = graphs_[id];
    const Eigen::Index n = x_.size();
    for (int axes = 0; axes < 2; ++axes) {
        g.lower[axes] = kInf;
        g.upper[axes] = -kInf;
    }
    const int dIndex = separate() ? 1 : 0;
    const QString name = displayName(*entry);
    rename(g.value, name);
    for (QCPGraph* derivative : {g.derivative, g.left, g.right}) rename(derivative, name + QChar(0x2032));
    rename(g.second, name + QChar(0x2033));
    const std::vector<SwitchPoint> switches = switchesInView(f, s->view);
    const auto oneSided = [&f](int order) {
        return [&f, order](const SwitchPoint& p, bool right) {
            const double step = std::max(std::fabs(p.x), 1.0) * 1e-9;
            return f.typedFunction()->evaluate(order, right ? p.x + step : p.x - step, f.parameterValues());
        };
    };

    if (g.value != nullptr) {
        // One call of the core's array path per curve.
        const Eigen::ArrayXd y = f.values(x_);
        if (switches.empty()) {
            setPiece(g.value, x_, y, {0, n, std::nullopt, std::nullopt});
        } else {
            setBroken(g.value, x_, y, switches, oneSided(0));
        }
        include(g.lower[0], g.upper[0], y);
    }
    if (g.second != nullptr) {
        const Eigen::ArrayXd d2 = f.secondDerivatives(x_);
        if (switches.empty()) {
            setPiece(g.second, x_, d2, {0, n, std::nullopt, std::nullopt});
        } else {
            setBroken(g.second, x_, d2, switches, oneSided(2));
        }
        include(g.lower[dIndex], g.upper[dIndex], d2);
    }
    if (g.derivative != nullptr || g.split) {
        const Eigen::ArrayXd d = f.derivatives(x_);
        include(g.lower[dIndex], g.upper[dIndex], d);
        if (!switches.empty() && g.derivative != nullptr) {
            setBroken(g.derivative, x_, d, switches,
                      [](const SwitchPoint& p, bool right) { return right ? p.right : p.left; });
            if (g.open != nullptr && g.filled != nullptr) {
                // As for the built-ins: the value f' takes at the switch filled, a limit it does not take open.
                QVector<double> openX, openY, filledX, filledY;
                for (const SwitchPoint& p : switches) {
                    if (!p.jumps()) continue;
                    const double at = f.derivative(p.x);
                    filledX.push_back(p.x);
                    filledY.push_back(at);
                    for (const double limit : {p.left, p.right}) {
                        if (std::fabs(limit - at) > 1e-9 * std::max(1.0, std::fabs(at))) {
                            openX.push_back(p.x);
                            openY.push_back(limit);
                        }
                    }
                }
                g.open->setData(openX, openY, true);
                g.filled->setData(filledX, filledY, true);
            }
        } else if (!g.split) {
            setPiece(g.derivative, x_, d, {0, n, std::nullopt, std::nullopt});
        } else {
            const OneSidedLimits limits = f.derivativeLimitsAtZero();
            setPiece(g.left, x_, d, {0, zeroIndex_, std::nullopt, QCPGraphData(0.0, limits.left)});
            setPiece(g.right, x_, d, {zeroIndex_ + 1, n, QCPGraphData(0.0, limits.right), std::nullopt});
            include(g.lower[dIndex], g.upper[dIndex], limits.left);
            include(g.lower[dIndex], g.upper[dIndex], limits.right);
            // The value f'(0) actually takes is a filled dot; a limit it does not take, an open circle.
            const double atZero = f.derivative(0.0);
            QVector<double> open;
            for (const double limit : {limits.left, limits.right}) {
                if (limit != atZero && !open.contains(limit)) open.push_back(limit);
            }
            g.open->setData(QVector<double>(open.size(), 0.0), open, true);
            g.filled->setData({0.0}, {atZero}, true);
        }
    }
    if (g.minimum != nullptr) {
        const std::optional<MinimumPoint> minimum = f.minimumPoint();
        if (minimum) g.minimum->setData({minimum->x}, {minimum->value}, true);
    }
    if (g.asymptote != nullptr) {
        const double limit = f.limitAtMinusInfinity().value_or(0.0);
        g.asymptote->setData({x_(0), x_(n - 1)}, {limit, limit}, true);
        include(g.lower[0], g.upper[0], limit);
    }
}

void CurvePlot::fitY() {
    const CurveScene* s = scene();
    if (s == nullptr) return;
    double lower[2] = {kInf, kInf};
    double upper[2] = {-kInf, -kInf};
    for (const auto& [id, g] : graphs_) {
        for (int axes = 0; axes < 2; ++axes) {
            lower[axes] = std::min(lower[axes], g.lower[axes]);
            upper[axes] = std::max(upper[axes], g.upper[axes]);
        }
    }
    const auto fitted = [](double lo, double hi) {
        if (!(lo <= hi)) return QCPRange(-1.0, 1.0);
        const double span = std::max(hi - lo, 1e-9 * std::max(1.0, std::abs(hi)));
        return QCPRange(lo - kYPadding * span, hi + kYPadding * span);
    };
    applying_ = true;
    const QCPRange y = s->view.autoY ? fitted(lower[0], upper[0]) : QCPRange(s->view.yMin, s->view.yMax);
    plot_->yAxis->setRange(y);
    fittedYLower_ = y.lower;
    fittedYUpper_ = y.upper;
    if (derivativeRect_ != nullptr) derivativeRect_->axis(QCPAxis::atLeft)->setRange(fitted(lower[1], upper[1]));
    applying_ = false;
    if (s->view.autoY) emit fittedYChanged(y.lower, y.upper);
}

void CurvePlot::onFunctionChanged(CurveId id) {
    const CurveScene* s = scene();
    const SceneFunction* entry = s != nullptr ? s->curve(id) : nullptr;
    if (entry == nullptr) return;
    if (structureOf(entry->function, entry->visible) != built_[id]) {
        rebuild();  // a jump appeared or vanished: other graphs, not just other data
        return;
    }
    if (!entry->visible) return;
    fill(id);
    fitY();
    if (std::isfinite(crosshairX_)) emit readoutChanged(readoutAt(crosshairX_).text());
    queueReplot();
}

void CurvePlot::onViewChanged() {
    const CurveScene* s = scene();
    const ViewRange view = s != nullptr ? s->view : ViewRange{};
    applying_ = true;
    plot_->xAxis->setRange(view.xMin, view.xMax);
    applying_ = false;
    resample();
    if (s == nullptr) return;
    bool same = true;
    for (const SceneFunction& entry : s->functions) {
        const auto built = built_.find(entry.id);
        same = same && built != built_.end() && structureOf(entry.function, entry.visible) == built->second;
    }
    if (!same) {
        rebuild();
    } else {
        for (const SceneFunction& entry : s->functions) {
            if (entry.visible) fill(entry.id);
        }
        fitY();
        queueReplot();
    }
    // Another x lies under the mouse now (wheel zoom, Home, edited ranges).
    followMouse();
}

void CurvePlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int count = std::clamp(plot_->width(), kMinSamples, kMaxSamples) + 1;
    if (count != sampleCount()) onViewChanged();
}

void CurvePlot::onDraggingChanged(bool) {
    applyPens();
    queueReplot();
}

void CurvePlot::applyPens() {
    const bool dragging = controller_ != nullptr && controller_->dragging();
    const CurveScene* s = scene();
    if (s == nullptr) return;
    for (const SceneFunction& entry : s->functions) {
        const FunctionKind kind = entry.function.kind();
        const int ordinal = s->ordinal(entry.id);
        const FunctionGraphs& g = graphs_[entry.id];
        // While a slider is down: 1 px pens without antialiasing, several times cheaper.
        for (QCPGraph* graph : {g.value}) {
            if (graph == nullptr) continue;
            graph->setPen(theme_.valuePen(kind, dragging, ordinal));
            graph->setAntialiased(!dragging);
        }
        for (QCPGraph* graph : {g.derivative, g.left, g.right}) {
            if (graph == nullptr) continue;
            graph->setPen(theme_.derivativePen(kind, dragging, ordinal));
            graph->setAntialiased(!dragging);
        }
        if (g.second != nullptr) {
            QPen pen = theme_.derivativePen(kind, dragging, ordinal);
            pen.setDashPattern({1.0, 2.5});  // dotted: f solid, f' dashed, f'' dotted
            g.second->setPen(pen);
            g.second->setAntialiased(!dragging);
        }
        if (g.asymptote != nullptr) {
            g.asymptote->setPen(theme_.asymptotePen(kind, ordinal));
            g.asymptote->setAntialiased(false);
        }
        const QColor color = theme_.functionColor(kind, ordinal);
        const QPen markerPen(color, theme_.penWidth);
        if (g.open != nullptr) {
            // Filled with the background, so the curve ends underneath are hidden.
            g.open->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, markerPen, QBrush(theme_.background), theme_.markerSize));
            g.open->setPen(QPen(color));
        }
        if (g.filled != nullptr) {
            g.filled->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDisc, markerPen, QBrush(color), theme_.markerSize));
            g.filled->setPen(QPen(color));
        }
        if (g.minimum != nullptr) {
            // A diamond, unlike the round jump dots: a minimum, not a value f' takes.
            g.minimum->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(color, 1.5),
                                                       QBrush(theme_.background), theme_.markerSize));
            g.minimum->setPen(QPen(color));
        }
    }
}

void CurvePlot::applyTheme() {
    const CurveScene* s = scene();
    theme_ = Theme::get(s != nullptr ? s->theme : ThemeId::Light);
    plot_->setBackground(QBrush(theme_.background));

    QFont tickFont = font();
    tickFont.setPointSize(theme_.tickFontPointSize);
    QFont labelFont = font();
    labelFont.setPointSize(theme_.labelFontPointSize);
    QFont legendFont = font();
    legendFont.setPointSize(theme_.legendFontPointSize);
    const QPen axisPen(theme_.foreground, theme_.id == ThemeId::Presentation ? 2.0 : 1.0);

    for (QCPAxisRect* rect : plot_->axisRects()) {
        rect->setBackground(QBrush(theme_.background));
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(axisPen);
            axis->setTickPen(axisPen);
            axis->setSubTickPen(axisPen);
            axis->setTickLabelColor(theme_.foreground);
            axis->setLabelColor(theme_.foreground);
            axis->setTickLabelFont(tickFont);
            axis->setLabelFont(labelFont);
            axis->grid()->setPen(QPen(theme_.grid, 1.0));
            axis->grid()->setZeroLinePen(QPen(theme_.zeroLine, 1.0));
            axis->grid()->setSubGridVisible(false);
        }
    }
    plot_->legend->setBrush(QBrush(theme_.legendBackground));
    plot_->legend->setBorderPen(QPen(theme_.legendBorder));
    plot_->legend->setFont(legendFont);
    plot_->legend->setTextColor(theme_.foreground);
    const int iconHeight = QFontMetrics(legendFont).height();
    plot_->legend->setIconSize(iconHeight * 2, iconHeight);
    for (QCPItemStraightLine* line : crosshairs_) line->setPen(QPen(theme_.crosshair, 1.0, Qt::DashLine));
    applyPens();
    queueReplot();
}

void CurvePlot::updateLayout() {
    for (QCPItemStraightLine* line : crosshairs_) plot_->removeItem(line);
    crosshairs_.clear();

    const bool want = separate();
    if (want && derivativeRect_ == nullptr) {
        derivativeRect_ = new QCPAxisRect(plot_);
        plot_->plotLayout()->addElement(1, 0, derivativeRect_);
        derivativeRect_->setMarginGroup(QCP::msLeft | QCP::msRight, plot_->axisRect()->marginGroup(QCP::msLeft));
        // Pan and zoom only along x here: the f' axis is always fitted to the curves.
        derivativeRect_->setRangeDrag(Qt::Horizontal);
        derivativeRect_->setRangeZoom(Qt::Horizontal);
        QCPAxis* dx = derivativeRect_->axis(QCPAxis::atBottom);
        dx->setLabel(QStringLiteral("x"));
        dx->setRange(plot_->xAxis->range());
        derivativeRect_->axis(QCPAxis::atLeft)->setLabel(QStringLiteral("f\u2032(x)"));
        connect(dx, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                [this](const QCPRange& range) { plot_->xAxis->setRange(range); });
        plot_->xAxis->setLabel(QString());
        plot_->xAxis->setTickLabels(false);
        applyTheme();
    } else if (!want && derivativeRect_ != nullptr) {
        plot_->plotLayout()->remove(derivativeRect_);
        plot_->plotLayout()->simplify();
        derivativeRect_ = nullptr;
        plot_->xAxis->setLabel(QStringLiteral("x"));
        plot_->xAxis->setTickLabels(true);
    }

    for (QCPAxisRect* rect : plot_->axisRects()) {
        auto* line = new QCPItemStraightLine(plot_);
        line->setLayer(kOverlayLayer);
        line->setClipAxisRect(rect);
        line->setSelectable(false);
        line->setPen(QPen(theme_.crosshair, 1.0, Qt::DashLine));
        for (QCPItemPosition* position : {line->point1, line->point2}) {
            position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        }
        const double x = std::isfinite(crosshairX_) ? crosshairX_ : 0.0;
        line->point1->setCoords(x, 0.0);
        line->point2->setCoords(x, 1.0);
        line->setVisible(std::isfinite(crosshairX_));
        crosshairs_.push_back(line);
    }
}

void CurvePlot::queueReplot() {
    // Behind another view's tab nothing would be seen: the data stay current, the drawing waits
    // for the plot to be shown (a slider drag on the Histograms tab then costs no curve replot).
    if (!isVisible()) {
        replotWhenShown_ = true;
        return;
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvePlot::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!replotWhenShown_) return;
    replotWhenShown_ = false;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvePlot::onUserRangeChanged() {
    if (applying_ || controller_ == nullptr) return;
    ViewRange view = controller_->scene().view;
    view.xMin = plot_->xAxis->range().lower;
    view.xMax = plot_->xAxis->range().upper;
    // Only a change of the f axis ends the fitting; a pan along x alone keeps it.
    const QCPRange y = plot_->yAxis->range();
    if (!view.autoY || y.lower != fittedYLower_ || y.upper != fittedYUpper_) {
        view.autoY = false;
        view.yMin = y.lower;
        view.yMax = y.upper;
    }
    controller_->setView(view);
    // The controller clamped the range, or refused it: the axes show what it holds.
    const ViewRange& held = controller_->scene().view;
    const QCPRange x = plot_->xAxis->range();
    if (x.lower != held.xMin || x.upper != held.xMax ||
        (!held.autoY && (y.lower != held.yMin || y.upper != held.yMax))) {
        onViewChanged();
    }
}

void CurvePlot::onMousePress(QMouseEvent* event) {
    // Left drag pans; Shift+drag or a right drag draws a rectangle to zoom into.
    const bool rubberBand = event->button() == Qt::RightButton || event->modifiers().testFlag(Qt::ShiftModifier);
    plot_->setSelectionRectMode(rubberBand ? QCP::srmZoom : QCP::srmNone);
}

void CurvePlot::onMouseMove(QMouseEvent* event) {
    mousePos_ = event->position();
    followMouse();
}

double CurvePlot::mouseX() const {
    QCPAxisRect* rect = mousePos_ ? plot_->axisRectAt(*mousePos_) : nullptr;
    if (rect == nullptr || !rect->rect().contains(mousePos_->toPoint())) return kNaN;
    return rect->axis(QCPAxis::atBottom)->pixelToCoord(mousePos_->x());
}

void CurvePlot::followMouse() {
    if (!mousePos_) {
        // No mouse over the plot: a crosshair placed by showCrosshairAt() keeps its x, with values
        // that may have changed.
        if (std::isfinite(crosshairX_)) emit readoutChanged(readoutAt(crosshairX_).text());
        return;
    }
    showCrosshairAt(mouseX());
}

// QCustomPlot scales each axis by factor^steps about the mouse. Limits the factor so that the
// zoom stops at ViewLimits instead of overshooting and being pulled back (which would pan).
void CurvePlot::limitWheelZoom(const QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) return;
    const auto factor = [steps](const QCPRange& range) {
        constexpr double limit = ViewLimits::kMaxAbs;
        const double span = range.size();
        const double minSpan = ViewLimits::kMinRelativeSpan * std::max(1.0, std::min(std::abs(range.center()), limit));
        double scale = std::pow(kWheelZoomFactor, steps);
        scale = std::max(scale, std::min(1.0, minSpan / span));
        scale = std::min(scale, std::max(1.0, 2.0 * limit / span));
        return std::pow(scale, 1.0 / steps);
    };
    for (QCPAxisRect* rect : plot_->axisRects()) {
        rect->setRangeZoomFactor(factor(rect->axis(QCPAxis::atBottom)->range()),
                                 factor(rect->axis(QCPAxis::atLeft)->range()));
    }
}

bool CurvePlot::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_) {
        if (event->type() == QEvent::Leave) {
            mousePos_.reset();
            showCrosshairAt(kNaN);
        } else if (event->type() == QEvent::Wheel) {
            const auto* wheel = static_cast<QWheelEvent*>(event);
            // The readout after the zoom is for the point under the wheel.
            mousePos_ = wheel->position();
            limitWheelZoom(wheel);
        } else if (event->type() == QEvent::KeyPress && moveViewByKey(static_cast<QKeyEvent*>(event)->key())) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool CurvePlot::moveViewByKey(int key) {
    if (controller_ == nullptr) return false;
    constexpr double kPanFraction = 0.1;
    constexpr double kZoomFactor = 1.25;
    ViewRange view = controller_->scene().view;
    const QCPRange shownY = plot_->yAxis->range();
    const auto panY = [&](double direction) {
        view.autoY = false;
        view.yMin = shownY.lower + direction * kPanFraction * shownY.size();
        view.yMax = shownY.upper + direction * kPanFraction * shownY.size();
    };
    const auto zoom = [&](double factor) {
        const double xCentre = 0.5 * (view.xMin + view.xMax);
        const double xHalf = 0.5 * (view.xMax - view.xMin) * factor;
        view.xMin = xCentre - xHalf;
        view.xMax = xCentre + xHalf;
        if (!view.autoY) {
            view.yMin = shownY.center() - 0.5 * shownY.size() * factor;
            view.yMax = shownY.center() + 0.5 * shownY.size() * factor;
        }
    };
    const double xStep = kPanFraction * (view.xMax - view.xMin);
    switch (key) {
    case Qt::Key_Left:
        view.xMin -= xStep;
        view.xMax -= xStep;
        break;
    case Qt::Key_Right:
        view.xMin += xStep;
        view.xMax += xStep;
        break;
    case Qt::Key_Up: panY(1.0); break;
    case Qt::Key_Down: panY(-1.0); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoom(1.0 / kZoomFactor); break;
    case Qt::Key_Minus: zoom(kZoomFactor); break;
    default: return false;
    }
    controller_->setView(view);
    return true;
}

void CurvePlot::showCrosshairAt(double x) {
    const bool show = std::isfinite(x);
    if (!show && !std::isfinite(crosshairX_)) return;
    crosshairX_ = x;
    for (QCPItemStraightLine* line : crosshairs_) {
        line->setVisible(show);
        if (show) {
            line->point1->setCoords(x, 0.0);
            line->point2->setCoords(x, 1.0);
        }
    }
    plot_->layer(kOverlayLayer)->replot();
    emit readoutChanged(show ? readoutAt(x).text() : QString());
}

Readout CurvePlot::readoutAt(double x) const {
    Readout readout;
    readout.x = x;
    const CurveScene* s = scene();
    if (s == nullptr) return readout;
    for (const SceneFunction& entry : s->functions) {
        if (!entry.visible) continue;
        const Activation& f = entry.function;
        readout.entries.push_back({f.kind(), displayName(entry), f.value(x), f.derivative(x), s->ordinal(entry.id)});
    }
    return readout;
}

}  // namespace alab
