// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogramview.h"

#include "explorercontroller.h"
#include "moments.h"
#include "numberformat.h"
#include "plotstyle.h"
#include "throttledaction.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <map>

namespace alab {

namespace {

bool sameSample(const HistogramViewSettings& a, const HistogramViewSettings& b) {
    return a.mu == b.mu && a.sigma == b.sigma && a.sampleCount == b.sampleCount && a.seed == b.seed;
}

bool sameInputs(const HistogramViewSettings& a, const HistogramViewSettings& b) {
    return sameSample(a, b) && a.bins == b.bins;
}

// The samples slider moves in tenths of a decade: 10^(position / 10).
constexpr double kSamplesSliderScale = 10.0;
std::uint64_t samplesAt(int position) {
    return static_cast<std::uint64_t>(std::llround(std::pow(10.0, position / kSamplesSliderScale)));
}
int positionOf(std::uint64_t samples) {
    return static_cast<int>(std::lround(std::log10(static_cast<double>(samples)) * kSamplesSliderScale));
}

constexpr double kSliderScale = 100.0;  // mu and sigma sliders step by 0.01

QString itemName(const std::string& curveKey, const char* part) {
    return QString::fromStdString(curveKey) + QLatin1Char(':') + QLatin1String(part);
}

// The property that ties a graph or an item to its curve.
constexpr const char* kCurveProperty = "curve";

CurveId curveOf(const QObject* object) { return object->property(kCurveProperty).value<CurveId>(); }

const QCP::AntialiasedElements kAntialiased = QCP::aePlottables | QCP::aeItems | QCP::aeLegendItems;

// Six decimals, so that the columns line up and an exact 1e-17 reads as 0.000000; large values
// (a wide input) in six significant digits.
QString tableText(double value) { return std::abs(value) < 1e5 ? formatFixed(value, 6) : formatNumber(value); }

// The theme a name cell's swatch was drawn in.
constexpr int kThemeRole = Qt::UserRole + 1;

enum Column { kFunction, kSampleMean, kExactMean, kSampleVariance, kExactVariance, kNegative, kDead, kColumns };

}  // namespace

HistogramView::HistogramView(QWidget* parent) : QWidget(parent) {
    ui_.setupUi(this);
    plot_ = createViewPlot(ui_.plotHost, QStringLiteral("histogramPlot"), tr("Histogram plot"));
    plot_->setAntialiasedElements(kAntialiased);
    connect(plot_, &QCustomPlot::afterReplot, this, [this] { replotPending_ = false; });
    captionUpdate_ = new ThrottledAction(
        ThrottledAction::kDragIntervalMs, [this] { updateCaption(); }, this);

    ui_.statisticsTable->setColumnCount(kColumns);
    ui_.statisticsTable->setHorizontalHeaderLabels({tr("Function"), tr("Mean"), tr("Exact\nmean"), tr("Variance"),
                                                    tr("Exact\nvariance"), tr("Share\n< 0"), tr("Share = 0\n(dead)")});
    ui_.statisticsTable->verticalHeader()->setVisible(false);
    ui_.statisticsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui_.statisticsTable->horizontalHeader()->setSectionResizeMode(kFunction, QHeaderView::ResizeToContents);
    ui_.statisticsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(&worker_, &HistogramWorker::sampleReady, this, &HistogramView::onSampleReady, Qt::QueuedConnection);
    connect(&worker_, &HistogramWorker::histogramReady, this, &HistogramView::onHistogramReady, Qt::QueuedConnection);

    const auto edit = [this](auto change) {
        if (controller_ == nullptr) return;
        HistogramViewSettings settings = controller_->scene().histogram;
        change(settings);
        writeSettings(settings);
    };
    connect(ui_.muSlider, &QSlider::valueChanged, this,
            [edit](int v) { edit([v](HistogramViewSettings& s) { s.mu = v / kSliderScale; }); });
    connect(ui_.muSpin, &QDoubleSpinBox::valueChanged, this,
            [edit](double v) { edit([v](HistogramViewSettings& s) { s.mu = v; }); });
    connect(ui_.sigmaSlider, &QSlider::valueChanged, this,
            [edit](int v) { edit([v](HistogramViewSettings& s) { s.sigma = v / kSliderScale; }); });
    connect(ui_.sigmaSpin, &QDoubleSpinBox::valueChanged, this,
            [edit](double v) { edit([v](HistogramViewSettings& s) { s.sigma = v; }); });
    connect(ui_.samplesSlider, &QSlider::valueChanged, this,
            [edit](int v) { edit([v](HistogramViewSettings& s) { s.sampleCount = samplesAt(v); }); });
    connect(ui_.samplesSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](HistogramViewSettings& s) { s.sampleCount = static_cast<std::uint64_t>(v); }); });
    connect(ui_.seedSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](HistogramViewSettings& s) { s.seed = static_cast<std::uint64_t>(v); }); });
    connect(ui_.binsSpin, &QSpinBox::valueChanged, this,
            [edit](int v) { edit([v](HistogramViewSettings& s) { s.bins = v; }); });
    connect(ui_.layoutCombo, &QComboBox::currentIndexChanged, this, [edit](int index) {
        edit([index](HistogramViewSettings& s) {
            s.layout = index == 1 ? HistogramLayout::SmallMultiples : HistogramLayout::Overlay;
        });
    });
    for (QSlider* slider : {ui_.muSlider, ui_.sigmaSlider, ui_.samplesSlider}) {
        connect(slider, &QSlider::sliderPressed, this, [this] {
            if (controller_ != nullptr) controller_->beginSettingsDrag();
        });
        connect(slider, &QSlider::sliderReleased, this, [this] {
            if (controller_ != nullptr) controller_->endSettingsDrag();
        });
    }
    showSettings();
    applyTheme();
    rebuildPlot();
}

