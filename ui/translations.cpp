// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace alab {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kTranslationPrefix = QStringLiteral("activation-lab_");
const QString kTranslationDirectory = QStringLiteral(":/translations");

}  // namespace

QList<UiLanguage> availableUiLanguages() {
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
}

QString chosenUiLanguage(const QSettings& settings) { return settings.value(kLanguageKey).toString(); }

void setChosenUiLanguage(QSettings& settings, const QString& code) {
    if (code.isEmpty()) {
        settings.remove(kLanguageKey);
    } else {
        settings.setValue(kLanguageKey, code);
    }
}

QString installTranslations(QCoreApplication& app, const QString& chosenCode) {
    const QLocale locale = chosenCode.isEmpty() ? QLocale::system() : QLocale(chosenCode);
    QLocale::setDefault(locale);

    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, kTranslationPrefix, QString(), kTranslationDirectory)) return QStringLiteral("en");
    QCoreApplication::installTranslator(own.get());
    own.release()->setParent(&app);

    // Qt's translations of its standard buttons ("Save", "Cancel") ship in qt6-translations-l10n;
    // without them those buttons stay English, which is all that is lost.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase_"), QString(), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qt.release()->setParent(&app);
    }
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

}  // namespace alab
