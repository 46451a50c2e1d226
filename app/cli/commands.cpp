// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/arguments.h"
#include "cli/meanmap_command.h"
#include "cli/propagate_command.h"
#include "cli/stats_command.h"
#include "cli/table_command.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace alab::cli {
namespace {

std::vector<Command>& commands() {
    static std::vector<Command> kCommands{
        {"table", "print f(x) (and f'(x)) of one activation function as CSV", runTableCommand, tableHelp},
        {"stats", "histogram of f(z) for z ~ N(mu, sigma^2), sampled and exact moments", runStatsCommand, statsHelp},
        {"propagate", "mean and variance of activations through a deep random network", runPropagateCommand,
         propagateHelp},
        {"meanmap", "the SELU mean/variance map, its fixed point, and solving for alpha, lambda", runMeanmapCommand,
         meanmapHelp},
    };
    return kCommands;
}

const Command* findCommand(const std::string& name) {
    for (const Command& command : commands()) {
        if (name == command.name) return &command;
    }
    return nullptr;
}

bool isHelpFlag(const std::string& arg) { return arg == "--help" || arg == "-h"; }

bool endsWith(std::string text, std::string_view suffix) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text.ends_with(suffix);
}

bool looksLikeSceneFile(const std::string& arg) {
    if (endsWith(arg, ".alab") || endsWith(arg, ".json")) return true;
    std::error_code error;
    return std::filesystem::is_regular_file(arg, error);
}

}  // namespace

std::string versionText() { return std::string("activation-lab ") + ALAB_VERSION + "\n"; }

std::string generalHelp() {
    std::string text =
        "Usage: activation-lab                     start the window\n"
        "       activation-lab FILE.alab           start the window with that scene\n"
        "       activation-lab COMMAND [OPTIONS]   run a command without a window\n"
        "\n"
        "Explore, teach and export plots of the activation functions ELU, SELU, ReLU and\n"
        "Leaky ReLU and their derivatives.\n"
        "\n"
        "Commands (they need no display):\n";
    for (const Command& command : commands()) {
        text += "  " + std::string(command.name) + std::string(10 - std::string(command.name).size(), ' ') +
                command.summary + "\n";
    }
    text +=
        "\n"
        "Options:\n"
        "  -h, --help     show this help (activation-lab COMMAND --help for a command's)\n"
        "  -v, --version  show the version\n";
    return text;
}

void registerCommand(const Command& command) {
    if (findCommand(command.name) == nullptr) commands().push_back(command);
}

bool isHeadlessInvocation(const std::vector<std::string>& args) {
    if (args.empty()) return false;
    const std::string& first = args.front();
    if (isHelpFlag(first) || first == "--version" || first == "-v") return true;
    if (first.starts_with('-')) return false;  // options ("-platform xcb") go to Qt
    if (findCommand(first) != nullptr) return true;
    // Anything else that is not a scene file is a command, known or not: a typo ("tabel") must
    // be an error, not silently open the window.
    return !looksLikeSceneFile(first);
}

int runHeadless(const std::vector<std::string>& args) {
    const std::string& first = args.front();
    if (isHelpFlag(first)) {
        std::cout << generalHelp();
        return kExitOk;
    }
    if (first == "--version" || first == "-v") {
        std::cout << versionText();
        return kExitOk;
    }
    const Command* command = findCommand(first);
    if (command == nullptr) {
        std::string known;
        for (const Command& candidate : commands()) known += (known.empty() ? "" : ", ") + std::string(candidate.name);
        std::cerr << "activation-lab: unknown command '" << first << "' (commands: " << known
                  << "; see 'activation-lab --help')\n";
        return kExitUsage;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const std::string& arg : rest) {
        if (isHelpFlag(arg)) {
            std::cout << command->help();
            return kExitOk;
        }
    }
    try {
        return command->run(rest);
    } catch (const UsageError& error) {
        std::cerr << "activation-lab " << command->name << ": " << error.what() << " (see 'activation-lab "
                  << command->name << " --help')\n";
        return kExitUsage;
    } catch (const std::exception& error) {
        // A command that failed in a way it did not foresee (out of memory, say): one line,
        // never an abort.
        std::cerr << "activation-lab " << command->name << ": " << error.what() << "\n";
        return kExitFailure;
    }
}

}  // namespace alab::cli
