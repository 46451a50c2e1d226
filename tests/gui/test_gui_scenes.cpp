// SPDX-License-Identifier: GPL-3.0-or-later
// Scenes and figures, offscreen with isolated settings: the scene file round trip and its
// refusals, the document's title and modified mark, the export dialog's sizes, and SVG / PDF
// exports rendered back to pixels (rsvg-convert, pdftoppm) against the PNG export.

#include "curveplot.h"
#include "explorercontroller.h"
#include "exportdialog.h"
#include "exportview.h"
#include "figureexport.h"
#include "mainwindow.h"
#include "scenedocument.h"
#include "scenefile.h"
#include "scenefileactions.h"
#include "scenesettings.h"

#include "gui_test_environment.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

Q_DECLARE_METATYPE(alab::CurveScene)

namespace {

using alab::CurveScene;
using alab::FunctionKind;
using alab::Parameter;

CurveScene lectureScene() {
    CurveScene scene;
    scene.find(FunctionKind::Elu)->function = alab::Activation::elu(0.37);
    scene.find(FunctionKind::Selu)->visible = false;
    scene.find(FunctionKind::LeakyRelu)->function = alab::Activation::leakyRelu(-0.2);
    scene.showDerivatives = false;
    scene.derivativeLayout = alab::DerivativeLayout::SeparatePlot;
    scene.showAsymptotes = false;
    scene.theme = alab::ThemeId::Presentation;
    scene.view = {-2.5, 1.25, false, -0.75, 2.0};
    scene.activeView = alab::ViewId::Propagation;
    scene.histogram = {0.5, 2.0, 12'345, 18'446'744'073'709'551'615ULL, 37, alab::HistogramLayout::SmallMultiples};
    scene.propagation = {12, 64, 500, alab::WeightInit::He, 7, 3, true, 0.2236, 0.05};
    scene.meanMap.omega = 0.1;
    scene.meanMap.tau = 1.5;
    scene.meanMap.trajectoryStart = alab::MeanVariance{1.0 / 3.0, 2.5};
    scene.meanMap.solveTarget = {0.0, 1.5};
    return scene;
}

// A pixel that belongs to a curve: a saturated colour (axes, text and grid are greys).
bool curveColoured(QRgb p) {
    const int hi = std::max({qRed(p), qGreen(p), qBlue(p)});
    const int lo = std::min({qRed(p), qGreen(p), qBlue(p)});
    return hi - lo > 80;
}

}  // namespace

class TestGuiScenes : public QObject {
    Q_OBJECT

public:
    static void initMain() { alab::test::prepareGuiTestEnvironment(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void parseSerializeRoundTrip_data();
    void parseSerializeRoundTrip();
    void saveOpenRoundTripThroughTheWindow();
    void versionTwoHoldsRepeatedCurves();
    void versionOneReadsAndWritesAsVersionTwo();
    void settingsKeepTheCurves();
    void badFileLeavesSceneUntouched_data();
    void badFileLeavesSceneUntouched();
    void hugeFileIsRefusedUnread();
    void unknownFieldsAreKept();
    void titleAndModifiedMark();
    void relaunchReopensTheSavedFile();
    void dropOpensScene();
    void newAsksAboutUnsavedChanges();
    void examplesParse();
    void exportDialogWritesPresetSize_data();
    void exportDialogWritesPresetSize();
    void exportDialogCustomSizeInInches();
    void exportDialogOffersEveryViewAndStartsAtTheActiveOne();
    void exportDialogWritesSeveralFormats();
    void exportDialogSwitchingFormatWritesOnlyTheNewOne();
    void exportDialogRemembersItsChoices();
    void exportDialogIgnoresChoicesThatNoLongerFit();
    void exportDialogPreviewShowsTheTitle();
    void exportDialogPreviewExplainsWhatCannotBeDrawn();
    void exportFromTheMenuSaysWhereAndRemembers();
    void vectorExportMatchesPng_data();
    void vectorExportMatchesPng();
    void renderCommandDrawsTheSamePicture();
    void copyPlotPutsTheViewOnTheClipboard();
    void csvRoundTrips();

private:
    QString path(const QString& name) const { return dir_->filePath(name); }
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<alab::MainWindow> window_;
};

void TestGuiScenes::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Activation Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_scenes"));
    QVERIFY(QSettings().fileName().contains(QStringLiteral("qttest")));
}

void TestGuiScenes::init() {
    QSettings().clear();
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    window_ = std::make_unique<alab::MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestGuiScenes::cleanup() {
    window_.reset();
    dir_.reset();
    QSettings().clear();
}

void TestGuiScenes::parseSerializeRoundTrip_data() {
    QTest::addColumn<CurveScene>("scene");
    QTest::newRow("default") << CurveScene{};
    QTest::newRow("everything changed") << lectureScene();
    CurveScene extremes;
    for (const Parameter p : alab::allParameters()) {
        const alab::ParameterInfo& info = alab::parameterInfo(p);
        extremes.find(info.kind)->function = alab::withParameter(extremes.find(info.kind)->function, p, info.spinMax);
    }
    extremes.view = {-1e6, -1e6 + 0.001, false, 0.1, 0.30000000000000004};
    QTest::newRow("limits and awkward doubles") << extremes;
}

void TestGuiScenes::parseSerializeRoundTrip() {
    QFETCH(CurveScene, scene);
    const alab::SceneReadResult read = alab::parseScene(alab::serializeScene(scene));
    QVERIFY2(read.scene.has_value(), qPrintable(read.error.text()));
    QVERIFY(*read.scene == scene);
}

void TestGuiScenes::saveOpenRoundTripThroughTheWindow() {
    alab::SceneDocument& document = window_->fileActions().document();
    const CurveScene scene = lectureScene();
    window_->controller().setScene(scene);
    const CurveScene shown = window_->controller().scene();
    QVERIFY(!document.save(path(QStringLiteral("lecture.alab"))).has_value());
    window_->controller().setScene(CurveScene{});
    QVERIFY(window_->controller().scene() != shown);
    // The whole file, its theme too (by default a file opens in the theme on screen).
    document.setUseSceneTheme(true);
    const auto error = document.load(path(QStringLiteral("lecture.alab")));
    QVERIFY2(!error.has_value(), error ? qPrintable(error->text()) : "");
    QVERIFY(window_->controller().scene() == shown);
    QVERIFY(shown == scene);  // nothing of it was clamped on the way
}

void TestGuiScenes::versionTwoHoldsRepeatedCurves() {
    const QByteArray bytes = R"({"format": "activation-lab-scene", "version": 2, "functions": [
        {"id": "elu", "alpha": 0.25},
        {"id": "elu", "alpha": 0.5, "label": "ELU, half"},
        {"id": "relu", "visible": false},
        {"id": "elu", "alpha": 2},
        {"id": "selu", "lambda": 1.5}
    ]})";
    const alab::SceneReadResult read = alab::parseScene(bytes);
    QVERIFY2(read.scene.has_value(), qPrintable(read.error.text()));
    const std::vector<alab::SceneFunction>& curves = read.scene->functions;
    QCOMPARE(curves.size(), std::size_t{5});  // exactly the listed curves: no hidden others
    QCOMPARE(curves[0].function, alab::Activation::elu(0.25));
    QCOMPARE(curves[1].function, alab::Activation::elu(0.5));
    QCOMPARE(curves[1].label, std::string("ELU, half"));
    QCOMPARE(curves[1].displayLabel(), std::string("ELU, half"));
    QCOMPARE(curves[0].displayLabel(), std::string("ELU (\u03b1 = 0.25)"));
    QVERIFY(!curves[2].visible);
    QCOMPARE(curves[3].function, alab::Activation::elu(2.0));
    QCOMPARE(curves[4].function, alab::Activation::selu(alab::kSeluAlpha, 1.5));
    for (std::size_t i = 0; i < curves.size(); ++i) QCOMPARE(curves[i].id, static_cast<alab::CurveId>(i + 1));
    QCOMPARE(read.scene->curveKey(curves[3].id), std::string("elu-3"));

