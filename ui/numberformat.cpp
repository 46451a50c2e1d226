// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace alab {

QString formatNumber(double v, int significantDigits) {
    if (v == 0.0) return QStringLiteral("0");
    const QLocale locale;
    QString text = locale.toString(v, 'g', significantDigits);
    if (text.startsWith(locale.negativeSign())) text.replace(0, locale.negativeSign().size(), QChar(0x2212));
    return text;
}

QString formatFixed(double value, int decimals) {
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    if (!text.startsWith(locale.negativeSign())) return text;
    text.remove(0, locale.negativeSign().size());
    const bool zero =
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() && c != QLatin1Char('0'); });
    return zero ? text : QString(QChar(0x2212)) + text;
}

QString localizeDecimalPoints(const QString& text) {
    const QString point = QLocale().decimalPoint();
    if (point == QStringLiteral(".")) return text;
    static const QRegularExpression kPointBetweenDigits(QStringLiteral("(?<=\\d)\\.(?=\\d)"));
    QString result = text;
    return result.replace(kPointBetweenDigits, point);
}

}  // namespace alab
