// SPDX-License-Identifier: GPL-3.0-or-later
#include "meanmapview.h"

#include "explorercontroller.h"
#include "jobthread.h"
#include "numberformat.h"
#include "plotstyle.h"
#include "throttledaction.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace alab {

namespace {

// Arrows per row and column: at rest, and while a slider is held down.
constexpr int kGridColumns = 21;
constexpr int kGridRows = 17;
constexpr int kDragGridColumns = 11;
constexpr int kDragGridRows = 9;
constexpr int kTrajectorySteps = 30;

}  // namespace

MeanMapView::MeanMapView(QWidget* parent) : QWidget(parent) {
    ui_.setupUi(this);
    ui_.messageLabel->setVisible(false);
    plot_ = createViewPlot(ui_.plotHost, QStringLiteral("meanMapPlot"), tr("Mean/variance map plot"));
    plot_->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeScatters);
    captionUpdate_ = new ThrottledAction(
        ThrottledAction::kDragIntervalMs, [this] { updateCaption(); }, this);
    plot_->xAxis->setLabel(tr("mean \u03bc of a layer's inputs"));
    plot_->yAxis->setLabel(tr("variance \u03bd of a layer's inputs"));
    plot_->xAxis->setRange(kMuMin, kMuMax);
    plot_->yAxis->setRange(kNuMin, kNuMax);
    plot_->legend->setVisible(true);
    // Bottom right, where the field only flows back towards mu = 0: trajectories start where the
    // user clicks, most often above the fixed point, and the top right corner would cover them.
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    connect(plot_, &QCustomPlot::afterReplot, this, [this] { replotPending_ = false; });
    connect(plot_, &QCustomPlot::mousePress, this, &MeanMapView::onPlotClicked);

    auto* grid = plot_->addGraph();
    grid->setObjectName(QStringLiteral("grid-points"));
    grid->setLineStyle(QCPGraph::lsNone);
    grid->removeFromLegend();
    auto* trajectory = plot_->addGraph();
    trajectory->setObjectName(QStringLiteral("trajectory"));
    trajectory->setName(tr("iterates from the clicked point"));
    trajectory->setLineStyle(QCPGraph::lsNone);  // drawn by the curve below, in order
    auto* fixed = plot_->addGraph();
    fixed->setObjectName(QStringLiteral("fixed-point"));
    fixed->setName(tr("fixed point"));
    fixed->setLineStyle(QCPGraph::lsNone);
    auto* path = new QCPCurve(plot_->xAxis, plot_->yAxis);
    path->setObjectName(QStringLiteral("trajectory-path"));
    path->removeFromLegend();

    // The ranges the scene file checks too (MeanMapViewSettings).
    using Settings = MeanMapViewSettings;
    ui_.omegaSpin->setRange(-Settings::kMaxAbsOmega, Settings::kMaxAbsOmega);
    ui_.tauSpin->setRange(Settings::kMinTau, Settings::kMaxTau);
    ui_.targetMuSpin->setRange(-Settings::kMaxAbsTargetMean, Settings::kMaxAbsTargetMean);
    ui_.targetNuSpin->setRange(Settings::kMinTargetVariance, Settings::kMaxTargetVariance);
    connect(ui_.omegaSpin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (controller_ == nullptr) return;
        MeanMapViewSettings s = controller_->scene().meanMap;
        s.omega = v;
        controller_->setMeanMapSettings(s);
    });
    connect(ui_.tauSpin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (controller_ == nullptr) return;
        MeanMapViewSettings s = controller_->scene().meanMap;
        s.tau = v;
        controller_->setMeanMapSettings(s);
    });
    connect(ui_.solveButton, &QPushButton::clicked, this, &MeanMapView::solve);

    auto* curveLabel = new QLabel(tr("F&unction"), this);
    curveCombo_ = new QComboBox(this);
    curveCombo_->setObjectName(QStringLiteral("curveCombo"));
    curveCombo_->setToolTip(tr("The curve whose mean/variance map is drawn: any of the scene's, built-in or typed"));
    curveCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    curveLabel->setBuddy(curveCombo_);
    ui_.controlsLayout->insertWidget(0, curveLabel);
    ui_.controlsLayout->insertWidget(1, curveCombo_);
    connect(curveCombo_, &QComboBox::currentIndexChanged, this, [this] {
        updateCaption();
        recompute();
    });
    connect(&worker_, &MeanMapWorker::fieldReady, this, &MeanMapView::onFieldReady, Qt::QueuedConnection);
    applyTheme();
}

