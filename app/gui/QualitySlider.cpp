#include "app/gui/QualitySlider.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <cmath>

namespace lift3d {
namespace {
constexpr int maxExponent = 7; // 2^7 = 128 steps
} // namespace

QualitySlider::QualitySlider(QWidget* parent) : QWidget(parent) {
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, maxExponent);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setValue(5); // 32 steps: full mode's default
    m_fastLabel = new QLabel(this);
    m_qualityLabel = new QLabel(this);
    m_qualityLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_valueLabel = new QLabel(this);
    m_valueLabel->setAlignment(Qt::AlignCenter);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 0, 0, 1, 2);
    layout->addWidget(m_fastLabel, 1, 0);
    layout->addWidget(m_qualityLabel, 1, 1);
    layout->addWidget(m_valueLabel, 2, 0, 1, 2);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT stepsSettled(steps()); });
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateLabel();
        Q_EMIT stepsChanged(steps());
        m_debounce.start();
    });
    retranslate();
}

int QualitySlider::steps() const {
    return 1 << m_slider->value();
}

void QualitySlider::setSteps(int steps) {
    const int exponent = int(std::lround(std::log2(std::max(steps, 1))));
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(std::clamp(exponent, 0, maxExponent));
    updateLabel();
}

void QualitySlider::setLastRunMs(double milliseconds) {
    m_lastRunMs = milliseconds;
    updateLabel();
}

void QualitySlider::retranslate() {
    m_fastLabel->setText(tr("Fast"));
    m_qualityLabel->setText(tr("Quality"));
    m_slider->setToolTip(tr("Sampling steps of the final mesh: more steps take longer and follow "
                            "the model more closely."));
    updateLabel();
}

void QualitySlider::updateLabel() {
    const QString steps = tr("%n step(s)", nullptr, this->steps());
    if (m_lastRunMs < 0)
        m_valueLabel->setText(steps);
    else
        m_valueLabel->setText(tr("%1 · last run %2 ms").arg(steps).arg(m_lastRunMs, 0, 'f', 0));
}

} // namespace lift3d
