#include "app/gui/MaskCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace lift3d {

namespace {

// The background under a translucent wine red: the object keeps its own colours, so the user
// judges it as the model will see it. The outline is the thumbnail's yellow.
const QRgb backgroundTint = qPremultiply(qRgba(120, 0, 40, 150));
const QRgb outlineColor = qRgb(255, 196, 0);
constexpr int margin = 8; // around the picture, in logical pixels

QBrush checkerboard() {
    QImage tile(16, 16, QImage::Format_RGB32);
    tile.fill(QColor(204, 204, 204));
    QPainter painter(&tile);
    painter.fillRect(0, 0, 8, 8, QColor(153, 153, 153));
    painter.fillRect(8, 8, 8, 8, QColor(153, 153, 153));
    return QBrush(tile);
}

QRect pixelsCovering(const QPointF& a, const QPointF& b) {
    const QRectF box = QRectF(a, b).normalized();
    return QRect(QPoint(int(std::floor(box.left())), int(std::floor(box.top()))),
                 QPoint(int(std::ceil(box.right())) - 1, int(std::ceil(box.bottom())) - 1));
}

} // namespace

MaskCanvas::MaskCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // A click on the picture takes the focus from the brush-size box, so [ and ] (and the tool
    // keys) act on the brush rather than typing into the box.
    setFocusPolicy(Qt::ClickFocus);
}

void MaskCanvas::setPicture(const QImage& image, const QImage& automaticMask, const QImage& mask) {
    // The raster engine's own format: scaled and drawn without a conversion each time.
    m_picture = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    m_edits = MaskEdits(automaticMask, mask);
    m_drag = Drag::None;
    rescale();
    Q_EMIT maskChanged();
}

void MaskCanvas::setTool(Tool tool) {
    if (tool == m_tool)
        return;
    m_tool = tool;
    update();
    Q_EMIT toolChanged(tool);
}

void MaskCanvas::setBrushSize(int pixels) {
    m_brushSize = std::max(1, pixels);
    update();
}

void MaskCanvas::keepInside(const QRect& pictureRect) {
    refresh(m_edits.keepInside(pictureRect));
    Q_EMIT maskChanged();
}

void MaskCanvas::paintStroke(MaskBrush brush, const QList<QPointF>& picturePoints) {
    if (picturePoints.isEmpty())
        return;
    QRect changed = m_edits.beginStroke(brush, m_brushSize, picturePoints.first());
    for (qsizetype i = 1; i < picturePoints.size(); ++i)
        changed |= m_edits.continueStroke(picturePoints.at(i));
    m_edits.endStroke();
    refresh(changed);
    Q_EMIT maskChanged();
}

void MaskCanvas::undo() {
    m_drag = Drag::None;
    refresh(m_edits.undo());
    Q_EMIT maskChanged();
}

void MaskCanvas::resetToAutomatic() {
    m_drag = Drag::None;
    refresh(m_edits.resetToAutomatic());
    Q_EMIT maskChanged();
}

QRectF MaskCanvas::pictureArea() const {
    if (m_scaledPicture.isNull())
        return {};
    const QSizeF size = QSizeF(m_scaledPicture.size()) / m_scaledPicture.devicePixelRatio();
    return QRectF(QPointF((width() - size.width()) / 2.0, (height() - size.height()) / 2.0), size);
}

QPointF MaskCanvas::toPicture(const QPointF& widgetPoint) const {
    const QRectF area = pictureArea();
    if (area.isEmpty())
        return {};
    return (widgetPoint - area.topLeft()) * (m_picture.width() / area.width());
}

QPointF MaskCanvas::toWidget(const QPointF& picturePoint) const {
    const QRectF area = pictureArea();
    if (m_picture.isNull())
        return {};
    return area.topLeft() + picturePoint * (area.width() / m_picture.width());
}

