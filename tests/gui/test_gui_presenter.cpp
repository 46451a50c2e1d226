// SPDX-License-Identifier: GPL-3.0-or-later
// Projector mode and the presenter, on the real main window offscreen: the panels hidden and
// restored, the sliders overlay, the clicker keys, the black screen, the animated step between
// slides that differ only in parameters, the theme kept when a scene opens, and the lecture
// file's refusals.

#include "curveplot.h"
#include "formulapanel.h"
#include "lecturefile.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "presenter.h"
#include "projectorlayout.h"
#include "scenefileactions.h"

#include "gui_test_environment.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using alab::CurveScene;
using alab::FunctionKind;
using alab::Parameter;

namespace {

CurveScene sceneWithEluAlpha(double alpha) {
    CurveScene scene;
    scene.find(FunctionKind::Elu)->function = alab::Activation::elu(alpha);
    scene.find(FunctionKind::Selu)->visible = false;
    scene.find(FunctionKind::LeakyRelu)->visible = false;
    return scene;
}

// Closes the next modal message box once it is open, keeping its text.
void closeNextMessageBox(QString* text) {
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr) return;
        timer->stop();
        timer->deleteLater();
        *text = box->text();
        box->accept();
    });
    timer->start(10);
}

}  // namespace

class TestGuiPresenter : public QObject {
    Q_OBJECT

public:
    static void initMain() { alab::test::prepareGuiTestEnvironment(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void projectorHidesAndRestoresPanels();
    void slidersOverlayFromASpinBox();
    void slidersOverlayIsAsTallAsTheSliders();
    void keysStepSlides();
    void pageDownFromAFocusedSpinBox();
    void blackScreen();
    void escapeLeavesAndRestores();
    void parameterOnlyChangeAnimates();
    void otherChangesJump();
    void openingASceneKeepsTheTheme();
    void useTheScenesTheme();
    void presentingKeepsTheTheme();
    void badLectureIsRefusedNamingTheField_data();
    void badLectureIsRefusedNamingTheField();
    void badLectureLeavesTheWindowAlone();
    void folderIsALecture();
    void shippedLecture();

private:
    QString path(const QString& name) const { return dir_->filePath(name); }
    template <typename T>
    T* child(const QString& name) const {
        T* found = window_->findChild<T*>(name);
        if (found == nullptr) qFatal("no child %s", qPrintable(name));
        return found;
    }
    QWidget* sidePanel() const { return child<QScrollArea>(QStringLiteral("sidePanelScroll")); }
    QWidget* curvePlot() const { return child<QWidget>(QStringLiteral("curvePlot")); }
    QWidget* formulaPanel() const { return child<QWidget>(QStringLiteral("formulaPanel")); }
    // A lecture of `scenes` in the temporary folder; the slides are named s0.alab, s1.alab, ...
    QString writeLecture(const std::vector<CurveScene>& scenes);
    void press(int key, QWidget* target = nullptr) {
        QTest::keyClick(target != nullptr                        ? target
                        : QApplication::focusWidget() != nullptr ? QApplication::focusWidget()
                                                                 : static_cast<QWidget*>(window_.get()),
                        static_cast<Qt::Key>(key));
    }
    alab::Presenter& presenter() const { return window_->presenter(); }

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<alab::MainWindow> window_;
};

void TestGuiPresenter::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Activation Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_presenter"));
    QVERIFY(QSettings().fileName().contains(QStringLiteral("qttest")));
}

void TestGuiPresenter::init() {
    QSettings().clear();
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    window_ = std::make_unique<alab::MainWindow>();
    window_->resize(1280, 720);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->activateWindow();
    curvePlot()->setFocus();
}

void TestGuiPresenter::cleanup() {
    window_.reset();
    dir_.reset();
    QSettings().clear();
}

QString TestGuiPresenter::writeLecture(const std::vector<CurveScene>& scenes) {
    QString slides;
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        const QString name = QStringLiteral("s%1.alab").arg(i);
        if (alab::writeSceneFile(path(name), scenes[i])) qFatal("cannot write %s", qPrintable(name));
        if (i > 0) slides += QLatin1Char(',');
        slides += QStringLiteral(R"({"scene": "%1"})").arg(name);
    }
    const QString file = path(QStringLiteral("talk.alablecture"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) qFatal("cannot write the lecture");
    out.write(
        QStringLiteral(R"({"format": "activation-lab-lecture", "version": 1, "slides": [%1]})").arg(slides).toUtf8());
    return file;
}

void TestGuiPresenter::projectorHidesAndRestoresPanels() {
    QVERIFY(sidePanel()->isVisible());
    QVERIFY(formulaPanel()->isVisible());
    const QRect sideBefore = sidePanel()->geometry();
    const QRect plotBefore = curvePlot()->geometry();
    QAction* projector = child<QAction>(QStringLiteral("projectorAction"));
    QAction* sliders = child<QAction>(QStringLiteral("slidersOverlayAction"));
    QVERIFY(!sliders->isEnabled());

    press(Qt::Key_F5);
    QVERIFY(projector->isChecked());
    QVERIFY(window_->projector().isActive());
    QVERIFY(!sidePanel()->isVisible());
    QVERIFY(!formulaPanel()->isVisible());
    QVERIFY(sliders->isEnabled());
    QTRY_VERIFY(curvePlot()->width() > plotBefore.width() + sideBefore.width() / 2);
    QTRY_VERIFY(curvePlot()->height() > plotBefore.height());

    // S: the sliders over the plot, not beside it (the plot keeps its size).
    const QSize plotFull = curvePlot()->size();
    press(Qt::Key_S);
    QVERIFY(sliders->isChecked());
    QVERIFY(sidePanel()->isVisible());
    QVERIFY(window_->projector().isOverlayShown());
    QTest::qWait(50);
    QCOMPARE(curvePlot()->size(), plotFull);
    const QRect overlay(sidePanel()->mapTo(window_.get(), QPoint()), sidePanel()->size());
    const QRect plot(curvePlot()->mapTo(window_.get(), QPoint()), curvePlot()->size());
    QVERIFY(plot.intersects(overlay));
    QCOMPARE(overlay.right(), window_->centralWidget()->geometry().right());
    QVERIFY(sidePanel()->palette().color(QPalette::Window).alpha() < 255);
    press(Qt::Key_S);
    QVERIFY(!sidePanel()->isVisible());
    QVERIFY(!sliders->isChecked());

    // Leaving with the overlay shown restores the layout exactly.
    press(Qt::Key_S);
    press(Qt::Key_F5);
    QVERIFY(!projector->isChecked());
    QVERIFY(!sliders->isEnabled());
    QVERIFY(sidePanel()->isVisible());
    QVERIFY(formulaPanel()->isVisible());
    QCOMPARE(sidePanel()->palette().color(QPalette::Window).alpha(), 255);
    QTRY_COMPARE(sidePanel()->geometry(), sideBefore);
    QTRY_COMPARE(curvePlot()->geometry(), plotBefore);
}

// One curve's sliders: the overlay ends below the Display and View groups, with no gap between
// the groups, and the plot under it stays uncovered; more curves, and it grows with them.
void TestGuiPresenter::slidersOverlayIsAsTallAsTheSliders() {
    window_->controller().setScene(sceneWithEluAlpha(1.0));
    auto* parameters = sidePanel()->findChild<QWidget*>(QStringLiteral("parameterPanel"));
    QVERIFY(parameters != nullptr);
    QTRY_COMPARE(parameters->height(), parameters->sizeHint().height());
    press(Qt::Key_F5);
    press(Qt::Key_S);
    QVERIFY(window_->projector().isOverlayShown());
    const int contents = qobject_cast<QScrollArea*>(sidePanel())->widget()->sizeHint().height();
    QTRY_VERIFY(sidePanel()->height() <= contents + 4);
    const int oneCurve = sidePanel()->height();
    QVERIFY2(oneCurve < window_->centralWidget()->height() - 100, qPrintable(QString::number(oneCurve)));
    QCOMPARE(parameters->height(), parameters->sizeHint().height());

    window_->controller().setScene(CurveScene());  // ELU, SELU and Leaky ReLU with sliders
    QTRY_VERIFY(sidePanel()->height() > oneCurve);
}

void TestGuiPresenter::slidersOverlayFromASpinBox() {
    press(Qt::Key_F5);
    press(Qt::Key_S);
    auto* spin = sidePanel()->findChild<QAbstractSpinBox*>();
    QVERIFY(spin != nullptr);
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    // The letter reaches the window's action, not the spin box's text.
    press(Qt::Key_S, spin);
    QVERIFY(!window_->projector().isOverlayShown());
    QVERIFY(window_->projector().isActive());
    press(Qt::Key_S);
    spin = sidePanel()->findChild<QAbstractSpinBox*>();
    spin->setFocus();
    // Esc from inside the overlay hides the overlay first, then leaves projector mode.
    press(Qt::Key_Escape, spin);
    QVERIFY(!window_->projector().isOverlayShown());
    QVERIFY(window_->projector().isActive());
    press(Qt::Key_Escape);
    QVERIFY(!window_->projector().isActive());
    QVERIFY(sidePanel()->isVisible());
}

void TestGuiPresenter::keysStepSlides() {
    CurveScene third = sceneWithEluAlpha(1.0);
    third.activeView = alab::ViewId::Histogram;
    const QString file = writeLecture({sceneWithEluAlpha(1.0), sceneWithEluAlpha(0.5), third});
    QVERIFY(window_->presentLecture(file));
    QVERIFY(presenter().isActive());
    QVERIFY(window_->projector().isActive());
    QVERIFY(window_->isFullScreen());
    auto* label = child<QLabel>(QStringLiteral("presenterSlideLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("1 / 3")), qPrintable(label->text()));

    const std::pair<int, int> steps[] = {
        {Qt::Key_PageDown, 1}, {Qt::Key_Space, 2}, {Qt::Key_PageDown, 2},  // no slide after the last
        {Qt::Key_PageUp, 1},   {Qt::Key_Left, 0},  {Qt::Key_PageUp, 0},    // none before the first
        {Qt::Key_Right, 1},    {Qt::Key_Down, 2},  {Qt::Key_Up, 1},       {Qt::Key_Backspace, 0},
    };
    for (const auto& [key, expected] : steps) {
        press(key);
        QCOMPARE(presenter().currentIndex(), expected);
        QVERIFY2(label->text().startsWith(QStringLiteral("%1 / 3").arg(expected + 1)), qPrintable(label->text()));
    }
    press(Qt::Key_PageDown);
    press(Qt::Key_PageDown);
    QTRY_VERIFY(!presenter().isAnimating());
    QCOMPARE(window_->controller().scene().activeView, alab::ViewId::Histogram);
}

void TestGuiPresenter::pageDownFromAFocusedSpinBox() {
    QVERIFY(window_->presentLecture(writeLecture({sceneWithEluAlpha(1.0), sceneWithEluAlpha(1.5)})));
    press(Qt::Key_S);
    QVERIFY(window_->projector().isOverlayShown());
    auto* spin = sidePanel()->findChild<QAbstractSpinBox*>(QStringLiteral("eluAlphaSpin"));
    QVERIFY(spin != nullptr);
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    // The arrows step the focused slider; Page Down is the clicker's, not the spin box's ±0.1.
    press(Qt::Key_Up, spin);
    QCOMPARE(presenter().currentIndex(), 0);
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 1.01);
    press(Qt::Key_PageDown, spin);
    QCOMPARE(presenter().currentIndex(), 1);
    QTRY_VERIFY(!presenter().isAnimating());
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 1.5);
}

void TestGuiPresenter::blackScreen() {
    QVERIFY(window_->presentLecture(writeLecture({sceneWithEluAlpha(1.0), sceneWithEluAlpha(0.5)})));
    press(Qt::Key_B);
    QVERIFY(presenter().isBlackedOut());
    auto* black = child<QWidget>(QStringLiteral("presenterBlackScreen"));
    QVERIFY(black->isVisible());
    QCOMPARE(black->geometry(), window_->rect());
    const QImage shot = window_->grab().toImage();
    for (const QPoint p :
         {QPoint(5, 5), QPoint(shot.width() / 2, shot.height() / 2), QPoint(shot.width() - 5, shot.height() - 5)}) {
        QCOMPARE(QColor(shot.pixel(p)), QColor(Qt::black));
    }
    press(Qt::Key_B);
    QVERIFY(!presenter().isBlackedOut());
    QVERIFY(!black->isVisible());
    // The clicker's next press brings the picture back and moves on.
    press(Qt::Key_Period);
    QVERIFY(presenter().isBlackedOut());
    press(Qt::Key_PageDown);
    QVERIFY(!presenter().isBlackedOut());
    QCOMPARE(presenter().currentIndex(), 1);
}

void TestGuiPresenter::escapeLeavesAndRestores() {
    window_->controller().setParameter(Parameter::EluAlpha, 0.75);
    window_->controller().setXRange(-2.0, 2.0);
    const CurveScene before = window_->controller().scene();
    const QRect sideBefore = sidePanel()->geometry();
    // The audience sees the slide alone: no menu bar, status bar or view tabs.
    QWidget* chrome[] = {window_->menuBar(), window_->statusBar(),
                         child<QTabWidget>(QStringLiteral("viewTabs"))->tabBar()};
    for (QWidget* widget : chrome) QVERIFY(widget->isVisible());
    QVERIFY(window_->presentLecture(writeLecture({sceneWithEluAlpha(1.0), sceneWithEluAlpha(0.5)})));
    for (QWidget* widget : chrome) QVERIFY2(!widget->isVisible(), widget->metaObject()->className());
    QVERIFY(!child<QAction>(QStringLiteral("projectorAction"))->isEnabled());
    press(Qt::Key_PageDown);
    press(Qt::Key_Escape);
    QVERIFY(!presenter().isActive());
    QCOMPARE(window_->controller().scene(), before);
    QVERIFY(!window_->projector().isActive());
    QVERIFY(!window_->isFullScreen());
    QVERIFY(child<QAction>(QStringLiteral("projectorAction"))->isEnabled());
    QVERIFY(!child<QLabel>(QStringLiteral("presenterSlideLabel"))->isVisible());
    QVERIFY(sidePanel()->isVisible());
    for (QWidget* widget : chrome) QVERIFY2(widget->isVisible(), widget->metaObject()->className());
    QTRY_COMPARE(sidePanel()->geometry(), sideBefore);

    // Started from projector mode, leaving the lecture stays in projector mode.
    press(Qt::Key_F5);
    QVERIFY(window_->presentLecture(writeLecture({sceneWithEluAlpha(1.0)})));
    press(Qt::Key_Escape);
    QVERIFY(!presenter().isActive());
    QVERIFY(window_->projector().isActive());
}

void TestGuiPresenter::parameterOnlyChangeAnimates() {
    CurveScene first = sceneWithEluAlpha(1.0);
    first.find(FunctionKind::Selu)->visible = true;
    CurveScene second = first;
    second.find(FunctionKind::Elu)->function = alab::Activation::elu(0.5);
    second.find(FunctionKind::Selu)->function = alab::Activation::selu(1.2, 1.1);
    QVERIFY(alab::differsOnlyInParameters(first, second));
    QVERIFY(window_->presentLecture(writeLecture({first, second})));

    std::vector<double> alphas;
    std::vector<double> lambdas;
    connect(&window_->controller(), &alab::ExplorerController::functionChanged, this, [&] {
        alphas.push_back(window_->controller().scene().parameter(Parameter::EluAlpha));
        lambdas.push_back(window_->controller().scene().parameter(Parameter::SeluLambda));
    });
    press(Qt::Key_PageDown);
    QVERIFY(presenter().isAnimating());
    // Not there yet: the step takes kAnimationMs.
    QVERIFY(window_->controller().scene().parameter(Parameter::EluAlpha) > 0.9);
    QTRY_VERIFY_WITH_TIMEOUT(!presenter().isAnimating(), 5000);
    disconnect(&window_->controller(), &alab::ExplorerController::functionChanged, this, nullptr);

    const auto between = [](const std::vector<double>& values, double lo, double hi) {
        return std::count_if(values.begin(), values.end(), [&](double v) { return v > lo && v < hi; });
    };
    QVERIFY2(between(alphas, 0.5, 1.0) >= 3, "ELU's alpha passes through values between the slides'");
    QVERIFY2(between(lambdas, 1.0507009873554805, 1.1) >= 3, "so does SELU's lambda, at the same time");
    // Monotone: the easing never overshoots.
    QVERIFY(std::is_sorted(alphas.rbegin(), alphas.rend()));
    CurveScene expected = second;
    expected.theme = window_->controller().scene().theme;
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 0.5);
    QCOMPARE(window_->controller().scene().parameter(Parameter::SeluAlpha), 1.2);
    QCOMPARE(window_->controller().scene().parameter(Parameter::SeluLambda), 1.1);
    QVERIFY(window_->controller().scene() == expected);

