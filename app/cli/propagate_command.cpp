#include "cli/propagate_command.h"

#include "cli/arguments.h"

namespace alab::cli {

// Placeholder while the command is being written in this session.
int runPropagateCommand(const std::vector<std::string>&) { throw UsageError("propagate is not available yet"); }

std::string propagateHelp() { return "activation-lab propagate: not available yet\n"; }

}  // namespace alab::cli
