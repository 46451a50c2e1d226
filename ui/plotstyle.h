#pragma once

#include "theme.h"

#include <QString>

#include <string_view>

class QCustomPlot;
class QCPLayoutGrid;
class QFont;

namespace alab {

// The theme's background, axes, grid, fonts and legend on every axis rect of `plot`, as the
// curve plot draws them; `base` is the widget font the point sizes apply to.
void applyThemeToPlot(QCustomPlot* plot, const Theme& theme, const QFont& base);

// Clears the plot's layout and puts a one-row legend on top (it never covers data), with the
// grid for the axis rects below it; plot->legend is the new legend.
QCPLayoutGrid* resetLayoutWithLegendRow(QCustomPlot* plot);

QString fromUtf8View(std::string_view text);

}  // namespace alab
