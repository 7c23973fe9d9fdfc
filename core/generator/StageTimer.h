#pragma once

#include <QElapsedTimer>

namespace lift3d {

// Times consecutive stages of one generation: each lap() returns the milliseconds since the
// previous lap (or since construction) and starts the next stage.
class StageTimer {
public:
    StageTimer() { m_timer.start(); }
    double lap() {
        const double ms = double(m_timer.nsecsElapsed()) / 1e6;
        m_timer.restart();
        return ms;
    }

private:
    QElapsedTimer m_timer;
};

} // namespace lift3d
