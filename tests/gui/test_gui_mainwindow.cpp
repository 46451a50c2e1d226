// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window offscreen: panels, through the controller, to the graphs in the
// QCustomPlot; undo, themes, the crosshair readout and the settings round trip.

#include "curveplot.h"
#include "exportdialog.h"
#include "familydialog.h"
#include "formulapanel.h"
#include "mainwindow.h"
#include "newfunctiondialog.h"
#include "numberformat.h"
#include "parameterpanel.h"
#include "scenecode.h"
#include "theme.h"
#include "throttledaction.h"

#include "gui_test_environment.h"

#include <qcustomplot.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cmath>
#include <limits>
#include <memory>

Q_DECLARE_METATYPE(alab::Activation)
Q_DECLARE_METATYPE(alab::Parameter)
Q_DECLARE_METATYPE(alab::ThemeId)

namespace {

using alab::Activation;
using alab::FunctionKind;
using alab::Parameter;

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

int graphsWithPrefix(QCustomPlot* plot, const QString& prefix) {
    int count = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName().startsWith(prefix)) ++count;
    }
    return count;
}

int derivativeGraphCount(QCustomPlot* plot) {
    int count = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName().contains(QStringLiteral(":derivative"))) ++count;
    }
    return count;
}

// |a - b| within `ulps` units in the last place of the larger magnitude. Near zero an
// absolute floor of the smallest normal keeps 0 vs 1e-320 from failing.
bool closeUlps(double a, double b, double ulps) {
    const double scale = std::max(std::abs(a), std::abs(b));
    const double tolerance =
        std::max(ulps * std::numeric_limits<double>::epsilon() * scale, std::numeric_limits<double>::min());
    return std::abs(a - b) <= tolerance;
}

Eigen::ArrayXd keysOf(const QCPGraph* graph) {
    Eigen::ArrayXd keys(graph->dataCount());
    for (int i = 0; i < graph->dataCount(); ++i) keys(i) = graph->dataMainKey(i);
    return keys;
}

// The graph holds exactly what the core's array path gives for its keys, and within 2 ulp
// of the scalar path. `skipZero` leaves out x = 0, where a split f' ends at a one-sided limit.
QString mismatchWithCore(const QCPGraph* graph, const Activation& f, bool derivative, bool skipZero = false) {
    if (graph == nullptr) return QStringLiteral("no graph");
    const Eigen::ArrayXd keys = keysOf(graph);
    const Eigen::ArrayXd expected = derivative ? f.derivatives(keys) : f.values(keys);
    for (int i = 0; i < graph->dataCount(); ++i) {
        const double x = keys(i);
        if (skipZero && x == 0.0) continue;
        const double plotted = graph->dataMainValue(i);
        const double scalar = derivative ? f.derivative(x) : f.value(x);
        if (plotted != expected(i) || !closeUlps(plotted, scalar, 2)) {
            return QStringLiteral("%1 at x = %2: plot %3, core %4")
                .arg(graph->objectName())
                .arg(x, 0, 'g', 17)
                .arg(plotted, 0, 'g', 17)
                .arg(expected(i), 0, 'g', 17);
        }
    }
    return {};
}

// "eluAlpha", "leakySlope", "softplusThreshold": the stem of a parameter row's widgets.
QString rowName(Parameter p) { return alab::ParameterPanel::rowName(p); }

// One wheel step (120 = one notch; positive zooms in) at `pos` of `plot`.
void sendWheel(QCustomPlot* plot, QPointF pos, int delta) {
    QWheelEvent wheel(pos, plot->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
}

void sendMouseMove(QCustomPlot* plot, QPointF pos) {
    QMouseEvent move(QEvent::MouseMove, pos, plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
}

}  // namespace

class TestGuiMainWindow : public QObject {
    Q_OBJECT

public:
    static void initMain() { alab::test::prepareGuiTestEnvironment(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowConstructs();
    void everyVisibleFunctionHasGraphs();
    void uncheckingHidesThatFunction();
    void derivativesToggle();
    void jumpMarkers_data();
    void jumpMarkers();
    void curveDataMatchesCore_data();
    void curveDataMatchesCore();
    void reluGraphAtKnownPoints();
    void panelFollowsController();

    void sliderChangesPlotToCore_data();
    void sliderChangesPlotToCore();
    void sliderDragIsOneUndoStep();
    void keyboardStepsTheSlider();
    void spinBoxBeyondSliderRange();
    void resetButtons();
    void eluJumpAppearsUnlessAlphaIsOne();
    void visibilityUndoRedo();
    void draggingUsesThinPens();
    void themeSwitchApplies_data();
    void themeSwitchApplies();
    void asymptotes();
    void separateDerivativePlot();
    void crosshairReadoutMatchesCore_data();
    void crosshairReadoutMatchesCore();
    void mouseMoveShowsReadout();
    void wheelZoomAndHome();
    void wheelZoomOutStopsAtLimit();
    void wheelZoomInStopsAtLimit();
    void keyboardPansAndZooms();
    void controlsHaveAccessibleNames();
    void readoutFollowsViewChange();
    void statusHintFollowsActiveTab();
    void axisRangesEditable();
    void formulaPanel();
    void duplicatedCurveHasItsOwnParameters();
    void removeAndMoveAreUndoable();
    void familyOfFourEluCurves();
    void familyDialogMakesCurvesInOneStep();
    void newFunctionDialogAddsATypedCurve();
    void sixteenCurvesKeepTheWindowSize();
    void formulaFollowsADragAtTenHertz();
    void settingsRoundTrip();
    void compareMenuAddsGelu();
    void comparisonCurvesHaveDistinctStyles();
    void parameterRowsFollowVisibility();
    void comparisonParametersReachTheCore_data();
    void comparisonParametersReachTheCore();
    void comparisonSettingsRoundTrip();
    void windowShortcutsWorkFromSpinBoxesAndCombos();
    void ctrlTabSwitchesViewsFromAnyFocus();
    void shortcutsActOnTheValueBeingTyped();
    void untickingLeavesWhatIsUnderThePointer();
    void spinBoxesReadScientificNotationAndRefuseOutOfRange();
    void fitYFieldsShowTheFittedRange();
    void noUpperLineForANegativeAlpha();
    void copyAsCodePutsTheModuleOnTheClipboard_data();
    void copyAsCodePutsTheModuleOnTheClipboard();

private:
    QCustomPlot* plot() const { return window_->findChild<QCustomPlot*>(QStringLiteral("curvePlotCanvas")); }
    alab::CurvePlot* curvePlot() const { return window_->findChild<alab::CurvePlot*>(QStringLiteral("curvePlot")); }
    template <class W>
    W* child(const QString& name) const {
        W* widget = window_->findChild<W*>(name);
        if (widget == nullptr) qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QCheckBox* check(const char* name) const { return child<QCheckBox>(QLatin1String(name)); }
    QSlider* slider(Parameter p) const { return child<QSlider>(rowName(p) + QStringLiteral("Slider")); }
    QDoubleSpinBox* spin(Parameter p) const { return child<QDoubleSpinBox>(rowName(p) + QStringLiteral("Spin")); }
    double param(Parameter p) const { return window_->controller().scene().parameter(p); }
    QUndoStack& undo() const { return window_->controller().undoStack(); }

    std::unique_ptr<alab::MainWindow> window_;
};

void TestGuiMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Activation Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_mainwindow"));
    // Test mode keeps these settings away from the user's own.
    QVERIFY(QSettings().fileName().contains(QStringLiteral("qttest")));
}

void TestGuiMainWindow::init() {
    QSettings().clear();
    window_ = std::make_unique<alab::MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestGuiMainWindow::cleanup() {
    window_.reset();
    QSettings().clear();
}

void TestGuiMainWindow::windowConstructs() {
    QCOMPARE(window_->windowTitle(), QStringLiteral("Untitled[*] \u2014 Activation Lab"));
    QVERIFY(plot() != nullptr);
    QVERIFY(curvePlot() != nullptr);
    for (const char* name : {"eluCheck", "seluCheck", "reluCheck", "leakyReluCheck", "showDerivativesCheck"}) {
        QVERIFY2(check(name) != nullptr, name);
        QVERIFY2(check(name)->isChecked(), name);
    }
    QCOMPARE(check("leakyReluCheck")->text(), QStringLiteral("Leaky ReLU"));
    QCOMPARE(plot()->xAxis->label(), QStringLiteral("x"));
    QCOMPARE(plot()->yAxis->label(), QStringLiteral("f(x), f\u2032(x)"));
    QCOMPARE(plot()->xAxis->range().lower, -5.0);
    QCOMPARE(plot()->xAxis->range().upper, 5.0);
    for (const Parameter p : alab::allParameters()) {
        QVERIFY(slider(p) != nullptr);
        QVERIFY(spin(p) != nullptr);
        QVERIFY(!slider(p)->toolTip().isEmpty());
        QCOMPARE(spin(p)->value(), param(p));  // every bit: SELU's alpha is not 1.6733
    }
    QCOMPARE(slider(Parameter::EluAlpha)->minimum(), 0);
    QCOMPARE(slider(Parameter::EluAlpha)->maximum(), 300);
    QCOMPARE(slider(Parameter::SeluLambda)->minimum(), 50);
    QCOMPARE(slider(Parameter::SeluLambda)->maximum(), 200);
    QCOMPARE(slider(Parameter::LeakySlope)->maximum(), 100);
    QCOMPARE(spin(Parameter::SeluAlpha)->text(), QStringLiteral("1.67326"));
    // Defaults from the core.
    QCOMPARE(param(Parameter::EluAlpha), 1.0);
    QCOMPARE(param(Parameter::SeluAlpha), alab::kSeluAlpha);
    QCOMPARE(param(Parameter::SeluLambda), alab::kSeluLambda);
    QCOMPARE(param(Parameter::LeakySlope), 0.01);
}

void TestGuiMainWindow::everyVisibleFunctionHasGraphs() {
    const int samples = curvePlot()->sampleCount();
    // About one sample per horizontal pixel.
    QVERIFY(samples >= 256);
    QVERIFY(samples <= plot()->width() + 1 || samples == 257);
    for (const FunctionKind kind : alab::defaultVisibleKinds()) {
        QCPGraph* value = graphNamed(plot(), idOf(kind) + QStringLiteral(":value"));
        QVERIFY2(value != nullptr, qPrintable(idOf(kind)));
        QCOMPARE(value->dataCount(), samples);
        QCOMPARE(value->pen().style(), Qt::SolidLine);
        QVERIFY(value->antialiased());
        QVERIFY(value->adaptiveSampling());
    }
    // The comparison family is in the scene but not drawn until chosen.
    QCOMPARE(window_->controller().scene().functions.size(), alab::allFunctionKinds().size());
    for (const FunctionKind kind : alab::allFunctionKinds()) {
        const bool byDefault = std::find(alab::defaultVisibleKinds().begin(), alab::defaultVisibleKinds().end(),
                                         kind) != alab::defaultVisibleKinds().end();
        QCOMPARE(window_->controller().scene().find(kind)->visible, byDefault);
        if (!byDefault) QCOMPARE(graphsWithPrefix(plot(), idOf(kind) + QLatin1Char(':')), 0);
    }
    // One legend entry per curve: four functions and four derivatives.
    QCOMPARE(plot()->legend->itemCount(), 8);
    QVERIFY(plot()->legend->visible());
}

void TestGuiMainWindow::uncheckingHidesThatFunction() {
    const QString relu = idOf(FunctionKind::Relu) + QLatin1Char(':');
    QVERIFY(graphsWithPrefix(plot(), relu) > 0);
    const int before = plot()->graphCount();

    QCheckBox* reluCheck = check("reluCheck");
    QTest::mouseClick(reluCheck, Qt::LeftButton, {}, QPoint(8, reluCheck->height() / 2));
    QVERIFY(!reluCheck->isChecked());
    QCOMPARE(graphsWithPrefix(plot(), relu), 0);
    QVERIFY(plot()->graphCount() < before);
    QVERIFY(!window_->controller().scene().find(FunctionKind::Relu)->visible);
    // The others are untouched.
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:value")) != nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("leaky_relu:value")) != nullptr);

    QTest::mouseClick(reluCheck, Qt::LeftButton, {}, QPoint(8, reluCheck->height() / 2));
    QVERIFY(graphNamed(plot(), relu + QStringLiteral("value")) != nullptr);
    QCOMPARE(plot()->graphCount(), before);

    // Hiding everything leaves an empty plot without an empty legend box.
    for (const char* name : {"eluCheck", "seluCheck", "reluCheck", "leakyReluCheck"}) check(name)->setChecked(false);
    QCOMPARE(plot()->graphCount(), 0);
    QVERIFY(!plot()->legend->visible());
}

void TestGuiMainWindow::derivativesToggle() {
    QCheckBox* derivatives = check("showDerivativesCheck");
    // ELU's continuous f' is one graph; ReLU, Leaky ReLU and SELU jump at 0: two pieces each.
    QCOMPARE(derivativeGraphCount(plot()), 1 + 3 * 2);
    const int withDerivatives = plot()->graphCount();

    QSignalSpy spy(&window_->controller(), &alab::ExplorerController::sceneChanged);
    // On the box itself: a wide check box does not react to clicks right of its text.
    QTest::mouseClick(derivatives, Qt::LeftButton, {}, QPoint(8, derivatives->height() / 2));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(derivativeGraphCount(plot()), 0);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("relu:jump")), 0);
    // Four f and the two asymptotes (ELU, SELU).
    QCOMPARE(plot()->graphCount(), 4 + 2);
    QCOMPARE(plot()->legend->itemCount(), 4);
    QCOMPARE(plot()->yAxis->label(), QStringLiteral("f(x)"));

    derivatives->setChecked(true);
    QCOMPARE(plot()->graphCount(), withDerivatives);
    QCPGraph* elu = graphNamed(plot(), QStringLiteral("elu:derivative"));
    QVERIFY(elu != nullptr);
    QVERIFY(elu->pen().style() != Qt::SolidLine);
    QCOMPARE(elu->pen().color(), graphNamed(plot(), QStringLiteral("elu:value"))->pen().color());
}

void TestGuiMainWindow::jumpMarkers_data() {
    QTest::addColumn<Activation>("function");
    QTest::addColumn<bool>("jumps");
    QTest::addColumn<double>("filled");  // f'(0)
    QTest::addColumn<double>("open");    // the one-sided limit f'(0) is not

    QTest::newRow("elu alpha=1") << Activation::elu(1.0) << false << 0.0 << 0.0;
    QTest::newRow("relu") << Activation::relu() << true << 0.0 << 1.0;
    QTest::newRow("leaky relu 0.01") << Activation::leakyRelu(0.01) << true << 0.01 << 1.0;
    QTest::newRow("selu") << Activation::selu() << true << alab::kSeluLambda * alab::kSeluAlpha << alab::kSeluLambda;
}

void TestGuiMainWindow::jumpMarkers() {
    QFETCH(Activation, function);
    QFETCH(bool, jumps);
    QFETCH(double, filled);
    QFETCH(double, open);
    const QString id = idOf(function.kind());

    QCPGraph* filledGraph = graphNamed(plot(), id + QStringLiteral(":jump-filled"));
    QCPGraph* openGraph = graphNamed(plot(), id + QStringLiteral(":jump-open"));
    if (!jumps) {
        QVERIFY(filledGraph == nullptr);
        QVERIFY(openGraph == nullptr);
        QVERIFY(graphNamed(plot(), id + QStringLiteral(":derivative")) != nullptr);
        QVERIFY(graphNamed(plot(), id + QStringLiteral(":derivative-left")) == nullptr);
        return;
    }

    QVERIFY(filledGraph != nullptr);
    QVERIFY(openGraph != nullptr);
    QCOMPARE(filledGraph->dataCount(), 1);
    QCOMPARE(openGraph->dataCount(), 1);
    QCOMPARE(filledGraph->dataMainKey(0), 0.0);
    QVERIFY(closeUlps(filledGraph->dataMainValue(0), filled, 2));
    QCOMPARE(openGraph->dataMainKey(0), 0.0);
    QVERIFY(closeUlps(openGraph->dataMainValue(0), open, 2));
    QCOMPARE(filledGraph->scatterStyle().shape(), QCPScatterStyle::ssDisc);
    QCOMPARE(openGraph->scatterStyle().shape(), QCPScatterStyle::ssCircle);
    QCOMPARE(filledGraph->lineStyle(), QCPGraph::lsNone);
    // The open circle is filled with the background, hiding the curve end under it.
    QCOMPARE(openGraph->scatterStyle().brush().color(), alab::Theme::get(alab::ThemeId::Light).background);

    // No vertical connector: f' is two pieces that end at their own one-sided limits.
    QVERIFY(graphNamed(plot(), id + QStringLiteral(":derivative")) == nullptr);
    QCPGraph* left = graphNamed(plot(), id + QStringLiteral(":derivative-left"));
    QCPGraph* right = graphNamed(plot(), id + QStringLiteral(":derivative-right"));
    QVERIFY(left != nullptr);
    QVERIFY(right != nullptr);
    const alab::OneSidedLimits limits = function.derivativeLimitsAtZero();
    QCOMPARE(left->dataMainKey(left->dataCount() - 1), 0.0);
    QCOMPARE(left->dataMainValue(left->dataCount() - 1), limits.left);
    QCOMPARE(right->dataMainKey(0), 0.0);
    QCOMPARE(right->dataMainValue(0), limits.right);
    for (int i = 0; i < left->dataCount(); ++i) QVERIFY(left->dataMainKey(i) <= 0.0);
    for (int i = 0; i < right->dataCount(); ++i) QVERIFY(right->dataMainKey(i) >= 0.0);
    QCOMPARE(left->dataCount() + right->dataCount(), curvePlot()->sampleCount() + 1);
}

void TestGuiMainWindow::curveDataMatchesCore_data() {
    QTest::addColumn<Activation>("function");
    for (const FunctionKind kind : alab::allFunctionKinds()) {
        QTest::newRow(qPrintable(idOf(kind))) << Activation::withDefaults(kind);
    }
}

void TestGuiMainWindow::curveDataMatchesCore() {
    QFETCH(Activation, function);
    const QString id = idOf(function.kind());
    window_->controller().setFunctionVisible(function.kind(), true);  // the comparison family is off by default
    QCPGraph* value = graphNamed(plot(), id + QStringLiteral(":value"));
    QVERIFY(value != nullptr);
    const QString mismatch = mismatchWithCore(value, function, false);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    if (!function.derivativeJumpsAtZero()) {
        QCPGraph* derivative = graphNamed(plot(), id + QStringLiteral(":derivative"));
        QVERIFY(derivative != nullptr);
        const QString derivativeMismatch = mismatchWithCore(derivative, function, true);
        QVERIFY2(derivativeMismatch.isEmpty(), qPrintable(derivativeMismatch));
    }
    // The kink at 0 is sampled exactly, not a step beside it.
    const Eigen::ArrayXd keys = keysOf(value);
    QVERIFY((keys == 0.0).any());
    QCOMPARE(value->dataMainKey(0), -5.0);
    QCOMPARE(value->dataMainKey(value->dataCount() - 1), 5.0);
}

void TestGuiMainWindow::reluGraphAtKnownPoints() {
    QCPGraph* relu = graphNamed(plot(), QStringLiteral("relu:value"));
    QVERIFY(relu != nullptr);
    int checked = 0;
    for (int i = 0; i < relu->dataCount(); ++i) {
        const double x = relu->dataMainKey(i);
        QCOMPARE(relu->dataMainValue(i), x > 0.0 ? x : 0.0);
        ++checked;
    }
    QCOMPARE(checked, curvePlot()->sampleCount());
    QCOMPARE(relu->pen().color(), QColor(0x00, 0x9E, 0x73));
}

void TestGuiMainWindow::panelFollowsController() {
    // A change made elsewhere (undo, a loaded scene) shows in the panel without echoing.
    QSignalSpy spy(&window_->controller(), &alab::ExplorerController::sceneChanged);
    window_->controller().setFunctionVisible(FunctionKind::Selu, false);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!check("seluCheck")->isChecked());
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("selu:")), 0);

    window_->controller().setShowDerivatives(false);
    QCOMPARE(spy.count(), 2);
    QVERIFY(!check("showDerivativesCheck")->isChecked());

    // Setting what is already there changes nothing.
    window_->controller().setShowDerivatives(false);
    QCOMPARE(spy.count(), 2);

    window_->controller().setParameter(Parameter::EluAlpha, 2.5);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(slider(Parameter::EluAlpha)->value(), 250);
    QCOMPARE(spin(Parameter::EluAlpha)->value(), 2.5);
    QCOMPARE(undo().count(), 3);  // no echo wrote the value back as another step
}