HistogramView::~HistogramView() = default;

void HistogramView::setController(ExplorerController* controller) {
    if (controller == controller_) return;
    connections_.clear();
    controller_ = controller;
    if (controller_ != nullptr) {
        connections_ = {
            connect(controller_, &ExplorerController::histogramSettingsChanged, this,
                    &HistogramView::onSettingsChanged),
            connect(controller_, &ExplorerController::functionChanged, this, &HistogramView::onFunctionChanged),
            connect(controller_, &ExplorerController::visibilityChanged, this, &HistogramView::onVisibilityChanged),
            connect(controller_, &ExplorerController::themeChanged, this, &HistogramView::applyTheme),
            connect(controller_, &ExplorerController::draggingChanged, this, &HistogramView::onDraggingChanged),
        };
    }
    showSettings();
    applyTheme();
    invalidateAll();
}

const CurveScene* HistogramView::scene() const { return controller_ != nullptr ? &controller_->scene() : nullptr; }

void HistogramView::showSettings() {
    const HistogramViewSettings s = scene() != nullptr ? scene()->histogram : HistogramViewSettings{};
    const QSignalBlocker b1(ui_.muSlider), b2(ui_.muSpin), b3(ui_.sigmaSlider), b4(ui_.sigmaSpin),
        b5(ui_.samplesSlider), b6(ui_.samplesSpin), b7(ui_.seedSpin), b8(ui_.binsSpin), b9(ui_.layoutCombo);
    ui_.muSpin->setRange(-HistogramViewSettings::kMaxAbsMu, HistogramViewSettings::kMaxAbsMu);
    ui_.sigmaSpin->setRange(HistogramViewSettings::kMinSigma, HistogramViewSettings::kMaxSigma);
    ui_.samplesSpin->setRange(static_cast<int>(HistogramViewSettings::kMinSamples),
                              static_cast<int>(HistogramViewSettings::kMaxSamples));
    ui_.samplesSlider->setRange(positionOf(HistogramViewSettings::kMinSamples),
                                positionOf(HistogramViewSettings::kMaxSamples));
    ui_.binsSpin->setRange(kMinHistogramBins, kMaxHistogramBins);
    ui_.muSlider->setValue(static_cast<int>(std::lround(s.mu * kSliderScale)));
    ui_.muSpin->setValue(s.mu);
    ui_.sigmaSlider->setValue(static_cast<int>(std::lround(s.sigma * kSliderScale)));
    ui_.sigmaSpin->setValue(s.sigma);
    ui_.samplesSlider->setValue(positionOf(s.sampleCount));
    ui_.samplesSpin->setValue(static_cast<int>(s.sampleCount));
    ui_.seedSpin->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, 2147483647)));
    ui_.binsSpin->setValue(s.bins);
    ui_.layoutCombo->setCurrentIndex(s.layout == HistogramLayout::SmallMultiples ? 1 : 0);
}

