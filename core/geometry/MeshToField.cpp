#include "core/geometry/MeshToField.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vector_relational.hpp>

namespace lift3d {

float pointTriangleDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                            const glm::vec3& c) {
    // Closest point by Voronoi regions (Ericson, Real-Time Collision Detection, 5.1.5).
    const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f)
        return glm::length(ap);
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3)
        return glm::length(bp);
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f)
        return glm::length(p - (a + ab * (d1 / (d1 - d3))));
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6)
        return glm::length(cp);
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f)
        return glm::length(p - (a + ac * (d2 / (d2 - d6))));
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f)
        return glm::length(p - (b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)))));
    const float denom = 1.0f / (va + vb + vc);
    return glm::length(p - (a + ab * (vb * denom) + ac * (vc * denom)));
}

namespace {

// Whether segment p-q passes through triangle (a, b, c), counting grazing hits as crossings so
// the fill below never slips between two triangles (Moeller-Trumbore, restricted to the segment).
bool segmentHitsTriangle(const glm::vec3& p, const glm::vec3& q, const glm::vec3& a,
                         const glm::vec3& b, const glm::vec3& c) {
    constexpr float slack = 1e-4f;
    const glm::vec3 direction = q - p, e1 = b - a, e2 = c - a;
    const glm::vec3 h = glm::cross(direction, e2);
    const float det = glm::dot(e1, h);
    if (std::abs(det) < 1e-12f)
        return false; // parallel: a segment in the triangle's plane is not a crossing
    const float inv = 1.0f / det;
    const glm::vec3 s = p - a;
    const float u = inv * glm::dot(s, h);
    if (u < -slack || u > 1.0f + slack)
        return false;
    const glm::vec3 qv = glm::cross(s, e1);
    const float v = inv * glm::dot(direction, qv);
    if (v < -slack || u + v > 1.0f + slack)
        return false;
    const float t = inv * glm::dot(e2, qv);
    return t >= -slack && t <= 1.0f + slack;
}

// The flood fill stops at the shell, so shell samples on the outer side of the surface would
// read as inside. Grow the outside into the shell, a few steps at most, along lattice edges that
// cross no triangle. The step limit keeps the growth from running through a sealed gap into
// the interior.
void claimOutsideShell(const std::vector<glm::vec3>& positions,
                       const std::vector<std::uint32_t>& indices, const ScalarGrid& grid,
                       std::vector<std::uint8_t>& outside, float sealDistance) {
    // Triangles bucketed by lattice cell (the cube from sample (x, y, z) to (x+1, y+1, z+1)).
    const int cx = grid.nx - 1, cy = grid.ny - 1, cz = grid.nz - 1;
    std::vector<std::vector<std::uint32_t>> buckets(std::size_t(cx) * cy * cz);
    auto cellIndex = [&](int x, int y, int z) {
        return std::size_t(x) + std::size_t(cx) * (std::size_t(y) + std::size_t(cy) * z);
    };
    const glm::ivec3 cellUpper(cx - 1, cy - 1, cz - 1);
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const glm::vec3 a = positions[indices[t]], b = positions[indices[t + 1]],
                        c = positions[indices[t + 2]];
        const glm::ivec3 from = glm::clamp(
            glm::ivec3(glm::floor((glm::min(a, glm::min(b, c)) - grid.origin) / grid.spacing)),
            glm::ivec3(0), cellUpper);
        const glm::ivec3 to = glm::clamp(
            glm::ivec3(glm::floor((glm::max(a, glm::max(b, c)) - grid.origin) / grid.spacing)),
            glm::ivec3(0), cellUpper);
        for (int z = from.z; z <= to.z; ++z)
            for (int y = from.y; y <= to.y; ++y)
                for (int x = from.x; x <= to.x; ++x)
                    buckets[cellIndex(x, y, z)].push_back(std::uint32_t(t));
    }
    auto edgeIsClear = [&](glm::ivec3 s0, glm::ivec3 s1) {
        const glm::vec3 p = grid.position(s0.x, s0.y, s0.z), q = grid.position(s1.x, s1.y, s1.z);
        const glm::ivec3 lo = glm::min(s0, s1);
        // The edge lies on the boundary of up to four cells: check the triangles of all of them.
        for (int dz = -1; dz <= 0; ++dz)
            for (int dy = -1; dy <= 0; ++dy)
                for (int dx = -1; dx <= 0; ++dx) {
                    const glm::ivec3 cell = lo + glm::ivec3(dx, dy, dz);
                    if (glm::any(glm::lessThan(cell, glm::ivec3(0))) ||
                        glm::any(glm::greaterThan(cell, cellUpper)))
                        continue;
                    for (std::uint32_t t : buckets[cellIndex(cell.x, cell.y, cell.z)])
                        if (segmentHitsTriangle(p, q, positions[indices[t]],
                                                positions[indices[t + 1]],
                                                positions[indices[t + 2]]))
                            return false;
                }
        return true;
    };

