// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace alab {

// A view's word-wrapped rich-text caption. A new text makes the window lay itself out again,
// and measuring wrapped rich text for that costs more than the replot it accompanies. While
// held (a slider held down, layers streaming in), the label answers the layout with the sizes
// it had when the hold began, so a new text only repaints the label (one that needs more
// lines is cut off until the hold ends); release() lets it take the height its text needs.
class CaptionLabel : public QLabel {
    Q_OBJECT

public:
    explicit CaptionLabel(QWidget* parent = nullptr);

    void setHeld(bool held);
    bool held() const noexcept { return held_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    bool held_ = false;
    QSize heldSizeHint_;
    QSize heldMinimumSizeHint_;
    int heldWidth_ = -1;
    int heldHeight_ = 0;
};

}  // namespace alab
