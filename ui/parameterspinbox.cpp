// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterspinbox.h"

#include <QFontMetrics>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace alab {

namespace {

// What may be typed on the way to a number, in either locale: sign, digits, one decimal mark
// ('.' or ','), an exponent with its sign. Anything else is refused at the key press.
const QRegularExpression& numberPrefix() {
    static const QRegularExpression kPrefix(
        QStringLiteral("^[+\\-\\x{2212}]?[0-9]*([.,][0-9]*)?([eE][+\\-\\x{2212}]?[0-9]*)?$"));
    return kPrefix;
}

QString plain(const QString& text) {
    QString result = text.trimmed();
    result.replace(QChar(0x2212), QLatin1Char('-'));
    return result;
}

// As typed: the value's digits in the box's locale, without group separators, real minus sign.
QString asTyped(const QLocale& boxLocale, double value, int precision = 15) {
    QLocale locale = boxLocale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = locale.toString(value, 'g', precision);
    if (text.startsWith(locale.negativeSign())) text.replace(0, locale.negativeSign().size(), QChar(0x2212));
    return text;
}

}  // namespace

// QDoubleSpinBox rounds every value to its decimals (with 4, 1e-5 became 0 and SELU's alpha
// 1.6733): with the most it allows, a value keeps every bit. The text shows 6 significant digits
// (all 17 would not fit beside a slider), and reading back the text shown keeps the exact value.
ParameterSpinBox::ParameterSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(std::numeric_limits<double>::max_exponent10 + std::numeric_limits<double>::digits10);
}

QString ParameterSpinBox::textFromValue(double value) const { return asTyped(locale(), value, 6); }

QSize ParameterSpinBox::sizeHint() const {
    QSize size = QDoubleSpinBox::sizeHint();
    const QFontMetrics metrics(font());
    const int widest = metrics.horizontalAdvance(asTyped(locale(), -1.23456, 6));
    const int shown = std::max(metrics.horizontalAdvance(textFromValue(minimum())),
                               metrics.horizontalAdvance(textFromValue(maximum())));
    size.rwidth() += std::max(0, widest - shown);
    return size;
}

QSize ParameterSpinBox::minimumSizeHint() const { return sizeHint(); }

std::optional<double> ParameterSpinBox::parse(const QString& text) const {
    const QString number = plain(text);
    if (number.isEmpty()) return std::nullopt;
    for (QLocale locale : {this->locale(), QLocale::c()}) {
        locale.setNumberOptions(locale.numberOptions() | QLocale::RejectGroupSeparator);
        bool ok = false;
        const double value = locale.toDouble(number, &ok);
        if (ok && std::isfinite(value)) return value;
    }
    return std::nullopt;
}

QValidator::State ParameterSpinBox::validate(QString& text, int& /*position*/) const {
    const QString number = plain(text);
    if (!numberPrefix().match(number).hasMatch()) return QValidator::Invalid;
    const std::optional<double> value = parse(number);
    // A prefix ("1e", "-") or a value beyond the range: typing may go on; Enter refuses it.
    if (!value || *value < minimum() || *value > maximum()) return QValidator::Intermediate;
    return QValidator::Acceptable;
}

double ParameterSpinBox::valueFromText(const QString& text) const {
    if (text == textFromValue(value())) return value();  // the rounded text of an exact value
    return parse(text).value_or(value());
}

void ParameterSpinBox::fixup(QString& text) const {
    // Called when Enter or leaving the box finds the text not acceptable; the box then goes back
    // to its previous value.
    const std::optional<double> value = parse(text);
    if (!value || (*value >= minimum() && *value <= maximum())) return;
    const QString message =
        tr("%1: %2 is outside %3\u2026%4")
            .arg(valueName_, asTyped(locale(), *value), asTyped(locale(), minimum()), asTyped(locale(), maximum()));
    emit const_cast<ParameterSpinBox*>(this)->valueRefused(message);
}

}  // namespace alab
