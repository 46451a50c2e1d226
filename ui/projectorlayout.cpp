// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectorlayout.h"

#include <QBoxLayout>
#include <QEvent>
#include <QScrollArea>
#include <QWidget>

#include <algorithm>

namespace alab {

namespace {

// How opaque the overlay's background is: the curves stay visible through it, the slider
// labels stay readable over them.
constexpr int kOverlayAlpha = 225;

}  // namespace

ProjectorLayout::ProjectorLayout(QBoxLayout& layout, QWidget& sidePanel, QWidget& formulaPanel, QObject* parent)
    : QObject(parent), layout_(layout), sidePanel_(sidePanel), formulaPanel_(formulaPanel) {}

void ProjectorLayout::setActive(bool on) {
    if (on == active_) return;
    QWidget* host = layout_.parentWidget();
    if (on) {
        sidePanelIndex_ = layout_.indexOf(&sidePanel_);
        sidePanelStretch_ = sidePanelIndex_ >= 0 ? layout_.stretch(sidePanelIndex_) : 0;
        sidePanelWasVisible_ = !sidePanel_.isHidden();
        formulaPanelWasHidden_ = formulaPanel_.isHidden();
        sidePanelAutoFill_ = sidePanel_.autoFillBackground();
        layout_.removeWidget(&sidePanel_);
        sidePanel_.hide();
        formulaPanel_.hide();
        if (host != nullptr) host->installEventFilter(this);
        if (QWidget* contents = sidePanelContents()) contents->installEventFilter(this);
        active_ = true;
    } else {
        setOverlayShown(false);
        if (host != nullptr) host->removeEventFilter(this);
        if (QWidget* contents = sidePanelContents()) contents->removeEventFilter(this);
        active_ = false;
        if (sidePanelIndex_ >= 0) layout_.insertWidget(sidePanelIndex_, &sidePanel_, sidePanelStretch_);
        sidePanel_.setAutoFillBackground(sidePanelAutoFill_);
        sidePanel_.setVisible(sidePanelWasVisible_);
        formulaPanel_.setVisible(!formulaPanelWasHidden_);
    }
    emit activeChanged(active_);
}

void ProjectorLayout::setOverlayShown(bool shown) {
    if (!active_ || shown == overlayShown_) return;
    overlayShown_ = shown;
    if (shown) {
        QPalette palette = sidePanel_.palette();
        QColor background = palette.color(QPalette::Window);
        background.setAlpha(kOverlayAlpha);
        palette.setColor(QPalette::Window, background);
        sidePanel_.setPalette(palette);
        sidePanel_.setAutoFillBackground(true);
        placeOverlay();
        sidePanel_.show();
        sidePanel_.raise();
    } else {
        sidePanel_.hide();
        // Back to the window's palette, so that a theme change while it was shown still applies.
        sidePanel_.setPalette(QPalette());
        sidePanel_.setAutoFillBackground(sidePanelAutoFill_);
    }
    emit overlayShownChanged(overlayShown_);
}

void ProjectorLayout::placeOverlay() {
    const QWidget* host = layout_.parentWidget();
    if (host == nullptr) return;
    const QRect area = host->contentsRect();
    // The window fixes the side panel's width to its contents (fitSidePanel()).
    const int wanted = sidePanel_.minimumWidth() > 0 ? sidePanel_.minimumWidth() : sidePanel_.sizeHint().width();
    const int width = std::min(wanted, area.width());
    // As tall as the sliders need (it scrolls beyond the plot's height): the plot below stays
    // uncovered.
    int height = area.height();
    if (const QWidget* contents = sidePanelContents())
        height = std::min(height,
                          contents->sizeHint().height() + 2 * static_cast<const QScrollArea&>(sidePanel_).frameWidth());
    sidePanel_.setGeometry(area.right() - width + 1, area.top(), width, height);
}

QWidget* ProjectorLayout::sidePanelContents() const {
    const auto* scroll = qobject_cast<const QScrollArea*>(&sidePanel_);
    return scroll != nullptr ? scroll->widget() : nullptr;
}

bool ProjectorLayout::eventFilter(QObject* watched, QEvent* event) {
    // The host resized, or the sliders changed (another slide's curves): the overlay fits again.
    if ((event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) && overlayShown_) placeOverlay();
    return QObject::eventFilter(watched, event);
}

}  // namespace alab
