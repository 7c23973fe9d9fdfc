#include "core/geometry/ShapeLattice.h"

#include <glm/common.hpp>

namespace lift3d {

ScalarGrid shapeLattice(int n, float fill) {
    return ScalarGrid::cube(n, fieldHalfExtent, fill);
}

float sampleField(const ScalarGrid& field, const glm::vec3& position, float outsideValue) {
    const glm::vec3 g = (position - field.origin) / field.spacing;
    const glm::ivec3 i0 = glm::ivec3(glm::floor(g));
    if (i0.x < 0 || i0.y < 0 || i0.z < 0 || i0.x >= field.nx || i0.y >= field.ny ||
        i0.z >= field.nz)
        return outsideValue;
    // On the last sample of an axis the upper neighbour is the sample itself.
    const glm::ivec3 i1 = glm::min(i0 + 1, glm::ivec3(field.nx - 1, field.ny - 1, field.nz - 1));
    if ((i0.x == field.nx - 1 && g.x > float(i0.x)) ||
        (i0.y == field.ny - 1 && g.y > float(i0.y)) || (i0.z == field.nz - 1 && g.z > float(i0.z)))
        return outsideValue;
    const glm::vec3 f = g - glm::vec3(i0);
    auto at = [&](int x, int y, int z) { return field.at(x, y, z); };
    const float c00 = glm::mix(at(i0.x, i0.y, i0.z), at(i1.x, i0.y, i0.z), f.x);
    const float c10 = glm::mix(at(i0.x, i1.y, i0.z), at(i1.x, i1.y, i0.z), f.x);
    const float c01 = glm::mix(at(i0.x, i0.y, i1.z), at(i1.x, i0.y, i1.z), f.x);
    const float c11 = glm::mix(at(i0.x, i1.y, i1.z), at(i1.x, i1.y, i1.z), f.x);
    return glm::mix(glm::mix(c00, c10, f.y), glm::mix(c01, c11, f.y), f.z);
}

} // namespace lift3d
