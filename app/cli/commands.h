#pragma once

#include <string>
#include <vector>

namespace alab::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command was fine but could not finish (I/O)
inline constexpr int kExitUsage = 2;    // bad command line

// True when `args` (without the program name) name a headless command, which must then run
// without creating any Qt application.
bool isHeadlessInvocation(const std::vector<std::string>& args);
// Runs a headless invocation: a command, --help or --version. Returns the exit code.
int runHeadless(const std::vector<std::string>& args);

std::string generalHelp();
std::string versionText();

}  // namespace alab::cli
