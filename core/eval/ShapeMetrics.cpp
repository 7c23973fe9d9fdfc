#include "core/eval/ShapeMetrics.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/generator/SilhouetteProjection.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>
#include <glm/vec2.hpp>
#include <random>
#include <unordered_map>

namespace lift3d {
namespace {

// Nearest-neighbour distances through a uniform hash grid, searching shells of cells outward
// until no closer point can exist.
class PointIndex {
public:
    PointIndex(const std::vector<glm::vec3>& points, float cellSize)
        : m_points(points), m_cell(cellSize) {
        for (std::uint32_t i = 0; i < points.size(); ++i)
            m_cells[key(cellOf(points[i]))].push_back(i);
        for (const glm::vec3& p : points) {
            m_lo = glm::min(m_lo, cellOf(p));
            m_hi = glm::max(m_hi, cellOf(p));
        }
    }

    float nearest(const glm::vec3& q) const {
        const glm::ivec3 c = cellOf(q);
        float best = std::numeric_limits<float>::max();
        const int maxRing =
            std::max({std::abs(c.x - m_lo.x), std::abs(c.x - m_hi.x), std::abs(c.y - m_lo.y),
                      std::abs(c.y - m_hi.y), std::abs(c.z - m_lo.z), std::abs(c.z - m_hi.z)});
        for (int ring = 0; ring <= maxRing; ++ring) {
            // Points in ring r are at least (r - 1) * cell away.
            if (ring > 0 && float(ring - 1) * m_cell > best)
                break;
            for (int dz = -ring; dz <= ring; ++dz)
                for (int dy = -ring; dy <= ring; ++dy)
                    for (int dx = -ring; dx <= ring; ++dx) {
                        if (std::max({std::abs(dx), std::abs(dy), std::abs(dz)}) != ring)
                            continue;
                        const auto it = m_cells.find(key(c + glm::ivec3(dx, dy, dz)));
                        if (it == m_cells.end())
                            continue;
                        for (std::uint32_t i : it->second)
                            best = std::min(best, glm::length(m_points[i] - q));
                    }
        }
        return best;
    }

private:
    glm::ivec3 cellOf(const glm::vec3& p) const { return glm::ivec3(glm::floor(p / m_cell)); }
    static std::int64_t key(const glm::ivec3& c) {
        return (std::int64_t(c.x + 100000) << 40) ^ (std::int64_t(c.y + 100000) << 20) ^
               std::int64_t(c.z + 100000);
    }

    const std::vector<glm::vec3>& m_points;
    float m_cell;
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> m_cells;
    glm::ivec3 m_lo{std::numeric_limits<int>::max()}, m_hi{std::numeric_limits<int>::min()};
};

} // namespace

double volumetricIoU(const ScalarGrid& a, const ScalarGrid& b) {
    if (a.values.size() != b.values.size() || a.nx != b.nx || a.ny != b.ny)
        throw Error(ErrorKind::InvalidArgument, tr("IoU needs two fields on the same lattice."));
    std::size_t intersection = 0, uni = 0;
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        const bool inA = a.values[i] < 0.0f, inB = b.values[i] < 0.0f;
        intersection += inA && inB;
        uni += inA || inB;
    }
    return uni == 0 ? 1.0 : double(intersection) / double(uni);
}

std::vector<glm::vec3> sampleSurfacePoints(const Mesh& mesh, int count, unsigned seed) {
    std::vector<glm::vec3> points;
    if (mesh.isEmpty() || count <= 0)
        return points;
    std::vector<double> cumulative;
    cumulative.reserve(mesh.triangleCount());
    double total = 0.0;
    for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
        const glm::vec3 a = mesh.positions[mesh.indices[3 * t]],
                        b = mesh.positions[mesh.indices[3 * t + 1]],
                        c = mesh.positions[mesh.indices[3 * t + 2]];
        total += 0.5 * glm::length(glm::cross(b - a, c - a));
        cumulative.push_back(total);
    }
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    points.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const double pick = unit(random) * total;
        const std::size_t t = std::min<std::size_t>(
            std::size_t(std::lower_bound(cumulative.begin(), cumulative.end(), pick) -
                        cumulative.begin()),
            mesh.triangleCount() - 1);
        float u = float(unit(random)), v = float(unit(random));
        if (u + v > 1.0f) {
            u = 1.0f - u;
            v = 1.0f - v;
        }
        const glm::vec3 a = mesh.positions[mesh.indices[3 * t]],
                        b = mesh.positions[mesh.indices[3 * t + 1]],
                        c = mesh.positions[mesh.indices[3 * t + 2]];
        points.push_back(a + u * (b - a) + v * (c - a));
    }
    return points;
}

SurfaceDistances compareSurfaces(const std::vector<glm::vec3>& predicted,
                                 const std::vector<glm::vec3>& reference) {
    SurfaceDistances result;
    if (predicted.empty() || reference.empty()) {
        result.chamferL1 = result.accuracy = result.completeness = 1.0;
        return result;
    }
    const PointIndex referenceIndex(reference, 0.05f), predictedIndex(predicted, 0.05f);
    double accuracy = 0, completeness = 0;
    std::size_t precise1 = 0, precise2 = 0, precise5 = 0, complete1 = 0, complete2 = 0,
                complete5 = 0;
    for (const glm::vec3& p : predicted) {
        const float d = referenceIndex.nearest(p);
        accuracy += d;
        precise1 += d < 0.01f;
        precise2 += d < 0.02f;
        precise5 += d < 0.05f;
    }
    for (const glm::vec3& q : reference) {
        const float d = predictedIndex.nearest(q);
        completeness += d;
        complete1 += d < 0.01f;
        complete2 += d < 0.02f;
        complete5 += d < 0.05f;
    }
    result.accuracy = accuracy / double(predicted.size());
    result.completeness = completeness / double(reference.size());
    result.chamferL1 = 0.5 * (result.accuracy + result.completeness);
    auto fscore = [&](std::size_t precise, std::size_t complete) {
        const double precision = double(precise) / double(predicted.size());
        const double recall = double(complete) / double(reference.size());
        return precision + recall > 0 ? 2.0 * precision * recall / (precision + recall) : 0.0;
    };
    result.fscore1 = fscore(precise1, complete1);
    result.fscore2 = fscore(precise2, complete2);
    result.fscore5 = fscore(precise5, complete5);
    return result;
}

double silhouetteIoU(const Mesh& mesh, const QImage& mask, float margin) {
    if (mesh.isEmpty() || mask.width() <= 0)
        return 0.0;
    return bestSilhouetteView(mesh, mask, margin).second;
}

} // namespace lift3d
