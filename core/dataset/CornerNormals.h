#pragma once

#include "core/dataset/TexturedMesh.h"

#include <glm/vec3.hpp>
#include <vector>

namespace lift3d {

// One unit normal per triangle corner (per index), so the renderer can shade a faceted curved
// surface smoothly. A corner's normal is the area-weighted mean of the normals of the triangles
// that share its position and bend away from its own triangle by less than `creaseAngle`
// (radians), each turned to agree with its own triangle first, because catalog models do not
// wind consistently. Positions are matched exactly rather than by index: loaders split vertices
// wherever UVs or materials change. Hard edges (a box's) stay hard; degenerate triangles get
// zero normals, which the renderer shades flat. Costs about as much as one render; compute it
// once per mesh when rendering many views.
std::vector<glm::vec3> cornerNormals(const TexturedMesh& mesh, float creaseAngle = 0.7f);

} // namespace lift3d