    // A key during the animation lands exactly on that slide first, then goes on.
    press(Qt::Key_PageUp);
    QVERIFY(presenter().isAnimating());
    press(Qt::Key_PageDown);
    QVERIFY(presenter().isAnimating());
    QTRY_VERIFY_WITH_TIMEOUT(!presenter().isAnimating(), 5000);
    QVERIFY(window_->controller().scene() == expected);
}

void TestGuiPresenter::otherChangesJump() {
    CurveScene first = sceneWithEluAlpha(1.0);
    CurveScene moved = first;
    moved.view.xMin = -2.0;
    CurveScene hidden = first;
    hidden.find(FunctionKind::Relu)->visible = false;
    hidden.find(FunctionKind::Elu)->function = alab::Activation::elu(0.5);
    QVERIFY(!alab::differsOnlyInParameters(first, moved));
    QVERIFY(!alab::differsOnlyInParameters(first, hidden));
    QVERIFY(window_->presentLecture(writeLecture({first, moved, hidden})));
    press(Qt::Key_PageDown);
    QVERIFY(!presenter().isAnimating());
    QCOMPARE(window_->controller().scene().view.xMin, -2.0);
    press(Qt::Key_PageDown);
    QVERIFY(!presenter().isAnimating());
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 0.5);
}

