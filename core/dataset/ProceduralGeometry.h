#pragma once

#include "core/dataset/TexturedMesh.h"

#include <array>
#include <functional>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <utility>
#include <vector>

namespace lift3d::procedural {

// The building blocks of the procedural shapes. Every append* function adds one closed part:
// watertight once vertices at identical positions are merged (UV seams split them), wound
// consistently with outward normals, without degenerate triangles. An object is a union of
// such parts, which may intersect: the signed-distance builder (MeshToField.h) marks as inside
// everything its flood fill cannot reach from the border, so overlapping closed parts come
// out as their union.

// Where a part begins in a mesh, so it can be moved or bent after it is appended.
struct PartStart {
    std::size_t vertex = 0, index = 0;
};
PartStart partStart(const TexturedMesh& mesh);

// Adds a material and returns its index. Textured materials should have a white `diffuse`:
// the renderer multiplies the two.
std::uint32_t addMaterial(TexturedMesh& mesh, glm::vec3 diffuse, const QImage& texture = {});

// Rings of points stacked into a surface, the common form of lathes, superquadrics and tubes.
// Each ring holds `slices` points in order around it, or one point (a pole, where the surface
// closes to a tip). Open end rings are closed with flat fans. u runs around the rings (0..1
// times uRepeat), v is given per ring.
struct RingStack {
    std::vector<std::vector<glm::vec3>> rings;
    std::vector<float> ringV;                // one per ring
    std::vector<std::uint32_t> bandMaterial; // one per band between consecutive rings
    std::uint32_t capMaterial = 0;
    bool closedLoop = false; // the last ring joins the first (a torus): no caps
    float uRepeat = 1.0f;
};
void appendRingStack(TexturedMesh& mesh, const RingStack& stack);

// A solid of revolution about +Y. `profile` holds (radius, height) points running from the axis
// back to the axis: radius exactly 0 at the two ends and above 0 everywhere between. An end off
// the axis is closed by a flat cap; with `closedLoop` the profile is a loop that never touches
// the axis (a ring, a lampshade).
struct Lathe {
    std::vector<glm::vec2> profile;
    std::vector<std::uint32_t> segmentMaterial; // one per segment, or a single one for all
    std::vector<float> v;                       // one per point; empty: height mapped to 0..1
    int slices = 48;
    bool closedLoop = false;
    std::uint32_t capMaterial = 0;
    float uRepeat = 1.0f;
    // Moves each revolved point off the axis (lobes, dents, bumps). `angle` in radians from +X
    // toward -Z (clockwise seen from above: u then runs left to right seen from outside, so
    // labels are not mirrored), `t` the point's index along the profile over (count - 1).
    std::function<glm::vec3(const glm::vec3& point, float angle, float t)> deform;
};
void appendLathe(TexturedMesh& mesh, const Lathe& lathe);

// A lathe profile drawn like a pen path in the (radius, height) plane, each segment with its
// own material: the outside of a mug, over its rim, down its inside.
class ProfilePath {
public:
    explicit ProfilePath(glm::vec2 start) : m_points{start} {}

    glm::vec2 current() const { return m_points.back(); }
    // A straight run in `steps` equal segments.
    void lineTo(glm::vec2 point, std::uint32_t material, int steps = 1);
    // A circular arc about `centre` from `startAngle`, where the current point must lie, to
    // `endAngle` (radians: 0 along +radius, pi/2 along +height; either way round).
    void arcTo(glm::vec2 centre, float startAngle, float endAngle, std::uint32_t material,
               int steps = 6);
    // A smooth curve (Catmull-Rom) from the current point through `points`.
    void curveThrough(const std::vector<glm::vec2>& points, std::uint32_t material,
                      int perSpan = 6);

    // The lathe for this path; materials per segment, v from height.
    Lathe lathe(int slices = 48) const;
    const std::vector<glm::vec2>& points() const { return m_points; }

private:
    std::vector<glm::vec2> m_points;
    std::vector<std::uint32_t> m_materials; // one per segment
};

// A superellipsoid centred at the origin: radii per axis, `roundness` (north-south) and
// `squareness` (east-west) exponents: 1 an ellipsoid, toward 0.1 a box, 2 a double cone.
// `deform` gets (point, longitude, latitude in 0..1 from bottom to top).
void appendSuperquadric(
    TexturedMesh& mesh, glm::vec3 radii, float roundness, float squareness, std::uint32_t material,
    int slices = 48, int stacks = 32,
    const std::function<glm::vec3(const glm::vec3&, float, float)>& deform = {});

// A box centred at the origin with half extents `halfSize`, its edges and corners rounded with
// `radius` (0 for sharp ones). Materials per face in the order +X, -X, +Y, -Y, +Z, -Z; every
// face's uv spans 0..1.
void appendRoundedBox(TexturedMesh& mesh, glm::vec3 halfSize, float radius,
                      const std::array<std::uint32_t, 6>& faceMaterial, int bevelSteps = 4);

// A prism: `outline`, a simple polygon in the XZ plane (x, z) of either orientation, from
// height y0 to y1. Caps are triangulated by ear clipping, uv: side u along the perimeter.
void appendExtrusion(TexturedMesh& mesh, const std::vector<glm::vec2>& outline, float y0, float y1,
                     std::uint32_t sideMaterial, std::uint32_t capMaterial);

// A tube swept along `path` with an elliptical section of radii `radii[i]` (across, along
// `widthAxis` as transported along the path; and the other way). An end with zero radii
// becomes a tip; other ends are capped flat. v runs 0..1 along the path.
struct Tube {
    std::vector<glm::vec3> path;
    std::vector<glm::vec2> radii; // one per path point
    glm::vec3 widthAxis{0, 0, 1}; // need not be perpendicular to the path
    int sides = 16;
    std::uint32_t material = 0, capMaterial = 0;
    // Scales the section radius at (angle around, t along the path 0..1): ribs, flutes.
    std::function<float(float angle, float t)> sectionScale;
};
void appendTube(TexturedMesh& mesh, const Tube& tube);

// Moves the part that begins at `start`; a mirroring transform keeps its winding outward.
void transformPart(TexturedMesh& mesh, PartStart start, const glm::mat4& transform);
// Moves every vertex of the part by `bend` (it must keep the part from folding over itself).
void bendPart(TexturedMesh& mesh, PartStart start,
              const std::function<glm::vec3(const glm::vec3&)>& bend);

// Replaces the part's uvs by a planar projection, (p.uAxis, p.vAxis) * scale: wood grain that
// runs straight through a turned or carved object.
void projectUVs(TexturedMesh& mesh, PartStart start, const glm::vec3& uAxis, const glm::vec3& vAxis,
                float scale);

// The bounding box of the part that begins at `start` (the whole mesh by default).
std::pair<glm::vec3, glm::vec3> boundsOf(const TexturedMesh& mesh, PartStart start = {});

// Centres the object over the origin in x and z and puts its lowest point at y = 0.
void restOnGround(TexturedMesh& mesh);

// Catmull-Rom through `points` (at least 2), `perSpan` samples per span, both ends included.
std::vector<glm::vec2> smoothCurve(const std::vector<glm::vec2>& points, int perSpan);

} // namespace lift3d::procedural
