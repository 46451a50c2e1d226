// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics views in the real main window, offscreen: each view draws what the core
// computes for a fixed seed, follows the controller (tabs, settings, parameters, undo, themes),
// drops stale worker results and refuses runs the core rejects.

#include "captionlabel.h"
#include "expression/typed_function.h"
#include "histogram.h"
#include "histogramview.h"
#include "init_gain.h"
#include "mainwindow.h"
#include "meanmapview.h"
#include "moments.h"
#include "numberformat.h"
#include "propagationview.h"
#include "scenefile.h"
#include "scenesettings.h"
#include "theme.h"
#include "throttledaction.h"

#include "gui_test_environment.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

using alab::Activation;
using alab::FunctionKind;

constexpr int kTimeoutMs = 60'000;

QString idOf(FunctionKind kind) {
    const std::string_view id = alab::functionId(kind);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QCPGraph* graphNamed(QCustomPlot* plot, const QString& name) {
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName() == name) return plot->graph(i);
    }
    return nullptr;
}

std::vector<double> valuesOf(const QCPGraph* graph) {
    std::vector<double> values;
    for (int i = 0; i < graph->dataCount(); ++i) values.push_back(graph->dataMainValue(i));
    return values;
}

// The graph holds exactly `expected` (as keyed 1, 2, ...): the view draws the core's numbers.
QString mismatch(const QCPGraph* graph, const std::vector<double>& expected) {
    if (graph == nullptr) return QStringLiteral("no graph");
    const std::vector<double> drawn = valuesOf(graph);
    if (drawn.size() != expected.size()) {
        return QStringLiteral("%1: %2 points, expected %3")
            .arg(graph->objectName())
            .arg(drawn.size())
            .arg(expected.size());
    }
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        if (drawn[i] != expected[i] || graph->dataMainKey(static_cast<int>(i)) != static_cast<double>(i + 1)) {
            return QStringLiteral("%1 at layer %2: drawn %3, core %4")
                .arg(graph->objectName())
                .arg(i + 1)
                .arg(drawn[i], 0, 'g', 17)
                .arg(expected[i], 0, 'g', 17);
        }
    }
    return {};
}

// The statistics table against the core, a row per visible function in scene order; empty
// when every cell holds the core's number and the text shown for it.
QString histogramTableMismatch(const QTableWidget* table, const alab::CurveScene& scene) {
    const alab::HistogramViewSettings& in = scene.histogram;
    const std::vector<double> z = alab::normalSample(in.sampleCount, in.mu, in.sigma, in.seed);
    int row = 0;
    for (const alab::SceneFunction& entry : scene.functions) {
        if (!entry.visible) continue;
        const Activation& f = entry.function;
        if (row >= table->rowCount()) return QStringLiteral("no row for ") + idOf(f.kind());
        const alab::SampleStatistics st =
            alab::histogramOfActivation(f, z, {.bins = in.bins, .rangeLow = {}, .rangeHigh = {}}).statistics;
        const alab::NormalMoments exact = alab::normalMoments(f, in.mu, in.sigma);
        if (table->item(row, 0)->data(Qt::UserRole).toString() != idOf(f.kind()) ||
            table->item(row, 0)->text() != QString::fromStdString(f.label())) {
            return QStringLiteral("row %1 is %2, expected %3")
                .arg(row)
                .arg(table->item(row, 0)->text(), idOf(f.kind()));
        }
        const double expected[] = {st.mean,        exact.mean,          st.variance,
                                   exact.variance, st.negativeFraction, st.zeroFraction};
        for (int column = 1; column <= 6; ++column) {
            const QTableWidgetItem* item = table->item(row, column);
            const double value = expected[column - 1];
            const QString text = alab::formatFixed(value, 6);
            // The role holds the double itself (an unset role would also read as 0.0).
            if (item->data(Qt::UserRole).typeId() != QMetaType::Double ||
                item->data(Qt::UserRole).toDouble() != value || item->text() != text) {
                return QStringLiteral("%1 column %2: %3 (%4), core %5 (%6)")
                    .arg(idOf(f.kind()))
                    .arg(column)
                    .arg(item->text())
                    .arg(item->data(Qt::UserRole).toDouble(), 0, 'g', 17)
                    .arg(text)
                    .arg(value, 0, 'g', 17);
            }
        }
        ++row;
    }
    if (row != table->rowCount())
        return QStringLiteral("%1 rows for %2 visible functions").arg(table->rowCount()).arg(row);
    return {};
}

// The first vertical axis whose neighbouring tick labels are less than 0.3 label heights apart
// (overlapping labels have a negative gap), as "<rect>: <gap> px between labels <height> px high"; empty when none is.
QString tickLabelCrowding(QCustomPlot* plot) {
    plot->replot();  // the ticks of the current layout
    for (QCPAxisRect* rect : plot->axisRects()) {
        QCPAxis* axis = rect->axis(QCPAxis::atLeft);
        const QVector<double> ticks = axis->tickVector();
        const double height = QFontMetricsF(axis->tickLabelFont()).height();
        for (int i = 1; i < ticks.size(); ++i) {
            const double gap = std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1])) - height;
            if (gap < 0.3 * height) {
                return QStringLiteral("axis rect %1 px high: %2 px between labels %3 px high")
                    .arg(rect->height())
                    .arg(gap, 0, 'f', 1)
                    .arg(height, 0, 'f', 1);
            }
        }
    }
    return {};
}

alab::PropagationSettings coreSettings(const alab::PropagationViewSettings& view, const Activation& f) {
    alab::PropagationSettings settings;
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

// Every visible function's mean, variance, dead-fraction, gradient and zero-gradient graphs equal
// a fresh propagate().
QString propagationMismatch(QCustomPlot* plot, const alab::CurveScene& scene) {
    for (const alab::SceneFunction& entry : scene.functions) {
        if (!entry.visible) continue;
        const alab::PropagationResult expected = alab::propagate(coreSettings(scene.propagation, entry.function));
        std::vector<double> mean, variance, dead, gradient, zeroGradient;
        for (const alab::LayerStatistics& layer : expected.layers) {
            mean.push_back(layer.mean);
            variance.push_back(layer.variance);
            dead.push_back(layer.deadFraction);
        }
        for (const alab::GradientStatistics& layer : expected.gradients) {
            gradient.push_back(layer.meanSquare);
            zeroGradient.push_back(layer.zeroFraction);
        }
        const QString id = idOf(entry.function.kind());
        for (const auto& [part, values] :
             {std::pair{QStringLiteral(":mean"), mean}, std::pair{QStringLiteral(":variance"), variance},
              std::pair{QStringLiteral(":dead"), dead}, std::pair{QStringLiteral(":gradient"), gradient},
              std::pair{QStringLiteral(":zero-gradient"), zeroGradient}}) {
            const QString problem = mismatch(graphNamed(plot, id + part), values);
            if (!problem.isEmpty()) return problem;
        }
    }
    return {};
}

// What the view holds so far for each visible function is a prefix of the current settings'
// run: a layer of an older run (other network, other parameter) would differ.
QString drawnPrefixMismatch(const alab::PropagationView& view, const alab::CurveScene& scene) {
    for (const alab::SceneFunction& entry : scene.functions) {
        const std::vector<alab::LayerStatistics>* drawn = view.layers(entry.function.kind());
        if (!entry.visible || drawn == nullptr || drawn->empty()) continue;
        const alab::PropagationResult expected = alab::propagate(coreSettings(scene.propagation, entry.function));
        if (drawn->size() > expected.layers.size()) return QStringLiteral("more layers than the network has");
        for (std::size_t i = 0; i < drawn->size(); ++i) {
            if ((*drawn)[i].mean != expected.layers[i].mean || (*drawn)[i].variance != expected.layers[i].variance) {
                return QStringLiteral("%1 layer %2 is not the current run's")
                    .arg(idOf(entry.function.kind()))
                    .arg(i + 1);
            }
        }
    }
    return {};
}

}  // namespace

