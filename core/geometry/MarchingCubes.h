#pragma once

#include "core/geometry/Mesh.h"
#include "core/geometry/ScalarGrid.h"

namespace lift3d {

// What happens where the surface reaches the edge of the grid.
enum class GridBoundary {
    Open,   // the surface is cut off at the last sample: the mesh has a hole there
    Closed, // the grid is treated as surrounded by "outside" samples: the mesh is always closed
};

struct MarchingCubesOptions {
    float isoValue = 0.0f; // samples below it are inside
    GridBoundary boundary = GridBoundary::Closed;
};

// Extracts the surface `value == isoValue` of `grid` as a triangle mesh with outward normals
// (from inside, value < iso, toward outside) and counter-clockwise triangles seen from outside.
// Vertices on a lattice edge are shared by every triangle that touches that edge, and faces with
// two inside corners on a diagonal are always split the same way from both sides, so a field
// whose inside region does not touch an Open boundary gives a closed, edge-manifold mesh: every
// edge is shared by exactly two triangles. Returns an empty mesh when nothing is inside (or
// everything is). Throws Error(InvalidArgument) for a grid smaller than 2 samples on an axis.
Mesh marchingCubes(const ScalarGrid& grid, const MarchingCubesOptions& options = {});

} // namespace lift3d
