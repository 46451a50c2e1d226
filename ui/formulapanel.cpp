// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulapanel.h"

#include "expression/typed_function.h"

#include "explorercontroller.h"
#include "moments.h"
#include "numberformat.h"
#include "throttledaction.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <utility>

namespace alab {

namespace {

QString fromStd(const std::string& text) { return localizeDecimalPoints(QString::fromStdString(text)); }

constexpr int kFormulaDigits = 6;

// E[f(x)] for x ~ N(0, 1), exact (closed form from the core). SELU's is 0 up to the rounding
// of its constants (2.7e-17); below 1e-12 of the output's RMS it reads as "≈ 0".
QString normalMeanText(const Activation& f) {
    NormalMoments moments;
    try {
        moments = normalMoments(f, 0.0, 1.0);
    } catch (const ParameterError&) {
        return QObject::tr("does not exist");  // a typed exp(x^2)
    }
    const double scale = std::sqrt(moments.secondMoment);  // may overflow for huge parameters
    if (std::isfinite(scale) && std::abs(moments.mean) < 1e-12 * scale) return QStringLiteral("≈ 0");
    return formatNumber(moments.mean);
}

// "(−1, ∞)", "[−0.169971, ∞)": six digits like the formulas (the minima of GELU and SiLU have 17).
QString rangeText(const ValueRange& r) {
    const auto bound = [](double v) {
        if (std::isinf(v)) return v > 0 ? QStringLiteral("\u221e") : QStringLiteral("\u2212\u221e");
        return formatNumber(v);
    };
    if (r.lower == r.upper) return QStringLiteral("{%1}").arg(bound(r.lower));
    return (r.lowerIncluded ? QStringLiteral("[") : QStringLiteral("(")) + bound(r.lower) + QStringLiteral(", ") +
           bound(r.upper) + (r.upperIncluded ? QStringLiteral("]") : QStringLiteral(")"));
}

QString continuityText(const Activation& f) {
    if (const TypedFunction* typed = f.typedFunction(); typed != nullptr) {
        // Where the branches switch on [-5, 5] (the default view), and whether f' jumps there.
        const auto points = typed->switchPoints(-5.0, 5.0, f.parameterValues());
        if (!typed->hasSwitches()) return QObject::tr("smooth (C\u221e) where defined");
        for (const SwitchPoint& p : points) {
            if (!p.jumps()) continue;
            return QObject::tr("f\u2032 jumps at <i>x</i> = %1: %2 \u2192 %3")
                .arg(formatNumber(p.x), formatNumber(p.left), formatNumber(p.right));
        }
        return QObject::tr("f\u2032 continuous where its branches switch");
    }
    if (f.derivativeJumpsAtZero()) {
        const OneSidedLimits limits = f.derivativeLimitsAtZero();
        return QObject::tr("f\u2032 jumps at 0: %1 \u2192 %2")
            .arg(formatNumber(limits.left), formatNumber(limits.right));
    }
    switch (f.smoothness()) {
    case Smoothness::CInfinity: return QObject::tr("smooth (C\u221e)");
    case Smoothness::Discontinuous:
        return QObject::tr("f steps down by %1 at <i>x</i> = %2")
            .arg(formatNumber(std::log1p(std::exp(-f.threshold())) / f.beta()), formatNumber(f.threshold() / f.beta()));
    case Smoothness::C0:
    case Smoothness::C1: break;
    }
    return QObject::tr("f\u2032 continuous at 0");
}

QString minimumText(const Activation& f) {
    const std::optional<MinimumPoint> minimum = f.minimumPoint();
    if (!minimum) return {};
    return QObject::tr(" &nbsp;&middot;&nbsp; not monotonic, minimum %1 at <i>x</i> = %2")
        .arg(formatNumber(minimum->value), formatNumber(minimum->x));
}

// "leaky_relu-2" -> "leakyRelu2": the stem of a curve's object names.
std::string objectStem(const std::string& curveKey) {
    std::string result;
    bool upper = false;
    for (const char c : curveKey) {
        if (c == '_') {
            upper = true;
            continue;
        }
        if (c == '-') continue;
        result += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return result;
}

}  // namespace

FormulaPanel::FormulaPanel(QWidget* parent) : QWidget(parent) {
    // Two columns: each formula gets half the width, enough for SELU's full-precision constants.
    dragUpdate_ = new ThrottledAction(
        ThrottledAction::kDragIntervalMs, [this] { flushPending(); }, this);
    // Many curves make many formulas: past about four rows they scroll, and the plot above keeps
    // its room (with 16 curves the window would otherwise grow past the screen).
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("formulaScroll"));
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setWidgetResizable(true);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content_ = new QWidget(scroll_);
    content_->setObjectName(QStringLiteral("formulaContent"));
    scroll_->setWidget(content_);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll_);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout_ = new QGridLayout(content_);
    layout_->setContentsMargins(6, 4, 6, 4);
    layout_->setHorizontalSpacing(24);
    layout_->setVerticalSpacing(6);
    layout_->setColumnStretch(0, 1);
    layout_->setColumnStretch(1, 1);
    updateAll();
}

