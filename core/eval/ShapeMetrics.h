#pragma once

#include "core/geometry/Mesh.h"
#include "core/geometry/ScalarGrid.h"

#include <QImage>
#include <vector>

namespace lift3d {

// Intersection over union of the inside regions (value < 0) of two fields on the same lattice.
// 1 when both are empty. Throws Error(InvalidArgument) for different lattices.
double volumetricIoU(const ScalarGrid& a, const ScalarGrid& b);

// `count` points on the surface, uniformly by area, reproducible for a seed.
std::vector<glm::vec3> sampleSurfacePoints(const Mesh& mesh, int count, unsigned seed);

struct SurfaceDistances {
    double chamferL1 = 0;    // mean of accuracy and completeness (Euclidean, not squared)
    double accuracy = 0;     // mean distance from predicted points to the reference
    double completeness = 0; // mean distance from reference points to the prediction
    // F-scores at 1%, 2% and 5% of the longest side: both shapes are centred and scaled to
    // longest side 1 (the output frame), so the thresholds are 0.01, 0.02 and 0.05.
    double fscore1 = 0;
    double fscore2 = 0;
    double fscore5 = 0; // tolerant enough to rate coarse shapes that 1% and 2% call all wrong
};

// Chamfer-L1 and F-scores between two point sets (Occupancy Networks' and Tatarchenko et al.'s
// definitions). Empty sets give the worst scores (distance 1, F-score 0).
SurfaceDistances compareSurfaces(const std::vector<glm::vec3>& predicted,
                                 const std::vector<glm::vec3>& reference);

// How well the shape explains the input silhouette without 3D ground truth: the mesh is
// projected orthographically from camera elevations -5..45 degrees, its silhouette is cropped
// and resized exactly as the conditioning image was (square around the object with `margin`),
// and the best IoU against `mask` (Grayscale8, >= 128 is object) is returned.
double silhouetteIoU(const Mesh& mesh, const QImage& mask, float margin);

} // namespace lift3d
