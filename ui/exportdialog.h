// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"
#include "figureexport.h"
#include "ui_exportdialog.h"

#include <QDialog>
#include <QImage>
#include <QStringList>

#include <memory>

class QCheckBox;
class QTimer;

namespace alab {

class AnimationExport;
class AnimationSection;

// File > Export: view, title, size (a preset, or custom in px, in or cm with a resolution),
// format and the other formats written with it, theme, transparency and the file, beside a live
// preview. OK writes the files through exportFigure(), the same function as `activation-lab
// render`; on failure the dialog says why and stays open. With the Animation section ticked (or
// the GIF or MP4 format), OK writes a parameter sweep through AnimationExport, as `render
// --sweep` does, with a progress bar; Cancel then stops it and leaves no file.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const CurveScene& scene, const QString& suggestedPath, QWidget* parent = nullptr);
    ~ExportDialog() override;

    FigureOptions options() const;
    QString filePath() const;
    // Every file OK wrote, the chosen format's first.
    QStringList writtenPaths() const { return written_; }

    // The choices of the last export (folder, file name, formats, size, theme, transparency),
    // kept in QSettings under "export/"; values that no longer fit are ignored.
    void restoreChoices();
    void storeChoices() const;

    // The preview as last drawn (null before the first), and the text shown instead of it when
    // the settings cannot be drawn.
    QImage previewImage() const { return preview_; }
    QString previewProblem() const { return previewProblem_; }
    QString lastError() const { return lastError_; }
    // The size in pixels the current settings give.
    QSize pixelSize() const;

    // The scene the dialog exports, as it was handed over.
    const CurveScene& scene() const noexcept { return scene_; }

    void accept() override;
    void reject() override;  // while an animation is written: stops it, and stays open

    // An animation is being written.
    bool exporting() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Unit { Pixels, Inches, Centimetres };

    Unit unit() const;
    void applyPreset();
    void onUnitChanged();
    void onFormatChanged();
    void browse();
    void updateSummary();
    void onAnimationToggled(bool on);
    void startAnimation(const QString& path);
    void onAnimationFinished(const QString& path, const QString& error);
    void updateAlsoFormats();
    QStringList targetPaths(const QString& path) const;
    void schedulePreview();
    void updatePreview();

    CurveScene scene_;
    Ui::ExportDialog ui_;
    Unit shownUnit_ = Unit::Pixels;
    QString lastError_;
    AnimationSection* animation_ = nullptr;
    std::unique_ptr<AnimationExport> job_;
    QStringList written_;
    int lastFormat_ = -1;  // the format whose box updateAlsoFormats() last ticked
    QTimer* previewTimer_ = nullptr;
    bool previewing_ = false;  // a view computing for the preview processes events meanwhile
    bool previewAgain_ = false;
    bool acceptAfterPreview_ = false;
    QString suggestedPath_;
    QImage preview_;
    QString previewProblem_;
};

}  // namespace alab
