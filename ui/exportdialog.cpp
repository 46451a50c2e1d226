// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "animationexport.h"
#include "animationsection.h"
#include "exportview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

#include <cmath>

namespace alab {

namespace {

constexpr double kCmPerInch = 2.54;
// The format combo's entries, in order: the figures', then the animations'.
const char* const kSuffixes[] = {"png", "svg", "pdf", "gif", "mp4"};
constexpr int kPdfIndex = 2;
constexpr int kGifIndex = 3;
constexpr int kFirstAnimationOnly = 3;  // GIF and MP4 are animations only

std::optional<int> formatIndexForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (int i = 0; i < static_cast<int>(std::size(kSuffixes)); ++i) {
        if (suffix == QLatin1String(kSuffixes[i])) return i;
    }
    return std::nullopt;
}

}  // namespace

ExportDialog::ExportDialog(const CurveScene& scene, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), scene_(scene) {
    ui_.setupUi(this);
    for (const ViewId id : allViews()) ui_.viewCombo->addItem(viewDisplayName(id), static_cast<int>(id));
    ui_.viewCombo->setCurrentIndex(static_cast<int>(scene.activeView));
    for (const FigurePreset& preset : figurePresets()) ui_.presetCombo->addItem(preset.name, preset.id);
    ui_.presetCombo->addItem(tr("Custom"));
    ui_.unitCombo->addItems({tr("px"), tr("in"), tr("cm")});
    ui_.dpiSpin->setRange(kMinFigureDpi, kMaxFigureDpi);
    ui_.dpiSpin->setDecimals(0);
    ui_.dpiSpin->setSuffix(tr(" dpi"));
    ui_.formatCombo->addItems(
        {tr("PNG image"), tr("SVG vector graphics"), tr("PDF document"), tr("GIF animation"), tr("MP4 video (H.264)")});
    for (const ThemeId id : allThemes()) ui_.themeCombo->addItem(Theme::get(id).name, static_cast<int>(id));
    ui_.themeCombo->setCurrentIndex(static_cast<int>(scene.theme));

    ui_.pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    ui_.pathEdit->setText(suggestedPath);
    if (const auto format = formatIndexForPath(suggestedPath)) ui_.formatCombo->setCurrentIndex(*format);
    animation_ = new AnimationSection(scene, this);
    ui_.mainLayout->insertWidget(ui_.mainLayout->indexOf(ui_.buttonBox), animation_);
    if (ui_.formatCombo->currentIndex() >= kFirstAnimationOnly) animation_->setChecked(animation_->available());
    connect(animation_, &QGroupBox::toggled, this, &ExportDialog::onAnimationToggled);
    applyPreset();

    connect(ui_.presetCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(ui_.unitCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onUnitChanged);
    connect(ui_.formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(ui_.browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(ui_.buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(ui_.buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    const auto edited = [this] {
        // Typing a size makes it a custom one.
        if (ui_.presetCombo->currentIndex() < static_cast<int>(figurePresets().size())) {
            const FigurePreset& preset = figurePresets()[static_cast<std::size_t>(ui_.presetCombo->currentIndex())];
            if (pixelSize() != preset.pixels || ui_.dpiSpin->value() != preset.dpi) {
                const QSignalBlocker blocker(ui_.presetCombo);
                ui_.presetCombo->setCurrentIndex(ui_.presetCombo->count() - 1);
            }
        }
        updateSummary();
    };
    for (QDoubleSpinBox* spin : {ui_.widthSpin, ui_.heightSpin, ui_.dpiSpin}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, edited);
    }
    updateSummary();
}

ExportDialog::Unit ExportDialog::unit() const { return static_cast<Unit>(ui_.unitCombo->currentIndex()); }

QSize ExportDialog::pixelSize() const {
    const double dpi = ui_.dpiSpin->value();
    const auto toPixels = [&](double v) {
        switch (unit()) {
        case Unit::Pixels: return v;
        case Unit::Inches: return v * dpi;
        case Unit::Centimetres: break;
        }
        return v / kCmPerInch * dpi;
    };
    return {static_cast<int>(std::lround(toPixels(ui_.widthSpin->value()))),
            static_cast<int>(std::lround(toPixels(ui_.heightSpin->value())))};
}

FigureOptions ExportDialog::options() const {
    FigureOptions options;
    options.view = static_cast<ViewId>(ui_.viewCombo->currentData().toInt());
    options.pixels = pixelSize();
    options.dpi = ui_.dpiSpin->value();
    options.theme = static_cast<ThemeId>(ui_.themeCombo->currentData().toInt());
    options.transparent = ui_.transparentCheck->isChecked();
    return options;
}

QString ExportDialog::filePath() const { return ui_.pathEdit->text().trimmed(); }

void ExportDialog::applyPreset() {
    const int index = ui_.presetCombo->currentIndex();
    if (index < 0 || index >= static_cast<int>(figurePresets().size())) return;
    const FigurePreset& preset = figurePresets()[static_cast<std::size_t>(index)];
    const QSignalBlocker blockUnit(ui_.unitCombo);
    const QSignalBlocker blockWidth(ui_.widthSpin);
    const QSignalBlocker blockHeight(ui_.heightSpin);
    const QSignalBlocker blockDpi(ui_.dpiSpin);
    ui_.unitCombo->setCurrentIndex(static_cast<int>(Unit::Pixels));
    shownUnit_ = Unit::Pixels;
    onUnitChanged();
    ui_.widthSpin->setValue(preset.pixels.width());
    ui_.heightSpin->setValue(preset.pixels.height());
    ui_.dpiSpin->setValue(preset.dpi);
    updateSummary();
}

void ExportDialog::onUnitChanged() {
    // Keep the physical size: convert what is shown into the new unit.
    const double dpi = ui_.dpiSpin->value();
    const auto perInch = [dpi](Unit u) {
        switch (u) {
        case Unit::Pixels: return dpi;
        case Unit::Inches: return 1.0;
        case Unit::Centimetres: break;
        }
        return kCmPerInch;
    };
    const double factor = perInch(unit()) / perInch(shownUnit_);
    const bool pixels = unit() == Unit::Pixels;
    const double w = ui_.widthSpin->value() * factor;
    const double h = ui_.heightSpin->value() * factor;
    for (QDoubleSpinBox* spin : {ui_.widthSpin, ui_.heightSpin}) {
        const QSignalBlocker blocker(spin);
        spin->setDecimals(pixels ? 0 : 3);
        spin->setRange(pixels ? kMinFigurePixels : 0.001, pixels ? kMaxFigurePixels : 1000.0);
        spin->setSingleStep(pixels ? 10.0 : 0.1);
    }
    {
        const QSignalBlocker blockWidth(ui_.widthSpin);
        const QSignalBlocker blockHeight(ui_.heightSpin);
        ui_.widthSpin->setValue(w);
        ui_.heightSpin->setValue(h);
    }
    shownUnit_ = unit();
    updateSummary();
}

ExportDialog::~ExportDialog() = default;  // a running export is cancelled: no file

bool ExportDialog::exporting() const { return job_ != nullptr && job_->running(); }

void ExportDialog::onAnimationToggled(bool on) {
    const int format = ui_.formatCombo->currentIndex();
    // A GIF or MP4 is an animation; a PNG or SVG cannot be one; a PDF is either.
    if (on && format != kPdfIndex && format < kFirstAnimationOnly) ui_.formatCombo->setCurrentIndex(kGifIndex);
    if (!on && format >= kFirstAnimationOnly) ui_.formatCombo->setCurrentIndex(0);
}

void ExportDialog::onFormatChanged() {
    if (ui_.formatCombo->currentIndex() >= kFirstAnimationOnly) {
        animation_->setChecked(animation_->available());
    } else if (ui_.formatCombo->currentIndex() != kPdfIndex) {
        animation_->setChecked(false);
    }
    const QString path = filePath();
    if (path.isEmpty()) return;
    const QFileInfo info(path);
    const QString suffix = QLatin1String(kSuffixes[ui_.formatCombo->currentIndex()]);
    const QString base = info.suffix().isEmpty() ? path : path.left(path.size() - info.suffix().size() - 1);
    ui_.pathEdit->setText(base + QLatin1Char('.') + suffix);
}

void ExportDialog::browse() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Figure"), filePath(),
                                     tr("PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf);;"
                                        "GIF animation (*.gif);;MP4 video (*.mp4)"));
    if (path.isEmpty()) return;
    ui_.pathEdit->setText(path);
    if (const auto format = formatIndexForPath(path)) ui_.formatCombo->setCurrentIndex(*format);
}

void ExportDialog::updateSummary() {
    const FigureOptions o = options();
    ui_.pixelSizeLabel->setText(tr("%1 \u00d7 %2 px, %3 \u00d7 %4 in")
                                    .arg(o.pixels.width())
                                    .arg(o.pixels.height())
                                    .arg(o.pixels.width() / o.dpi, 0, 'f', 2)
                                    .arg(o.pixels.height() / o.dpi, 0, 'f', 2));
}

void ExportDialog::accept() {
    QString path = filePath();
    const QString suffix = QLatin1String(kSuffixes[ui_.formatCombo->currentIndex()]);
    if (!path.isEmpty() && QFileInfo(path).suffix().toLower() != suffix) path += QLatin1Char('.') + suffix;
    if (exporting()) return;
    lastError_.clear();
    if (path.isEmpty()) {
        lastError_ = tr("Choose a file to export to.");
    } else if (animation_->isChecked()) {
        if (ui_.formatCombo->currentIndex() >= kFirstAnimationOnly && !animation_->available()) {
            lastError_ = tr("The visible curves have no parameter to animate.");
        } else {
            return startAnimation(path);
        }
    } else if (ui_.formatCombo->currentIndex() >= kFirstAnimationOnly) {
        lastError_ = tr("A GIF or MP4 is an animation: tick Animation.");
    } else if (auto error = exportFigure(scene_, options(), path)) {
        lastError_ = *error;
    }
    if (!lastError_.isEmpty()) {
        QMessageBox::warning(this, tr("Export Figure"), tr("The figure was not exported: %1").arg(lastError_));
        return;
    }
    ui_.pathEdit->setText(path);
    QDialog::accept();
}

void ExportDialog::startAnimation(const QString& path) {
    ui_.pathEdit->setText(path);
    job_ = std::make_unique<AnimationExport>(scene_, options(), animation_->sweep(), path);
    connect(job_.get(), &AnimationExport::progress, animation_, &AnimationSection::setProgress);
    connect(job_.get(), &AnimationExport::finished, this,
            [this, path](const QString& error) { onAnimationFinished(path, error); });
    animation_->setRunning(true);
    ui_.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    job_->start();
}

void ExportDialog::onAnimationFinished(const QString& path, const QString& error) {
    const bool cancelled = job_ != nullptr && job_->cancelled();
    animation_->setRunning(false);
    ui_.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (cancelled) {
        animation_->setStatus(tr("Cancelled: nothing was written"));
        return;
    }
    if (!error.isEmpty()) {
        lastError_ = error;
        animation_->setStatus(tr("Not exported"));
        QMessageBox::warning(this, tr("Export Figure"), tr("The animation was not exported: %1").arg(error));
        return;
    }
    ui_.pathEdit->setText(path);
    QDialog::accept();
}

void ExportDialog::reject() {
    if (exporting()) {
        job_->cancel();
        return;
    }
    QDialog::reject();
}

}  // namespace alab
