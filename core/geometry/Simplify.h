#pragma once

#include "core/geometry/Mesh.h"

#include <cstddef>

namespace lift3d {

// Reduces the mesh to at most `targetTriangles` triangles with meshoptimizer's edge-collapse
// simplifier, which keeps the silhouette and topology where it can. When topology stops it
// short of the target (more than 10% over), meshoptimizer's sloppy simplifier finishes the job
// at the cost of topology. Vertices keep their colours (collapses only move a vertex onto a
// neighbour); unused ones are removed and normals recomputed. A mesh already at or below the
// target is left as it is. Throws Error(InvalidArgument) for a target below 4.
void simplify(Mesh& mesh, std::size_t targetTriangles);

} // namespace lift3d