class TestGuiViews : public QObject {
    Q_OBJECT

public:
    static void initMain() { alab::test::prepareGuiTestEnvironment(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabsFollowActiveView();
    void histogramShowsCoreNumbers();
    void histogramFollowsParameterOnKeptSample();
    void histogramCaptionIsTrueAtEveryMu();
    void histogramSettingsUndo();
    void histogramSmallMultiples();
    void captionsFollowADragAtTenHertz();
    void propagationDrawsCoreResults();
    void propagationScrubberShowsUnitMeans();
    void propagationRefusesAbsurdRequest();
    void propagationStress();
    void propagationFinishesWithFullPensAndCaption();
    void propagationGainAndBiasControls();
    void propagationGradientsOfSigmoidAndRelu();
    void propagationCs231nExamples();
    void propagationUseTheVarianceKeepingGain();
    void meanMapShowsCoreFixedPointAndTrajectory();
    void meanMapOfATypedCurve();
    void meanMapOfATypedCurveBody();
    void meanMapSolveSetsSeluParameters();
    void viewsFollowTheme();
    void viewSettingsRoundTrip();

private:
    int visibleFunctionCount() {
        const auto& functions = controller().scene().functions;
        return static_cast<int>(std::count_if(functions.begin(), functions.end(),
                                              [](const alab::SceneFunction& entry) { return entry.visible; }));
    }
    alab::ExplorerController& controller() { return window_->controller(); }
    template <class W>
    W* child(const char* name) const {
        return window_->findChild<W*>(QString::fromLatin1(name));
    }

    std::unique_ptr<alab::MainWindow> window_;
};

void TestGuiViews::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Activation Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_views"));
    QVERIFY(QSettings().fileName().contains(QStringLiteral("qttest")));
}

void TestGuiViews::init() {
    QSettings().clear();
    window_ = std::make_unique<alab::MainWindow>();
    window_->resize(1280, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestGuiViews::cleanup() {
    window_.reset();
    QSettings().clear();
}

void TestGuiViews::tabsFollowActiveView() {
    auto* tabs = child<QTabWidget>("viewTabs");
    QVERIFY(tabs != nullptr);
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(controller().scene().activeView == alab::ViewId::Curves);

    tabs->setCurrentIndex(2);
    QVERIFY(controller().scene().activeView == alab::ViewId::Propagation);
    controller().setActiveView(alab::ViewId::MeanMap);
    QCOMPARE(tabs->currentIndex(), 3);
    QCOMPARE(tabs->currentWidget(), child<QWidget>("meanMapView"));
    controller().setActiveView(alab::ViewId::Histogram);
    QCOMPARE(tabs->currentWidget(), child<QWidget>("histogramView"));
    // Looking at another view is not an edit.
    QCOMPARE(controller().undoStack().count(), 0);
    // The side panel keeps the functions and the theme; the curve plot's own options leave.
    QVERIFY(child<QWidget>("viewGroup")->isHidden());
    QVERIFY(child<QWidget>("showDerivativesCheck")->isHidden());
    QVERIFY(!child<QWidget>("themeCombo")->isHidden());
    controller().setActiveView(alab::ViewId::Curves);
    QVERIFY(!child<QWidget>("viewGroup")->isHidden());
    QVERIFY(!child<QWidget>("showDerivativesCheck")->isHidden());
}

void TestGuiViews::histogramShowsCoreNumbers() {
    auto* view = child<alab::HistogramView>("histogramView");
    QVERIFY(view != nullptr);
    alab::HistogramViewSettings settings;
    settings.mu = 0.3;
    settings.sigma = 1.5;
    settings.sampleCount = 20'000;
    settings.seed = 7;
    settings.bins = 40;
    controller().setHistogramSettings(settings);
    controller().setActiveView(alab::ViewId::Histogram);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));

    const std::vector<double> z = alab::normalSample(settings.sampleCount, settings.mu, settings.sigma, settings.seed);
    auto* table = child<QTableWidget>("statisticsTable");
    QCOMPARE(table->rowCount(), visibleFunctionCount());
    QList<double> markEnds;
    const QString tableProblem = histogramTableMismatch(table, controller().scene());
    QVERIFY2(tableProblem.isEmpty(), qPrintable(tableProblem));
    for (const alab::SceneFunction& entry : controller().scene().functions) {
        if (!entry.visible) continue;
        const Activation& f = entry.function;
        const alab::ActivationHistogram expected =
            alab::histogramOfActivation(f, z, {.bins = settings.bins, .rangeLow = {}, .rangeHigh = {}});
        const alab::NormalMoments exact = alab::normalMoments(f, settings.mu, settings.sigma);
        QCPGraph* graph = graphNamed(view->customPlot(), idOf(f.kind()) + QStringLiteral(":histogram"));
        QVERIFY(graph != nullptr);
        const alab::Histogram& h = expected.histogram;
        QCOMPARE(graph->dataCount(), settings.bins + 1);
        for (int bin = 0; bin < settings.bins; ++bin) {
            QCOMPARE(graph->dataMainValue(bin), h.density(static_cast<std::size_t>(bin)));
            QCOMPARE(graph->dataMainKey(bin), h.low + bin * h.binWidth());
        }
        auto* sampleMean = view->customPlot()->findChild<QCPItemLine*>(idOf(f.kind()) + ":sample-mean");
        auto* exactMean = view->customPlot()->findChild<QCPItemLine*>(idOf(f.kind()) + ":exact-mean");
        QVERIFY(sampleMean != nullptr && exactMean != nullptr);
        QCOMPARE(sampleMean->start->coords().x(), expected.statistics.mean);
        QCOMPARE(sampleMean->end->coords().x(), expected.statistics.mean);
        QCOMPARE(exactMean->start->coords().x(), exact.mean);
        QVERIFY(exactMean->pen().style() == Qt::DashLine);
        QVERIFY(sampleMean->pen().style() == Qt::SolidLine);
        // The sample mean rises from the axis (ratio 1) and the exact mean hangs from the top (0); they
        // end at different heights, so two means that agree do not hide each other.
        QCOMPARE(sampleMean->start->coords().y(), 1.0);
        QCOMPARE(exactMean->start->coords().y(), 0.0);
        QVERIFY(sampleMean->end->coords().y() < 1.0 && exactMean->end->coords().y() > 0.0);
        QVERIFY(sampleMean->end->coords().y() != exactMean->end->coords().y());
        markEnds << sampleMean->end->coords().y() << exactMean->end->coords().y();
    }
    // Curves of one axis rect end their marks at different heights (ReLU's and Leaky ReLU's means
    // nearly agree): none of the first five visible curves shares a height with another.
    QCOMPARE(QSet<double>(markEnds.begin(), markEnds.begin() + std::min<qsizetype>(markEnds.size(), 10)).size(),
             std::min<qsizetype>(markEnds.size(), 10));
    // The clipped bin's note says what the bin holds: its range, and ReLU's exact zeros.
    auto* reluNote = view->customPlot()->findChild<QCPItemText*>(QStringLiteral("relu:clipped"));
    QVERIFY(reluNote != nullptr);
    QVERIFY2(reluNote->text().contains(QStringLiteral("of the samples in [")), qPrintable(reluNote->text()));
    QVERIFY2(reluNote->text().contains(QStringLiteral("exactly 0")), qPrintable(reluNote->text()));
    // The caption quotes the exact means the core gives.
    const QString caption = view->findChild<QLabel*>(QStringLiteral("captionLabel"))->text();
    const double reluMean = alab::normalMoments(Activation::relu(), settings.mu, settings.sigma).mean;
    QVERIFY2(caption.contains(QStringLiteral("ReLU ") + QString::number(reluMean, 'f', 3)), qPrintable(caption));
}

// The caption's notice claims only what the values bear out (issue 19: at mu = 1.49 it said "SELU
// stays closest to zero (1.653)").
void TestGuiViews::histogramCaptionIsTrueAtEveryMu() {
    auto* view = child<alab::HistogramView>("histogramView");
    controller().setActiveView(alab::ViewId::Histogram);
    for (const double mu : {-2.0, 0.0, 0.3, 1.49, 3.0}) {
        alab::HistogramViewSettings settings;
        settings.mu = mu;
        settings.sigma = 1.0;
        settings.sampleCount = 5'000;
        controller().setHistogramSettings(settings);
        QVERIFY(view->waitUntilIdle(kTimeoutMs));
        const QString caption = view->findChild<QLabel*>(QStringLiteral("captionLabel"))->text();
        double smallest = std::numeric_limits<double>::infinity(), largest = -smallest;
        for (const alab::SceneFunction& entry : controller().scene().functions) {
            if (!entry.visible) continue;
            const double mean = alab::normalMoments(entry.function, mu, 1.0).mean;
            smallest = std::min(smallest, std::abs(mean));
            largest = std::max(largest, mean);
        }
        QCOMPARE(caption.contains(QStringLiteral("stays close to zero")), smallest < 0.1);
        QCOMPARE(caption.contains(QStringLiteral("no mean is near zero")), smallest >= 0.1);
        QCOMPARE(caption.contains(QStringLiteral("bias shift")), largest > 0.1);
    }
}

void TestGuiViews::histogramFollowsParameterOnKeptSample() {
    auto* view = child<alab::HistogramView>("histogramView");
    alab::HistogramViewSettings settings;
    settings.sampleCount = 50'000;
    settings.seed = 3;
    controller().setHistogramSettings(settings);
    controller().setActiveView(alab::ViewId::Histogram);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const alab::HistogramResult* before = view->result(FunctionKind::Relu);
    QVERIFY(before != nullptr);
    const double reluMean = before->histogram.statistics.mean;

    // A drag: every step redraws ELU; the others keep their results.
    controller().beginParameterDrag(alab::Parameter::EluAlpha);
    for (const double alpha : {1.2, 1.5, 2.0}) controller().setParameter(alab::Parameter::EluAlpha, alpha);
    controller().endParameterDrag();
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const std::vector<double> z = alab::normalSample(settings.sampleCount, settings.mu, settings.sigma, settings.seed);
    const alab::ActivationHistogram expected =
        alab::histogramOfActivation(Activation::elu(2.0), z, {.bins = settings.bins, .rangeLow = {}, .rangeHigh = {}});
    const alab::HistogramResult* elu = view->result(FunctionKind::Elu);
    QVERIFY(elu != nullptr);
    QCOMPARE(elu->function, Activation::elu(2.0));
    QCOMPARE(elu->histogram.statistics.mean, expected.statistics.mean);
    QVERIFY(elu->histogram.histogram.counts == expected.histogram.counts);
    QCOMPARE(view->result(FunctionKind::Relu)->histogram.statistics.mean, reluMean);
    // The table's cells are updated in place: ELU's row has the new numbers, the others kept theirs.
    QString tableProblem = histogramTableMismatch(child<QTableWidget>("statisticsTable"), controller().scene());
    QVERIFY2(tableProblem.isEmpty(), qPrintable(tableProblem));

    // Hidden functions leave the table and the plot.
    const int shownBefore = child<QTableWidget>("statisticsTable")->rowCount();
    controller().setFunctionVisible(FunctionKind::Selu, false);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QVERIFY(graphNamed(view->customPlot(), QStringLiteral("selu:histogram")) == nullptr);
    QCOMPARE(child<QTableWidget>("statisticsTable")->rowCount(), shownBefore - 1);
    QCOMPARE(child<QTableWidget>("statisticsTable")->rowCount(), visibleFunctionCount());
    tableProblem = histogramTableMismatch(child<QTableWidget>("statisticsTable"), controller().scene());
    QVERIFY2(tableProblem.isEmpty(), qPrintable(tableProblem));
}

void TestGuiViews::histogramSettingsUndo() {
    alab::HistogramViewSettings settings = controller().scene().histogram;
    settings.bins = 55;
    controller().setHistogramSettings(settings);
    QCOMPARE(controller().scene().histogram.bins, 55);
    QCOMPARE(child<QSpinBox>("binsSpin")->value(), 55);
    controller().undoStack().undo();
    QCOMPARE(controller().scene().histogram.bins, alab::HistogramViewSettings{}.bins);
    QCOMPARE(child<QSpinBox>("binsSpin")->value(), alab::HistogramViewSettings{}.bins);

    // A slider drag of mu is one undo step.
    auto* slider = child<QSlider>("muSlider");
    slider->setSliderDown(true);
    controller().beginSettingsDrag();
    for (int v = 1; v <= 20; ++v) slider->setValue(v);
    controller().endSettingsDrag();
    slider->setSliderDown(false);
    QCOMPARE(controller().scene().histogram.mu, 0.2);
    QCOMPARE(child<QDoubleSpinBox>("muSpin")->value(), 0.2);
    const int steps = controller().undoStack().index();
    controller().undoStack().undo();
    QCOMPARE(controller().scene().histogram.mu, 0.0);
    QCOMPARE(controller().undoStack().index(), steps - 1);
}

void TestGuiViews::histogramSmallMultiples() {
    auto* view = child<alab::HistogramView>("histogramView");
    alab::HistogramViewSettings settings;
    settings.sampleCount = 10'000;
    settings.layout = alab::HistogramLayout::SmallMultiples;
    controller().setHistogramSettings(settings);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->customPlot()->axisRectCount(), visibleFunctionCount());
    // Each function in its own axes.
    QCPGraph* elu = graphNamed(view->customPlot(), QStringLiteral("elu:histogram"));
    QCPGraph* relu = graphNamed(view->customPlot(), QStringLiteral("relu:histogram"));
    QVERIFY(elu != nullptr && relu != nullptr);
    QVERIFY(elu->keyAxis()->axisRect() != relu->keyAxis()->axisRect());
    // Each title sits above its axes, in their margin, where it cannot cover a bin.
    view->customPlot()->replot();
    for (QCPGraph* graph : {elu, relu}) {
        const QString kind = graph->objectName().section(QLatin1Char(':'), 0, 0);
        auto* title = view->customPlot()->findChild<QCPItemText*>(kind + QStringLiteral(":title"));
        QVERIFY(title != nullptr);
        QCOMPARE(title->text(), graph->name());
        const QRect axes = graph->keyAxis()->axisRect()->rect();
        QVERIFY2(title->bottom->pixelPosition().y() <= axes.top(), qPrintable(kind));
        QVERIFY2(title->top->pixelPosition().y() >= axes.top() - graph->keyAxis()->axisRect()->margins().top(),
                 qPrintable(kind));
    }
    // In the Presentation theme's large fonts the short axes keep their tick labels apart
    // (before, ELU's density axis stacked eight labels into 90 px, each touching the next).
    controller().setActiveView(alab::ViewId::Histogram);
    controller().setTheme(alab::ThemeId::Presentation);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QTRY_COMPARE(tickLabelCrowding(view->customPlot()), QString());
    controller().setTheme(alab::ThemeId::Light);