void TestGuiMainWindow::sliderChangesPlotToCore_data() {
    QTest::addColumn<Parameter>("parameter");
    QTest::addColumn<int>("steps");
    QTest::newRow("elu alpha 2.37") << Parameter::EluAlpha << 237;
    QTest::newRow("elu alpha 0") << Parameter::EluAlpha << 0;
    QTest::newRow("selu alpha 0.5") << Parameter::SeluAlpha << 50;
    QTest::newRow("selu lambda 1.9") << Parameter::SeluLambda << 190;
    QTest::newRow("leaky slope 0.33") << Parameter::LeakySlope << 33;
}

void TestGuiMainWindow::sliderChangesPlotToCore() {
    QFETCH(Parameter, parameter);
    QFETCH(int, steps);
    const alab::ParameterInfo& info = alab::parameterInfo(parameter);
    QSignalSpy changed(&window_->controller(), &alab::ExplorerController::functionChanged);

    slider(parameter)->setValue(steps);
    const double expectedValue = steps / 100.0;
    QCOMPARE(param(parameter), expectedValue);
    QCOMPARE(changed.count(), 1);  // synchronously: the data is new before the queued replot
    QCOMPARE(spin(parameter)->value(), expectedValue);

    const Activation f = window_->controller().scene().find(info.kind)->function;
    const QString id = idOf(info.kind);
    const QString valueMismatch = mismatchWithCore(graphNamed(plot(), id + QStringLiteral(":value")), f, false);
    QVERIFY2(valueMismatch.isEmpty(), qPrintable(valueMismatch));
    for (const char* part : {":derivative", ":derivative-left", ":derivative-right"}) {
        QCPGraph* graph = graphNamed(plot(), id + QLatin1String(part));
        if (graph == nullptr) continue;
        // The split pieces end at the one-sided limit at x = 0, not at f'(0).
        const QString mismatch = mismatchWithCore(graph, f, true, /*skipZero=*/graph->objectName().contains('-'));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
}

void TestGuiMainWindow::sliderDragIsOneUndoStep() {
    QSlider* s = slider(Parameter::EluAlpha);
    QCOMPARE(undo().count(), 0);
    s->setSliderDown(true);  // emits sliderPressed, as a mouse press on the handle does
    for (int v = 101; v <= 180; v += 3) s->setValue(v);
    s->setValue(200);
    s->setSliderDown(false);
    QCOMPARE(param(Parameter::EluAlpha), 2.0);
    QCOMPARE(undo().count(), 1);

    // A second drag of the same slider is a second step.
    s->setSliderDown(true);
    s->setValue(150);
    s->setValue(120);
    s->setSliderDown(false);
    QCOMPARE(undo().count(), 2);
    QCOMPARE(param(Parameter::EluAlpha), 1.2);

    undo().undo();
    QCOMPARE(param(Parameter::EluAlpha), 2.0);
    QCOMPARE(s->value(), 200);
    undo().undo();
    QCOMPARE(param(Parameter::EluAlpha), 1.0);
    QCOMPARE(s->value(), 100);
    QCOMPARE(spin(Parameter::EluAlpha)->value(), 1.0);
    undo().redo();
    QCOMPARE(param(Parameter::EluAlpha), 2.0);

    // The window's actions do the same, with the standard shortcuts.
    QAction* undoAction = child<QAction>(QStringLiteral("undoAction"));
    QAction* redoAction = child<QAction>(QStringLiteral("redoAction"));
    QCOMPARE(undoAction->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redoAction->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(undoAction->isEnabled());
    undoAction->trigger();
    QCOMPARE(param(Parameter::EluAlpha), 1.0);
    redoAction->trigger();
    QCOMPARE(param(Parameter::EluAlpha), 2.0);

    // A drag that comes back to where it started leaves no step behind.
    s->setSliderDown(true);
    s->setValue(250);
    s->setValue(200);
    s->setSliderDown(false);
    QCOMPARE(undo().count(), 1);
}

void TestGuiMainWindow::keyboardStepsTheSlider() {
    QSlider* s = slider(Parameter::LeakySlope);
    s->setFocus();
    QTest::keyClick(s, Qt::Key_Right);
    QCOMPARE(param(Parameter::LeakySlope), 0.02);
    QTest::keyClick(s, Qt::Key_PageUp);
    QCOMPARE(param(Parameter::LeakySlope), 0.12);
    QTest::keyClick(s, Qt::Key_Left);
    QCOMPARE(param(Parameter::LeakySlope), 0.11);
    QCOMPARE(undo().count(), 3);
    QCPGraph* leaky = graphNamed(plot(), QStringLiteral("leaky_relu:value"));
    QCOMPARE(leaky->dataMainValue(0), -5.0 * 0.11);
}

// Typed "0.5" into α, no Enter, then Ctrl+E: the export showed α = 1, the value before (the
// boxes apply typed text on Enter or focus-out, and the dialog copied the scene first).
void TestGuiMainWindow::shortcutsActOnTheValueBeingTyped() {
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QDoubleSpinBox* alpha = spin(Parameter::EluAlpha);
    const auto typeWithoutEnter = [&](const QString& text) {
        alpha->setFocus();
        alpha->selectAll();
        QTest::keyClicks(alpha, text);
        QCOMPARE(alpha->text(), text);
    };
    typeWithoutEnter(QStringLiteral("0.5"));
    QCOMPARE(param(Parameter::EluAlpha), 1.0);  // not applied yet: keyboard tracking is off
    auto* copy = child<QAction>(QStringLiteral("copyPyTorchAction"));
    QVERIFY(copy != nullptr);
    copy->trigger();
    QCOMPARE(param(Parameter::EluAlpha), 0.5);
    const QString code = QApplication::clipboard()->text();
    QVERIFY2(code.contains(QStringLiteral("alpha=0.5")), qPrintable(code));

    typeWithoutEnter(QStringLiteral("0.25"));
    double exported = 0.0;
    QTimer::singleShot(0, window_.get(), [&] {
        if (auto* dialog = qobject_cast<alab::ExportDialog*>(QApplication::activeModalWidget())) {
            exported = dialog->scene().parameter(Parameter::EluAlpha);  // what the dialog was given
            dialog->reject();
        }
    });
    child<QAction>(QStringLiteral("exportAction"))->trigger();
    QCOMPARE(exported, 0.25);
}

// Unticking SELU removed its group above the check boxes, the panel jumped up, and the next
// click (meant for Leaky ReLU) ticked "Derivatives in a separate plot". The heights are checked:
// the columns still shift a few pixels sideways when the widest group goes (left for later).
void TestGuiMainWindow::untickingLeavesWhatIsUnderThePointer() {
    window_->resize(1280, 800);
    QTRY_COMPARE(window_->size(), QSize(1280, 800));
    const QStringList names{QStringLiteral("eluCheck"), QStringLiteral("seluCheck"), QStringLiteral("reluCheck"),
                            QStringLiteral("leakyReluCheck"), QStringLiteral("compareButton")};
    const auto positions = [&] {
        QList<QPoint> out;
        for (const QString& name : names) {
            auto* widget = child<QWidget>(name);
            out.push_back(widget != nullptr ? QPoint(0, widget->mapToGlobal(QPoint(0, 0)).y()) : QPoint(-1, -1));
        }
        return out;
    };
    const QList<QPoint> before = positions();
    QVERIFY(!before.contains(QPoint(-1, -1)));
    for (const QString& name : {QStringLiteral("seluCheck"), QStringLiteral("leakyReluCheck"),
                                QStringLiteral("eluCheck"), QStringLiteral("seluCheck")}) {
        auto* check = child<QCheckBox>(name);
        const bool was = check->isChecked();
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QCOMPARE(check->isChecked(), !was);
        QTRY_COMPARE(positions(), before);  // once the parameter panel has rebuilt
    }
}

// Issue 19, item 1: a focused spin box or combo box must not swallow the window's shortcuts
// (the line edit took Ctrl+E as end-of-line, Ctrl+Z as its own undo). Plain keys without Ctrl or
// Alt (Home) stay the line edit's: they edit the text.
void TestGuiMainWindow::windowShortcutsWorkFromSpinBoxesAndCombos() {
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    // The actions only report: what they would do (dialogs, quitting) is cut off.
    struct Shortcut {
        QAction* action;
        QKeySequence keys;
    };
    std::vector<Shortcut> shortcuts;
    for (QAction* action : window_->findChildren<QAction*>()) {
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        QObject::disconnect(action, &QAction::toggled, nullptr, nullptr);
        for (const QKeySequence& keys : action->shortcuts()) {
            if (keys.isEmpty()) continue;
            const Qt::KeyboardModifiers modifiers = keys[0].keyboardModifiers();
            if (!(modifiers & (Qt::ControlModifier | Qt::AltModifier))) continue;
            shortcuts.push_back({action, keys});
        }
    }
    QUndoStack& stack = undo();
    QObject::disconnect(&stack, nullptr, nullptr, nullptr);
    for (const Shortcut& shortcut : shortcuts) shortcut.action->setEnabled(true);
    QVERIFY(shortcuts.size() >= 15);

    const auto tryFrom = [&](QWidget* focus) {
        for (const Shortcut& shortcut : shortcuts) {
            focus->setFocus();
            QVERIFY(focus->hasFocus());
            QSignalSpy triggered(shortcut.action, &QAction::triggered);
            QTest::keySequence(focus, shortcut.keys);
            QVERIFY2(triggered.count() == 1, qPrintable(QStringLiteral("%1 (%2) from %3")
                                                            .arg(shortcut.action->objectName(),
                                                                 shortcut.keys.toString(), focus->objectName())));
        }
    };
    QDoubleSpinBox* alpha = spin(Parameter::EluAlpha);
    tryFrom(alpha);
    if (QTest::currentTestFailed()) return;
    // With text selected in the box and the cursor inside it, too.
    alpha->findChild<QLineEdit*>()->setCursorPosition(1);
    tryFrom(alpha);
    if (QTest::currentTestFailed()) return;

    window_->controller().setActiveView(alab::ViewId::Histogram);
    auto* layout = child<QComboBox>(QStringLiteral("layoutCombo"));
    QVERIFY(layout != nullptr && layout->isVisible());
    tryFrom(layout);
    if (QTest::currentTestFailed()) return;
    // Home stays the line edit's own key.
    alpha = spin(Parameter::EluAlpha);
    window_->controller().setActiveView(alab::ViewId::Curves);
    alpha->setFocus();
    alpha->findChild<QLineEdit*>()->setCursorPosition(3);
    QTest::keyClick(alpha, Qt::Key_Home);
    QCOMPARE(alpha->findChild<QLineEdit*>()->cursorPosition(), 0);
}

// Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous view from a spin box or the
// histograms' Layout combo as well as from the tabs.
void TestGuiMainWindow::ctrlTabSwitchesViewsFromAnyFocus() {
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    const auto active = [this] { return window_->controller().scene().activeView; };
    QCOMPARE(active(), alab::ViewId::Curves);
    QDoubleSpinBox* alpha = spin(Parameter::EluAlpha);
    alpha->setFocus();
    QTest::keyClick(alpha, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(active(), alab::ViewId::Histogram);
    auto* layout = child<QComboBox>(QStringLiteral("layoutCombo"));
    layout->setFocus();
    QVERIFY(layout->hasFocus());
    const int layoutIndex = layout->currentIndex();
    QTest::keyClick(layout, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(active(), alab::ViewId::Propagation);
    QCOMPARE(layout->currentIndex(), layoutIndex);
    alpha->setFocus();
    QTest::keyClick(alpha, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(active(), alab::ViewId::Histogram);
    layout->setFocus();
    QTest::keyClick(layout, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(active(), alab::ViewId::Curves);
    // Wraps around at both ends.
    alpha->setFocus();
    QTest::keyClick(alpha, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(active(), alab::ViewId::MeanMap);
    QTest::keyClick(alpha, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(active(), alab::ViewId::Curves);
}

// Issue 19, item 4: "1e6" became 16 (the e was refused) and 1000000 silently 100.
void TestGuiMainWindow::spinBoxesReadScientificNotationAndRefuseOutOfRange() {
    QDoubleSpinBox* box = spin(Parameter::EluAlpha);
    auto* edit = box->findChild<QLineEdit*>();
    QVERIFY(edit != nullptr);
    const auto type = [&](const QString& text) {
        box->setFocus();
        edit->selectAll();
        QTest::keyClicks(box, text);
    };
    type(QStringLiteral("1e-3"));
    QCOMPARE(edit->text(), QStringLiteral("1e-3"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(param(Parameter::EluAlpha), 0.001);
    type(QStringLiteral("2.5E+1"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(param(Parameter::EluAlpha), 25.0);

    // Beyond the range: typed in full, refused with a message naming the limit, not clamped.
    const int steps = undo().count();
    for (const auto& [typed, shown] : {std::pair{"1e6", "1000000"}, std::pair{"1000000", "1000000"},
                                       std::pair{"-1e3", "\u22121000"}, std::pair{"1e308", "1e+308"}}) {
        window_->statusBar()->clearMessage();
        type(QString::fromUtf8(typed));
        QCOMPARE(edit->text(), QString::fromUtf8(typed));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(param(Parameter::EluAlpha), 25.0);
        QCOMPARE(box->value(), 25.0);
        QCOMPARE(window_->statusBar()->currentMessage(),
                 QStringLiteral("ELU \u03b1: %1 is outside \u2212100\u2026100").arg(QString::fromUtf8(shown)));
    }
    QCOMPARE(undo().count(), steps);
    // Leaving the box refuses the same way.
    window_->statusBar()->clearMessage();
    type(QStringLiteral("500"));
    spin(Parameter::SeluLambda)->setFocus();
    QCOMPARE(param(Parameter::EluAlpha), 25.0);
    QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("500 is outside")));
    // A value taken clears the refusal: it no longer describes the box.
    type(QStringLiteral("0.5"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(param(Parameter::EluAlpha), 0.5);
    QCOMPARE(window_->statusBar()->currentMessage(), QString());

    // The language's decimal comma, and the C locale's point, with an exponent in either.
    box->setLocale(QLocale(QLocale::German, QLocale::Germany));
    type(QStringLiteral("0,5"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(param(Parameter::EluAlpha), 0.5);
    QCOMPARE(edit->text(), QStringLiteral("0,5"));
    type(QStringLiteral("1,5e-2"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(param(Parameter::EluAlpha), 0.015);
    type(QStringLiteral("2.5e-1"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(param(Parameter::EluAlpha), 0.25);
    // Every bit is kept, tiny values too (with 4 decimals, 1e-5 became 0).
    box->setLocale(QLocale::c());
    for (const double exact : {1e-5, 0.1 + 0.2, 1.6732632423543772, 3e-300}) {
        type(QString::number(exact, 'g', 17));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(param(Parameter::EluAlpha), exact);
        QCOMPARE(box->value(), exact);
        QCOMPARE(edit->text(), QString::number(exact, 'g', 6));
        // Enter or leaving the box on the rounded text keeps the exact value.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Return);
        spin(Parameter::SeluLambda)->setFocus();
        QCOMPARE(param(Parameter::EluAlpha), exact);
    }
    // Letters are still refused as they are typed.
    type(QStringLiteral("0x1"));
    QCOMPARE(edit->text(), QStringLiteral("01"));
}

// Issue 19, item 10: with Fit y on, the greyed y fields showed a stale range (0.26…0.26 while the
// plot spanned −110…110). They show the range the plot fitted, through every change.
void TestGuiMainWindow::fitYFieldsShowTheFittedRange() {
    auto* yMin = child<QDoubleSpinBox>(QStringLiteral("yMinSpin"));
    auto* yMax = child<QDoubleSpinBox>(QStringLiteral("yMaxSpin"));
    QVERIFY(child<QCheckBox>(QStringLiteral("autoYCheck"))->isChecked());
    QVERIFY(!yMin->isEnabled() && !yMax->isEnabled());
    const auto showsPlot = [&] {
        const double scale = std::pow(10.0, yMin->decimals());
        const QCPRange y = plot()->yAxis->range();
        return yMin->value() == std::round(y.lower * scale) / scale &&
               yMax->value() == std::round(y.upper * scale) / scale;
    };
    const auto describe = [&] {
        return qPrintable(QStringLiteral("fields %1…%2, plot %3…%4")
                              .arg(yMin->value())
                              .arg(yMax->value())
                              .arg(plot()->yAxis->range().lower)
                              .arg(plot()->yAxis->range().upper));
    };
    QVERIFY2(showsPlot(), describe());
    window_->controller().setParameter(Parameter::EluAlpha, 100.0);
    QVERIFY(plot()->yAxis->range().lower < -100.0);
    QVERIFY2(showsPlot(), describe());
    child<QDoubleSpinBox>(QStringLiteral("xMinSpin"))->setValue(0.25);
    QVERIFY2(showsPlot(), describe());
    window_->controller().setCurveVisible(window_->controller().scene().functions.front().id, false);
    QVERIFY2(showsPlot(), describe());
    // Unticking Fit y keeps what is on screen, and the fields become the plot's to edit.
    const QCPRange shown = plot()->yAxis->range();
    child<QCheckBox>(QStringLiteral("autoYCheck"))->setChecked(false);
    QVERIFY(yMin->isEnabled());
    QVERIFY(std::abs(plot()->yAxis->range().lower - shown.lower) < 1e-3);
    QVERIFY(std::abs(plot()->yAxis->range().upper - shown.upper) < 1e-3);
}

// Issue 19, item 11: "Show lower asymptotes" drew a line above ELU (and SELU) for α < 0, where
// f approaches −α from below. A lower asymptote is drawn only where f approaches it from above.
void TestGuiMainWindow::copyAsCodePutsTheModuleOnTheClipboard_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pytorch") << QStringLiteral("copyPyTorchAction") << static_cast<int>(alab::CodeLanguage::PyTorch)
                             << QStringLiteral("F.elu(x, alpha=1.0)");
    QTest::newRow("numpy") << QStringLiteral("copyNumpyAction") << static_cast<int>(alab::CodeLanguage::NumPy)
                           << QStringLiteral("np.expm1(");
}

void TestGuiMainWindow::copyAsCodePutsTheModuleOnTheClipboard() {
    QFETCH(QString, action);
    QFETCH(int, language);
    QFETCH(QString, expected);
    QApplication::clipboard()->clear();
    QAction* copy = child<QAction>(action);
    QVERIFY(copy != nullptr);
    // In the Edit menu.
    QVERIFY(child<QMenu>(QStringLiteral("editMenu"))->actions().contains(copy));
    copy->trigger();
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, QString::fromStdString(alab::scenePythonModule(window_->controller().scene(),
                                                                  static_cast<alab::CodeLanguage>(language))));
    QVERIFY2(text.contains(expected), qPrintable(text));
    // The four default curves, by their labels.
    for (const char* label : {"\"ELU\"", "\"SELU\"", "\"ReLU\"", "\"Leaky ReLU\""}) {
        QVERIFY2(text.contains(QLatin1String(label)), label);
    }
    QVERIFY2(window_->statusBar()->currentMessage().contains(language == static_cast<int>(alab::CodeLanguage::PyTorch)
                                                                 ? QStringLiteral("PyTorch")
                                                                 : QStringLiteral("NumPy")),
             qPrintable(window_->statusBar()->currentMessage()));
}

void TestGuiMainWindow::noUpperLineForANegativeAlpha() {
    alab::ExplorerController& controller = window_->controller();
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:asymptote")) != nullptr);
    controller.setParameter(Parameter::EluAlpha, -0.5);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("elu:asymptote")), 0);
    controller.setParameter(Parameter::SeluAlpha, -1.0);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("selu:asymptote")), 0);
    controller.setParameter(Parameter::EluAlpha, 0.0);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("elu:asymptote")), 0);
    controller.setParameter(Parameter::EluAlpha, 0.5);
    QCPGraph* elu = graphNamed(plot(), QStringLiteral("elu:asymptote"));
    QVERIFY(elu != nullptr);
    QCOMPARE(elu->dataMainValue(0), -0.5);
    // Wherever a line is drawn, the curve lies above it.
    for (int i = 0; i < plot()->graphCount(); ++i) {
        QCPGraph* line = plot()->graph(i);
        if (!line->objectName().endsWith(QStringLiteral(":asymptote"))) continue;
        const QString stem = line->objectName().chopped(QStringLiteral(":asymptote").size());
        QCPGraph* value = graphNamed(plot(), stem + QStringLiteral(":value"));
        QVERIFY(value != nullptr);
        for (int j = 0; j < value->dataCount(); ++j) {
            QVERIFY2(value->dataMainValue(j) >= line->dataMainValue(0), qPrintable(stem));
        }
    }
}

void TestGuiMainWindow::spinBoxBeyondSliderRange() {
    QDoubleSpinBox* box = spin(Parameter::EluAlpha);
    box->setValue(7.5);
    QCOMPARE(param(Parameter::EluAlpha), 7.5);
    // The slider rests at its end; the value is not clamped to the slider's range.
    QCOMPARE(slider(Parameter::EluAlpha)->value(), slider(Parameter::EluAlpha)->maximum());
    QCOMPARE(param(Parameter::EluAlpha), 7.5);
    QCOMPARE(box->value(), 7.5);

    box->setValue(-0.25);
    QCOMPARE(param(Parameter::EluAlpha), -0.25);
    QCOMPARE(slider(Parameter::EluAlpha)->value(), 0);

    // Exact entry with four decimals.
    spin(Parameter::SeluLambda)->setValue(42.1234);
    QCOMPARE(param(Parameter::SeluLambda), 42.1234);
    QCOMPARE(slider(Parameter::SeluLambda)->value(), 200);
    const QString mismatch = mismatchWithCore(graphNamed(plot(), QStringLiteral("selu:value")),
                                              Activation::selu(alab::kSeluAlpha, 42.1234), false);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestGuiMainWindow::resetButtons() {
    slider(Parameter::EluAlpha)->setValue(250);
    QToolButton* reset = child<QToolButton>(QStringLiteral("eluAlphaReset"));
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(param(Parameter::EluAlpha), 1.0);
    QVERIFY(!reset->isEnabled());

    QPushButton* selu = child<QPushButton>(QStringLiteral("seluResetButton"));
    QVERIFY(!selu->isEnabled());
    slider(Parameter::SeluAlpha)->setValue(120);
    spin(Parameter::SeluLambda)->setValue(1.5);
    QVERIFY(selu->isEnabled());
    const int steps = undo().count();
    QTest::mouseClick(selu, Qt::LeftButton);
    QCOMPARE(param(Parameter::SeluAlpha), alab::kSeluAlpha);
    QCOMPARE(param(Parameter::SeluLambda), alab::kSeluLambda);
    QCOMPARE(undo().count(), steps + 1);  // both constants in one step
    undo().undo();
    QCOMPARE(param(Parameter::SeluAlpha), 1.2);
    QCOMPARE(param(Parameter::SeluLambda), 1.5);
}

void TestGuiMainWindow::eluJumpAppearsUnlessAlphaIsOne() {
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:derivative")) != nullptr);
    slider(Parameter::EluAlpha)->setValue(200);
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:derivative")) == nullptr);
    QCPGraph* filled = graphNamed(plot(), QStringLiteral("elu:jump-filled"));
    QCPGraph* open = graphNamed(plot(), QStringLiteral("elu:jump-open"));
    QVERIFY(filled != nullptr);
    QVERIFY(open != nullptr);
    QCOMPARE(filled->dataMainValue(0), 2.0);  // f'(0) = alpha, PyTorch's choice
    QCOMPARE(open->dataMainValue(0), 1.0);
    // Still one legend entry per curve.
    QCOMPARE(plot()->legend->itemCount(), 8);
    slider(Parameter::EluAlpha)->setValue(100);
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:derivative")) != nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:jump-open")) == nullptr);
}

void TestGuiMainWindow::visibilityUndoRedo() {
    check("reluCheck")->setChecked(false);
    check("showDerivativesCheck")->setChecked(false);
    check("asymptotesCheck")->setChecked(false);
    QCOMPARE(undo().count(), 3);
    undo().undo();
    QVERIFY(check("asymptotesCheck")->isChecked());
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:asymptote")) != nullptr);
    undo().undo();
    QVERIFY(check("showDerivativesCheck")->isChecked());
    QVERIFY(derivativeGraphCount(plot()) > 0);
    undo().undo();
    QVERIFY(check("reluCheck")->isChecked());
    QVERIFY(graphNamed(plot(), QStringLiteral("relu:value")) != nullptr);
    undo().redo();
    QVERIFY(!check("reluCheck")->isChecked());
    QVERIFY(graphNamed(plot(), QStringLiteral("relu:value")) == nullptr);
    QCOMPARE(undo().undoText(), QStringLiteral("Hide ReLU"));
}

void TestGuiMainWindow::draggingUsesThinPens() {
    QCPGraph* elu = graphNamed(plot(), QStringLiteral("elu:value"));
    const double restWidth = elu->pen().widthF();
    QVERIFY(restWidth >= 2.0);
    QSlider* s = slider(Parameter::SeluAlpha);
    s->setSliderDown(true);
    s->setValue(150);
    for (int i = 0; i < plot()->graphCount(); ++i) {
        QCPGraph* graph = plot()->graph(i);
        if (graph->lineStyle() == QCPGraph::lsNone || graph->objectName().endsWith(QStringLiteral("asymptote"))) {
            continue;
        }
        QVERIFY2(graph->pen().widthF() <= 1.0, qPrintable(graph->objectName()));
        QVERIFY2(!graph->antialiased(), qPrintable(graph->objectName()));
    }
    s->setSliderDown(false);
    QCOMPARE(graphNamed(plot(), QStringLiteral("elu:value"))->pen().widthF(), restWidth);
    QVERIFY(graphNamed(plot(), QStringLiteral("selu:derivative-left"))->antialiased());
}

void TestGuiMainWindow::themeSwitchApplies_data() {
    QTest::addColumn<alab::ThemeId>("theme");
    QTest::addColumn<int>("comboIndex");
    QTest::newRow("dark") << alab::ThemeId::Dark << 1;
    QTest::newRow("presentation") << alab::ThemeId::Presentation << 2;
    QTest::newRow("light") << alab::ThemeId::Light << 0;
}

void TestGuiMainWindow::themeSwitchApplies() {
    QFETCH(alab::ThemeId, theme);
    QFETCH(int, comboIndex);
    if (theme == alab::ThemeId::Light) window_->controller().setTheme(alab::ThemeId::Dark);
    window_->controller().setFunctionVisible(FunctionKind::Mish, true);  // and one of the comparison family
    child<QComboBox>(QStringLiteral("themeCombo"))->setCurrentIndex(comboIndex);
    QCOMPARE(window_->controller().scene().theme, theme);
    const alab::Theme expected = alab::Theme::get(theme);

    QCOMPARE(plot()->axisRect()->backgroundBrush().color(), expected.background);
    // And drawn: a corner of the rendered plot, outside every curve.
    plot()->replot();
    QCOMPARE(plot()->toPixmap(400, 300).toImage().pixelColor(1, 1), expected.background);
    QCOMPARE(plot()->xAxis->tickLabelColor(), expected.foreground);
    QCOMPARE(plot()->xAxis->tickLabelFont().pointSize(), expected.tickFontPointSize);
    QCOMPARE(plot()->legend->font().pointSize(), expected.legendFontPointSize);
    QCOMPARE(QApplication::palette().color(QPalette::Window), expected.palette.color(QPalette::Window));
    std::vector<FunctionKind> shown = alab::defaultVisibleKinds();
    shown.push_back(FunctionKind::Mish);
    for (const FunctionKind kind : shown) {
        QCPGraph* value = graphNamed(plot(), idOf(kind) + QStringLiteral(":value"));
        QVERIFY2(value != nullptr, qPrintable(idOf(kind)));
        QCOMPARE(value->pen().color(), expected.functionColor(kind));
        QCOMPARE(value->pen().widthF(), expected.penWidth);
    }
    QCOMPARE(graphNamed(plot(), QStringLiteral("relu:jump-open"))->scatterStyle().brush().color(), expected.background);
    if (theme == alab::ThemeId::Presentation) {
        // Readable from the back of a room.
        QVERIFY(plot()->xAxis->tickLabelFont().pointSize() >= 16);
        QVERIFY(plot()->legend->font().pointSize() >= 16);
        QVERIFY(expected.penWidth >= 3.0 && expected.penWidth <= 4.0);
        QVERIFY(QApplication::font().pointSize() >= 12);
    }
    // The menu follows the combo box, and the other way round.
    QVERIFY(child<QAction>(QStringLiteral("darkThemeAction"))->isChecked() == (theme == alab::ThemeId::Dark));
    child<QAction>(QStringLiteral("lightThemeAction"))->trigger();
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Light);
    QCOMPARE(child<QComboBox>(QStringLiteral("themeCombo"))->currentIndex(), 0);
    QCOMPARE(plot()->axisRect()->backgroundBrush().color(), QColor(Qt::white));
}

void TestGuiMainWindow::asymptotes() {
    QCPGraph* elu = graphNamed(plot(), QStringLiteral("elu:asymptote"));
    QCPGraph* selu = graphNamed(plot(), QStringLiteral("selu:asymptote"));
    QVERIFY(elu != nullptr);
    QVERIFY(selu != nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("relu:asymptote")) == nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("leaky_relu:asymptote")) == nullptr);
    QCOMPARE(elu->dataMainValue(0), -1.0);
    QCOMPARE(selu->dataMainValue(0), *Activation::selu().limitAtMinusInfinity());
    QVERIFY(elu->pen().color().alphaF() < 1.0);  // faint
    QVERIFY(!elu->visible() || elu->removeFromLegend() == false);

    slider(Parameter::EluAlpha)->setValue(250);
    QCOMPARE(graphNamed(plot(), QStringLiteral("elu:asymptote"))->dataMainValue(1), -2.5);

    check("asymptotesCheck")->setChecked(false);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("elu:asymptote")), 0);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("selu:asymptote")), 0);
}

void TestGuiMainWindow::separateDerivativePlot() {
    QVERIFY(curvePlot()->derivativeRect() == nullptr);
    check("separateDerivativesCheck")->setChecked(true);
    QCPAxisRect* lower = curvePlot()->derivativeRect();
    QVERIFY(lower != nullptr);
    QCOMPARE(plot()->axisRects().size(), 2);
    QCOMPARE(graphNamed(plot(), QStringLiteral("elu:derivative"))->keyAxis()->axisRect(), lower);
    QCOMPARE(graphNamed(plot(), QStringLiteral("relu:jump-open"))->keyAxis()->axisRect(), lower);
    QCOMPARE(graphNamed(plot(), QStringLiteral("elu:value"))->keyAxis()->axisRect(), plot()->axisRect());
    QCOMPARE(plot()->yAxis->label(), QStringLiteral("f(x)"));
    // Both plots share x.
    window_->controller().setXRange(-2.0, 3.0);
    QCOMPARE(lower->axis(QCPAxis::atBottom)->range().lower, -2.0);
    QCOMPARE(lower->axis(QCPAxis::atBottom)->range().upper, 3.0);
    lower->axis(QCPAxis::atBottom)->setRange(-1.0, 1.0);  // as a pan in the lower plot does
    QCOMPARE(plot()->xAxis->range().lower, -1.0);
    QCOMPARE(window_->controller().scene().view.xMin, -1.0);
    QVERIFY(window_->controller().scene().view.autoY);

    undo().undo();
    QVERIFY(curvePlot()->derivativeRect() == nullptr);
    QCOMPARE(plot()->axisRects().size(), 1);
    QCOMPARE(graphNamed(plot(), QStringLiteral("elu:derivative"))->keyAxis(), plot()->xAxis);
}

void TestGuiMainWindow::crosshairReadoutMatchesCore_data() {
    QTest::addColumn<double>("x");
    QTest::newRow("-1.3") << -1.3;
    QTest::newRow("0") << 0.0;
    QTest::newRow("-1e-8") << -1e-8;
    QTest::newRow("2.25") << 2.25;
}

void TestGuiMainWindow::crosshairReadoutMatchesCore() {
    QFETCH(double, x);
    slider(Parameter::EluAlpha)->setValue(170);
    check("leakyReluCheck")->setChecked(false);
    const alab::Readout readout = curvePlot()->readoutAt(x);
    QCOMPARE(readout.x, x);
    QCOMPARE(readout.entries.size(), std::size_t{3});
    for (const alab::Readout::Entry& entry : readout.entries) {
        const Activation& f = window_->controller().scene().find(entry.kind)->function;
        QCOMPARE(entry.value, f.value(x));
        QCOMPARE(entry.derivative, f.derivative(x));
    }
    QCOMPARE(readout.entries[0].kind, FunctionKind::Elu);
    QCOMPARE(readout.entries[0].value, Activation::elu(1.7).value(x));

    QSignalSpy spy(curvePlot(), &alab::CurvePlot::readoutChanged);
    curvePlot()->showCrosshairAt(x);
    QCOMPARE(spy.count(), 1);
    const QString text = spy.at(0).at(0).toString();
    QCOMPARE(text, readout.text());
    QCOMPARE(child<QLabel>(QStringLiteral("readoutLabel"))->text(), text);
    QVERIFY(text.contains(QStringLiteral("ELU: f = ")));
    QVERIFY(!text.contains(QStringLiteral("Leaky")));
}

void TestGuiMainWindow::mouseMoveShowsReadout() {
    plot()->replot();
    const double x = 1.5;
    const QPoint pos(qRound(plot()->xAxis->coordToPixel(x)), qRound(plot()->yAxis->coordToPixel(1.0)));
    QSignalSpy spy(curvePlot(), &alab::CurvePlot::readoutChanged);
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), plot()->mapToGlobal(QPointF(pos)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(plot(), &move);
    QVERIFY(spy.count() >= 1);
    const QString text = spy.last().at(0).toString();
    // The mouse x, mapped through the axis; the values from the core at that x.
    const double mapped = plot()->xAxis->pixelToCoord(pos.x());
    QVERIFY(std::abs(mapped - x) < 0.05);
    QCOMPARE(text, curvePlot()->readoutAt(mapped).text());
}

void TestGuiMainWindow::wheelZoomAndHome() {
    plot()->replot();
    const QPointF center = plot()->axisRect()->rect().center();
    QWheelEvent wheel(center, plot()->mapToGlobal(center), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot(), &wheel);
    const alab::ViewRange zoomed = window_->controller().scene().view;
    QVERIFY(zoomed.xMax - zoomed.xMin < 10.0);
    QCOMPARE(plot()->xAxis->range().lower, zoomed.xMin);
    QVERIFY(!zoomed.autoY);
    // Resampled across the new range: the curves still start and end at the axis ends.
    QCPGraph* elu = graphNamed(plot(), QStringLiteral("elu:value"));
    QCOMPARE(elu->dataMainKey(0), zoomed.xMin);
    QCOMPARE(elu->dataMainKey(elu->dataCount() - 1), zoomed.xMax);
    QCOMPARE(undo().count(), 0);  // the view is not an undoable edit

    QAction* home = child<QAction>(QStringLiteral("resetViewAction"));
    QCOMPARE(home->shortcut(), QKeySequence(Qt::Key_Home));
    home->trigger();
    QCOMPARE(window_->controller().scene().view.xMin, -5.0);
    QCOMPARE(window_->controller().scene().view.xMax, 5.0);
    QVERIFY(window_->controller().scene().view.autoY);
    QCOMPARE(plot()->xAxis->range().upper, 5.0);
}

void TestGuiMainWindow::wheelZoomOutStopsAtLimit() {
    plot()->replot();
    // Off centre, so the zoom also pans: the view must still end inside the limits.
    const QRect rect = plot()->axisRect()->rect();
    const QPointF pos(rect.left() + rect.width() * 0.8, rect.top() + rect.height() * 0.3);
    for (int i = 0; i < 300; ++i) sendWheel(plot(), pos, -120);
    const alab::ViewRange view = window_->controller().scene().view;
    QCOMPARE(view.xMin, -alab::ViewLimits::kMaxAbs);
    QCOMPARE(view.xMax, alab::ViewLimits::kMaxAbs);
    QCOMPARE(view.yMin, -alab::ViewLimits::kMaxAbs);
    QCOMPARE(view.yMax, alab::ViewLimits::kMaxAbs);
    // The axes show the view, and the editors show the axes.
    const QCPRange x = plot()->xAxis->range();
    const QCPRange y = plot()->yAxis->range();
    QCOMPARE(x.lower, view.xMin);
    QCOMPARE(x.upper, view.xMax);
    QCOMPARE(y.lower, view.yMin);
    QCOMPARE(y.upper, view.yMax);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("xMinSpin"))->value(), x.lower);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("xMaxSpin"))->value(), x.upper);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("yMinSpin"))->value(), y.lower);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("yMaxSpin"))->value(), y.upper);
    QCOMPARE(undo().count(), 0);
}

