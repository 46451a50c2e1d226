// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexport.h"

#include "explorercontroller.h"
#include "exportview.h"
#include "pngwriter.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <charconv>
#include <cmath>
#include <limits>

namespace alab {

namespace {

constexpr double kLayoutDpi = kFigureLayoutDpi;
constexpr int kWaitMs = 60'000;  // for views that compute on a worker

// Liang-Barsky: clips the segment a-b to `r`; false when nothing of it is inside.
bool clipSegment(QPointF& a, QPointF& b, const QRectF& r) {
    double t0 = 0.0;
    double t1 = 1.0;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0) {
            if (t > t1) return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0) return false;
            t1 = std::min(t1, t);
        }
    }
    const QPointF start = a;
    if (t1 < 1.0) b = QPointF(start.x() + t1 * dx, start.y() + t1 * dy);
    if (t0 > 0.0) a = QPointF(start.x() + t0 * dx, start.y() + t0 * dy);
    return true;
}

// Qt 6.4's QSvgGenerator ignores clip paths, so curves would run past the axes in an SVG. The
// data are cut to the axis ranges instead (with interpolated end points and NaN gaps where a
// curve leaves and re-enters), for every format alike, so that all of them show the same.
void clipToAxisRanges(QCPGraph* graph) {
    const QCPRange keys = graph->keyAxis()->range();
    const QCPRange values = graph->valueAxis()->range();
    const QRectF box(QPointF(keys.lower, values.lower), QPointF(keys.upper, values.upper));
    const auto data = graph->data();
    QVector<QCPGraphData> out;
    out.reserve(data->size() + 8);
    const auto inside = [&](const QCPGraphData& d) { return box.contains(QPointF(d.key, d.value)); };
    if (graph->lineStyle() == QCPGraph::lsNone || data->size() < 2) {
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            if (inside(*it)) out.push_back(*it);
        }
        graph->data()->set(out, true);
        return;
    }
    bool open = false;  // the last point written continues into the next segment
    for (auto it = data->constBegin(); it + 1 != data->constEnd(); ++it) {
        QPointF a(it->key, it->value);
        QPointF b((it + 1)->key, (it + 1)->value);
        const QPointF end = b;
        if (!std::isfinite(a.y()) || !std::isfinite(b.y()) || !clipSegment(a, b, box)) {
            open = false;
            continue;
        }
        if (!open) {
            if (!out.isEmpty()) out.push_back(QCPGraphData(a.x(), std::numeric_limits<double>::quiet_NaN()));
            out.push_back(QCPGraphData(a.x(), a.y()));
        }
        out.push_back(QCPGraphData(b.x(), b.y()));
        open = b == end;
    }
    graph->data()->set(out, true);
}

// QCPGraph::drawLegendIcon() draws its line 5 px past the icon and relies on clipping to cut it
// (so that a dash pattern does not end early); SVG ignores the clip, and the line ran into the
// label. This legend item draws the line exactly across the icon instead, in every format.
class ExactIconLegendItem : public QCPPlottableLegendItem {
public:
    using QCPPlottableLegendItem::QCPPlottableLegendItem;

protected:
    void draw(QCPPainter* painter) override {
        auto* graph = qobject_cast<QCPGraph*>(plottable());
        if (graph == nullptr) {
            QCPPlottableLegendItem::draw(painter);
            return;
        }
        painter->setFont(getFont());
        painter->setPen(QPen(getTextColor()));
        const QSize iconSize = mParentLegend->iconSize();
        const QRect textRect =
            painter->fontMetrics().boundingRect(0, 0, 0, iconSize.height(), Qt::TextDontClip, graph->name());
        const QRectF iconRect(mRect.topLeft(), iconSize);
        const int textHeight = std::max(textRect.height(), iconSize.height());
        painter->drawText(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y(), textRect.width(),
                          textHeight, Qt::TextDontClip, graph->name());
        if (graph->lineStyle() != QCPGraph::lsNone) {
            painter->setAntialiasing(true);
            painter->setPen(graph->pen());
            const double y = iconRect.top() + iconRect.height() / 2.0;
            painter->drawLine(QLineF(iconRect.left(), y, iconRect.right(), y));
        }
        if (!graph->scatterStyle().isNone()) {
            QCPScatterStyle style = graph->scatterStyle();
            style.applyTo(painter, graph->pen());
            style.drawShape(painter, iconRect.center());
        }
    }
};

