#pragma once
// Measures of a mask the tests compare against what they drew.

#include <QImage>
#include <QPointF>

namespace lift3d::test {

// Pixels at or above 128 (any format; converted to Grayscale8).
inline int maskArea(const QImage& mask) {
    const QImage grey = mask.convertToFormat(QImage::Format_Grayscale8);
    int n = 0;
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            n += grey.constScanLine(y)[x] >= 128;
    return n;
}

// Mean position of those pixels; (-1, -1) for an empty mask.
inline QPointF maskCentroid(const QImage& mask) {
    const QImage grey = mask.convertToFormat(QImage::Format_Grayscale8);
    double sx = 0, sy = 0, n = 0;
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            if (grey.constScanLine(y)[x] >= 128) {
                sx += x;
                sy += y;
                ++n;
            }
    return n > 0 ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

} // namespace lift3d::test
