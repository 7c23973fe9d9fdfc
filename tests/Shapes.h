#pragma once

// Analytic fields the geometry tests mesh and compare against closed-form measures.

#include "core/geometry/MarchingCubes.h"

#include <cmath>
#include <glm/geometric.hpp>

namespace lift3d::test {

constexpr double pi = 3.14159265358979323846;

inline ScalarGrid sphereGrid(int n, float radius, glm::vec3 center = glm::vec3(0.0f)) {
    ScalarGrid grid = ScalarGrid::cube(n, 1.0f);
    grid.fill([&](glm::vec3 p) { return glm::length(p - center) - radius; });
    return grid;
}

// Torus around the Y axis: major radius R, tube radius r.
inline ScalarGrid torusGrid(int n, float R, float r) {
    ScalarGrid grid = ScalarGrid::cube(n, 1.0f);
    grid.fill([&](glm::vec3 p) {
        const float ring = std::sqrt(p.x * p.x + p.z * p.z) - R;
        return std::sqrt(ring * ring + p.y * p.y) - r;
    });
    return grid;
}

inline Mesh sphereMesh(int n, float radius, glm::vec3 center = glm::vec3(0.0f)) {
    return marchingCubes(sphereGrid(n, radius, center));
}

} // namespace lift3d::test