    settings.layout = alab::HistogramLayout::Overlay;
    controller().setHistogramSettings(settings);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->customPlot()->axisRectCount(), 1);
}

// Laying out a caption's rich text costs more than a replot: while a slider is held the captions
// follow at most every ThrottledAction::kDragIntervalMs, and at once on release.
void TestGuiViews::captionsFollowADragAtTenHertz() {
    auto* view = child<alab::HistogramView>("histogramView");
    alab::HistogramViewSettings settings;
    settings.sampleCount = 20'000;
    controller().setHistogramSettings(settings);
    controller().setActiveView(alab::ViewId::Histogram);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QLabel* caption = view->findChild<QLabel*>(QStringLiteral("captionLabel"));
    const auto quotesEluMean = [&](double alpha) {
        const double mean = alab::normalMoments(Activation::elu(alpha), settings.mu, settings.sigma).mean;
        // The caption names each curve by its label, "ELU (α = 1.5)".
        return caption->text().contains(QString::fromStdString(Activation::elu(alpha).label()) + QStringLiteral(" ") +
                                        alab::formatFixed(mean, 3));
    };
    QVERIFY(quotesEluMean(1.0));
    auto* captionLabel = qobject_cast<alab::CaptionLabel*>(caption);
    QVERIFY(captionLabel != nullptr);
    QVERIFY(!captionLabel->held());
    controller().beginParameterDrag(alab::Parameter::EluAlpha);
    controller().setParameter(alab::Parameter::EluAlpha, 1.5);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));  // the histogram follows every step ...
    QCOMPARE(view->result(FunctionKind::Elu)->function, Activation::elu(1.5));
    if (!quotesEluMean(1.5)) {  // ... the caption within the interval (unless the machine was slower)
        QTRY_VERIFY_WITH_TIMEOUT(quotesEluMean(1.5), 10 * alab::ThrottledAction::kDragIntervalMs);
    }
    QElapsedTimer sinceStep;
    sinceStep.start();
    controller().setParameter(alab::Parameter::EluAlpha, 2.5);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->result(FunctionKind::Elu)->function, Activation::elu(2.5));
    // Drawn, but the caption waits for the interval (which a slow machine may have used up).
    if (sinceStep.elapsed() < alab::ThrottledAction::kDragIntervalMs) QVERIFY(!quotesEluMean(2.5));
    // Held during the drag: a new caption text does not lay the window out again.
    QVERIFY(captionLabel->held());
    controller().endParameterDrag();
    QVERIFY2(quotesEluMean(2.5), qPrintable(caption->text()));  // at once on release
    QVERIFY(!captionLabel->held());
}

