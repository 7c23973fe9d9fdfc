#include "core/geometry/TaubinSmoothing.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/geometry/VertexNormals.h"

#include <algorithm>

namespace lift3d {
namespace {

// Neighbour lists in compressed form: neighbours of v are targets[offsets[v] .. offsets[v+1]).
struct Adjacency {
    std::vector<std::uint32_t> offsets, targets;
};

Adjacency buildAdjacency(const Mesh& mesh) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(mesh.indices.size() * 2);
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        for (int i = 0; i < 3; ++i) {
            const std::uint32_t a = mesh.indices[t + i], b = mesh.indices[t + (i + 1) % 3];
            edges.emplace_back(a, b);
            edges.emplace_back(b, a);
        }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    Adjacency adjacency;
    adjacency.offsets.assign(mesh.positions.size() + 1, 0);
    for (const auto& edge : edges)
        ++adjacency.offsets[edge.first + 1];
    for (std::size_t v = 0; v < mesh.positions.size(); ++v)
        adjacency.offsets[v + 1] += adjacency.offsets[v];
    adjacency.targets.reserve(edges.size());
    for (const auto& edge : edges)
        adjacency.targets.push_back(edge.second);
    return adjacency;
}

void laplacianStep(const Adjacency& adjacency, float factor, std::vector<glm::vec3>& positions,
                   std::vector<glm::vec3>& scratch) {
    scratch = positions;
    for (std::size_t v = 0; v + 1 < adjacency.offsets.size(); ++v) {
        const std::uint32_t begin = adjacency.offsets[v], end = adjacency.offsets[v + 1];
        if (begin == end)
            continue;
        glm::vec3 mean(0.0f);
        for (std::uint32_t i = begin; i < end; ++i)
            mean += scratch[adjacency.targets[i]];
        mean /= float(end - begin);
        positions[v] = scratch[v] + factor * (mean - scratch[v]);
    }
}

} // namespace

void taubinSmooth(Mesh& mesh, const TaubinOptions& options) {
    if (!(options.lambda > 0.0f && options.lambda < 1.0f && options.mu < -options.lambda))
        throw Error(ErrorKind::InvalidArgument, tr("Taubin smoothing needs 0 < lambda < 1 and mu < "
                                                   "-lambda; use the defaults (0.5, -0.53)."));
    const Adjacency adjacency = buildAdjacency(mesh);
    std::vector<glm::vec3> scratch;
    for (int i = 0; i < options.iterations; ++i) {
        laplacianStep(adjacency, options.lambda, mesh.positions, scratch);
        laplacianStep(adjacency, options.mu, mesh.positions, scratch);
    }
    computeVertexNormals(mesh);
}

} // namespace lift3d
