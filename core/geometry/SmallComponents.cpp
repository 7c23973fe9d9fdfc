#include "core/geometry/SmallComponents.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lift3d {
namespace {

// Union-find over vertices; triangles join their three corners.
class VertexSets {
public:
    explicit VertexSets(std::size_t count) : m_parent(count) {
        std::iota(m_parent.begin(), m_parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t v) {
        while (m_parent[v] != v)
            v = m_parent[v] = m_parent[m_parent[v]];
        return v;
    }
    void join(std::uint32_t a, std::uint32_t b) { m_parent[find(a)] = find(b); }

private:
    std::vector<std::uint32_t> m_parent;
};

VertexSets connect(const Mesh& mesh) {
    VertexSets sets(mesh.positions.size());
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        sets.join(mesh.indices[t], mesh.indices[t + 1]);
        sets.join(mesh.indices[t], mesh.indices[t + 2]);
    }
    return sets;
}

} // namespace

int removeSmallComponents(Mesh& mesh, float minFraction) {
    VertexSets sets = connect(mesh);
    std::vector<std::size_t> trianglesPerRoot(mesh.positions.size(), 0);
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        ++trianglesPerRoot[sets.find(mesh.indices[t])];
    const std::size_t largest =
        trianglesPerRoot.empty()
            ? 0
            : *std::max_element(trianglesPerRoot.begin(), trianglesPerRoot.end());
    const auto keepAtLeast = std::size_t(std::ceil(double(minFraction) * double(largest)));

    int removed = 0;
    for (std::size_t count : trianglesPerRoot)
        removed += count > 0 && count < keepAtLeast;
    if (removed == 0)
        return 0;

    std::vector<std::uint32_t> kept;
    kept.reserve(mesh.indices.size());
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        if (trianglesPerRoot[sets.find(mesh.indices[t])] >= keepAtLeast)
            kept.insert(kept.end(), mesh.indices.begin() + t, mesh.indices.begin() + t + 3);
    mesh.indices = std::move(kept);
    mesh.removeUnusedVertices();
    return removed;
}

int countComponents(const Mesh& mesh) {
    VertexSets sets = connect(mesh);
    std::vector<bool> isRoot(mesh.positions.size(), false);
    for (std::uint32_t index : mesh.indices)
        isRoot[sets.find(index)] = true;
    return int(std::count(isRoot.begin(), isRoot.end(), true));
}

} // namespace lift3d
