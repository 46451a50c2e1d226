// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace alab {

inline constexpr int kPgfplotsPoints = 401;

// The curve view as a standalone LaTeX document with pgfplots (File > Export > LaTeX and
// `render --output FILE.tex`): one `\addplot table` with inline data per visible curve (f, and
// f' and f'' when the scene shows them) at `points` x values across the view (x = 0 exactly when
// the range is symmetric), in the colours of the scene's theme (\definecolor from its RGB values)
// and its dash patterns, a legend with the curves' labels and the axis labels of the window.
// Where f' jumps (at 0 for the piecewise built-ins, at a typed function's switch points) its
// table holds the limits on both sides with a nan row between, so that pgfplots breaks the line.
// C locale, shortest round-trip numbers.
QByteArray pgfplotsDocument(const CurveScene& scene, int points = kPgfplotsPoints);
// pgfplotsDocument() written atomically to `path`; an error text naming the file, or nullopt.
std::optional<QString> writePgfplotsDocument(const QString& path, const CurveScene& scene);

}  // namespace alab
