// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped German translation loads and reaches the window; numbers follow its locale; no two
// mnemonics (Alt+letter) clash where they can be pressed at once, in English or in German.

#include "curvescene.h"
#include "explorercontroller.h"
#include "exportdialog.h"
#include "familydialog.h"
#include "mainwindow.h"
#include "newfunctiondialog.h"
#include "numberformat.h"
#include "translations.h"

#include "gui_test_environment.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace {

// The letter Alt presses for `text` ("&Datei" -> 'd'), or a null QChar; "&&" is a literal &.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Texts by mnemonic; the letters more than one of them claims, as "d: &Datei, &Design".
class MnemonicScope {
public:
    explicit MnemonicScope(QString name) : name_(std::move(name)) {}
    void add(const QString& text) {
        if (const QChar key = mnemonicOf(text); !key.isNull()) texts_[key].push_back(text);
    }
    QStringList clashes() const {
        QStringList out;
        for (auto it = texts_.cbegin(); it != texts_.cend(); ++it) {
            if (it.value().size() > 1)
                out << QStringLiteral("%1: %2: %3").arg(name_, it.key(), it.value().join(QStringLiteral(", ")));
        }
        return out;
    }

private:
    QString name_;
    QMap<QChar, QStringList> texts_;
};

// What Alt+letter can reach in `window` as it is shown now: its menu bar's titles, the labels
// with a buddy, the buttons and check boxes, the group boxes and the tab bars' tabs that are
// visible. Hidden widgets (another tab's page) take no shortcut, so they do not count.
QStringList windowClashes(QWidget* window, const QString& name) {
    MnemonicScope scope(name);
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        if (!bar->isVisibleTo(window)) continue;
        for (const QAction* action : bar->actions()) scope.add(action->text());
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window) continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label != nullptr && label->buddy() != nullptr) {
            scope.add(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            scope.add(button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            scope.add(group->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) scope.add(tabs->tabText(i));
        }
    }
    return scope.clashes();
}

// Each menu is a scope of its own, and so is each submenu.
QStringList menuClashes(const QMenu* menu, const QString& path) {
    const QString name = path + QLatin1String(" ▸ ") + QString(menu->title()).remove(QLatin1Char('&'));
    MnemonicScope scope(name);
    QStringList out;
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible()) continue;
        scope.add(action->text());
        if (action->menu() != nullptr) out << menuClashes(action->menu(), name);
    }
    return scope.clashes() + out;
}

// Every scope of the main window (each view's tab shown in turn) and of its dialogs.
QStringList allClashes() {
    alab::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QStringList clashes;
    auto* views = window.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
    for (int i = 0; views != nullptr && i < views->count(); ++i) {
        views->setCurrentIndex(i);
        QCoreApplication::processEvents();
        clashes << windowClashes(&window, QStringLiteral("main window, %1 tab").arg(views->tabText(i)));
    }
    for (const QAction* action : window.menuBar()->actions()) {
        if (action->menu() != nullptr) clashes << menuClashes(action->menu(), QStringLiteral("menu"));
    }
    alab::ExplorerController controller;
    alab::ExportDialog exportDialog(alab::CurveScene{}, QStringLiteral("/tmp/figure.png"), &window);
    exportDialog.show();
    clashes << windowClashes(&exportDialog, QStringLiteral("Export dialog"));
    alab::FamilyDialog family(controller, &window);
    family.show();
    clashes << windowClashes(&family, QStringLiteral("Family dialog"));
    alab::NewFunctionDialog newFunction(controller, &window);
    newFunction.show();
    clashes << windowClashes(&newFunction, QStringLiteral("New function dialog"));
    return clashes;
}

}  // namespace

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

    // Runs before German is installed.
    void mnemonicsDoNotClashInEnglish() {
        const QStringList clashes = allClashes();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
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

    // After germanReachesTheWindow(), which installs German.
    void mnemonicsDoNotClashInGerman() {
        QCOMPARE(QCoreApplication::translate("alab::LanguageMenu", "System Language"), QStringLiteral("Systemsprache"));
        const QStringList clashes = allClashes();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
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
