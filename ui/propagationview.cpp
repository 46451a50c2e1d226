// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagationview.h"

#include "explorercontroller.h"
#include "histogram.h"
#include "init_gain.h"
#include "numberformat.h"
#include "plotstyle.h"
#include "throttledaction.h"

#include <qcustomplot.h>

#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace alab {

namespace {

constexpr int kProgressDelayMs = 200;
const QCP::AntialiasedElements kAntialiased = QCP::aePlottables | QCP::aeItems | QCP::aeLegendItems;
constexpr int kUnitMeanBins = 30;
// One thread for the network, so that a core stays free for the UI thread on a two-core machine
// (the numbers do not depend on the thread count).
constexpr int kWorkerThreads = 1;

QString graphName(const std::string& curveKey, const char* part) {
    return QString::fromStdString(curveKey) + QLatin1Char(':') + QLatin1String(part);
}

QString initName(WeightInit init) {
    switch (init) {
    case WeightInit::LeCun: return QStringLiteral("LeCun");
    case WeightInit::He: return QStringLiteral("He");
    case WeightInit::Glorot: break;
    }
    return QStringLiteral("Glorot");
}

PropagationSettings coreSettings(const PropagationViewSettings& view, const Activation& f) {
    PropagationSettings settings;
    settings.function = f;
    settings.depth = view.depth;
    settings.width = view.width;
    settings.batch = view.batch;
    settings.init = view.init;
    settings.gain = view.gain;
    settings.biasStd = view.biasStd;
    settings.seed = view.seed;
    settings.backward = true;
    return settings;
}

bool sameNetwork(const PropagationSettings& a, const PropagationSettings& b) {
    return a.depth == b.depth && a.width == b.width && a.batch == b.batch && a.init == b.init && a.gain == b.gain &&
           a.biasStd == b.biasStd && a.seed == b.seed;
}

}  // namespace

PropagationView::PropagationView(QWidget* parent) : QWidget(parent) {
    ui_.setupUi(this);
    // The bar keeps its place while hidden: showing it must not resize the plot mid-run (a
    // resized QCustomPlot rebuilds its buffers, a stall of tens of ms).
    QSizePolicy barPolicy = ui_.progressBar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    ui_.progressBar->setSizePolicy(barPolicy);
    ui_.progressBar->setVisible(false);
    ui_.messageLabel->setVisible(false);
    plot_ = createViewPlot(ui_.plotHost, QStringLiteral("propagationPlot"), tr("Propagation plots"));
    plot_->setAntialiasedElements(kAntialiased);
    connect(plot_, &QCustomPlot::afterReplot, this, [this] { replotPending_ = false; });
    captionUpdate_ = new ThrottledAction(
        ThrottledAction::kDragIntervalMs, [this] { updateCaption(); }, this);

    progressDelay_ = new QTimer(this);
    progressDelay_->setSingleShot(true);
    progressDelay_->setInterval(kProgressDelayMs);
    connect(progressDelay_, &QTimer::timeout, this, &PropagationView::updateProgress);

    connect(&worker_, &PropagationWorker::layerReady, this, &PropagationView::onLayerReady, Qt::QueuedConnection);
    connect(&worker_, &PropagationWorker::gradientReady, this, &PropagationView::onGradientReady, Qt::QueuedConnection);
    connect(&worker_, &PropagationWorker::runFinished, this, &PropagationView::onRunFinished, Qt::QueuedConnection);
    connect(&worker_, &PropagationWorker::runFailed, this, &PropagationView::onRunFailed, Qt::QueuedConnection);

    const auto edit = [this](auto change) {
        if (controller_ == nullptr) return;
        PropagationViewSettings settings = controller_->scene().propagation;
        change(settings);
        writeSettings(settings);
    };
    connect(ui_.depthSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](PropagationViewSettings& s) { s.depth = v; }); });
    connect(ui_.widthSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](PropagationViewSettings& s) { s.width = v; }); });
    connect(ui_.batchSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](PropagationViewSettings& s) { s.batch = v; }); });
    connect(ui_.seedSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](PropagationViewSettings& s) { s.seed = static_cast<std::uint64_t>(v); }); });
    connect(ui_.initCombo, &QComboBox::currentIndexChanged, this, [edit](int index) {
        edit([index](PropagationViewSettings& s) {
            s.init = allWeightInits().at(static_cast<std::size_t>(std::clamp(index, 0, 2)));
        });
    });
    connect(ui_.gainSpin, &QDoubleSpinBox::valueChanged, this,
            [edit](double v) { edit([v](PropagationViewSettings& s) { s.gain = v; }); });
    connect(ui_.biasStdSpin, &QDoubleSpinBox::valueChanged, this,
            [edit](double v) { edit([v](PropagationViewSettings& s) { s.biasStd = v; }); });
    connect(ui_.varianceGainCurveCombo, &QComboBox::currentIndexChanged, this, [this] { updateVarianceGain(); });
    connect(ui_.useGainButton, &QPushButton::clicked, this, [this, edit] {
        if (const std::optional<double> gain = chosenVarianceGain()) {
            edit([g = *gain](PropagationViewSettings& s) { s.gain = g; });
        }
    });
    connect(ui_.logVarianceCheck, &QCheckBox::toggled, this,
            [edit](bool on) { edit([on](PropagationViewSettings& s) { s.logVariance = on; }); });
    connect(ui_.layerSlider, &QSlider::valueChanged, this,
            [edit](int v) { edit([v](PropagationViewSettings& s) { s.selectedLayer = v; }); });
    connect(ui_.layerSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](PropagationViewSettings& s) { s.selectedLayer = v; }); });
    connect(ui_.layerSlider, &QSlider::sliderPressed, this, [this] {
        if (controller_ != nullptr) controller_->beginSettingsDrag();
    });
    connect(ui_.layerSlider, &QSlider::sliderReleased, this, [this] {
        if (controller_ != nullptr) controller_->endSettingsDrag();
    });

    rebuildPlot();
    showSettings();
    applyTheme();
}

