// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

namespace alab {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent) {
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = chosenUiLanguage(QSettings());
    auto* group = new QActionGroup(this);

    const auto add = [&](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System Language"));
    addSeparator();
    for (const UiLanguage& language : availableUiLanguages()) add(language.code, language.nativeName);
}

void LanguageMenu::choose(const QString& code) {
    QSettings settings;
    if (chosenUiLanguage(settings) == code) return;
    setChosenUiLanguage(settings, code);
    emit languageChosen(code);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("The new language is used when Activation Lab is started again."));
}

}  // namespace alab
