// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace alab {

// Registers `activation-lab code` (it reads scene files, which needs Qt, so it lives in the
// executable like `render`).
void registerCodeCommand();

}  // namespace alab
