// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace alab::cli {

int runStatsCommand(const std::vector<std::string>& args);
std::string statsHelp();

}  // namespace alab::cli