void useExactLegendIcons(QCPLegend* legend) {
    std::vector<QCPAbstractPlottable*> plottables;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            plottables.push_back(item->plottable());
    }
    if (static_cast<int>(plottables.size()) != legend->itemCount()) return;  // other items: leave it alone
    legend->clearItems();
    // Same order, fill order and wrap: the same arrangement as before.
    for (QCPAbstractPlottable* plottable : plottables) legend->addItem(new ExactIconLegendItem(legend, plottable));
}

// Point sizes are measured at the screen's logical DPI, which a desktop may set to 120 or 144;
// pixel sizes at 96 dpi (the layout's unit) make the picture the same on every desktop and in
// the headless `render`. (Whole pixels: 10 pt becomes 13 px, not 13.33.)
QFont atLayoutDpi(QFont font) {
    if (font.pixelSize() <= 0) font.setPixelSize(static_cast<int>(std::lround(font.pointSizeF() * kLayoutDpi / 72.0)));
    return font;
}

void usePixelFonts(QCustomPlot* plot) {
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setTickLabelFont(atLayoutDpi(axis->tickLabelFont()));
            axis->setLabelFont(atLayoutDpi(axis->labelFont()));
        }
    }
    if (plot->legend == nullptr) return;  // small multiples label each plot instead
    plot->legend->setFont(atLayoutDpi(plot->legend->font()));
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        plot->legend->item(i)->setFont(atLayoutDpi(plot->legend->item(i)->font()));
    }
}

// The title goes in a row of its own above everything the view laid out. A view whose top
// layout has several columns (small multiples) is moved into a grid of its own first, so that
// the title spans the whole width instead of the first column.
void addTitle(QCustomPlot* plot, const QString& title, const Theme& theme) {
    QCPLayoutGrid* top = plot->plotLayout();
    if (top->columnCount() > 1) {
        struct Cell {
            int row;
            int column;
            QCPLayoutElement* element;
        };
        std::vector<Cell> cells;
        for (int row = 0; row < top->rowCount(); ++row) {
            for (int column = 0; column < top->columnCount(); ++column) {
                if (QCPLayoutElement* element = top->element(row, column)) cells.push_back({row, column, element});
            }
        }
        const QList<double> rowStretch = top->rowStretchFactors();
        const QList<double> columnStretch = top->columnStretchFactors();
        const int rowSpacing = top->rowSpacing();
        const int columnSpacing = top->columnSpacing();
        for (const Cell& cell : cells) top->take(cell.element);
        top->simplify();
        auto* inner = new QCPLayoutGrid;
        top->addElement(0, 0, inner);
        for (const Cell& cell : cells) inner->addElement(cell.row, cell.column, cell.element);
        inner->setRowStretchFactors(rowStretch);
        inner->setColumnStretchFactors(columnStretch);
        inner->setRowSpacing(rowSpacing);
        inner->setColumnSpacing(columnSpacing);
    }
    top->insertRow(0);
    QFont font;
    font.setPixelSize(static_cast<int>(std::lround(theme.labelFontPointSize * 1.3 * kLayoutDpi / 72.0)));
    font.setBold(true);
    auto* text = new QCPTextElement(plot, title, font);
    text->setTextColor(theme.foreground);
    top->addElement(0, 0, text);
    top->setRowStretchFactor(0, 0.001);  // as tall as the text, no more
}

// A scene laid out in a hidden view, ready to be painted at its logical size.
class PreparedFigure {
public:
    QString prepare(const CurveScene& scene, const FigureOptions& options) {
        if (QString problem = checkFigureOptions(options); !problem.isEmpty()) return problem;
        CurveScene shown = scene;
        if (options.theme) shown.theme = *options.theme;
        shown.activeView = options.view;
        controller_.setScene(shown);
        view_ = createExportView(options.view, controller_);
        logical_ = options.logicalSize();
        QWidget* widget = view_.widget.get();
        widget->setAttribute(Qt::WA_DontShowOnScreen);
        widget->resize(logical_);
        widget->show();  // lays out and delivers the resize, so the view samples for this width
        if (view_.waitUntilIdle && !view_.waitUntilIdle(kWaitMs)) {
            return QStringLiteral("the %1 view did not finish in %2 s").arg(viewKey(options.view)).arg(kWaitMs / 1000);
        }
        QCustomPlot* plot = view_.plot;
        if (!options.title.isEmpty()) addTitle(plot, options.title, Theme::get(shown.theme));
        if (options.transparent) {
            plot->setBackground(Qt::NoBrush);
            for (QCPAxisRect* rect : plot->axisRects()) rect->setBackground(Qt::NoBrush);
        }
        for (int i = 0; i < plot->graphCount(); ++i) clipToAxisRanges(plot->graph(i));
        if (plot->legend != nullptr) useExactLegendIcons(plot->legend);
        usePixelFonts(plot);
        // Laid out once at the figure's size, as toPainter() will lay it out: what depends on the
        // size of the axes (how many ticks fit, keepTickLabelsApart()) then fits the figure, not
        // the plot's smaller area inside the hidden view.
        const QRect inView = plot->viewport();
        plot->setViewport(QRect(QPoint(0, 0), logical_));
        plot->replot(QCustomPlot::rpImmediateRefresh);
        plot->setViewport(inView);
        return {};
    }

