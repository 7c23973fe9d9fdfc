#include "core/geometry/Mesh.h"

#include <glm/common.hpp>

namespace lift3d {

Bounds Mesh::bounds() const {
    Bounds box;
    for (const glm::vec3& p : positions) {
        box.min = glm::min(box.min, p);
        box.max = glm::max(box.max, p);
    }
    return box;
}

void Mesh::removeUnusedVertices() {
    constexpr std::uint32_t unused = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> remap(positions.size(), unused);
    for (std::uint32_t index : indices)
        remap[index] = 0;

    std::uint32_t next = 0;
    for (std::size_t v = 0; v < positions.size(); ++v) {
        if (remap[v] == unused)
            continue;
        remap[v] = next;
        positions[next] = positions[v];
        if (hasNormals())
            normals[next] = normals[v];
        if (hasColors())
            colors[next] = colors[v];
        ++next;
    }
    const bool keptNormals = hasNormals();
    const bool keptColors = hasColors();
    positions.resize(next);
    if (keptNormals)
        normals.resize(next);
    if (keptColors)
        colors.resize(next);
    for (std::uint32_t& index : indices)
        index = remap[index];
}

void Mesh::normalize(float longestSide) {
    const Bounds box = bounds();
    if (box.isEmpty())
        return;
    const glm::vec3 size = box.size();
    const float longest = glm::max(size.x, glm::max(size.y, size.z));
    const float scale = longest > 0.0f ? longestSide / longest : 1.0f;
    const glm::vec3 center = box.center();
    for (glm::vec3& p : positions)
        p = (p - center) * scale;
}

} // namespace lift3d