    const QByteArray written = alab::serializeScene(*read.scene);
    QVERIFY(written.contains("\"version\": 2"));
    QVERIFY(written.contains("\"label\": \"ELU, half\""));
    const alab::SceneReadResult again = alab::parseScene(written);
    QVERIFY2(again.scene.has_value(), qPrintable(again.error.text()));
    QVERIFY(*again.scene == *read.scene);
}

void TestGuiScenes::versionOneReadsAndWritesAsVersionTwo() {
    const QByteArray bytes = R"({"format": "activation-lab-scene", "version": 1, "functions": [
        {"id": "relu"}, {"id": "elu", "alpha": 0.5}]})";
    const alab::SceneReadResult read = alab::parseScene(bytes);
    QVERIFY2(read.scene.has_value(), qPrintable(read.error.text()));
    // Version 1: every built-in once, those not listed hidden.
    QCOMPARE(read.scene->functions.size(), alab::allFunctionKinds().size());
    QCOMPARE(read.scene->find(FunctionKind::Elu)->function, alab::Activation::elu(0.5));
    QVERIFY(read.scene->find(FunctionKind::Relu)->visible);
    QVERIFY(!read.scene->find(FunctionKind::Selu)->visible);
    const QByteArray written = alab::serializeScene(*read.scene);
    QVERIFY(written.contains("\"version\": 2"));
    const alab::SceneReadResult again = alab::parseScene(written);
    QVERIFY2(again.scene.has_value(), qPrintable(again.error.text()));
    QVERIFY(*again.scene == *read.scene);
}

// The untitled scene comes back at the next start with its copies, labels and order.
void TestGuiScenes::settingsKeepTheCurves() {
    alab::CurveScene scene;
    scene.functions.insert(scene.functions.begin() + 1,
                           {scene.unusedCurveId(), alab::Activation::elu(0.5), true, "half"});
    scene.functions.erase(scene.functions.begin() + 3);  // ReLU
    QSettings settings;
    alab::writeSceneSettings(settings, scene);
    const alab::CurveScene restored = alab::readSceneSettings(settings);
    QCOMPARE(restored.functions.size(), scene.functions.size());
    for (std::size_t i = 0; i < scene.functions.size(); ++i) {
        QCOMPARE(restored.functions[i].function, scene.functions[i].function);
        QCOMPARE(restored.functions[i].visible, scene.functions[i].visible);
        QCOMPARE(restored.functions[i].label, scene.functions[i].label);
    }
    // A damaged document gives the default scene, never half a list.
    settings.setValue(QStringLiteral("scene/document"), QByteArray("{\"format\": 1"));
    QCOMPARE(alab::readSceneSettings(settings).functions.size(), alab::allFunctionKinds().size());
}