void TestGuiMainWindow::controlsHaveAccessibleNames() {
    QStringList unnamed;
    for (QWidget* widget : window_->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<QAbstractSlider*>(widget) != nullptr || qobject_cast<QAbstractSpinBox*>(widget) != nullptr ||
            qobject_cast<QComboBox*>(widget) != nullptr || qobject_cast<QCustomPlot*>(widget) != nullptr;
        // Scroll bars name themselves through their scroll area.
        if (!control || qobject_cast<QScrollBar*>(widget) != nullptr) continue;
        if (widget->accessibleName().isEmpty()) unnamed << widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QCOMPARE(child<QSlider>(QStringLiteral("eluAlphaSlider"))->accessibleName(), QStringLiteral("ELU \u03b1"));
}

void TestGuiMainWindow::keyboardPansAndZooms() {
    plot()->setFocus();
    QVERIFY(!plot()->accessibleName().isEmpty());
    QTest::keyClick(plot(), Qt::Key_Right);
    alab::ViewRange view = window_->controller().scene().view;
    QCOMPARE(view.xMin, -4.0);
    QCOMPARE(view.xMax, 6.0);
    QVERIFY(view.autoY);

    QTest::keyClick(plot(), Qt::Key_Minus);
    view = window_->controller().scene().view;
    QCOMPARE(view.xMax - view.xMin, 12.5);
    QCOMPARE(0.5 * (view.xMin + view.xMax), 1.0);

    const QCPRange shownY = plot()->yAxis->range();
    QTest::keyClick(plot(), Qt::Key_Up);
    view = window_->controller().scene().view;
    QVERIFY(!view.autoY);
    QVERIFY(view.yMin > shownY.lower);
    QVERIFY(std::abs((view.yMax - view.yMin) - shownY.size()) <= 2e-6);  // ends on the 6-decimal grid
}

void TestGuiMainWindow::wheelZoomInStopsAtLimit() {
    plot()->replot();
    const QRect rect = plot()->axisRect()->rect();
    const QPointF pos(rect.left() + rect.width() * 0.3, rect.top() + rect.height() * 0.6);
    alab::ViewRange before;
    for (int i = 0; i < 300; ++i) {
        if (i == 250) before = window_->controller().scene().view;
        sendWheel(plot(), pos, 120);
    }
    const alab::ViewRange view = window_->controller().scene().view;
    // Beyond the limit the wheel does nothing more: no creeping pan either.
    QCOMPARE(view.xMin, before.xMin);
    QCOMPARE(view.xMax, before.xMax);
    const double xCentre = (view.xMin + view.xMax) / 2.0;
    const double xSpan = view.xMax - view.xMin;
    const double minSpan = alab::ViewLimits::kMinRelativeSpan * std::max(1.0, std::abs(xCentre));
    QVERIFY2(xSpan > 0.99 * minSpan && xSpan < 1.01 * minSpan, qPrintable(QString::number(xSpan, 'g', 17)));
    QVERIFY(view.yMax - view.yMin > 0.99 * alab::ViewLimits::kMinRelativeSpan);
    // The editors show the axis range exactly.
    const QCPRange x = plot()->xAxis->range();
    QCOMPARE(x.lower, view.xMin);
    QCOMPARE(x.upper, view.xMax);
    auto* xMinSpin = child<QDoubleSpinBox>(QStringLiteral("xMinSpin"));
    auto* xMaxSpin = child<QDoubleSpinBox>(QStringLiteral("xMaxSpin"));
    QCOMPARE(xMinSpin->value(), x.lower);
    QCOMPARE(xMaxSpin->value(), x.upper);
    QVERIFY(xMinSpin->text() != xMaxSpin->text());
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("yMinSpin"))->value(), plot()->yAxis->range().lower);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("yMaxSpin"))->value(), plot()->yAxis->range().upper);
    // Distinct ticks with distinct labels on both axes, and curves across the whole range.
    plot()->replot();
    for (QCPAxis* axis : {plot()->xAxis, plot()->yAxis}) {
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(axis->label()));
        for (qsizetype i = 1; i < labels.size(); ++i) {
            QVERIFY(ticks[i] > ticks[i - 1]);
            QVERIFY2(labels[i] != labels[i - 1], qPrintable(labels[i]));
        }
    }
    QCPGraph* elu = graphNamed(plot(), QStringLiteral("elu:value"));
    QCOMPARE(elu->dataMainKey(0), view.xMin);
    QCOMPARE(elu->dataMainKey(elu->dataCount() - 1), view.xMax);
    // A valid range typed into the editors is taken as it is.
    xMaxSpin->setValue(0.125);
    xMinSpin->setValue(-0.25);
    QCOMPARE(plot()->xAxis->range().lower, -0.25);
    QCOMPARE(plot()->xAxis->range().upper, 0.125);
}

