// Drives the real main window offscreen: the panel's check boxes, through the controller, to
// the graphs in the QCustomPlot.

#include "curveplot.h"
#include "mainwindow.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

Q_DECLARE_METATYPE(alab::Activation)

namespace {

using alab::Activation;
using alab::FunctionKind;

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

}  // namespace

class TestGuiMainWindow : public QObject {
    Q_OBJECT

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

private:
    QCustomPlot* plot() const { return window_->findChild<QCustomPlot*>(QStringLiteral("curvePlotCanvas")); }
    QCheckBox* check(const char* name) const { return window_->findChild<QCheckBox*>(QLatin1String(name)); }

    std::unique_ptr<alab::MainWindow> window_;
};

void TestGuiMainWindow::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestGuiMainWindow::init() {
    window_ = std::make_unique<alab::MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestGuiMainWindow::cleanup() { window_.reset(); }

void TestGuiMainWindow::windowConstructs() {
    QCOMPARE(window_->windowTitle(), QStringLiteral("Activation Lab"));
    QVERIFY(plot() != nullptr);
    QVERIFY(window_->findChild<alab::CurvePlot*>(QStringLiteral("curvePlot")) != nullptr);
    for (const char* name : {"eluCheck", "seluCheck", "reluCheck", "leakyReluCheck", "showDerivativesCheck"}) {
        QVERIFY2(check(name) != nullptr, name);
        QVERIFY2(check(name)->isChecked(), name);
    }
    QCOMPARE(check("leakyReluCheck")->text(), QStringLiteral("Leaky ReLU"));
    QCOMPARE(plot()->xAxis->label(), QStringLiteral("x"));
    QCOMPARE(plot()->yAxis->label(), QStringLiteral("f(x), f\u2032(x)"));
    QCOMPARE(plot()->xAxis->range().lower, -5.0);
    QCOMPARE(plot()->xAxis->range().upper, 5.0);
}

void TestGuiMainWindow::everyVisibleFunctionHasGraphs() {
    for (const FunctionKind kind : alab::allFunctionKinds()) {
        QCPGraph* value = graphNamed(plot(), idOf(kind) + QStringLiteral(":value"));
        QVERIFY2(value != nullptr, qPrintable(idOf(kind)));
        QCOMPARE(value->dataCount(), alab::CurvePlot::kSampleCount);
        QCOMPARE(value->pen().style(), Qt::SolidLine);
        QVERIFY(value->antialiased());
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
    QTest::mouseClick(reluCheck, Qt::LeftButton, {}, reluCheck->rect().center());
    QVERIFY(!reluCheck->isChecked());
    QCOMPARE(graphsWithPrefix(plot(), relu), 0);
    QVERIFY(plot()->graphCount() < before);
    QVERIFY(!window_->controller().scene().find(FunctionKind::Relu)->visible);
    // The others are untouched.
    QVERIFY(graphNamed(plot(), QStringLiteral("elu:value")) != nullptr);
    QVERIFY(graphNamed(plot(), QStringLiteral("leaky_relu:value")) != nullptr);

    QTest::mouseClick(reluCheck, Qt::LeftButton, {}, reluCheck->rect().center());
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
    QTest::mouseClick(derivatives, Qt::LeftButton, {}, derivatives->rect().center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(derivativeGraphCount(plot()), 0);
    QCOMPARE(graphsWithPrefix(plot(), QStringLiteral("relu:jump")), 0);
    QCOMPARE(plot()->graphCount(), 4);
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
    QCOMPARE(left->dataCount() + right->dataCount(), alab::CurvePlot::kSampleCount + 1);
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
    QCPGraph* value = graphNamed(plot(), id + QStringLiteral(":value"));
    QVERIFY(value != nullptr);

    bool sawZero = false;
    for (int i = 0; i < value->dataCount(); ++i) {
        const double x = value->dataMainKey(i);
        sawZero = sawZero || x == 0.0;
        // The array path the plot uses and the scalar path agree within 2 ulp.
        if (!closeUlps(value->dataMainValue(i), function.value(x), 2)) {
            QFAIL(qPrintable(QStringLiteral("f(%1): plot %2, core %3")
                                 .arg(x, 0, 'g', 17)
                                 .arg(value->dataMainValue(i), 0, 'g', 17)
                                 .arg(function.value(x), 0, 'g', 17)));
        }
    }
    // The kink at 0 is sampled exactly, not a step beside it.
    QVERIFY(sawZero);
    QCOMPARE(value->dataMainKey(0), -5.0);
    QCOMPARE(value->dataMainKey(value->dataCount() - 1), 5.0);
}

void TestGuiMainWindow::reluGraphAtKnownPoints() {
    QCPGraph* relu = graphNamed(plot(), QStringLiteral("relu:value"));
    QVERIFY(relu != nullptr);
    const Activation core = Activation::relu();
    int checked = 0;
    for (int i = 0; i < relu->dataCount(); ++i) {
        const double x = relu->dataMainKey(i);
        for (const double probe : {-2.5, 0.0, 1.5, 5.0}) {
            if (std::abs(x - probe) < 1e-12) {
                QCOMPARE(relu->dataMainValue(i), core.value(x));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 4);
    QCOMPARE(relu->pen().color(), QColor(0x00, 0x9E, 0x73));
}

void TestGuiMainWindow::panelFollowsController() {
    // A change made elsewhere (later: undo, a loaded scene) shows in the panel without echoing.
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
}

QTEST_MAIN(TestGuiMainWindow)
#include "test_gui_mainwindow.moc"