void TestGuiPresenter::openingASceneKeepsTheTheme() {
    QVERIFY(!child<QAction>(QStringLiteral("useSceneThemeAction"))->isChecked());
    window_->controller().setTheme(alab::ThemeId::Presentation);
    CurveScene light = sceneWithEluAlpha(0.5);
    light.theme = alab::ThemeId::Light;
    QVERIFY(!alab::writeSceneFile(path(QStringLiteral("light.alab")), light).has_value());
    QVERIFY(!window_->fileActions().document().load(path(QStringLiteral("light.alab"))).has_value());
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Presentation);
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 0.5);
    QVERIFY2(!window_->isWindowModified(), "the kept theme is not a change to the file");
    QVERIFY(child<QAction>(QStringLiteral("presentationThemeAction"))->isChecked());

    // The examples too: every shipped scene stores "light".
    window_->fileActions().openExample(alab::SceneFileActions::exampleScenes().front());
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Presentation);
}

void TestGuiPresenter::useTheScenesTheme() {
    window_->controller().setTheme(alab::ThemeId::Presentation);
    CurveScene dark = sceneWithEluAlpha(0.5);
    dark.theme = alab::ThemeId::Dark;
    QVERIFY(!alab::writeSceneFile(path(QStringLiteral("dark.alab")), dark).has_value());
    child<QAction>(QStringLiteral("useSceneThemeAction"))->trigger();
    QVERIFY(!window_->fileActions().document().load(path(QStringLiteral("dark.alab"))).has_value());
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Dark);
    QVERIFY(QSettings().value(QStringLiteral("view/useSceneTheme")).toBool());
    // A setting: the next window applies scenes' themes too.
    window_.reset();
    window_ = std::make_unique<alab::MainWindow>();
    QVERIFY(child<QAction>(QStringLiteral("useSceneThemeAction"))->isChecked());
    QVERIFY(window_->fileActions().document().usesSceneTheme());
}

