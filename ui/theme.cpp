// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace alab {

namespace {

// How each built-in is drawn, keyed by its kind (the order does not matter; every kind of the
// core's registry has exactly one entry, checked at compile time).
// Colours: Okabe & Ito (2008). On white the darker members; on a dark background the lighter
// ones. Eight colours for thirteen functions: the comparison family reuses a relative's colour
// (CELU ELU's, PReLU Leaky ReLU's, GELU (tanh) GELU's) or pairs up (Mish and tanh, Softplus and
// sigmoid), and the second of each pair draws f with long dashes (see valuePen()).
// f' dash patterns are in pen widths: distinct within each colour and from its f.
struct FunctionStyle {
    FunctionKind kind;
    QRgb light;
    QRgb dark;
    bool dashedValue;  // the second function of a colour draws f with long dashes
    std::array<qreal, 6> derivativeDashes;
    int derivativeDashCount;
};

constexpr std::array<FunctionStyle, kStyleCount> kStyles = {{
    // ELU: blue / sky blue
    {FunctionKind::Elu, 0xFF0072B2, 0xFF56B4E9, false, {4.0, 2.5}, 2},
    // SELU: vermillion / orange
    {FunctionKind::Selu, 0xFFD55E00, 0xFFE69F00, false, {6.0, 2.0, 1.5, 2.0}, 4},
    // ReLU: bluish green (lifted for contrast on a dark background)
    {FunctionKind::Relu, 0xFF009E73, 0xFF2CC497, false, {2.0, 2.0}, 2},
    // Leaky ReLU: reddish purple (lifted likewise)
    {FunctionKind::LeakyRelu, 0xFFCC79A7, 0xFFE08FC0, false, {7.0, 3.0}, 2},
    // PReLU: as Leaky ReLU, dashed
    {FunctionKind::Prelu, 0xFFCC79A7, 0xFFE08FC0, true, {1.0, 2.0}, 2},
    // CELU: as ELU, dashed
    {FunctionKind::Celu, 0xFF0072B2, 0xFF56B4E9, true, {1.0, 2.0, 1.0, 2.0, 6.0, 2.0}, 6},
    // GELU: orange / vermillion, lifted
    {FunctionKind::Gelu, 0xFFE69F00, 0xFFFF7A33, false, {4.0, 2.5}, 2},
    // GELU (tanh): as GELU, dashed
    {FunctionKind::GeluTanh, 0xFFE69F00, 0xFFFF7A33, true, {1.0, 2.0}, 2},
    // SiLU: sky blue / blue, lifted
    {FunctionKind::Silu, 0xFF56B4E9, 0xFF4A9BFF, false, {6.0, 2.0, 1.5, 2.0}, 4},
    // Mish: black / white-ish
    {FunctionKind::Mish, 0xFF000000, 0xFFE6E6E6, false, {4.0, 2.5}, 2},
    // Softplus: yellow, darkened to show on white
    {FunctionKind::Softplus, 0xFFB8A200, 0xFFF0E442, false, {4.0, 2.5}, 2},
    // tanh: as Mish, dashed
    {FunctionKind::Tanh, 0xFF000000, 0xFFE6E6E6, true, {1.0, 2.0}, 2},
    // sigmoid: as Softplus, dashed
    {FunctionKind::Sigmoid, 0xFFB8A200, 0xFFF0E442, true, {1.0, 2.0}, 2},
    // Typed functions: a purple none of the built-ins uses, f' dash-dot.
    {FunctionKind::Typed, 0xFF7B3FA0, 0xFFC9A0E8, false, {5.0, 2.0, 1.0, 2.0}, 4},
}};

constexpr bool styleOncePerKind() {
    std::array<bool, kStyleCount> seen{};
    for (const FunctionStyle& style : kStyles) {
        const auto index = static_cast<std::size_t>(style.kind);
        if (index >= kStyleCount || seen[index]) return false;
        seen[index] = true;
    }
    return true;
}
static_assert(styleOncePerKind(), "every FunctionKind needs exactly one style");

const FunctionStyle& styleOf(FunctionKind kind) {
    return *std::find_if(kStyles.begin(), kStyles.end(), [kind](const FunctionStyle& s) { return s.kind == kind; });
}

// The colours in kindIndex() order.
std::array<QColor, kStyleCount> colors(bool dark) {
    std::array<QColor, kStyleCount> result;
    std::vector<FunctionKind> kinds = allFunctionKinds();
    kinds.push_back(FunctionKind::Typed);
    for (const FunctionKind kind : kinds) {
        const FunctionStyle& style = styleOf(kind);
        result[static_cast<std::size_t>(kindIndex(kind))] = QColor::fromRgb(dark ? style.dark : style.light);
    }
    return result;
}

QVector<qreal> derivativeDashes(FunctionKind kind) {
    const FunctionStyle& style = styleOf(kind);
    return QVector<qreal>(style.derivativeDashes.begin(), style.derivativeDashes.begin() + style.derivativeDashCount);
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor text(0xE8, 0xE8, 0xE8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4C));
    p.setColor(QPalette::Midlight, QColor(0x3A, 0x3C, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xD8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

QPalette lightPalette() {
    QPalette p;
    const QColor window(0xF3, 0xF3, 0xF3);
    const QColor text(0x14, 0x14, 0x14);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xEA, 0xEA, 0xEA));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xDC));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xE3, 0xE3, 0xE3));
    p.setColor(QPalette::Mid, QColor(0xA0, 0xA0, 0xA0));
    p.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x72, 0xB2));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x90, 0x90, 0x90));
    }
    return p;
}

}  // namespace

