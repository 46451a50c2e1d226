#include "curvestyle.h"

#include <QPainter>
#include <QPixmap>

namespace alab {

QColor functionColor(FunctionKind kind) {
    switch (kind) {
    case FunctionKind::Elu: return QColor(0x00, 0x72, 0xB2);        // blue
    case FunctionKind::Selu: return QColor(0xD5, 0x5E, 0x00);       // vermillion
    case FunctionKind::Relu: return QColor(0x00, 0x9E, 0x73);       // bluish green
    case FunctionKind::LeakyRelu: return QColor(0xCC, 0x79, 0xA7);  // reddish purple
    }
    return QColor(0x00, 0x00, 0x00);
}

QPen valuePen(FunctionKind kind) {
    QPen pen(functionColor(kind), kCurvePenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    return pen;
}

QPen derivativePen(FunctionKind kind) {
    QPen pen(functionColor(kind), kCurvePenWidth, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    // Lengths are in pen widths.
    switch (kind) {
    case FunctionKind::Elu: pen.setDashPattern({4.0, 2.5}); break;
    case FunctionKind::Selu: pen.setDashPattern({6.0, 2.0, 1.5, 2.0}); break;
    case FunctionKind::Relu: pen.setDashPattern({2.0, 2.0}); break;
    case FunctionKind::LeakyRelu: pen.setDashPattern({7.0, 3.0}); break;
    }
    return pen;
}

QIcon functionSwatch(FunctionKind kind) {
    constexpr int kWidth = 24;
    constexpr int kHeight = 12;
    QPixmap pixmap(kWidth, kHeight);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen = valuePen(kind);
        pen.setWidthF(3.0);
        painter.setPen(pen);
        painter.drawLine(QPointF(2.0, kHeight / 2.0), QPointF(kWidth - 2.0, kHeight / 2.0));
    }
    return QIcon(pixmap);
}

}  // namespace alab