    // Paints at the logical size, scaled to `target` device units.
    void paint(QCPPainter& painter, QSizeF target, bool vector) {
        const double sx = target.width() / logical_.width();
        const double sy = target.height() / logical_.height();
        painter.setMode(QCPPainter::pmNoCaching);
        // QCPPainter shifts antialiased drawing by half a pixel to sharpen it on screen; scaled, that
        // half pixel grows (1.6 px at 300 dpi) and the PNG no longer matches the SVG and PDF.
        if (vector || sx != 1.0 || sy != 1.0) painter.setMode(QCPPainter::pmVectorized);
        if (vector || sx > 1.0) painter.setMode(QCPPainter::pmNonCosmetic);
        painter.scale(sx, sy);
        view_.plot->toPainter(&painter, logical_.width(), logical_.height());
    }

    QCustomPlot* plot() const { return view_.plot; }

private:
    ExplorerController controller_;  // declared first: the view observes it
    ExportView view_;
    QSize logical_;
};

FigureImage paintImage(PreparedFigure& figure, const FigureOptions& options) {
    // RGB32 when opaque: as fast to paint, and PNG then stores three channels, not four.
    QImage image(options.pixels, options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull())
        return {{},
                QStringLiteral("not enough memory for %1 x %2 pixels")
                    .arg(options.pixels.width())
                    .arg(options.pixels.height())};
    image.fill(Qt::transparent);
    // Text in points is converted at the layout's 96 dpi; the painter's scale does the rest.
    const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QCPPainter painter(&image);
        figure.paint(painter, QSizeF(options.pixels), false);
    }
    // The file records the real resolution, so a 300 dpi figure is placed at its size.
    image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
    return {image, {}};
}

QString inches(double v) { return QString::number(v, 'f', 4); }

// QSvgGenerator states the size in mm at its resolution (96, for the text); state the
// physical size instead, keeping the pixel viewBox.
void setPhysicalSize(QByteArray& svg, const FigureOptions& options) {
    const qsizetype header = svg.indexOf("<svg");
    const qsizetype width = svg.indexOf(" width=\"", header);
    const qsizetype close = svg.indexOf('>', header);
    if (header < 0 || width < 0 || width > close) return;
    const qsizetype height = svg.indexOf(" height=\"", width);
    const qsizetype heightEnd = height < 0 ? -1 : svg.indexOf('"', height + 9);
    if (height < 0 || heightEnd < 0 || heightEnd > close) return;
    const QString replacement =
        QStringLiteral(" width=\"%1in\" height=\"%2in\"")
            .arg(inches(options.pixels.width() / options.dpi), inches(options.pixels.height() / options.dpi));
    svg.replace(width, heightEnd + 1 - width, replacement.toUtf8());
}

std::optional<QString> commit(QSaveFile& file, const QString& name) {
    if (!file.commit()) return QStringLiteral("%1: cannot write (%2)").arg(name, file.errorString());
    return std::nullopt;
}

void appendNumber(QByteArray& out, double v) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, result.ptr - buffer);
}

}  // namespace

QSize FigureOptions::logicalSize() const {
    return {static_cast<int>(std::lround(pixels.width() * kLayoutDpi / dpi)),
            static_cast<int>(std::lround(pixels.height() * kLayoutDpi / dpi))};
}

const std::vector<FigurePreset>& figurePresets() {
    static const std::vector<FigurePreset> kPresets = {
        {QStringLiteral("slide-16-9"), QObject::tr("Slide 16:9 (1920 \u00d7 1080)"), {1920, 1080}, 144.0},
        {QStringLiteral("slide-4-3"), QObject::tr("Slide 4:3 (1600 \u00d7 1200)"), {1600, 1200}, 160.0},
        {QStringLiteral("4k"), QObject::tr("4K (3840 \u00d7 2160)"), {3840, 2160}, 288.0},
        {QStringLiteral("paper-single"),
         QObject::tr("Paper, single column (3.5 \u00d7 2.625 in, 300 dpi)"),
         {1050, 788},
         300.0},
        {QStringLiteral("paper-double"),
         QObject::tr("Paper, double column (7 \u00d7 3.5 in, 300 dpi)"),
         {2100, 1050},
         300.0},
    };
    return kPresets;
}

