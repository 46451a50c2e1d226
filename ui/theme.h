// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QPen>
#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace alab {

enum class ThemeId { Light, Dark, Presentation };

inline constexpr std::size_t kFunctionCount = kFunctionKindCount;  // functionRegistry().size()
// The built-ins and one style for the typed functions.
inline constexpr std::size_t kStyleCount = kFunctionCount + 1;

// How everything is drawn in one theme: colours, font sizes and pen widths, shared by the plot
// and the panels so that a check box and its curve always carry the same colour. The function
// colours are Okabe-Ito (distinguishable with the common colour-vision deficiencies); where two
// functions share a colour the second draws f with long dashes, and every derivative has a dash
// pattern distinct from the other curves of its colour, so all thirteen stay apart.
struct Theme {
    ThemeId id = ThemeId::Light;
    QString name;

    QColor background;  // plot background, also the fill of open jump markers
    QColor foreground;  // axes, tick labels, axis labels
    QColor grid;
    QColor zeroLine;
    QColor legendBackground;
    QColor legendBorder;
    QColor crosshair;
    std::array<QColor, kStyleCount> functionColors;  // indexed by kindIndex()

    QPalette palette;         // the window's palette
    int uiFontPointSize = 0;  // 0: the platform default
    int tickFontPointSize = 10;
    int labelFontPointSize = 11;
    int legendFontPointSize = 10;

    double penWidth = 2.0;      // curves at rest
    double dragPenWidth = 1.0;  // curves while a slider is held down: 1 px pens are 2-10x cheaper
    double markerSize = 9.0;    // jump dots, in pixels

    // `ordinal` is which curve of its function is drawn: the first in the function's colour,
    // further ones (a second ELU) in steps lighter (darker on Dark), so that copies of one
    // function stay apart.
    QColor functionColor(FunctionKind kind, int ordinal = 1) const;
    // Solid for f; dashed in the same colour for f' (lengths in pen widths, one pattern per
    // function, because several derivatives coincide at 1 for x > 0).
    QPen valuePen(FunctionKind kind, bool dragging = false, int ordinal = 1) const;
    QPen derivativePen(FunctionKind kind, bool dragging = false, int ordinal = 1) const;
    // Faint dotted line for the lower asymptote.
    QPen asymptotePen(FunctionKind kind, int ordinal = 1) const;
    // A short line in the function's colour, for check boxes and labels.
    QIcon swatch(FunctionKind kind, int ordinal = 1) const;

    static Theme get(ThemeId id);
};

// The position of `kind` in allFunctionKinds(): 0 ... kFunctionCount - 1; kFunctionCount for Typed.
int kindIndex(FunctionKind kind) noexcept;

// "light", "dark", "presentation": the settings key.
std::string_view themeKey(ThemeId id) noexcept;
std::optional<ThemeId> parseThemeKey(std::string_view key) noexcept;
const std::array<ThemeId, 3>& allThemes() noexcept;

}  // namespace alab
