#pragma once

#include "core/geometry/Mesh.h"

namespace lift3d {

// Replaces `mesh.normals` with one unit normal per vertex: the area-weighted mean of the normals
// of the triangles around it, so large faces count more than slivers. Vertices no triangle
// touches (or only degenerate ones) get (0, 1, 0).
void computeVertexNormals(Mesh& mesh);

} // namespace lift3d