void HistogramView::writeSettings(const HistogramViewSettings& requested) {
    HistogramViewSettings s = requested;
    if (!std::isfinite(s.mu) || !std::isfinite(s.sigma)) return;
    s.mu = std::clamp(s.mu, -HistogramViewSettings::kMaxAbsMu, HistogramViewSettings::kMaxAbsMu);
    s.sigma = std::clamp(s.sigma, HistogramViewSettings::kMinSigma, HistogramViewSettings::kMaxSigma);
    s.sampleCount = std::clamp(s.sampleCount, HistogramViewSettings::kMinSamples, HistogramViewSettings::kMaxSamples);
    s.bins = std::clamp(s.bins, kMinHistogramBins, kMaxHistogramBins);
    controller_->setHistogramSettings(s);
    // The controller may have ignored an edit (no change): the controls show the scene again.
    showSettings();
}

void HistogramView::onSettingsChanged() {
    showSettings();
    const HistogramViewSettings& s = scene()->histogram;
    const bool inputsDiffer = std::any_of(results_.begin(), results_.end(),
                                          [&s](const HistogramResult& r) { return !sameInputs(r.inputs, s); });
    if (inputsDiffer || (sample_ && !sameSample(sample_->inputs, s))) {
        invalidateAll();
    } else {
        rebuildPlot();  // the layout changed
    }
}

void HistogramView::onFunctionChanged(CurveId id) {
    const SceneFunction* entry = scene() != nullptr ? scene()->curve(id) : nullptr;
    if (entry == nullptr || !entry->visible) return;
    if (std::find(dirty_.begin(), dirty_.end(), id) == dirty_.end()) dirty_.push_back(id);
    schedule();
}

void HistogramView::onVisibilityChanged() {
    const CurveScene* s = scene();
    std::erase_if(results_, [s](const HistogramResult& r) {
        const SceneFunction* entry = s != nullptr ? s->curve(r.curve) : nullptr;
        return entry == nullptr || !entry->visible || entry->function.kind() != r.function.kind();
    });
    dirty_.clear();
    if (s != nullptr) {
        for (const SceneFunction& entry : s->functions) {
            if (!entry.visible) continue;
            const HistogramResult* drawn = result(entry.id);
            if (drawn == nullptr || !current(*drawn)) dirty_.push_back(entry.id);
        }
    }
    rebuildPlot();
    schedule();
}

void HistogramView::invalidateAll() {
    // The drawn histograms stay until their replacements arrive (a mu drag does not blink);
    // every visible function is recomputed, because none of the drawn results is current.
    onVisibilityChanged();
}

void HistogramView::onDraggingChanged(bool dragging) {
    // While a slider is held down every step replots: unsmoothed edges and fills draw in a
    // fraction of the time; the antialiased picture returns when the slider is released.
    // Outlines drop to 1 px pens too, the raster engine's fast path (a wider pen is stroked
    // as a polygon, the larger part of a replot).
    plot_->setAntialiasedElements(dragging ? QCP::aeNone : kAntialiased);
    redraw();  // also brings the caption up to date at the end of a drag
}

void HistogramView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    schedule();
}

void HistogramView::schedule() {
    const CurveScene* s = scene();
    if (s == nullptr || dirty_.empty() || (!isVisible() && !forceCompute_)) return;
    const HistogramViewSettings inputs = s->histogram;
    std::vector<std::pair<CurveId, Activation>> functions;
    for (const CurveId id : dirty_) functions.emplace_back(id, s->curve(id)->function);
    std::shared_ptr<const HistogramSample> sample = sample_ && sameSample(sample_->inputs, inputs) ? sample_ : nullptr;
    const std::uint64_t generation = ++generation_;
    thread_.restart([worker = &worker_, sample, inputs, functions, scratch = scratch_,
                     generation](const std::atomic<bool>& abort) {
        std::shared_ptr<const HistogramSample> z = sample;
        if (!z) {
            auto fresh = std::make_shared<HistogramSample>();
            fresh->inputs = inputs;
            fresh->z = normalSample(inputs.sampleCount, inputs.mu, inputs.sigma, inputs.seed);
            z = fresh;
            emit worker->sampleReady(z);
        }
        for (const auto& [curve, f] : functions) {
            if (abort) return;
            HistogramResult result{generation, curve, f, inputs, {}};
            try {
                result.histogram =
                    histogramOfActivation(f, z->z, {.bins = inputs.bins, .rangeLow = {}, .rangeHigh = {}}, *scratch);
            } catch (const std::exception&) {
                // f(z) overflows the histogram range (huge mu): drawn as an empty histogram
                result.histogram = {};
            }
            emit worker->histogramReady(result);
        }
    });
}

