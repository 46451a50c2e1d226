// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenter.h"

#include "explorercontroller.h"
#include "projectorlayout.h"

#include <QEasingCurve>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>

namespace alab {

namespace {

constexpr int kLabelMargin = 12;

}  // namespace

Presenter::Presenter(QMainWindow& window, ExplorerController& controller, ProjectorLayout& projector,
                     QList<QWidget*> chrome, QObject* parent)
    : QObject(parent), window_(window), controller_(controller), projector_(projector) {
    for (QWidget* widget : chrome) chrome_.append(widget);
    animation_.setStartValue(0.0);
    animation_.setEndValue(1.0);
    animation_.setDuration(kAnimationMs);
    animation_.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&animation_, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { applyAnimationStep(value.toDouble()); });
    connect(&animation_, &QVariantAnimation::finished, this, &Presenter::finishAnimation);
}

Presenter::~Presenter() = default;

bool Presenter::isBlackedOut() const noexcept { return black_ != nullptr && !black_->isHidden(); }

CurveScene Presenter::slideScene(int index) const {
    CurveScene scene = lecture_.slides[static_cast<std::size_t>(index)].scene;
    if (!useSceneThemes_) scene.theme = theme_;
    return scene;
}

void Presenter::start(const Lecture& lecture, bool useSceneThemes) {
    if (lecture.slides.empty()) return;
    if (active_) stop();
    lecture_ = lecture;
    useSceneThemes_ = useSceneThemes;
    theme_ = controller_.scene().theme;
    sceneBefore_ = controller_.scene();
    projectorBefore_ = projector_.isActive();
    fullScreenBefore_ = window_.isFullScreen();

    if (black_ == nullptr) {
        black_ = new QWidget(&window_);
        black_->setObjectName(QStringLiteral("presenterBlackScreen"));
        QPalette palette = black_->palette();
        palette.setColor(QPalette::Window, Qt::black);
        black_->setPalette(palette);
        black_->setAutoFillBackground(true);
    }
    black_->hide();
    if (slideLabel_ == nullptr) {
        slideLabel_ = new QLabel(&window_);
        slideLabel_->setObjectName(QStringLiteral("presenterSlideLabel"));
        slideLabel_->setAttribute(Qt::WA_TransparentForMouseEvents);
        slideLabel_->setAutoFillBackground(true);
        slideLabel_->setMargin(6);
        slideLabel_->setTextFormat(Qt::PlainText);
    }
    window_.installEventFilter(this);

    active_ = true;
    chromeVisibleBefore_.clear();
    for (const QPointer<QWidget>& widget : chrome_) {
        chromeVisibleBefore_.append(widget != nullptr && !widget->isHidden());
        if (widget != nullptr) widget->hide();
    }
    projector_.setActive(true);
    if (!fullScreenBefore_) window_.showFullScreen();
    index_ = 0;
    controller_.setScene(slideScene(0));
    updateSlideLabel();
    slideLabel_->show();
    placeOverlays();
    emit activeChanged(true);
    emit slideChanged(index_);
}

void Presenter::stop() {
    if (!active_) return;
    animation_.stop();
    active_ = false;
    window_.removeEventFilter(this);
    if (black_ != nullptr) black_->hide();
    if (slideLabel_ != nullptr) slideLabel_->hide();
    controller_.setScene(sceneBefore_);
    if (!projectorBefore_) projector_.setActive(false);
    for (qsizetype i = 0; i < chrome_.size() && i < chromeVisibleBefore_.size(); ++i)
        if (chrome_[i] != nullptr) chrome_[i]->setVisible(chromeVisibleBefore_[i]);
    if (!fullScreenBefore_) window_.showNormal();
    lecture_ = {};
    index_ = -1;
    emit activeChanged(false);
}

void Presenter::goTo(int index) {
    if (!active_ || index < 0 || index >= slideCount()) return;
    if (isAnimating()) {
        animation_.stop();
        finishAnimation();
    }
    // A clicker pressed while the screen is black brings the picture back first.
    setBlackedOut(false);
    if (index == index_) return;
    const CurveScene from = controller_.scene();
    const CurveScene to = slideScene(index);
    index_ = index;
    updateSlideLabel();
    if (from != to && differsOnlyInParameters(from, to)) {
        animationFrom_ = from;
        animationTo_ = to;
        animation_.start();
    } else {
        controller_.setScene(to);
    }
    emit slideChanged(index_);
}

void Presenter::applyAnimationStep(double t) {
    if (!isAnimating()) return;  // the valueChanged of start() and stop()
    const CurveScene step = interpolateParameters(animationFrom_, animationTo_, t);
    for (const SceneFunction& curve : step.functions) {
        const std::span<const double> values = curve.function.parameterValues();
        for (std::size_t p = 0; p < values.size(); ++p) {
            controller_.applyParameter(Parameter{curve.function.kind(), static_cast<std::uint8_t>(p), curve.id},
                                       values[p]);
        }
    }
}

void Presenter::finishAnimation() {
    // Exactly the slide's values, whatever the last frame's were.
    if (active_) controller_.setScene(animationTo_);
}

void Presenter::setBlackedOut(bool black) {
    if (!active_ || black_ == nullptr || black == isBlackedOut()) return;
    black_->setVisible(black);
    if (black) {
        placeOverlays();
        black_->raise();
    }
}

bool Presenter::handleKey(const QKeyEvent& event, bool slidersHaveFocus) {
    if (!active_) return false;
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
    switch (event.key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Space: next(); return true;
    case Qt::Key_PageUp:
    case Qt::Key_Backspace: previous(); return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (slidersHaveFocus) return false;
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (slidersHaveFocus) return false;
        previous();
        return true;
    case Qt::Key_B:
    case Qt::Key_Period: setBlackedOut(!isBlackedOut()); return true;
    case Qt::Key_Escape: stop(); return true;
    default: return false;
    }
}

void Presenter::updateSlideLabel() {
    if (slideLabel_ == nullptr || index_ < 0) return;
    const LectureSlide& slide = lecture_.slides[static_cast<std::size_t>(index_)];
    slideLabel_->setText(tr("%1 / %2 \u00b7 %3").arg(index_ + 1).arg(slideCount()).arg(slide.title));
    QPalette palette = slideLabel_->palette();
    QColor background = palette.color(QPalette::Window);
    background.setAlpha(200);
    palette.setColor(QPalette::Window, background);
    slideLabel_->setPalette(palette);
    placeOverlays();
}

void Presenter::placeOverlays() {
    const QRect area = window_.rect();
    if (black_ != nullptr) black_->setGeometry(area);
    if (slideLabel_ != nullptr) {
        slideLabel_->adjustSize();
        const QSize size = slideLabel_->sizeHint();
        const int bottom =
            window_.centralWidget() != nullptr ? window_.centralWidget()->geometry().bottom() : area.bottom();
        slideLabel_->move(area.left() + kLabelMargin, bottom - size.height() - kLabelMargin);
        slideLabel_->raise();
        if (black_ != nullptr && !black_->isHidden()) black_->raise();
    }
}

bool Presenter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        placeOverlays();
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace alab
