// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace alab::cli {

int runMeanmapCommand(const std::vector<std::string>& args);
std::string meanmapHelp();

}  // namespace alab::cli
