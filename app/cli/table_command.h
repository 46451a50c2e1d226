// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace alab::cli {

int runTableCommand(const std::vector<std::string>& args);
std::string tableHelp();

}  // namespace alab::cli
