#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

namespace lift3d {

// How long a request took until its preview and its final mesh were on screen: what the user
// waits for, measured from the drop (or slider move) to the first presented frame.
class OnScreenTiming {
    Q_DECLARE_TR_FUNCTIONS(OnScreenTiming)
public:
    // A new request: both times unknown until shown.
    void start() {
        m_timer.start();
        m_previewMs = m_finalMs = -1.0;
    }
    // The preview (or the final mesh) is on screen now.
    void shown(bool preview) {
        if (!m_timer.isValid())
            return;
        (preview ? m_previewMs : m_finalMs) = double(m_timer.nsecsElapsed()) / 1e6;
    }
    double previewMs() const { return m_previewMs; }
    double finalMs() const { return m_finalMs; }
    // For the status bar, e.g. "preview on screen 180 ms · final on screen 900 ms".
    QString text() const {
        QStringList parts;
        if (m_previewMs >= 0)
            parts << tr("preview on screen %1 ms").arg(m_previewMs, 0, 'f', 0);
        if (m_finalMs >= 0)
            parts << tr("final on screen %1 ms").arg(m_finalMs, 0, 'f', 0);
        return parts.join(QStringLiteral(" · "));
    }

private:
    QElapsedTimer m_timer;
    double m_previewMs = -1.0;
    double m_finalMs = -1.0;
};

} // namespace lift3d
