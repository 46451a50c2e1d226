// SPDX-License-Identifier: GPL-3.0-or-later
// activation-lab: a headless command when the arguments name one, otherwise the window.
#include "cli/commands.h"

#ifdef ALAB_WITH_GUI
#include "code_command.h"
#include "gui_main.h"
#include "render_command.h"
#endif

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
#ifdef ALAB_WITH_GUI
    alab::registerRenderCommand();
    alab::registerCodeCommand();
#endif
    if (alab::cli::isHeadlessInvocation(args)) return alab::cli::runHeadless(args);
#ifdef ALAB_WITH_GUI
    return alab::runGui(argc, argv);
#else
    std::cerr << "activation-lab was built without its window; commands:\n\n" << alab::cli::generalHelp();
    return alab::cli::kExitUsage;
#endif
}
