// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenefileactions.h"

#include "curveplot.h"
#include "explorercontroller.h"
#include "exportdialog.h"
#include "exportview.h"
#include "figureexport.h"
#include "lecturefile.h"
#include "pgfplotsexport.h"
#include "scenecode.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace alab {

namespace {

const QString kRecentKey = QStringLiteral("file/recent");
const QString kLastDirKey = QStringLiteral("file/lastDirectory");
constexpr int kStatusMessageMs = 5000;

// The spin boxes apply what was typed on Enter or when they lose focus (keyboard tracking is
// off, so that "0.05" does not pass through 0 on the way). A shortcut pressed from one (Ctrl+E,
// Ctrl+S) must act on the value typed, not the one before it.
void commitPendingEdit() {
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget())) spin->interpretText();
}

QString sceneFilter() { return QObject::tr("Activation Lab scenes (*.alab);;JSON (*.json);;All files (*)"); }

// The first local file of a drop that looks like a scene.
QString droppedScene(const QMimeData* mime) {
    if (mime == nullptr || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile()) continue;
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (suffix == QLatin1String("alab") || suffix == QLatin1String("json")) return url.toLocalFile();
    }
    return {};
}

}  // namespace

SceneFileActions::SceneFileActions(QMainWindow& window, ExplorerController& controller, CurvePlot& curvePlot)
    : QObject(&window), window_(window), controller_(controller), curvePlot_(curvePlot), document_(controller, this) {
    connect(&document_, &SceneDocument::stateChanged, this, &SceneFileActions::updateTitle);
    window_.setAcceptDrops(true);
    window_.installEventFilter(this);
    updateTitle();
}

void SceneFileActions::updateTitle() {
    window_.setWindowTitle(tr("%1[*] \u2014 Activation Lab").arg(document_.displayName()));
    window_.setWindowModified(document_.isModified());
    window_.setWindowFilePath(document_.filePath());
}

bool SceneFileActions::confirmDiscard() {
    commitPendingEdit();
    if (!document_.isModified()) return true;
    const auto answer = QMessageBox::warning(
        &window_, tr("Unsaved Changes"), tr("Save the changes to %1 before closing it?").arg(document_.displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

bool SceneFileActions::confirmClose() { return document_.filePath().isEmpty() || confirmDiscard(); }

void SceneFileActions::newScene() {
    if (!confirmDiscard()) return;
    CurveScene scene;
    scene.theme = controller_.scene().theme;  // a look the user chose, not part of "new"
    document_.reset(scene);
}

void SceneFileActions::open() {
    if (!confirmDiscard()) return;
    const QSettings settings;
    const QString dir = settings.value(kLastDirKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(&window_, tr("Open Scene"), dir, sceneFilter());
    if (!path.isEmpty()) load(path);
}

bool SceneFileActions::openPath(const QString& path) { return confirmDiscard() && load(path); }

bool SceneFileActions::load(const QString& path) {
    if (auto error = document_.load(path)) {
        showError(tr("Open Scene"), tr("The scene was not opened.\n\n%1").arg(error->text()));
        return false;
    }
    addRecentFile(path);
    return true;
}

void SceneFileActions::openExample(const QString& resourcePath) {
    if (!confirmDiscard()) return;
    // Untitled: Save asks where to put the copy instead of writing into the program.
    if (auto error = document_.loadAsUntitled(resourcePath)) showError(tr("Open Example"), error->text());
}

bool SceneFileActions::save() {
    commitPendingEdit();
    if (document_.filePath().isEmpty()) return saveAs();
    if (auto error = document_.save(document_.filePath())) {
        showError(tr("Save Scene"), tr("The scene was not saved.\n\n%1").arg(*error));
        return false;
    }
    return true;
}

bool SceneFileActions::saveAs() {
    commitPendingEdit();
    QString path = QFileDialog::getSaveFileName(&window_, tr("Save Scene As"), suggestedPath(QStringLiteral("alab")),
                                                sceneFilter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".alab");
    if (auto error = document_.save(path)) {
        showError(tr("Save Scene"), tr("The scene was not saved.\n\n%1").arg(*error));
        return false;
    }
    addRecentFile(path);
    return true;
}

QString SceneFileActions::suggestedPath(const QString& suffix) const {
    const QSettings settings;
    const QString dir = settings.value(kLastDirKey, QDir::homePath()).toString();
    const QString base =
        document_.filePath().isEmpty() ? tr("scene") : QFileInfo(document_.filePath()).completeBaseName();
    return QDir(dir).filePath(base + QLatin1Char('.') + suffix);
}

void SceneFileActions::exportFigure() {
    commitPendingEdit();
    ExportDialog dialog(controller_.scene(), suggestedPath(QStringLiteral("png")), &window_);
    dialog.restoreChoices();
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.storeChoices();
    QStringList shown;
    for (const QString& path : dialog.writtenPaths()) shown.push_back(QDir::toNativeSeparators(path));
    window_.statusBar()->showMessage(tr("Exported to %1").arg(shown.join(QStringLiteral(", "))), kStatusMessageMs);
}

void SceneFileActions::copyPlot() {
    commitPendingEdit();
    // The plot as it is on screen, at the screen's pixel density.
    FigureOptions options;
    options.view = controller_.scene().activeView;
    const double ratio = window_.devicePixelRatioF();
    options.pixels = curvePlot_.size() * ratio;
    options.dpi = 96.0 * ratio;
    const FigureImage image = renderFigureImage(controller_.scene(), options);
    if (image.image.isNull()) {
        showError(tr("Copy Plot"), image.error);
        return;
    }
    QApplication::clipboard()->setImage(image.image);
}

void SceneFileActions::exportCsv() {
    commitPendingEdit();
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Export Curve Data"),
                                                      suggestedPath(QStringLiteral("csv")), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    if (const std::optional<QString> error = writeCurveDataCsv(path, controller_.scene())) {
        showError(tr("Export Curve Data"), *error);
    }
}

void SceneFileActions::exportLatex() {
    commitPendingEdit();
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Export LaTeX (pgfplots)"),
                                                      suggestedPath(QStringLiteral("tex")), tr("LaTeX (*.tex)"));
    if (path.isEmpty()) return;
    if (const std::optional<QString> error = writePgfplotsDocument(path, controller_.scene())) {
        showError(tr("Export LaTeX (pgfplots)"), *error);
        return;
    }
    window_.statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
}

void SceneFileActions::copyAsCode(CodeLanguage language) {
    commitPendingEdit();
    const QString name =
        QString::fromUtf8(codeLanguageName(language).data(), static_cast<qsizetype>(codeLanguageName(language).size()));
    const CurveScene& scene = controller_.scene();
    if (!sceneShowsCurves(scene)) {
        window_.statusBar()->showMessage(tr("No curve is shown: nothing to copy as %1").arg(name), kStatusMessageMs);
        return;
    }
    try {
        QApplication::clipboard()->setText(QString::fromStdString(scenePythonModule(scene, language)));
    } catch (const CodeExportError& error) {
        showError(tr("Copy as %1").arg(name), QString::fromUtf8(error.what()));
        return;
    }
    window_.statusBar()->showMessage(tr("Copied the visible curves as %1 code (ACTIVATIONS)").arg(name),
                                     kStatusMessageMs);
}

void SceneFileActions::chooseLecture() {
    const QSettings settings;
    const QString dir = settings.value(kLastDirKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(&window_, tr("Present Lecture"), dir,
                                                      tr("Activation Lab lectures (*.alablecture);;All files (*)"));
    if (!path.isEmpty()) emit lectureRequested(path);
}

QStringList SceneFileActions::recentFiles() { return QSettings().value(kRecentKey).toStringList(); }

void SceneFileActions::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) files.removeLast();
    QSettings settings;
    settings.setValue(kRecentKey, files);
    settings.setValue(kLastDirKey, QFileInfo(absolute).absolutePath());
}

void SceneFileActions::fillRecentMenu(QMenu& menu) {
    menu.clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction* action = menu.addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        action->setToolTip(files[i]);
        connect(action, &QAction::triggered, this, [this, path = files[i]] { openPath(path); });
    }
    if (files.isEmpty()) menu.addAction(tr("No recent scenes"))->setEnabled(false);
    menu.addSeparator();
    QAction* clear = menu.addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { QSettings().remove(kRecentKey); });
}

