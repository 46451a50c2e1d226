// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"
#include "figureexport.h"
#include "ui_exportdialog.h"

#include <QDialog>

#include <memory>

namespace alab {

class AnimationExport;
class AnimationSection;

// File > Export: view, size (a preset, or custom in px, in or cm with a resolution), format,
// theme, transparency and the file. OK writes the file through exportFigure(), the same function
// as `activation-lab render`; on failure the dialog says why and stays open. With the Animation
// section ticked (or the GIF or MP4 format), OK writes a parameter sweep through AnimationExport,
// as `render --sweep` does, with a progress bar; Cancel then stops it and leaves no file.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const CurveScene& scene, const QString& suggestedPath, QWidget* parent = nullptr);
    ~ExportDialog() override;

    FigureOptions options() const;
    QString filePath() const;
    QString lastError() const { return lastError_; }
    // The size in pixels the current settings give.
    QSize pixelSize() const;

    void accept() override;
    void reject() override;  // while an animation is written: stops it, and stays open

    // An animation is being written.
    bool exporting() const;

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

    CurveScene scene_;
    Ui::ExportDialog ui_;
    Unit shownUnit_ = Unit::Pixels;
    QString lastError_;
    AnimationSection* animation_ = nullptr;
    std::unique_ptr<AnimationExport> job_;
};

}  // namespace alab
