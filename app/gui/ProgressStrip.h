#pragma once

#include <QWidget>

namespace lift3d {

// A thin progress bar for the sampling steps. Not QProgressBar: its setValue() repaints at once,
// and with an OpenGL viewport in the window every repaint recomposes the whole window, which a
// software renderer (Mesa llvmpipe) pays for with tens of milliseconds of the GUI thread. This
// one only schedules a repaint, so several updates share one frame.
class ProgressStrip : public QWidget {
    Q_OBJECT
public:
    explicit ProgressStrip(QWidget* parent = nullptr);
    void setProgress(int done, int total);
    double fraction() const { return m_fraction; }
    QSize sizeHint() const override { return {200, 6}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_fraction = 0.0;
};

} // namespace lift3d