void TestGuiScenes::badFileLeavesSceneUntouched_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");  // in the error text

    const QByteArray head = R"({"format": "activation-lab-scene", "version": 1, )";
    const auto with = [&](const char* body) { return head + body + "}"; };
    QTest::newRow("empty") << QByteArray() << "bad.alab: not a scene file";
    QTest::newRow("truncated") << head.left(30) << "bad.alab: not a scene file";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not a scene file";
    QTest::newRow("array") << QByteArray("[1, 2]") << "expected a JSON object";
    QTest::newRow("deep nesting") << QByteArray(100'000, '[') << "not a scene file";
    const QByteArray head2 = R"({"format": "activation-lab-scene", "version": 2, )";
    QTest::newRow("v2 label not text") << head2 + R"("functions": [{"id": "elu", "label": 3}]})"
                                       << "functions[0].label: expected a text";
    QTest::newRow("v2 label too long") << head2 + R"("functions": [{"id": "elu", "label": ")" + QByteArray(201, 'a') +
                                              R"("}]})"
                                       << "functions[0].label: 201 bytes";
    QByteArray many = head2 + R"("functions": [)";
    for (int i = 0; i < 65; ++i) many += QByteArray(i == 0 ? "" : ", ") + R"({"id": "elu"})";
    QTest::newRow("v2 too many curves") << many + "]}"
                                        << "functions: 65 curves, more than the 64";
    QTest::newRow("v2 bad parameter") << head2 + R"("functions": [{"id": "elu"}, {"id": "elu", "alpha": 1e308}]})"
                                      << "functions[1].alpha: 1e+308 is outside";
    QTest::newRow("v1 label") << head + R"("functions": [{"id": "elu", "label": "x"}]})"
                              << "functions[0].label: elu has no parameter 'label'";
    QTest::newRow("other format") << QByteArray(R"({"format": "png", "version": 1})") << "format: expected";
    QTest::newRow("no version") << QByteArray(R"({"format": "activation-lab-scene"})") << "version: expected";
    QTest::newRow("newer version") << QByteArray(R"({"format": "activation-lab-scene", "version": 3})")
                                   << "version: the file is version 3, written by a newer Activation Lab";
    QTest::newRow("alpha 1e308") << with(R"("functions": [{"id": "relu"}, {"id": "elu", "alpha": 1e308}])")
                                 << "bad.alab: functions[1].alpha: 1e+308 is outside -100\u2026100";
    QTest::newRow("alpha as text") << with(R"("functions": [{"id": "elu", "alpha": "2"}])")
                                   << "functions[0].alpha: expected a number, found a string";
    QTest::newRow("NaN literal") << with(R"("functions": [{"id": "elu", "alpha": NaN}])") << "not a scene file";
    QTest::newRow("lambda below spin range")
        << with(R"("functions": [{"id": "selu", "lambda": 0}])") << "functions[0].lambda: 0 is outside 0.01";
    QTest::newRow("misspelt parameter") << with(R"("functions": [{"id": "elu", "alpah": 2}])")
                                        << "functions[0].alpah: elu has no parameter 'alpah'";
    QTest::newRow("unknown function") << with(R"("functions": [{"id": "tanh2"}])")
                                      << "functions[0].id: unknown function 'tanh2'";
    QTest::newRow("function twice") << with(R"("functions": [{"id": "elu"}, {"id": "elu"}])")
                                    << "functions[1].id: 'elu' is listed twice";
    QTest::newRow("functions not a list") << with(R"("functions": {"id": "elu"})") << "functions: expected an array";
    QTest::newRow("visible as number") << with(R"("functions": [{"id": "elu", "visible": 1}])")
                                       << "functions[0].visible: expected true or false";
    QTest::newRow("theme") << with(R"("theme": "neon")") << "theme: 'neon' is not one of light, dark, presentation";
    QTest::newRow("active view") << with(R"("activeView": 3)") << "activeView: a number is not one of";
    QTest::newRow("display type") << with(R"("display": {"showDerivatives": "yes"})")
                                  << "display.showDerivatives: expected true or false";
    QTest::newRow("view reversed") << with(R"("view": {"xMin": 3, "xMax": -3})") << "view.xMax: -3 is not above xMin 3";
    QTest::newRow("view too far") << with(R"("view": {"xMin": -1e7})") << "view.xMin: -1e+07 is outside -1e+06";
    QTest::newRow("negative samples") << with(R"("histogram": {"samples": -5})") << "histogram.samples: -5 is outside";
    QTest::newRow("fractional bins") << with(R"("histogram": {"bins": 20.5})") << "histogram.bins: 20.5 is not a whole";
    QTest::newRow("sigma 0") << with(R"("histogram": {"sigma": 0})") << "histogram.sigma: 0 is outside 0.001";
    QTest::newRow("negative seed") << with(R"("histogram": {"seed": "-1"})") << "histogram.seed: '-1' is not a whole";
    QTest::newRow("depth 1e9") << with(R"("propagation": {"depth": 1e9})")
                               << "propagation.depth: 1e+09 is outside 1\u2026200";
    QTest::newRow("layer past depth") << with(R"("propagation": {"depth": 10, "selectedLayer": 11})")
                                      << "propagation.selectedLayer: 11 is outside 1\u202610";
    QTest::newRow("init") << with(R"("propagation": {"init": "xavier"})") << "propagation.init: 'xavier' is not one of";
    QTest::newRow("gain 0") << with(R"("propagation": {"gain": 0})") << "propagation.gain: 0 is outside 0.001\u2026100";
    QTest::newRow("negative gain") << with(R"("propagation": {"gain": -1.5})") << "propagation.gain: -1.5 is outside";
    QTest::newRow("huge gain") << with(R"("propagation": {"gain": 1e300})") << "propagation.gain: 1e+300 is outside";
    QTest::newRow("gain as text") << with(R"("propagation": {"gain": "2"})")
                                  << "propagation.gain: expected a number, found a string";
    QTest::newRow("negative bias std") << with(R"("propagation": {"biasStd": -0.1})")
                                       << "propagation.biasStd: -0.1 is outside 0\u202610";
    QTest::newRow("bias std null") << with(R"("propagation": {"biasStd": null})")
                                   << "propagation.biasStd: expected a number";
    // The mean/variance map's controls' own ranges (a scene beyond them was drawn by `render` once).
    QTest::newRow("tau 0") << with(R"("meanMap": {"tau": 0})") << "meanMap.tau: 0 is outside 0.01\u202610";
    QTest::newRow("tau beyond its box") << with(R"("meanMap": {"tau": 11})")
                                        << "meanMap.tau: 11 is outside 0.01\u202610";
    QTest::newRow("omega beyond its box")
        << with(R"("meanMap": {"omega": -10.5})") << "meanMap.omega: -10.5 is outside -10\u202610";
    QTest::newRow("target variance beyond its box") << with(R"("meanMap": {"solveTarget": {"mean": 0, "variance": 6}})")
                                                    << "meanMap.solveTarget.variance: 6 is outside 0.05\u20265";
    QTest::newRow("target mean beyond its box") << with(R"("meanMap": {"solveTarget": {"mean": 1.5, "variance": 1}})")
                                                << "meanMap.solveTarget.mean: 1.5 is outside -1\u20261";
    QTest::newRow("trajectory variance") << with(R"("meanMap": {"trajectoryStart": {"mean": 0, "variance": -1}})")
                                         << "meanMap.trajectoryStart.variance: -1 is outside";
}

