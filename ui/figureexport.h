// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace alab {

enum class FigureFormat { Png, Svg, Pdf };

// What to draw and how big. The picture is laid out at its physical size: `pixels` / `dpi`
// inches, in units of 1/96 inch (the unit the themes' pen widths are given in; fonts are in
// points), and then scaled to `pixels`. So 4K is a 1920x1080 slide at twice the resolution, not
// a wider plot with hairlines, and a 3.5 in figure has 3.5 in worth of 10 pt text.
struct FigureOptions {
    ViewId view = ViewId::Curves;
    QSize pixels{1920, 1080};
    double dpi = 144.0;
    std::optional<ThemeId> theme;  // nullopt: the scene's
    bool transparent = false;
    QString title;  // a line above the plot; empty: none

    // The layout size, pixels * 96 / dpi.
    QSize logicalSize() const;
};

// Sizes a lecture or a paper needs. Slides are 13.33 x 7.5 in (16:9) or 10 x 7.5 in (4:3), so
// that the Light theme's type reads as on a 1280-pixel-wide screen.
struct FigurePreset {
    QString id;    // "slide-16-9"
    QString name;  // "Slide 16:9 (1920 × 1080)"
    QSize pixels;
    double dpi;
};
const std::vector<FigurePreset>& figurePresets();

inline constexpr int kMinFigurePixels = 16;
inline constexpr int kMaxFigurePixels = 16384;
inline constexpr double kMinFigureDpi = 24.0;
inline constexpr double kMaxFigureDpi = 2400.0;
inline constexpr int kMinFigureLogical = 64;  // 2/3 in: below that, nothing fits
inline constexpr int kMaxFigureTitleLength = 200;
inline constexpr double kFigureLayoutDpi = 96.0;  // the unit of the themes' pen widths

// From the file name's extension (.png, .svg, .pdf; any case).
std::optional<FigureFormat> figureFormatForPath(const QString& path);
// Empty when the options describe a figure that can be drawn; otherwise why not.
QString checkFigureOptions(const FigureOptions& options);
// Empty when `title` fits a figure (one line, at most kMaxFigureTitleLength); otherwise why not.
QString checkFigureTitle(const QString& title);

// The one function behind File > Export and `activation-lab render`: draws `scene` with
// `options` and writes it to `path` atomically (nothing, not even a truncated file, on failure).
// Needs a QApplication. Returns an error message, or nullopt.
std::optional<QString> exportFigure(const CurveScene& scene, const FigureOptions& options, const QString& path);

struct FigureImage {
    QImage image;  // null on failure
    QString error;
};
// The same picture as an image (the clipboard; PNG export).
FigureImage renderFigureImage(const CurveScene& scene, const FigureOptions& options);

// The y range the curve view shows for `scene` at `options` (fitted to the curves unless the
// scene fixes it): what an animation holds still across its frames. nullopt for other views or
// when the figure cannot be laid out.
std::optional<std::pair<double, double>> figureYRange(const CurveScene& scene, const FigureOptions& options);

// A PDF with one figure per page, all of `options`' size, written atomically: the file appears
// with finish(), and not at all when an error occurs or the object is destroyed before.
// Needs a QApplication (the pages are drawn by the views, on the thread that owns them).
class FigurePdfPages {
public:
    FigurePdfPages(const QString& path, const FigureOptions& options);
    ~FigurePdfPages();
    FigurePdfPages(const FigurePdfPages&) = delete;
    FigurePdfPages& operator=(const FigurePdfPages&) = delete;

    // Opens the file; an error naming it, or nullopt.
    std::optional<QString> open();
    std::optional<QString> addPage(const CurveScene& scene);
    std::optional<QString> finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// The data of the curve view as CSV for pgfplots: x and, per visible function, f and f' at
// `points` x values across the view (x = 0 exactly when inside). C locale, shortest round-trip
// numbers; f' columns only when derivatives are shown.
QByteArray curveDataCsv(const CurveScene& scene, int points = 1001);
// curveDataCsv() written atomically to `path`; an error text naming the file, or nullopt.
std::optional<QString> writeCurveDataCsv(const QString& path, const CurveScene& scene);

}  // namespace alab