void TestGuiMainWindow::readoutFollowsViewChange() {
    plot()->replot();
    auto* label = child<QLabel>(QStringLiteral("readoutLabel"));
    const QRect rect = plot()->axisRect()->rect();
    const QPointF first(rect.left() + rect.width() * 0.7, rect.center().y());
    sendMouseMove(plot(), first);
    const double firstX = plot()->xAxis->pixelToCoord(first.x());
    QCOMPARE(label->text(), curvePlot()->readoutAt(firstX).text());

    // Zoom with the wheel elsewhere: the readout is for the x now under the wheel.
    const QPointF second(rect.left() + rect.width() * 0.2, rect.center().y());
    for (int i = 0; i < 3; ++i) sendWheel(plot(), second, 120);
    const double secondX = plot()->xAxis->pixelToCoord(second.x());
    QVERIFY(std::abs(secondX - firstX) > 1.0);
    QCOMPARE(label->text(), curvePlot()->readoutAt(secondX).text());

    // Zoomed about two points, the view is also panned; Home then puts another x under the mouse.
    for (int i = 0; i < 3; ++i) sendWheel(plot(), first, 120);
    const double zoomedX = plot()->xAxis->pixelToCoord(first.x());
    QCOMPARE(label->text(), curvePlot()->readoutAt(zoomedX).text());
    child<QAction>(QStringLiteral("resetViewAction"))->trigger();
    plot()->replot();  // the queued replot: the margins follow the new tick labels
    const double homeX = plot()->xAxis->pixelToCoord(first.x());
    QVERIFY(std::abs(homeX - zoomedX) > 0.5);
    QCOMPARE(label->text(), curvePlot()->readoutAt(homeX).text());

    // The mouse left: a view change does not bring a readout back.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(plot(), &leave);
    const QString hint = label->text();
    QVERIFY(!hint.startsWith(QStringLiteral("x = ")));
    window_->controller().setXRange(-2.0, 3.0);
    QCOMPARE(label->text(), hint);
}

