#include "core/dataset/ContactShadow.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vec2.hpp>
#include <limits>

namespace lift3d {
namespace {

constexpr float none = std::numeric_limits<float>::infinity();

// Lowest height above the floor of the triangles over each cell, the triangles first moved
// along `along` down to the floor (straight down for occlusion, away from the light for the
// cast shadow).
class HeightMap {
public:
    HeightMap(int n, float reach, float cell)
        : m_n(n), m_reach(reach), m_cell(cell), m_height(std::size_t(n) * n, none) {}

    void addTriangle(const glm::vec3 (&p)[3], float floorY, glm::vec3 along) {
        glm::vec2 q[3];
        float h[3];
        for (int i = 0; i < 3; ++i) {
            h[i] = std::max(0.0f, p[i].y - floorY);
            const glm::vec3 landed = p[i] - along * (h[i] / along.y);
            q[i] = (glm::vec2(landed.x, landed.z) + m_reach) / m_cell - 0.5f;
            splat(q[i], h[i]); // triangles smaller than a cell still leave a mark
        }
        const float area =
            (q[1].x - q[0].x) * (q[2].y - q[0].y) - (q[1].y - q[0].y) * (q[2].x - q[0].x);
        if (std::abs(area) < 1e-9f)
            return;
        const int x0 = std::max(0, int(std::ceil(std::min({q[0].x, q[1].x, q[2].x}))));
        const int x1 = std::min(m_n - 1, int(std::floor(std::max({q[0].x, q[1].x, q[2].x}))));
        const int y0 = std::max(0, int(std::ceil(std::min({q[0].y, q[1].y, q[2].y}))));
        const int y1 = std::min(m_n - 1, int(std::floor(std::max({q[0].y, q[1].y, q[2].y}))));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const glm::vec2 c(static_cast<float>(x), static_cast<float>(y));
                const float w0 =
                    ((q[1].x - c.x) * (q[2].y - c.y) - (q[1].y - c.y) * (q[2].x - c.x)) / area;
                const float w1 =
                    ((q[2].x - c.x) * (q[0].y - c.y) - (q[2].y - c.y) * (q[0].x - c.x)) / area;
                const float w2 = 1.0f - w0 - w1;
                if (w0 < 0.0f || w1 < 0.0f || w2 < 0.0f)
                    continue;
                float& cellHeight = m_height[std::size_t(y) * m_n + x];
                cellHeight = std::min(cellHeight, w0 * h[0] + w1 * h[1] + w2 * h[2]);
            }
    }

    // exp(-height / falloff) per cell: 1 for a surface touching the floor, 0 where none is.
    std::vector<float> occlusion(float falloff) const {
        std::vector<float> out(m_height.size());
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = m_height[i] == none ? 0.0f : std::exp(-m_height[i] / falloff);
        return out;
    }

private:
    void splat(glm::vec2 q, float h) {
        const int x = int(std::floor(q.x + 0.5f)), y = int(std::floor(q.y + 0.5f));
        if (x >= 0 && y >= 0 && x < m_n && y < m_n) {
            float& cellHeight = m_height[std::size_t(y) * m_n + x];
            cellHeight = std::min(cellHeight, h);
        }
    }

    int m_n;
    float m_reach, m_cell;
    std::vector<float> m_height;
};

// Separable Gaussian blur of an n x n grid; beyond the border is unshadowed (0).
std::vector<float> blurred(const std::vector<float>& grid, int n, float sigmaCells) {
    const int radius = std::max(1, int(std::ceil(3.0f * sigmaCells)));
    std::vector<float> kernel(std::size_t(2 * radius + 1));
    float sum = 0.0f;
    for (int i = -radius; i <= radius; ++i)
        sum += kernel[std::size_t(i + radius)] =
            std::exp(-0.5f * float(i * i) / (sigmaCells * sigmaCells));
    for (float& k : kernel)
        k /= sum;
    std::vector<float> pass(grid.size(), 0.0f), out(grid.size(), 0.0f);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            for (int i = -radius; i <= radius; ++i)
                if (x + i >= 0 && x + i < n)
                    pass[std::size_t(y) * n + x] +=
                        kernel[std::size_t(i + radius)] * grid[std::size_t(y) * n + x + i];
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            for (int i = -radius; i <= radius; ++i)
                if (y + i >= 0 && y + i < n)
                    out[std::size_t(y) * n + x] +=
                        kernel[std::size_t(i + radius)] * pass[std::size_t(y + i) * n + x];
    return out;
}

} // namespace

