// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QWidget>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace alab::test {

// Called by QTEST_MAIN through each test's static initMain(), before the QApplication exists, so
// that nothing the caller exported reaches the tests:
// - the offscreen platform, whatever DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM say (a desktop,
//   a CI job), so no real window opens and no display is needed;
// - the C locale, whatever LANG, LC_* or LANGUAGE say (the expected texts are the untranslated
//   English ones with a decimal point; German is tested on purpose in test_gui_translations);
// - a HOME and XDG directories of the test's own, removed at exit: the settings of
//   QStandardPaths' test mode live under HOME (an unwritable HOME, as in Debian's package builds,
//   lost them), and a runtime directory Qt cannot create is an error line on stderr. The user's
//   own settings are never touched either.
inline void prepareGuiTestEnvironment() {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");

    static const QTemporaryDir home(QDir::tempPath() + QStringLiteral("/alab-gui-test-home-XXXXXX"));
    if (!home.isValid()) {
        std::fprintf(stderr, "cannot create a temporary HOME: %s\n", qPrintable(home.errorString()));
        std::exit(1);
    }
    const QDir dir(home.path());
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto put = [&](const char* name, const QString& relative) {
        if (!dir.mkpath(relative)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.filePath(relative)));
            std::exit(1);
        }
        qputenv(name, QFile::encodeName(dir.filePath(relative)));
    };
    put("XDG_CONFIG_HOME", QStringLiteral(".config"));
    put("XDG_DATA_HOME", QStringLiteral(".local/share"));
    put("XDG_STATE_HOME", QStringLiteral(".local/state"));
    put("XDG_CACHE_HOME", QStringLiteral(".cache"));
    put("XDG_RUNTIME_DIR", QStringLiteral("runtime"));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// With ALAB_SCREENSHOT_DIR set, `widget` as it is now is saved there as NAME.png, to be looked at.
inline void saveScreenshotIfAsked(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("ALAB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

}  // namespace alab::test