void TestGuiViews::propagationDrawsCoreResults() {
    auto* view = child<alab::PropagationView>("propagationView");
    QVERIFY(view != nullptr);
    alab::PropagationViewSettings settings;
    settings.depth = 12;
    settings.width = 32;
    settings.batch = 64;
    settings.seed = 5;
    settings.init = alab::WeightInit::He;
    settings.selectedLayer = 12;
    controller().setPropagationSettings(settings);
    controller().setActiveView(alab::ViewId::Propagation);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const QString problem = propagationMismatch(view->customPlot(), controller().scene());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A parameter change reruns that function with the new value.
    controller().setParameter(alab::Parameter::EluAlpha, 0.5);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const QString after = propagationMismatch(view->customPlot(), controller().scene());
    QVERIFY2(after.isEmpty(), qPrintable(after));
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("messageLabel"))->isHidden());
}

void TestGuiViews::propagationScrubberShowsUnitMeans() {
    auto* view = child<alab::PropagationView>("propagationView");
    alab::PropagationViewSettings settings;
    settings.depth = 8;
    settings.width = 64;
    settings.batch = 100;
    settings.selectedLayer = 3;
    controller().setPropagationSettings(settings);
    controller().setActiveView(alab::ViewId::Propagation);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    child<QSlider>("layerSlider")->setValue(6);
    QCOMPARE(controller().scene().propagation.selectedLayer, 6);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    // The histogram at layer 6 bins the core's per-unit means of that layer.
    const alab::PropagationResult relu = alab::propagate(coreSettings(settings, Activation::relu()));
    const Eigen::VectorXd& means = relu.layers[5].unitMeans;
    QCPGraph* graph = graphNamed(view->customPlot(), QStringLiteral("relu:unit-means"));
    QVERIFY(graph != nullptr && graph->dataCount() > 1);
    double mass = 0.0;
    const double width = graph->dataMainKey(1) - graph->dataMainKey(0);
    for (int i = 0; i + 1 < graph->dataCount(); ++i) mass += graph->dataMainValue(i) * width;
    QVERIFY2(std::abs(mass - 1.0) < 1e-9, qPrintable(QString::number(mass, 'g', 17)));
    QVERIFY(graph->dataMainKey(0) <= means.minCoeff());
    QVERIFY(graph->dataMainKey(graph->dataCount() - 1) >= means.maxCoeff() - 1e-12);
    // ReLU's per-unit means are never negative: its bias shift.
    QVERIFY(means.minCoeff() >= 0.0);
}

