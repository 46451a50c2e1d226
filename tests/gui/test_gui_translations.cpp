// The shipped German translation loads and reaches the window; numbers follow its locale.

#include "mainwindow.h"
#include "numberformat.h"
#include "translations.h"

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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() {
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
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