// The status bar explains the mouse and keys of the tab on screen, not the curve plot's on every tab.
void TestGuiMainWindow::statusHintFollowsActiveTab() {
    auto* label = child<QLabel>(QStringLiteral("readoutLabel"));
    auto* tabs = child<QTabWidget>(QStringLiteral("viewTabs"));
    const QString curvesHint = label->text();
    QVERIFY(curvesHint.contains(QStringLiteral("wheel to zoom")));
    QStringList hints{curvesHint};
    using alab::ViewId;
    for (const auto& [view, phrase] : {std::pair{ViewId::Histogram, QStringLiteral("without resampling")},
                                       std::pair{ViewId::Propagation, QStringLiteral("depth scrubber")},
                                       std::pair{ViewId::MeanMap, QStringLiteral("Click the plane")}}) {
        tabs->setCurrentIndex(static_cast<int>(view));
        QCOMPARE(window_->controller().scene().activeView, view);
        QVERIFY2(label->text().contains(phrase), qPrintable(label->text()));
        QVERIFY(!hints.contains(label->text()));
        hints << label->text();
    }
    tabs->setCurrentIndex(static_cast<int>(ViewId::Curves));
    QCOMPARE(label->text(), curvesHint);
}

void TestGuiMainWindow::axisRangesEditable() {
    child<QDoubleSpinBox>(QStringLiteral("xMinSpin"))->setValue(-2.0);
    child<QDoubleSpinBox>(QStringLiteral("xMaxSpin"))->setValue(1.0);
    QCOMPARE(plot()->xAxis->range().lower, -2.0);
    QCOMPARE(plot()->xAxis->range().upper, 1.0);
    child<QCheckBox>(QStringLiteral("autoYCheck"))->setChecked(false);
    child<QDoubleSpinBox>(QStringLiteral("yMinSpin"))->setValue(-0.5);
    child<QDoubleSpinBox>(QStringLiteral("yMaxSpin"))->setValue(0.75);
    QCOMPARE(plot()->yAxis->range().lower, -0.5);
    QCOMPARE(plot()->yAxis->range().upper, 0.75);
    // A range that is not a range is refused, and the editor shows what is there.
    child<QDoubleSpinBox>(QStringLiteral("xMinSpin"))->setValue(4.0);
    QCOMPARE(plot()->xAxis->range().lower, -2.0);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("xMinSpin"))->value(), -2.0);
    // Home restores.
    window_->controller().resetView();
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("xMinSpin"))->value(), -5.0);
    QVERIFY(child<QCheckBox>(QStringLiteral("autoYCheck"))->isChecked());
}

