// Mugs, cups, bowls and vases: hollow solids of revolution whose profile runs up the outside,
// over a rounded rim and down the inside, so the wall has a real thickness; handles are swept
// tubes whose capped ends are buried in the wall (the parts form a closed union).

#include "core/dataset/ProceduralFamilies.h"
#include "core/dataset/ProceduralGeometry.h"
#include "core/dataset/ProceduralRandom.h"
#include "core/dataset/ProceduralTextures.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/geometric.hpp>

namespace lift3d::procedural {
namespace {

constexpr float pi = 3.14159265358979f;

const glm::vec3 glazes[] = {{0.95f, 0.94f, 0.9f},  {0.93f, 0.9f, 0.82f},  {0.15f, 0.15f, 0.17f},
                            {0.75f, 0.12f, 0.12f}, {0.15f, 0.3f, 0.6f},   {0.45f, 0.65f, 0.75f},
                            {0.55f, 0.7f, 0.55f},  {0.95f, 0.8f, 0.3f},   {0.9f, 0.55f, 0.6f},
                            {0.5f, 0.35f, 0.25f},  {0.35f, 0.45f, 0.35f}, {0.95f, 0.5f, 0.15f},
                            {0.6f, 0.58f, 0.55f},  {0.3f, 0.2f, 0.4f}};

glm::vec3 contrasting(std::mt19937& random, glm::vec3 base) {
    for (int attempt = 0; attempt < 8; ++attempt) {
        const glm::vec3 c = pick(random, glazes);
        if (glm::distance(c, base) > 0.45f)
            return c;
    }
    return glm::vec3(1.0f) - base;
}

// The radius of a profile's outer wall at `height`: the first crossing, from the bottom.
float radiusAtHeight(const std::vector<glm::vec2>& outer, float height) {
    for (std::size_t i = 0; i + 1 < outer.size(); ++i) {
        const glm::vec2 a = outer[i], b = outer[i + 1];
        if ((height - a.y) * (height - b.y) <= 0.0f && a.y != b.y)
            return a.x + (b.x - a.x) * (height - a.y) / (b.y - a.y);
    }
    return outer.back().x;
}

// A handle on the +X side: a D-shaped loop from the wall at `low` to the wall at `high`
// (heights), reaching `reach` out from it. Its ends sit half a wall thickness inside the wall,
// so the union of wall and handle is closed and shows no seam.
void appendHandle(TexturedMesh& mesh, const std::vector<glm::vec2>& outerWall, float wall,
                  float low, float high, float reach, float squareness, glm::vec2 section,
                  std::uint32_t material) {
    const float xLow = radiusAtHeight(outerWall, low) - 0.5f * wall;
    const float xHigh = radiusAtHeight(outerWall, high) - 0.5f * wall;
    const float middle = 0.5f * (low + high), half = 0.5f * (high - low);
    Tube tube;
    tube.sides = 14;
    tube.material = tube.capMaterial = material;
    tube.widthAxis = glm::vec3(0, 0, 1);
    const int steps = 28;
    for (int i = 0; i <= steps; ++i) {
        const float s = float(i) / float(steps);
        const float angle = -0.5f * pi + pi * s;
        // cos is a hair below zero at the ends, where pow of a fraction would give NaN.
        const float c = std::pow(std::max(std::cos(angle), 0.0f), squareness);
        const float sn = std::sin(angle);
        const float base = glm::mix(xLow, xHigh, s);
        tube.path.emplace_back(base + (reach + 0.5f * wall) * c, middle + half * sn, 0.0f);
        tube.radii.push_back(section);
    }
    appendTube(mesh, tube);
}

// Outer wall, rounded rim, inner wall, inner floor: the profile of an open vessel. `outer`
// runs from the bottom edge up to the rim; the inner wall is `outer` moved inward by `wall`
// along its normals, down to `floor`.
ProfilePath vesselProfile(const std::vector<glm::vec2>& base, const std::vector<glm::vec2>& outer,
                          float wall, float floor, std::uint32_t outside, std::uint32_t rim,
                          std::uint32_t inside) {
    ProfilePath path(base.front());
    for (std::size_t i = 1; i < base.size(); ++i)
        path.lineTo(base[i], outside);
    for (const glm::vec2& p : outer)
        if (glm::distance(p, path.current()) > 1e-4f)
            path.lineTo(p, outside);
    // The rim: a half circle over the top of the wall.
    const glm::vec2 top = outer.back();
    const glm::vec2 tangent = glm::normalize(outer.back() - outer[outer.size() - 2]);
    const glm::vec2 normal(tangent.y, -tangent.x); // outward: to the right going up
    const glm::vec2 centre = top - 0.5f * wall * normal;
    const float start = std::atan2(normal.y, normal.x);
    path.arcTo(centre, start, start + pi, rim, 6);
    // Down the inside, offset along the outer wall's normals, until the floor.
    for (std::size_t i = outer.size() - 1; i-- > 0;) {
        const glm::vec2 t =
            glm::normalize(outer[std::min(i + 1, outer.size() - 1)] - outer[i == 0 ? 0 : i - 1]);
        const glm::vec2 p = outer[i] - wall * glm::vec2(t.y, -t.x);
        if (p.y <= floor || p.x <= 0.05f)
            break;
        if (p.y < path.current().y)
            path.lineTo(p, inside);
    }
    const glm::vec2 last = path.current();
    const float fillet = std::min(0.6f * (last.y - floor), 0.3f * last.x);
    path.lineTo({last.x, floor + fillet}, inside);
    path.arcTo({last.x - fillet, floor + fillet}, 0.0f, -0.5f * pi, inside, 3);
    path.lineTo({0.0f, floor}, inside, 2);
    return path;
}

// Samples of a wall from (r0, y0) to (r1, y1) bulging by `belly` (a fraction of the height).
std::vector<glm::vec2> straightWall(glm::vec2 from, glm::vec2 to, float belly, int steps) {
    std::vector<glm::vec2> wall;
    for (int i = 0; i <= steps; ++i) {
        const float s = float(i) / float(steps);
        glm::vec2 p = glm::mix(from, to, s);
        p.x += belly * (to.y - from.y) * std::sin(pi * s);
        wall.push_back(p);
    }
    return wall;
}

TexturedMesh makeMug(std::mt19937& random) {
    const bool tall = chance(random, 0.25f);
    const float radius = tall ? uniform(random, 3.2f, 3.8f) : uniform(random, 3.7f, 4.4f);
    const float height = tall ? uniform(random, 11.0f, 13.0f) : uniform(random, 8.5f, 10.5f);
    const float flare = uniform(random, -0.06f, 0.12f);
    const float wall = uniform(random, 0.45f, 0.65f), floor = uniform(random, 0.8f, 1.1f);
    const glm::vec3 base = vary(random, pick(random, glazes), 0.06f);
    const glm::vec3 accent = contrasting(random, base);
    const glm::vec3 interior =
        chance(random, 0.5f) ? base : vary(random, {0.95f, 0.94f, 0.9f}, 0.03f);
    TexturedMesh mesh;
    const std::uint32_t outside = addMaterial(
        mesh, glm::vec3(1.0f), decoratedTexture(random, base, accent, 2.0f * pi * radius / height));
    const std::uint32_t inside = addMaterial(mesh, interior);
    const std::uint32_t plain = addMaterial(mesh, base);
    const float chamfer = 0.35f;
    const auto outer =
        straightWall({radius, chamfer}, {radius * (1.0f + flare), height - 0.5f * wall},
                     uniform(random, -0.03f, 0.04f), 10);
    ProfilePath path = vesselProfile({{0.0f, 0.0f}, {radius - chamfer, 0.0f}}, outer, wall, floor,
                                     outside, inside, inside);
    appendLathe(mesh, path.lathe(56));
    const float low = height * uniform(random, 0.15f, 0.28f),
                high = height * uniform(random, 0.72f, 0.85f);
    appendHandle(mesh, outer, wall, low, high, uniform(random, 2.0f, 3.0f),
                 uniform(random, 0.4f, 0.9f),
                 {uniform(random, 0.45f, 0.8f), uniform(random, 0.3f, 0.42f)}, plain);
    return mesh;
}

// An enamel camping mug: thin steel wall, a dark rim band, a flat strap handle.
TexturedMesh makeEnamelMug(std::mt19937& random) {
    static const glm::vec3 enamels[] = {
        {0.95f, 0.95f, 0.93f}, {0.2f, 0.35f, 0.6f}, {0.3f, 0.45f, 0.3f}, {0.75f, 0.15f, 0.12f}};
    const glm::vec3 enamel = vary(random, pick(random, enamels), 0.04f);
    const glm::vec3 rimColour = vary(random, {0.12f, 0.14f, 0.2f}, 0.1f);
    const float radius = uniform(random, 3.8f, 4.6f), height = uniform(random, 7.5f, 9.0f);
    const float wall = 0.3f;
    Canvas canvas(256, 128, enamel);
    mottle(canvas, random, enamel * 0.93f, 0.4f, 6);
    canvas.fillRect(0.0f, 0.965f, 1.0f, 1.0f, rimColour);
    scatterSpeckles(canvas, random, 40, enamel * 0.6f, 0.4f, 1.2f, 0.8f); // chips
    TexturedMesh mesh;
    const std::uint32_t outside = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t rim = addMaterial(mesh, rimColour);
    const std::uint32_t inside = addMaterial(mesh, enamel);
    const auto outer = straightWall({radius, 0.3f}, {radius, height - 0.5f * wall}, 0.0f, 8);
    ProfilePath path = vesselProfile({{0.0f, 0.0f}, {radius - 0.3f, 0.0f}}, outer, wall, 0.5f,
                                     outside, rim, inside);
    appendLathe(mesh, path.lathe(56));
    appendHandle(mesh, outer, wall, height * 0.3f, height * 0.82f, uniform(random, 2.2f, 2.8f),
                 0.3f, {0.8f, 0.22f}, inside);
    return mesh;
}

// A teacup on a flared foot, a small ear of a handle, often on its saucer.
TexturedMesh makeTeacup(std::mt19937& random) {
    const float rim = uniform(random, 4.0f, 4.8f), height = uniform(random, 5.0f, 6.8f);
    const float bottom = rim * uniform(random, 0.42f, 0.55f);
    const float wall = 0.32f;
    const glm::vec3 base =
        vary(random, chance(random, 0.6f) ? glm::vec3(0.96f, 0.95f, 0.92f) : pick(random, glazes),
             0.03f);
    const glm::vec3 accent = contrasting(random, base);
    TexturedMesh mesh;
    const std::uint32_t outside = addMaterial(
        mesh, glm::vec3(1.0f), decoratedTexture(random, base, accent, 2.0f * pi * rim / height));
    const std::uint32_t inside = addMaterial(mesh, base);
    const std::uint32_t gilt =
        addMaterial(mesh, chance(random, 0.4f) ? glm::vec3(0.85f, 0.7f, 0.3f) : base); // a gold rim
    const float foot = bottom * 0.85f, footHeight = 0.45f;
    std::vector<glm::vec2> outer;
    const auto curve = smoothCurve({{bottom, footHeight + 0.2f},
                                    {bottom + 0.5f * (rim - bottom), height * 0.35f},
                                    {rim * 0.97f, height * 0.75f},
                                    {rim, height - 0.5f * wall}},
                                   5);
    outer.insert(outer.end(), curve.begin(), curve.end());
    ProfilePath path = vesselProfile({{0.0f, 0.3f},
                                      {foot - 0.35f, 0.3f},
                                      {foot - 0.25f, 0.0f},
                                      {foot, 0.0f},
                                      {foot + 0.15f, footHeight}},
                                     outer, wall, footHeight + 0.5f, outside, gilt, inside);
    appendLathe(mesh, path.lathe(56));
    appendHandle(mesh, outer, wall, height * 0.42f, height * 0.88f, uniform(random, 1.4f, 2.0f),
                 uniform(random, 0.5f, 1.0f), {0.32f, 0.22f}, inside);
    if (chance(random, 0.6f)) {
        // The saucer: a shallow dish with a well the cup's foot sinks into a little.
        const float saucer = rim * uniform(random, 1.45f, 1.7f);
        const std::uint32_t dish = addMaterial(mesh, base);
        const float well = 0.55f;
        transformPart(mesh, {}, glm::translate(glm::mat4(1.0f), {0.0f, well - 0.05f, 0.0f}));
        ProfilePath plate({0.0f, 0.12f});
        plate.lineTo({saucer * 0.38f, 0.12f}, dish, 2);
        plate.lineTo({saucer * 0.4f, 0.0f}, dish);
        plate.lineTo({saucer * 0.46f, 0.0f}, dish);
        plate.curveThrough({{saucer * 0.8f, 0.5f}, {saucer, 1.25f}}, dish, 4);
        plate.arcTo({saucer - 0.15f, 1.25f}, 0.0f, pi, dish, 4);
        plate.curveThrough({{saucer * 0.75f, 0.85f}, {saucer * 0.5f, well + 0.05f}}, dish, 4);
        plate.lineTo({0.0f, well}, dish, 3);
        appendLathe(mesh, plate.lathe(64));
    }
    restOnGround(mesh);
    return mesh;
}

// A drinking glass: a thick base, a thin wall, sometimes faceted; tinted or clear.
TexturedMesh makeTumbler(std::mt19937& random) {
    static const glm::vec3 glasses[] = {{0.82f, 0.88f, 0.88f},
                                        {0.78f, 0.85f, 0.9f},
                                        {0.6f, 0.75f, 0.6f},
                                        {0.7f, 0.5f, 0.3f},
                                        {0.45f, 0.6f, 0.8f}};
    const glm::vec3 glass = vary(random, pick(random, glasses), 0.04f);
    const float radius = uniform(random, 2.7f, 3.4f), height = uniform(random, 8.0f, 14.0f);
    const float wall = uniform(random, 0.2f, 0.3f), floor = uniform(random, 0.9f, 1.6f);
    TexturedMesh mesh;
    Canvas canvas(64, 256, glass);
    canvas.shade([&](float, float v, glm::vec3 c) {
        return c * (v < floor / height ? 0.85f : 1.0f); // the thick base looks darker
    });
    const std::uint32_t outside = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t inside = addMaterial(mesh, glass * 0.92f);
    const auto outer = straightWall(
        {radius, 0.2f}, {radius * uniform(random, 1.0f, 1.25f), height - 0.5f * wall}, 0.0f, 8);
    ProfilePath path = vesselProfile({{0.0f, 0.0f}, {radius - 0.2f, 0.0f}}, outer, wall, floor,
                                     outside, inside, inside);
    // Some glasses are faceted: few slices make flat faces.
    appendLathe(mesh, path.lathe(chance(random, 0.3f) ? integer(random, 8, 14) : 56));
    return mesh;
}

// A takeaway paper cup, with its plastic lid or without.
TexturedMesh makePaperCup(std::mt19937& random) {
    const float bottom = uniform(random, 2.5f, 3.0f), top = bottom * uniform(random, 1.3f, 1.5f);
    const float height = uniform(random, 8.5f, 13.0f);
    const glm::vec3 paper =
        vary(random, chance(random, 0.6f) ? glm::vec3(0.96f, 0.95f, 0.92f) : pick(random, glazes),
             0.03f);
    Canvas canvas(256, 256, paper);
    const bool sleeve = chance(random, 0.6f);
    const float sleeveLow = uniform(random, 0.25f, 0.35f), sleeveHigh = sleeveLow + 0.35f;
    if (sleeve) {
        const glm::vec3 card = vary(random, {0.62f, 0.45f, 0.28f}, 0.08f);
        canvas.fillRect(0.0f, sleeveLow, 1.0f, sleeveHigh, card);
        mottle(canvas, random, card * 0.9f, 0.2f, 16);
    }
    const glm::vec3 logo = contrasting(random, paper);
    canvas.fillEllipse(0.25f, sleeve ? sleeveHigh + 0.15f : 0.55f, 0.05f, 0.12f, logo);
    canvas.fillEllipse(0.75f, sleeve ? sleeveHigh + 0.15f : 0.55f, 0.05f, 0.12f, logo);
    TexturedMesh mesh;
    const std::uint32_t outside = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t inside = addMaterial(mesh, paper * 0.95f);
    const std::uint32_t lidMaterial =
        addMaterial(mesh, chance(random, 0.5f) ? glm::vec3(0.12f) : glm::vec3(0.95f));
    if (chance(random, 0.7f)) {
        // With the lid on, the cup is closed: one solid.
        ProfilePath path({0.0f, 0.0f});
        path.lineTo({bottom - 0.1f, 0.0f}, outside, 2);
        path.lineTo({bottom, 0.3f}, outside);
        path.lineTo({top, height}, outside, 10);
        path.lineTo({top + 0.2f, height}, lidMaterial);
        path.lineTo({top + 0.2f, height + 0.5f}, lidMaterial);
        path.lineTo({top * 0.9f, height + 0.7f}, lidMaterial);
        path.lineTo({top * 0.85f, height + 1.3f}, lidMaterial);
        path.lineTo({top * 0.3f, height + 1.4f}, lidMaterial, 2);
        path.lineTo({top * 0.25f, height + 1.1f}, lidMaterial);
        path.lineTo({0.0f, height + 1.1f}, lidMaterial);
        appendLathe(mesh, path.lathe(56));
        // The sip hole's raised spout.
        const PartStart spout = partStart(mesh);
        appendRoundedBox(
            mesh, {0.8f, 0.15f, 0.35f}, 0.1f,
            {lidMaterial, lidMaterial, lidMaterial, lidMaterial, lidMaterial, lidMaterial});
        transformPart(mesh, spout,
                      glm::translate(glm::mat4(1.0f), {top * 0.6f, height + 1.35f, 0.0f}));
    } else {
        const auto outer = straightWall({bottom, 0.3f}, {top, height - 0.2f}, 0.0f, 10);
        ProfilePath path = vesselProfile({{0.0f, 0.0f}, {bottom - 0.1f, 0.0f}}, outer, 0.4f, 0.9f,
                                         outside, inside, inside);
        appendLathe(mesh, path.lathe(56));
    }
    return mesh;
}

// A bowl's outer wall: a quarter superellipse from the flat underside to the rim.
std::vector<glm::vec2> bowlWall(float base, float radius, float from, float height, float roundness,
                                int steps) {
    std::vector<glm::vec2> wall;
    for (int i = 0; i <= steps; ++i) {
        const float angle = 0.5f * pi * float(i) / float(steps);
        const float s = std::pow(std::max(std::sin(angle), 0.0f), 2.0f / roundness);
        const float c = std::pow(std::max(std::cos(angle), 0.0f), 2.0f / roundness);
        wall.emplace_back(base + (radius - base) * s, from + (height - from) * (1.0f - c));
    }
    return wall;
}

TexturedMesh makeBowl(std::mt19937& random) {
    const float radius = uniform(random, 6.0f, 9.0f);
    const float height = radius * uniform(random, 0.65f, 0.95f);
    const float wall = uniform(random, 0.4f, 0.6f);
    const glm::vec3 base = vary(random, pick(random, glazes), 0.06f);
    const glm::vec3 accent = contrasting(random, base);
    TexturedMesh mesh;
    const std::uint32_t outside = addMaterial(
        mesh, glm::vec3(1.0f), decoratedTexture(random, base, accent, 2.0f * pi * radius / height));
    const std::uint32_t inside =
        addMaterial(mesh, chance(random, 0.6f) ? base : vary(random, {0.95f, 0.94f, 0.9f}, 0.03f));
    const float foot = radius * uniform(random, 0.35f, 0.45f),
                footHeight = uniform(random, 0.4f, 0.8f);
    const auto outer =
        bowlWall(foot + 0.3f, radius, footHeight, height, uniform(random, 1.6f, 2.6f), 14);
    ProfilePath path = vesselProfile(
        {{0.0f, footHeight}, {foot - 0.4f, footHeight}, {foot - 0.3f, 0.0f}, {foot, 0.0f}}, outer,
        wall, footHeight + wall, outside, inside, inside);
    appendLathe(mesh, path.lathe(64));
    return mesh;
}

TexturedMesh makeWoodenBowl(std::mt19937& random) {
    static const glm::vec3 woods[][2] = {{{0.78f, 0.6f, 0.4f}, {0.55f, 0.38f, 0.22f}},
                                         {{0.6f, 0.4f, 0.25f}, {0.38f, 0.22f, 0.12f}},
                                         {{0.85f, 0.72f, 0.52f}, {0.65f, 0.5f, 0.32f}}};
    const auto& wood = pick(random, woods);
    const float radius = uniform(random, 8.0f, 14.0f);
    const float height = radius * uniform(random, 0.55f, 0.8f);
    const float wall = uniform(random, 0.6f, 0.9f);
    TexturedMesh mesh;
    const QImage grain = woodTexture(random, vary(random, wood[0], 0.06f), wood[1], false);
    const std::uint32_t material = addMaterial(mesh, glm::vec3(1.0f), grain);
    const auto outer =
        bowlWall(radius * 0.4f, radius, 0.0f, height, uniform(random, 1.8f, 2.4f), 14);
    ProfilePath path =
        vesselProfile({{0.0f, 0.0f}}, outer, wall, wall, material, material, material);
    appendLathe(mesh, path.lathe(64));
    // Turned from one block: the grain runs straight across the bowl, not around it.
    projectUVs(mesh, {}, glm::vec3(1, 0, 0), glm::vec3(0.3f, 0.3f, 1.0f), 0.5f / radius);
    return mesh;
}

// A mixing bowl: steel or plastic, a flat base, a flared wall, a rolled lip.
TexturedMesh makeMixingBowl(std::mt19937& random) {
    static const glm::vec3 colours[] = {{0.76f, 0.77f, 0.79f}, {0.76f, 0.77f, 0.79f},
                                        {0.9f, 0.3f, 0.25f},   {0.3f, 0.6f, 0.8f},
                                        {0.95f, 0.95f, 0.95f}, {0.6f, 0.8f, 0.4f}};
    const glm::vec3 colour = vary(random, pick(random, colours), 0.04f);
    const float radius = uniform(random, 9.0f, 14.0f),
                height = radius * uniform(random, 0.6f, 0.85f);
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(mesh, colour);
    const std::uint32_t inner = addMaterial(mesh, colour * 0.95f);
    const auto outer = bowlWall(radius * 0.45f, radius, 0.0f, height, 1.4f, 12);
    ProfilePath path =
        vesselProfile({{0.0f, 0.0f}}, outer, 0.35f, 0.35f, material, material, inner);
    Lathe lathe = path.lathe(64);
    appendLathe(mesh, lathe);
    // The rolled lip, a ring around the rim.
    ProfilePath lip({radius + 0.1f, height - 0.35f});
    lip.arcTo({radius + 0.1f, height - 0.1f}, -0.5f * pi, 1.5f * pi - 0.3f, material, 10);
    Lathe ring = lip.lathe(64);
    ring.closedLoop = true;
    appendLathe(mesh, ring);
    return mesh;
}

TexturedMesh makeVase(std::mt19937& random) {
    // Shapes as (radius, height) in units of the height: amphora, cylinder, trumpet, gourd,
    // ginger jar, bud vase.
    static const std::vector<std::vector<glm::vec2>> shapes = {
        {{0.17f, 0.0f}, {0.3f, 0.35f}, {0.11f, 0.78f}, {0.15f, 1.0f}},
        {{0.14f, 0.0f}, {0.15f, 0.5f}, {0.15f, 1.0f}},
        {{0.12f, 0.0f}, {0.08f, 0.3f}, {0.11f, 0.7f}, {0.22f, 1.0f}},
        {{0.16f, 0.0f}, {0.25f, 0.25f}, {0.08f, 0.7f}, {0.1f, 1.0f}},
        {{0.2f, 0.0f}, {0.33f, 0.4f}, {0.25f, 0.85f}, {0.15f, 0.96f}, {0.16f, 1.0f}},
        {{0.13f, 0.0f}, {0.2f, 0.2f}, {0.06f, 0.65f}, {0.05f, 0.9f}, {0.07f, 1.0f}},
    };
    const float height = uniform(random, 16.0f, 34.0f);
    const float wall = uniform(random, 0.4f, 0.7f);
    std::vector<glm::vec2> controls = pick(random, shapes);
    for (glm::vec2& c : controls)
        c = glm::vec2(std::max(c.x * uniform(random, 0.85f, 1.2f) * height, wall + 0.6f),
                      c.y * height);
    const float chamfer = 0.4f;
    const float baseRadius = controls.front().x;
    controls.front().y = chamfer;
    std::vector<glm::vec2> outer = smoothCurve(controls, 8);
    outer.back().y = height - 0.5f * wall;

    static const glm::vec3 terracotta(0.72f, 0.4f, 0.25f);
    const int finish = integer(random, 0, 3);
    const glm::vec3 base =
        finish == 0 ? vary(random, terracotta, 0.08f) : vary(random, pick(random, glazes), 0.06f);
    TexturedMesh mesh;
    const float girth = 2.0f * pi * baseRadius * 1.3f;
    const std::uint32_t outside = addMaterial(
        mesh, glm::vec3(1.0f),
        finish == 0 ? decoratedTexture(random, base, base * 0.8f, girth / height)
                    : decoratedTexture(random, base, contrasting(random, base), girth / height));
    const std::uint32_t inside = addMaterial(mesh, base * 0.55f);
    // The inside goes down a good way: as far as the neck is wide enough.
    const float floor = height * uniform(random, 0.35f, 0.65f);
    ProfilePath path = vesselProfile({{0.0f, 0.0f}, {baseRadius - chamfer, 0.0f}}, outer, wall,
                                     floor, outside, inside, inside);
    appendLathe(mesh, path.lathe(56));
    return mesh;
}

} // namespace

const std::vector<Variant>& mugVariants() {
    static const std::vector<Variant> variants = {
        {"mug", 5.0f, makeMug},
        {"enamel mug", 1.0f, makeEnamelMug},
    };
    return variants;
}

const std::vector<Variant>& cupVariants() {
    static const std::vector<Variant> variants = {
        {"teacup", 2.0f, makeTeacup},
        {"tumbler", 2.0f, makeTumbler},
        {"paper cup", 1.5f, makePaperCup},
    };
    return variants;
}

const std::vector<Variant>& bowlVariants() {
    static const std::vector<Variant> variants = {
        {"bowl", 4.0f, makeBowl},
        {"wooden bowl", 1.5f, makeWoodenBowl},
        {"mixing bowl", 1.5f, makeMixingBowl},
    };
    return variants;
}

const std::vector<Variant>& vaseVariants() {
    static const std::vector<Variant> variants = {{"vase", 1.0f, makeVase}};
    return variants;
}

} // namespace lift3d::procedural