PropagationView::~PropagationView() = default;

std::array<QCPAxisRect*, 5> PropagationView::layerRects() const {
    return {meanRect_, varianceRect_, deadRect_, gradientRect_, zeroGradientRect_};
}

void PropagationView::setController(ExplorerController* controller) {
    if (controller == controller_) return;
    connections_.clear();
    controller_ = controller;
    if (controller_ != nullptr) {
        connections_ = {
            connect(controller_, &ExplorerController::propagationSettingsChanged, this,
                    &PropagationView::onSettingsChanged),
            connect(controller_, &ExplorerController::functionChanged, this, &PropagationView::restart),
            connect(controller_, &ExplorerController::visibilityChanged, this, &PropagationView::restart),
            connect(controller_, &ExplorerController::themeChanged, this, &PropagationView::applyTheme),
            // The released slider's run may have finished during the drag: full pens and caption again.
            connect(controller_, &ExplorerController::draggingChanged, this,
                    [this](bool dragging) {
                        if (!dragging && finished_) redraw();
                    }),
        };
    }
    showSettings();
    applyTheme();
    restart();
}

const CurveScene* PropagationView::scene() const { return controller_ != nullptr ? &controller_->scene() : nullptr; }

void PropagationView::showSettings() {
    const PropagationViewSettings s = scene() != nullptr ? scene()->propagation : PropagationViewSettings{};
    const QSignalBlocker b1(ui_.depthSpin), b2(ui_.widthSpin), b3(ui_.batchSpin), b4(ui_.seedSpin), b5(ui_.initCombo),
        b6(ui_.logVarianceCheck), b7(ui_.layerSlider), b8(ui_.layerSpin), b9(ui_.gainSpin), b10(ui_.biasStdSpin);
    ui_.depthSpin->setRange(PropagationViewSettings::kMinDepth, PropagationViewSettings::kMaxDepth);
    ui_.widthSpin->setRange(PropagationViewSettings::kMinWidth, PropagationViewSettings::kMaxWidth);
    ui_.batchSpin->setRange(PropagationViewSettings::kMinBatch, PropagationViewSettings::kMaxBatch);
    ui_.gainSpin->setRange(PropagationViewSettings::kMinGain, PropagationViewSettings::kMaxGain);
    ui_.biasStdSpin->setRange(0.0, PropagationViewSettings::kMaxBiasStd);
    // The spin boxes show 4 and 3 decimals; the scene keeps the exact value ("use this gain").
    ui_.gainSpin->setValue(s.gain);
    ui_.biasStdSpin->setValue(s.biasStd);
    ui_.depthSpin->setValue(s.depth);
    ui_.widthSpin->setValue(s.width);
    ui_.batchSpin->setValue(s.batch);
    ui_.seedSpin->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, 2147483647)));
    const auto& inits = allWeightInits();
    ui_.initCombo->setCurrentIndex(static_cast<int>(std::find(inits.begin(), inits.end(), s.init) - inits.begin()));
    ui_.logVarianceCheck->setChecked(s.logVariance);
    ui_.layerSlider->setRange(1, s.depth);
    ui_.layerSpin->setRange(1, s.depth);
    ui_.layerSlider->setValue(s.selectedLayer);
    ui_.layerSpin->setValue(s.selectedLayer);
}