void HistogramView::onSampleReady(std::shared_ptr<const HistogramSample> sample) {
    if (scene() != nullptr && sameSample(sample->inputs, scene()->histogram)) sample_ = std::move(sample);
}

bool HistogramView::current(const HistogramResult& r) const {
    const CurveScene* s = scene();
    if (s == nullptr || !sameInputs(r.inputs, s->histogram)) return false;
    const SceneFunction* entry = s->curve(r.curve);
    return entry != nullptr && entry->visible && entry->function == r.function;
}

void HistogramView::onHistogramReady(const HistogramResult& r) {
    if (!current(r)) return;  // stale: a newer request covers this function
    std::erase(dirty_, r.curve);
    const auto drawn =
        std::find_if(results_.begin(), results_.end(), [&r](const HistogramResult& x) { return x.curve == r.curve; });
    if (drawn != results_.end()) {
        *drawn = r;
    } else {
        results_.push_back(r);
    }
    redraw();
}

const HistogramResult* HistogramView::result(CurveId id) const {
    for (const HistogramResult& r : results_) {
        if (r.curve == id) return &r;
    }
    return nullptr;
}

const HistogramResult* HistogramView::result(FunctionKind kind) const {
    const SceneFunction* entry = scene() != nullptr ? scene()->find(kind) : nullptr;
    return entry != nullptr ? result(entry->id) : nullptr;
}

bool HistogramView::idle() const { return dirty_.empty() && !replotPending_; }

bool HistogramView::waitUntilIdle(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    forceCompute_ = true;
    schedule();
    while (!idle()) {
        if (clock.elapsed() > timeoutMs) break;
        processEventsSleeping(10);
        if (!thread_.busy() && !dirty_.empty()) {
            // Everything the worker sent has arrived, yet something is missing: ask again.
            QCoreApplication::processEvents();
            if (!thread_.busy() && !dirty_.empty()) schedule();
        }
    }
    forceCompute_ = false;
    return idle();
}

