#pragma once

#include <QString>

namespace alab {

// `v` for display in the current locale (QLocale()), `significantDigits` digits, with a real
// minus sign (U+2212); 0 is "0". Never used for files: CSV and scene files use the C locale.
QString formatNumber(double v, int significantDigits = 6);

// Text from the core (formulas, ranges: C locale) with each decimal point between digits
// replaced by the current locale's ("1.05·x" → "1,05·x" in German).
QString localizeDecimalPoints(const QString& text);

}  // namespace alab
