#include "app/gui/ProgressStrip.h"

#include <QPainter>

namespace lift3d {

ProgressStrip::ProgressStrip(QWidget* parent) : QWidget(parent) {
    setFixedHeight(6);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProgressStrip::setProgress(int done, int total) {
    const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
    if (fraction == m_fraction)
        return;
    m_fraction = fraction;
    update();
}

void ProgressStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    painter.drawRoundedRect(rect(), 3, 3);
    if (m_fraction > 0.0) {
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(QRectF(0, 0, width() * m_fraction, height()), 3, 3);
    }
}

} // namespace lift3d
