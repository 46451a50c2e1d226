// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace alab::cli {

int runPropagateCommand(const std::vector<std::string>& args);
std::string propagateHelp();

}  // namespace alab::cli
