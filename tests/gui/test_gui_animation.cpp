// SPDX-License-Identifier: GPL-3.0-or-later
// Animation in the window: the export dialog's Animation section writes a GIF through the same
// AnimationExport as `render --sweep`, shows its progress and can be cancelled (no file); ▶ Play
// moves parameters, several at once, and a play is one undo step.
#include "animationexport.h"
#include "animationsection.h"
#include "explorercontroller.h"
#include "exportdialog.h"
#include "parameterpanel.h"
#include "parameterplayer.h"

#include "gui_test_environment.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImageReader>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using alab::Parameter;

class TestGuiAnimation : public QObject {
    Q_OBJECT

public:
    static void initMain() { alab::test::prepareGuiTestEnvironment(); }

private slots:
    void dialogWritesAGifSweep();
    void dialogCancelLeavesNoFile();
    void dialogRefusesAGifOfCurvesWithoutParameters();
    void playOnceEndsAtToAndIsOneUndoStep();
    void severalParametersPlayAtOnce();
    void panelPlayButtonStartsAndStops();
    void removingACurveEndsItsPlay();

private:
    static QString pathIn(const QTemporaryDir& dir, const char* name) { return dir.filePath(QLatin1String(name)); }
    static void setSmall(alab::ExportDialog& dialog) {
        dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"))
            ->setCurrentIndex(dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"))->count() - 1);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("dpiSpin"))->setValue(96);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("widthSpin"))->setValue(320);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("heightSpin"))->setValue(180);
    }
};

void TestGuiAnimation::dialogWritesAGifSweep() {
    QTemporaryDir dir;
    const alab::CurveScene scene;  // ELU, SELU, ReLU, Leaky ReLU shown
    alab::ExportDialog dialog(scene, pathIn(dir, "sweep.gif"));
    dialog.show();
    auto* section = dialog.findChild<alab::AnimationSection*>(QStringLiteral("animationSection"));
    QVERIFY(section != nullptr);
    QVERIFY2(section->isChecked(), "a .gif is an animation: the section is ticked");
    setSmall(dialog);
    auto* parameter = dialog.findChild<QComboBox*>(QStringLiteral("sweepParameterCombo"));
    parameter->setCurrentIndex(parameter->findData(QStringLiteral("alpha")));
    QVERIFY(parameter->currentIndex() >= 0);
    dialog.findChild<QSpinBox*>(QStringLiteral("sweepFramesSpin"))->setValue(6);
    const alab::ParameterSweep sweep = section->sweep();
    QCOMPARE(sweep.parameter, std::string("alpha"));
    QCOMPARE(sweep.frames, 6);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QImageReader gif(pathIn(dir, "sweep.gif"));
    QCOMPARE(gif.format(), QByteArray("gif"));
    QCOMPARE(gif.imageCount(), 6);
    QCOMPARE(gif.size(), QSize(320, 180));
}

void TestGuiAnimation::dialogCancelLeavesNoFile() {
    QTemporaryDir dir;
    const alab::CurveScene scene;
    alab::ExportDialog dialog(scene, pathIn(dir, "long.gif"));
    dialog.show();
    setSmall(dialog);
    dialog.findChild<QSpinBox*>(QStringLiteral("sweepFramesSpin"))->setValue(2000);
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("sweepProgress"));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.exporting());
    // The event loop runs while it exports: the progress bar moves.
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 2, 30000);
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(!dialog.exporting());
    QVERIFY2(dialog.isVisible(), "Cancel stops the export, not the dialog");
    QVERIFY(progress->format().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestGuiAnimation::dialogRefusesAGifOfCurvesWithoutParameters() {
    QTemporaryDir dir;
    alab::CurveScene scene;
    for (alab::SceneFunction& entry : scene.functions)
        entry.visible = entry.function.kind() == alab::FunctionKind::Relu;
    alab::ExportDialog dialog(scene, pathIn(dir, "relu.gif"));
    auto* section = dialog.findChild<alab::AnimationSection*>(QStringLiteral("animationSection"));
    QVERIFY(!section->available());
    QVERIFY(!section->isEnabled());
    // The refusal is a message box, closed as soon as its event loop runs.
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->inherits("QMessageBox")) w->close();
        }
    });
    dialog.accept();
    QVERIFY(!dialog.lastError().isEmpty());
    QVERIFY(!QFileInfo::exists(pathIn(dir, "relu.gif")));
}

