#pragma once

#include "activation.h"

#include <QColor>
#include <QIcon>
#include <QPen>

namespace alab {

// How each function is drawn, shared by the plot and the panel so that a check box and its
// curve always carry the same colour. Okabe-Ito colours: distinguishable with the common
// colour-vision deficiencies and in greyscale print.
QColor functionColor(FunctionKind kind);

// Solid pen for f.
QPen valuePen(FunctionKind kind);

// Dashed pen for f', in the colour of f. The dash patterns differ per function because
// several derivatives coincide (all are 1 for x > 0 except SELU's), and interleaved
// patterns keep every one of them visible there.
QPen derivativePen(FunctionKind kind);

// A short solid line in the function's colour, for check boxes and menus.
QIcon functionSwatch(FunctionKind kind);

inline constexpr double kCurvePenWidth = 2.0;

}  // namespace alab
