// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped German translation loads and reaches the window; numbers follow its locale.

#include "mainwindow.h"
#include "numberformat.h"
#include "translations.h"

#include "gui_test_environment.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

class TestGuiTranslations : public QObject {
    Q_OBJECT

public:
    static void initMain() { alab::test::prepareGuiTestEnvironment(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() {
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
    }

    // Runs before any translation is installed (Qt Test keeps the declaration order).
    void aboutNamesTheLicence() {
        const QString english = alab::MainWindow::aboutText();
        QVERIFY2(english.contains(QStringLiteral("GNU General Public License")), qPrintable(english));
        QVERIFY(english.contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void germanReachesTheWindow() {
        QCOMPARE(alab::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        auto window = std::make_unique<alab::MainWindow>();
        const QList<QMenu*> menus = window->menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
        QStringList titles;
        for (const QMenu* menu : menus) titles << menu->title();
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QStringLiteral(", "))));
        QVERIFY(titles.contains(QStringLiteral("&Ansicht")));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
        QCOMPARE(QCoreApplication::translate("alab::LanguageMenu", "System Language"), QStringLiteral("Systemsprache"));
        const QString about = alab::MainWindow::aboutText();
        QVERIFY2(about.contains(QStringLiteral("freie Software")), qPrintable(about));
        QVERIFY(about.contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void numbersFollowTheLocale() {
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        QCOMPARE(alab::formatNumber(-0.5), QStringLiteral("\u22120,5"));
        QCOMPARE(alab::localizeDecimalPoints(QStringLiteral("1.0507\u00b7x, 2.5")),
                 QStringLiteral("1,0507\u00b7x, 2,5"));
        QCOMPARE(alab::formatFixed(-0.25, 3), QStringLiteral("\u22120,250"));
        QCOMPARE(alab::formatFixed(-1e-17, 3), QStringLiteral("0,000"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(alab::formatNumber(-0.5), QStringLiteral("\u22120.5"));
        QCOMPARE(alab::formatFixed(1234.5, 1), QStringLiteral("1234.5"));
    }

    void chosenLanguageIsStored() {
        QSettings settings;
        QCOMPARE(alab::chosenUiLanguage(settings), QString());
        alab::setChosenUiLanguage(settings, QStringLiteral("de"));
        QCOMPARE(alab::chosenUiLanguage(settings), QStringLiteral("de"));
        alab::setChosenUiLanguage(settings, QString());
        QVERIFY(!settings.contains(QStringLiteral("ui/language")));
    }

    void unknownLanguageInstallsNothing() {
        QCOMPARE(alab::installTranslations(*qApp, QStringLiteral("xx")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestGuiTranslations)
#include "test_gui_translations.moc"
