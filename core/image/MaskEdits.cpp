#include "core/image/MaskEdits.h"

#include <algorithm>
#include <cmath>

namespace lift3d {

namespace {

QImage binarised(const QImage& mask) {
    QImage result = mask.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < result.height(); ++y) {
        uchar* row = result.scanLine(y);
        for (int x = 0; x < result.width(); ++x)
            row[x] = row[x] >= 128 ? 255 : 0;
    }
    return result;
}

// Squared distance from `p` to the segment a-b.
double squaredDistanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0.0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

QRect paintSegment(QImage& mask, const QPointF& a, const QPointF& b, double radius, uchar value) {
    const QRect bounds = mask.rect();
    const QRect box = QRect(QPoint(int(std::floor(std::min(a.x(), b.x()) - radius)),
                                   int(std::floor(std::min(a.y(), b.y()) - radius))),
                            QPoint(int(std::floor(std::max(a.x(), b.x()) + radius)),
                                   int(std::floor(std::max(a.y(), b.y()) + radius)))) &
                      bounds;
    QRect painted;
    const double radiusSquared = radius * radius;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        uchar* row = mask.scanLine(y);
        int first = -1, last = -1;
        for (int x = box.left(); x <= box.right(); ++x) {
            if (squaredDistanceToSegment(QPointF(x + 0.5, y + 0.5), a, b) > radiusSquared)
                continue;
            row[x] = value;
            if (first < 0)
                first = x;
            last = x;
        }
        if (first >= 0)
            painted |= QRect(first, y, last - first + 1, 1);
    }
    // However thin the brush, the pixels under the ends are painted.
    for (const QPointF& end : {a, b}) {
        const QPoint pixel(int(std::floor(end.x())), int(std::floor(end.y())));
        if (bounds.contains(pixel)) {
            mask.scanLine(pixel.y())[pixel.x()] = value;
            painted |= QRect(pixel, QSize(1, 1));
        }
    }
    return painted;
}

} // namespace

QRect paintMaskStroke(QImage& mask, const QList<QPointF>& points, double diameter, uchar value) {
    if (points.isEmpty() || mask.isNull())
        return {};
    const double radius = std::max(diameter, 1.0) / 2.0;
    QRect painted = paintSegment(mask, points.first(), points.first(), radius, value);
    for (qsizetype i = 1; i < points.size(); ++i)
        painted |= paintSegment(mask, points.at(i - 1), points.at(i), radius, value);
    return painted;
}

MaskEdits::MaskEdits(const QImage& automaticMask, const QImage& current)
    : m_automatic(binarised(automaticMask)), m_mask(m_automatic) {
    if (!current.isNull() && current.size() == m_automatic.size())
        m_mask = binarised(current);
}

bool MaskEdits::hasObject() const {
    for (int y = 0; y < m_mask.height(); ++y) {
        const uchar* row = m_mask.constScanLine(y);
        if (std::any_of(row, row + m_mask.width(), [](uchar v) { return v != 0; }))
            return true;
    }
    return false;
}

QRect MaskEdits::record(const QImage& before, const QRect& area) {
    QRect changed;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar* was = before.constScanLine(y);
        const uchar* is = m_mask.constScanLine(y);
        int first = area.left();
        while (first <= area.right() && was[first] == is[first])
            ++first;
        if (first > area.right())
            continue;
        int last = area.right();
        while (was[last] == is[last])
            --last;
        changed |= QRect(first, y, last - first + 1, 1);
    }
    if (changed.isEmpty())
        return {};
    m_undo.push_back({changed, before.copy(changed)});
    m_undoBytes += m_undo.back().before.sizeInBytes();
    while (m_undo.size() > 1 && (int(m_undo.size()) > maxUndoSteps || m_undoBytes > maxUndoBytes)) {
        m_undoBytes -= m_undo.front().before.sizeInBytes();
        m_undo.erase(m_undo.begin());
    }
    return changed;
}

QRect MaskEdits::keepInside(const QRect& rect) {
    endStroke();
    const QRect inside = rect.normalized() & m_mask.rect();
    if (inside.isEmpty())
        return {};
    const QImage before = m_mask;
    bool objectInside = false;
    for (int y = inside.top(); y <= inside.bottom() && !objectInside; ++y) {
        const uchar* row = m_mask.constScanLine(y) + inside.left();
        objectInside = std::any_of(row, row + inside.width(), [](uchar v) { return v != 0; });
    }
    for (int y = 0; y < m_mask.height(); ++y) {
        uchar* row = m_mask.scanLine(y);
        const bool rowInside = y >= inside.top() && y <= inside.bottom();
        for (int x = 0; x < m_mask.width(); ++x) {
            if (!rowInside || x < inside.left() || x > inside.right())
                row[x] = 0;
            else if (!objectInside)
                row[x] = 255;
        }
    }
    return record(before, m_mask.rect());
}

QRect MaskEdits::beginStroke(MaskBrush brush, double diameter, const QPointF& point) {
    endStroke();
    m_stroking = true;
    m_strokeBefore = m_mask; // shared until the first pixel is painted
    m_strokeDiameter = diameter;
    m_strokeValue = brush == MaskBrush::Include ? 255 : 0;
    m_strokeLast = point;
    m_strokeArea = paintMaskStroke(m_mask, {point}, m_strokeDiameter, m_strokeValue);
    return m_strokeArea;
}

QRect MaskEdits::continueStroke(const QPointF& point) {
    if (!m_stroking)
        return {};
    const QRect painted =
        paintMaskStroke(m_mask, {m_strokeLast, point}, m_strokeDiameter, m_strokeValue);
    m_strokeLast = point;
    m_strokeArea |= painted;
    return painted;
}

void MaskEdits::endStroke() {
    if (!m_stroking)
        return;
    m_stroking = false;
    record(m_strokeBefore, m_strokeArea);
    m_strokeBefore = QImage();
    m_strokeArea = QRect();
}

QRect MaskEdits::resetToAutomatic() {
    endStroke();
    const QImage before = m_mask;
    m_mask = m_automatic;
    return record(before, m_mask.rect());
}

QRect MaskEdits::undo() {
    endStroke();
    if (m_undo.empty())
        return {};
    const UndoStep step = std::move(m_undo.back());
    m_undo.pop_back();
    m_undoBytes -= step.before.sizeInBytes();
    for (int y = 0; y < step.area.height(); ++y)
        std::copy_n(step.before.constScanLine(y), step.area.width(),
                    m_mask.scanLine(step.area.top() + y) + step.area.left());
    return step.area;
}

} // namespace lift3d