void TestGuiMainWindow::formulaFollowsADragAtTenHertz() {
    QLabel* elu = child<QLabel>(QStringLiteral("eluFormula"));
    const auto shows = [elu](double alpha) {
        const QString formula = QString::fromStdString(Activation::elu(alpha).formulaRichText(6));
        return elu->text().contains(formula.mid(formula.indexOf(QStringLiteral("<table>"))));
    };
    QVERIFY(shows(1.0));
    alab::ExplorerController& controller = window_->controller();
    controller.beginParameterDrag(Parameter::EluAlpha);
    controller.setParameter(Parameter::EluAlpha, 1.5);
    QVERIFY(shows(1.0));  // not laid out on every step of a drag
    QTRY_VERIFY_WITH_TIMEOUT(shows(1.5), 10 * alab::ThrottledAction::kDragIntervalMs);
    controller.setParameter(Parameter::EluAlpha, 2.25);
    controller.endParameterDrag();
    QVERIFY(shows(2.25));  // at once on release
}

void TestGuiMainWindow::formulaPanel() {
    auto* panel = window_->findChild<alab::FormulaPanel*>(QStringLiteral("formulaPanel"));
    QVERIFY(panel != nullptr);
    QLabel* elu = child<QLabel>(QStringLiteral("eluFormula"));
    QVERIFY(elu != nullptr);
    QVERIFY(elu->text().contains(QStringLiteral("continuous")));
    slider(Parameter::EluAlpha)->setValue(200);
    // The core's rich-text formula with the current parameter, its range and the jump.
    const QString formula = QString::fromStdString(Activation::elu(2.0).formulaRichText(6));
    const qsizetype cases = formula.indexOf(QStringLiteral("<table>"));
    QVERIFY(cases > 0);
    QVERIFY(elu->text().contains(formula.left(cases)));  // "f(x) = "
    QVERIFY(elu->text().contains(formula.mid(cases)));   // the cases, with alpha = 2
    QVERIFY(elu->text().contains(QStringLiteral("2\u00b7")));
    QVERIFY(elu->text().contains(QStringLiteral("(\u22122, \u221e)")));
    QVERIFY(elu->text().contains(QStringLiteral("jumps at 0: 2 \u2192 1")));
    QVERIFY(child<QLabel>(QStringLiteral("leakyReluFormula"))->text().contains(QStringLiteral("0.01")));
    // The exact mean for N(0, 1) input, from the core's closed forms.
    QVERIFY(child<QLabel>(QStringLiteral("reluFormula"))->text().contains(QStringLiteral("N(0, 1): 0.398942")));
    QLabel* selu = child<QLabel>(QStringLiteral("seluFormula"));
    QVERIFY(selu->text().contains(QStringLiteral("N(0, 1): \u2248 0")));
    // Six digits on screen, every digit in the tooltip.
    QVERIFY(selu->text().contains(QStringLiteral("1.0507\u00b7")));
    QVERIFY(!selu->text().contains(QStringLiteral("1.0507009873554805")));
    QVERIFY(selu->toolTip().contains(QStringLiteral("1.0507009873554805")));
    slider(Parameter::EluAlpha)->setValue(100);
    QVERIFY(elu->text().contains(QStringLiteral("N(0, 1): 0.160521")));
    check("reluCheck")->setChecked(false);
    QVERIFY(child<QLabel>(QStringLiteral("reluFormula"))->isHidden());
    check("reluCheck")->setChecked(true);
    QVERIFY(!child<QLabel>(QStringLiteral("reluFormula"))->isHidden());
}

// Curves are instances: a copy of ELU gets its own sliders, graphs, legend label and formula,
// and changing it leaves the original as it was. Duplicating is one undo step.
void TestGuiMainWindow::duplicatedCurveHasItsOwnParameters() {
    alab::ExplorerController& controller = window_->controller();
    const alab::CurveId elu = controller.scene().find(FunctionKind::Elu)->id;
    const std::size_t before = controller.scene().functions.size();
    auto* duplicate = child<QToolButton>(QStringLiteral("eluDuplicateButton"));
    QVERIFY(duplicate != nullptr);
    duplicate->click();
    const alab::CurveScene& scene = controller.scene();
    QCOMPARE(scene.functions.size(), before + 1);
    QCOMPARE(scene.functions[1].function, Activation::elu());  // right after the original
    const alab::CurveId copy = scene.functions[1].id;
    QVERIFY(copy != elu);
    QCOMPARE(scene.ordinal(copy), 2);

    QSlider* second = child<QSlider>(QStringLiteral("elu2AlphaSlider"));
    QVERIFY(second != nullptr);
    second->setValue(50);
    QCOMPARE(scene.curve(copy)->function, Activation::elu(0.5));
    QCOMPARE(scene.curve(elu)->function, Activation::elu());
    QCOMPARE(slider(Parameter::EluAlpha)->value(), 100);

    QCPGraph* original = graphNamed(plot(), QStringLiteral("elu:value"));
    QCPGraph* copied = graphNamed(plot(), QStringLiteral("elu-2:value"));
    QVERIFY(original != nullptr && copied != nullptr);
    QCOMPARE(original->name(), QStringLiteral("ELU"));
    QCOMPARE(copied->name(), QStringLiteral("ELU (\u03b1 = 0.5)"));
    QVERIFY(mismatchWithCore(copied, Activation::elu(0.5), false).isEmpty());
    QVERIFY(mismatchWithCore(original, Activation::elu(), false).isEmpty());
    QVERIFY(original->pen().color() != copied->pen().color());
    QVERIFY(graphNamed(plot(), QStringLiteral("elu-2:derivative-left")) != nullptr);  // alpha 0.5: f' jumps
    QCOMPARE(child<QGroupBox>(QStringLiteral("elu2Group"))->title(), QStringLiteral("ELU (\u03b1 = 0.5)"));
    QLabel* formula = child<QLabel>(QStringLiteral("elu2Formula"));
    QVERIFY(formula != nullptr && !formula->isHidden());
    QVERIFY(formula->text().contains(QStringLiteral("0.5\u00b7")));

    // Undo: first the slider, then the copy itself.
    controller.undoStack().undo();
    QCOMPARE(scene.curve(copy)->function, Activation::elu());
    controller.undoStack().undo();
    QCOMPARE(scene.functions.size(), before);
    QVERIFY(scene.curve(copy) == nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("elu-2:value")) == nullptr);
    QVERIFY(child<QSlider>(QStringLiteral("elu2AlphaSlider")) == nullptr);
    controller.undoStack().redo();
    QVERIFY(graphNamed(plot(), QStringLiteral("elu-2:value")) != nullptr);
}