void HistogramView::rebuildPlot() {
    plot_->clearItems();
    plot_->clearGraphs();
    const CurveScene* s = scene();
    std::vector<CurveId> visible;
    if (s != nullptr) {
        for (const SceneFunction& entry : s->functions) {
            if (entry.visible) visible.push_back(entry.id);
        }
    }
    const bool multiples = s != nullptr && s->histogram.layout == HistogramLayout::SmallMultiples && visible.size() > 1;
    const int rects = multiples ? static_cast<int>(visible.size()) : 1;
    const int columns = rects <= 1 ? 1 : (rects <= 4 ? 2 : 3);
    std::vector<QCPAxisRect*> axes;
    QCPLayoutGrid* grid = plot_->plotLayout();
    if (multiples) {
        grid->clear();
    } else {
        grid = resetLayoutWithLegendRow(plot_);
    }
    for (int i = 0; i < rects; ++i) {
        auto* rect = new QCPAxisRect(plot_);
        grid->addElement(i / columns, i % columns, rect);
        rect->axis(QCPAxis::atBottom)->setLabel(QStringLiteral("f(z)"));
        rect->axis(QCPAxis::atLeft)->setLabel(tr("density"));
        rect->setupFullAxesBox(false);
        axes.push_back(rect);
    }
    for (std::size_t i = 0; i < visible.size(); ++i) {
        const CurveId id = visible[i];
        const std::string key = s->curveKey(id);
        QCPAxisRect* rect = axes[multiples ? i : 0];
        QCPGraph* graph = plot_->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        graph->setObjectName(itemName(key, "histogram"));
        graph->setProperty(kCurveProperty, QVariant::fromValue(id));
        graph->setName(QString::fromStdString(s->curve(id)->displayLabel()));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        if (multiples) {
            auto* title = new QCPItemText(plot_);
            title->setObjectName(itemName(key, "title"));
            // Above the axes, in their top margin: inside, it would cover the data (ReLU's
            // towering bin at 0 runs through the top left corner).
            title->setClipToAxisRect(false);
            title->position->setAxisRect(rect);
            title->position->setType(QCPItemPosition::ptAxisRectRatio);
            title->position->setCoords(0.0, 0.0);
            title->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
            title->setText(graph->name());
        }
        // The sample mean rises from the x axis and the exact mean hangs from the top, each to its own
        // height per curve of the rect: two means that agree (and two curves whose means agree, ReLU's
        // and Leaky ReLU's) stay visible as separate marks instead of one line hiding the other.
        for (const char* part : {"sample-mean", "exact-mean"}) {
            auto* line = new QCPItemLine(plot_);
            line->setObjectName(itemName(key, part));
            line->setClipAxisRect(rect);
            for (QCPItemPosition* p : {line->start, line->end}) {
                p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                p->setAxisRect(rect);
                p->setTypeX(QCPItemPosition::ptPlotCoords);
                p->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            line->setVisible(false);
        }
        auto* note = new QCPItemText(plot_);
        note->setObjectName(itemName(key, "clipped"));
        note->setProperty(kCurveProperty, QVariant::fromValue(id));
        note->setClipAxisRect(rect);
        note->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        note->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
        note->setVisible(false);
    }
    for (QCPAxisRect* rect : axes) {
        auto* zero = new QCPItemStraightLine(plot_);
        zero->setObjectName(QStringLiteral("zero-line"));
        zero->setClipAxisRect(rect);
        for (QCPItemPosition* p : {zero->point1, zero->point2}) {
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        }
        zero->point1->setCoords(0.0, 0.0);
        zero->point2->setCoords(0.0, 1.0);
    }
    applyTheme();
}

void HistogramView::applyTheme() {
    const CurveScene* s = scene();
    theme_ = Theme::get(s != nullptr ? s->theme : ThemeId::Light);
    applyThemeToPlot(plot_, theme_, font());
    redraw();
}

void HistogramView::redraw() {
    QFont noteFont = font();
    noteFont.setPointSize(theme_.tickFontPointSize);
    const bool presentation = theme_.id == ThemeId::Presentation;
    const bool dragging = controller_ != nullptr && controller_->dragging();
    // Per axis rect: the x extent of its histograms and the highest density worth showing.
    struct Extent {
        double xLow = 0.0, xHigh = 0.0, yHigh = 0.0;
        bool any = false;
        int marks = 0;  // curves whose mean marks are placed
    };
    std::map<QCPAxisRect*, Extent> extents;
    struct Peak {
        double density = 0.0, share = 0.0, low = 0.0, high = 0.0;
    };
    std::map<CurveId, Peak> peaks;
    for (int i = 0; i < plot_->graphCount(); ++i) {
        QCPGraph* graph = plot_->graph(i);
        const CurveId id = curveOf(graph);
        const SceneFunction* entry = scene() != nullptr ? scene()->curve(id) : nullptr;
        if (entry == nullptr) continue;
        const FunctionKind kind = entry->function.kind();
        const int ordinal = scene()->ordinal(id);
        const std::string key = scene()->curveKey(id);
        QCPAxisRect* rect = graph->keyAxis()->axisRect();
        Extent& extent = extents[rect];
        QColor fill = theme_.functionColor(kind, ordinal);
        fill.setAlpha(presentation ? 70 : 55);
        QPen pen = theme_.valuePen(kind, dragging, ordinal);
        if (!dragging) pen.setWidthF(std::max(1.0, theme_.penWidth * 0.6));
        graph->setPen(pen);
        graph->setBrush(QBrush(fill));
        const HistogramResult* r = result(id);
        if (r != nullptr) {
            // The label follows the parameters ("ELU (α = 0.5)"), in the legend and the small multiples' titles.
            const QString label = QString::fromStdString(entry->displayLabel());
            if (graph->name() != label) {
                graph->setName(label);
                if (auto* title =
                        qobject_cast<QCPItemText*>(plot_->findChild<QCPAbstractItem*>(itemName(key, "title"))))
                    title->setText(label);
            }
        }
        auto* sampleMean = qobject_cast<QCPItemLine*>(plot_->findChild<QCPAbstractItem*>(itemName(key, "sample-mean")));
        auto* exactMean = qobject_cast<QCPItemLine*>(plot_->findChild<QCPAbstractItem*>(itemName(key, "exact-mean")));
        auto* clipped = qobject_cast<QCPItemText*>(plot_->findChild<QCPAbstractItem*>(itemName(key, "clipped")));
        if (r == nullptr || r->histogram.histogram.counts.empty()) {
            graph->data()->clear();
            for (QCPAbstractItem* item :
                 {static_cast<QCPAbstractItem*>(sampleMean), static_cast<QCPAbstractItem*>(exactMean),
                  static_cast<QCPAbstractItem*>(clipped)}) {
                if (item != nullptr) item->setVisible(false);
            }
            continue;
        }
        const Histogram& h = r->histogram.histogram;
        QVector<QCPGraphData> points;
        points.reserve(static_cast<qsizetype>(h.counts.size()) + 1);
        std::vector<double> densities;
        std::size_t peakBin = 0;
        for (std::size_t bin = 0; bin < h.counts.size(); ++bin) {
            densities.push_back(h.density(bin));
            points.push_back(QCPGraphData(h.low + static_cast<double>(bin) * h.binWidth(), densities.back()));
            if (densities.back() > densities[peakBin]) peakBin = bin;
        }
        points.push_back(QCPGraphData(h.high, densities.back()));
        graph->data()->set(points, true);
        // A single towering bin (ReLU's exact zeros, Leaky ReLU's squeezed negatives) would flatten
        // every other histogram: the axis is fitted to the third-highest bin of each, and a bin
        // above it is clipped and labelled.
        std::vector<double> highest = densities;
        const std::size_t rank = std::min<std::size_t>(2, highest.size() - 1);
        std::nth_element(highest.begin(), highest.begin() + static_cast<std::ptrdiff_t>(rank), highest.end(),
                         std::greater<>());
        extent.xLow = extent.any ? std::min(extent.xLow, h.low) : h.low;
        extent.xHigh = extent.any ? std::max(extent.xHigh, h.high) : h.high;
        extent.yHigh = std::max(extent.yHigh, highest[rank]);
        peaks[id] = {densities[peakBin], static_cast<double>(h.counts[peakBin]) / static_cast<double>(h.total),
                     h.low + static_cast<double>(peakBin) * h.binWidth(),
                     h.low + static_cast<double>(peakBin + 1) * h.binWidth()};
        extent.any = true;

        const SampleStatistics& st = r->histogram.statistics;
        // Each curve of this rect ends its marks at its own height (axis-rect ratio: 0 top, 1 bottom).
        const double stagger = 0.06 * static_cast<double>(extent.marks++ % 5);
        const double markerSize = presentation ? 12.0 : 8.0;
        if (sampleMean != nullptr) {
            sampleMean->start->setCoords(st.mean, 1.0);
            sampleMean->end->setCoords(st.mean, 0.42 - stagger);
            QPen meanPen(theme_.functionColor(kind, ordinal), presentation ? 3.0 : 2.0);
            sampleMean->setPen(meanPen);
            sampleMean->setHead(QCPLineEnding(QCPLineEnding::esDisc, markerSize, markerSize));
            sampleMean->setVisible(true);
        }
        if (exactMean != nullptr) {
            try {
                const double exact = normalMoments(r->function, r->inputs.mu, r->inputs.sigma).mean;
                exactMean->start->setCoords(exact, 0.0);
                exactMean->end->setCoords(exact, 0.58 - stagger);
                QPen dashed(theme_.foreground, presentation ? 2.5 : 1.5, Qt::DashLine);
                dashed.setColor(theme_.functionColor(kind, ordinal).darker(140));
                exactMean->setPen(dashed);
                exactMean->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, markerSize * 1.2, markerSize));
                exactMean->setVisible(true);
            } catch (const std::exception&) {
                exactMean->setVisible(false);
            }
        }
        if (clipped != nullptr) {
            const Peak& peak = peaks[id];
            // What the clipped bin holds: ReLU's "52 % in one bin" beside "dead 50.1 %" read as a
            // contradiction until the bin's range and its exact zeros are named.
            const double zeros = st.zeroFraction;
            QString text = tr("\u2191 %1: %2 % of the samples in [%3, %4)")
                               .arg(graph->name(), formatFixed(100.0 * peak.share, 1), formatNumber(peak.low, 3),
                                    formatNumber(peak.high, 3));
            if (zeros > 0.01 && peak.low <= 0.0 && peak.high > 0.0)
                text += tr(", %1 % exactly 0").arg(formatFixed(100.0 * zeros, 1));
            clipped->setText(text);
            clipped->setFont(noteFont);
            clipped->setColor(theme_.functionColor(kind, ordinal));
        }
    }
    for (QCPAbstractItem* item : plot_->findChildren<QCPAbstractItem*>(QStringLiteral("zero-line"))) {
        static_cast<QCPItemStraightLine*>(item)->setPen(QPen(theme_.zeroLine, presentation ? 2.0 : 1.0));
    }
    for (QCPAbstractItem* item : plot_->findChildren<QCPAbstractItem*>()) {
        if (auto* title = qobject_cast<QCPItemText*>(item); title && title->objectName().endsWith(":title")) {
            QFont titleFont = noteFont;
            titleFont.setBold(true);
            title->setFont(titleFont);
            title->setColor(theme_.foreground);
            const int titleHeight =
                QFontMetrics(titleFont).height() + title->padding().top() + title->padding().bottom();
            title->position->axisRect()->setMinimumMargins(QMargins(0, titleHeight + 4, 0, 0));
        }
    }
    for (QCPAxisRect* rect : plot_->axisRects()) {
        const Extent extent = extents[rect];
        if (!extent.any) continue;
        const double pad = 0.03 * (extent.xHigh - extent.xLow);
        rect->axis(QCPAxis::atBottom)->setRange(std::min(extent.xLow - pad, -pad), extent.xHigh + pad);
        const double yTop = extent.yHigh > 0.0 ? extent.yHigh * 1.12 : 1.0;
        rect->axis(QCPAxis::atLeft)->setRange(0.0, yTop);
    }
    // The clipped notes sit just right of 0, below the top of their axes.
    int noteIndex = 0;
    for (QCPAbstractItem* item : plot_->findChildren<QCPAbstractItem*>()) {
        if (auto* note = qobject_cast<QCPItemText*>(item); note && note->objectName().endsWith(":clipped")) {
            const QCPRange y = note->position->valueAxis()->range();
            const QCPRange x = note->position->keyAxis()->range();
            const CurveId id = curveOf(note);
            note->setVisible(peaks.count(id) != 0 && peaks[id].density > y.upper);
            note->position->setCoords(x.upper - 0.02 * x.size(), y.upper * (0.97 - 0.08 * noteIndex));
            if (note->visible()) ++noteIndex;
        }
    }
    updateTable();
    ui_.captionLabel->setHeld(dragging);
    captionUpdate_->request(dragging);
    replotPending_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HistogramView::updateTable() {
    QTableWidget* table = ui_.statisticsTable;
    const CurveScene* s = scene();
    std::vector<const HistogramResult*> rows;
    if (s != nullptr) {
        for (const SceneFunction& entry : s->functions) {
            if (const HistogramResult* r = result(entry.id); entry.visible && r != nullptr) {
                rows.push_back(r);
            }
        }
    }
    table->setRowCount(static_cast<int>(rows.size()));
    // Items are reused and only changed texts are set: a slider step changes one row, and a
    // replaced item repaints its cell even when it reads the same.
    const auto cell = [table](int row, int column) {
        QTableWidgetItem* item = table->item(row, column);
        if (item == nullptr) {
            item = new QTableWidgetItem;
            item->setTextAlignment(column == kFunction ? Qt::AlignLeft | Qt::AlignVCenter
                                                       : Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
        return item;
    };
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        const HistogramResult& r = *rows[static_cast<std::size_t>(row)];
        const SampleStatistics& st = r.histogram.statistics;
        double exactMean = std::nan(""), exactVariance = std::nan("");
        try {
            const NormalMoments exact = normalMoments(r.function, r.inputs.mu, r.inputs.sigma);
            exactMean = exact.mean;
            exactVariance = exact.variance;
        } catch (const std::exception&) {
        }
        const auto set = [&](int column, double value) {
            QTableWidgetItem* item = cell(row, column);
            const QString text = std::isnan(value) ? QStringLiteral("\u2014") : tableText(value);
            if (item->text() != text) item->setText(text);
            if (item->data(Qt::UserRole) != QVariant(value)) item->setData(Qt::UserRole, value);
        };
        QTableWidgetItem* name = cell(row, kFunction);
        const QString id = fromUtf8View(r.function.id());
        const SceneFunction* curve = s != nullptr ? s->curve(r.curve) : nullptr;
        const QString label = QString::fromStdString(curve != nullptr ? curve->displayLabel() : r.function.label());
        if (name->data(Qt::UserRole).toString() != id || name->text() != label ||
            name->data(kThemeRole).toInt() != static_cast<int>(theme_.id)) {
            name->setText(label);
            name->setIcon(theme_.swatch(r.function.kind(), s != nullptr ? s->ordinal(r.curve) : 1));
            name->setData(Qt::UserRole, id);
            name->setData(kThemeRole, static_cast<int>(theme_.id));
        }
        set(kSampleMean, st.mean);
        set(kExactMean, exactMean);
        set(kSampleVariance, st.variance);
        set(kExactVariance, exactVariance);
        set(kNegative, st.negativeFraction);
        set(kDead, st.zeroFraction);
    }
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) height += table->rowHeight(row);
    table->setFixedHeight(height);
}

