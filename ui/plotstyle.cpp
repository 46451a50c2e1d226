// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotstyle.h"

#include <qcustomplot.h>

#include <QFontMetricsF>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace alab {

QCustomPlot* createViewPlot(QWidget* host, const QString& objectName, const QString& accessibleName) {
    auto* plot = new QCustomPlot(host);
    plot->setObjectName(objectName);
    plot->setAccessibleName(accessibleName);
    plot->setFocusPolicy(Qt::StrongFocus);
    plot->setPlottingHint(QCP::phFastPolylines, true);
    keepTickLabelsApart(plot);
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot);
    return plot;
}

namespace {

// Whether the labels of the ticks `axis` would place with its ticker's current count keep at
// least `minimumGap` pixels between each other (QCPAxisTicker treats the count as a hint: a
// count of 2 can give 3 ticks).
bool tickLabelsKeepApart(QCPAxis* axis, double minimumGap) {
    QVector<double> ticks;
    axis->ticker()->generate(axis->range(), axis->parentPlot()->locale(), axis->numberFormat().at(0),
                             axis->numberPrecision(), ticks, nullptr, nullptr);
    for (int i = 1; i < ticks.size(); ++i)
        if (std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1])) < minimumGap) return false;
    return true;
}

}  // namespace

void keepTickLabelsApart(QCustomPlot* plot) {
    // Ticks are placed before the layout, from the count set here after the previous one: when
    // the fitting count changes (a resize, another layout), the plot replots once more with it.
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        constexpr int kDefaultTickCount = 5;
        bool changed = false;
        for (QCPAxisRect* rect : plot->axisRects()) {
            for (QCPAxis* axis : rect->axes(QCPAxis::atLeft | QCPAxis::atRight)) {
                const double labelHeight = QFontMetricsF(axis->tickLabelFont()).height();
                const int before = axis->ticker()->tickCount();
                int count = std::clamp(static_cast<int>(rect->height() / (2.0 * labelHeight)), 1, kDefaultTickCount);
                axis->ticker()->setTickCount(count);
                while (count > 1 && !tickLabelsKeepApart(axis, 1.3 * labelHeight))
                    axis->ticker()->setTickCount(--count);
                changed = changed || count != before;
            }
        }
        if (changed) plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void applyThemeToPlot(QCustomPlot* plot, const Theme& theme, const QFont& base) {
    plot->setBackground(QBrush(theme.background));
    // QCustomPlot paints its whole area with that brush: with an opaque one, the widgets
    // behind it need not be painted first on every replot.
    plot->setAttribute(Qt::WA_OpaquePaintEvent, theme.background.alpha() == 255);
    QFont tickFont = base;
    tickFont.setPointSize(theme.tickFontPointSize);
    QFont labelFont = base;
    labelFont.setPointSize(theme.labelFontPointSize);
    QFont legendFont = base;
    legendFont.setPointSize(theme.legendFontPointSize);
    const QPen axisPen(theme.foreground, theme.id == ThemeId::Presentation ? 2.0 : 1.0);
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(QBrush(theme.background));
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(axisPen);
            axis->setTickPen(axisPen);
            axis->setSubTickPen(axisPen);
            axis->setTickLabelColor(theme.foreground);
            axis->setLabelColor(theme.foreground);
            axis->setTickLabelFont(tickFont);
            axis->setLabelFont(labelFont);
            axis->grid()->setPen(QPen(theme.grid, 1.0));
            axis->grid()->setZeroLinePen(QPen(theme.zeroLine, 1.0));
            axis->grid()->setSubGridVisible(false);
        }
    }
    if (plot->legend != nullptr) {  // a layout without a legend (small multiples) removed it
        const bool inset = plot->legend->layout() != plot->plotLayout();
        plot->legend->setBrush(inset ? QBrush(theme.legendBackground) : QBrush(Qt::NoBrush));
        plot->legend->setBorderPen(inset ? QPen(theme.legendBorder) : QPen(Qt::NoPen));
        plot->legend->setFont(legendFont);
        plot->legend->setTextColor(theme.foreground);
        const int iconHeight = QFontMetrics(legendFont).height();
        plot->legend->setIconSize(iconHeight * 2, iconHeight);
    }
    // Titles are QCPTextElements in the layout.
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i))) {
            QFont titleFont = labelFont;
            titleFont.setBold(true);
            title->setFont(titleFont);
            title->setTextColor(theme.foreground);
        }
    }
}

QCPLayoutGrid* resetLayoutWithLegendRow(QCustomPlot* plot) {
    plot->plotLayout()->clear();
    auto* legend = new QCPLegend;
    plot->plotLayout()->addElement(0, 0, legend);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 2, 4, 0));
    plot->legend = legend;
    auto* grid = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, grid);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowSpacing(0);
    return grid;
}

QString fromUtf8View(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace alab
