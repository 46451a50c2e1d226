// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace alab {

// `v` for display in the current locale (QLocale()), `significantDigits` digits, with a real
// minus sign (U+2212); 0 is "0". Never used for files: CSV and scene files use the C locale.
QString formatNumber(double v, int significantDigits = 6);

// `decimals` after the decimal point, in the current locale, with a real minus sign; a value that
// rounds to zero has no sign, so that 1e-17 reads "0.000" rather than "1e-17" or "−0.000".
QString formatFixed(double value, int decimals);

// Text from the core (formulas, ranges: C locale) with each decimal point between digits
// replaced by the current locale's ("1.05·x" → "1,05·x" in German).
QString localizeDecimalPoints(const QString& text);

}  // namespace alab
