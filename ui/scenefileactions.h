// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "code_export.h"
#include "scenedocument.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QMainWindow;
class QMenu;
class QWidget;

namespace alab {

class ExplorerController;
class CurvePlot;

// What the File menu does: new, open (also recent files, examples, drag and drop), save, save
// as, export, copy and CSV, with the questions and error messages these need. Keeps the
// window's title (file name, "[*]" for unsaved changes) in step with the document.
class SceneFileActions : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;

    SceneFileActions(QMainWindow& window, ExplorerController& controller, CurvePlot& curvePlot);

    SceneDocument& document() noexcept { return document_; }

    void newScene();
    void open();
    // Asks about unsaved changes first; false when the user cancelled or the file is bad.
    bool openPath(const QString& path);
    void openExample(const QString& resourcePath);
    bool save();
    bool saveAs();
    void exportFigure();
    void copyPlot();
    void exportCsv();
    void exportLatex();
    // The visible curves as a Python module on the clipboard; the status bar says so.
    void copyAsCode(CodeLanguage language);
    // Asks for a lecture file and emits lectureRequested() with it.
    void chooseLecture();

    // Unsaved changes: Save, Discard or Cancel. True when it is fine to go on.
    bool confirmDiscard();
    // The same when the window closes, except for an untitled scene: the settings keep that one
    // for the next start, so closing loses nothing.
    bool confirmClose();

    void fillRecentMenu(QMenu& menu);
    void fillExamplesMenu(QMenu& menu);
    static QStringList recentFiles();

    // Lecture scenes compiled into the program: ":/scenes/<name>.alab".
    static QStringList exampleScenes();
    // Lectures compiled into the program: ":/scenes/<name>.alablecture".
    static QStringList exampleLectures();

signals:
    // File > Present or a lecture of File > Examples: the window presents the lecture at `path`.
    void lectureRequested(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTitle();
    bool load(const QString& path);  // without asking first
    void addRecentFile(const QString& path);
    void showError(const QString& title, const QString& text);
    QString suggestedPath(const QString& suffix) const;

    QMainWindow& window_;
    ExplorerController& controller_;
    CurvePlot& curvePlot_;
    SceneDocument document_;
};

}  // namespace alab
