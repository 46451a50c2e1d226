// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace alab {

// Gives every slider, spin box, combo box and line edit under `root` that has no accessible name
// one a screen reader can speak: the text of the label whose buddy it is (without the mnemonic
// &), or else the first sentence of its tool tip. Names set explicitly are kept.
void nameControlsForAccessibility(QWidget* root);

}  // namespace alab