void TestGuiScenes::badFileLeavesSceneUntouched() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    {
        QFile file(path(QStringLiteral("bad.alab")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    alab::ExplorerController& controller = window_->controller();
    controller.setParameter(Parameter::EluAlpha, 1.5);  // an undo step that must survive
    const CurveScene before = controller.scene();
    alab::SceneDocument& document = window_->fileActions().document();
    const QString titleBefore = window_->windowTitle();
    const bool modifiedBefore = document.isModified();

    const auto error = document.load(path(QStringLiteral("bad.alab")));
    QVERIFY(error.has_value());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(controller.scene() == before);
    QCOMPARE(controller.undoStack().count(), 1);
    QCOMPARE(window_->windowTitle(), titleBefore);
    QCOMPARE(document.isModified(), modifiedBefore);
    // parseScene, the pure part, says the same without the file name.
    QVERIFY(!alab::parseScene(bytes).scene.has_value());
}

void TestGuiScenes::hugeFileIsRefusedUnread() {
    QFile file(path(QStringLiteral("huge.alab")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(alab::kMaxSceneFileBytes + 1));  // sparse: never read
    file.close();
    const alab::SceneReadResult read = alab::readSceneFile(file.fileName());
    QVERIFY(!read.scene.has_value());
    QVERIFY2(read.error.text().contains(QStringLiteral("larger than a scene file can be")),
             qPrintable(read.error.text()));
}

void TestGuiScenes::unknownFieldsAreKept() {
    const QByteArray bytes = R"({"format": "activation-lab-scene", "version": 1, "title": "ReLU vs ELU",
        "futureField": {"a": [1, 2]}, "functions": [{"id": "elu", "_note": "ignored"}]})";
    const alab::SceneReadResult read = alab::parseScene(bytes);
    QVERIFY2(read.scene.has_value(), qPrintable(read.error.text()));
    QVERIFY(read.scene->find(FunctionKind::Elu)->visible);
    QVERIFY(!read.scene->find(FunctionKind::Relu)->visible);  // not listed: hidden
    const alab::SceneReadResult again = alab::parseScene(alab::serializeScene(*read.scene, read.extras));
    QCOMPARE(again.extras.value(QStringLiteral("title")).toString(), QStringLiteral("ReLU vs ELU"));
    QVERIFY(again.extras.contains(QStringLiteral("futureField")));
    QVERIFY(*again.scene == *read.scene);
}

void TestGuiScenes::titleAndModifiedMark() {
    alab::SceneDocument& document = window_->fileActions().document();
    QCOMPARE(window_->windowTitle(), QStringLiteral("Untitled[*] \u2014 Activation Lab"));
    QVERIFY(!window_->isWindowModified());

    window_->controller().setParameter(Parameter::EluAlpha, 2.0);
    QVERIFY(window_->isWindowModified());
    window_->controller().undoStack().undo();
    QVERIFY2(!window_->isWindowModified(), "undoing back to the saved scene clears the mark");
    window_->controller().setTheme(alab::ThemeId::Dark);
    QVERIFY(window_->isWindowModified());

    QVERIFY(!document.save(path(QStringLiteral("talk.alab"))).has_value());
    QCOMPARE(window_->windowTitle(), QStringLiteral("talk.alab[*] \u2014 Activation Lab"));
    QVERIFY(!window_->isWindowModified());
    window_->controller().setXRange(-1.0, 1.0);
    QVERIFY(window_->isWindowModified());

    // An unwritable path: an error naming the file, and the document keeps its file and mark.
    const auto error = document.save(path(QStringLiteral("no/such/folder/x.alab")));
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QStringLiteral("x.alab: cannot write")), qPrintable(*error));
    QCOMPARE(document.displayName(), QStringLiteral("talk.alab"));
    QVERIFY(window_->isWindowModified());
}

// Issue 19, item 8: closed with a saved file open, the next start (without arguments) showed
// "Untitled" and Ctrl+S asked for a name.
void TestGuiScenes::relaunchReopensTheSavedFile() {
    const QString file = QFileInfo(path(QStringLiteral("talk.alab"))).absoluteFilePath();
    const auto relaunch = [this] {
        window_->close();
        window_ = std::make_unique<alab::MainWindow>();
        window_->show();
        return QTest::qWaitForWindowExposed(window_.get());
    };
    window_->controller().setScene(lectureScene());
    const CurveScene saved = window_->controller().scene();
    QVERIFY(!window_->fileActions().document().save(file).has_value());
    QVERIFY(relaunch());
    QCOMPARE(window_->windowTitle(), QStringLiteral("talk.alab[*] \u2014 Activation Lab"));
    QVERIFY(!window_->isWindowModified());
    QVERIFY(window_->controller().scene() == saved);
    QCOMPARE(window_->fileActions().document().filePath(), file);

    // Ctrl+S writes to the file without asking for a name.
    window_->controller().setParameter(Parameter::EluAlpha, 0.75);
    QVERIFY(window_->isWindowModified());
    QVERIFY(window_->fileActions().save());
    QVERIFY(!window_->isWindowModified());
    const alab::SceneReadResult read = alab::readSceneFile(file);
    QVERIFY(read.scene.has_value());
    QCOMPARE(read.scene->parameter(Parameter::EluAlpha), 0.75);

    // The file changed since: the scene comes back from the settings, untitled.
    QVERIFY(relaunch());
    QCOMPARE(window_->fileActions().document().filePath(), file);
    CurveScene other = *read.scene;
    other.functions.front().function = alab::withParameter(other.functions.front().function, Parameter::EluAlpha, 2.0);
    QVERIFY(!alab::writeSceneFile(file, other).has_value());
    QVERIFY(relaunch());
    QCOMPARE(window_->windowTitle(), QStringLiteral("Untitled[*] \u2014 Activation Lab"));
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 0.75);

    // Gone: untitled too.
    QVERIFY(!window_->fileActions().document().load(file).has_value());
    QVERIFY(relaunch());
    QCOMPARE(window_->fileActions().document().filePath(), file);
    QVERIFY(QFile::remove(file));
    QVERIFY(relaunch());
    QCOMPARE(window_->windowTitle(), QStringLiteral("Untitled[*] \u2014 Activation Lab"));
    QVERIFY(window_->fileActions().document().filePath().isEmpty());
}