std::optional<FigureFormat> figureFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return FigureFormat::Png;
    if (suffix == QLatin1String("svg")) return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf")) return FigureFormat::Pdf;
    return std::nullopt;
}

QString checkFigureOptions(const FigureOptions& options) {
    const QSize px = options.pixels;
    if (px.width() < kMinFigurePixels || px.height() < kMinFigurePixels || px.width() > kMaxFigurePixels ||
        px.height() > kMaxFigurePixels) {
        return QStringLiteral("size %1x%2: each side must be %3 to %4 pixels")
            .arg(px.width())
            .arg(px.height())
            .arg(kMinFigurePixels)
            .arg(kMaxFigurePixels);
    }
    if (!(options.dpi >= kMinFigureDpi && options.dpi <= kMaxFigureDpi)) {
        return QStringLiteral("dpi %1 is outside %2\u2026%3").arg(options.dpi).arg(kMinFigureDpi).arg(kMaxFigureDpi);
    }
    if (QString problem = checkFigureTitle(options.title); !problem.isEmpty())
        return QStringLiteral("title: ") + problem;
    const QSize logical = options.logicalSize();
    if (logical.width() < kMinFigureLogical || logical.height() < kMinFigureLogical) {
        return QStringLiteral("%1x%2 pixels at %3 dpi is %4 x %5 in, too small to hold a plot (at least %6 in a side)")
            .arg(px.width())
            .arg(px.height())
            .arg(options.dpi)
            .arg(inches(px.width() / options.dpi), inches(px.height() / options.dpi))
            .arg(inches(kMinFigureLogical / kLayoutDpi));
    }
    return {};
}

QString checkFigureTitle(const QString& title) {
    if (title.size() > kMaxFigureTitleLength) {
        return QStringLiteral("at most %1 characters, got %2").arg(kMaxFigureTitleLength).arg(title.size());
    }
    if (title.contains(QLatin1Char('\n')) || title.contains(QLatin1Char('\r'))) {
        return QStringLiteral("one line, without line breaks");
    }
    return {};
}

FigureImage renderFigureImage(const CurveScene& scene, const FigureOptions& options) {
    PreparedFigure figure;
    if (QString error = figure.prepare(scene, options); !error.isEmpty()) return {{}, error};
    return paintImage(figure, options);
}

std::optional<QString> exportFigure(const CurveScene& scene, const FigureOptions& options, const QString& path) {
    const QString name = QFileInfo(path).fileName();
    const std::optional<FigureFormat> format = figureFormatForPath(path);
    if (!format) return QStringLiteral("%1: unknown format (the name must end in .png, .svg or .pdf)").arg(name);
    if (*format == FigureFormat::Pdf) {
        FigurePdfPages pages(path, options);
        if (auto error = pages.open()) return error;
        if (auto error = pages.addPage(scene)) return error;
        return pages.finish();
    }
    PreparedFigure figure;
    if (QString error = figure.prepare(scene, options); !error.isEmpty()) return error;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return QStringLiteral("%1: cannot write (%2)").arg(name, file.errorString());
    switch (*format) {
    case FigureFormat::Png: {
        const FigureImage image = paintImage(figure, options);
        if (image.image.isNull()) {
            file.cancelWriting();
            return image.error;
        }
        // QImageWriter's PNG takes 2-3x as long as drawing the plot; see pngwriter.h.
        if (const auto error = writePng(image.image, file)) {
            file.cancelWriting();
            return QStringLiteral("%1: cannot write (%2)").arg(name, *error);
        }
        return commit(file, name);
    }
    case FigureFormat::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(options.pixels);
        generator.setViewBox(QRect(QPoint(0, 0), options.pixels));
        // Text in points becomes SVG pixels at this resolution: the layout's, as for PNG.
        generator.setResolution(static_cast<int>(kLayoutDpi));
        generator.setTitle(QStringLiteral("Activation Lab"));
        {
            QCPPainter painter(&generator);
            figure.paint(painter, QSizeF(options.pixels), true);
        }
        QByteArray svg = buffer.data();
        setPhysicalSize(svg, options);
        if (file.write(svg) != svg.size()) {
            file.cancelWriting();
            return QStringLiteral("%1: cannot write (%2)").arg(name, file.errorString());
        }
        return commit(file, name);
    }
    case FigureFormat::Pdf: break;  // above
    }
    return std::nullopt;
}

std::optional<std::pair<double, double>> figureYRange(const CurveScene& scene, const FigureOptions& options) {
    if (options.view != ViewId::Curves) return std::nullopt;
    PreparedFigure figure;
    if (!figure.prepare(scene, options).isEmpty()) return std::nullopt;
    const QCPRange y = figure.plot()->yAxis->range();
    return std::make_pair(y.lower, y.upper);
}