void TestGuiMainWindow::removeAndMoveAreUndoable() {
    alab::ExplorerController& controller = window_->controller();
    const alab::CurveScene& scene = controller.scene();
    const alab::CurveId selu = scene.find(FunctionKind::Selu)->id;
    child<QToolButton>(QStringLiteral("seluRemoveButton"))->click();
    QVERIFY(scene.curve(selu) == nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("selu:value")) == nullptr);
    QVERIFY(child<QGroupBox>(QStringLiteral("seluGroup")) == nullptr);
    QVERIFY(controller.undoStack().undoText().contains(QStringLiteral("SELU")));
    controller.undoStack().undo();
    QVERIFY(scene.curve(selu) != nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("selu:value")) != nullptr);

    // Moving changes the drawing and legend order.
    const alab::CurveId relu = scene.find(FunctionKind::Relu)->id;
    controller.moveCurve(relu, 0);
    QCOMPARE(scene.functions.front().id, relu);
    auto* first = qobject_cast<QCPPlottableLegendItem*>(plot()->legend->item(0));
    QVERIFY(first != nullptr);
    QCOMPARE(first->plottable()->name(), QStringLiteral("ReLU"));
    controller.undoStack().undo();
    QCOMPARE(scene.functions.front().function.kind(), FunctionKind::Elu);

    // A label of one's own names the curve everywhere; too long a one is refused, nothing changed.
    const alab::CurveId elu = scene.find(FunctionKind::Elu)->id;
    QCOMPARE(controller.setCurveLabel(elu, QStringLiteral("  the classic  ")), QString());
    QCOMPARE(scene.curve(elu)->label, std::string("the classic"));
    QCOMPARE(graphNamed(plot(), QStringLiteral("elu:value"))->name(), QStringLiteral("the classic"));
    QCOMPARE(child<QGroupBox>(QStringLiteral("eluGroup"))->title(), QStringLiteral("the classic"));
    QVERIFY(controller.setCurveLabel(elu, QString(201, QLatin1Char('x'))).contains(QStringLiteral("at most 200")));
    QCOMPARE(scene.curve(elu)->label, std::string("the classic"));
    controller.undoStack().undo();
    QCOMPARE(graphNamed(plot(), QStringLiteral("elu:value"))->name(), QStringLiteral("ELU"));
    QCOMPARE(child<QGroupBox>(QStringLiteral("eluGroup"))->title(), QStringLiteral("ELU"));
    QCOMPARE(child<QGroupBox>(QStringLiteral("eluGroup"))->contextMenuPolicy(), Qt::CustomContextMenu);

    // A scene without SELU (a version 2 file lists only its curves): ticking SELU adds one.
    controller.removeCurve(selu);
    QVERIFY(scene.find(FunctionKind::Selu) == nullptr);
    check("seluCheck")->setChecked(true);
    QVERIFY(scene.find(FunctionKind::Selu) != nullptr);
    QVERIFY(scene.find(FunctionKind::Selu)->visible);
    QVERIFY(graphNamed(plot(), QStringLiteral("selu:value")) != nullptr);
}

// Four ELU curves with their own alpha: four graphs on a ramp of ELU's colour, four labels.
void TestGuiMainWindow::familyOfFourEluCurves() {
    alab::ExplorerController& controller = window_->controller();
    const alab::CurveId elu = controller.scene().find(FunctionKind::Elu)->id;
    const double alphas[] = {0.25, 0.5, 1.0, 2.0};
    controller.setParameter(Parameter::EluAlpha, alphas[0]);
    for (int i = 1; i < 4; ++i) {
        const alab::CurveId copy = controller.duplicateCurve(i == 1 ? elu : controller.scene().functions[i - 1].id);
        QVERIFY(copy != 0);
        controller.setParameter(Parameter::EluAlpha.of(copy), alphas[i]);
    }
    QSet<QRgb> colours;
    for (int i = 0; i < 4; ++i) {
        const QString key = i == 0 ? QStringLiteral("elu") : QStringLiteral("elu-%1").arg(i + 1);
        QCPGraph* graph = graphNamed(plot(), key + QStringLiteral(":value"));
        QVERIFY2(graph != nullptr, qPrintable(key));
        QCOMPARE(graph->name(), QString::fromStdString(Activation::elu(alphas[i]).label()));
        QVERIFY(mismatchWithCore(graph, Activation::elu(alphas[i]), false).isEmpty());
        colours.insert(graph->pen().color().rgb());
    }
    QCOMPARE(colours.size(), 4);

    // A group's check box hides its one curve and stays to show it again; the function's check
    // box hides and shows them all, one undo step.
    auto* second = child<QGroupBox>(QStringLiteral("elu2Group"));
    QVERIFY(second != nullptr && second->isCheckable() && second->isChecked());
    second->setChecked(false);
    QVERIFY(graphNamed(plot(), QStringLiteral("elu-2:value")) == nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:value")) != nullptr);
    QVERIFY(!second->isHidden());
    QVERIFY(check("eluCheck")->isChecked());
    check("eluCheck")->setChecked(false);
    for (const alab::SceneFunction& entry : controller.scene().functions) {
        if (entry.function.kind() == FunctionKind::Elu) QVERIFY(!entry.visible);
    }
    QVERIFY(second->isHidden());
    check("eluCheck")->setChecked(true);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("elu-")) > 0, true);
    for (int i = 0; i < 4; ++i) {
        const QString key = i == 0 ? QStringLiteral("elu") : QStringLiteral("elu-%1").arg(i + 1);
        QVERIFY2(graphNamed(plot(), key + QStringLiteral(":value")) != nullptr, qPrintable(key));
    }
    controller.undoStack().undo();  // the tick of ELU: all four hidden again
    QVERIFY(graphNamed(plot(), QStringLiteral("elu-4:value")) == nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:value")) == nullptr);
}

