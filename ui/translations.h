// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QSettings;

namespace alab {

// A user-interface language the application ships a translation for (or English, the source).
struct UiLanguage {
    QString code;        // "de"; empty for "follow the system"
    QString nativeName;  // "Deutsch"
};

// English, then every shipped translation, then "System" is implied by an empty code.
QList<UiLanguage> availableUiLanguages();

// The language chosen in the settings ("" = the system's), read by installTranslations().
QString chosenUiLanguage(const QSettings& settings);
void setChosenUiLanguage(QSettings& settings, const QString& code);

// Loads the application's translation and Qt's own (standard buttons and dialogs) for the
// chosen language, and makes its locale the default, so spin boxes and readouts use its
// number format. English, or a language without a translation, installs nothing. Returns
// the language code in effect ("en" when untranslated).
QString installTranslations(QCoreApplication& app, const QString& chosenCode);

}  // namespace alab