void FormulaPanel::setController(ExplorerController* controller) {
    connections_.clear();
    pending_.clear();
    controller_ = controller;
    if (controller_ != nullptr) {
        connections_ = {
            connect(controller_, &ExplorerController::functionChanged, this, &FormulaPanel::onFunctionChanged),
            connect(controller_, &ExplorerController::draggingChanged, this,
                    [this](bool dragging) {
                        if (!dragging) dragUpdate_->flush();
                    }),
            connect(controller_, &ExplorerController::visibilityChanged, this, &FormulaPanel::updateAll),
            connect(controller_, &ExplorerController::themeChanged, this, &FormulaPanel::updateAll),
        };
    }
    updateAll();
}

QLabel* FormulaPanel::label(FunctionKind kind) const {
    const SceneFunction* entry = controller_ != nullptr ? controller_->scene().find(kind) : nullptr;
    return entry != nullptr ? label(entry->id) : nullptr;
}

QLabel* FormulaPanel::label(CurveId id) const {
    const auto it = labels_.find(id);
    return it != labels_.end() ? it->second : nullptr;
}

QString FormulaPanel::formulaHtml(const Activation& f, const Theme& theme) {
    return formulaHtml(f, QString::fromStdString(f.label()), theme.functionColor(f.kind()));
}

QString FormulaPanel::formulaHtml(const Activation& f, const QString& name, const QColor& color, double xMin,
                                  double xMax) {
    // A typed function's range is not analysed: no claim rather than a wrong one.
    const QString range =
        f.kind() == FunctionKind::Typed ? QString() : QObject::tr("range %1").arg(rangeText(f.range()));
    QString header =
        QStringLiteral("<b style=\"color:%1\">%2</b>&nbsp;&nbsp; %3 %4")
            .arg(color.name(), name.toHtmlEscaped(),
                 range.isEmpty() ? QString() : range + QStringLiteral(" &nbsp;&middot;&nbsp;"), continuityText(f)) +
        minimumText(f);
    const QString mean = normalMeanText(f);
    if (!mean.isEmpty()) header += QObject::tr(" &nbsp;&middot;&nbsp; mean for <i>x</i> ~ N(0, 1): %1").arg(mean);

    // The core's formula is "f(x) = " followed by a piecewise table; side by side in a table
    // of our own, "f(x) =" sits beside its cases instead of above them. Parameters show six
    // digits (SELU's 17-digit constants would wrap on a projector); the tooltip has them all.
    // The core writes the cases' conditions in English ("&nbsp;if x > 0").
    const QString formula =
        fromStd(f.formulaRichText(kFormulaDigits))
            .replace(QStringLiteral("&nbsp;if "), QStringLiteral("&nbsp;%1 ").arg(QObject::tr("if")));
    const qsizetype split = formula.indexOf(QStringLiteral("<table>"));
    const QString body = split < 0 ? QStringLiteral("<br>") + formula
                                   : QStringLiteral(
                                         "<table cellspacing=\"0\" cellpadding=\"0\"><tr><td "
                                         "valign=\"middle\">%1</td><td>%2</td></tr></table>")
                                         .arg(formula.left(split), formula.mid(split));
    QString typedLines;
    if (const TypedFunction* typed = f.typedFunction(); typed != nullptr) {
        // f' and f'' as GiNaC derived them (after the accuracy rewrites), and how many digits the
        // compiled program keeps at 512 points of the default view, measured against __float128.
        typedLines = QStringLiteral("<br><i>f</i>\u2032(<i>x</i>) = %1<br><i>f</i>\u2033(<i>x</i>) = %2")
                         .arg(fromStd(typed->richText(1)), fromStd(typed->richText(2)));
        std::vector<double> x(512);
        for (std::size_t i = 0; i < x.size(); ++i) x[i] = xMin + (xMax - xMin) * static_cast<double>(i) / 511.0;
        const AccuracyReport value = typed->accuracy(0, x, f.parameterValues());
        const AccuracyReport slope = typed->accuracy(1, x, f.parameterValues());
        typedLines +=
            QStringLiteral("<br><small>%1</small>")
                .arg(QObject::tr("On [%1, %2]: <i>f</i> %3; <i>f</i>\u2032 %4 (measured against quad precision)")
                         .arg(formatNumber(xMin), formatNumber(xMax), fromStd(value.text()).toHtmlEscaped(),
                              fromStd(slope.text()).toHtmlEscaped()));
    }
    return header + body + typedLines;  // the table starts a new line by itself
}

