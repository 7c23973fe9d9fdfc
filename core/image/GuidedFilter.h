#pragma once

#include <QImage>

namespace lift3d {

// Edge-aware smoothing of `input` (Format_Grayscale8, e.g. a mask probability scaled up from a
// network's low resolution) guided by the picture's brightness (He, Sun and Tang, "Guided Image
// Filtering", ECCV 2010): within each (2 radius + 1)^2 window the output is a linear function of
// the guide, so a soft, blocky edge snaps to the picture's own edge. `epsilon` (on 0..1 values)
// sets how strong an edge must be to be followed. Returns Format_Grayscale8 of the same size;
// `guide` is any format of the same size.
QImage guidedFilter(const QImage& input, const QImage& guide, int radius, double epsilon);

} // namespace lift3d
