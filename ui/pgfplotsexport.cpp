// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgfplotsexport.h"

#include "expression/typed_function.h"
#include "theme.h"

#include <QFileInfo>
#include <QPen>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace alab {

namespace {

// Pens are given in 1/96 in; TeX lengths here are in points.
constexpr double kPointsPerPixel = 72.0 / 96.0;

void appendNumber(QByteArray& out, double v) {
    if (std::isnan(v)) {
        out += "nan";
        return;
    }
    if (std::isinf(v)) {
        out += v > 0 ? "inf" : "-inf";
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, result.ptr - buffer);
}

QByteArray number(double v) {
    QByteArray out;
    appendNumber(out, v);
    return out;
}

// A label as LaTeX text: TeX's special characters escaped, the symbols the labels use in math.
QByteArray latexText(const std::string& utf8) {
    static const std::vector<std::pair<QString, QByteArray>> kSymbols{
        {QStringLiteral("\u03b1"), "$\\alpha$"},  {QStringLiteral("\u03b2"), "$\\beta$"},
        {QStringLiteral("\u03bb"), "$\\lambda$"}, {QStringLiteral("\u03bc"), "$\\mu$"},
        {QStringLiteral("\u03c3"), "$\\sigma$"},  {QStringLiteral("\u03c4"), "$\\tau$"},
        {QStringLiteral("\u03c9"), "$\\omega$"},  {QStringLiteral("\u03bd"), "$\\nu$"},
        {QStringLiteral("\u2032"), "$'$"},        {QStringLiteral("\u2033"), "$''$"},
        {QStringLiteral("\u2212"), "$-$"},        {QStringLiteral("\u00b7"), "$\\cdot$"},
        {QStringLiteral("\u00d7"), "$\\times$"},  {QStringLiteral("\u2264"), "$\\leq$"},
        {QStringLiteral("\u2265"), "$\\geq$"},    {QStringLiteral("\u221e"), "$\\infty$"},
    };
    QByteArray out;
    for (const QChar c : QString::fromStdString(utf8)) {
        switch (c.unicode()) {
        case '\\': out += "\\textbackslash{}"; continue;
        case '{': out += "\\{"; continue;
        case '}': out += "\\}"; continue;
        case '#': out += "\\#"; continue;
        case '$': out += "\\$"; continue;
        case '%': out += "\\%"; continue;
        case '&': out += "\\&"; continue;
        case '_': out += "\\_"; continue;
        case '^': out += "\\^{}"; continue;
        case '~': out += "\\~{}"; continue;
        case '\n':
        case '\r': out += ' '; continue;
        default: break;
        }
        const auto symbol = std::find_if(kSymbols.begin(), kSymbols.end(),
                                         [c](const auto& entry) { return entry.first == QString(c); });
        out += symbol != kSymbols.end() ? symbol->second : QString(c).toUtf8();
    }
    return out;
}

// The colour as drawn over `background` (the grid and zero line are translucent): TeX colours
// are opaque.
QByteArray rgb(const QColor& color, const QColor& background) {
    const double a = color.alphaF();
    const auto mix = [a](int over, int under) {
        return QByteArray::number(static_cast<int>(std::lround(a * over + (1.0 - a) * under)));
    };
    return mix(color.red(), background.red()) + ',' + mix(color.green(), background.green()) + ',' +
           mix(color.blue(), background.blue());
}

// pgfplots' options for a pen: colour, width, dash pattern (Qt's lengths are in pen widths).
QByteArray penOptions(const QByteArray& colorName, const QPen& pen) {
    const double width = pen.widthF();
    QByteArray out = colorName + ", line width=" + number(width * kPointsPerPixel) + "pt";
    if (pen.style() == Qt::SolidLine) return out + ", solid";
    const QList<qreal> dashes = pen.dashPattern();
    out += ", dash pattern=";
    for (qsizetype i = 0; i < dashes.size(); ++i) {
        if (i > 0) out += ' ';
        out += (i % 2 == 0 ? "on " : "off ") + number(dashes[i] * width * kPointsPerPixel) + "pt";
    }
    return out;
}

struct Jump {
    double x, left, right;
};

// Where f' jumps inside (lo, hi), in order.
std::vector<Jump> derivativeJumps(const Activation& f, double lo, double hi) {
    std::vector<Jump> jumps;
    if (const TypedFunction* typed = f.typedFunction()) {
        for (const SwitchPoint& point : typed->switchPoints(lo, hi, f.parameterValues())) {
            if (point.jumps() && point.x > lo && point.x < hi) jumps.push_back({point.x, point.left, point.right});
        }
    } else if (f.derivativeJumpsAtZero() && lo < 0.0 && hi > 0.0) {
        const OneSidedLimits limits = f.derivativeLimitsAtZero();
        jumps.push_back({0.0, limits.left, limits.right});
    }
    return jumps;
}

// One inline table: the rows "x y" joined by pgfplots' row separator.
QByteArray table(const std::vector<std::pair<double, double>>& rows) {
    QByteArray out = "table[row sep=\\\\] {\n    x y\\\\\n";
    for (const auto& [x, y] : rows) {
        out += "    ";
        appendNumber(out, x);
        out += ' ';
        appendNumber(out, y);
        out += "\\\\\n";
    }
    return out + "};\n";
}

}  // namespace

