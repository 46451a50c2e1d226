// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorercontroller.h"
#include "ui_mainwindow.h"

#include <QMainWindow>

class QKeyEvent;
class QLabel;

namespace alab {

class Presenter;
class ProjectorLayout;
class SceneFileActions;

// The main window only wires: the panels and the plot observe the controller and edit the
// scene through it; the window adds menus, shortcuts, the theme's palette and the settings.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Restores geometry, theme, parameters and visibility from QSettings.
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ExplorerController& controller() noexcept { return controller_; }
    SceneFileActions& fileActions() noexcept { return *fileActions_; }
    ProjectorLayout& projector() noexcept { return *projector_; }
    Presenter& presenter() noexcept { return *presenter_; }

    // Reads the lecture file (or folder) at `path` and presents it; on a bad lecture a message
    // names the file and the field, and nothing changes. False then.
    bool presentLecture(const QString& path);

    // Opens the scene at `path` (the command line's file argument); false if it could not.
    bool openSceneFile(const QString& path);

    // Writes what the next start restores; also done on close.
    void saveSettings() const;

    // The About box's text: what the program is, what it is built with, its licence.
    static QString aboutText();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectViewTabs();
    void connectActions();
    void connectFileActions();
    void connectProjector();
    // The keys of projector mode and the presenter (S, Esc, Page Down, ...); true when handled.
    bool handlePresentationKey(QObject* watched, QEvent* event);
    void applyTheme();
    void showStatusHint();
    void fitSidePanel();
    // Whether `event` is the shortcut of one of this window's enabled actions.
    bool isWindowShortcut(const QKeyEvent& event) const;
    void showHelp();
    void showAbout();

    // Declared before the form so that it outlives everything that observes it.
    ExplorerController controller_;
    Ui::MainWindow ui_;
    QLabel* readoutLabel_ = nullptr;           // owned by the status bar
    SceneFileActions* fileActions_ = nullptr;  // child QObject
    ProjectorLayout* projector_ = nullptr;     // child QObject
    Presenter* presenter_ = nullptr;           // child QObject
};

}  // namespace alab
