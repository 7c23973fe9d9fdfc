#include "core/geometry/VertexNormals.h"

#include <glm/geometric.hpp>

namespace lift3d {

void computeVertexNormals(Mesh& mesh) {
    mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        // The unnormalised cross product is twice the triangle's area times its normal.
        const glm::vec3 weighted = glm::cross(mesh.positions[b] - mesh.positions[a],
                                              mesh.positions[c] - mesh.positions[a]);
        mesh.normals[a] += weighted;
        mesh.normals[b] += weighted;
        mesh.normals[c] += weighted;
    }
    for (glm::vec3& n : mesh.normals) {
        const float length = glm::length(n);
        n = length > 0.0f ? n / length : glm::vec3(0.0f, 1.0f, 0.0f);
    }
}

} // namespace lift3d