MeanMapView::~MeanMapView() = default;

void MeanMapView::setController(ExplorerController* controller) {
    if (controller == controller_) return;
    connections_.clear();
    controller_ = controller;
    if (controller_ != nullptr) {
        connections_ = {
            connect(controller_, &ExplorerController::meanMapSettingsChanged, this, &MeanMapView::onSettingsChanged),
            connect(controller_, &ExplorerController::functionChanged, this,
                    [this](CurveId id) {
                        updateCurveCombo();
                        const SceneFunction* chosen = chosenCurve();
                        if (chosen != nullptr && chosen->id == id) recompute();
                    }),
            connect(controller_, &ExplorerController::visibilityChanged, this,
                    [this] {
                        updateCurveCombo();
                        recompute();
                    }),
            connect(controller_, &ExplorerController::draggingChanged, this, &MeanMapView::recompute),
            connect(controller_, &ExplorerController::themeChanged, this, &MeanMapView::applyTheme),
        };
    }
    showSettings();
    updateCurveCombo();
    applyTheme();  // also recomputes
}

void MeanMapView::updateCurveCombo() {
    const QVariant chosen = curveCombo_->currentData();
    const QSignalBlocker blocker(curveCombo_);
    curveCombo_->clear();
    int seluIndex = -1;
    if (const CurveScene* s = scene()) {
        for (const SceneFunction& entry : s->functions) {
            if (seluIndex < 0 && entry.function.kind() == FunctionKind::Selu) seluIndex = curveCombo_->count();
            curveCombo_->addItem(QString::fromStdString(entry.displayLabel()),
                                 QVariant::fromValue(static_cast<qulonglong>(entry.id)));
        }
    }
    // The chosen curve is kept by its id; the first SELU is the default, as the map began with it.
    const int index = chosen.isValid() ? curveCombo_->findData(chosen) : -1;
    curveCombo_->setCurrentIndex(index >= 0 ? index : std::max(seluIndex, 0));
}

const SceneFunction* MeanMapView::chosenCurve() const {
    const QVariant id = curveCombo_->currentData();
    return scene() != nullptr && id.isValid() ? scene()->curve(static_cast<CurveId>(id.toULongLong())) : nullptr;
}

const CurveScene* MeanMapView::scene() const { return controller_ != nullptr ? &controller_->scene() : nullptr; }

MeanMapWeights MeanMapView::weights() const {
    if (const CurveScene* s = scene()) return {s->meanMap.omega, s->meanMap.tau};
    return {};
}

void MeanMapView::showSettings() {
    const MeanMapViewSettings s = scene() != nullptr ? scene()->meanMap : MeanMapViewSettings{};
    const QSignalBlocker b1(ui_.omegaSpin), b2(ui_.tauSpin), b3(ui_.targetMuSpin), b4(ui_.targetNuSpin);
    ui_.omegaSpin->setValue(s.omega);
    ui_.tauSpin->setValue(s.tau);
    ui_.targetMuSpin->setValue(s.solveTarget.mean);
    ui_.targetNuSpin->setValue(s.solveTarget.variance);
}

void MeanMapView::onSettingsChanged() {
    showSettings();
    recompute();
}

void MeanMapView::solve() {
    if (controller_ == nullptr) return;
    const MeanVariance target{ui_.targetMuSpin->value(), ui_.targetNuSpin->value()};
    MeanMapViewSettings settings = controller_->scene().meanMap;
    settings.solveTarget = target;
    controller_->setMeanMapSettings(settings);
    SeluSolveResult result;
    try {
        result = solveSeluParameters(target);
    } catch (const std::exception& error) {
        result.error = error.what();
    }
    const ParameterInfo& alpha = parameterInfo(Parameter::SeluAlpha);
    const ParameterInfo& lambda = parameterInfo(Parameter::SeluLambda);
    if (!result.parameters) {
        solveMessage_ =
            tr("No \u03b1, \u03bb for (%1, %2): %3")
                .arg(formatNumber(target.mean), formatNumber(target.variance), QString::fromStdString(result.error));
    } else if (!(result.parameters->alpha >= alpha.spinMin && result.parameters->alpha <= alpha.spinMax &&
                 result.parameters->lambda >= lambda.spinMin && result.parameters->lambda <= lambda.spinMax)) {
        solveMessage_ = tr("The solution \u03b1 = %1, \u03bb = %2 is outside what the SELU controls accept.")
                            .arg(formatNumber(result.parameters->alpha), formatNumber(result.parameters->lambda));
    } else {
        solveMessage_.clear();
        controller_->setSeluParameters(
            result.parameters->alpha, result.parameters->lambda,
            tr("Solve SELU \u03b1, \u03bb for (%1, %2)").arg(formatNumber(target.mean), formatNumber(target.variance)));
    }
    recompute();
}