void TestGuiPresenter::presentingKeepsTheTheme() {
    window_->controller().setTheme(alab::ThemeId::Presentation);
    CurveScene dark = sceneWithEluAlpha(0.5);
    dark.theme = alab::ThemeId::Dark;
    QVERIFY(window_->presentLecture(writeLecture({dark})));
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Presentation);
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 0.5);
    press(Qt::Key_Escape);
    child<QAction>(QStringLiteral("useSceneThemeAction"))->trigger();
    QVERIFY(window_->presentLecture(path(QStringLiteral("talk.alablecture"))));
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Dark);
    press(Qt::Key_Escape);
    QCOMPARE(window_->controller().scene().theme, alab::ThemeId::Presentation);
}

void TestGuiPresenter::badLectureIsRefusedNamingTheField_data() {
    QTest::addColumn<QString>("lecture");
    QTest::addColumn<QString>("expected");
    const auto lecture = [](const QString& slides) {
        return QStringLiteral(R"({"format": "activation-lab-lecture", "version": 1, "slides": %1})").arg(slides);
    };
    QTest::newRow("not JSON") << QStringLiteral("{") << QStringLiteral("talk.alablecture: not valid JSON");
    QTest::newRow("format") << QStringLiteral(R"({"format": "activation-lab-scene", "version": 1, "slides": []})")
                            << QStringLiteral("talk.alablecture: format: \"activation-lab-scene\" is not");
    QTest::newRow("newer version") << QStringLiteral(
                                          R"({"format": "activation-lab-lecture", "version": 2, "slides": []})")
                                   << QStringLiteral("talk.alablecture: version: 2 is newer");
    QTest::newRow("no slides") << QStringLiteral(R"({"format": "activation-lab-lecture", "version": 1})")
                               << QStringLiteral(
                                      "talk.alablecture: slides: expected an array of slides, found missing");
    QTest::newRow("empty") << lecture(QStringLiteral("[]"))
                           << QStringLiteral("talk.alablecture: slides: a lecture needs at least one slide");
    QTest::newRow("slide not an object") << lecture(QStringLiteral(R"([{"scene": "good.alab"}, 3])"))
                                         << QStringLiteral("talk.alablecture: slides[1]: expected an object");
    QTest::newRow("no scene") << lecture(QStringLiteral(R"([{"title": "x"}])"))
                              << QStringLiteral("talk.alablecture: slides[0].scene: expected the path of a scene file");
    QTest::newRow("title") << lecture(QStringLiteral(R"([{"scene": "good.alab", "title": 7}])"))
                           << QStringLiteral("talk.alablecture: slides[0].title: expected a string, found a number");
    QTest::newRow("missing scene") << lecture(QStringLiteral(R"([{"scene": "good.alab"}, {"scene": "gone.alab"}])"))
                                   << QStringLiteral("talk.alablecture: slides[1].scene: gone.alab does not exist");
    QTest::newRow("bad scene") << lecture(QStringLiteral(R"([{"scene": "bad.alab"}])"))
                               << QStringLiteral("talk.alablecture: slides[0].scene: bad.alab: functions[0].alpha:");
}

