// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QBoxLayout;
class QWidget;

namespace alab {

// View > Projector: the plot takes the whole window. The side panel and the formula panel are
// hidden; the side panel (the sliders) can come back as an overlay at the right
// edge of the plot, over it rather than beside it, so the plot keeps its size. Leaving restores
// the layout exactly as it was: the side panel back in its place in the layout, and each panel
// visible or hidden as before.
class ProjectorLayout : public QObject {
    Q_OBJECT

public:
    // `sidePanel` is an item of `layout` (whose parent widget is the overlay's host);
    // `formulaPanel` is hidden while the mode is on.
    ProjectorLayout(QBoxLayout& layout, QWidget& sidePanel, QWidget& formulaPanel, QObject* parent = nullptr);

    bool isActive() const noexcept { return active_; }
    bool isOverlayShown() const noexcept { return overlayShown_; }

    void setActive(bool on);
    // Only while active; showing it again hides it (the S key).
    void setOverlayShown(bool shown);
    void toggleOverlay() { setOverlayShown(!overlayShown_); }

signals:
    void activeChanged(bool active);
    void overlayShownChanged(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeOverlay();
    // The widget a scroll area side panel scrolls, or null.
    QWidget* sidePanelContents() const;

    QBoxLayout& layout_;
    QWidget& sidePanel_;
    QWidget& formulaPanel_;
    bool active_ = false;
    bool overlayShown_ = false;
    // What setActive(false) restores.
    int sidePanelIndex_ = -1;
    int sidePanelStretch_ = 0;
    bool sidePanelWasVisible_ = true;
    bool formulaPanelWasHidden_ = false;
    bool sidePanelAutoFill_ = false;
};

}  // namespace alab
