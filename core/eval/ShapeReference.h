#pragma once

#include "core/dataset/ViewFrame.h"
#include "core/geometry/Mesh.h"
#include "core/geometry/ScalarGrid.h"

#include <vector>

namespace lift3d {

// A mesh as an inside/outside field on the shape lattice (n^3). Only the sign is used, so
// distances are truncated at one spacing, which keeps the per-triangle work small.
ScalarGrid voxelise(const Mesh& mesh, int n);

// The ground truth of one view, treated exactly like a generated shape.
struct ShapeReference {
    ScalarGrid field32, field64;
    std::vector<glm::vec3> points; // on the surface
};

// The object's field in the view frame is meshed, normalised to the output frame and voxelised
// with the same watertight signed distance as a generated mesh, so thin parts count the same on
// both sides.
ShapeReference referenceFor(const ScalarGrid& canonical, float truncation, const ViewCamera& camera,
                            int points, unsigned seed);

} // namespace lift3d
