#include "core/geometry/MeshMeasures.h"

#include <algorithm>
#include <glm/geometric.hpp>

namespace lift3d {

double enclosedVolume(const Mesh& mesh) {
    // Sum of signed tetrahedra from the origin (divergence theorem).
    double volume = 0.0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]),
            c(mesh.positions[mesh.indices[t + 2]]);
        volume += glm::dot(a, glm::cross(b, c));
    }
    return volume / 6.0;
}

double surfaceArea(const Mesh& mesh) {
    double area = 0.0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]),
            c(mesh.positions[mesh.indices[t + 2]]);
        area += 0.5 * glm::length(glm::cross(b - a, c - a));
    }
    return area;
}

EdgeSharing analyzeEdges(const Mesh& mesh) {
    // Each directed edge as (min, max, direction); sorting groups the uses of one edge.
    struct Use {
        std::uint32_t low, high;
        bool forward;
        bool operator<(const Use& o) const {
            return low != o.low     ? low < o.low
                   : high != o.high ? high < o.high
                                    : forward < o.forward;
        }
    };
    std::vector<Use> uses;
    uses.reserve(mesh.indices.size());
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        for (int i = 0; i < 3; ++i) {
            const std::uint32_t a = mesh.indices[t + i], b = mesh.indices[t + (i + 1) % 3];
            uses.push_back({std::min(a, b), std::max(a, b), a < b});
        }
    std::sort(uses.begin(), uses.end());

    EdgeSharing sharing;
    for (std::size_t i = 0; i < uses.size();) {
        std::size_t j = i, forward = 0;
        while (j < uses.size() && uses[j].low == uses[i].low && uses[j].high == uses[i].high)
            forward += uses[j++].forward;
        const std::size_t count = j - i;
        ++sharing.edges;
        if (count == 1)
            ++sharing.boundary;
        else if (count > 2)
            ++sharing.nonManifold;
        else if (forward != 1)
            ++sharing.misoriented;
        i = j;
    }
    return sharing;
}

} // namespace lift3d