void TestGuiViews::propagationRefusesAbsurdRequest() {
    auto* view = child<alab::PropagationView>("propagationView");
    alab::PropagationViewSettings settings;
    settings.depth = 200;
    settings.width = 1024;
    settings.batch = 1'000'000;
    controller().setPropagationSettings(settings);
    controller().setActiveView(alab::ViewId::Propagation);
    QVERIFY(view->waitUntilIdle(5000));  // refused at once: nothing runs
    auto* message = view->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Refused")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("GB")), qPrintable(message->text()));
    QCOMPARE(view->refusal(), message->text());
    QVERIFY(view->layers(FunctionKind::Selu) == nullptr);
    // A sensible batch runs again and clears the message.
    settings.depth = 3;
    settings.width = 16;
    settings.batch = 10;
    controller().setPropagationSettings(settings);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QVERIFY(message->isHidden());
    QCOMPARE(static_cast<int>(view->layers(FunctionKind::Selu)->size()), 3);
}

void TestGuiViews::propagationStress() {
    auto* view = child<alab::PropagationView>("propagationView");
    controller().setActiveView(alab::ViewId::Propagation);
    QRandomGenerator random(20261123);
    for (int i = 0; i < 1000; ++i) {
        const int what = random.bounded(4);
        if (what == 0) {
            controller().setParameter(alab::Parameter::EluAlpha, random.bounded(300) / 100.0);
        } else if (what == 1) {
            controller().setFunctionVisible(FunctionKind::LeakyRelu, random.bounded(2) == 0);
        } else {
            alab::PropagationViewSettings settings = controller().scene().propagation;
            settings.depth = 1 + random.bounded(40);
            settings.width = 16 + random.bounded(112);
            settings.batch = 1 + random.bounded(200);
            settings.seed = random.bounded(1000);
            settings.init = alab::allWeightInits()[random.bounded(3)];
            settings.selectedLayer = 1 + random.bounded(settings.depth);
            controller().setPropagationSettings(settings);
        }
        // Now and then let some results arrive, so that stale ones meet newer requests; what is
        // drawn then must belong to the newest request.
        if (random.bounded(8) == 0) {
            QCoreApplication::processEvents();
            const QString stale = drawnPrefixMismatch(*view, controller().scene());
            QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(i).arg(stale)));
        }
    }
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const QString problem = propagationMismatch(view->customPlot(), controller().scene());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Layers stream in with 1 px pens and a caption at 10 Hz (a wide pen is stroked as a polygon);
// the finished run is drawn with the theme's pens and a caption that quotes its last layer.
void TestGuiViews::propagationFinishesWithFullPensAndCaption() {
    auto* view = child<alab::PropagationView>("propagationView");
    alab::PropagationViewSettings settings;
    settings.depth = 40;
    settings.width = 64;
    settings.batch = 128;
    controller().setPropagationSettings(settings);
    controller().setActiveView(alab::ViewId::Propagation);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const alab::Theme theme = alab::Theme::get(controller().scene().theme);
    for (const alab::SceneFunction& entry : controller().scene().functions) {
        if (!entry.visible) continue;
        QCPGraph* mean = graphNamed(view->customPlot(), idOf(entry.function.kind()) + QStringLiteral(":mean"));
        QVERIFY(mean != nullptr);
        QCOMPARE(mean->pen().widthF(), theme.penWidth);
        QVERIFY(theme.penWidth > theme.dragPenWidth);  // else this test could not tell them apart
    }
    const QString caption = view->findChild<QLabel*>(QStringLiteral("captionLabel"))->text();
    QVERIFY2(caption.contains(QStringLiteral("Layer 40")), qPrintable(caption));
}

// The gain and bias std spin boxes edit the scene (one undo step each), the run follows, and the
// spin boxes cannot give a gain of 0 or a negative bias std.
void TestGuiViews::propagationGainAndBiasControls() {
    auto* view = child<alab::PropagationView>("propagationView");
    alab::PropagationViewSettings settings;
    settings.depth = 6;
    settings.width = 32;
    settings.batch = 50;
    settings.selectedLayer = 6;
    controller().setPropagationSettings(settings);
    controller().setActiveView(alab::ViewId::Propagation);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    auto* gain = child<QDoubleSpinBox>("gainSpin");
    auto* bias = child<QDoubleSpinBox>("biasStdSpin");
    QCOMPARE(gain->value(), 1.0);
    QCOMPARE(bias->value(), 0.0);
    const std::vector<alab::LayerStatistics> before = *view->layers(FunctionKind::Relu);

    gain->setValue(0.5);
    QCOMPARE(controller().scene().propagation.gain, 0.5);
    bias->setValue(0.25);
    QCOMPARE(controller().scene().propagation.biasStd, 0.25);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->drawnSettings().gain, 0.5);
    QCOMPARE(view->drawnSettings().biasStd, 0.25);
    const QString problem = propagationMismatch(view->customPlot(), controller().scene());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(view->layers(FunctionKind::Relu)->back().variance != before.back().variance);
    const QString caption = view->findChild<QLabel*>(QStringLiteral("captionLabel"))->text();
    QVERIFY2(caption.contains(QStringLiteral("gain 0.5")), qPrintable(caption));

    // Refused values: the spin boxes clamp, the scene never holds 0 or a negative value.
    gain->setValue(0.0);
    QCOMPARE(controller().scene().propagation.gain, alab::PropagationViewSettings::kMinGain);
    bias->setValue(-1.0);
    QCOMPARE(controller().scene().propagation.biasStd, 0.0);

    // Each edit is one undo step.
    controller().undoStack().undo();  // bias -1 (clamped to 0)
    QCOMPARE(controller().scene().propagation.biasStd, 0.25);
    controller().undoStack().undo();  // gain 0 (clamped)
    QCOMPARE(controller().scene().propagation.gain, 0.5);
    controller().undoStack().undo();
    controller().undoStack().undo();
    QCOMPARE(controller().scene().propagation.gain, 1.0);
    QCOMPARE(controller().scene().propagation.biasStd, 0.0);
    QCOMPARE(gain->value(), 1.0);
    QCOMPARE(bias->value(), 0.0);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->layers(FunctionKind::Relu)->back().variance, before.back().variance);
}

