// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace alab {

// Creates the QApplication and runs the main window; returns its exit code.
int runGui(int argc, char** argv);

}  // namespace alab
