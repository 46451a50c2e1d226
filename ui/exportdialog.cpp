// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "animationexport.h"
#include "animationsection.h"
#include "exportview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>

#include <cmath>

namespace alab {

namespace {

constexpr double kCmPerInch = 2.54;
// The format combo's entries, in order: the figures', then the animations'.
const char* const kSuffixes[] = {"png", "svg", "pdf", "gif", "mp4"};
constexpr int kPdfIndex = 2;
constexpr int kGifIndex = 3;
constexpr int kFirstAnimationOnly = 3;  // GIF and MP4 are animations only
constexpr int kPreviewWidth = 360;      // logical pixels; the height follows the figure's shape
constexpr int kPreviewMaxHeight = 300;
constexpr int kPreviewMaxPixels = 2048;  // beyond, the preview would cost as much as the export
constexpr int kPreviewDelayMs = 150;     // a burst of edits (typing a size) draws one preview

const QString kPathKey = QStringLiteral("export/path");
const QString kFormatKey = QStringLiteral("export/format");
const QString kAlsoKey = QStringLiteral("export/also");
const QString kPresetKey = QStringLiteral("export/preset");
const QString kCustomKey = QStringLiteral("export/custom");  // "WIDTHxHEIGHT UNIT DPI"
const QString kThemeKey = QStringLiteral("export/theme");
const QString kSceneNameKey = QStringLiteral("export/sceneName");  // the scene the file name was chosen for
const QString kTransparentKey = QStringLiteral("export/transparent");
const QString kCustomPreset = QStringLiteral("custom");
const char* const kUnitKeys[] = {"px", "in", "cm"};

std::optional<int> formatIndexForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (int i = 0; i < static_cast<int>(std::size(kSuffixes)); ++i) {
        if (suffix == QLatin1String(kSuffixes[i])) return i;
    }
    return std::nullopt;
}

QString withSuffix(const QString& path, const QString& suffix) {
    const QFileInfo info(path);
    const QString base = info.suffix().isEmpty() ? path : path.left(path.size() - info.suffix().size() - 1);
    return base + QLatin1Char('.') + suffix;
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
    ui_.titleEdit->setMaxLength(kMaxFigureTitleLength);
    ui_.previewLabel->setObjectName(QStringLiteral("previewLabel"));
    ui_.previewLabel->setMinimumWidth(kPreviewWidth);
    ui_.previewLabel->setFrameShape(QFrame::StyledPanel);
    previewTimer_ = new QTimer(this);
    previewTimer_->setSingleShot(true);
    previewTimer_->setInterval(kPreviewDelayMs);
    connect(previewTimer_, &QTimer::timeout, this, &ExportDialog::updatePreview);
    applyPreset();
    updateAlsoFormats();

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
    for (QComboBox* combo : {ui_.viewCombo, ui_.themeCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    }
    connect(ui_.titleEdit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(ui_.transparentCheck, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    updateSummary();
    suggestedPath_ = suggestedPath;
}

// Drawn when shown, not in the constructor: a view computing on a worker processes events while
// the preview waits, and only a shown modal dialog keeps the main window's input away then.
void ExportDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    previewTimer_->stop();
    updatePreview();
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
    options.title = ui_.titleEdit->text().trimmed();
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
    updateAlsoFormats();
}

void ExportDialog::onFormatChanged() {
    if (ui_.formatCombo->currentIndex() >= kFirstAnimationOnly) {
        animation_->setChecked(animation_->available());
    } else if (ui_.formatCombo->currentIndex() != kPdfIndex) {
        animation_->setChecked(false);
    }
    updateAlsoFormats();
    const QString path = filePath();
    if (path.isEmpty()) return;
    ui_.pathEdit->setText(withSuffix(path, QLatin1String(kSuffixes[ui_.formatCombo->currentIndex()])));
}

// The chosen format is always written, so its box is ticked and locked; an animation is one
// file, so none of the others apply then.
void ExportDialog::updateAlsoFormats() {
    const int format = ui_.formatCombo->currentIndex();
    const bool animation = animation_->isChecked() || format >= kFirstAnimationOnly;
    QCheckBox* const boxes[] = {ui_.alsoPngCheck, ui_.alsoSvgCheck, ui_.alsoPdfCheck};
    // Choosing SVG instead of PNG writes an SVG, not both.
    if (lastFormat_ >= 0 && lastFormat_ < kFirstAnimationOnly && lastFormat_ != format) {
        boxes[lastFormat_]->setChecked(false);
    }
    for (int i = 0; i < static_cast<int>(std::size(boxes)); ++i) {
        boxes[i]->setEnabled(!animation && i != format);
        if (i == format) boxes[i]->setChecked(true);
    }
    lastFormat_ = format;
}

// The chosen format's file, then the other ticked figure formats beside it (same name).
QStringList ExportDialog::targetPaths(const QString& path) const {
    QStringList paths{path};
    const int format = ui_.formatCombo->currentIndex();
    if (animation_->isChecked() || format >= kFirstAnimationOnly) return paths;
    const QCheckBox* const boxes[] = {ui_.alsoPngCheck, ui_.alsoSvgCheck, ui_.alsoPdfCheck};
    for (int i = 0; i < static_cast<int>(std::size(boxes)); ++i) {
        if (i != format && boxes[i]->isChecked()) paths.push_back(withSuffix(path, QLatin1String(kSuffixes[i])));
    }
    return paths;
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
    schedulePreview();
}

void ExportDialog::schedulePreview() {
    if (previewTimer_ != nullptr) previewTimer_->start();
}

// The figure as it will be written, drawn small: the same layout (the same logical size), at
// fewer pixels per inch.
void ExportDialog::updatePreview() {
    if (previewing_) {
        previewAgain_ = true;  // a view is still computing the last one; draw again after it
        return;
    }
    previewing_ = true;
    FigureOptions preview = options();
    previewProblem_ = checkFigureOptions(preview);
    if (previewProblem_.isEmpty()) {
        const QSize logical = preview.logicalSize();
        const double fit = std::min(static_cast<double>(kPreviewWidth) / logical.width(),
                                    static_cast<double>(kPreviewMaxHeight) / logical.height());
        const double ratio = devicePixelRatioF();
        // Pixels per inch of the small picture; at least the lowest a figure may have (a huge
        // custom size), then scaled down as an image.
        const double dpi = std::max(kFigureLayoutDpi * fit * ratio, kMinFigureDpi);
        preview.dpi = dpi;
        preview.pixels =
            QSize(std::max(kMinFigurePixels, static_cast<int>(std::lround(logical.width() * dpi / kFigureLayoutDpi))),
                  std::max(kMinFigurePixels, static_cast<int>(std::lround(logical.height() * dpi / kFigureLayoutDpi))));
        if (std::max(preview.pixels.width(), preview.pixels.height()) > kPreviewMaxPixels) {
            previewProblem_ = tr("the figure is too large to preview");
        } else {
            const FigureImage image = renderFigureImage(scene_, preview);
            previewProblem_ = image.error;
            preview_ = image.image;
        }
    }
    if (previewProblem_.isEmpty() && !preview_.isNull()) {
        const QSize shown =
            QSize(preview_.size() / devicePixelRatioF()).scaled(kPreviewWidth, kPreviewMaxHeight, Qt::KeepAspectRatio);
        QPixmap pixmap = QPixmap::fromImage(
            preview_.scaled(shown * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        ui_.previewLabel->setPixmap(pixmap);
    } else {
        preview_ = QImage();
        ui_.previewLabel->setText(tr("No preview: %1").arg(previewProblem_));
    }
    previewing_ = false;
    if (acceptAfterPreview_) {
        acceptAfterPreview_ = false;
        previewAgain_ = false;
        accept();
        return;
    }
    if (previewAgain_) {
        previewAgain_ = false;
        schedulePreview();
    }
}

void ExportDialog::restoreChoices() {
    const QSettings settings;
    // The folder always; the file name only for the scene it was chosen for, so that exporting
    // another scene does not replace the last one's figure.
    const QString path = settings.value(kPathKey).toString();
    const QFileInfo last(path);
    if (!path.isEmpty() && QFileInfo(last.absolutePath()).isDir()) {
        const bool sameScene = settings.value(kSceneNameKey).toString() == QFileInfo(suggestedPath_).completeBaseName();
        ui_.pathEdit->setText(sameScene ? path
                                        : QDir(last.absolutePath()).filePath(QFileInfo(suggestedPath_).fileName()));
    }
    const QString format = settings.value(kFormatKey).toString();
    for (int i = 0; i < static_cast<int>(std::size(kSuffixes)); ++i) {
        if (format == QLatin1String(kSuffixes[i])) ui_.formatCombo->setCurrentIndex(i);
    }
    const QStringList also = settings.value(kAlsoKey).toStringList();
    QCheckBox* const boxes[] = {ui_.alsoPngCheck, ui_.alsoSvgCheck, ui_.alsoPdfCheck};
    for (int i = 0; i < static_cast<int>(std::size(boxes)); ++i) {
        if (boxes[i]->isEnabled()) boxes[i]->setChecked(also.contains(QLatin1String(kSuffixes[i])));
    }
    const QString preset = settings.value(kPresetKey).toString();
    for (int i = 0; i < static_cast<int>(figurePresets().size()); ++i) {
        if (figurePresets()[static_cast<std::size_t>(i)].id == preset) ui_.presetCombo->setCurrentIndex(i);
    }
    if (preset == kCustomPreset) {
        // "1200x800 px 150": a size in a unit, and the resolution.
        const QStringList parts = settings.value(kCustomKey).toString().split(QLatin1Char(' '));
        const QStringList size = parts.value(0).split(QLatin1Char('x'));
        bool okWidth = false;
        bool okHeight = false;
        bool okDpi = false;
        const double width = size.value(0).toDouble(&okWidth);
        const double height = size.value(1).toDouble(&okHeight);
        const double dpi = parts.value(2).toDouble(&okDpi);
        const auto unit = std::find_if(std::begin(kUnitKeys), std::end(kUnitKeys),
                                       [&](const char* key) { return parts.value(1) == QLatin1String(key); });
        if (parts.size() == 3 && size.size() == 2 && okWidth && okHeight && okDpi && unit != std::end(kUnitKeys) &&
            dpi >= kMinFigureDpi && dpi <= kMaxFigureDpi) {
            ui_.presetCombo->setCurrentIndex(ui_.presetCombo->count() - 1);
            ui_.unitCombo->setCurrentIndex(static_cast<int>(unit - std::begin(kUnitKeys)));
            ui_.dpiSpin->setValue(dpi);
            ui_.widthSpin->setValue(width);
            ui_.heightSpin->setValue(height);
        }
    }
    if (const auto theme = parseThemeKey(settings.value(kThemeKey).toString().toStdString())) {
        ui_.themeCombo->setCurrentIndex(ui_.themeCombo->findData(static_cast<int>(*theme)));
    }
    ui_.transparentCheck->setChecked(settings.value(kTransparentKey, false).toBool());
}

void ExportDialog::storeChoices() const {
    QSettings settings;
    const QString path = written_.value(0, filePath());
    settings.setValue(kPathKey, QFileInfo(path).absoluteFilePath());
    settings.setValue(kSceneNameKey, QFileInfo(suggestedPath_).completeBaseName());
    settings.setValue(kFormatKey, QFileInfo(path).suffix().toLower());
    QStringList also;
    for (const QString& other : written_.mid(1)) also.push_back(QFileInfo(other).suffix().toLower());
    settings.setValue(kAlsoKey, also);
    const int preset = ui_.presetCombo->currentIndex();
    const bool custom = preset < 0 || preset >= static_cast<int>(figurePresets().size());
    settings.setValue(kPresetKey, custom ? kCustomPreset : figurePresets()[static_cast<std::size_t>(preset)].id);
    const auto number = [](double v) { return QString::number(v, 'g', 10); };
    settings.setValue(kCustomKey,
                      QStringLiteral("%1x%2 %3 %4")
                          .arg(number(ui_.widthSpin->value()), number(ui_.heightSpin->value()),
                               QLatin1String(kUnitKeys[ui_.unitCombo->currentIndex()]), number(ui_.dpiSpin->value())));
    const auto theme = static_cast<ThemeId>(ui_.themeCombo->currentData().toInt());
    settings.setValue(kThemeKey,
                      QString::fromLatin1(themeKey(theme).data(), static_cast<qsizetype>(themeKey(theme).size())));
    settings.setValue(kTransparentKey, ui_.transparentCheck->isChecked());
}

void ExportDialog::accept() {
    if (previewing_) {
        acceptAfterPreview_ = true;  // accepted inside the preview's wait: finish that first
        return;
    }
    QString path = filePath();
    const QString suffix = QLatin1String(kSuffixes[ui_.formatCombo->currentIndex()]);
    if (!path.isEmpty() && QFileInfo(path).suffix().toLower() != suffix) path += QLatin1Char('.') + suffix;
    if (exporting()) return;
    lastError_.clear();
    written_.clear();
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
    } else {
        for (const QString& target : targetPaths(path)) {
            if (auto error = exportFigure(scene_, options(), target)) {
                lastError_ = *error;
                break;
            }
            written_.push_back(target);
        }
    }
    if (!lastError_.isEmpty()) {
        const QString message =
            written_.isEmpty() ? tr("The figure was not exported: %1").arg(lastError_)
                               : tr("%1 was written, then the figure was not exported: %2")
                                     .arg(QDir::toNativeSeparators(written_.join(QStringLiteral(", "))), lastError_);
        QMessageBox::warning(this, tr("Export Figure"), message);
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
    written_ = QStringList{path};
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