// The lecturer's picture: sigmoid's gradient vanishes toward the input, ReLU's with He weights
// keeps its size; both are drawn on the log axis as the core computes them.
void TestGuiViews::propagationGradientsOfSigmoidAndRelu() {
    auto* view = child<alab::PropagationView>("propagationView");
    for (const alab::SceneFunction& entry : controller().scene().functions) {
        controller().setFunctionVisible(entry.function.kind(), entry.function.kind() == FunctionKind::Sigmoid ||
                                                                   entry.function.kind() == FunctionKind::Relu);
    }
    alab::PropagationViewSettings settings;
    settings.depth = 20;
    settings.width = 128;
    settings.batch = 200;
    settings.init = alab::WeightInit::He;
    settings.selectedLayer = 20;
    controller().setPropagationSettings(settings);
    controller().setActiveView(alab::ViewId::Propagation);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const QString problem = propagationMismatch(view->customPlot(), controller().scene());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const std::vector<alab::GradientStatistics> sigmoid = view->gradients(FunctionKind::Sigmoid);
    const std::vector<alab::GradientStatistics> relu = view->gradients(FunctionKind::Relu);
    QCOMPARE(static_cast<int>(sigmoid.size()), 20);
    QCOMPARE(static_cast<int>(relu.size()), 20);
    QVERIFY(sigmoid.front().meanSquare < 1e-6 * sigmoid.back().meanSquare);
    QVERIFY(relu.front().meanSquare > 0.3 * relu.back().meanSquare);
    QVERIFY(relu.front().meanSquare < 3.0 * relu.back().meanSquare);
    QCPGraph* graph = graphNamed(view->customPlot(), QStringLiteral("sigmoid:gradient"));
    QVERIFY(graph != nullptr);
    QCOMPARE(graph->valueAxis()->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(graph->valueAxis()->range().lower <= sigmoid.front().meanSquare);
    QVERIFY(graph->valueAxis()->range().upper >= relu.back().meanSquare);
    const QString caption = view->findChild<QLabel*>(QStringLiteral("captionLabel"))->text();
    QVERIFY2(caption.contains(QStringLiteral("Gradient")), qPrintable(caption));
}

// CS231n's three cases, as the example scenes ship them: 10 tanh layers of 500 units.
void TestGuiViews::propagationCs231nExamples() {
    auto* view = child<alab::PropagationView>("propagationView");
    const auto open = [&](const char* name) -> std::vector<alab::LayerStatistics> {
        const alab::SceneReadResult read = alab::readSceneFile(QStringLiteral(":/scenes/") + QLatin1String(name));
        if (!read.scene) return {};
        controller().setScene(*read.scene);
        if (!view->waitUntilIdle(kTimeoutMs)) return {};
        const std::vector<alab::LayerStatistics>* layers = view->layers(FunctionKind::Tanh);
        return layers != nullptr ? *layers : std::vector<alab::LayerStatistics>{};
    };
    // Collapse: 0.01 randn, gain 0.2236 on LeCun: the variance falls 20x per layer.
    const std::vector<alab::LayerStatistics> collapse = open("cs231n-collapse.alab");
    QCOMPARE(static_cast<int>(collapse.size()), 10);
    QVERIFY(view->isVisible());  // the scene's active view
    QCOMPARE(view->drawnSettings().width, 500);
    for (std::size_t i = 1; i < collapse.size(); ++i) {
        const double ratio = collapse[i - 1].variance / collapse[i].variance;
        QVERIFY2(ratio > 18.5 && ratio < 21.5, qPrintable(QString::number(ratio)));
    }
    const std::vector<alab::GradientStatistics> collapsing = view->gradients(FunctionKind::Tanh);
    QVERIFY(collapsing.front().meanSquare < 1e-10 * collapsing.back().meanSquare);
    // Saturation: 1.0 randn: the units sit at -1 or +1, the variance near 1 at every layer.
    const std::vector<alab::LayerStatistics> saturated = open("cs231n-saturation.alab");
    QCOMPARE(static_cast<int>(saturated.size()), 10);
    for (const alab::LayerStatistics& layer : saturated) QVERIFY(layer.variance > 0.9);
    const std::vector<alab::GradientStatistics> exploding = view->gradients(FunctionKind::Tanh);
    QVERIFY(exploding.front().meanSquare > 1e6 * exploding.back().meanSquare);
    // Xavier/LeCun: the variance shrinks slowly, the gradient keeps its order of magnitude.
    const std::vector<alab::LayerStatistics> xavier = open("cs231n-xavier.alab");
    QCOMPARE(static_cast<int>(xavier.size()), 10);
    QVERIFY(xavier.back().variance > 0.02 && xavier.front().variance < 0.5);
    const std::vector<alab::GradientStatistics> kept = view->gradients(FunctionKind::Tanh);
    QVERIFY(kept.front().meanSquare > 0.05 * kept.back().meanSquare);
}

// The variance-keeping gain of the chosen curve, beside PyTorch's where it has one; "Use this
// gain" sets Gain to it exactly (one undo step), and is disabled while Gain already is.
void TestGuiViews::propagationUseTheVarianceKeepingGain() {
    auto* view = child<alab::PropagationView>("propagationView");
    controller().setFunctionVisible(FunctionKind::Tanh, true);
    controller().setActiveView(alab::ViewId::Propagation);
    alab::PropagationViewSettings settings;
    settings.depth = 4;
    settings.width = 32;
    settings.batch = 20;
    settings.selectedLayer = 4;
    controller().setPropagationSettings(settings);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    auto* combo = child<QComboBox>("varianceGainCurveCombo");
    auto* label = child<QLabel>("varianceGainValueLabel");
    auto* button = child<QPushButton>("useGainButton");
    // ELU, SELU, ReLU, Leaky ReLU and tanh, in scene order.
    QCOMPARE(combo->count(), 5);
    const auto choose = [&](FunctionKind kind) {
        const alab::SceneFunction* entry = controller().scene().find(kind);
        combo->setCurrentIndex(combo->findData(QVariant::fromValue(static_cast<qulonglong>(entry->id))));
    };
    choose(FunctionKind::Relu);
    QVERIFY2(label->text().contains(QStringLiteral("1.4142")), qPrintable(label->text()));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(controller().scene().propagation.gain, std::sqrt(2.0));  // exactly He's
    QVERIFY(!button->isEnabled());
    QCOMPARE(child<QDoubleSpinBox>("gainSpin")->value(), 1.4142);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->drawnSettings().gain, std::sqrt(2.0));

    choose(FunctionKind::Tanh);
    QVERIFY2(label->text().contains(alab::formatNumber(alab::varianceKeepingGain(Activation::tanh()), 5)),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(alab::formatNumber(5.0 / 3.0, 5)), qPrintable(label->text()));  // PyTorch's
    choose(FunctionKind::Elu);
    QVERIFY2(label->text().contains(QStringLiteral("PyTorch: none")), qPrintable(label->text()));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(controller().scene().propagation.gain, alab::varianceKeepingGain(Activation::elu()));
    controller().undoStack().undo();
    QCOMPARE(controller().scene().propagation.gain, std::sqrt(2.0));
    // The chosen curve stays chosen when the scene changes, and follows its parameters.
    controller().setParameter(alab::Parameter::EluAlpha, 0.5);
    QCOMPARE(combo->currentText(), QString::fromStdString(Activation::elu(0.5).label()));
    QVERIFY2(label->text().contains(alab::formatNumber(alab::varianceKeepingGain(Activation::elu(0.5)), 5)),
             qPrintable(label->text()));
}

