#pragma once

#include "core/geometry/Mesh.h"

namespace lift3d {

struct TaubinOptions {
    int iterations = 10; // each is one shrinking and one inflating pass
    float lambda = 0.5f; // shrink step, 0 < lambda < 1
    float mu = -0.53f;   // inflate step, mu < -lambda; the pair keeps the volume (Taubin 1995)
};

// Smooths the staircase of marching cubes without the shrinkage plain Laplacian smoothing
// causes: alternating steps toward and away from the mean of each vertex's neighbours act as a
// low-pass filter. Connectivity and colours are kept; normals are recomputed.
// Throws Error(InvalidArgument) when lambda or mu are outside the ranges above.
void taubinSmooth(Mesh& mesh, const TaubinOptions& options = {});

} // namespace lift3d