void TestGuiAnimation::playOnceEndsAtToAndIsOneUndoStep() {
    alab::ExplorerController controller;
    alab::ParameterPlayer player;
    player.setController(&controller);
    const double before = controller.scene().parameter(Parameter::EluAlpha);
    const int steps = controller.undoStack().count();
    int changes = 0;
    connect(&controller, &alab::ExplorerController::functionChanged, this, [&changes] { ++changes; });
    player.play(Parameter::EluAlpha.of(controller.scene().find(alab::FunctionKind::Elu)->id),
                {0.25, 1.75, 0.3, alab::PlayMode::Once});
    QCOMPARE(player.playCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(player.playCount(), 0, 5000);
    QCOMPARE(controller.scene().parameter(Parameter::EluAlpha), 1.75);
    QVERIFY2(changes >= 5, qPrintable(QStringLiteral("only %1 frames drawn in 0.3 s").arg(changes)));
    QCOMPARE(controller.undoStack().count(), steps + 1);
    controller.undoStack().undo();
    QCOMPARE(controller.scene().parameter(Parameter::EluAlpha), before);
}

void TestGuiAnimation::severalParametersPlayAtOnce() {
    alab::ExplorerController controller;
    alab::ParameterPlayer player;
    player.setController(&controller);
    const alab::CurveId selu = controller.scene().find(alab::FunctionKind::Selu)->id;
    const double alpha = controller.scene().parameter(Parameter::SeluAlpha);
    const double lambda = controller.scene().parameter(Parameter::SeluLambda);
    const int steps = controller.undoStack().count();
    player.play(Parameter::SeluAlpha.of(selu), {0.5, 2.5, 0.5, alab::PlayMode::Loop});
    player.play(Parameter::SeluLambda.of(selu), {0.5, 1.5, 0.5, alab::PlayMode::Bounce});
    QCOMPARE(player.playCount(), 2);
    QTest::qWait(200);
    QVERIFY(controller.scene().parameter(Parameter::SeluAlpha) != alpha);
    QVERIFY(controller.scene().parameter(Parameter::SeluLambda) != lambda);
    QCOMPARE(controller.undoStack().count(), steps);  // no step per frame
    player.stopAll();
    QCOMPARE(player.playCount(), 0);
    QCOMPARE(controller.undoStack().count(), steps + 2);  // one per play
    const double stoppedAt = controller.scene().parameter(Parameter::SeluAlpha);
    QTest::qWait(50);
    QCOMPARE(controller.scene().parameter(Parameter::SeluAlpha), stoppedAt);  // stopped means stopped
}

void TestGuiAnimation::panelPlayButtonStartsAndStops() {
    alab::ExplorerController controller;
    alab::ParameterPanel panel;
    panel.setController(&controller);
    panel.show();
    auto* play = panel.findChild<QToolButton*>(QStringLiteral("eluAlphaPlay"));
    QVERIFY(play != nullptr);
    const int steps = controller.undoStack().count();
    play->click();
    QVERIFY(panel.player().playing(Parameter::EluAlpha.of(controller.scene().find(alab::FunctionKind::Elu)->id)));
    QCOMPARE(play->text(), QStringLiteral("\u25a0"));
    QTest::qWait(150);
    play->click();
    QCOMPARE(panel.player().playCount(), 0);
    QCOMPARE(play->text(), QStringLiteral("\u25b6"));
    QCOMPARE(controller.undoStack().count(), steps + 1);
}

void TestGuiAnimation::removingACurveEndsItsPlay() {
    alab::ExplorerController controller;
    alab::ParameterPlayer player;
    player.setController(&controller);
    const alab::CurveId elu = controller.scene().find(alab::FunctionKind::Elu)->id;
    player.play(Parameter::EluAlpha.of(elu), {0.5, 2.5, 1.0, alab::PlayMode::Loop});
    QCOMPARE(player.playCount(), 1);
    // Another scene without that curve (File > Open): no undo step tells, the curve list does.
    alab::CurveScene other;
    std::erase_if(other.functions,
                  [](const alab::SceneFunction& f) { return f.function.kind() == alab::FunctionKind::Elu; });
    controller.setScene(other);
    QCOMPARE(player.playCount(), 0);
}

QTEST_MAIN(TestGuiAnimation)
#include "test_gui_animation.moc"
