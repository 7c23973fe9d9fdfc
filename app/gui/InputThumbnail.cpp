#include "app/gui/InputThumbnail.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace lift3d {

InputThumbnail::InputThumbnail(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void InputThumbnail::setImage(const QImage& image, const QImage& mask) {
    // Work at thumbnail size: the outline only needs to be as sharp as what is shown.
    const QSize size =
        image.size().scaled(QSize(480, 480), Qt::KeepAspectRatio).boundedTo(image.size());
    m_image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage smallMask = mask.scaled(size, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                 .convertToFormat(QImage::Format_Grayscale8);
    m_outline = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_outline.fill(Qt::transparent);
    const QRgb outlineColor = qRgb(255, 196, 0);
    for (int y = 0; y < size.height(); ++y) {
        const uchar* row = smallMask.constScanLine(y);
        const uchar* above = smallMask.constScanLine(std::max(y - 1, 0));
        const uchar* below = smallMask.constScanLine(std::min(y + 1, size.height() - 1));
        auto* out = reinterpret_cast<QRgb*>(m_outline.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            if (row[x] < 128)
                continue;
            const bool boundary = x == 0 || x == size.width() - 1 || y == 0 ||
                                  y == size.height() - 1 || row[x - 1] < 128 || row[x + 1] < 128 ||
                                  above[x] < 128 || below[x] < 128;
            if (boundary)
                out[x] = outlineColor;
        }
    }
    updateEditable();
}

void InputThumbnail::setEditAction(QAction* action) {
    m_editAction = action;
    connect(action, &QAction::changed, this, &InputThumbnail::updateEditable);
    updateEditable();
}

bool InputThumbnail::isEditable() const {
    return m_editAction && m_editAction->isEnabled() && hasImage();
}

void InputThumbnail::updateEditable() {
    const bool editable = isEditable();
    setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(editable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(editable ? tr("Click to correct the outline of the object (%1).")
                              .arg(m_editAction->shortcut().toString(QKeySequence::NativeText))
                        : QString());
    update();
}

void InputThumbnail::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        updateEditable();
    QWidget::changeEvent(event);
}

void InputThumbnail::mouseReleaseEvent(QMouseEvent* event) {
    if (isEditable() && event->button() == Qt::LeftButton && rect().contains(event->pos()))
        m_editAction->trigger();
    QWidget::mouseReleaseEvent(event);
}

void InputThumbnail::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (isEditable() && (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)) {
        m_editAction->trigger();
        return;
    }
    QWidget::keyPressEvent(event);
}

void InputThumbnail::clear() {
    m_image = QImage();
    m_outline = QImage();
    updateEditable();
}

void InputThumbnail::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
            tr("The photo you drop appears here, with the object Lift3D found outlined."));
        return;
    }
    const QSize fitted = m_image.size().scaled(size() - QSize(8, 8), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                       fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    // Thicken the one-pixel outline a little when the thumbnail is shown enlarged or reduced.
    for (const QPoint offset : {QPoint(0, 0), QPoint(1, 0), QPoint(0, 1)})
        painter.drawImage(target.translated(offset), m_outline);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

} // namespace lift3d