void TestGuiViews::meanMapShowsCoreFixedPointAndTrajectory() {
    auto* view = child<alab::MeanMapView>("meanMapView");
    QVERIFY(view != nullptr);
    controller().setActiveView(alab::ViewId::MeanMap);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCPGraph* fixed = graphNamed(view->customPlot(), QStringLiteral("fixed-point"));
    QVERIFY(fixed != nullptr);
    const alab::SeluFixedPointResult expected = alab::seluFixedPoint({});
    QVERIFY(expected.point.has_value());
    QCOMPARE(fixed->dataCount(), 1);
    QCOMPARE(fixed->dataMainKey(0), expected.point->mean);
    QCOMPARE(fixed->dataMainValue(0), expected.point->variance);

    // A click sets the start of the trajectory; the iterates are the core's map applied again and again.
    QCustomPlot* plot = view->customPlot();
    const QPoint click(static_cast<int>(plot->xAxis->coordToPixel(0.5)),
                       static_cast<int>(plot->yAxis->coordToPixel(2.0)));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, click);
    QVERIFY(controller().scene().meanMap.trajectoryStart.has_value());
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const alab::MeanVariance start = *controller().scene().meanMap.trajectoryStart;
    QVERIFY(std::abs(start.mean - 0.5) < 0.02 && std::abs(start.variance - 2.0) < 0.02);
    const std::vector<alab::MeanVariance>& trajectory = view->trajectory();
    QVERIFY(trajectory.size() > 5);
    QCOMPARE(trajectory.front(), start);
    alab::MeanVariance point = start;
    for (std::size_t i = 1; i < trajectory.size(); ++i) {
        point = alab::seluMap(point, {});
        QCOMPARE(trajectory[i], point);
    }
    // Iterates approach the fixed point (0, 1).
    QVERIFY(std::abs(trajectory.back().variance - 1.0) < 0.05);

    // The SELU lambda slider moves the fixed point live.
    controller().setParameter(alab::Parameter::SeluLambda, 1.1);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    const alab::SeluFixedPointResult moved = alab::seluFixedPoint({alab::kSeluAlpha, 1.1, 0.0, 1.0});
    QCOMPARE(fixed->dataMainValue(0), moved.point->variance);
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("captionLabel"))->text().contains(QStringLiteral("attracts")));

    // A start outside the usual window (as the shipped SELU scene has, at (1.5, 3)) widens the
    // plane so that it and the arrows around it are drawn; a start inside leaves the window as it was.
    alab::MeanMapViewSettings far = controller().scene().meanMap;
    far.trajectoryStart = alab::MeanVariance{1.5, 3.0};
    controller().setMeanMapSettings(far);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QVERIFY2(plot->xAxis->range().contains(1.5) && plot->yAxis->range().contains(3.0),
             qPrintable(QStringLiteral("mu %1..%2, nu %3..%4")
                            .arg(plot->xAxis->range().lower)
                            .arg(plot->xAxis->range().upper)
                            .arg(plot->yAxis->range().lower)
                            .arg(plot->yAxis->range().upper)));
    QCPGraph* tails = plot->graph(0);
    double farthestTail = 0.0;
    for (int i = 0; i < tails->dataCount(); ++i) farthestTail = std::max(farthestTail, tails->dataMainKey(i));
    QVERIFY(farthestTail > 1.2);
    far.trajectoryStart = alab::MeanVariance{0.5, 2.0};
    controller().setMeanMapSettings(far);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(plot->xAxis->range().lower, alab::MeanMapView::kMuMin);
    QCOMPARE(plot->yAxis->range().upper, alab::MeanMapView::kNuMax);
}

// With ALAB_SCREENSHOT_DIR set, views the tests drive are saved there to be looked at.
static void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("ALAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    widget->resize(1100, 700);
    QCoreApplication::processEvents();
    if (auto* view = qobject_cast<alab::MeanMapView*>(widget)) view->customPlot()->replot();
    alab::test::saveScreenshotIfAsked(widget, name);
}

void TestGuiViews::meanMapOfATypedCurve() {
    try {
        meanMapOfATypedCurveBody();
    } catch (const std::exception& error) {
        QFAIL(error.what());
    }
}

