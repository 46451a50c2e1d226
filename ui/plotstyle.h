#pragma once

#include "theme.h"

#include <QString>

#include <string_view>

class QCustomPlot;
class QFont;

namespace alab {

// The theme's background, axes, grid, fonts and legend on every axis rect of `plot`, as the
// curve plot draws them; `base` is the widget font the point sizes apply to.
void applyThemeToPlot(QCustomPlot* plot, const Theme& theme, const QFont& base);

QString fromUtf8View(std::string_view text);
// Six significant digits, a real minus sign: what captions and tables show.
QString formatFigure(double value, int significantDigits = 6);
// `decimals` after the point, so that 1e-17 reads 0.000 rather than 1e-17 in a caption.
QString formatFixed(double value, int decimals);

}  // namespace alab