void MeanMapView::onPlotClicked(QMouseEvent* event) {
    if (controller_ == nullptr || event->button() != Qt::LeftButton) return;
    const double mu = plot_->xAxis->pixelToCoord(event->position().x());
    const double nu = plot_->yAxis->pixelToCoord(event->position().y());
    if (!(nu > 0.0) || !plot_->axisRect()->rect().contains(event->position().toPoint())) return;
    MeanMapViewSettings settings = controller_->scene().meanMap;
    settings.trajectoryStart = MeanVariance{mu, nu};
    controller_->setMeanMapSettings(settings);
}

void MeanMapView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) recompute();
}

bool MeanMapView::waitUntilIdle(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    if (stale_) computeNow();
    while ((computing_ || replotPending_) && clock.elapsed() <= timeoutMs) processEventsSleeping(10);
    return !computing_ && !replotPending_;
}

void MeanMapView::recompute() {
    // Behind another tab (a SELU drag on the Curves tab) the field waits until it is shown.
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    computeNow();
}

MeanMapView::Plane MeanMapView::plane() const {
    Plane plane{QCPRange(kMuMin, kMuMax), QCPRange(kNuMin, kNuMax)};
    if (scene() == nullptr || !scene()->meanMap.trajectoryStart) return plane;
    const MeanVariance start = *scene()->meanMap.trajectoryStart;
    // A margin of a tenth of the window's side beyond the start, so its marker is not cut.
    if (std::isfinite(start.mean)) {
        plane.mu.lower = std::min(plane.mu.lower, start.mean - 0.1 * (kMuMax - kMuMin));
        plane.mu.upper = std::max(plane.mu.upper, start.mean + 0.1 * (kMuMax - kMuMin));
    }
    if (std::isfinite(start.variance)) {
        plane.nu.lower = std::min(plane.nu.lower, start.variance / 2.0);
        plane.nu.upper = std::max(plane.nu.upper, start.variance + 0.1 * (kNuMax - kNuMin));
    }
    return plane;
}

namespace {

MeanMapField computeField(const Activation& f, const MeanMapWeights& weights, const MeanMapView::Plane& field,
                          int columns, int rows, std::optional<MeanVariance> start, const std::atomic<bool>& abort) {
    MeanMapField result;
    const double cellMu = field.mu.size() / columns;
    const double cellNu = field.nu.size() / rows;
    for (int row = 0; row < rows && !abort; ++row) {
        for (int column = 0; column < columns; ++column) {
            const MeanVariance point{field.mu.lower + (column + 0.5) * cellMu, field.nu.lower + (row + 0.5) * cellNu};
            result.tails.push_back(point);
            try {
                result.images.emplace_back(meanVarianceMap(f, point, weights));
            } catch (const std::exception&) {
                result.images.emplace_back(std::nullopt);  // no moments there (a typed exp(x^2))
            }
        }
    }
    if (abort) return result;
    try {
        result.fixedPoint = findFixedPoint(f, weights);
    } catch (const std::exception& error) {
        result.fixedPoint.message = error.what();
    }
    if (start) {
        MeanVariance point = *start;
        result.trajectory.push_back(point);
        for (int step = 0; step < kTrajectorySteps && !abort; ++step) {
            try {
                point = meanVarianceMap(f, point, weights);
            } catch (const std::exception&) {
                break;
            }
            if (!std::isfinite(point.mean) || !std::isfinite(point.variance) || !(point.variance > 0.0)) break;
            result.trajectory.push_back(point);
        }
    }
    return result;
}

}  // namespace

