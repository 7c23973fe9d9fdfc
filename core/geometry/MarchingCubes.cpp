#include "core/geometry/MarchingCubes.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/geometry/VertexNormals.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <glm/geometric.hpp>

namespace lift3d {
namespace {

// Cube corner c sits at (c & 1, (c >> 1) & 1, (c >> 2) & 1).
glm::ivec3 cornerOffset(int corner) {
    return {corner & 1, (corner >> 1) & 1, (corner >> 2) & 1};
}

struct CubeEdge {
    int from, to; // `from` has the lower coordinate along `axis`
    int axis;
};

// One polygon of the surface inside a cell: a closed loop through crossed cube edges.
struct CellPolygon {
    std::array<std::int8_t, 12> edges{};
    std::int8_t count = 0;
    bool needsCenter = false; // no fan start avoids a diagonal lying on a cube face
};

struct CaseTable {
    std::array<CubeEdge, 12> edges{};
    std::array<std::vector<CellPolygon>, 256> polygons;
};

// Builds the 256-case table from first principles instead of copying the classic hand-made
// one: on every cube face the crossing points are joined so that inside corners on a diagonal
// stay separated. That choice depends only on the face's four samples, so the two cells that
// share a face always agree on it and the surface cannot crack.
CaseTable buildCaseTable() {
    CaseTable table;
    int edgeIndex[8][8];
    int count = 0;
    for (int axis = 0; axis < 3; ++axis)
        for (int corner = 0; corner < 8; ++corner)
            if (!(corner & (1 << axis))) {
                table.edges[count] = {corner, corner | (1 << axis), axis};
                edgeIndex[corner][corner | (1 << axis)] = count;
                edgeIndex[corner | (1 << axis)][corner] = count;
                ++count;
            }

    // Faces as corner cycles, counter-clockwise seen from outside the cube.
    std::array<std::array<int, 4>, 6> faces;
    std::array<std::array<int, 4>, 6> faceEdges;
    for (int axis = 0, f = 0; axis < 3; ++axis) {
        const int u = (axis + 1) % 3, v = (axis + 2) % 3;
        for (int side = 0; side < 2; ++side, ++f) {
            const int base = side << axis;
            std::array<int, 4> cycle = {base, base | (1 << u), base | (1 << u) | (1 << v),
                                        base | (1 << v)};
            const glm::vec3 p0(cornerOffset(cycle[0])), p1(cornerOffset(cycle[1])),
                p2(cornerOffset(cycle[2]));
            glm::vec3 outward(0.0f);
            outward[axis] = side ? 1.0f : -1.0f;
            if (glm::dot(glm::cross(p1 - p0, p2 - p1), outward) < 0.0f)
                std::swap(cycle[1], cycle[3]);
            faces[f] = cycle;
            for (int i = 0; i < 4; ++i)
                faceEdges[f][i] = edgeIndex[cycle[i]][cycle[(i + 1) % 4]];
        }
    }
    auto shareFace = [&](int a, int b) {
        for (const auto& fe : faceEdges) {
            bool hasA = false, hasB = false;
            for (int e : fe) {
                hasA |= e == a;
                hasB |= e == b;
            }
            if (hasA && hasB)
                return true;
        }
        return false;
    };

    for (int mask = 1; mask < 255; ++mask) {
        auto inside = [mask](int corner) { return (mask >> corner) & 1; };
        std::array<int, 12> next;
        next.fill(-1);
        for (int f = 0; f < 6; ++f) {
            const auto& q = faces[f];
            for (int i = 0; i < 4; ++i) {
                // A segment starts where the cycle leaves an inside corner and ends where it
                // entered that corner's run of inside corners.
                if (!(inside(q[i]) && !inside(q[(i + 1) % 4])))
                    continue;
                int first = i;
                while (inside(q[(first + 3) % 4]) && (first + 3) % 4 != i)
                    first = (first + 3) % 4;
                const int start = faceEdges[f][i];
                const int end = faceEdges[f][(first + 3) % 4];
                next[start] = end;
            }
        }
        std::array<bool, 12> used{};
        for (int e = 0; e < 12; ++e) {
            if (next[e] < 0 || used[e])
                continue;
            std::vector<int> loop;
            for (int at = e; !used[at]; at = next[at]) {
                used[at] = true;
                loop.push_back(at);
            }
            CellPolygon polygon;
            polygon.count = std::int8_t(loop.size());
            const int k = int(loop.size());
            int fanStart = -1;
            for (int s = 0; s < k && fanStart < 0; ++s) {
                bool ok = true;
                for (int j = 2; j <= k - 2 && ok; ++j)
                    ok = !shareFace(loop[s], loop[(s + j) % k]);
                if (ok)
                    fanStart = s;
            }
            polygon.needsCenter = fanStart < 0;
            for (int i = 0; i < k; ++i)
                polygon.edges[i] = std::int8_t(loop[(i + std::max(fanStart, 0)) % k]);
            table.polygons[mask].push_back(polygon);
        }
    }

    // The segment rule fixes a winding for all cases at once; orient it so that the case with
    // only corner 0 inside faces away from that corner, i.e. outward.
    const CellPolygon& probe = table.polygons[1].front();
    auto midpoint = [&](int e) {
        return 0.5f *
               glm::vec3(cornerOffset(table.edges[e].from) + cornerOffset(table.edges[e].to));
    };
    const glm::vec3 a = midpoint(probe.edges[0]), b = midpoint(probe.edges[1]),
                    c = midpoint(probe.edges[2]);
    if (glm::dot(glm::cross(b - a, c - a), glm::vec3(1.0f)) < 0.0f)
        for (auto& polygons : table.polygons)
            for (CellPolygon& polygon : polygons)
                // Keep edges[0]: it is the fan start chosen above.
                std::reverse(polygon.edges.begin() + 1, polygon.edges.begin() + polygon.count);
    return table;
}

const CaseTable& caseTable() {
    static const CaseTable table = buildCaseTable();
    return table;
}

ScalarGrid padWithOutside(const ScalarGrid& grid, float outsideValue) {
    ScalarGrid padded(grid.nx + 2, grid.ny + 2, grid.nz + 2, grid.origin - glm::vec3(grid.spacing),
                      grid.spacing, outsideValue);
    for (int z = 0; z < grid.nz; ++z)
        for (int y = 0; y < grid.ny; ++y)
            for (int x = 0; x < grid.nx; ++x)
                padded.at(x + 1, y + 1, z + 1) = grid.at(x, y, z);
    return padded;
}

Mesh extract(const ScalarGrid& grid, float iso) {
    const CaseTable& table = caseTable();
    Mesh mesh;
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    // One slot per lattice edge: the vertex on it, created by the first cell that needs it.
    std::array<std::vector<std::uint32_t>, 3> edgeVertex;
    for (auto& slots : edgeVertex)
        slots.assign(grid.values.size(), none);

    auto vertexOnEdge = [&](int x, int y, int z, const CubeEdge& edge) {
        const glm::ivec3 a = glm::ivec3(x, y, z) + cornerOffset(edge.from);
        const glm::ivec3 b = glm::ivec3(x, y, z) + cornerOffset(edge.to);
        std::uint32_t& slot = edgeVertex[edge.axis][grid.index(a.x, a.y, a.z)];
        if (slot == none) {
            const float va = grid.at(a.x, a.y, a.z), vb = grid.at(b.x, b.y, b.z);
            // Keep vertices strictly inside the edge so that no triangle collapses to a point
            // when a sample lies exactly on the iso value.
            const float t = glm::clamp((iso - va) / (vb - va), 1e-4f, 1.0f - 1e-4f);
            slot = std::uint32_t(mesh.positions.size());
            mesh.positions.push_back(
                glm::mix(grid.position(a.x, a.y, a.z), grid.position(b.x, b.y, b.z), t));
        }
        return slot;
    };

    std::uint32_t ring[12];
    for (int z = 0; z + 1 < grid.nz; ++z)
        for (int y = 0; y + 1 < grid.ny; ++y)
            for (int x = 0; x + 1 < grid.nx; ++x) {
                int mask = 0;
                for (int c = 0; c < 8; ++c) {
                    const glm::ivec3 p = glm::ivec3(x, y, z) + cornerOffset(c);
                    if (grid.at(p.x, p.y, p.z) < iso)
                        mask |= 1 << c;
                }
                for (const CellPolygon& polygon : table.polygons[mask]) {
                    for (int i = 0; i < polygon.count; ++i)
                        ring[i] = vertexOnEdge(x, y, z, table.edges[polygon.edges[i]]);
                    if (!polygon.needsCenter) {
                        for (int i = 1; i + 1 < polygon.count; ++i)
                            mesh.indices.insert(mesh.indices.end(),
                                                {ring[0], ring[i], ring[i + 1]});
                        continue;
                    }
                    glm::vec3 center(0.0f);
                    for (int i = 0; i < polygon.count; ++i)
                        center += mesh.positions[ring[i]];
                    const auto centerIndex = std::uint32_t(mesh.positions.size());
                    mesh.positions.push_back(center / float(polygon.count));
                    for (int i = 0; i < polygon.count; ++i)
                        mesh.indices.insert(mesh.indices.end(),
                                            {centerIndex, ring[i], ring[(i + 1) % polygon.count]});
                }
            }
    return mesh;
}

} // namespace

Mesh marchingCubes(const ScalarGrid& grid, const MarchingCubesOptions& options) {
    if (grid.nx < 2 || grid.ny < 2 || grid.nz < 2 ||
        grid.values.size() != std::size_t(grid.nx) * grid.ny * grid.nz)
        throw Error(
            ErrorKind::InvalidArgument,
            lift3d::tr("The scalar grid is malformed: it needs at least 2 samples per axis and "
                       "one value per sample."));
    Mesh mesh;
    if (options.boundary == GridBoundary::Closed) {
        // One cell of "outside" around the grid closes the surface within that cell.
        mesh = extract(padWithOutside(grid, options.isoValue + std::max(grid.spacing, 1e-6f)),
                       options.isoValue);
    } else {
        mesh = extract(grid, options.isoValue);
    }
    computeVertexNormals(mesh);
    return mesh;
}

} // namespace lift3d
