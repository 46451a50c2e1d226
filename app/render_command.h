// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace alab {

// Registers `activation-lab render` (it needs Qt, so it lives in the executable, not in the
// Qt-free alab_cli).
void registerRenderCommand();

}  // namespace alab