ContactShadow::ContactShadow(const std::vector<glm::vec3>& positions,
                             const std::vector<std::uint32_t>& indices, float floorY,
                             glm::vec3 toKey, float keyShare) {
    // A light near the horizon would throw shadows across the whole floor; its share of the
    // floor's light is small then anyway, so the shadow is cast as if from at least 25 degrees.
    toKey = glm::normalize(toKey);
    const float minimumRise = 0.42f;
    if (toKey.y < minimumRise) {
        const glm::vec2 flat(toKey.x, toKey.z);
        const float flatLength = glm::length(flat);
        const glm::vec2 horizontal =
            flatLength > 1e-6f ? flat / flatLength * std::sqrt(1.0f - minimumRise * minimumRise)
                               : glm::vec2(0.0f);
        toKey = glm::vec3(horizontal.x, minimumRise, horizontal.y);
    }
    float reach = 0.0f;
    for (const glm::vec3& p : positions) {
        const glm::vec3 landed = p - toKey * (std::max(0.0f, p.y - floorY) / toKey.y);
        reach =
            std::max({reach, std::abs(p.x), std::abs(p.z), std::abs(landed.x), std::abs(landed.z)});
    }
    m_reach = reach + 0.3f; // room for the blur
    m_cell = 2.0f * m_reach / float(cells);

    HeightMap below(cells, m_reach, m_cell), cast(cells, m_reach, m_cell);
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const glm::vec3 corners[3] = {positions[indices[t]], positions[indices[t + 1]],
                                      positions[indices[t + 2]]};
        below.addTriangle(corners, floorY, glm::vec3(0.0f, 1.0f, 0.0f));
        cast.addTriangle(corners, floorY, toKey);
    }
    // Lengths in scene units (objects are about 1 long), turned into cells.
    auto cellsOf = [&](float length) { return length / m_cell; };
    const std::vector<float> contact = blurred(below.occlusion(0.05f), cells, cellsOf(0.025f));
    const std::vector<float> under = blurred(below.occlusion(0.5f), cells, cellsOf(0.12f));
    const std::vector<float> shadow = blurred(cast.occlusion(2.0f), cells, cellsOf(0.04f));
    m_light.resize(contact.size());
    for (std::size_t i = 0; i < m_light.size(); ++i)
        m_light[i] = std::clamp((1.0f - 0.55f * contact[i] - 0.3f * under[i]) *
                                    (1.0f - 0.85f * keyShare * shadow[i]),
                                0.12f, 1.0f);
}

float ContactShadow::lightAt(float x, float z) const {
    const float gx = (x + m_reach) / m_cell - 0.5f, gz = (z + m_reach) / m_cell - 0.5f;
    if (gx < 0.0f || gz < 0.0f || gx > float(cells - 1) || gz > float(cells - 1))
        return 1.0f;
    const int x0 = std::min(int(gx), cells - 2), z0 = std::min(int(gz), cells - 2);
    const float fx = gx - float(x0), fz = gz - float(z0);
    auto at = [&](int x, int z) { return m_light[std::size_t(z) * cells + x]; };
    return glm::mix(glm::mix(at(x0, z0), at(x0 + 1, z0), fx),
                    glm::mix(at(x0, z0 + 1), at(x0 + 1, z0 + 1), fx), fz);
}

} // namespace lift3d
