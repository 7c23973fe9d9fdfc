#pragma once

#include <cstdint>
#include <glm/vec3.hpp>
#include <limits>
#include <vector>

namespace lift3d {

// Axis-aligned bounding box; empty (min > max) until a point is added.
struct Bounds {
    glm::vec3 min{std::numeric_limits<float>::max()};
    glm::vec3 max{std::numeric_limits<float>::lowest()};

    bool isEmpty() const { return min.x > max.x; }
    glm::vec3 size() const { return isEmpty() ? glm::vec3(0.0f) : max - min; }
    glm::vec3 center() const { return isEmpty() ? glm::vec3(0.0f) : 0.5f * (min + max); }
};

// An indexed triangle mesh: the one shape type every room of Lift3D passes around.
// Triangles are counter-clockwise seen from outside; normals point outward.
// `normals` is either empty or one per position; so is `colors` (linear RGB in [0, 1]).
struct Mesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;
    std::vector<glm::vec3> colors;
    std::vector<std::uint32_t> indices; // three per triangle

    std::size_t vertexCount() const { return positions.size(); }
    std::size_t triangleCount() const { return indices.size() / 3; }
    bool isEmpty() const { return indices.empty(); }
    bool hasNormals() const { return !positions.empty() && normals.size() == positions.size(); }
    bool hasColors() const { return !positions.empty() && colors.size() == positions.size(); }

    Bounds bounds() const;

    // Removes vertices no triangle uses, keeping the order of the rest.
    void removeUnusedVertices();

    // Moves and scales the mesh so its bounding box is centred at the origin and its longest
    // side is `longestSide` (docs/architecture.md, "Output frame"). No-op when empty.
    void normalize(float longestSide = 1.0f);
};

} // namespace lift3d
