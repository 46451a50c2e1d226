// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>
#include <QString>

#include <optional>

namespace alab {

// The exact-value box beside a parameter slider. Unlike QDoubleSpinBox it
// - reads scientific notation ("1e-3", "2.5E+1"), in the box's locale (German: "1,5e-3") and in
//   the C locale ("1.5e-3"), with "-" or a real minus sign; group separators are not read, so
//   "1.500" is 1.5 in every language;
// - lets a value beyond the range be typed in full ("1000000", not "100"), then refuses it when
//   Enter or leaving the box would take it: the previous value stays, and valueRefused() says
//   why, naming the limit. It never clamps silently;
// - keeps a value's every bit (no rounding to a number of decimals), shown to 6 significant digits.
class ParameterSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit ParameterSpinBox(QWidget* parent = nullptr);

    // Names the value in the refusal message: "ELU α".
    void setValueName(const QString& name) { valueName_ = name; }

    // The number `text` spells, in the locale or the C locale; nullopt if it spells none.
    std::optional<double> parse(const QString& text) const;

    QValidator::State validate(QString& text, int& position) const override;
    double valueFromText(const QString& text) const override;
    QString textFromValue(double value) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void fixup(QString& text) const override;

signals:
    // "ELU α: 1000000 is outside −100…100": a typed value was refused.
    void valueRefused(const QString& message);

private:
    QString valueName_;
};

}  // namespace alab