void TestGuiViews::meanMapOfATypedCurveBody() {
    auto* view = child<alab::MeanMapView>("meanMapView");
    controller().setActiveView(alab::ViewId::MeanMap);
    auto* combo = child<QComboBox>("curveCombo");
    // SELU is the default, as before the map took every curve.
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QVERIFY(view->chosenCurve() != nullptr);
    QCOMPARE(view->chosenCurve()->function.kind(), FunctionKind::Selu);
    QVERIFY(child<QPushButton>("solveButton")->isEnabled());

    const alab::CurveId id =
        controller().addTypedCurve(Activation::typed(alab::TypedFunction::create("twotanh", "2*tanh(x)")));
    const int index = combo->findData(QVariant::fromValue(static_cast<qulonglong>(id)));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->chosenCurve()->id, id);
    QVERIFY(!child<QPushButton>("solveButton")->isEnabled());
    // The fixed point users of other tools reported, drawn where the core puts it.
    QVERIFY2(view->fixedPoint().point.has_value(), view->fixedPoint().message.c_str());
    QVERIFY(std::abs(view->fixedPoint().point->variance - 2.1214735682) < 1e-9);
    QCPGraph* fixed = graphNamed(view->customPlot(), QStringLiteral("fixed-point"));
    QCOMPARE(fixed->dataMainValue(0), view->fixedPoint().point->variance);
    // The arrows are the core's map of that curve.
    QCPGraph* tails = view->customPlot()->graph(0);
    QVERIFY(tails->dataCount() > 100);
    QTRY_VERIFY_WITH_TIMEOUT(
        view->findChild<QLabel*>(QStringLiteral("captionLabel"))->text().contains(QStringLiteral("twotanh")),
        kTimeoutMs);
    saveScreenshot(view, QStringLiteral("meanmap-typed-2tanh"));
    const alab::SceneFunction* tanhCurve = controller().scene().find(FunctionKind::Tanh);
    QVERIFY(tanhCurve != nullptr);
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(static_cast<qulonglong>(tanhCurve->id))));
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->fixedPoint().status, alab::FixedPointStatus::VarianceCollapses);
    QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QLabel*>(QStringLiteral("captionLabel"))
                                 ->text()
                                 .contains(QStringLiteral("the variance collapses")),
                             kTimeoutMs);
    saveScreenshot(view, QStringLiteral("meanmap-tanh"));

    // A function whose moments exist only for nu tau < 1/4: the search says so, without a hang.
    const alab::CurveId bad =
        controller().addTypedCurve(Activation::typed(alab::TypedFunction::create("", "exp(x^2)")));
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(static_cast<qulonglong>(bad))));
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QCOMPARE(view->fixedPoint().status, alab::FixedPointStatus::MomentsUndefined);
    QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QLabel*>(QStringLiteral("captionLabel"))
                                 ->text()
                                 .contains(QStringLiteral("the moments do not exist")),
                             kTimeoutMs);
    controller().undoStack().undo();
    controller().undoStack().undo();
}

void TestGuiViews::meanMapSolveSetsSeluParameters() {
    controller().setActiveView(alab::ViewId::MeanMap);
    auto* mu = child<QDoubleSpinBox>("targetMuSpin");
    auto* nu = child<QDoubleSpinBox>("targetNuSpin");
    mu->setValue(0.0);
    nu->setValue(1.5);
    QTest::mouseClick(child<QPushButton>("solveButton"), Qt::LeftButton);
    const alab::SeluSolveResult expected = alab::solveSeluParameters({0.0, 1.5});
    QVERIFY(expected.parameters.has_value());
    QCOMPARE(controller().scene().parameter(alab::Parameter::SeluAlpha), expected.parameters->alpha);
    QCOMPARE(controller().scene().parameter(alab::Parameter::SeluLambda), expected.parameters->lambda);
    QCOMPARE(controller().scene().meanMap.solveTarget, (alab::MeanVariance{0.0, 1.5}));
    // The fixed point drawn is now the target.
    auto* view = child<alab::MeanMapView>("meanMapView");
    QVERIFY(view->waitUntilIdle(kTimeoutMs));
    QVERIFY(view->fixedPoint().point.has_value());
    QVERIFY(std::abs(view->fixedPoint().point->variance - 1.5) < 1e-9);
    // One undo step restores both constants (the target stays: it is an input, not a result).
    controller().undoStack().undo();
    QCOMPARE(controller().scene().parameter(alab::Parameter::SeluAlpha), alab::kSeluAlpha);
    QCOMPARE(controller().scene().parameter(alab::Parameter::SeluLambda), alab::kSeluLambda);
}

void TestGuiViews::viewsFollowTheme() {
    for (const alab::ThemeId id : alab::allThemes()) {
        controller().setTheme(id);
        const alab::Theme theme = alab::Theme::get(id);
        const QCustomPlot* plots[] = {child<alab::HistogramView>("histogramView")->customPlot(),
                                      child<alab::PropagationView>("propagationView")->customPlot(),
                                      child<alab::MeanMapView>("meanMapView")->customPlot()};
        for (const QCustomPlot* plot : plots) {
            for (QCPAxisRect* rect : plot->axisRects()) {
                QCOMPARE(rect->axis(QCPAxis::atBottom)->tickLabelColor(), theme.foreground);
                QCOMPARE(rect->axis(QCPAxis::atBottom)->tickLabelFont().pointSize(), theme.tickFontPointSize);
            }
        }
    }
}

void TestGuiViews::viewSettingsRoundTrip() {
    alab::CurveScene scene;
    scene.activeView = alab::ViewId::Propagation;
    scene.histogram.mu = -0.25;
    scene.histogram.sigma = 2.5;
    scene.histogram.sampleCount = 12'345;
    scene.histogram.seed = 99;
    scene.histogram.bins = 77;
    scene.histogram.layout = alab::HistogramLayout::SmallMultiples;
    scene.propagation.depth = 120;
    scene.propagation.width = 512;
    scene.propagation.batch = 2000;
    scene.propagation.init = alab::WeightInit::Glorot;
    scene.propagation.seed = 4;
    scene.propagation.selectedLayer = 100;
    scene.propagation.logVariance = true;
    scene.propagation.gain = 1.4142135623730951;  // kept exactly, though the spin box shows 4 decimals
    scene.propagation.biasStd = 0.125;
    scene.meanMap.omega = 0.5;
    scene.meanMap.tau = 1.25;
    scene.meanMap.trajectoryStart = alab::MeanVariance{0.3, 1.7};
    scene.meanMap.solveTarget = {0.1, 1.2};
    QSettings settings;
    alab::writeSceneSettings(settings, scene);
    QVERIFY(alab::readSceneSettings(settings) == scene);
    // The view range and a 64-bit seed come back too (issue 19: both were lost).
    scene.view = {-2.5, 7.25, false, -0.125, 3.5};
    scene.histogram.seed = 18446744073709551557ULL;
    alab::writeSceneSettings(settings, scene);
    QVERIFY(alab::readSceneSettings(settings) == scene);
    // A document the scene reader refuses (a value beyond a control's range) gives the default
    // scene, not half of the stored one.
    QString document = settings.value(QStringLiteral("scene/document")).toString();
    document.replace(QStringLiteral("\"bins\": 77"), QStringLiteral("\"bins\": 5"));
    QVERIFY(document.contains(QStringLiteral("\"bins\": 5")));
    settings.setValue(QStringLiteral("scene/document"), document);
    QVERIFY(alab::readSceneSettings(settings) == alab::CurveScene{});
    settings.setValue(QStringLiteral("scene/document"), QStringLiteral("{\"format\": 1"));
    QVERIFY(alab::readSceneSettings(settings) == alab::CurveScene{});
}

QTEST_MAIN(TestGuiViews)
#include "test_gui_views.moc"