    std::vector<glm::ivec3> frontier;
    for (int z = 0; z < grid.nz; ++z)
        for (int y = 0; y < grid.ny; ++y)
            for (int x = 0; x < grid.nx; ++x)
                if (outside[grid.index(x, y, z)])
                    frontier.emplace_back(x, y, z);
    const glm::ivec3 steps[6] = {{1, 0, 0},  {-1, 0, 0}, {0, 1, 0},
                                 {0, -1, 0}, {0, 0, 1},  {0, 0, -1}};
    const glm::ivec3 upper(grid.nx - 1, grid.ny - 1, grid.nz - 1);
    for (int round = 0; round < 3 && !frontier.empty(); ++round) {
        std::vector<glm::ivec3> next;
        for (const glm::ivec3& from : frontier)
            for (const glm::ivec3& step : steps) {
                const glm::ivec3 to = from + step;
                if (glm::any(glm::lessThan(to, glm::ivec3(0))) ||
                    glm::any(glm::greaterThan(to, upper)))
                    continue;
                const std::size_t i = grid.index(to.x, to.y, to.z);
                if (outside[i] || grid.values[i] >= sealDistance || !edgeIsClear(from, to))
                    continue;
                outside[i] = 1;
                next.push_back(to);
            }
        frontier = std::move(next);
    }
}

} // namespace

void meshToSignedDistance(const std::vector<glm::vec3>& positions,
                          const std::vector<std::uint32_t>& indices, float truncation,
                          ScalarGrid& grid, float sealDistance) {
    if (sealDistance < 0.0f)
        sealDistance = 0.87f * grid.spacing;
    const float reach = std::max(truncation, sealDistance);
    std::fill(grid.values.begin(), grid.values.end(), reach);

    const glm::ivec3 upper(grid.nx - 1, grid.ny - 1, grid.nz - 1);
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const glm::vec3 a = positions[indices[t]], b = positions[indices[t + 1]],
                        c = positions[indices[t + 2]];
        const glm::vec3 lo = (glm::min(a, glm::min(b, c)) - reach - grid.origin) / grid.spacing;
        const glm::vec3 hi = (glm::max(a, glm::max(b, c)) + reach - grid.origin) / grid.spacing;
        const glm::ivec3 from = glm::clamp(glm::ivec3(glm::ceil(lo)), glm::ivec3(0), upper);
        const glm::ivec3 to = glm::clamp(glm::ivec3(glm::floor(hi)), glm::ivec3(0), upper);
        for (int z = from.z; z <= to.z; ++z)
            for (int y = from.y; y <= to.y; ++y)
                for (int x = from.x; x <= to.x; ++x) {
                    float& d = grid.at(x, y, z);
                    d = std::min(d, pointTriangleDistance(grid.position(x, y, z), a, b, c));
                }
    }

    // Flood the outside from the border through samples that are not part of the shell.
    std::vector<std::uint8_t> outside(grid.values.size(), 0);
    std::vector<std::size_t> stack;
    auto visit = [&](int x, int y, int z) {
        const std::size_t i = grid.index(x, y, z);
        if (!outside[i] && grid.values[i] >= sealDistance) {
            outside[i] = 1;
            stack.push_back(i);
        }
    };
    for (int z = 0; z < grid.nz; ++z)
        for (int y = 0; y < grid.ny; ++y)
            for (int x = 0; x < grid.nx; ++x)
                if (x == 0 || y == 0 || z == 0 || x == upper.x || y == upper.y || z == upper.z)
                    visit(x, y, z);
    const std::size_t sliceSize = std::size_t(grid.nx) * grid.ny;
    while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        const int x = int(i % grid.nx), y = int((i / grid.nx) % grid.ny), z = int(i / sliceSize);
        if (x > 0)
            visit(x - 1, y, z);
        if (x < upper.x)
            visit(x + 1, y, z);
        if (y > 0)
            visit(x, y - 1, z);
        if (y < upper.y)
            visit(x, y + 1, z);
        if (z > 0)
            visit(x, y, z - 1);
        if (z < upper.z)
            visit(x, y, z + 1);
    }
    claimOutsideShell(positions, indices, grid, outside, sealDistance);
    for (std::size_t i = 0; i < grid.values.size(); ++i) {
        const float d = std::min(grid.values[i], truncation);
        grid.values[i] = outside[i] ? d : -d;
    }
}

} // namespace lift3d
