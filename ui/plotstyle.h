// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QString>

#include <string_view>

class QCustomPlot;
class QCPLayoutGrid;
class QFont;
class QString;
class QWidget;

namespace alab {

// A statistics view's plot, filling `host` (which gets a margin-free layout for it). Solid lines
// are drawn on screen segment by segment (QCP::phFastPolylines): an antialiased 2 px polyline of
// a few hundred jagged points costs up to 10 ms, its segments a tenth of that, and look the same.
// Exports draw without caching, where QCustomPlot keeps true polylines.
QCustomPlot* createViewPlot(QWidget* host, const QString& objectName, const QString& accessibleName);

// Every vertical axis asks its ticker for at most one tick per two label heights (and at most
// QCustomPlot's default of 5). A ticker rounds its step to a readable one and may place up to
// twice the ticks asked for, so labels still do not touch: small multiples in the Presentation
// theme would otherwise stack eight labels into 90 px.
void keepTickLabelsApart(QCustomPlot* plot);

// The theme's background, axes, grid, fonts and legend on every axis rect of `plot`, as the
// curve plot draws them; `base` is the widget font the point sizes apply to.
void applyThemeToPlot(QCustomPlot* plot, const Theme& theme, const QFont& base);

// Clears the plot's layout and puts a one-row legend on top (it never covers data), with the
// grid for the axis rects below it; plot->legend is the new legend.
QCPLayoutGrid* resetLayoutWithLegendRow(QCustomPlot* plot);

QString fromUtf8View(std::string_view text);

}  // namespace alab
