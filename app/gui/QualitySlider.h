#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QSlider;

namespace lift3d {

// Fast ... Quality: the number of sampling steps (1, 2, 4, ..., 128) with the measured time of
// the last full-mode run beside it. `stepsSettled` fires once the handle has rested for a
// moment, so dragging across the scale starts one generation, not eight.
class QualitySlider : public QWidget {
    Q_OBJECT
public:
    static constexpr int debounceMs = 300;

    explicit QualitySlider(QWidget* parent = nullptr);
    int steps() const;
    void setSteps(int steps); // rounded to the nearest power of two in range
    void setLastRunMs(double milliseconds);
    void retranslate();
    QSlider* slider() const { return m_slider; }

Q_SIGNALS:
    void stepsChanged(int steps);
    void stepsSettled(int steps);

private:
    void updateLabel();

    QSlider* m_slider;
    QLabel* m_fastLabel;
    QLabel* m_qualityLabel;
    QLabel* m_valueLabel;
    QTimer m_debounce;
    double m_lastRunMs = -1.0;
};

} // namespace lift3d