struct FigurePdfPages::State {
    QString path;
    QString name;
    FigureOptions options;
    QSaveFile file;
    std::optional<QPdfWriter> writer;
    std::optional<QCPPainter> painter;
    int pages = 0;
};

FigurePdfPages::FigurePdfPages(const QString& path, const FigureOptions& options) : state_(std::make_unique<State>()) {
    state_->path = path;
    state_->name = QFileInfo(path).fileName();
    state_->options = options;
}

FigurePdfPages::~FigurePdfPages() {
    // The painter ends before the writer and the file it writes to; an unfinished file is dropped.
    state_->painter.reset();
    state_->writer.reset();
    state_->file.cancelWriting();
}

std::optional<QString> FigurePdfPages::open() {
    State& s = *state_;
    if (QString problem = checkFigureOptions(s.options); !problem.isEmpty()) return problem;
    s.file.setFileName(s.path);
    if (!s.file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write (%2)").arg(s.name, s.file.errorString());
    s.writer.emplace(&s.file);
    s.writer->setCreator(QStringLiteral("Activation Lab"));
    s.writer->setTitle(QStringLiteral("Activation Lab figure"));
    s.writer->setResolution(static_cast<int>(kLayoutDpi));
    const QSizeF size(s.options.pixels.width() / s.options.dpi, s.options.pixels.height() / s.options.dpi);
    s.writer->setPageSize(QPageSize(size, QPageSize::Inch, QString(), QPageSize::ExactMatch));
    s.writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    return std::nullopt;
}

std::optional<QString> FigurePdfPages::addPage(const CurveScene& scene) {
    State& s = *state_;
    if (!s.writer) return QStringLiteral("%1: not open").arg(s.name);
    PreparedFigure figure;
    if (QString error = figure.prepare(scene, s.options); !error.isEmpty()) return error;
    if (!s.painter) {
        s.painter.emplace(&*s.writer);
        if (!s.painter->isActive()) return QStringLiteral("%1: cannot draw the PDF").arg(s.name);
    } else if (!s.writer->newPage()) {
        return QStringLiteral("%1: cannot add page %2").arg(s.name).arg(s.pages + 1);
    }
    // Each page starts from the writer's own coordinates: no scale left over from the last one.
    s.painter->resetTransform();
    figure.paint(*s.painter, QSizeF(s.writer->width(), s.writer->height()), true);
    ++s.pages;
    return std::nullopt;
}

std::optional<QString> FigurePdfPages::finish() {
    State& s = *state_;
    if (s.pages == 0) return QStringLiteral("%1: no pages to write").arg(s.name);
    s.painter->end();
    s.painter.reset();
    s.writer.reset();
    return commit(s.file, s.name);
}

namespace {

// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
QByteArray csvField(const std::string& text) {
    const QByteArray bytes = QByteArray::fromStdString(text);
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r')) return bytes;
    QByteArray quoted = bytes;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

}  // namespace

QByteArray curveDataCsv(const CurveScene& scene, int points) {
    points = std::max(points, 2);
    QByteArray out = "x";
    std::vector<const Activation*> shown;
    for (const SceneFunction& entry : scene.functions) {
        if (!entry.visible) continue;
        shown.push_back(&entry.function);
        // The curves' labels, as in the legend: "ELU (α = 0.5)", then "ELU (α = 0.5)′".
        const std::string label = entry.displayLabel();
        out += ',' + csvField(label);
        if (scene.showDerivatives) out += ',' + csvField(label + "\u2032");
    }
    out += '\n';
    const double lo = scene.view.xMin;
    const double hi = scene.view.xMax;
    const double steps = points - 1;
    for (int i = 0; i < points; ++i) {
        // Written as a weighted mean, so that a symmetric range hits 0 exactly.
        const double x = (lo * (steps - i) + hi * i) / steps;
        appendNumber(out, x);
        for (const Activation* f : shown) {
            out += ',';
            appendNumber(out, f->value(x));
            if (scene.showDerivatives) {
                out += ',';
                appendNumber(out, f->derivative(x));
            }
        }
        out += '\n';
    }
    return out;
}

std::optional<QString> writeCurveDataCsv(const QString& path, const CurveScene& scene) {
    QSaveFile file(path);
    const QByteArray csv = curveDataCsv(scene);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        return QStringLiteral("%1: cannot write (%2)").arg(QFileInfo(path).fileName(), file.errorString());
    }
    return std::nullopt;
}

}  // namespace alab
