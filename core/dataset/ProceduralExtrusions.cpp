// Extrusions of 2D outlines: stars, hearts, gears, tiles, blocky letters.

#include "core/dataset/ProceduralFamilies.h"
#include "core/dataset/ProceduralGeometry.h"
#include "core/dataset/ProceduralRandom.h"
#include "core/dataset/ProceduralTextures.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/common.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/geometric.hpp>

namespace lift3d::procedural {
namespace {

constexpr float pi = 3.14159265358979f;

std::vector<glm::vec2> starOutline(std::mt19937& random) {
    const int points = integer(random, 5, 8);
    const float inner = uniform(random, 0.38f, 0.6f);
    std::vector<glm::vec2> outline;
    for (int k = 0; k < 2 * points; ++k) {
        const float angle = pi * float(k) / float(points) + 0.5f * pi;
        const float r = k % 2 == 0 ? 1.0f : inner;
        outline.emplace_back(r * std::cos(angle), r * std::sin(angle));
    }
    return outline;
}

std::vector<glm::vec2> heartOutline() {
    std::vector<glm::vec2> outline;
    const int steps = 48;
    for (int i = 0; i < steps; ++i) {
        const float t = 2.0f * pi * float(i) / float(steps);
        const float s = std::sin(t);
        outline.emplace_back(16.0f * s * s * s / 16.0f,
                             (13.0f * std::cos(t) - 5.0f * std::cos(2.0f * t) -
                              2.0f * std::cos(3.0f * t) - std::cos(4.0f * t)) /
                                 16.0f);
    }
    return outline;
}

std::vector<glm::vec2> gearOutline(std::mt19937& random) {
    const int teeth = integer(random, 8, 18);
    const float depth = uniform(random, 0.12f, 0.22f);
    std::vector<glm::vec2> outline;
    for (int k = 0; k < teeth; ++k)
        for (int corner = 0; corner < 4; ++corner) {
            // Each tooth: up the flank, across the top, down, across the root.
            static const float at[4] = {0.0f, 0.15f, 0.45f, 0.6f};
            const float angle = 2.0f * pi * (float(k) + at[corner]) / float(teeth);
            const float r = corner == 1 || corner == 2 ? 1.0f : 1.0f - depth;
            outline.emplace_back(r * std::cos(angle), r * std::sin(angle));
        }
    return outline;
}

std::vector<glm::vec2> polygonOutline(int sides, float rounding) {
    std::vector<glm::vec2> outline;
    const int perCorner = rounding > 0.0f ? 4 : 1;
    for (int k = 0; k < sides; ++k) {
        const float corner = 2.0f * pi * float(k) / float(sides);
        for (int j = 0; j < perCorner; ++j) {
            const float spread = perCorner > 1 ? (float(j) / float(perCorner - 1) - 0.5f) : 0.0f;
            const float angle = corner + spread * 2.0f * pi / float(sides);
            const glm::vec2 tip(std::cos(corner), std::sin(corner));
            outline.push_back(tip * (1.0f - rounding) +
                              rounding * glm::vec2(std::cos(angle), std::sin(angle)));
        }
    }
    return outline;
}

// Blocky letters and brackets on a unit grid, y up: each a simple polygon with a flat bottom.
std::vector<glm::vec2> blockyOutline(std::mt19937& random) {
    const float s = uniform(random, 0.22f, 0.34f); // stroke width
    static const int letters = 7;
    switch (integer(random, 0, letters - 1)) {
    case 0: // L
        return {{0, 0}, {0.7f, 0}, {0.7f, s}, {s, s}, {s, 1}, {0, 1}};
    case 1: // T
        return {{0.5f - 0.5f * s, 0},
                {0.5f + 0.5f * s, 0},
                {0.5f + 0.5f * s, 1 - s},
                {1, 1 - s},
                {1, 1},
                {0, 1},
                {0, 1 - s},
                {0.5f - 0.5f * s, 1 - s}};
    case 2: // U
        return {{0, 0}, {0.8f, 0}, {0.8f, 1}, {0.8f - s, 1}, {0.8f - s, s}, {s, s}, {s, 1}, {0, 1}};
    case 3: // H
        return {{0, 0},
                {s, 0},
                {s, 0.5f - 0.5f * s},
                {0.8f - s, 0.5f - 0.5f * s},
                {0.8f - s, 0},
                {0.8f, 0},
                {0.8f, 1},
                {0.8f - s, 1},
                {0.8f - s, 0.5f + 0.5f * s},
                {s, 0.5f + 0.5f * s},
                {s, 1},
                {0, 1}};
    case 4: // E
        return {{0, 0},
                {0.7f, 0},
                {0.7f, s},
                {s, s},
                {s, 0.5f - 0.5f * s},
                {0.55f, 0.5f - 0.5f * s},
                {0.55f, 0.5f + 0.5f * s},
                {s, 0.5f + 0.5f * s},
                {s, 1 - s},
                {0.7f, 1 - s},
                {0.7f, 1},
                {0, 1}};
    case 5: // a plus sign standing on its foot
        return {{0.5f - 0.5f * s, 0}, {0.5f + 0.5f * s, 0}, {0.5f + 0.5f * s, 0.5f - 0.5f * s},
                {1, 0.5f - 0.5f * s}, {1, 0.5f + 0.5f * s}, {0.5f + 0.5f * s, 0.5f + 0.5f * s},
                {0.5f + 0.5f * s, 1}, {0.5f - 0.5f * s, 1}, {0.5f - 0.5f * s, 0.5f + 0.5f * s},
                {0, 0.5f + 0.5f * s}, {0, 0.5f - 0.5f * s}, {0.5f - 0.5f * s, 0.5f - 0.5f * s}};
    default: // an arrow on a stem
        return {{0.5f - 0.5f * s, 0},
                {0.5f + 0.5f * s, 0},
                {0.5f + 0.5f * s, 0.55f},
                {0.85f, 0.55f},
                {0.5f, 1},
                {0.15f, 0.55f},
                {0.5f - 0.5f * s, 0.55f}};
    }
}

glm::vec3 toyColour(std::mt19937& random) {
    static const glm::vec3 colours[] = {
        {0.9f, 0.15f, 0.15f}, {0.15f, 0.4f, 0.85f}, {0.95f, 0.8f, 0.1f},   {0.2f, 0.65f, 0.3f},
        {0.95f, 0.5f, 0.1f},  {0.55f, 0.25f, 0.7f}, {0.95f, 0.95f, 0.95f}, {0.15f, 0.15f, 0.15f}};
    return vary(random, pick(random, colours), 0.06f);
}

// The surface of an extruded object: painted plastic, wood, baked dough, metal or cork.
std::uint32_t extrusionMaterial(TexturedMesh& mesh, std::mt19937& random, bool cookie) {
    if (cookie) {
        const glm::vec3 dough = vary(random, {0.85f, 0.62f, 0.32f}, 0.08f);
        Canvas canvas(128, 128, dough);
        mottle(canvas, random, dough * 0.8f, 0.5f, 6);
        scatterSpeckles(canvas, random, 200, dough * 0.7f, 0.4f, 1.0f, 0.5f);
        return addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    }
    switch (integer(random, 0, 3)) {
    case 0: {
        const glm::vec3 wood = vary(random, {0.8f, 0.62f, 0.4f}, 0.1f);
        return addMaterial(mesh, glm::vec3(1.0f), woodTexture(random, wood, wood * 0.75f, true));
    }
    case 1:
        return addMaterial(mesh, vary(random, {0.7f, 0.71f, 0.73f}, 0.06f)); // metal
    default:
        return addMaterial(mesh, toyColour(random));
    }
}

TexturedMesh makeStar(std::mt19937& random) {
    TexturedMesh mesh;
    const bool cookie = chance(random, 0.35f);
    const std::uint32_t material = extrusionMaterial(mesh, random, cookie);
    const float size = uniform(random, 3.0f, 12.0f);
    std::vector<glm::vec2> outline = starOutline(random);
    for (glm::vec2& p : outline)
        p *= size;
    appendExtrusion(mesh, outline, 0.0f, size * uniform(random, 0.1f, 0.35f), material, material);
    if (!cookie && chance(random, 0.4f)) // standing on two points
        transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), -0.5f * pi, {1, 0, 0}));
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeHeart(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t material = extrusionMaterial(mesh, random, chance(random, 0.3f));
    const float size = uniform(random, 3.0f, 10.0f);
    std::vector<glm::vec2> outline = heartOutline();
    for (glm::vec2& p : outline)
        p *= size;
    appendExtrusion(mesh, outline, 0.0f, size * uniform(random, 0.12f, 0.4f), material, material);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeGear(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t material = extrusionMaterial(mesh, random, false);
    const float size = uniform(random, 2.0f, 10.0f);
    std::vector<glm::vec2> outline = gearOutline(random);
    for (glm::vec2& p : outline)
        p *= size;
    appendExtrusion(mesh, outline, 0.0f, size * uniform(random, 0.15f, 0.45f), material, material);
    // A hub on each side.
    const float hub = size * uniform(random, 0.25f, 0.45f);
    Lathe lathe;
    const float thickness = boundsOf(mesh).second.y;
    const float boss = size * uniform(random, 0.05f, 0.15f);
    lathe.profile = {
        {0.0f, -boss}, {hub, -boss}, {hub, thickness + boss}, {0.0f, thickness + boss}};
    lathe.segmentMaterial = {material};
    lathe.slices = 32;
    appendLathe(mesh, lathe);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeTile(std::mt19937& random) {
    TexturedMesh mesh;
    const bool cork = chance(random, 0.4f);
    std::uint32_t material;
    if (cork) {
        const glm::vec3 colour = vary(random, {0.72f, 0.55f, 0.38f}, 0.06f);
        Canvas canvas(128, 128, colour);
        scatterSpeckles(canvas, random, 900, colour * 0.7f, 0.5f, 1.5f, 0.7f);
        scatterSpeckles(canvas, random, 400, glm::min(colour * 1.25f, glm::vec3(1.0f)), 0.5f, 1.2f,
                        0.6f);
        material = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    } else {
        const glm::vec3 base = toyColour(random);
        material = addMaterial(mesh, glm::vec3(1.0f),
                               decoratedTexture(random, base, toyColour(random), 1.0f, 128, 128));
    }
    const float size = uniform(random, 4.5f, 12.0f);
    // A square, hexagon or octagon, perhaps with rounded corners, or a disc.
    const int sides = pick(random, std::array<int, 4>{4, 6, 8, 48});
    std::vector<glm::vec2> outline =
        polygonOutline(sides, sides <= 8 && chance(random, 0.5f) ? 0.15f : 0.0f);
    for (glm::vec2& p : outline)
        p *= size;
    appendExtrusion(mesh, outline, 0.0f, size * uniform(random, 0.06f, 0.15f), material, material);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeLetter(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t material = extrusionMaterial(mesh, random, false);
    const float size = uniform(random, 4.0f, 20.0f);
    std::vector<glm::vec2> outline = blockyOutline(random);
    // Drawn with y up: turn it to stand in the XY plane, thickness along Z.
    for (glm::vec2& p : outline)
        p = glm::vec2(p.x, -p.y) * size;
    appendExtrusion(mesh, outline, 0.0f, size * uniform(random, 0.12f, 0.35f), material, material);
    transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), 0.5f * pi, {1, 0, 0}));
    if (chance(random, 0.3f)) // lying flat instead
        transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), -0.5f * pi, {1, 0, 0}));
    restOnGround(mesh);
    return mesh;
}

} // namespace

const std::vector<Variant>& extrusionVariants() {
    static const std::vector<Variant> variants = {
        {"star", 2.0f, makeStar}, {"heart", 1.0f, makeHeart},   {"gear", 1.5f, makeGear},
        {"tile", 1.5f, makeTile}, {"letter", 2.5f, makeLetter},
    };
    return variants;
}

} // namespace lift3d::procedural