int kindIndex(FunctionKind kind) noexcept {
    const std::vector<FunctionKind>& kinds = allFunctionKinds();
    return static_cast<int>(std::find(kinds.begin(), kinds.end(), kind) - kinds.begin());
}

QColor Theme::functionColor(FunctionKind kind, int ordinal) const {
    const QColor base = functionColors[static_cast<std::size_t>(kindIndex(kind))];
    if (kind == FunctionKind::Typed && ordinal > 1) {
        // Typed curves are different functions, not a family: distinct hues (purple, brown,
        // teal, olive, grey-blue, magenta), lighter or darker to stand off the background.
        static constexpr std::array<QRgb, 6> kLight{0xFF7B3FA0, 0xFF8C564B, 0xFF17868F,
                                                    0xFF7F7F00, 0xFF4F6D8F, 0xFFA0207A};
        static constexpr std::array<QRgb, 6> kDark{0xFFC9A0E8, 0xFFD4A08F, 0xFF5FD4DE,
                                                   0xFFD0D050, 0xFF9FB8D8, 0xFFE878C8};
        const auto index = static_cast<std::size_t>(ordinal - 1) % kLight.size();
        return QColor::fromRgb(id == ThemeId::Dark ? kDark[index] : kLight[index]);
    }
    if (ordinal <= 1) return base;
    // A sequential ramp in lightness, away from the background: on white each copy lighter, on
    // the dark background each darker, in steps a viewer can still order (4, then around again).
    const int step = (ordinal - 2) % 4 + 1;
    float hue = 0, saturation = 0, lightness = 0, alpha = 0;
    base.getHslF(&hue, &saturation, &lightness, &alpha);
    const float target = id == ThemeId::Dark ? 0.22f : 0.82f;
    lightness += (target - lightness) * static_cast<float>(step) / 5.0f;
    return QColor::fromHslF(hue, saturation, lightness, alpha);
}