void TestGuiPresenter::badLectureIsRefusedNamingTheField() {
    QFETCH(QString, lecture);
    QFETCH(QString, expected);
    QVERIFY(!alab::writeSceneFile(path(QStringLiteral("good.alab")), CurveScene{}).has_value());
    QFile bad(path(QStringLiteral("bad.alab")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "activation-lab-scene", "version": 2, "functions": [{"id": "elu", "alpha": 1e308}]})");
    bad.close();
    QFile file(path(QStringLiteral("talk.alablecture")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lecture.toUtf8());
    file.close();
    const alab::LectureReadResult read = alab::readLecture(file.fileName());
    QVERIFY(!read.lecture.has_value());
    QVERIFY2(read.error.text().startsWith(expected), qPrintable(read.error.text()));
}

void TestGuiPresenter::badLectureLeavesTheWindowAlone() {
    window_->controller().setParameter(Parameter::EluAlpha, 0.75);
    const CurveScene before = window_->controller().scene();
    QFile file(path(QStringLiteral("talk.alablecture")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "activation-lab-lecture", "version": 1, "slides": [{"scene": "gone.alab"}]})");
    file.close();
    QString message;
    closeNextMessageBox(&message);
    QVERIFY(!window_->presentLecture(file.fileName()));
    QVERIFY2(message.contains(QStringLiteral("talk.alablecture: slides[0].scene: gone.alab does not exist")),
             qPrintable(message));
    QVERIFY(!presenter().isActive());
    QVERIFY(!window_->projector().isActive());
    QCOMPARE(window_->controller().scene(), before);
}

void TestGuiPresenter::folderIsALecture() {
    writeLecture({sceneWithEluAlpha(1.0), sceneWithEluAlpha(0.5), sceneWithEluAlpha(2.0)});
    const alab::LectureReadResult read = alab::readLecture(dir_->path());
    QVERIFY2(read.lecture.has_value(), qPrintable(read.error.text()));
    QCOMPARE(read.lecture->slides.size(), 3u);
    QCOMPARE(read.lecture->slides[1].scene.parameter(Parameter::EluAlpha), 0.5);
    QCOMPARE(read.lecture->slides[2].title, QStringLiteral("s2"));
    QTemporaryDir empty;
    const alab::LectureReadResult none = alab::readLecture(empty.path());
    QVERIFY(!none.lecture.has_value());
    QVERIFY2(none.error.text().contains(QStringLiteral("no .alab scene files")), qPrintable(none.error.text()));
}

void TestGuiPresenter::shippedLecture() {
    const QStringList lectures = alab::SceneFileActions::exampleLectures();
    QCOMPARE(lectures.size(), 1);  // resources/scenes/*.alablecture
    const alab::LectureReadResult read = alab::readLecture(lectures.front());
    QVERIFY2(read.lecture.has_value(), qPrintable(read.error.text()));
    QCOMPARE(read.lecture->title, QStringLiteral("ELU and SELU"));
    QCOMPARE(read.lecture->slides.size(), 5u);
    // Slide 1 to 2 is α = 1 to α = 0.5: the step the presenter animates.
    QVERIFY(alab::differsOnlyInParameters(read.lecture->slides[0].scene, read.lecture->slides[1].scene));
    QCOMPARE(read.lecture->slides[1].scene.parameter(Parameter::EluAlpha), 0.5);
    for (const alab::LectureSlide& slide : read.lecture->slides) {
        QVERIFY(!slide.title.isEmpty());
        QCOMPARE(slide.scene.theme, alab::ThemeId::Light);
    }
    // File > Examples offers it, and choosing it presents it.
    auto* examples = child<QMenu>(QStringLiteral("examplesMenu"));
    QAction* present = nullptr;
    for (QAction* action : examples->actions()) {
        if (action->text() == QStringLiteral("Present: ELU and SELU")) present = action;
    }
    QVERIFY(present != nullptr);
    present->trigger();
    QVERIFY(presenter().isActive());
    QCOMPARE(presenter().slideCount(), 5);
    for (int i = 1; i < 5; ++i) press(Qt::Key_PageDown);
    QTRY_VERIFY(!presenter().isAnimating());
    QCOMPARE(window_->controller().scene().activeView, alab::ViewId::MeanMap);
}

QTEST_MAIN(TestGuiPresenter)
#include "test_gui_presenter.moc"
