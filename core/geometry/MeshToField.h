#pragma once

#include "core/geometry/ScalarGrid.h"

#include <cstdint>
#include <vector>

namespace lift3d {

// Turns a triangle soup into a truncated signed distance field on `grid`'s lattice (its values
// are replaced). Robust to meshes that are not closed, as catalog models often are: samples
// closer to the surface than `sealDistance` (default: 0.87 of the spacing, half a cell
// diagonal) form a shell, a flood fill from the grid border through everything else marks the
// outside, and everything the fill cannot reach is inside. A closed surface can never leak
// (any crossing between neighbouring samples passes within half a spacing of one of them) and
// gaps narrower than about twice the seal distance are closed. Distances are exact
// point-to-triangle distances, clamped to [-truncation, truncation]; inside is negative.
// The grid border must lie outside the object.
void meshToSignedDistance(const std::vector<glm::vec3>& positions,
                          const std::vector<std::uint32_t>& indices, float truncation,
                          ScalarGrid& grid, float sealDistance = -1.0f);

// The exact distance from `p` to triangle (a, b, c).
float pointTriangleDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                            const glm::vec3& c);

} // namespace lift3d