QPen Theme::valuePen(FunctionKind kind, bool dragging, int ordinal) const {
    const double width = dragging ? dragPenWidth : penWidth;
    QPen pen(functionColor(kind, ordinal), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (styleOf(kind).dashedValue) {
        const double scale = penWidth / width;
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({10.0 * scale, 3.0 * scale});
    }
    return pen;
}

QPen Theme::derivativePen(FunctionKind kind, bool dragging, int ordinal) const {
    const double width = dragging ? dragPenWidth : penWidth;
    QPen pen(functionColor(kind, ordinal), width, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    // Dash lengths are in pen widths; a 1 px drag pen gets longer dashes so the pattern stays
    // recognisable at the same on-screen scale.
    const double scale = penWidth / width;
    QVector<qreal> dashes = derivativeDashes(kind);
    for (qreal& length : dashes) length *= scale;
    pen.setDashPattern(dashes);
    return pen;
}

QPen Theme::asymptotePen(FunctionKind kind, int ordinal) const {
    QColor color = functionColor(kind, ordinal);
    color.setAlphaF(0.55f);
    QPen pen(color, std::max(1.0, penWidth / 2.0), Qt::DotLine, Qt::FlatCap);
    return pen;
}

QIcon Theme::swatch(FunctionKind kind, int ordinal) const {
    constexpr int kWidth = 24;
    constexpr int kHeight = 12;
    QPixmap pixmap(kWidth, kHeight);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen = valuePen(kind, false, ordinal);
        pen.setWidthF(3.0);
        painter.setPen(pen);
        painter.drawLine(QPointF(2.0, kHeight / 2.0), QPointF(kWidth - 2.0, kHeight / 2.0));
    }
    return QIcon(pixmap);
}

Theme Theme::get(ThemeId id) {
    Theme t;
    t.id = id;
    switch (id) {
    case ThemeId::Light:
        t.name = QCoreApplication::translate("alab::Theme", "Light");
        t.background = Qt::white;
        t.foreground = QColor(0x20, 0x20, 0x20);
        t.grid = QColor(0, 0, 0, 28);
        t.zeroLine = QColor(0, 0, 0, 110);
        t.legendBackground = QColor(255, 255, 255, 225);
        t.legendBorder = QColor(0, 0, 0, 60);
        t.crosshair = QColor(0, 0, 0, 120);
        t.functionColors = colors(false);
        t.palette = lightPalette();
        break;
    case ThemeId::Dark:
        t.name = QCoreApplication::translate("alab::Theme", "Dark");
        t.background = QColor(0x1E, 0x1F, 0x22);
        t.foreground = QColor(0xD8, 0xD8, 0xD8);
        t.grid = QColor(255, 255, 255, 26);
        t.zeroLine = QColor(255, 255, 255, 100);
        t.legendBackground = QColor(0x2B, 0x2D, 0x31, 230);
        t.legendBorder = QColor(255, 255, 255, 60);
        t.crosshair = QColor(255, 255, 255, 130);
        t.functionColors = colors(true);
        t.palette = darkPalette();
        break;
    case ThemeId::Presentation:
        // For a projector, read from the back of a room: black on white, no translucent
        // greys, large type and thick lines.
        t.name = QCoreApplication::translate("alab::Theme", "Presentation");
        t.background = Qt::white;
        t.foreground = Qt::black;
        t.grid = QColor(0, 0, 0, 45);
        t.zeroLine = QColor(0, 0, 0, 200);
        t.legendBackground = QColor(255, 255, 255, 240);
        t.legendBorder = QColor(0, 0, 0, 160);
        t.crosshair = QColor(0, 0, 0, 170);
        t.functionColors = colors(false);
        t.palette = lightPalette();
        t.uiFontPointSize = 13;
        t.tickFontPointSize = 17;
        t.labelFontPointSize = 19;
        t.legendFontPointSize = 17;
        t.penWidth = 3.5;
        t.markerSize = 15.0;
        break;
    }
    return t;
}

std::string_view themeKey(ThemeId id) noexcept {
    switch (id) {
    case ThemeId::Light: return "light";
    case ThemeId::Dark: return "dark";
    case ThemeId::Presentation: break;
    }
    return "presentation";
}

std::optional<ThemeId> parseThemeKey(std::string_view key) noexcept {
    for (const ThemeId id : allThemes()) {
        if (themeKey(id) == key) return id;
    }
    return std::nullopt;
}

const std::array<ThemeId, 3>& allThemes() noexcept {
    static constexpr std::array<ThemeId, 3> kThemes = {ThemeId::Light, ThemeId::Dark, ThemeId::Presentation};
    return kThemes;
}

}  // namespace alab
