#include "core/dataset/ProceduralGeometry.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/matrix.hpp>
#include <limits>

namespace lift3d::procedural {
namespace {

constexpr float pi = 3.14159265358979f;

std::uint32_t addVertex(TexturedMesh& mesh, const glm::vec3& position, const glm::vec2& uv) {
    mesh.positions.push_back(position);
    mesh.uvs.push_back(uv);
    return std::uint32_t(mesh.positions.size() - 1);
}

void addTriangle(TexturedMesh& mesh, std::uint32_t a, std::uint32_t b, std::uint32_t c,
                 std::uint32_t material) {
    mesh.indices.insert(mesh.indices.end(), {a, b, c});
    mesh.triangleMaterial.push_back(material);
}

// Each builder winds its part consistently but does not track which way is out; a closed
// part's signed volume says it, and reversing every triangle fixes it.
void orientOutward(TexturedMesh& mesh, PartStart start) {
    double volume = 0.0;
    for (std::size_t i = start.index; i + 2 < mesh.indices.size(); i += 3) {
        const glm::dvec3 a = mesh.positions[mesh.indices[i]],
                         b = mesh.positions[mesh.indices[i + 1]],
                         c = mesh.positions[mesh.indices[i + 2]];
        volume += glm::dot(a, glm::cross(b, c));
    }
    if (volume < 0.0)
        for (std::size_t i = start.index; i + 2 < mesh.indices.size(); i += 3)
            std::swap(mesh.indices[i + 1], mesh.indices[i + 2]);
}

float signedPower(float value, float exponent) {
    return std::copysign(std::pow(std::abs(value), exponent), value);
}

// Twice the signed area of a polygon in the plane.
float signedArea(const std::vector<glm::vec2>& polygon) {
    float area = 0.0f;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const glm::vec2 a = polygon[i], b = polygon[(i + 1) % polygon.size()];
        area += a.x * b.y - b.x * a.y;
    }
    return area;
}

float cross2(glm::vec2 a, glm::vec2 b, glm::vec2 c) {
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

// Ear clipping of a simple counter-clockwise polygon: triangles as index triples.
std::vector<std::array<std::size_t, 3>> triangulate(const std::vector<glm::vec2>& polygon) {
    std::vector<std::size_t> remaining(polygon.size());
    for (std::size_t i = 0; i < remaining.size(); ++i)
        remaining[i] = i;
    std::vector<std::array<std::size_t, 3>> triangles;
    auto isEar = [&](std::size_t k) {
        const std::size_t n = remaining.size();
        const glm::vec2 a = polygon[remaining[(k + n - 1) % n]], b = polygon[remaining[k]],
                        c = polygon[remaining[(k + 1) % n]];
        if (cross2(a, b, c) <= 1e-9f)
            return false; // reflex or flat: not an ear
        for (std::size_t j = 0; j < n; ++j) {
            if (j == k || j == (k + n - 1) % n || j == (k + 1) % n)
                continue;
            const glm::vec2 p = polygon[remaining[j]];
            if (cross2(a, b, p) >= 0.0f && cross2(b, c, p) >= 0.0f && cross2(c, a, p) >= 0.0f)
                return false;
        }
        return true;
    };
    while (remaining.size() > 3) {
        const std::size_t n = remaining.size();
        std::size_t ear = n;
        for (std::size_t k = 0; k < n && ear == n; ++k)
            if (isEar(k))
                ear = k;
        if (ear == n)
            throw Error(ErrorKind::InvalidArgument,
                        QStringLiteral("An extrusion outline is not a simple polygon."));
        triangles.push_back(
            {remaining[(ear + n - 1) % n], remaining[ear], remaining[(ear + 1) % n]});
        remaining.erase(remaining.begin() + std::ptrdiff_t(ear));
    }
    triangles.push_back({remaining[0], remaining[1], remaining[2]});
    return triangles;
}

// A unit vector perpendicular to `v`.
glm::vec3 perpendicular(const glm::vec3& v) {
    const glm::vec3 other = std::abs(v.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
    return glm::normalize(glm::cross(v, other));
}

} // namespace

PartStart partStart(const TexturedMesh& mesh) {
    return {mesh.positions.size(), mesh.indices.size()};
}

std::uint32_t addMaterial(TexturedMesh& mesh, glm::vec3 diffuse, const QImage& texture) {
    SurfaceMaterial material;
    material.diffuse = diffuse;
    material.texture = texture;
    mesh.materials.push_back(material);
    return std::uint32_t(mesh.materials.size() - 1);
}

void appendRingStack(TexturedMesh& mesh, const RingStack& stack) {
    const PartStart start = partStart(mesh);
    const std::size_t ringCount = stack.rings.size();
    std::size_t slices = 0;
    for (const auto& ring : stack.rings)
        slices = std::max(slices, ring.size());
    if (ringCount < 2 || slices < 3)
        throw Error(ErrorKind::InvalidArgument,
                    QStringLiteral("A ring stack needs two rings of three points."));

    // Every ring gets its own vertices: a pole one per slice (its u at the slice's middle), a
    // ring one per slice plus a seam copy of the first at u = 1.
    std::vector<std::uint32_t> first(ringCount);
    auto isPole = [&](std::size_t r) { return stack.rings[r].size() == 1; };
    for (std::size_t r = 0; r < ringCount; ++r) {
        first[r] = std::uint32_t(mesh.positions.size());
        const auto& ring = stack.rings[r];
        if (isPole(r)) {
            for (std::size_t s = 0; s < slices; ++s)
                addVertex(mesh, ring[0],
                          {(float(s) + 0.5f) / float(slices) * stack.uRepeat, stack.ringV[r]});
        } else {
            for (std::size_t s = 0; s <= slices; ++s)
                addVertex(mesh, ring[s % slices],
                          {float(s) / float(slices) * stack.uRepeat, stack.ringV[r]});
        }
    }

    const std::size_t bands = stack.closedLoop ? ringCount : ringCount - 1;
    for (std::size_t band = 0; band < bands; ++band) {
        const std::size_t a = band, b = (band + 1) % ringCount;
        const std::uint32_t material =
            stack.bandMaterial.empty()
                ? 0
                : stack.bandMaterial[std::min(band, stack.bandMaterial.size() - 1)];
        for (std::uint32_t s = 0; s < slices; ++s) {
            const std::uint32_t a0 = first[a] + s, a1 = first[a] + s + 1, b0 = first[b] + s,
                                b1 = first[b] + s + 1;
            if (isPole(a) && isPole(b))
                continue;
            if (isPole(a)) {
                addTriangle(mesh, a0, b1, b0, material);
            } else if (isPole(b)) {
                addTriangle(mesh, a0, a1, b0, material);
            } else {
                addTriangle(mesh, a0, a1, b1, material);
                addTriangle(mesh, a0, b1, b0, material);
            }
        }
    }

    // Flat fans close open ends, wound to match the bands next to them.
    if (!stack.closedLoop)
        for (const std::size_t r : {std::size_t(0), ringCount - 1}) {
            if (isPole(r))
                continue;
            const auto& ring = stack.rings[r];
            glm::vec3 centre(0.0f);
            for (const glm::vec3& p : ring)
                centre += p;
            centre /= float(ring.size());
            const std::uint32_t hub = addVertex(mesh, centre, {0.5f, 0.5f});
            const std::uint32_t rim = std::uint32_t(mesh.positions.size());
            for (std::size_t s = 0; s < slices; ++s) {
                const float angle = 2.0f * pi * float(s) / float(slices);
                addVertex(mesh, ring[s],
                          {0.5f + 0.5f * std::cos(angle), 0.5f + 0.5f * std::sin(angle)});
            }
            for (std::uint32_t s = 0; s < slices; ++s) {
                const std::uint32_t p0 = rim + s, p1 = rim + (s + 1) % std::uint32_t(slices);
                if (r == 0)
                    addTriangle(mesh, hub, p1, p0, stack.capMaterial);
                else
                    addTriangle(mesh, hub, p0, p1, stack.capMaterial);
            }
        }
    orientOutward(mesh, start);
}

void appendLathe(TexturedMesh& mesh, const Lathe& lathe) {
    const auto& profile = lathe.profile;
    if (profile.size() < 2 || lathe.slices < 3)
        throw Error(ErrorKind::InvalidArgument,
                    QStringLiteral("A lathe needs two profile points and three slices."));
    float lowest = std::numeric_limits<float>::max(),
          highest = std::numeric_limits<float>::lowest();
    for (const glm::vec2& p : profile) {
        lowest = std::min(lowest, p.y);
        highest = std::max(highest, p.y);
    }
    RingStack stack;
    stack.closedLoop = lathe.closedLoop;
    stack.capMaterial = lathe.capMaterial;
    stack.uRepeat = lathe.uRepeat;
    stack.bandMaterial = lathe.segmentMaterial;
    for (std::size_t i = 0; i < profile.size(); ++i) {
        const float radius = profile[i].x, height = profile[i].y;
        const float t = float(i) / float(profile.size() - 1);
        stack.ringV.push_back(
            lathe.v.empty() ? (height - lowest) / std::max(highest - lowest, 1e-6f) : lathe.v[i]);
        std::vector<glm::vec3> ring;
        if (radius <= 0.0f) {
            ring.emplace_back(0.0f, height, 0.0f);
        } else {
            for (int s = 0; s < lathe.slices; ++s) {
                const float angle = 2.0f * pi * float(s) / float(lathe.slices);
                // Clockwise seen from above, so u runs left to right as one looks at the side
                // and printed labels read the right way round.
                const glm::vec3 point(radius * std::cos(angle), height, -radius * std::sin(angle));
                ring.push_back(lathe.deform ? lathe.deform(point, angle, t) : point);
            }
        }
        stack.rings.push_back(std::move(ring));
    }
    appendRingStack(mesh, stack);
}

void ProfilePath::lineTo(glm::vec2 point, std::uint32_t material, int steps) {
    const glm::vec2 from = current();
    for (int i = 1; i <= steps; ++i) {
        m_points.push_back(i == steps ? point : glm::mix(from, point, float(i) / float(steps)));
        m_materials.push_back(material);
    }
}

void ProfilePath::arcTo(glm::vec2 centre, float startAngle, float endAngle, std::uint32_t material,
                        int steps) {
    // The radius comes from the current point, which the caller put on the circle.
    const float radius = glm::distance(current(), centre);
    for (int i = 1; i <= steps; ++i) {
        const float angle = glm::mix(startAngle, endAngle, float(i) / float(steps));
        m_points.push_back(centre + radius * glm::vec2(std::cos(angle), std::sin(angle)));
        m_materials.push_back(material);
    }
}

void ProfilePath::curveThrough(const std::vector<glm::vec2>& points, std::uint32_t material,
                               int perSpan) {
    std::vector<glm::vec2> controls{current()};
    controls.insert(controls.end(), points.begin(), points.end());
    const std::vector<glm::vec2> curve = smoothCurve(controls, perSpan);
    for (std::size_t i = 1; i < curve.size(); ++i) {
        m_points.push_back(curve[i]);
        m_materials.push_back(material);
    }
}

Lathe ProfilePath::lathe(int slices) const {
    Lathe lathe;
    lathe.profile = m_points;
    lathe.segmentMaterial = m_materials;
    lathe.slices = slices;
    // Ends are exactly on the axis even when arithmetic left them a hair off it.
    for (glm::vec2* end : {&lathe.profile.front(), &lathe.profile.back()})
        if (std::abs(end->x) < 1e-4f)
            end->x = 0.0f;
    return lathe;
}

void appendSuperquadric(TexturedMesh& mesh, glm::vec3 radii, float roundness, float squareness,
                        std::uint32_t material, int slices, int stacks,
                        const std::function<glm::vec3(const glm::vec3&, float, float)>& deform) {
    RingStack stack;
    stack.bandMaterial = {material};
    for (int j = 0; j <= stacks; ++j) {
        const float t = float(j) / float(stacks);
        const float latitude = pi * (t - 0.5f);
        stack.ringV.push_back(t);
        std::vector<glm::vec3> ring;
        if (j == 0 || j == stacks) {
            glm::vec3 pole(0.0f, j == 0 ? -radii.y : radii.y, 0.0f);
            ring.push_back(deform ? deform(pole, 0.0f, t) : pole);
        } else {
            const float c = signedPower(std::cos(latitude), roundness);
            const float y = radii.y * signedPower(std::sin(latitude), roundness);
            for (int s = 0; s < slices; ++s) {
                const float longitude = 2.0f * pi * float(s) / float(slices);
                const glm::vec3 point(radii.x * c * signedPower(std::cos(longitude), squareness), y,
                                      radii.z * c * signedPower(std::sin(longitude), squareness));
                ring.push_back(deform ? deform(point, longitude, t) : point);
            }
        }
        stack.rings.push_back(std::move(ring));
    }
    appendRingStack(mesh, stack);
}

void appendRoundedBox(TexturedMesh& mesh, glm::vec3 halfSize, float radius,
                      const std::array<std::uint32_t, 6>& faceMaterial, int bevelSteps) {
    const PartStart start = partStart(mesh);
    radius = std::clamp(radius, 0.0f, 0.999f * std::min({halfSize.x, halfSize.y, halfSize.z}));
    // Sample coordinates per axis: a few across the flat middle, and in each bevel zone steps
    // whose tangents are evenly spaced in angle, so the rounding is even. The two outermost are
    // exactly +-half, so neighbouring faces share their edge points bit for bit.
    auto coordinates = [&](float half) {
        std::vector<float> values;
        const float flat = half - radius;
        const int middle = 4;
        if (radius > 0.0f)
            for (int i = bevelSteps; i >= 1; --i)
                values.push_back(i == bevelSteps ? -half
                                                 : -flat - radius * std::tan(0.25f * pi * float(i) /
                                                                             float(bevelSteps)));
        for (int i = 0; i <= middle; ++i)
            values.push_back(radius > 0.0f || i > 0 ? -flat + 2.0f * flat * float(i) / middle
                                                    : -half);
        if (radius > 0.0f)
            for (int i = 1; i <= bevelSteps; ++i)
                values.push_back(i == bevelSteps ? half
                                                 : flat + radius * std::tan(0.25f * pi * float(i) /
                                                                            float(bevelSteps)));
        values.back() = half;
        return values;
    };
    const std::array<std::vector<float>, 3> axes = {
        coordinates(halfSize.x), coordinates(halfSize.y), coordinates(halfSize.z)};
    auto place = [&](const glm::vec3& onBox) {
        if (radius <= 0.0f)
            return onBox;
        const glm::vec3 inner = glm::clamp(onBox, -(halfSize - radius), halfSize - radius);
        return inner + radius * glm::normalize(onBox - inner);
    };
    // Seen from outside, u runs to the right and v up on every face; the side faces stand
    // upright and the top is read from the +Z side.
    const glm::vec3 faceRight[6] = {{0, 0, -1}, {0, 0, 1}, {1, 0, 0},
                                    {1, 0, 0},  {1, 0, 0}, {-1, 0, 0}};
    const glm::vec3 faceUp[6] = {{0, 1, 0}, {0, 1, 0}, {0, 0, -1}, {0, 0, 1}, {0, 1, 0}, {0, 1, 0}};
    for (int face = 0; face < 6; ++face) {
        const int axis = face / 2;
        const float sign = face % 2 == 0 ? 1.0f : -1.0f;
        const int uAxis = (axis + 1) % 3, vAxis = (axis + 2) % 3;
        const auto& us = axes[std::size_t(uAxis)];
        const auto& vs = axes[std::size_t(vAxis)];
        const std::uint32_t base = std::uint32_t(mesh.positions.size());
        for (std::size_t j = 0; j < vs.size(); ++j)
            for (std::size_t i = 0; i < us.size(); ++i) {
                glm::vec3 onBox;
                onBox[axis] = sign * halfSize[axis];
                onBox[uAxis] = us[i];
                onBox[vAxis] = vs[j];
                const glm::vec3 scaled = onBox / halfSize;
                addVertex(mesh, place(onBox),
                          {0.5f + 0.5f * glm::dot(scaled, faceRight[face]),
                           0.5f + 0.5f * glm::dot(scaled, faceUp[face])});
            }
        const auto row = std::uint32_t(us.size());
        for (std::uint32_t j = 0; j + 1 < vs.size(); ++j)
            for (std::uint32_t i = 0; i + 1 < us.size(); ++i) {
                const std::uint32_t a = base + j * row + i, b = a + 1, c = a + row + 1, d = a + row;
                // Winding flips with the face's side so the part is consistent throughout.
                if (sign > 0.0f) {
                    addTriangle(mesh, a, b, c, faceMaterial[std::size_t(face)]);
                    addTriangle(mesh, a, c, d, faceMaterial[std::size_t(face)]);
                } else {
                    addTriangle(mesh, a, c, b, faceMaterial[std::size_t(face)]);
                    addTriangle(mesh, a, d, c, faceMaterial[std::size_t(face)]);
                }
            }
    }
    orientOutward(mesh, start);
}

void appendExtrusion(TexturedMesh& mesh, const std::vector<glm::vec2>& outline, float y0, float y1,
                     std::uint32_t sideMaterial, std::uint32_t capMaterial) {
    const PartStart start = partStart(mesh);
    if (outline.size() < 3)
        throw Error(ErrorKind::InvalidArgument,
                    QStringLiteral("An extrusion outline needs three points."));
    if (y1 < y0)
        std::swap(y0, y1);
    std::vector<glm::vec2> polygon = outline;
    if (signedArea(polygon) < 0.0f)
        std::reverse(polygon.begin(), polygon.end());
    glm::vec2 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (const glm::vec2& p : polygon) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    const glm::vec2 extent = glm::max(hi - lo, glm::vec2(1e-6f));
    const float height = std::abs(y1 - y0);

    // Sides: a quad per outline edge with its own vertices, so each wall is a flat face.
    float along = 0.0f;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0; i < n; ++i) {
        const glm::vec2 a = polygon[i], b = polygon[(i + 1) % n];
        const float next = along + glm::distance(a, b);
        // The texture's u spans the perimeter in steps as long as the wall is tall.
        const float u0 = along / std::max(height, 1e-6f), u1 = next / std::max(height, 1e-6f);
        const std::uint32_t p = addVertex(mesh, {a.x, y0, a.y}, {u0, 0.0f});
        addVertex(mesh, {b.x, y0, b.y}, {u1, 0.0f});
        addVertex(mesh, {b.x, y1, b.y}, {u1, 1.0f});
        addVertex(mesh, {a.x, y1, a.y}, {u0, 1.0f});
        addTriangle(mesh, p, p + 2, p + 1, sideMaterial);
        addTriangle(mesh, p, p + 3, p + 2, sideMaterial);
        along = next;
    }
    const auto triangles = triangulate(polygon);
    for (const float y : {y0, y1}) {
        const std::uint32_t base = std::uint32_t(mesh.positions.size());
        for (const glm::vec2& p : polygon)
            addVertex(mesh, {p.x, y, p.y}, (p - lo) / extent);
        // In the XZ plane a counter-clockwise outline faces -Y: the bottom keeps that order.
        for (const auto& t : triangles) {
            if (y == y0)
                addTriangle(mesh, base + std::uint32_t(t[0]), base + std::uint32_t(t[1]),
                            base + std::uint32_t(t[2]), capMaterial);
            else
                addTriangle(mesh, base + std::uint32_t(t[0]), base + std::uint32_t(t[2]),
                            base + std::uint32_t(t[1]), capMaterial);
        }
    }
    orientOutward(mesh, start);
}

void appendTube(TexturedMesh& mesh, const Tube& tube) {
    const std::size_t count = tube.path.size();
    if (count < 2 || tube.radii.size() != count)
        throw Error(ErrorKind::InvalidArgument,
                    QStringLiteral("A tube needs two path points and a radius for each."));
    std::vector<float> along(count, 0.0f);
    for (std::size_t i = 1; i < count; ++i)
        along[i] = along[i - 1] + glm::distance(tube.path[i - 1], tube.path[i]);
    RingStack stack;
    stack.bandMaterial = {tube.material};
    stack.capMaterial = tube.capMaterial;
    // Parallel transport: the section's width axis turns only as much as the path does, so the
    // tube never twists.
    glm::vec3 width;
    for (std::size_t i = 0; i < count; ++i) {
        const glm::vec3 tangent =
            glm::normalize(tube.path[std::min(i + 1, count - 1)] - tube.path[i == 0 ? 0 : i - 1]);
        if (i == 0) {
            width = tube.widthAxis - tangent * glm::dot(tube.widthAxis, tangent);
            width = glm::length(width) > 1e-4f ? glm::normalize(width) : perpendicular(tangent);
        } else {
            width = glm::normalize(width - tangent * glm::dot(width, tangent));
        }
        const glm::vec3 other = glm::cross(tangent, width);
        const float t = along[i] / std::max(along.back(), 1e-6f);
        stack.ringV.push_back(t);
        std::vector<glm::vec3> ring;
        const glm::vec2 radius = tube.radii[i];
        if (radius.x <= 0.0f || radius.y <= 0.0f) {
            ring.push_back(tube.path[i]);
        } else {
            for (int s = 0; s < tube.sides; ++s) {
                const float angle = 2.0f * pi * float(s) / float(tube.sides);
                const float scale = tube.sectionScale ? tube.sectionScale(angle, t) : 1.0f;
                ring.push_back(tube.path[i] + scale * (radius.x * std::cos(angle) * width +
                                                       radius.y * std::sin(angle) * other));
            }
        }
        stack.rings.push_back(std::move(ring));
    }
    appendRingStack(mesh, stack);
}

void transformPart(TexturedMesh& mesh, PartStart start, const glm::mat4& transform) {
    for (std::size_t v = start.vertex; v < mesh.positions.size(); ++v)
        mesh.positions[v] = glm::vec3(transform * glm::vec4(mesh.positions[v], 1.0f));
    if (glm::determinant(glm::mat3(transform)) < 0.0f)
        for (std::size_t i = start.index; i + 2 < mesh.indices.size(); i += 3)
            std::swap(mesh.indices[i + 1], mesh.indices[i + 2]);
}

void bendPart(TexturedMesh& mesh, PartStart start,
              const std::function<glm::vec3(const glm::vec3&)>& bend) {
    for (std::size_t v = start.vertex; v < mesh.positions.size(); ++v)
        mesh.positions[v] = bend(mesh.positions[v]);
}

void projectUVs(TexturedMesh& mesh, PartStart start, const glm::vec3& uAxis, const glm::vec3& vAxis,
                float scale) {
    for (std::size_t v = start.vertex; v < mesh.positions.size(); ++v)
        mesh.uvs[v] = scale * glm::vec2(glm::dot(mesh.positions[v], uAxis),
                                        glm::dot(mesh.positions[v], vAxis));
}

std::pair<glm::vec3, glm::vec3> boundsOf(const TexturedMesh& mesh, PartStart start) {
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (std::size_t v = start.vertex; v < mesh.positions.size(); ++v) {
        lo = glm::min(lo, mesh.positions[v]);
        hi = glm::max(hi, mesh.positions[v]);
    }
    return {lo, hi};
}

void restOnGround(TexturedMesh& mesh) {
    const auto [lo, hi] = boundsOf(mesh);
    const glm::vec3 shift(-0.5f * (lo.x + hi.x), -lo.y, -0.5f * (lo.z + hi.z));
    for (glm::vec3& p : mesh.positions)
        p += shift;
}

std::vector<glm::vec2> smoothCurve(const std::vector<glm::vec2>& points, int perSpan) {
    std::vector<glm::vec2> curve;
    const std::size_t n = points.size();
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const glm::vec2 p0 = points[i == 0 ? 0 : i - 1], p1 = points[i], p2 = points[i + 1],
                        p3 = points[std::min(i + 2, n - 1)];
        for (int k = 0; k < perSpan; ++k) {
            const float t = float(k) / float(perSpan), t2 = t * t, t3 = t2 * t;
            curve.push_back(0.5f * (2.0f * p1 + (p2 - p0) * t +
                                    (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                                    (3.0f * p1 - p0 - 3.0f * p2 + p3) * t3));
        }
    }
    curve.push_back(points.back());
    return curve;
}

} // namespace lift3d::procedural
