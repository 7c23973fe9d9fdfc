#pragma once

#include "core/geometry/ScalarGrid.h"

#include <QImage>

namespace lift3d {

// How well a field in the output frame fills the picture's silhouette, without a mesh: the
// lattice columns along the view direction (z) that hold any inside, against the mask sampled
// where each column projects. The conditioning crop is square around the object with `margin`
// of its longest side on each side, so a unit object spans 1 + 2 * margin units of the picture
// (orthographic, which the model's frame approximates). Returns the IoU over the lattice's x/y
// (1 when both are empty). `mask`: Grayscale8, >= 128 is object.
double columnSilhouetteIoU(const ScalarGrid& field, const QImage& mask, float margin = 0.1f);

} // namespace lift3d
