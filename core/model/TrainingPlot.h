#pragma once

#include <QImage>
#include <QString>

namespace lift3d {

// Loss curves from a training run's loss.csv (phase, step, loss, validation_loss, elapsed):
// one panel per phase, training loss (smoothed) and validation loss, log scale.
// Needs a QGuiApplication (fonts).
QImage plotTrainingLoss(const QString& csvPath);

} // namespace lift3d