// Edit > Add Family: four ELU curves from "0.25, 0.5, 1, 2" in one undo step; a typo shows its
// column and keeps OK disabled; a value out of range keeps the dialog open and the scene as it was.
void TestGuiMainWindow::familyDialogMakesCurvesInOneStep() {
    alab::ExplorerController& controller = window_->controller();
    const alab::CurveScene before = controller.scene();
    alab::FamilyDialog dialog(controller, window_.get());
    auto* values = dialog.findChild<QLineEdit*>(QStringLiteral("familyValuesEdit"));
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("familyPreviewLabel"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(values != nullptr && preview != nullptr && buttons != nullptr);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("familyFunctionCombo"))->currentText(), QStringLiteral("ELU"));

    values->setText(QStringLiteral("0.25, 0.5, tanhh, 2"));
    QVERIFY2(preview->text().contains(QStringLiteral("column 12: 'tanhh' is not a number")),
             qPrintable(preview->text()));
    QVERIFY(!ok->isEnabled());
    values->setText(QStringLiteral("0.5, 1000"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QVERIFY(dialog.result() != QDialog::Accepted);
    // In the locale's digits, as every number the window shows.
    const QString refusal =
        QStringLiteral("%1 is outside %2").arg(alab::formatNumber(1000, 17), alab::formatNumber(-100));
    QVERIFY2(preview->text().contains(refusal), qPrintable(preview->text()));
    QVERIFY(controller.scene() == before);
    QCOMPARE(values->text(), QStringLiteral("0.5, 1000"));

    values->setText(QStringLiteral("0.25:0.25:1, 2"));
    QVERIFY(!ok->isEnabled());  // a range or a list, not both
    values->setText(QStringLiteral("0.25, 0.5, 1, 2"));
    QVERIFY2(preview->text().contains(QStringLiteral("4 curves")), qPrintable(preview->text()));
    const int steps = controller.undoStack().count();
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(controller.undoStack().count(), steps + 1);
    std::vector<double> alphas;
    for (const alab::SceneFunction& entry : controller.scene().functions) {
        if (entry.function.kind() == FunctionKind::Elu) alphas.push_back(entry.function.alpha());
    }
    QCOMPARE(alphas, (std::vector<double>{0.25, 0.5, 1.0, 2.0}));                    // replacing the one ELU curve
    QCOMPARE(controller.scene().functions.front().function, Activation::elu(0.25));  // where ELU was
    QVERIFY(graphNamed(plot(), QStringLiteral("elu-4:value")) != nullptr);
    controller.undoStack().undo();
    QVERIFY(controller.scene() == before);
}

// New Function…: a typo shows inline with its column while the last valid curve stays in the
// preview; the typed curve gets its slider, its legend entry and its formulas; one undo step.
void TestGuiMainWindow::newFunctionDialogAddsATypedCurve() {
    alab::ExplorerController& controller = window_->controller();
    const alab::CurveScene before = controller.scene();
    alab::NewFunctionDialog dialog(controller, window_.get());
    auto* expression = dialog.findChild<QLineEdit*>(QStringLiteral("expressionEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("expressionErrorLabel"));
    auto* preview = dialog.findChild<QCustomPlot*>(QStringLiteral("expressionPreview"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(expression != nullptr && error != nullptr && preview != nullptr && buttons != nullptr);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());  // the example compiles
    expression->setText(QStringLiteral("x*sigmoid(a*x)"));
    QVERIFY(ok->isEnabled());
    const double previewAtEnd = preview->graph(0)->data()->at(preview->graph(0)->dataCount() - 1)->value;
    expression->setText(QStringLiteral("1 + x * tanhh(x)"));
    QVERIFY2(error->text() == QStringLiteral("column 9: unknown function 'tanhh', did you mean tanh?"),
             qPrintable(error->text()));
    QVERIFY(!error->isHidden());
    QVERIFY(!ok->isEnabled());
    QCOMPARE(preview->graph(0)->data()->at(preview->graph(0)->dataCount() - 1)->value, previewAtEnd);
    QVERIFY(controller.scene() == before);
    expression->setText(QStringLiteral("x*sigmoid(x)"));  // the parameter a unused: refused, named
    QVERIFY2(error->text().contains(QStringLiteral("parameter a is not used")), qPrintable(error->text()));
    QVERIFY(!ok->isEnabled());
    expression->setText(QStringLiteral("x*sigmoid(a*x)"));
    dialog.findChild<QLineEdit*>(QStringLiteral("functionNameEdit"))->setText(QStringLiteral("Swish"));
    QVERIFY(error->isHidden());
    const int steps = controller.undoStack().count();
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(controller.undoStack().count(), steps + 1);
    const alab::SceneFunction& added = controller.scene().functions.back();
    QCOMPARE(added.function.kind(), FunctionKind::Typed);
    QCOMPARE(added.displayLabel(), std::string("Swish"));
    QCOMPARE(added.function.value(2.0), 2.0 / (1.0 + std::exp(-2.0)));
    QCPGraph* value = graphNamed(plot(), QStringLiteral("expression:value"));
    QVERIFY(value != nullptr);
    QCOMPARE(value->name(), QStringLiteral("Swish"));
    // Its parameter has a slider like a built-in's, and moving it reaches the curve.
    auto* slider = child<QSlider>(QStringLiteral("expressionASlider"));
    QVERIFY(slider != nullptr);
    controller.setParameter(alab::Parameter{FunctionKind::Typed, 0, added.id}, 2.0);
    QCOMPARE(controller.scene().curve(added.id)->function.value(1.0), 1.0 / (1.0 + std::exp(-2.0)));
    controller.undoStack().undo();
    controller.undoStack().undo();
    QVERIFY(controller.scene() == before);
}

// Sixteen curves make sixteen formulas: they scroll, and the window keeps its size (it grew to
// 1280x1101 before, past a laptop's screen).
void TestGuiMainWindow::sixteenCurvesKeepTheWindowSize() {
    window_->resize(1280, 800);
    QTRY_COMPARE(window_->size(), QSize(1280, 800));
    alab::ExplorerController& controller = window_->controller();
    QCOMPARE(controller.addFamily(FunctionKind::Elu, 0, {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0}, true), QString());
    for (const FunctionKind kind :
         {FunctionKind::Prelu, FunctionKind::Celu, FunctionKind::Gelu, FunctionKind::Silu, FunctionKind::Mish}) {
        controller.setFunctionVisible(kind, true);
    }
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QCOMPARE(window_->size(), QSize(1280, 800));
    QVERIFY(plot()->height() >= 300);
    auto* scroll = child<QScrollArea>(QStringLiteral("formulaScroll"));
    QVERIFY(scroll != nullptr);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);  // the formulas scroll
    QVERIFY(child<QLabel>(QStringLiteral("elu8Formula")) != nullptr);
}

void TestGuiMainWindow::settingsRoundTrip() {
    slider(Parameter::EluAlpha)->setValue(175);
    spin(Parameter::SeluLambda)->setValue(1.2345);
    spin(Parameter::LeakySlope)->setValue(-0.3);
    check("reluCheck")->setChecked(false);
    check("separateDerivativesCheck")->setChecked(true);
    window_->controller().setTheme(alab::ThemeId::Dark);
    window_->resize(1100, 700);
    QTRY_COMPARE(window_->size(), QSize(1100, 700));
    const alab::CurveScene saved = window_->controller().scene();
    window_->close();  // saves

    window_ = std::make_unique<alab::MainWindow>();
    const alab::CurveScene restored = window_->controller().scene();
    QCOMPARE(restored.parameter(Parameter::EluAlpha), 1.75);
    QCOMPARE(restored.parameter(Parameter::SeluLambda), 1.2345);
    QCOMPARE(restored.parameter(Parameter::LeakySlope), -0.3);
    QCOMPARE(restored.parameter(Parameter::SeluAlpha), alab::kSeluAlpha);
    QCOMPARE(restored.theme, alab::ThemeId::Dark);
    QVERIFY(!restored.find(FunctionKind::Relu)->visible);
    QCOMPARE(restored.derivativeLayout, alab::DerivativeLayout::SeparatePlot);
    QVERIFY(restored == saved);
    QCOMPARE(window_->size(), QSize(1100, 700));
    // The panels show what was restored, and nothing of it is an undo step.
    QCOMPARE(slider(Parameter::EluAlpha)->value(), 175);
    QCOMPARE(child<QComboBox>(QStringLiteral("themeCombo"))->currentIndex(), 1);
    QCOMPARE(undo().count(), 0);

    // A stored scene the scene reader refuses (a hand-edited alpha beyond the spin box) gives the
    // default scene, not half of the stored one.
    window_.reset();
    {
        QSettings settings;
        settings.setValue(
            QStringLiteral("scene/document"),
            QByteArray(R"({"format": "activation-lab-scene", "version": 2, "theme": "dark", "functions": [)"
                       R"({"id": "elu", "alpha": 0.5}, {"id": "elu", "alpha": 1e308}]})"));
    }
    window_ = std::make_unique<alab::MainWindow>();
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 1.0);
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Light);
    QCOMPARE(window_->controller().scene().functions.size(), alab::allFunctionKinds().size());
}

QTEST_MAIN(TestGuiMainWindow)

void TestGuiMainWindow::compareMenuAddsGelu() {
    auto* button = child<QToolButton>(QStringLiteral("compareButton"));
    QVERIFY(button->menu() != nullptr);
    QCOMPARE(button->menu()->actions().size(), 9);  // every kind beyond the default four
    auto* gelu = child<QAction>(QStringLiteral("geluCompareAction"));
    QCOMPARE(gelu->text(), QStringLiteral("GELU"));
    QVERIFY(!gelu->isChecked());
    QVERIFY(check("geluCheck")->isHidden());
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("gelu:")), 0);

    gelu->trigger();
    QVERIFY(gelu->isChecked());
    QVERIFY(window_->controller().scene().find(FunctionKind::Gelu)->visible);
    QCOMPARE(undo().count(), 1);  // one visibility step, undoable like the check boxes
    QVERIFY(!check("geluCheck")->isHidden());
    QVERIFY(check("geluCheck")->isChecked());
    QCPGraph* value = graphNamed(plot(), QStringLiteral("gelu:value"));
    QVERIFY(value != nullptr);
    const QString mismatch = mismatchWithCore(value, Activation::gelu(), false);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCPGraph* derivative = graphNamed(plot(), QStringLiteral("gelu:derivative"));
    QVERIFY(derivative != nullptr);
    const QString derivativeMismatch = mismatchWithCore(derivative, Activation::gelu(), true);
    QVERIFY2(derivativeMismatch.isEmpty(), qPrintable(derivativeMismatch));
    // GELU is smooth: no jump dots; its minimum is marked where the core puts it.
    QVERIFY(graphNamed(plot(), QStringLiteral("gelu:jump-open")) == nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("gelu:derivative-left")) == nullptr);
    QCPGraph* minimum = graphNamed(plot(), QStringLiteral("gelu:minimum"));
    QVERIFY(minimum != nullptr);
    QCOMPARE(minimum->dataCount(), 1);
    QCOMPARE(minimum->dataMainKey(0), Activation::gelu().minimumPoint()->x);
    QCOMPARE(minimum->dataMainValue(0), Activation::gelu().minimumPoint()->value);
    // The formula panel shows it, with the minimum.
    auto* formula = child<QLabel>(QStringLiteral("geluFormula"));
    QVERIFY(!formula->isHidden());
    QVERIFY2(formula->text().contains(QStringLiteral("minimum")), qPrintable(formula->text()));
    // The legend lists five functions and five derivatives.
    QCOMPARE(plot()->legend->itemCount(), 10);

    undo().undo();
    QVERIFY(!gelu->isChecked());
    QVERIFY(check("geluCheck")->isHidden());
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("gelu:")), 0);
    QVERIFY(formula->isHidden());
}

void TestGuiMainWindow::comparisonCurvesHaveDistinctStyles() {
    for (const FunctionKind kind : alab::allFunctionKinds()) window_->controller().setFunctionVisible(kind, true);
    // No two functions draw f with the same colour and dash pattern, nor f' likewise.
    const alab::Theme theme = alab::Theme::get(alab::ThemeId::Light);
    QSet<QString> values, derivatives;
    for (const FunctionKind kind : alab::allFunctionKinds()) {
        const auto describe = [](const QPen& pen) {
            QString text = pen.color().name();
            for (const qreal dash : pen.dashPattern()) text += QLatin1Char(',') + QString::number(dash);
            return text + QLatin1Char(pen.style() == Qt::SolidLine ? 's' : 'd');
        };
        values.insert(describe(theme.valuePen(kind)));
        derivatives.insert(describe(theme.derivativePen(kind)));
        QCPGraph* value = graphNamed(plot(), idOf(kind) + QStringLiteral(":value"));
        QVERIFY2(value != nullptr, qPrintable(idOf(kind)));
        QCOMPARE(value->pen().color(), theme.functionColor(kind));
    }
    QCOMPARE(values.size(), 13);
    QCOMPARE(derivatives.size(), 13);
    QCOMPARE(plot()->legend->itemCount(), 26);
}

void TestGuiMainWindow::parameterRowsFollowVisibility() {
    for (const char* group : {"eluGroup", "seluGroup", "leakyGroup"})
        QVERIFY(!child<QGroupBox>(QLatin1String(group))->isHidden());
    for (const char* group : {"preluGroup", "celuGroup", "siluGroup", "softplusGroup"}) {
        QVERIFY2(child<QGroupBox>(QLatin1String(group))->isHidden(), group);
    }
    // Functions without parameters have no group.
    QVERIFY(window_->findChild<QGroupBox*>(QStringLiteral("geluGroup")) == nullptr);

    child<QAction>(QStringLiteral("softplusCompareAction"))->trigger();
    QVERIFY(!child<QGroupBox>(QStringLiteral("softplusGroup"))->isHidden());
    QVERIFY(slider(Parameter::SoftplusBeta) != nullptr);
    QVERIFY(spin(Parameter::SoftplusThreshold) != nullptr);
    check("eluCheck")->setChecked(false);
    QVERIFY(child<QGroupBox>(QStringLiteral("eluGroup"))->isHidden());
    check("softplusCheck")->setChecked(false);
    QVERIFY(child<QGroupBox>(QStringLiteral("softplusGroup"))->isHidden());
}

void TestGuiMainWindow::comparisonParametersReachTheCore_data() {
    QTest::addColumn<Parameter>("parameter");
    QTest::addColumn<double>("value");
    QTest::addColumn<Activation>("expected");
    QTest::newRow("prelu slope 0.1") << Parameter::PreluSlope << 0.1 << Activation::prelu(0.1);
    QTest::newRow("celu alpha 2.5") << Parameter::CeluAlpha << 2.5 << Activation::celu(2.5);
    QTest::newRow("silu beta 1.7") << Parameter::SiluBeta << 1.7 << Activation::silu(1.7);
    QTest::newRow("softplus beta 2") << Parameter::SoftplusBeta << 2.0 << Activation::softplus(2.0);
    QTest::newRow("softplus threshold 3") << Parameter::SoftplusThreshold << 3.0 << Activation::softplus(1.0, 3.0);
}

void TestGuiMainWindow::comparisonParametersReachTheCore() {
    QFETCH(Parameter, parameter);
    QFETCH(double, value);
    QFETCH(Activation, expected);
    const FunctionKind kind = alab::parameterInfo(parameter).kind;
    window_->controller().setFunctionVisible(kind, true);
    spin(parameter)->setValue(value);
    QCOMPARE(window_->controller().scene().find(kind)->function, expected);
    QCOMPARE(slider(parameter)->value(), static_cast<int>(std::lround(value * 100)));
    QCPGraph* graph = graphNamed(plot(), idOf(kind) + QStringLiteral(":value"));
    QVERIFY(graph != nullptr);
    const QString mismatch = mismatchWithCore(graph, expected, false);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // The undo text names the function and the parameter.
    QVERIFY2(undo().text(undo().count() - 1).contains(QString::fromUtf8(expected.displayName().data())),
             qPrintable(undo().text(undo().count() - 1)));
}

void TestGuiMainWindow::comparisonSettingsRoundTrip() {
    child<QAction>(QStringLiteral("siluCompareAction"))->trigger();
    spin(Parameter::SiluBeta)->setValue(2.25);
    window_->close();  // saves
    window_ = std::make_unique<alab::MainWindow>();
    const alab::CurveScene& restored = window_->controller().scene();
    QVERIFY(restored.find(FunctionKind::Silu)->visible);
    QVERIFY(!restored.find(FunctionKind::Gelu)->visible);
    QCOMPARE(restored.parameter(Parameter::SiluBeta), 2.25);
    QVERIFY(child<QAction>(QStringLiteral("siluCompareAction"))->isChecked());
    QVERIFY(graphNamed(plot(), QStringLiteral("silu:value")) != nullptr);
}

#include "test_gui_mainwindow.moc"
