// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"
#include "cli/arguments.h"

#include <string>
#include <vector>

namespace alab::cli {

// --function F and the parameters of the built-ins (--alpha, --lambda, ...: function_registry.h), shared by every
// command that takes a function. A parameter the function does not have is an error, not silently ignored.
std::vector<OptionSpec> activationOptionSpecs();
// Without --function or --expression: `defaultFunction` if given (meanmap's SELU), an error otherwise.
Activation activationFromOptions(const ParsedOptions& options, std::string_view defaultFunction = {});
std::string activationOptionsHelp();

}  // namespace alab::cli