void TestGuiScenes::dropOpensScene() {
    const CurveScene scene = lectureScene();
    QVERIFY(!alab::writeSceneFile(path(QStringLiteral("dropped.alab")), scene).has_value());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path(QStringLiteral("dropped.alab")))});
    const QPoint at = window_->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &drop);
    CurveScene shown = scene;
    shown.theme = alab::ThemeId::Light;  // the theme on screen stays (View > Use the Scene's Theme is off)
    QVERIFY(window_->controller().scene() == shown);
    QCOMPARE(window_->fileActions().document().displayName(), QStringLiteral("dropped.alab"));

    // Anything else is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(path(QStringLiteral("picture.png")))});
    QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

// Answers the next modal message box with `button`, once it is open.
void answerNextMessageBox(QMessageBox::StandardButton button) {
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr) return;
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start(10);
}

void TestGuiScenes::newAsksAboutUnsavedChanges() {
    alab::SceneFileActions& files = window_->fileActions();
    QVERIFY(!files.document().save(path(QStringLiteral("talk.alab"))).has_value());
    window_->controller().setParameter(Parameter::EluAlpha, 2.5);
    const CurveScene edited = window_->controller().scene();

    answerNextMessageBox(QMessageBox::Cancel);
    files.newScene();
    QVERIFY(window_->controller().scene() == edited);
    QVERIFY(window_->isWindowModified());
    QCOMPARE(files.document().displayName(), QStringLiteral("talk.alab"));

    answerNextMessageBox(QMessageBox::Discard);
    files.newScene();
    QCOMPARE(window_->controller().scene().parameter(Parameter::EluAlpha), 1.0);
    QCOMPARE(files.document().displayName(), QStringLiteral("Untitled"));
    QVERIFY(!window_->isWindowModified());

    // Save writes the file before going on; the file then holds the edit.
    QVERIFY(files.openPath(path(QStringLiteral("talk.alab"))));
    window_->controller().setParameter(Parameter::EluAlpha, 0.25);
    answerNextMessageBox(QMessageBox::Save);
    files.newScene();
    const alab::SceneReadResult read = alab::readSceneFile(path(QStringLiteral("talk.alab")));
    QVERIFY(read.scene.has_value());
    QCOMPARE(read.scene->parameter(Parameter::EluAlpha), 0.25);
    QCOMPARE(alab::SceneFileActions::recentFiles().front(),
             QFileInfo(path(QStringLiteral("talk.alab"))).absoluteFilePath());
}

void TestGuiScenes::examplesParse() {
    const QStringList examples = alab::SceneFileActions::exampleScenes();
    QCOMPARE(examples.size(), 9);  // resources/scenes/*.alab
    for (const QString& example : examples) {
        const alab::SceneReadResult read = alab::readSceneFile(example);
        QVERIFY2(read.scene.has_value(), qPrintable(read.error.text()));
        QVERIFY2(!read.extras.value(QStringLiteral("title")).toString().isEmpty(), qPrintable(example));
    }
}

void TestGuiScenes::exportDialogWritesPresetSize_data() {
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("suffix");
    for (int i = 0; i < static_cast<int>(alab::figurePresets().size()); ++i) {
        const alab::FigurePreset& preset = alab::figurePresets()[static_cast<std::size_t>(i)];
        QTest::newRow(qPrintable(preset.id + QStringLiteral(" png"))) << i << QStringLiteral("png");
    }
    QTest::newRow("paper-single svg") << 3 << QStringLiteral("svg");
}

void TestGuiScenes::exportDialogWritesPresetSize() {
    QFETCH(int, preset);
    QFETCH(QString, suffix);
    alab::ExportDialog dialog(window_->controller().scene(), path(QStringLiteral("figure.png")), window_.get());
    dialog.show();
    dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"))->setCurrentIndex(preset);
    dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"))
        ->setCurrentIndex(suffix == QLatin1String("svg") ? 1 : 0);
    const QString file = path(QStringLiteral("figure.") + suffix);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->text(), file);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QSize expected = alab::figurePresets()[static_cast<std::size_t>(preset)].pixels;
    if (suffix == QLatin1String("png")) {
        QCOMPARE(QImageReader(file).size(), expected);
    } else {
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains(
            QStringLiteral("viewBox=\"0 0 %1 %2\"").arg(expected.width()).arg(expected.height()).toUtf8()));
    }
}

void TestGuiScenes::exportDialogCustomSizeInInches() {
    alab::ExportDialog dialog(window_->controller().scene(), path(QStringLiteral("custom.png")), window_.get());
    dialog.show();
    dialog.findChild<QComboBox*>(QStringLiteral("unitCombo"))->setCurrentIndex(1);  // in
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("dpiSpin"))->setValue(150);
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("widthSpin"))->setValue(4.0);
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("heightSpin"))->setValue(2.5);
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"))->currentText(), QStringLiteral("Custom"));
    QCOMPARE(dialog.pixelSize(), QSize(600, 375));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(QImageReader(path(QStringLiteral("custom.png"))).size(), QSize(600, 375));
}

void TestGuiScenes::exportDialogOffersEveryViewAndStartsAtTheActiveOne() {
    CurveScene scene;
    scene.activeView = alab::ViewId::MeanMap;
    alab::ExportDialog dialog(scene, path(QStringLiteral("v.png")), window_.get());
    auto* views = dialog.findChild<QComboBox*>(QStringLiteral("viewCombo"));
    QCOMPARE(views->count(), 4);
    for (int i = 0; i < views->count(); ++i) {
        QVERIFY(views->model()->flags(views->model()->index(i, 0)).testFlag(Qt::ItemIsEnabled));
        alab::ExplorerController controller;
        const alab::ExportView view =
            alab::createExportView(static_cast<alab::ViewId>(views->itemData(i).toInt()), controller);
        QVERIFY(view.widget != nullptr && view.plot != nullptr);
    }
    QCOMPARE(dialog.options().view, alab::ViewId::MeanMap);
}

static QCheckBox* alsoBox(const alab::ExportDialog& dialog, const char* format) {
    return dialog.findChild<QCheckBox*>(QStringLiteral("also%1Check").arg(QLatin1String(format)));
}

