// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QWidget>

namespace alab {

namespace {

QString withoutMnemonic(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QStringLiteral("\x01"), QStringLiteral("&")).trimmed();
}

QString firstSentence(const QString& toolTip) {
    static const QRegularExpression kTags(QStringLiteral("<[^>]*>"));
    QString text = QString(toolTip).remove(kTags).simplified();
    const qsizetype end = text.indexOf(QStringLiteral(". "));
    return end < 0 ? text : text.left(end);
}

bool isControl(const QWidget* widget) {
    return qobject_cast<const QAbstractSlider*>(widget) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(widget) != nullptr ||
           qobject_cast<const QComboBox*>(widget) != nullptr || qobject_cast<const QLineEdit*>(widget) != nullptr;
}

}  // namespace

void nameControlsForAccessibility(QWidget* root) {
    QHash<const QWidget*, QString> labelled;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy() != nullptr && !label->text().isEmpty()) {
            labelled.insert(label->buddy(), withoutMnemonic(label->text()));
        }
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isControl(widget) || !widget->accessibleName().isEmpty()) continue;
        // A line edit inside a spin box or combo box is named through its owner.
        if (qobject_cast<QLineEdit*>(widget) != nullptr && widget->parentWidget() != nullptr &&
            isControl(widget->parentWidget())) {
            continue;
        }
        QString name = labelled.value(widget);
        if (name.isEmpty()) name = firstSentence(widget->toolTip());
        if (!name.isEmpty()) widget->setAccessibleName(name);
    }
}

}  // namespace alab
