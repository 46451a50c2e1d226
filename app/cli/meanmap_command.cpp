#include "cli/meanmap_command.h"

#include "cli/arguments.h"

namespace alab::cli {

// Placeholder while the command is being written in this session.
int runMeanmapCommand(const std::vector<std::string>&) { throw UsageError("meanmap is not available yet"); }

std::string meanmapHelp() { return "activation-lab meanmap: not available yet\n"; }

}  // namespace alab::cli