static void clickOk(alab::ExportDialog& dialog) {
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

void TestGuiScenes::exportDialogWritesSeveralFormats() {
    alab::ExportDialog dialog(window_->controller().scene(), path(QStringLiteral("both.png")), window_.get());
    dialog.show();
    QVERIFY(alsoBox(dialog, "Png")->isChecked());
    QVERIFY(!alsoBox(dialog, "Png")->isEnabled());  // the chosen format is always written
    alsoBox(dialog, "Pdf")->setChecked(true);
    alsoBox(dialog, "Svg")->setChecked(true);
    clickOk(dialog);
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    const QStringList expected{path(QStringLiteral("both.png")), path(QStringLiteral("both.svg")),
                               path(QStringLiteral("both.pdf"))};
    QCOMPARE(dialog.writtenPaths(), expected);
    QCOMPARE(QImageReader(expected[0]).size(), QSize(1920, 1080));
    QFile svg(expected[1]);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QFile pdf(expected[2]);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // An animation is one file: the other formats do not apply.
    alab::ExportDialog animated(window_->controller().scene(), path(QStringLiteral("a.gif")), window_.get());
    for (const char* format : {"Png", "Svg", "Pdf"}) QVERIFY(!alsoBox(animated, format)->isEnabled());
}

void TestGuiScenes::exportDialogSwitchingFormatWritesOnlyTheNewOne() {
    alab::ExportDialog dialog(window_->controller().scene(), path(QStringLiteral("one.png")), window_.get());
    dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"))->setCurrentIndex(1);  // SVG
    QVERIFY(!alsoBox(dialog, "Png")->isChecked());
    QVERIFY(alsoBox(dialog, "Png")->isEnabled());
    QVERIFY(alsoBox(dialog, "Svg")->isChecked());
    clickOk(dialog);
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.writtenPaths(), QStringList{path(QStringLiteral("one.svg"))});
    QVERIFY(!QFile::exists(path(QStringLiteral("one.png"))));
}

void TestGuiScenes::exportDialogRemembersItsChoices() {
    {
        alab::ExportDialog dialog(window_->controller().scene(), path(QStringLiteral("paper.png")), window_.get());
        dialog.restoreChoices();  // nothing stored yet: the dialog's own defaults
        QCOMPARE(dialog.filePath(), path(QStringLiteral("paper.png")));
        dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"))->setCurrentIndex(2);  // PDF
        alsoBox(dialog, "Png")->setChecked(true);
        dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"))->setCurrentIndex(int(alab::ThemeId::Dark));
        dialog.findChild<QComboBox*>(QStringLiteral("unitCombo"))->setCurrentIndex(2);  // cm
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("dpiSpin"))->setValue(200);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("widthSpin"))->setValue(8.5);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("heightSpin"))->setValue(5.25);
        dialog.findChild<QCheckBox*>(QStringLiteral("transparentCheck"))->setChecked(true);
        clickOk(dialog);
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        dialog.storeChoices();
    }
    // Another scene: the folder is kept, the name is the scene's (the last figure stays).
    alab::ExportDialog again(CurveScene{}, path(QStringLiteral("elsewhere/scene.png")), window_.get());
    again.restoreChoices();
    QCOMPARE(again.filePath(), path(QStringLiteral("scene.pdf")));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("formatCombo"))->currentIndex(), 2);
    QVERIFY(alsoBox(again, "Png")->isChecked());
    QVERIFY(!alsoBox(again, "Svg")->isChecked());
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("presetCombo"))->currentText(), QStringLiteral("Custom"));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("unitCombo"))->currentIndex(), 2);
    QCOMPARE(again.findChild<QDoubleSpinBox*>(QStringLiteral("widthSpin"))->value(), 8.5);
    QCOMPARE(again.findChild<QDoubleSpinBox*>(QStringLiteral("heightSpin"))->value(), 5.25);
    QCOMPARE(again.options().dpi, 200.0);
    QCOMPARE(again.options().theme, std::optional(alab::ThemeId::Dark));
    QVERIFY(again.options().transparent);

    // A preset is remembered by its id.
    again.findChild<QComboBox*>(QStringLiteral("presetCombo"))->setCurrentIndex(3);
    clickOk(again);
    QVERIFY2(again.lastError().isEmpty(), qPrintable(again.lastError()));
    again.storeChoices();
    // The same scene again: its file name is kept too.
    alab::ExportDialog third(CurveScene{}, path(QStringLiteral("scene.png")), window_.get());
    third.restoreChoices();
    QCOMPARE(third.filePath(), path(QStringLiteral("scene.pdf")));
    QCOMPARE(third.findChild<QComboBox*>(QStringLiteral("presetCombo"))->currentIndex(), 3);
    QCOMPARE(third.pixelSize(), alab::figurePresets()[3].pixels);
}

void TestGuiScenes::exportDialogIgnoresChoicesThatNoLongerFit() {
    QSettings settings;
    settings.setValue(QStringLiteral("export/path"), path(QStringLiteral("gone/away/figure.png")));
    settings.setValue(QStringLiteral("export/format"), QStringLiteral("bmp"));
    settings.setValue(QStringLiteral("export/preset"), QStringLiteral("custom"));
    settings.setValue(QStringLiteral("export/custom"), QStringLiteral("12x8 furlongs 150"));
    settings.setValue(QStringLiteral("export/theme"), QStringLiteral("neon"));
    settings.sync();
    CurveScene scene;
    scene.theme = alab::ThemeId::Presentation;
    alab::ExportDialog dialog(scene, path(QStringLiteral("here.png")), window_.get());
    dialog.restoreChoices();
    QCOMPARE(dialog.filePath(), path(QStringLiteral("here.png")));  // its folder no longer exists
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"))->currentIndex(), 0);
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"))->currentIndex(), 0);
    QCOMPARE(dialog.pixelSize(), QSize(1920, 1080));
    QCOMPARE(dialog.options().theme, std::optional(alab::ThemeId::Presentation));
}

// The preview is drawn a moment after the last edit.
static bool waitForPreview(const alab::ExportDialog& dialog, const QImage& before) {
    return QTest::qWaitFor([&] { return dialog.previewImage() != before && !dialog.previewImage().isNull(); }, 5000);
}

