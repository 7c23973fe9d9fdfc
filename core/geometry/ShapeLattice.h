#pragma once

#include "core/geometry/ScalarGrid.h"

#include <glm/vec3.hpp>

namespace lift3d {

// The lattice every Lift3D shape field uses, whatever made it (dataset, model, baselines): n^3
// samples over [-fieldHalfExtent, fieldHalfExtent]^3, the unit box of the output frame
// (docs/architecture.md, "Output frame") plus a margin.
constexpr float fieldHalfExtent = 0.55f;

// An n^3 shape lattice with every sample set to `fill`.
ScalarGrid shapeLattice(int n, float fill = 0.0f);

// Trilinear lookup of `field` at `position` (world units). Positions beyond the grid, even by a
// fraction of a cell, read `outsideValue`; never throws.
float sampleField(const ScalarGrid& field, const glm::vec3& position, float outsideValue);

} // namespace lift3d
