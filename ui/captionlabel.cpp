// SPDX-License-Identifier: GPL-3.0-or-later
#include "captionlabel.h"

namespace alab {

CaptionLabel::CaptionLabel(QWidget* parent) : QLabel(parent) {}

void CaptionLabel::setHeld(bool held) {
    if (held == held_) return;
    if (!held) {
        held_ = false;
        updateGeometry();  // the text may have changed while held
        return;
    }
    heldSizeHint_ = QLabel::sizeHint();
    heldMinimumSizeHint_ = QLabel::minimumSizeHint();
    heldWidth_ = width();
    heldHeight_ = QLabel::heightForWidth(heldWidth_);
    held_ = true;
}

QSize CaptionLabel::sizeHint() const { return held_ ? heldSizeHint_ : QLabel::sizeHint(); }

QSize CaptionLabel::minimumSizeHint() const { return held_ ? heldMinimumSizeHint_ : QLabel::minimumSizeHint(); }

int CaptionLabel::heightForWidth(int width) const {
    // Held, only the width it was laid out at is answered from memory: a window resized
    // meanwhile still gets a caption measured for its new width.
    return held_ && width == heldWidth_ ? heldHeight_ : QLabel::heightForWidth(width);
}

}  // namespace alab