void HistogramView::updateCaption() {
    const CurveScene* s = scene();
    if (s == nullptr) {
        ui_.captionLabel->clear();
        return;
    }
    const HistogramViewSettings& in = s->histogram;
    QStringList means;
    const SceneFunction* highest = nullptr;
    const SceneFunction* centred = nullptr;
    double highestMean = 0.0, centredMean = 0.0;
    for (const SceneFunction& entry : s->functions) {
        if (!entry.visible) continue;
        try {
            const double mean = normalMoments(entry.function, in.mu, in.sigma).mean;
            means << QStringLiteral("%1 %2").arg(QString::fromStdString(entry.displayLabel()), formatFixed(mean, 3));
            if (highest == nullptr || mean > highestMean) {
                highest = &entry;
                highestMean = mean;
            }
            if (centred == nullptr || std::abs(mean) < std::abs(centredMean)) {
                centred = &entry;
                centredMean = mean;
            }
        } catch (const std::exception&) {
        }
    }
    QString text = tr("<b>Histograms of f(z)</b> for %1 samples of z ~ N(%2, %3\u00b2) (seed %4): the "
                      "distribution a layer's outputs would have. Solid line rising from the axis to a dot: "
                      "sample mean; dashed arrow from the top: exact mean E[f(z)].")
                       .arg(QLocale().toString(static_cast<qulonglong>(in.sampleCount)), formatNumber(in.mu),
                            formatNumber(in.sigma))
                       .arg(in.seed);
    if (!means.isEmpty()) text += tr(" Exact means: %1.").arg(means.join(QStringLiteral(", ")));
    // Each claim only when the values on screen bear it out: at mu = 1.49 every mean is far from
    // zero, and "SELU stays closest to zero (1.653)" was not true in any sense a reader takes it.
    const double clearly = 0.1 * in.sigma;
    QStringList notices;
    if (highest != nullptr && highestMean > clearly)
        notices << tr("%1's mean %2 is a bias shift the next layer inherits")
                       .arg(QString::fromStdString(highest->displayLabel()), formatFixed(highestMean, 3));
    const bool centredNamed = centred != nullptr && (centred != highest || notices.isEmpty());
    if (centredNamed && std::abs(centredMean) < clearly) {
        notices << tr("%1 stays close to zero (%2)")
                       .arg(QString::fromStdString(centred->displayLabel()), formatFixed(centredMean, 3));
    } else if (centredNamed) {
        notices << tr("no mean is near zero; %1's is the smallest in size (%2)")
                       .arg(QString::fromStdString(centred->displayLabel()), formatFixed(centredMean, 3));
    }
    if (!notices.isEmpty()) text += tr(" <b>Notice</b>: %1.").arg(notices.join(QStringLiteral("; ")));
    for (const HistogramResult& r : results_) {
        if (r.histogram.statistics.zeroFraction > 0.01) {
            const SceneFunction* entry = s->curve(r.curve);
            text += tr(" %1 outputs exactly 0 for %2 % of the inputs (dead).")
                        .arg(entry != nullptr ? QString::fromStdString(entry->displayLabel())
                                              : fromUtf8View(r.function.displayName()),
                             formatFixed(100.0 * r.histogram.statistics.zeroFraction, 1));
        }
    }
    ui_.captionLabel->setText(text);
}

}  // namespace alab
