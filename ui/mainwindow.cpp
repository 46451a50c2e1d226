// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "familydialog.h"
#include "newfunctiondialog.h"

#include "accessibility.h"
#include "languagemenu.h"
#include "lecturefile.h"
#include "presenter.h"
#include "projectorlayout.h"
#include "scenefileactions.h"
#include "scenesettings.h"

#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTextEdit>

namespace alab {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
// The scene file open when the window closed (none for an untitled scene), and what it held then.
const QString kOpenFileKey = QStringLiteral("file/open");
const QString kOpenFileSceneKey = QStringLiteral("file/openScene");
// Whether opening a scene applies the theme stored in it (off: the theme on screen stays).
const QString kUseSceneThemeKey = QStringLiteral("view/useSceneTheme");
// How long a refusal stays in the status bar, over the hint or the readout.
constexpr int kMessageTimeoutMs = 10000;

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    ui_.setupUi(this);
    readoutLabel_ = new QLabel(this);
    readoutLabel_->setObjectName(QStringLiteral("readoutLabel"));
    ui_.statusBar->addWidget(readoutLabel_, 1);

    {
        const QSettings settings;
        controller_.setScene(readSceneSettings(settings));
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    }

    // Before the plot fits y for the first time, so that the greyed y fields show it.
    connect(ui_.curvePlot, &CurvePlot::fittedYChanged, ui_.displayPanel, &DisplayPanel::showFittedY);
    ui_.curvePlot->setController(&controller_);
    ui_.sidePanelLayout->removeWidget(ui_.parameterPanel);
    ui_.displayPanel->insertBelowFunctions(ui_.parameterPanel);
    ui_.parameterPanel->setController(&controller_);
    ui_.displayPanel->setController(&controller_);
    ui_.formulaPanel->setController(&controller_);
    ui_.histogramView->setController(&controller_);
    ui_.propagationView->setController(&controller_);
    ui_.meanMapView->setController(&controller_);
    connectViewTabs();
    fileActions_ = new SceneFileActions(*this, controller_, *ui_.curvePlot);
    {
        const bool useSceneTheme = QSettings().value(kUseSceneThemeKey, false).toBool();
        ui_.useSceneThemeAction->setChecked(useSceneTheme);
        fileActions_->document().setUseSceneTheme(useSceneTheme);
    }
    // The file open at the last close, if it still holds what it held then: its name in the
    // title, and Ctrl+S writes to it. Otherwise the settings' scene stays, untitled.
    {
        const QSettings settings;
        const QString path = settings.value(kOpenFileKey).toString();
        if (!path.isEmpty()) {
            const SceneReadResult saved = parseScene(settings.value(kOpenFileSceneKey).toString().toUtf8());
            if (saved.scene) fileActions_->document().reopen(path, *saved.scene);
        }
    }
    connectActions();
    nameControlsForAccessibility(this);
    connectFileActions();
    connectProjector();
    // The presenter hides the menu bar; the window's shortcuts (S, Esc, F11, Ctrl+E) live on.
    for (const QMenu* menu : ui_.menuBar->findChildren<QMenu*>())
        for (QAction* action : menu->actions())
            if (!action->shortcut().isEmpty()) addAction(action);
    applyTheme();
    // Sees the ShortcutOverride of every focused widget, so that none in this window keeps a
    // window shortcut for itself (see eventFilter()).
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::connectViewTabs() {
    // The tabs are in the order of ViewId.
    const auto showActiveView = [this] {
        const QSignalBlocker blocker(ui_.viewTabs);
        ui_.viewTabs->setCurrentIndex(static_cast<int>(controller_.scene().activeView));
    };
    showActiveView();
    connect(&controller_, &ExplorerController::activeViewChanged, this, showActiveView);
    connect(ui_.viewTabs, &QTabWidget::currentChanged, &controller_,
            [this](int index) { controller_.setActiveView(static_cast<ViewId>(index)); });

    // Ctrl+Tab as window actions, not the tab widget's key handling: a spin box or a combo box
    // with focus took the key press before it reached the tabs.
    const auto stepView = [this](int step) {
        const int count = ui_.viewTabs->count();
        ui_.viewTabs->setCurrentIndex((ui_.viewTabs->currentIndex() + step + count) % count);
    };
    auto* next = new QAction(tr("&Next View"), this);
    next->setObjectName(QStringLiteral("nextViewAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    connect(next, &QAction::triggered, this, [stepView] { stepView(1); });
    auto* previous = new QAction(tr("Pre&vious View"), this);
    previous->setObjectName(QStringLiteral("previousViewAction"));
    previous->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    connect(previous, &QAction::triggered, this, [stepView] { stepView(-1); });
    ui_.viewMenu->insertActions(ui_.resetViewAction, {next, previous});
}

bool MainWindow::isWindowShortcut(const QKeyEvent& event) const {
    // Plain keys (Home, the arrows, letters) are the line edit's: they edit its text. Only
    // Ctrl and Alt combinations can be the window's.
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    if (!(modifiers & (Qt::ControlModifier | Qt::AltModifier))) return false;
    const QKeySequence pressed(QKeyCombination(modifiers, static_cast<Qt::Key>(event.key())));
    for (const QAction* action : findChildren<QAction*>()) {
        if (!action->isEnabled()) continue;
        for (const QKeySequence& keys : action->shortcuts()) {
            if (keys == pressed) return true;
        }
    }
    return false;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (handlePresentationKey(watched, event)) return true;
    // A focused line edit (a spin box's) accepts the ShortcutOverride of Ctrl+E (end of line),
    // Ctrl+Z (its own undo) and more, a combo box that of Ctrl+Tab: then the window's action
    // never sees the key. Left unaccepted, the shortcut map triggers the action.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == this && isWindowShortcut(*static_cast<QKeyEvent*>(event))) {
        event->ignore();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::connectActions() {
    connect(ui_.quitAction, &QAction::triggered, this, &QWidget::close);

    QUndoStack& stack = controller_.undoStack();
    ui_.redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(ui_.undoAction, &QAction::triggered, &stack, &QUndoStack::undo);
    connect(ui_.redoAction, &QAction::triggered, &stack, &QUndoStack::redo);
    connect(&stack, &QUndoStack::canUndoChanged, ui_.undoAction, &QAction::setEnabled);
    connect(&stack, &QUndoStack::canRedoChanged, ui_.redoAction, &QAction::setEnabled);
    connect(&stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        ui_.undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(&stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        ui_.redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });

    auto* themes = new QActionGroup(this);
    const std::pair<QAction*, ThemeId> themeActions[] = {
        {ui_.lightThemeAction, ThemeId::Light},
        {ui_.darkThemeAction, ThemeId::Dark},
        {ui_.presentationThemeAction, ThemeId::Presentation},
    };
    for (const auto& [action, id] : themeActions) {
        themes->addAction(action);
        connect(action, &QAction::triggered, &controller_, [this, theme = id] { controller_.setTheme(theme); });
    }
    connect(&controller_, &ExplorerController::themeChanged, this, &MainWindow::applyTheme);

    ui_.viewMenu->insertMenu(ui_.resetViewAction, new LanguageMenu(this));
    connect(ui_.resetViewAction, &QAction::triggered, &controller_, &ExplorerController::resetView);
    connect(ui_.fullScreenAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            showFullScreen();
        } else {
            showNormal();
        }
    });
    connect(ui_.addFamilyAction, &QAction::triggered, this, [this] {
        FamilyDialog dialog(controller_, this);
        dialog.exec();
    });
    connect(ui_.displayPanel->familyButton(), &QAbstractButton::clicked, ui_.addFamilyAction, &QAction::trigger);
    connect(ui_.newFunctionAction, &QAction::triggered, this, [this] {
        NewFunctionDialog dialog(controller_, this);
        dialog.exec();
    });
    connect(ui_.displayPanel->newFunctionButton(), &QAbstractButton::clicked, ui_.newFunctionAction, &QAction::trigger);
    connect(ui_.helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    connect(ui_.aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // The status bar as the context, not the window: a spin box that loses focus while the window
    // is being destroyed still reports, and must not reach a MainWindow that is already a QWidget.
    connect(ui_.parameterPanel, &ParameterPanel::messageRequested, ui_.statusBar,
            [bar = ui_.statusBar](const QString& message) {
                if (message.isEmpty()) {
                    bar->clearMessage();
                } else {
                    bar->showMessage(message, kMessageTimeoutMs);
                }
            });
    showStatusHint();
    connect(&controller_, &ExplorerController::activeViewChanged, this, &MainWindow::showStatusHint);
    connect(ui_.curvePlot, &CurvePlot::readoutChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            showStatusHint();
        } else {
            readoutLabel_->setText(text);
        }
    });
}

// What the mouse and keys do in the active view, while no crosshair readout is shown.
void MainWindow::showStatusHint() {
    switch (controller_.scene().activeView) {
    case ViewId::Curves:
        readoutLabel_->setText(
            tr("Drag to pan \u00b7 wheel to zoom \u00b7 Shift+drag to zoom into a rectangle \u00b7 Home "
               "resets the view \u00b7 F1 for help"));
        return;
    case ViewId::Histogram:
        readoutLabel_->setText(
            tr("The parameter sliders move the histograms without resampling \u00b7 \u03bc, \u03c3, N and the "
               "seed draw a new sample \u00b7 F1 for help"));
        return;
    case ViewId::Propagation:
        readoutLabel_->setText(
            tr("Every change restarts the run \u00b7 the depth scrubber picks the layer whose unit means are "
               "shown \u00b7 F1 for help"));
        return;
    case ViewId::MeanMap:
        readoutLabel_->setText(
            tr("Click the plane to follow the iterates from that point \u00b7 Solve \u03b1, "
               "\u03bb moves SELU's fixed point \u00b7 F1 for help"));
        return;
    }
}

void MainWindow::connectFileActions() {
    SceneFileActions* files = fileActions_;
    connect(ui_.newAction, &QAction::triggered, files, &SceneFileActions::newScene);
    connect(ui_.openAction, &QAction::triggered, files, &SceneFileActions::open);
    connect(ui_.saveAction, &QAction::triggered, files, &SceneFileActions::save);
    connect(ui_.saveAsAction, &QAction::triggered, files, &SceneFileActions::saveAs);
    connect(ui_.exportAction, &QAction::triggered, files, &SceneFileActions::exportFigure);
    connect(ui_.copyPlotAction, &QAction::triggered, files, &SceneFileActions::copyPlot);
    connect(ui_.exportCsvAction, &QAction::triggered, files, &SceneFileActions::exportCsv);
    connect(ui_.exportLatexAction, &QAction::triggered, files, &SceneFileActions::exportLatex);
    connect(ui_.copyPyTorchAction, &QAction::triggered, files, [files] { files->copyAsCode(CodeLanguage::PyTorch); });
    connect(ui_.copyNumpyAction, &QAction::triggered, files, [files] { files->copyAsCode(CodeLanguage::NumPy); });
    connect(ui_.recentMenu, &QMenu::aboutToShow, files, [this] { fileActions_->fillRecentMenu(*ui_.recentMenu); });
    fileActions_->fillExamplesMenu(*ui_.examplesMenu);
}

bool MainWindow::openSceneFile(const QString& path) { return fileActions_->openPath(path); }

void MainWindow::connectProjector() {
    projector_ = new ProjectorLayout(*ui_.centralLayout, *ui_.sidePanelScroll, *ui_.formulaPanel, this);
    presenter_ =
        new Presenter(*this, controller_, *projector_, {ui_.menuBar, ui_.statusBar, ui_.viewTabs->tabBar()}, this);
    connect(ui_.projectorAction, &QAction::toggled, projector_, &ProjectorLayout::setActive);
    connect(ui_.slidersOverlayAction, &QAction::toggled, projector_, &ProjectorLayout::setOverlayShown);
    connect(projector_, &ProjectorLayout::activeChanged, this, [this](bool active) {
        const QSignalBlocker blocker(ui_.projectorAction);
        ui_.projectorAction->setChecked(active);
        ui_.slidersOverlayAction->setEnabled(active);
    });
    connect(projector_, &ProjectorLayout::overlayShownChanged, this, [this](bool shown) {
        const QSignalBlocker blocker(ui_.slidersOverlayAction);
        ui_.slidersOverlayAction->setChecked(shown);
    });
    // While presenting, the presenter owns the layout: F5 cannot pull the panels back mid-slide.
    connect(presenter_, &Presenter::activeChanged, this, [this](bool active) {
        ui_.projectorAction->setEnabled(!active);
        ui_.presentAction->setEnabled(!active);
    });
    connect(ui_.useSceneThemeAction, &QAction::toggled, this, [this](bool use) {
        QSettings().setValue(kUseSceneThemeKey, use);
        fileActions_->document().setUseSceneTheme(use);
    });
    connect(ui_.presentAction, &QAction::triggered, fileActions_, &SceneFileActions::chooseLecture);
    connect(fileActions_, &SceneFileActions::lectureRequested, this, &MainWindow::presentLecture);
}

bool MainWindow::presentLecture(const QString& path) {
    const LectureReadResult read = readLecture(path);
    if (!read.lecture) {
        QMessageBox::warning(this, tr("Present Lecture"),
                             tr("The lecture was not opened.\n\n%1").arg(read.error.text()));
        return false;
    }
    presenter_->start(*read.lecture, ui_.useSceneThemeAction->isChecked());
    return true;
}

bool MainWindow::handlePresentationKey(QObject* watched, QEvent* event) {
    if (!projector_->isActive() || !watched->isWidgetType() || static_cast<QWidget*>(watched)->window() != this) {
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    // A line edit that takes text (a curve's label), not a spin box's: letters are its own.
    const bool typing = (qobject_cast<QLineEdit*>(watched) != nullptr &&
                         qobject_cast<QAbstractSpinBox*>(static_cast<QWidget*>(watched)->parentWidget()) == nullptr) ||
                        qobject_cast<QTextEdit*>(watched) != nullptr ||
                        qobject_cast<QPlainTextEdit*>(watched) != nullptr;
    if (event->type() == QEvent::ShortcutOverride) {
        // S reaches the sliders action even from a spin box (which would swallow the letter).
        if (plain && key->key() == Qt::Key_S && !typing) {
            event->ignore();
            return true;
        }
        return false;
    }
    if (plain && key->key() == Qt::Key_Escape) {
        if (projector_->isOverlayShown()) {
            projector_->setOverlayShown(false);
        } else if (presenter_->isActive()) {
            presenter_->stop();
        } else {
            projector_->setActive(false);
        }
        return true;
    }
    if (typing && key->key() != Qt::Key_PageDown && key->key() != Qt::Key_PageUp) return false;
    const bool inSliders =
        projector_->isOverlayShown() && ui_.sidePanelScroll->isAncestorOf(static_cast<QWidget*>(watched));
    return presenter_->handleKey(*key, inSliders);
}

void MainWindow::applyTheme() {
    const Theme theme = Theme::get(controller_.scene().theme);
    // The application's palette and font, so that menus, tool tips and dialogs follow too.
    static const QFont baseFont = QApplication::font();
    QFont font = baseFont;
    if (theme.uiFontPointSize > 0) font.setPointSize(theme.uiFontPointSize);
    QApplication::setPalette(theme.palette);
    QApplication::setFont(font);

    for (QAction* action : {ui_.lightThemeAction, ui_.darkThemeAction, ui_.presentationThemeAction}) {
        const QSignalBlocker blocker(action);
        action->setChecked(false);
    }
    QAction* current = theme.id == ThemeId::Dark           ? ui_.darkThemeAction
                       : theme.id == ThemeId::Presentation ? ui_.presentationThemeAction
                                                           : ui_.lightThemeAction;
    current->setChecked(true);
    fitSidePanel();
}

void MainWindow::fitSidePanel() {
    // As wide as its contents in the current font, so nothing is cut off horizontally.
    ui_.sidePanelScroll->setFixedWidth(ui_.sidePanel->sizeHint().width() +
                                       ui_.sidePanelScroll->verticalScrollBar()->sizeHint().width());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    writeSceneSettings(settings, controller_.scene());
    settings.setValue(kGeometryKey, saveGeometry());
    const SceneDocument& document = fileActions_->document();
    if (document.filePath().isEmpty()) {
        settings.remove(kOpenFileKey);
        settings.remove(kOpenFileSceneKey);
    } else {
        settings.setValue(kOpenFileKey, document.filePath());
        settings.setValue(kOpenFileSceneKey, QString::fromUtf8(serializeScene(document.savedScene())));
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // The scene from before the lecture is the one to keep, not the last slide.
    presenter_->stop();
    if (!fileActions_->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    // The application font reaches the widgets through events, after applyTheme() returned.
    if (event->type() == QEvent::FontChange) fitSidePanel();
    if (event->type() == QEvent::WindowStateChange) {
        const QSignalBlocker blocker(ui_.fullScreenAction);
        ui_.fullScreenAction->setChecked(isFullScreen());
    }
}

void MainWindow::showHelp() {
    QMessageBox::information(
        this, tr("Activation Lab Help"),
        tr("<h3>Activation Lab</h3>"
           "<p><b>Functions</b>: tick ELU, SELU, ReLU and Leaky ReLU; <b>Compare with\u2026</b> adds GELU, SiLU, "
           "Mish, Softplus, CELU, PReLU, tanh and sigmoid.</p>"
           "<p><b>Parameters</b>: drag a slider (every view follows every step) or type an exact value in the "
           "box beside it; arrow keys step by 0.01, Page Up/Down by 0.1; \u21ba resets one parameter.</p>"
           "<p><b>Curves</b>: wheel zooms, drag pans, Shift+drag (or right drag) zooms into a rectangle, "
           "<b>Home</b> resets the view; with the plot focused, arrow keys pan and + / \u2212 zoom. The status "
           "bar reads f and f\u2032 of every visible function under the mouse, computed exactly. Where f\u2032 "
           "jumps at 0 a filled dot marks the value f\u2032(0) takes and an open dot the limit it does not.</p>"
           "<p><b>Histograms</b>: f(z) for z ~ N(\u03bc, \u03c3\u00b2), sampled once with the seed; solid line: "
           "sample mean, dashed: exact mean. Parameter changes re-apply f to the same sample.</p>"
           "<p><b>Propagation</b>: mean, variance and dead units per layer of a random deep network, computed "
           "in the background; the layer slider shows the units' mean activations at one layer.</p>"
           "<p><b>Mean/variance map</b>: where one SELU layer sends the mean and variance of its inputs; click "
           "the plane to follow the iterates to the fixed point.</p>"
           "<p><b>Files</b>: Ctrl+S saves the scene, Ctrl+O opens one, Ctrl+E exports a figure (PNG, SVG, "
           "PDF), Ctrl+Shift+C copies the plot.</p>"
           "<p><b>Keys</b>: Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+Tab next view, Ctrl+1/2/3 Light/Dark/"
           "Presentation theme, F11 full screen, Ctrl+Q quit.</p>"));
}

void MainWindow::showAbout() { QMessageBox::about(this, tr("About Activation Lab"), aboutText()); }

QString MainWindow::aboutText() {
    const QString version = QCoreApplication::applicationVersion();
    return tr("<h3>Activation Lab%1</h3>"
              "<p>Explore, teach and export plots of neural-network activation functions (ELU, SELU, ReLU, "
              "Leaky ReLU and the functions they are compared with) and their derivatives, computed exactly, "
              "and see what they do to normal inputs and to deep networks.</p>"
              "<p>Built with Qt %2, QCustomPlot and Eigen.</p>")
               .arg(version.isEmpty() ? QString() : QStringLiteral(" ") + version, QString::fromLatin1(qVersion())) +
           tr("<p>Activation Lab is free software: you can redistribute it and/or modify it under the terms of "
              "the GNU General Public License as published by the Free Software Foundation, either version 3 "
              "of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with "
              "ABSOLUTELY NO WARRANTY. See <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
              "https://www.gnu.org/licenses/gpl-3.0.html</a>.</p>");
}

}  // namespace alab