void FormulaPanel::onFunctionChanged(CurveId id) {
    if (controller_ == nullptr || !controller_->dragging()) {
        updateCurve(id);
        return;
    }
    if (std::find(pending_.begin(), pending_.end(), id) == pending_.end()) pending_.push_back(id);
    dragUpdate_->request(true);
}

void FormulaPanel::flushPending() {
    const std::vector<CurveId> ids = std::exchange(pending_, {});
    for (const CurveId id : ids) updateCurve(id);
}

void FormulaPanel::updateCurve(CurveId id) {
    QLabel* target = label(id);
    if (target == nullptr) return;
    const bool wasHidden = target->isHidden();
    const CurveScene* scene = controller_ != nullptr ? &controller_->scene() : nullptr;
    const SceneFunction* entry = scene != nullptr ? scene->curve(id) : nullptr;
    if (entry == nullptr || !entry->visible) {
        target->hide();
        return;
    }
    const Theme theme = Theme::get(scene->theme);
    target->setText(formulaHtml(entry->function, QString::fromStdString(entry->displayLabel()),
                                theme.functionColor(entry->function.kind(), scene->ordinal(id)), scene->view.xMin,
                                scene->view.xMax));
    target->setToolTip(fromStd(entry->function.formulaRichText()));  // every digit of the parameters
    target->show();
    if (wasHidden) {
        relayout();
    } else {
        fitHeight();  // a new text may wrap into more lines
    }
}

void FormulaPanel::updateAll() {
    const CurveScene* scene = controller_ != nullptr ? &controller_->scene() : nullptr;
    // One label per curve of the scene: new curves get one, removed curves lose theirs.
    std::map<CurveId, QLabel*> kept;
    if (scene != nullptr) {
        for (const SceneFunction& entry : scene->functions) {
            QLabel* existing = label(entry.id);
            kept[entry.id] = existing != nullptr ? existing : newLabel();
            kept[entry.id]->setObjectName(QString::fromStdString(objectStem(scene->curveKey(entry.id))) +
                                          QStringLiteral("Formula"));
        }
    }
    for (const auto& [id, label] : labels_) {
        if (!kept.contains(id)) delete label;
    }
    labels_ = std::move(kept);
    for (const auto& [id, label] : labels_) updateCurve(id);
    relayout();
}

QLabel* FormulaPanel::newLabel() {
    auto* label = new QLabel(content_);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    // Never wider than its share: the formulas wrap instead of widening the window.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    label->hide();
    return label;
}

int FormulaPanel::contentHeight(int width) const {
    // The row-by-row height for wrapped text at this width, and never less than what the grid
    // itself asks for (the rich-text tables measure taller than QLabel's heightForWidth says).
    const QMargins margins = layout_->contentsMargins();
    const int column = std::max(1, (width - margins.left() - margins.right() - layout_->horizontalSpacing()) / 2);
    int total = margins.top() + margins.bottom();
    for (int row = 0; row < layout_->rowCount(); ++row) {
        int height = 0;
        for (int col = 0; col < 2; ++col) {
            QLayoutItem* item = layout_->itemAtPosition(row, col);
            if (item == nullptr || item->widget() == nullptr || item->widget()->isHidden()) continue;
            height = std::max({height, item->widget()->heightForWidth(column), item->minimumSize().height()});
        }
        if (height > 0) total += height + (row > 0 ? layout_->verticalSpacing() : 0);
    }
    return std::max(total, layout_->minimumSize().height());
}

void FormulaPanel::fitHeight() {
    // As tall as the formulas at the current width, but no taller than about four rows of them.
    const int width = scroll_->viewport()->width() > 0 ? scroll_->viewport()->width() : this->width();
    const int height = std::min(contentHeight(width), 16 * fontMetrics().height());
    if (height != fittedHeight_) {
        fittedHeight_ = height;
        updateGeometry();
    }
}

QSize FormulaPanel::sizeHint() const { return {QWidget::sizeHint().width(), fittedHeight_}; }

QSize FormulaPanel::minimumSizeHint() const { return {0, fittedHeight_}; }

void FormulaPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Another width wraps the formulas anew.
    if (event->size().width() != event->oldSize().width()) fitHeight();
}

void FormulaPanel::relayout() {
    for (const auto& [id, label] : labels_) layout_->removeWidget(label);
    if (controller_ == nullptr) return;
    int cell = 0;
    for (const SceneFunction& entry : controller_->scene().functions) {
        QLabel* target = label(entry.id);
        if (target == nullptr || target->isHidden()) continue;
        layout_->addWidget(target, cell / 2, cell % 2);
        ++cell;
    }
    fitHeight();
}

}  // namespace alab
