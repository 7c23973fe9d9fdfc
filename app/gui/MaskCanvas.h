#pragma once

#include "core/image/MaskEdits.h"

#include <QImage>
#include <QWidget>

namespace lift3d {

// The picture, scaled to fit, under its object mask: the background tinted, the object's outline
// drawn; the mouse edits the mask (MaskEdits). With the rectangle tool a drag marks the box the
// object lies in; with a brush, a left drag paints the brush's kind and a right drag the other.
class MaskCanvas : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Rectangle, Include, Exclude };
    Q_ENUM(Tool)

    explicit MaskCanvas(QWidget* parent = nullptr);
    // `image` and both masks of one size; edits start from `mask` (see MaskEdits).
    void setPicture(const QImage& image, const QImage& automaticMask, const QImage& mask);
    const MaskEdits& edits() const { return m_edits; }

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    // The brush's diameter in pixels of the picture.
    void setBrushSize(int pixels);
    int brushSize() const { return m_brushSize; }

    // The edits of MaskEdits, redrawn; what the mouse does goes through these too.
    void keepInside(const QRect& pictureRect);
    void paintStroke(MaskBrush brush, const QList<QPointF>& picturePoints);
    void undo();
    void resetToAutomatic();

    // Where a point of the widget lies on the picture, in picture pixels, and back.
    QPointF toPicture(const QPointF& widgetPoint) const;
    QPointF toWidget(const QPointF& picturePoint) const;

    QSize sizeHint() const override { return {720, 540}; }
    QSize minimumSizeHint() const override { return {240, 180}; }

Q_SIGNALS:
    // After every edit, undo and reset.
    void maskChanged();
    void toolChanged(lift3d::MaskCanvas::Tool tool);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // The rectangle the picture fills, in widget coordinates.
    QRectF pictureArea() const;
    // Picture and overlay at the size they are drawn, in device pixels.
    void rescale();
    // Recomputes the overlay over `pictureArea` (picture pixels) and schedules its repaint.
    void refresh(const QRect& pictureArea);
    QRect rubberBand() const;

    MaskEdits m_edits;
    QImage m_picture;
    QImage m_scaledPicture; // device pixels, drawn 1:1
    QImage m_overlay;       // the same size: tinted background, outline, transparent object
    Tool m_tool = Tool::Rectangle;
    int m_brushSize = 8;
    // The drag in progress.
    enum class Drag { None, Rectangle, Stroke };
    Drag m_drag = Drag::None;
    QPointF m_dragStart;       // picture pixels
    QPointF m_pointer{-1, -1}; // widget coordinates; negative: outside
};

} // namespace lift3d