QStringList SceneFileActions::exampleScenes() {
    QStringList paths;
    const QDir dir(QStringLiteral(":/scenes"));
    for (const QString& name : dir.entryList({QStringLiteral("*.alab")}, QDir::Files, QDir::Name)) {
        paths << dir.filePath(name);
    }
    return paths;
}

QStringList SceneFileActions::exampleLectures() {
    QStringList paths;
    const QDir dir(QStringLiteral(":/scenes"));
    const QString pattern = QStringLiteral("*.") + QString::fromLatin1(kLectureSuffix);
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name)) paths << dir.filePath(name);
    return paths;
}

void SceneFileActions::fillExamplesMenu(QMenu& menu) {
    menu.clear();
    for (const QString& path : exampleScenes()) {
        // The scene's "title" field ("ReLU vs ELU"), else the file name.
        const SceneReadResult read = readSceneFile(path);
        QString title = read.extras.value(QStringLiteral("title")).toString();
        if (title.isEmpty()) title = QFileInfo(path).completeBaseName();
        QAction* action = menu.addAction(title);
        connect(action, &QAction::triggered, this, [this, path] { openExample(path); });
    }
    const QStringList lectures = exampleLectures();
    if (!lectures.isEmpty()) menu.addSeparator();
    for (const QString& path : lectures) {
        const LectureReadResult read = readLecture(path);
        const QString title = read.lecture ? read.lecture->title : QFileInfo(path).completeBaseName();
        QAction* action = menu.addAction(tr("Present: %1").arg(title));
        connect(action, &QAction::triggered, this, [this, path] { emit lectureRequested(path); });
    }
}

void SceneFileActions::showError(const QString& title, const QString& text) {
    QMessageBox::warning(&window_, title, text);
}

bool SceneFileActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_) {
        if (event->type() == QEvent::DragEnter) {
            auto* drag = static_cast<QDragEnterEvent*>(event);
            if (!droppedScene(drag->mimeData()).isEmpty()) drag->acceptProposedAction();
            return true;
        }
        if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QString path = droppedScene(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                openPath(path);
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace alab