void PropagationView::writeSettings(const PropagationViewSettings& requested) {
    PropagationViewSettings s = requested;
    s.depth = std::clamp(s.depth, PropagationViewSettings::kMinDepth, PropagationViewSettings::kMaxDepth);
    s.width = std::clamp(s.width, PropagationViewSettings::kMinWidth, PropagationViewSettings::kMaxWidth);
    s.batch = std::clamp(s.batch, PropagationViewSettings::kMinBatch, PropagationViewSettings::kMaxBatch);
    // The spin boxes cannot give NaN, 0 or a negative value; a refused one keeps the scene's.
    const PropagationViewSettings& current = controller_->scene().propagation;
    if (!(s.gain >= PropagationViewSettings::kMinGain && s.gain <= PropagationViewSettings::kMaxGain)) {
        s.gain = current.gain;
    }
    if (!(s.biasStd >= 0.0 && s.biasStd <= PropagationViewSettings::kMaxBiasStd)) s.biasStd = current.biasStd;
    s.selectedLayer = std::clamp(s.selectedLayer, 1, s.depth);
    controller_->setPropagationSettings(s);
    showSettings();
}

void PropagationView::onSettingsChanged() {
    showSettings();
    updateVarianceGain();
    const PropagationViewSettings& s = scene()->propagation;
    if (!sameNetwork(coreSettings(s, running_.function), running_) || !refusal_.isEmpty()) {
        restart();
        return;
    }
    // Only what is shown changed: the scrubber or the variance scale.
    varianceRect_->axis(QCPAxis::atLeft)->setScaleType(s.logVariance ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (s.logVariance) {
        varianceRect_->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    } else {
        varianceRect_->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    redraw();
}

void PropagationView::restart() {
    const CurveScene* s = scene();
    refusal_.clear();
    updateVarianceGain();
    if (s == nullptr) return;
    const PropagationSettings network = coreSettings(s->propagation, Activation::selu());
    try {
        validate(network);
    } catch (const PropagationSettingsError& error) {
        refusal_ = tr("Refused: %1 × %2 activations (width × batch) for %3 layers would need %4 GB of memory, "
                      "more than the %5 GB this view allows (%6). Lower the batch or the width.")
                       .arg(network.width)
                       .arg(network.batch)
                       .arg(network.depth)
                       .arg(formatFixed(propagationMemoryBytes(network) / 1e9, 1))
                       .arg(formatNumber(kMaxPropagationMemoryBytes / 1e9, 3))
                       .arg(QString::fromStdString(error.what()));
        thread_.cancel();
        ++generation_;
        runs_.clear();
        running_ = network;
        needsRun_ = false;
        finished_ = true;
        rebuildPlot();
        redraw();
        return;
    }
    // Keep the runs whose function and network are unchanged; rerun the rest.
    std::vector<Run> runs;
    for (const SceneFunction& entry : s->functions) {
        if (!entry.visible) continue;
        const auto kept = std::find_if(runs_.begin(), runs_.end(), [&](const Run& run) {
            return run.function == entry.function && sameNetwork(network, running_) && run.complete(network.depth);
        });
        Run run = kept != runs_.end() ? std::move(*kept) : Run{entry.id, entry.function, {}, {}};
        run.curve = entry.id;
        runs.push_back(std::move(run));
    }
    const bool structureChanged =
        runs.size() != runs_.size() || !std::equal(runs.begin(), runs.end(), runs_.begin(), runs_.end(),
                                                   [](const Run& a, const Run& b) { return a.curve == b.curve; });
    runs_ = std::move(runs);
    running_ = network;
    ++generation_;
    needsRun_ = true;
    finished_ = false;
    if (structureChanged) rebuildPlot();
    redraw();
    schedule();
}

void PropagationView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (redrawWhenShown_) redraw();
    schedule();
}

void PropagationView::schedule() {
    if (!needsRun_ || (!isVisible() && !forceCompute_)) return;
    needsRun_ = false;
    std::vector<Activation> pending;
    for (const Run& run : runs_) {
        if (!run.complete(running_.depth)) pending.push_back(run.function);
    }
    runClock_.start();
    progressDelay_->start();
    const std::uint64_t generation = generation_;
    const PropagationSettings network = running_;
    thread_.restart([worker = &worker_, pending, network, generation](const std::atomic<bool>& abort) {
        try {
            for (const Activation& f : pending) {
                if (abort) return;
                PropagationSettings settings = network;
                settings.function = f;
                settings.maxThreads = kWorkerThreads;
                const PropagationResult result = propagate(
                    settings,
                    [&](const LayerStatistics& statistics, int layer) {
                        emit worker->layerReady(PropagationLayer{generation, f, layer, statistics});
                        return !abort;
                    },
                    [&](const GradientStatistics& statistics, int layer) {
                        emit worker->gradientReady(PropagationGradient{generation, f, layer, statistics});
                        return !abort;
                    });
                if (result.cancelled) return;
            }
            emit worker->runFinished(generation);
        } catch (const std::exception& error) {
            emit worker->runFailed(generation, QString::fromStdString(error.what()));
        }
    });
}

void PropagationView::onLayerReady(const PropagationLayer& layer) {
    if (layer.generation != generation_) return;  // an older run's: a newer one replaces it
    for (Run& run : runs_) {
        if (run.function != layer.function) continue;
        // Layers arrive in order; a rerun of this function starts again from layer 1.
        if (layer.layer == 1) {
            run.layers.clear();
            run.gradients.clear();
        }
        if (static_cast<int>(run.layers.size()) + 1 == layer.layer) run.layers.push_back(layer.statistics);
    }
    redraw();
    if (ui_.progressBar->isVisible()) updateProgress();
}

void PropagationView::onGradientReady(const PropagationGradient& gradient) {
    if (gradient.generation != generation_) return;
    for (Run& run : runs_) {
        if (run.function != gradient.function) continue;
        // After the whole forward pass, from the last layer down.
        const int depth = static_cast<int>(run.layers.size());
        if (depth - static_cast<int>(run.gradients.size()) == gradient.layer)
            run.gradients.push_back(gradient.statistics);
    }
    redraw();
    if (ui_.progressBar->isVisible()) updateProgress();
}

void PropagationView::onRunFinished(std::uint64_t generation) {
    if (generation != generation_) return;
    finished_ = true;
    progressDelay_->stop();
    ui_.progressBar->setVisible(false);
    redraw();
}

void PropagationView::onRunFailed(std::uint64_t generation, const QString& message) {
    if (generation != generation_) return;
    finished_ = true;
    progressDelay_->stop();
    ui_.progressBar->setVisible(false);
    refusal_ = message;
    redraw();
}

void PropagationView::updateProgress() {
    int total = 0, done = 0;
    for (const Run& run : runs_) {
        total += 2 * running_.depth;  // forward and backward
        done += static_cast<int>(run.layers.size() + run.gradients.size());
    }
    ui_.progressBar->setRange(0, std::max(total, 1));
    ui_.progressBar->setValue(done);
    ui_.progressBar->setFormat(tr("layer %v of %m"));
    ui_.progressBar->setVisible(!finished_);
}

bool PropagationView::idle() const { return !needsRun_ && finished_ && !replotPending_; }

bool PropagationView::waitUntilIdle(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    forceCompute_ = true;
    if (redrawWhenShown_) redraw();
    schedule();
    while (!idle() && clock.elapsed() <= timeoutMs) processEventsSleeping(10);
    forceCompute_ = false;
    return idle();
}

std::string PropagationView::curveKey(const Run& run) const {
    return scene() != nullptr ? scene()->curveKey(run.curve) : std::string(run.function.id());
}

int PropagationView::ordinalOf(const Run& run) const {
    return scene() != nullptr ? std::max(1, scene()->ordinal(run.curve)) : 1;
}

const std::vector<LayerStatistics>* PropagationView::layers(FunctionKind kind) const {
    const SceneFunction* entry = scene() != nullptr ? scene()->find(kind) : nullptr;
    for (const Run& run : runs_) {
        if (entry != nullptr && run.curve == entry->id) return &run.layers;
    }
    return nullptr;
}

std::optional<double> PropagationView::chosenVarianceGain() const {
    const CurveScene* s = scene();
    const QVariant id = ui_.varianceGainCurveCombo->currentData();
    const SceneFunction* curve =
        s != nullptr && id.isValid() ? s->curve(static_cast<CurveId>(id.toULongLong())) : nullptr;
    if (curve == nullptr) return std::nullopt;
    try {
        return varianceKeepingGain(curve->function);
    } catch (const std::domain_error&) {
        return std::nullopt;  // E[f^2] = 0: no gain keeps the variance
    }
}

void PropagationView::updateVarianceGain() {
    const CurveScene* s = scene();
    QComboBox* combo = ui_.varianceGainCurveCombo;
    const QVariant chosen = combo->currentData();
    {
        // The visible curves, the chosen one kept by its id.
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (s != nullptr) {
            for (const SceneFunction& entry : s->functions) {
                if (!entry.visible) continue;
                combo->addItem(QString::fromStdString(entry.displayLabel()),
                               QVariant::fromValue(static_cast<qulonglong>(entry.id)));
            }
        }
        const int index = chosen.isValid() ? combo->findData(chosen) : -1;
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    const SceneFunction* curve = s != nullptr && combo->currentData().isValid()
                                     ? s->curve(static_cast<CurveId>(combo->currentData().toULongLong()))
                                     : nullptr;
    if (curve == nullptr) {
        ui_.varianceGainValueLabel->setText(tr("no curve shown"));
        ui_.useGainButton->setEnabled(false);
        return;
    }
    const std::optional<double> gain = chosenVarianceGain();
    const std::optional<double> torch = pytorchGain(curve->function);
    QString text = gain ? tr("gain <b>%1</b>").arg(formatNumber(*gain, 5)) : tr("none: E[f(z)²] = 0");
    // Short: the row must not widen the window (the tool tip says what PyTorch's value is).
    text += torch ? tr(" (PyTorch: %1)").arg(formatNumber(*torch, 5)) : tr(" (PyTorch: none)");
    ui_.varianceGainValueLabel->setText(text);
    ui_.useGainButton->setEnabled(gain && *gain >= PropagationViewSettings::kMinGain &&
                                  *gain <= PropagationViewSettings::kMaxGain && *gain != s->propagation.gain);
}

std::vector<GradientStatistics> PropagationView::gradients(FunctionKind kind) const {
    const SceneFunction* entry = scene() != nullptr ? scene()->find(kind) : nullptr;
    for (const Run& run : runs_) {
        if (entry != nullptr && run.curve == entry->id) return {run.gradients.rbegin(), run.gradients.rend()};
    }
    return {};
}

QString PropagationView::refusal() const { return refusal_; }

void PropagationView::rebuildPlot() {
    plot_->clearItems();
    plot_->clearGraphs();
    QCPLayoutGrid* grid = resetLayoutWithLegendRow(plot_);
    const auto addRect = [this, grid](int row, int column, const QString& x, const QString& y) {
        auto* rect = new QCPAxisRect(plot_);
        grid->addElement(row, column, rect);
        rect->axis(QCPAxis::atBottom)->setLabel(x);
        rect->axis(QCPAxis::atLeft)->setLabel(y);
        return rect;
    };
    // Forward above, backward and the scrubbed layer below; the columns share their left margins.
    meanRect_ = addRect(0, 0, tr("layer"), tr("mean"));
    varianceRect_ = addRect(0, 1, tr("layer"), tr("variance"));
    deadRect_ = addRect(0, 2, tr("layer"), tr("dead units"));
    gradientRect_ = addRect(1, 0, tr("layer"), tr("mean square gradient"));
    zeroGradientRect_ = addRect(1, 1, tr("layer"), tr("units with zero gradient"));
    unitRect_ = addRect(1, 2, tr("unit's mean activation"), tr("density"));
    const std::pair<QCPAxisRect*, QCPAxisRect*> columns[] = {
        {meanRect_, gradientRect_}, {varianceRect_, zeroGradientRect_}, {deadRect_, unitRect_}};
    for (const auto& [top, bottom] : columns) {
        auto* margins = new QCPMarginGroup(plot_);
        top->setMarginGroup(QCP::msLeft, margins);
        bottom->setMarginGroup(QCP::msLeft, margins);
    }
    // The gradient's mean square spans many decades when it vanishes or explodes: always log.
    QCPAxis* gradientAxis = gradientRect_->axis(QCPAxis::atLeft);
    gradientAxis->setScaleType(QCPAxis::stLogarithmic);
    gradientAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    const bool logVariance = scene() != nullptr && scene()->propagation.logVariance;
    QCPAxis* varianceAxis = varianceRect_->axis(QCPAxis::atLeft);
    varianceAxis->setScaleType(logVariance ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logVariance) varianceAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());

    for (const Run& run : runs_) {
        const std::string key = curveKey(run);
        const SceneFunction* curve = scene() != nullptr ? scene()->curve(run.curve) : nullptr;
        const QString name = QString::fromStdString(curve != nullptr ? curve->displayLabel() : run.function.label());
        const std::pair<QCPAxisRect*, const char*> parts[] = {
            {meanRect_, "mean"},         {varianceRect_, "variance"},          {deadRect_, "dead"},
            {gradientRect_, "gradient"}, {zeroGradientRect_, "zero-gradient"}, {unitRect_, "unit-means"}};
        for (const auto& [rect, part] : parts) {
            QCPGraph* graph = plot_->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            graph->setObjectName(graphName(key, part));
            graph->setName(name);
            if (rect != meanRect_) graph->removeFromLegend();
            if (rect == unitRect_) graph->setLineStyle(QCPGraph::lsStepLeft);
        }
    }
    for (QCPAxisRect* rect : layerRects()) {
        auto* marker = new QCPItemStraightLine(plot_);
        marker->setObjectName(QStringLiteral("selected-layer"));
        marker->setClipAxisRect(rect);
        for (QCPItemPosition* p : {marker->point1, marker->point2}) {
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        }
    }
    applyTheme();
}

void PropagationView::applyTheme() {
    const CurveScene* s = scene();
    theme_ = Theme::get(s != nullptr ? s->theme : ThemeId::Light);
    applyThemeToPlot(plot_, theme_, font());
    redraw();
}

void PropagationView::queueReplot() {
    // While layers stream in, each replot must fit between two frames of the event loop:
    // unsmoothed lines draw in a fraction of the time; the smooth picture comes with the last layer.
    plot_->setAntialiasedElements(finished_ ? kAntialiased : QCP::aeNone);
    replotPending_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PropagationView::redraw() {
    // Behind another tab (a parameter drag on the Curves tab restarts the run every step) the
    // drawing waits until the view is shown, or until waitUntilIdle() asks for it.
    if (!isVisible() && !forceCompute_) {
        redrawWhenShown_ = true;
        return;
    }
    redrawWhenShown_ = false;
    ui_.messageLabel->setText(refusal_);
    ui_.messageLabel->setVisible(!refusal_.isEmpty());
    const int depth = running_.depth > 0 ? running_.depth : 1;
    // While a slider is held or layers stream in, 1 px pens: a wide pen is stroked as a polygon,
    // most of a replot of these four plots.
    const bool busy = !finished_ || (controller_ != nullptr && controller_->dragging());
    for (const Run& run : runs_) {
        const FunctionKind kind = run.function.kind();
        const std::string key = curveKey(run);
        const int ordinal = ordinalOf(run);
        const QPen pen = theme_.valuePen(kind, busy, ordinal);
        QVector<QCPGraphData> mean, variance, dead, gradient, zeroGradient;
        for (std::size_t i = 0; i < run.layers.size(); ++i) {
            const double layer = static_cast<double>(i + 1);
            mean.push_back(QCPGraphData(layer, run.layers[i].mean));
            variance.push_back(QCPGraphData(layer, run.layers[i].variance));
            dead.push_back(QCPGraphData(layer, run.layers[i].deadFraction));
        }
        // Arrival order is from the last layer down; the graphs want ascending keys.
        for (std::size_t k = run.gradients.size(); k-- > 0;) {
            const double layer = static_cast<double>(run.layers.size() - k);
            // A log axis has no place for 0 (below a dead layer): a gap in the line.
            if (run.gradients[k].meanSquare > 0.0) gradient.push_back(QCPGraphData(layer, run.gradients[k].meanSquare));
            zeroGradient.push_back(QCPGraphData(layer, run.gradients[k].zeroFraction));
        }
        const std::pair<const char*, QVector<QCPGraphData>*> parts[] = {{"mean", &mean},
                                                                        {"variance", &variance},
                                                                        {"dead", &dead},
                                                                        {"gradient", &gradient},
                                                                        {"zero-gradient", &zeroGradient}};
        for (const auto& [part, series] : parts) {
            for (int g = 0; g < plot_->graphCount(); ++g) {
                QCPGraph* graph = plot_->graph(g);
                if (graph->objectName() != graphName(key, part)) continue;
                graph->data()->set(*series, true);
                graph->setPen(pen);
                graph->setScatterStyle(depth <= 30 ? QCPScatterStyle(QCPScatterStyle::ssDisc, theme_.markerSize * 0.5)
                                                   : QCPScatterStyle());
            }
        }
    }
    const double selected = scene() != nullptr ? std::min(scene()->propagation.selectedLayer, depth) : 1.0;
    for (QCPAbstractItem* item : plot_->findChildren<QCPAbstractItem*>(QStringLiteral("selected-layer"))) {
        auto* marker = static_cast<QCPItemStraightLine*>(item);
        marker->point1->setCoords(selected, 0.0);
        marker->point2->setCoords(selected, 1.0);
        marker->setPen(QPen(theme_.crosshair, theme_.id == ThemeId::Presentation ? 2.0 : 1.0, Qt::DashLine));
    }
    for (QCPAxisRect* rect : layerRects()) {
        rect->axis(QCPAxis::atBottom)->setRange(0.5, depth + 0.5);
        bool found = false;
        QCPRange range;
        for (QCPAbstractPlottable* p : rect->plottables()) {
            bool ok = false;
            const bool log = rect->axis(QCPAxis::atLeft)->scaleType() == QCPAxis::stLogarithmic;
            const QCPRange r = p->getValueRange(ok, log ? QCP::sdPositive : QCP::sdBoth);
            if (!ok) continue;
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            found = true;
        }
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        if (!found) continue;
        const bool share = rect == deadRect_ || rect == zeroGradientRect_;
        if (y->scaleType() == QCPAxis::stLogarithmic) {
            // Down to a power of 10 and over at least 1.7 decades: the log ticker labels powers of 10
            // from 1.6 decades on, and falls back to linear ticks below (0.5, 1, 1.5: nothing
            // labelled near the lowest points on a log scale).
            const double lower = std::pow(10.0, std::floor(std::log10(range.lower / 1.5)));
            y->setRange(lower, std::max(range.upper * 2.0, lower * std::pow(10.0, 1.7)));
            // Over many decades a tick step is several decades, and the ticker's sub ticks (linear
            // within a step) would bunch up below each label.
            if (auto log = y->ticker().dynamicCast<QCPAxisTickerLog>()) {
                log->setSubTickCount(range.upper / range.lower > 1e4 ? 0 : 8);
            }
        } else {
            const double pad = std::max(0.06 * range.size(), 1e-3);
            y->setRange(share ? std::min(0.0, range.lower) : range.lower - pad,
                        share ? std::max(1.0, range.upper) : range.upper + pad);
        }
    }
    drawUnitMeans();
    ui_.captionLabel->setHeld(busy);
    captionUpdate_->request(busy);
    queueReplot();
}

void PropagationView::drawUnitMeans() {
    const int selected = scene() != nullptr ? scene()->propagation.selectedLayer : 1;
    // A common range, so that the functions' histograms are comparable bar by bar.
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (const Run& run : runs_) {
        if (static_cast<int>(run.layers.size()) < selected) continue;
        const Eigen::VectorXd& means = run.layers[static_cast<std::size_t>(selected - 1)].unitMeans;
        if (means.size() == 0) continue;
        low = std::min(low, means.minCoeff());
        high = std::max(high, means.maxCoeff());
    }
    if (std::isfinite(low) && !(low < high)) {
        low -= 0.5;
        high += 0.5;
    }
    double top = 0.0;
    for (const Run& run : runs_) {
        QCPGraph* graph = nullptr;
        for (int g = 0; g < plot_->graphCount(); ++g) {
            if (plot_->graph(g)->objectName() == graphName(curveKey(run), "unit-means")) graph = plot_->graph(g);
        }
        if (graph == nullptr) continue;
        QColor fill = theme_.functionColor(run.function.kind(), ordinalOf(run));
        fill.setAlpha(55);
        QPen pen = theme_.valuePen(run.function.kind(), false, ordinalOf(run));
        pen.setWidthF(finished_ ? std::max(1.0, theme_.penWidth * 0.6) : 1.0);
        graph->setPen(pen);
        graph->setBrush(QBrush(fill));
        if (static_cast<int>(run.layers.size()) < selected || !std::isfinite(low)) {
            graph->data()->clear();
            continue;
        }
        const Eigen::VectorXd& means = run.layers[static_cast<std::size_t>(selected - 1)].unitMeans;
        const Histogram h =
            histogramOfValues(std::span<const double>(means.data(), static_cast<std::size_t>(means.size())),
                              {.bins = kUnitMeanBins, .rangeLow = low, .rangeHigh = high})
                .histogram;
        QVector<QCPGraphData> points;
        for (std::size_t bin = 0; bin < h.counts.size(); ++bin) {
            points.push_back(QCPGraphData(h.low + static_cast<double>(bin) * h.binWidth(), h.density(bin)));
            top = std::max(top, h.density(bin));
        }
        points.push_back(QCPGraphData(h.high, h.density(h.counts.size() - 1)));
        graph->data()->set(points, true);
    }
    if (std::isfinite(low)) {
        const double pad = 0.04 * (high - low);
        unitRect_->axis(QCPAxis::atBottom)->setRange(std::min(low - pad, -pad), std::max(high + pad, pad));
        unitRect_->axis(QCPAxis::atLeft)->setRange(0.0, top > 0.0 ? top * 1.15 : 1.0);
    }
}

void PropagationView::updateCaption() {
    const CurveScene* s = scene();
    if (s == nullptr) return;
    const PropagationViewSettings& p = s->propagation;
    QString text = tr("<b>Signal propagation</b> through %1 random layers of width %2 (%3 weights × gain %4, bias "
                      "std %5, batch %6, seed %7): mean and variance of the activations and the share of dead units "
                      "per layer; below, the mean square of a random gradient sent back from the last layer and the "
                      "share of units it does not pass; bottom right, the units' mean activations at layer %8 "
                      "(dashed line).")
                       .arg(p.depth)
                       .arg(p.width)
                       .arg(initName(p.init))
                       .arg(formatNumber(p.gain, 4))
                       .arg(formatNumber(p.biasStd, 3))
                       .arg(p.batch)
                       .arg(p.seed)
                       .arg(p.selectedLayer);
    QStringList figures;
    for (const Run& run : runs_) {
        if (run.layers.empty()) continue;
        const LayerStatistics& last = run.layers.back();
        figures << tr("%1 %2, %3, %4 %")
                       .arg(fromUtf8View(run.function.displayName()), formatNumber(last.mean, 3),
                            formatNumber(last.variance, 3), formatFixed(100.0 * last.deadFraction, 0));
    }
    if (!figures.isEmpty()) {
        const int layer = static_cast<int>(std::min_element(runs_.begin(), runs_.end(), [](const Run& a, const Run& b) {
                                               return a.layers.size() < b.layers.size();
                                           })->layers.size());
        text += tr(" <b>Layer %1</b> (mean, variance, dead): %2.").arg(layer).arg(figures.join(QStringLiteral("; ")));
        // The runs that keep the input's variance 1 best and worst, by |log variance| at that layer.
        const auto distance = [](const Run& run) {
            const double v = run.layers.back().variance;
            return v > 0.0 ? std::abs(std::log(v)) : std::numeric_limits<double>::infinity();
        };
        std::vector<const Run*> drawn;
        for (const Run& run : runs_) {
            if (!run.layers.empty()) drawn.push_back(&run);
        }
        const auto [best, worst] = std::minmax_element(
            drawn.begin(), drawn.end(), [&](const Run* a, const Run* b) { return distance(*a) < distance(*b); });
        if (best != worst && distance(**best) < distance(**worst)) {
            text += tr(" <b>Notice</b>: %1 keeps the variance of its N(0, 1) input nearest 1 (%2); %3 drifts "
                       "furthest (%4).")
                        .arg(fromUtf8View((*best)->function.displayName()),
                             formatNumber((*best)->layers.back().variance, 3),
                             fromUtf8View((*worst)->function.displayName()),
                             formatNumber((*worst)->layers.back().variance, 3));
        }
    }
    QStringList gradients;
    for (const Run& run : runs_) {
        if (!run.complete(running_.depth) || run.gradients.empty()) continue;
        // Layer 1's over the last layer's (g's, about 1).
        const double ratio = run.gradients.back().meanSquare / run.gradients.front().meanSquare;
        gradients << tr("%1 %2").arg(fromUtf8View(run.function.displayName()), formatNumber(ratio, 3));
    }
    if (!gradients.isEmpty()) {
        text += tr(" <b>Gradient</b> at layer 1 relative to layer %1 (mean square): %2; far below 1 it vanishes "
                   "toward the input, far above it explodes.")
                    .arg(running_.depth)
                    .arg(gradients.join(QStringLiteral("; ")));
    }
    ui_.captionLabel->setText(text);
}

}  // namespace alab
