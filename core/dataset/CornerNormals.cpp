#include "core/dataset/CornerNormals.h"

#include <cmath>
#include <cstring>
#include <glm/geometric.hpp>
#include <unordered_map>

namespace lift3d {
namespace {

struct PositionKey {
    std::uint32_t bits[3];
    bool operator==(const PositionKey& other) const {
        return std::memcmp(bits, other.bits, sizeof bits) == 0;
    }
};

struct PositionKeyHash {
    std::size_t operator()(const PositionKey& key) const {
        std::uint64_t h = 1469598103934665603ull;
        for (std::uint32_t b : key.bits)
            h = (h ^ b) * 1099511628211ull;
        return std::size_t(h);
    }
};

PositionKey keyOf(const glm::vec3& p) {
    PositionKey key;
    for (int axis = 0; axis < 3; ++axis) {
        const float value = p[axis] + 0.0f; // -0 and +0 are the same place
        std::memcpy(&key.bits[axis], &value, sizeof value);
    }
    return key;
}

} // namespace

std::vector<glm::vec3> cornerNormals(const TexturedMesh& mesh, float creaseAngle) {
    const std::size_t triangles = mesh.triangleCount();
    // The unnormalised cross product is twice the area times the normal: the averaging weight.
    std::vector<glm::vec3> weighted(triangles), unit(triangles);
    for (std::size_t t = 0; t < triangles; ++t) {
        const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
        weighted[t] = glm::cross(mesh.positions[mesh.indices[3 * t + 1]] - a,
                                 mesh.positions[mesh.indices[3 * t + 2]] - a);
        const float length = glm::length(weighted[t]);
        unit[t] = length > 0.0f ? weighted[t] / length : glm::vec3(0.0f);
    }

    // Weld: one id per distinct position, then the triangles around each id (compressed rows).
    std::unordered_map<PositionKey, std::uint32_t, PositionKeyHash> ids;
    ids.reserve(mesh.positions.size());
    std::vector<std::uint32_t> idOfVertex(mesh.positions.size());
    for (std::size_t v = 0; v < mesh.positions.size(); ++v)
        idOfVertex[v] =
            ids.emplace(keyOf(mesh.positions[v]), std::uint32_t(ids.size())).first->second;
    std::vector<std::uint32_t> start(ids.size() + 1, 0);
    for (std::uint32_t index : mesh.indices)
        ++start[idOfVertex[index] + 1];
    for (std::size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<std::uint32_t> around(mesh.indices.size()), fill(start.begin(), start.end() - 1);
    for (std::size_t corner = 0; corner < mesh.indices.size(); ++corner)
        around[fill[idOfVertex[mesh.indices[corner]]]++] = std::uint32_t(corner / 3);

    const float minCosine = std::cos(creaseAngle);
    std::vector<glm::vec3> normals(mesh.indices.size(), glm::vec3(0.0f));
    for (std::size_t corner = 0; corner < mesh.indices.size(); ++corner) {
        const std::size_t t = corner / 3;
        if (unit[t] == glm::vec3(0.0f))
            continue;
        const std::uint32_t id = idOfVertex[mesh.indices[corner]];
        glm::vec3 sum(0.0f);
        for (std::uint32_t i = start[id]; i < start[id + 1]; ++i) {
            const std::uint32_t other = around[i];
            const float cosine = glm::dot(unit[t], unit[other]);
            if (std::abs(cosine) >= minCosine)
                sum += cosine < 0.0f ? -weighted[other] : weighted[other];
        }
        const float length = glm::length(sum);
        normals[corner] = length > 0.0f ? sum / length : unit[t];
    }
    return normals;
}

} // namespace lift3d