void TestGuiScenes::exportDialogPreviewShowsTheTitle() {
    alab::ExportDialog dialog(window_->controller().scene(), path(QStringLiteral("t.png")), window_.get());
    dialog.show();
    const QImage plain = dialog.previewImage();
    QVERIFY(!plain.isNull());
    // The picture's shape is the figure's: 16:9.
    QVERIFY2(std::abs(double(plain.width()) / plain.height() - 16.0 / 9.0) < 0.02,
             qPrintable(QStringLiteral("%1x%2").arg(plain.width()).arg(plain.height())));
    dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("ELU vs ReLU"));
    QVERIFY(waitForPreview(dialog, plain));
    QCOMPARE(dialog.options().title, QStringLiteral("ELU vs ReLU"));
    // The title is a row of text above the plot: dark pixels in the top tenth, where the plain
    // figure has only its background.
    const auto darkPixelsInTopTenth = [](const QImage& image) {
        int dark = 0;
        for (int y = 0; y < image.height() / 10; ++y) {
            for (int x = 0; x < image.width(); ++x) dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        return dark;
    };
    QCOMPARE(darkPixelsInTopTenth(plain), 0);
    QVERIFY(darkPixelsInTopTenth(dialog.previewImage()) > 0);
    alab::test::saveScreenshotIfAsked(&dialog, QStringLiteral("export-dialog"));

    clickOk(dialog);
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QImage written(path(QStringLiteral("t.png")));
    QVERIFY(darkPixelsInTopTenth(written) > 0);
}

void TestGuiScenes::exportDialogPreviewExplainsWhatCannotBeDrawn() {
    alab::ExportDialog dialog(window_->controller().scene(), path(QStringLiteral("tiny.png")), window_.get());
    dialog.show();
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("dpiSpin"))->setValue(2400);
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("widthSpin"))->setValue(100);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.previewProblem().isEmpty(); }, 5000));
    QVERIFY2(dialog.previewProblem().contains(QStringLiteral("too small")), qPrintable(dialog.previewProblem()));
    QVERIFY(dialog.previewImage().isNull());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("previewLabel"))->text().startsWith(QStringLiteral("No preview")));
    dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"))->setCurrentIndex(0);
    QVERIFY(waitForPreview(dialog, QImage()));
    QVERIFY(dialog.previewProblem().isEmpty());
}

void TestGuiScenes::exportFromTheMenuSaysWhereAndRemembers() {
    QAction* exportAction = window_->findChild<QAction*>(QStringLiteral("exportAction"));
    QVERIFY(exportAction != nullptr);
    const auto exportThrough = [&](const std::function<void(alab::ExportDialog&)>& edit) {
        QString seenPath;
        QTimer::singleShot(0, window_.get(), [&] {
            auto* dialog = qobject_cast<alab::ExportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog != nullptr);
            seenPath = dialog->filePath();
            edit(*dialog);
            clickOk(*dialog);
        });
        exportAction->trigger();
        return seenPath;
    };
    exportThrough([&](alab::ExportDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(path(QStringLiteral("slide.png")));
        alsoBox(dialog, "Pdf")->setChecked(true);
    });
    QCOMPARE(window_->statusBar()->currentMessage(),
             QStringLiteral("Exported to %1, %2")
                 .arg(QDir::toNativeSeparators(path(QStringLiteral("slide.png"))),
                      QDir::toNativeSeparators(path(QStringLiteral("slide.pdf")))));
    QVERIFY(QFile::exists(path(QStringLiteral("slide.pdf"))));
    bool pdfTicked = false;
    const QString second =
        exportThrough([&](alab::ExportDialog& dialog) { pdfTicked = alsoBox(dialog, "Pdf")->isChecked(); });
    QCOMPARE(second, path(QStringLiteral("slide.png")));
    QVERIFY(pdfTicked);
}

void TestGuiScenes::vectorExportMatchesPng_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<bool>("zoomed");  // curves run far past the axes
    for (const char* format : {"svg", "pdf"}) {
        for (const bool zoomed : {false, true}) {
            const QString tag = QStringLiteral("%1 %2").arg(QLatin1String(format), zoomed ? "zoomed" : "default");
            QTest::newRow(qPrintable(tag + QStringLiteral(" slide")))
                << QString::fromLatin1(format) << QSize(1920, 1080) << 144.0 << zoomed;
            QTest::newRow(qPrintable(tag + QStringLiteral(" paper")))
                << QString::fromLatin1(format) << QSize(1050, 788) << 300.0 << zoomed;
        }
    }
}

// Tolerance: antialiasing and text rasterization differ between Qt's raster engine, librsvg
// (cairo) and poppler, so pixels count as equal within 64 per channel, and at most 1 % of them
// may differ by more. Measured: SVG 0.06-0.5 %, PDF 0.1-0.4 %, mostly the edges of glyphs.
// Curve-coloured pixels outside the axis rectangle (beyond 1/20 in, the width of the thickest
// pen's round cap) must not exist in any format.
void TestGuiScenes::vectorExportMatchesPng() {
    QFETCH(QString, format);
    QFETCH(QSize, pixels);
    QFETCH(double, dpi);
    QFETCH(bool, zoomed);
    const QString tool = format == QLatin1String("svg") ? QStringLiteral("rsvg-convert") : QStringLiteral("pdftoppm");
    if (QStandardPaths::findExecutable(tool).isEmpty()) QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));

    CurveScene scene;
    if (zoomed) scene.view = {-1.0, 3.0, false, -0.5, 0.75};
    alab::FigureOptions options;
    options.pixels = pixels;
    options.dpi = dpi;
    const QString png = path(QStringLiteral("figure.png"));
    const QString vector = path(QStringLiteral("figure.") + format);
    QVERIFY(!alab::exportFigure(scene, options, png).has_value());
    QVERIFY(!alab::exportFigure(scene, options, vector).has_value());

    const QString converted = path(QStringLiteral("converted"));
    QProcess process;
    const QString w = QString::number(pixels.width());
    const QString h = QString::number(pixels.height());
    if (format == QLatin1String("svg")) {
        process.start(tool, {QStringLiteral("-w"), w, QStringLiteral("-h"), h, QStringLiteral("-o"),
                             converted + QStringLiteral(".png"), vector});
    } else {
        process.start(tool, {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-scale-to-x"), w,
                             QStringLiteral("-scale-to-y"), h, vector, converted});
    }
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);

    const QImage reference = QImage(png).convertToFormat(QImage::Format_RGB32);
    const QImage other = QImage(converted + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(other.size(), reference.size());

    qint64 differing = 0;
    for (int y = 0; y < reference.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(reference.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(other.constScanLine(y));
        for (int x = 0; x < reference.width(); ++x) {
            const int d = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                    std::abs(qBlue(a[x]) - qBlue(b[x]))});
            if (d > 64) ++differing;
        }
    }
    const double share = static_cast<double>(differing) / (static_cast<double>(reference.width()) * reference.height());
    qInfo("%s: %.3f %% of pixels differ by more than 64", qPrintable(QString::fromLatin1(QTest::currentDataTag())),
          100.0 * share);
    QVERIFY2(share <= 0.01, qPrintable(QStringLiteral("%1 % of pixels differ").arg(100.0 * share)));

    // Where the axis rectangle is: the same layout, drawn the same way.
    alab::ExplorerController controller;
    controller.setScene(scene);
    alab::CurvePlot plot;
    plot.setController(&controller);
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(options.logicalSize());
    plot.show();
    plot.customPlot()->replot();
    const double scale = pixels.width() / static_cast<double>(options.logicalSize().width());
    const QRectF logicalRect = plot.customPlot()->axisRect()->rect();
    const double margin = dpi / 20.0;
    const QRectF allowed(logicalRect.left() * scale - margin, logicalRect.top() * scale - margin,
                         logicalRect.width() * scale + 2 * margin, logicalRect.height() * scale + 2 * margin);
    for (const QImage* image : {&reference, &other}) {
        int outside = 0;
        for (int y = 0; y < image->height(); ++y) {
            for (int x = 0; x < image->width(); ++x) {
                if (!allowed.contains(x + 0.5, y + 0.5) && curveColoured(image->pixel(x, y))) ++outside;
            }
        }
        QVERIFY2(outside == 0, qPrintable(QStringLiteral("%1 curve pixels outside the axis rectangle in the %2")
                                              .arg(outside)
                                              .arg(image == &reference ? QStringLiteral("PNG") : format)));
    }
}

