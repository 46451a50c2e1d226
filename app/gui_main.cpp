// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_main.h"

#include "cli/commands.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QSettings>

#include <cstdlib>
#include <iostream>

namespace alab {
namespace {

// QApplication aborts without a display; say what to do instead.
bool displayAvailable() {
    const auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value != nullptr && *value != '\0';
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
}

}  // namespace

int runGui(int argc, char** argv) {
    if (!displayAvailable()) {
        std::cerr << "activation-lab: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
                     "cannot open.\nRun it on a desktop, under xvfb-run, or use a headless command:\n\n"
                  << cli::generalHelp();
        return cli::kExitUsage;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Activation Lab"));
    QApplication::setOrganizationName(QStringLiteral("Activation Lab"));
    QApplication::setApplicationVersion(QStringLiteral(ALAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("activation-lab"));
    // One look on every desktop, and one that honours the Dark theme's palette.
    QApplication::setStyle(QStringLiteral("Fusion"));
    installTranslations(app, chosenUiLanguage(QSettings()));

    MainWindow window;
    window.show();
    // `activation-lab lecture.alab`: what is left after Qt took its own options.
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(QLatin1Char('-'))) {
            window.openSceneFile(arguments[i]);
            break;
        }
    }
    return app.exec();
}

}  // namespace alab