QByteArray pgfplotsDocument(const CurveScene& scene, int points) {
    points = std::max(points, 2);
    const Theme theme = Theme::get(scene.theme);
    const double lo = scene.view.xMin;
    const double hi = scene.view.xMax;
    const double steps = points - 1;
    std::vector<double> xs(static_cast<std::size_t>(points));
    // Written as a weighted mean, so that a symmetric range hits 0 exactly (as the CSV export).
    for (int i = 0; i < points; ++i) xs[static_cast<std::size_t>(i)] = (lo * (steps - i) + hi * i) / steps;

    QByteArray out =
        "% The curve view of an Activation Lab scene: pdflatex this file for a PDF, or copy the\n"
        "% axis environment into a paper that loads pgfplots (and defines the colours).\n"
        "\\documentclass{standalone}\n"
        "\\usepackage[T1]{fontenc}\n"
        "\\usepackage{pgfplots}\n"
        "\\pgfplotsset{compat=1.18}\n";
    const QColor background = theme.background;
    const auto defineColor = [&out, &background](const QByteArray& name, const QColor& color) {
        out += "\\definecolor{" + name + "}{RGB}{" + rgb(color, background) + "}\n";
    };
    defineColor("alabbackground", theme.background);
    defineColor("alabforeground", theme.foreground);
    defineColor("alabgrid", theme.grid);
    defineColor("alabzeroline", theme.zeroLine);
    defineColor("alablegendbackground", theme.legendBackground);
    defineColor("alablegendborder", theme.legendBorder);
    std::vector<const SceneFunction*> shown;
    for (const SceneFunction& entry : scene.functions) {
        if (!entry.visible) continue;
        shown.push_back(&entry);
        defineColor("alabcurve" + QByteArray::number(static_cast<int>(shown.size())),
                    theme.functionColor(entry.function.kind(), scene.ordinal(entry.id)));
    }
    const bool derivatives = scene.showDerivatives;
    const bool second = scene.showSecondDerivatives;
    const int columns = derivatives ? (second ? 3 : 2) : std::clamp(static_cast<int>(shown.size()), 1, 4);
    out +=
        "\\begin{document}\n"
        "\\pagecolor{alabbackground}\n"
        "\\begin{tikzpicture}\n"
        "\\begin{axis}[\n"
        "    width=12cm, height=7.5cm,\n"
        "    xmin=" +
        number(lo) + ", xmax=" + number(hi) + ",\n";
    if (!scene.view.autoY) out += "    ymin=" + number(scene.view.yMin) + ", ymax=" + number(scene.view.yMax) + ",\n";
    out += "    xlabel={$x$}, ylabel={" + QByteArray(derivatives ? "$f(x)$, $f'(x)$" : "$f(x)$") +
           "},\n"
           "    grid=major, grid style={alabgrid},\n"
           "    axis background/.style={fill=alabbackground},\n"
           "    axis line style={alabforeground}, tick style={alabforeground},\n"
           "    every tick label/.append style={text=alabforeground},\n"
           "    label style={text=alabforeground},\n"
           "    unbounded coords=jump, clip=true,\n"
           "    legend columns=" +
           QByteArray::number(columns) +
           ",\n"
           "    legend style={at={(0.5,1.03)}, anchor=south, draw=alablegendborder, fill=alablegendbackground,\n"
           "                  text=alabforeground, font=\\small, /tikz/every even column/.append style={column "
           "sep=0.5em}},\n"
           "]\n"
           "\\addplot[alabzeroline, forget plot] coordinates {(" +
           number(lo) + ",0) (" + number(hi) + ",0)};\n";
    int index = 0;
    for (const SceneFunction* entry : shown) {
        ++index;
        const Activation& f = entry->function;
        const FunctionKind kind = f.kind();
        const int ordinal = scene.ordinal(entry->id);
        const QByteArray color = "alabcurve" + QByteArray::number(index);
        const QByteArray label = latexText(entry->displayLabel());
        std::vector<double> values(xs.size());
        f.values(xs, values);
        std::vector<std::pair<double, double>> rows;
        for (std::size_t i = 0; i < xs.size(); ++i) rows.emplace_back(xs[i], values[i]);
        out += "% " + label + "\n\\addplot[" + penOptions(color, theme.valuePen(kind, false, ordinal)) + "] " +
               table(rows) + "\\addlegendentry{" + label + "}\n";
        if (derivatives) {
            std::vector<double> slopes(xs.size());
            f.derivatives(xs, slopes);
            const std::vector<Jump> jumps = derivativeJumps(f, lo, hi);
            rows.clear();
            std::size_t next = 0;
            for (std::size_t i = 0; i < xs.size(); ++i) {
                bool atJump = false;
                while (next < jumps.size() && jumps[next].x <= xs[i]) {
                    const Jump& jump = jumps[next++];
                    rows.emplace_back(jump.x, jump.left);
                    rows.emplace_back(jump.x, std::numeric_limits<double>::quiet_NaN());
                    rows.emplace_back(jump.x, jump.right);
                    atJump = atJump || jump.x == xs[i];
                }
                if (!atJump) rows.emplace_back(xs[i], slopes[i]);
            }
            out += "\\addplot[" + penOptions(color, theme.derivativePen(kind, false, ordinal)) + "] " + table(rows) +
                   "\\addlegendentry{" + label + "$'$}\n";
        }
        if (second) {
            rows.clear();
            std::vector<double> curvatures(xs.size());
            f.secondDerivatives(xs, curvatures);
            for (std::size_t i = 0; i < xs.size(); ++i) rows.emplace_back(xs[i], curvatures[i]);
            QPen pen = theme.derivativePen(kind, false, ordinal);
            pen.setDashPattern({1.0, 2.5});  // dotted, as the window draws f''
            out += "\\addplot[" + penOptions(color, pen) + "] " + table(rows) + "\\addlegendentry{" + label + "$''$}\n";
        }
    }
    out +=
        "\\end{axis}\n"
        "\\end{tikzpicture}\n"
        "\\end{document}\n";
    return out;
}

std::optional<QString> writePgfplotsDocument(const QString& path, const CurveScene& scene) {
    QSaveFile file(path);
    const QByteArray tex = pgfplotsDocument(scene);
    if (!file.open(QIODevice::WriteOnly) || file.write(tex) != tex.size() || !file.commit()) {
        return QStringLiteral("%1: cannot write (%2)").arg(QFileInfo(path).fileName(), file.errorString());
    }
    return std::nullopt;
}

}  // namespace alab