void MeanMapView::computeNow() {
    stale_ = false;
    const SceneFunction* curve = chosenCurve();
    const bool isSelu = curve != nullptr && curve->function.kind() == FunctionKind::Selu;
    ui_.solveButton->setEnabled(isSelu);
    ui_.solveButton->setToolTip(isSelu ? QString() : tr("Solve \u03b1, \u03bb applies to a SELU curve"));
    const bool dragging = controller_ != nullptr && controller_->dragging();
    gridColumns_ = dragging ? kDragGridColumns : kGridColumns;
    const int rows = dragging ? kDragGridRows : kGridRows;
    const Plane field = plane();
    plot_->xAxis->setRange(field.mu);
    plot_->yAxis->setRange(field.nu);
    if (curve == nullptr) {
        thread_.cancel();
        computing_ = false;
        onFieldReady(MeanMapField{++generation_, {}, {}, {}, {}});
        return;
    }
    const std::uint64_t generation = ++generation_;
    computing_ = true;
    const std::optional<MeanVariance> start =
        scene() != nullptr ? scene()->meanMap.trajectoryStart : std::optional<MeanVariance>{};
    thread_.restart([worker = &worker_, f = curve->function, w = weights(), field, columns = gridColumns_, rows, start,
                     generation](const std::atomic<bool>& abort) {
        MeanMapField result = computeField(f, w, field, columns, rows, start, abort);
        if (abort) return;
        result.generation = generation;
        emit worker->fieldReady(result);
    });
}

void MeanMapView::onFieldReady(const MeanMapField& result) {
    if (result.generation != generation_) return;  // an older run's
    computing_ = false;
    const std::size_t count = result.tails.size();
    while (arrows_.size() < count) {
        auto* arrow = new QCPItemLine(plot_);
        arrow->setObjectName(QStringLiteral("arrow"));
        arrow->setClipToAxisRect(true);
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 7, 9));
        arrows_.push_back(arrow);
    }
    // Arrows show direction; their length grows with the step but is capped at a cell, so
    // that the field stays readable far from the fixed point where steps are long.
    const Plane field = plane();
    const int rows = count > 0 ? static_cast<int>(count) / gridColumns_ : 1;
    const double cellMu = field.mu.size() / gridColumns_;
    const double cellNu = field.nu.size() / rows;
    QVector<QCPGraphData> tails;
    QColor arrowColor = theme_.foreground;
    arrowColor.setAlpha(theme_.id == ThemeId::Presentation ? 200 : 150);
    const QPen arrowPen(arrowColor, theme_.id == ThemeId::Presentation ? 1.8 : 1.1);
    for (std::size_t i = 0; i < count; ++i) {
        QCPItemLine* arrow = arrows_[i];
        const MeanVariance point = result.tails[i];
        if (!result.images[i]) {
            arrow->setVisible(false);
            continue;
        }
        const MeanVariance image = *result.images[i];
        // In cell units, so that mu and nu steps are comparable on screen.
        const double dx = (image.mean - point.mean) / cellMu;
        const double dy = (image.variance - point.variance) / cellNu;
        const double length = std::hypot(dx, dy);
        const double shown = length > 0.0 ? std::min(length, 0.9) / length : 0.0;
        arrow->start->setCoords(point.mean, point.variance);
        arrow->end->setCoords(point.mean + dx * shown * cellMu, point.variance + dy * shown * cellNu);
        arrow->setPen(arrowPen);
        arrow->setVisible(length > 1e-9);
        tails.push_back(QCPGraphData(point.mean, point.variance));
    }
    for (std::size_t i = count; i < arrows_.size(); ++i) arrows_[i]->setVisible(false);
    plot_->graph(0)->data()->set(tails, true);

    fixedPoint_ = result.fixedPoint;
    QVector<QCPGraphData> fixedData;
    if (fixedPoint_.point) fixedData.push_back(QCPGraphData(fixedPoint_.point->mean, fixedPoint_.point->variance));
    plot_->graph(2)->data()->set(fixedData, true);

    trajectory_ = result.trajectory;
    QVector<QCPGraphData> iterates;
    QVector<QCPCurveData> path;
    for (std::size_t i = 0; i < trajectory_.size(); ++i) {
        iterates.push_back(QCPGraphData(trajectory_[i].mean, trajectory_[i].variance));
        path.push_back(QCPCurveData(static_cast<double>(i), trajectory_[i].mean, trajectory_[i].variance));
    }
    std::sort(iterates.begin(), iterates.end(),
              [](const QCPGraphData& a, const QCPGraphData& b) { return a.key < b.key; });
    plot_->graph(1)->data()->set(iterates, true);
    if (auto* curve = qobject_cast<QCPCurve*>(plot_->plottable(3))) curve->data()->set(path, true);

    const bool dragging = controller_ != nullptr && controller_->dragging();
    ui_.messageLabel->setText(solveMessage_);
    ui_.messageLabel->setVisible(!solveMessage_.isEmpty());
    ui_.captionLabel->setHeld(dragging);
    captionUpdate_->request(dragging);
    replotPending_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString MeanMapView::fixedPointStatusText(FixedPointStatus status) {
    switch (status) {
    case FixedPointStatus::Found: return tr("found");
    case FixedPointStatus::VarianceCollapses: return tr("the variance collapses");
    case FixedPointStatus::Diverges: return tr("diverges");
    case FixedPointStatus::NotSettled: return tr("the iteration does not settle");
    case FixedPointStatus::MomentsUndefined: break;
    }
    return tr("the moments do not exist");
}

