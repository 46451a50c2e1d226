// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace alab::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command was fine but could not finish (I/O)
inline constexpr int kExitUsage = 2;    // bad command line

// One command of `activation-lab COMMAND`: its name, a one-line summary for --help, what runs it
// (returns the exit code; throws UsageError for a bad command line) and its --help text.
struct Command {
    const char* name;
    const char* summary;
    int (*run)(const std::vector<std::string>& args);
    std::string (*help)();
};

// Adds a command that lives outside this Qt-free library (`render`, which needs Qt, is
// registered by the executable). Call before isHeadlessInvocation().
void registerCommand(const Command& command);

// True when `args` (without the program name) name a command (known or not; a typo is an
// error, not the window). Each command creates whatever Qt application it needs itself.
// A scene file (an existing file, or a name ending in .alab or .json) is not a command: the
// window opens it.
bool isHeadlessInvocation(const std::vector<std::string>& args);
// Runs a headless invocation: a command, --help or --version. Returns the exit code.
int runHeadless(const std::vector<std::string>& args);

std::string generalHelp();
std::string versionText();

}  // namespace alab::cli
