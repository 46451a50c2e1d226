// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"
#include "figureexport.h"
#include "ui_exportdialog.h"

#include <QDialog>

namespace alab {

// File > Export: view, size (a preset, or custom in px, in or cm with a resolution), format,
// theme, transparency and the file. OK writes the file through exportFigure(), the same function
// as `activation-lab render`; on failure the dialog says why and stays open.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const CurveScene& scene, const QString& suggestedPath, QWidget* parent = nullptr);

    FigureOptions options() const;
    QString filePath() const;
    QString lastError() const { return lastError_; }
    // The size in pixels the current settings give.
    QSize pixelSize() const;

    void accept() override;

private:
    enum class Unit { Pixels, Inches, Centimetres };

    Unit unit() const;
    void applyPreset();
    void onUnitChanged();
    void onFormatChanged();
    void browse();
    void updateSummary();

    CurveScene scene_;
    Ui::ExportDialog ui_;
    Unit shownUnit_ = Unit::Pixels;
    QString lastError_;
};

}  // namespace alab