void MeanMapView::applyTheme() {
    theme_ = Theme::get(scene() != nullptr ? scene()->theme : ThemeId::Light);
    applyThemeToPlot(plot_, theme_, font());
    const QColor selu = theme_.functionColor(FunctionKind::Selu);
    const double size = theme_.markerSize;
    plot_->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDot, theme_.foreground, 2));
    plot_->graph(0)->setPen(QPen(theme_.foreground));
    plot_->graph(1)->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(selu, 2.0), QBrush(theme_.background), size * 0.8));
    plot_->graph(1)->setPen(QPen(selu, theme_.penWidth * 0.7));
    plot_->graph(2)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(selu), QBrush(selu), size * 1.6));
    plot_->graph(2)->setPen(QPen(selu));
    if (auto* curve = qobject_cast<QCPCurve*>(plot_->plottable(3))) curve->setPen(QPen(selu, theme_.penWidth * 0.7));
    recompute();
}

void MeanMapView::updateCaption() {
    const MeanMapWeights w = weights();
    const SceneFunction* curve = chosenCurve();
    const QString name =
        curve != nullptr ? QString::fromStdString(curve->displayLabel()).toHtmlEscaped() : tr("no curve");
    QString text =
        tr("<b>The mean/variance map of %1</b> (Klambauer et al. 2017) for \u03c9 = %2, \u03c4 = %3: each arrow "
           "points from the mean \u03bc and variance \u03bd of a layer's inputs towards those of its outputs. "
           "Click the plane to follow the iterates layer by layer.")
            .arg(name, formatNumber(w.omega, 3), formatNumber(w.tau, 3));
    if (fixedPoint_.point) {
        text += tr(" <b>Fixed point</b> (%1, %2): %3 (spectral radius of the Jacobian %4). Where the arrows lead "
                   "to it, activations are pulled back towards it layer after layer: the network stays normalized.")
                    .arg(formatFixed(fixedPoint_.point->mean, 4), formatFixed(fixedPoint_.point->variance, 4),
                         fixedPoint_.spectralRadius < 1.0 ? tr("it attracts") : tr("it repels"),
                         formatNumber(fixedPoint_.spectralRadius, 3));
    } else if (computing_) {
        text += tr(" Looking for the fixed point\u2026");
    } else {
        text += tr(" <b>No fixed point</b> (%1): %2")
                    .arg(fixedPointStatusText(fixedPoint_.status),
                         QString::fromStdString(fixedPoint_.message).toHtmlEscaped());
    }
    if (trajectory_.size() > 1) {
        text += tr(" From (%1, %2) the iterates reach (%3, %4) after %5 layers.")
                    .arg(formatFixed(trajectory_.front().mean, 3), formatFixed(trajectory_.front().variance, 3),
                         formatFixed(trajectory_.back().mean, 3), formatFixed(trajectory_.back().variance, 3))
                    .arg(trajectory_.size() - 1);
    }
    ui_.captionLabel->setText(text);
}

}  // namespace alab
