#include "core/generator/Generator.h"

#include "core/geometry/MarchingCubes.h"
#include "core/geometry/SmallComponents.h"

#include <algorithm>

namespace lift3d {

Mesh meshFromField(const ScalarGrid& field, glm::vec3* center, float* scale) {
    Mesh mesh = marchingCubes(field, {0.0f, GridBoundary::Closed});
    removeSmallComponents(mesh, 0.05f);
    const Bounds box = mesh.bounds();
    const glm::vec3 size = box.size();
    if (center)
        *center = box.center();
    if (scale)
        *scale = std::max({size.x, size.y, size.z, 1e-6f});
    mesh.normalize();
    return mesh;
}

} // namespace lift3d