void MaskCanvas::rescale() {
    if (m_picture.isNull()) {
        m_scaledPicture = m_overlay = QImage();
        update();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize available = size() - QSize(2 * margin, 2 * margin);
    const QSize device =
        (QSizeF(m_picture.size().scaled(available.expandedTo({1, 1}), Qt::KeepAspectRatio)) * ratio)
            .toSize()
            .expandedTo({1, 1});
    m_scaledPicture = m_picture.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_scaledPicture.setDevicePixelRatio(ratio);
    m_overlay = QImage(device, QImage::Format_ARGB32_Premultiplied);
    m_overlay.setDevicePixelRatio(ratio);
    refresh(m_picture.rect());
}

void MaskCanvas::refresh(const QRect& changed) {
    if (changed.isEmpty() || m_overlay.isNull())
        return;
    const QImage& mask = m_edits.mask();
    const int width = m_overlay.width(), height = m_overlay.height();
    const double scaleX = double(width) / mask.width(), scaleY = double(height) / mask.height();
    // The outline is about 1.5 logical pixels wide, whatever the zoom and the screen.
    const int thickness = std::max(1, int(std::lround(1.5 * m_overlay.devicePixelRatio())));
    // Overlay pixels whose sampled mask pixel changed, and those close enough to see it in
    // their outline test.
    const QRect area =
        QRect(QPoint(int(std::floor(changed.left() * scaleX)) - thickness - 1,
                     int(std::floor(changed.top() * scaleY)) - thickness - 1),
              QPoint(int(std::ceil((changed.right() + 1) * scaleX)) + thickness + 1,
                     int(std::ceil((changed.bottom() + 1) * scaleY)) + thickness + 1)) &
        m_overlay.rect();
    // Each overlay pixel shows the mask pixel under its centre. Sampled once for the area and
    // `thickness` around it; beyond the picture counts as background.
    const QRect grown = area.adjusted(-thickness, -thickness, thickness, thickness);
    const int stride = grown.width();
    std::vector<uchar> object(std::size_t(stride) * std::size_t(grown.height()), 0);
    std::vector<int> column(std::size_t(stride), -1);
    for (int x = std::max(grown.left(), 0); x <= std::min(grown.right(), width - 1); ++x)
        column[std::size_t(x - grown.left())] = std::min(int((x + 0.5) / scaleX), mask.width() - 1);
    for (int y = std::max(grown.top(), 0); y <= std::min(grown.bottom(), height - 1); ++y) {
        const uchar* source =
            mask.constScanLine(std::min(int((y + 0.5) / scaleY), mask.height() - 1));
        uchar* sampled = object.data() + std::size_t(y - grown.top()) * std::size_t(stride);
        for (int i = 0; i < stride; ++i)
            sampled[i] = column[std::size_t(i)] >= 0 && source[column[std::size_t(i)]] != 0;
    }
    for (int y = area.top(); y <= area.bottom(); ++y) {
        auto* out = reinterpret_cast<QRgb*>(m_overlay.scanLine(y));
        const uchar* here = object.data() + std::size_t(y - grown.top()) * std::size_t(stride) +
                            (area.left() - grown.left());
        for (int x = area.left(); x <= area.right(); ++x, ++here) {
            if (!*here) {
                out[x] = backgroundTint;
                continue;
            }
            bool boundary = false;
            for (int d = 1; d <= thickness && !boundary; ++d)
                boundary = !here[-d] || !here[d] || !here[-d * stride] || !here[d * stride];
            out[x] = boundary ? outlineColor : 0;
        }
    }
    const QRectF picture = pictureArea();
    const qreal ratio = m_overlay.devicePixelRatio();
    update(QRectF(picture.topLeft() + QPointF(area.topLeft()) / ratio, QSizeF(area.size()) / ratio)
               .toAlignedRect()
               .adjusted(-1, -1, 1, 1));
}

QRect MaskCanvas::rubberBand() const {
    if (m_drag != Drag::Rectangle || m_pointer.x() < 0)
        return {};
    return QRectF(toWidget(m_dragStart), m_pointer).normalized().toRect();
}

void MaskCanvas::paintEvent(QPaintEvent*) {
    if (!m_overlay.isNull() && !qFuzzyCompare(m_overlay.devicePixelRatio(), devicePixelRatioF()))
        rescale(); // moved to a screen with another scale
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_scaledPicture.isNull())
        return;
    const QRectF area = pictureArea();
    static const QBrush transparency = checkerboard();
    painter.fillRect(area, transparency); // what is transparent in the picture
    painter.drawImage(area.topLeft(), m_scaledPicture);
    painter.drawImage(area.topLeft(), m_overlay);

    painter.setRenderHint(QPainter::Antialiasing);
    if (const QRect band = rubberBand(); !band.isNull()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 1));
        painter.drawRect(band);
        painter.setPen(QPen(Qt::white, 1, Qt::DashLine));
        painter.drawRect(band);
    } else if (m_tool != Tool::Rectangle && m_pointer.x() >= 0) {
        const double radius = m_brushSize * area.width() / m_picture.width() / 2.0;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 2.5));
        painter.drawEllipse(m_pointer, radius, radius);
        painter.setPen(QPen(m_tool == Tool::Include ? Qt::white : QColor(255, 120, 150), 1.2));
        painter.drawEllipse(m_pointer, radius, radius);
    }
}

void MaskCanvas::resizeEvent(QResizeEvent* event) {
    rescale();
    QWidget::resizeEvent(event);
}

void MaskCanvas::mousePressEvent(QMouseEvent* event) {
    if (m_picture.isNull() || m_drag != Drag::None)
        return;
    const QPointF point = toPicture(event->position());
    m_pointer = event->position();
    if (m_tool == Tool::Rectangle) {
        if (event->button() != Qt::LeftButton)
            return;
        m_drag = Drag::Rectangle;
        m_dragStart = point;
        update();
        return;
    }
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    // The right button paints the other kind: a slip is undone without changing tools.
    const bool include = (m_tool == Tool::Include) == (event->button() == Qt::LeftButton);
    m_drag = Drag::Stroke;
    refresh(
        m_edits.beginStroke(include ? MaskBrush::Include : MaskBrush::Exclude, m_brushSize, point));
}

void MaskCanvas::mouseMoveEvent(QMouseEvent* event) {
    m_pointer = event->position();
    if (m_drag == Drag::Stroke)
        refresh(m_edits.continueStroke(toPicture(event->position())));
    update(); // the brush outline or the rubber band follows the pointer
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton)
        return;
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::Stroke) {
        refresh(m_edits.continueStroke(toPicture(event->position())));
        m_edits.endStroke();
        Q_EMIT maskChanged();
    } else if (drag == Drag::Rectangle) {
        const QPointF end = toPicture(event->position());
        const QRectF onScreen = QRectF(toWidget(m_dragStart), event->position()).normalized();
        // A click, or a drag of a few pixels, is no box around an object.
        if (onScreen.width() >= 4 && onScreen.height() >= 4)
            keepInside(pixelsCovering(m_dragStart, end));
        update();
    }
}

void MaskCanvas::leaveEvent(QEvent* event) {
    m_pointer = QPointF(-1, -1);
    update();
    QWidget::leaveEvent(event);
}

} // namespace lift3d