// `activation-lab render` and File > Export share exportFigure(); the same scene gives the same
// pixels, here in this (GUI) process and in the command's own.
void TestGuiScenes::renderCommandDrawsTheSamePicture() {
    const CurveScene scene = lectureScene();
    const QString sceneFile = path(QStringLiteral("scene.alab"));
    QVERIFY(!alab::writeSceneFile(sceneFile, scene).has_value());
    alab::FigureOptions options;
    options.view = alab::ViewId::Curves;
    options.pixels = QSize(1600, 1200);
    options.dpi = 160.0;
    QVERIFY(!alab::exportFigure(scene, options, path(QStringLiteral("gui.png"))).has_value());

    QProcess process;
    process.start(
        QStringLiteral(ALAB_EXECUTABLE),
        {QStringLiteral("render"), QStringLiteral("--scene"), sceneFile, QStringLiteral("--view"),
         QStringLiteral("curves"), QStringLiteral("--size"), QStringLiteral("1600x1200"), QStringLiteral("--dpi"),
         QStringLiteral("160"), QStringLiteral("--output"), path(QStringLiteral("cli.png"))});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QImage gui(path(QStringLiteral("gui.png")));
    const QImage cli(path(QStringLiteral("cli.png")));
    QCOMPARE(cli.size(), QSize(1600, 1200));
    QVERIFY(gui == cli);
}

void TestGuiScenes::copyPlotPutsTheViewOnTheClipboard() {
    QApplication::clipboard()->clear();
    window_->fileActions().copyPlot();
    const QImage image = QApplication::clipboard()->image();
    auto* plot = window_->findChild<alab::CurvePlot*>(QStringLiteral("curvePlot"));
    QVERIFY(plot != nullptr);
    QCOMPARE(image.size(), plot->size() * window_->devicePixelRatio());
    // The plot's white background and some curve colour, not an empty image.
    QCOMPARE(image.pixelColor(image.width() - 2, image.height() / 2), QColor(Qt::white));
    bool coloured = false;
    for (int x = 0; x < image.width() && !coloured; x += 2) {
        for (int y = 0; y < image.height() && !coloured; y += 2) coloured = curveColoured(image.pixel(x, y));
    }
    QVERIFY(coloured);
}

void TestGuiScenes::csvRoundTrips() {
    CurveScene scene;
    scene.find(FunctionKind::Elu)->function = alab::Activation::elu(0.3);
    scene.find(FunctionKind::Relu)->visible = false;
    const QList<QByteArray> rows = alab::curveDataCsv(scene, 11).split('\n');
    // The curves' labels head the columns, as in the legend.
    QCOMPARE(
        QString::fromUtf8(rows.front()),
        QStringLiteral("x,ELU (\u03b1 = 0.3),ELU (\u03b1 = 0.3)\u2032,SELU,SELU\u2032,Leaky ReLU,Leaky ReLU\u2032"));
    QCOMPARE(rows.size(), 13);                              // header, 11 rows, the empty piece after the last newline
    QCOMPARE(rows[6].split(',').front(), QByteArray("0"));  // x = 0 exactly
    const QList<QByteArray> first = rows[1].split(',');
    QCOMPARE(first[0], QByteArray("-5"));
    // Shortest round-trip text: reads back as the very double the core gives.
    bool ok = false;
    QCOMPARE(first[1].toDouble(&ok), alab::Activation::elu(0.3).value(-5.0));
    QVERIFY(ok);
    QCOMPARE(first[2].toDouble(&ok), alab::Activation::elu(0.3).derivative(-5.0));

    // A label with a comma or a quote is quoted (RFC 4180); two curves of one function each
    // get their own columns.
    scene.find(FunctionKind::Elu)->label = "ELU, \"narrow\"";
    scene.functions.push_back({scene.unusedCurveId(), alab::Activation::selu(1.5, 1.25), true, {}});
    scene.showDerivatives = false;
    const QByteArray header = alab::curveDataCsv(scene, 3).split('\n').front();
    QCOMPARE(QString::fromUtf8(header),
             QStringLiteral("x,\"ELU, \"\"narrow\"\"\",SELU,Leaky ReLU,\"SELU (\u03b1 = 1.5, "
                            "\u03bb = 1.25)\""));
}

QTEST_MAIN(TestGuiScenes)
#include "test_gui_scenes.moc"
