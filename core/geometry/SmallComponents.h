#pragma once

#include "core/geometry/Mesh.h"

namespace lift3d {

// Splits the mesh into pieces connected through shared vertices and removes every piece with
// fewer than `minFraction` times the triangles of the largest one (0.1 keeps pieces at least a
// tenth of the main body). Floaters like these are typical of marching cubes on a learned field.
// Unused vertices are dropped; the order of what remains is kept. Returns the pieces removed.
int removeSmallComponents(Mesh& mesh, float minFraction);

// The number of pieces connected through shared vertices.
int countComponents(const Mesh& mesh);

} // namespace lift3d
