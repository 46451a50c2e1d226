#include "numberformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace alab {

QString formatNumber(double v, int significantDigits) {
    if (v == 0.0) return QStringLiteral("0");
    const QLocale locale;
    QString text = locale.toString(v, 'g', significantDigits);
    if (text.startsWith(locale.negativeSign())) text.replace(0, locale.negativeSign().size(), QChar(0x2212));
    return text;
}

QString localizeDecimalPoints(const QString& text) {
    const QString point = QLocale().decimalPoint();
    if (point == QStringLiteral(".")) return text;
    static const QRegularExpression kPointBetweenDigits(QStringLiteral("(?<=\\d)\\.(?=\\d)"));
    QString result = text;
    return result.replace(kPointBetweenDigits, point);
}

}  // namespace alab
