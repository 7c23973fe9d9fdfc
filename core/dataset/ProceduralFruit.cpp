// Fruit: solids of revolution from randomised profiles (dimples where stem and blossom sit,
// lobes, shoulders), a stem, and a skin painted with the colour, blush, streaks and lenticels
// of the variety.

#include "core/dataset/ProceduralFamilies.h"
#include "core/dataset/ProceduralGeometry.h"
#include "core/dataset/ProceduralRandom.h"
#include "core/dataset/ProceduralTextures.h"

#include <algorithm>
#include <cmath>
#include <glm/ext/matrix_transform.hpp>
#include <glm/geometric.hpp>

namespace lift3d::procedural {
namespace {

constexpr float pi = 3.14159265358979f;

float bump(float x, float width) {
    return std::exp(-(x / width) * (x / width));
}

// A fruit outline from the bottom pole (t = 0) to the top pole (t = 1).
template <typename Radius, typename Height>
std::vector<glm::vec2> fruitProfile(int points, Radius radius, Height height) {
    std::vector<glm::vec2> profile;
    for (int i = 0; i <= points; ++i) {
        const float t = float(i) / float(points);
        const bool pole = i == 0 || i == points;
        profile.emplace_back(pole ? 0.0f : std::max(radius(t), 1e-3f), height(t));
    }
    return profile;
}

std::vector<float> alongProfile(int points) {
    std::vector<float> v;
    for (int i = 0; i <= points; ++i)
        v.push_back(float(i) / float(points));
    return v;
}

// The surface height of a profile's upper half at `radius` (for parts that sit on top).
float topHeightAt(const std::vector<glm::vec2>& profile, float radius) {
    for (std::size_t i = profile.size() - 1; i > 0; --i) {
        const glm::vec2 a = profile[i], b = profile[i - 1]; // from the top pole outward
        if (radius >= a.x && radius <= b.x && b.x > a.x)
            return a.y + (b.y - a.y) * (radius - a.x) / (b.x - a.x);
    }
    return profile.back().y;
}

// A woody stem rising from `base` (sunk in the fruit) along a gentle curve.
void appendStem(TexturedMesh& mesh, std::mt19937& random, glm::vec3 base, float length,
                float radius, std::uint32_t material) {
    const float lean = uniform(random, 0.0f, 0.5f), heading = uniform(random, 0.0f, 2.0f * pi);
    const glm::vec3 sideways(std::cos(heading), 0.0f, std::sin(heading));
    Tube stem;
    stem.sides = 10;
    stem.material = stem.capMaterial = material;
    const int steps = 8;
    for (int i = 0; i <= steps; ++i) {
        const float t = float(i) / float(steps);
        stem.path.push_back(base + length * (glm::vec3(0, t, 0) + sideways * (lean * t * t)));
        const float r = radius * (1.0f - 0.3f * t) * (i == steps ? 1.1f : 1.0f);
        stem.radii.emplace_back(r, r);
    }
    appendTube(mesh, stem);
}

// A leaf: a thin pointed lens, tilted up from the stem.
void appendLeaf(TexturedMesh& mesh, std::mt19937& random, glm::vec3 at, float size,
                std::uint32_t material) {
    const PartStart start = partStart(mesh);
    appendSuperquadric(mesh, glm::vec3(size, 0.04f * size, 0.4f * size), 1.0f, 1.4f, material, 24,
                       12);
    const float heading = uniform(random, 0.0f, 2.0f * pi);
    glm::mat4 transform = glm::translate(glm::mat4(1.0f), at);
    transform = glm::rotate(transform, heading, glm::vec3(0, 1, 0));
    transform = glm::rotate(transform, uniform(random, 0.2f, 0.6f), glm::vec3(0, 0, 1));
    transform = glm::translate(transform, glm::vec3(0.9f * size, 0, 0));
    transformPart(mesh, start, transform);
}

struct Skin {
    glm::vec3 base, blush;
    float blushAmount = 0.0f; // how much of the fruit the blush covers
    float streaks = 0.0f;     // 0 an even blush, 1 streaky like a Gala
    glm::vec3 lenticel{1.0f};
    int lenticels = 0; // small dots
    float lenticelSize = 1.0f;
    glm::vec3 ends{0.0f}; // tint at the poles (stem cavity, blossom end)
    float endsAmount = 0.0f;
};

QImage paintSkin(std::mt19937& random, const Skin& skin) {
    Canvas canvas(256, 256, skin.base);
    mottle(canvas, random,
           glm::mix(skin.base, glm::vec3(skin.base.x, skin.base.y * 1.1f, 0.2f), 0.5f), 0.35f, 5);
    const std::uint32_t seed = random();
    const float side = uniform01(random);
    canvas.shade([&](float u, float v, glm::vec3 c) {
        // The blush is strongest on the side that faced the sun and fades toward the bottom.
        const float sun = 0.5f + 0.5f * std::cos(2.0f * pi * (u - side));
        const float patch = tiledNoise(u, v, 4, 3, seed, 3);
        float amount = std::clamp(skin.blushAmount * 1.6f + 0.7f * (sun - 0.5f) +
                                      0.8f * (patch - 0.5f) - 0.3f * (1.0f - v),
                                  0.0f, 1.0f);
        if (skin.streaks > 0.0f) {
            const float streak = tiledNoise(u, v, 40, 2, seed + 3u, 2);
            amount *= glm::mix(1.0f, glm::smoothstep(0.25f, 0.7f, streak) * 1.2f, skin.streaks);
        }
        c = glm::mix(c, skin.blush, std::clamp(amount, 0.0f, 1.0f));
        const float end = std::max(bump(v, 0.06f), bump(1.0f - v, 0.08f));
        return glm::mix(c, skin.ends, skin.endsAmount * end);
    });
    scatterSpeckles(canvas, random, skin.lenticels, skin.lenticel, 0.4f * skin.lenticelSize,
                    1.0f * skin.lenticelSize, 0.7f);
    return canvas.image();
}

// Citrus peel: the colour, faint mottling and a dense field of oil-gland pores.
QImage paintPeel(std::mt19937& random, glm::vec3 colour, glm::vec3 tips) {
    Canvas canvas(256, 256, colour);
    mottle(canvas, random, colour * 0.85f, 0.5f, 8);
    scatterSpeckles(canvas, random, 2500, colour * 0.8f, 0.5f, 1.1f, 0.6f);
    scatterSpeckles(canvas, random, 600, glm::min(colour * 1.15f, glm::vec3(1.0f)), 0.4f, 0.9f,
                    0.5f);
    canvas.shade([&](float, float v, glm::vec3 c) {
        return glm::mix(c, tips, 0.8f * std::max(bump(v, 0.05f), bump(1.0f - v, 0.05f)));
    });
    return canvas.image();
}

TexturedMesh makeApple(std::mt19937& random) {
    static const Skin varieties[] = {
        // base, blush, blush amount, streaks, lenticel colour, count, size, ends, ends amount
        {{0.55f, 0.08f, 0.08f},
         {0.42f, 0.03f, 0.06f},
         0.8f,
         0.5f,
         {0.85f, 0.7f, 0.5f},
         250,
         1.0f,
         {0.5f, 0.45f, 0.2f},
         0.6f}, // Red Delicious
        {{0.92f, 0.75f, 0.32f},
         {0.82f, 0.22f, 0.1f},
         0.6f,
         0.9f,
         {0.95f, 0.85f, 0.6f},
         200,
         1.0f,
         {0.7f, 0.6f, 0.25f},
         0.5f}, // Gala
        {{0.55f, 0.77f, 0.28f},
         {0.7f, 0.72f, 0.25f},
         0.1f,
         0.0f,
         {0.85f, 0.92f, 0.7f},
         350,
         1.1f,
         {0.45f, 0.5f, 0.2f},
         0.5f}, // Granny Smith
        {{0.93f, 0.82f, 0.38f},
         {0.9f, 0.6f, 0.3f},
         0.15f,
         0.0f,
         {0.6f, 0.5f, 0.3f},
         300,
         0.9f,
         {0.55f, 0.55f, 0.2f},
         0.5f}, // Golden Delicious
        {{0.8f, 0.8f, 0.35f},
         {0.88f, 0.3f, 0.32f},
         0.55f,
         0.2f,
         {0.95f, 0.9f, 0.7f},
         200,
         0.9f,
         {0.6f, 0.6f, 0.25f},
         0.5f}, // Pink Lady
        {{0.75f, 0.12f, 0.1f},
         {0.6f, 0.05f, 0.06f},
         0.6f,
         0.4f,
         {0.9f, 0.8f, 0.55f},
         220,
         0.9f,
         {0.6f, 0.55f, 0.2f},
         0.5f}, // a red, e.g. Braeburn
    };
    Skin skin = pick(random, varieties);
    skin.base = vary(random, skin.base, 0.06f);
    skin.blush = vary(random, skin.blush, 0.06f);

    TexturedMesh mesh;
    const std::uint32_t flesh = addMaterial(mesh, glm::vec3(1.0f), paintSkin(random, skin));
    const std::uint32_t wood = addMaterial(mesh, vary(random, {0.36f, 0.26f, 0.14f}, 0.15f));
    const float radius = uniform(random, 3.5f, 4.4f);
    const float height = 2.0f * radius * uniform(random, 0.78f, 0.95f);
    const float shoulder = uniform(random, 0.05f, 0.25f);
    const float topDimple = radius * uniform(random, 0.22f, 0.35f);
    const float bottomDimple = radius * uniform(random, 0.06f, 0.14f);
    const int points = 48;
    const auto profile = fruitProfile(
        points,
        [&](float t) {
            return radius * std::pow(std::max(std::sin(pi * t), 0.0f), 0.72f) *
                   (1.0f + shoulder * (t - 0.5f));
        },
        [&](float t) {
            return -0.5f * height * std::cos(pi * t) - topDimple * bump(1.0f - t, 0.13f) +
                   bottomDimple * bump(t, 0.1f);
        });
    Lathe lathe;
    lathe.profile = profile;
    lathe.v = alongProfile(points);
    lathe.segmentMaterial = {flesh};
    lathe.slices = 56;
    const float lobes = uniform(random, 0.0f, 0.06f), phase = uniform(random, 0.0f, 2.0f * pi);
    const float squash = uniform(random, -0.04f, 0.04f), lean = uniform(random, -0.05f, 0.05f);
    lathe.deform = [&](const glm::vec3& p, float angle, float t) {
        // Five low lobes toward the blossom end, a slightly oval and leaning body.
        const float s = 1.0f + lobes * std::cos(5.0f * angle + phase) * (1.0f - t) * (1.0f - t);
        return glm::vec3(p.x * s * (1.0f + squash), p.y, p.z * s * (1.0f - squash)) +
               glm::vec3(lean * p.y, 0, 0);
    };
    appendLathe(mesh, lathe);
    const float top = profile.back().y;
    appendStem(mesh, random, {0.5f * lean * top, top - 0.5f, 0.0f}, uniform(random, 1.3f, 2.4f),
               uniform(random, 0.11f, 0.16f), wood);
    if (chance(random, 0.3f)) {
        const std::uint32_t leaf = addMaterial(mesh, vary(random, {0.28f, 0.5f, 0.15f}, 0.15f));
        appendLeaf(mesh, random, {0.5f * lean * top, top + 0.6f, 0.0f}, uniform(random, 2.2f, 3.2f),
                   leaf);
    }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeCitrus(std::mt19937& random, glm::vec3 colour, glm::vec3 tips, float radius,
                        float oblate, float navel) {
    TexturedMesh mesh;
    const std::uint32_t peel =
        addMaterial(mesh, glm::vec3(1.0f), paintPeel(random, vary(random, colour, 0.06f), tips));
    const std::uint32_t button = addMaterial(mesh, vary(random, {0.45f, 0.5f, 0.2f}, 0.2f));
    const float height = 2.0f * radius * oblate;
    const int points = 40;
    const auto profile = fruitProfile(
        points, [&](float t) { return radius * std::sin(pi * t); },
        [&](float t) {
            return -0.5f * height * std::cos(pi * t) + navel * bump(t, 0.08f) -
                   0.15f * bump(1.0f - t, 0.08f);
        });
    Lathe lathe;
    lathe.profile = profile;
    lathe.v = alongProfile(points);
    lathe.segmentMaterial = {peel};
    lathe.slices = 56;
    const float lumps = uniform(random, 0.0f, 0.025f);
    const float phase = uniform(random, 0.0f, 2.0f * pi);
    lathe.deform = [&](const glm::vec3& p, float angle, float t) {
        const float s = 1.0f + lumps * std::sin(3.0f * angle + phase) * std::sin(pi * t);
        return glm::vec3(p.x * s, p.y, p.z * s);
    };
    appendLathe(mesh, lathe);
    // The calyx button where the stem was.
    Lathe calyx;
    const float r = uniform(random, 0.3f, 0.45f), top = profile.back().y;
    calyx.profile = {{0.0f, top - 0.3f}, {r, top - 0.3f}, {r, top + 0.12f}, {0.0f, top + 0.18f}};
    calyx.segmentMaterial = {button};
    calyx.slices = 16;
    appendLathe(mesh, calyx);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeOrange(std::mt19937& random) {
    return makeCitrus(random, {0.96f, 0.55f, 0.08f}, {0.75f, 0.55f, 0.12f},
                      uniform(random, 3.4f, 4.4f), uniform(random, 0.9f, 0.98f),
                      uniform(random, 0.1f, 0.35f));
}

TexturedMesh makeMandarin(std::mt19937& random) {
    return makeCitrus(random, {0.97f, 0.47f, 0.05f}, {0.6f, 0.5f, 0.15f},
                      uniform(random, 2.6f, 3.3f), uniform(random, 0.72f, 0.85f),
                      uniform(random, 0.2f, 0.4f));
}

TexturedMesh makeLime(std::mt19937& random) {
    return makeCitrus(random, {0.42f, 0.68f, 0.16f}, {0.35f, 0.55f, 0.12f},
                      uniform(random, 2.4f, 3.0f), uniform(random, 0.95f, 1.08f), 0.1f);
}

TexturedMesh makeGrapefruit(std::mt19937& random) {
    return makeCitrus(random, {0.98f, 0.78f, 0.38f}, {0.85f, 0.7f, 0.3f},
                      uniform(random, 5.0f, 6.2f), uniform(random, 0.9f, 0.97f),
                      uniform(random, 0.1f, 0.3f));
}

TexturedMesh makePear(std::mt19937& random) {
    static const Skin varieties[] = {
        {{0.78f, 0.8f, 0.32f},
         {0.85f, 0.5f, 0.25f},
         0.15f,
         0.0f,
         {0.5f, 0.4f, 0.2f},
         500,
         0.8f,
         {0.45f, 0.35f, 0.15f},
         0.4f}, // Williams / Bartlett
        {{0.66f, 0.46f, 0.22f},
         {0.55f, 0.35f, 0.15f},
         0.3f,
         0.0f,
         {0.8f, 0.65f, 0.4f},
         400,
         0.8f,
         {0.4f, 0.28f, 0.12f},
         0.4f}, // Bosc, russeted
        {{0.55f, 0.72f, 0.28f},
         {0.65f, 0.7f, 0.3f},
         0.1f,
         0.0f,
         {0.4f, 0.45f, 0.2f},
         500,
         0.8f,
         {0.35f, 0.4f, 0.15f},
         0.4f}, // green Anjou
        {{0.62f, 0.16f, 0.12f},
         {0.5f, 0.1f, 0.08f},
         0.4f,
         0.2f,
         {0.85f, 0.75f, 0.5f},
         300,
         0.8f,
         {0.4f, 0.3f, 0.1f},
         0.4f}, // red Anjou
    };
    Skin skin = pick(random, varieties);
    skin.base = vary(random, skin.base, 0.06f);
    TexturedMesh mesh;
    const std::uint32_t flesh = addMaterial(mesh, glm::vec3(1.0f), paintSkin(random, skin));
    const std::uint32_t wood = addMaterial(mesh, vary(random, {0.35f, 0.25f, 0.13f}, 0.15f));
    const float bulb = uniform(random, 3.0f, 3.8f);
    const float neck = uniform(random, 0.38f, 0.58f), tall = uniform(random, 0.85f, 1.15f);
    const std::vector<glm::vec2> controls = {
        {0.0f, 0.1f},
        {0.45f, 0.0f},
        {0.86f, 0.22f},
        {1.0f, 0.7f},
        {0.93f, 1.2f * tall},
        {0.5f + 0.45f * neck, 1.65f * tall},
        {neck, 2.1f * tall},
        {0.75f * neck, 2.45f * tall},
        {0.35f * neck, 2.66f * tall},
        {0.0f, 2.6f * tall},
    };
    std::vector<glm::vec2> profile = smoothCurve(controls, 6);
    for (std::size_t i = 0; i < profile.size(); ++i) {
        profile[i] *= bulb;
        profile[i].x = (i == 0 || i + 1 == profile.size()) ? 0.0f : std::max(profile[i].x, 0.02f);
    }
    Lathe lathe;
    lathe.profile = profile;
    lathe.v = alongProfile(int(profile.size()) - 1);
    lathe.segmentMaterial = {flesh};
    lathe.slices = 48;
    const float height = profile.back().y;
    const float lean = uniform(random, -0.35f, 0.35f);
    lathe.deform = [&](const glm::vec3& p, float, float) {
        const float h = p.y / height;
        return p + glm::vec3(lean * bulb * h * h * h, 0, 0); // the neck bends over
    };
    appendLathe(mesh, lathe);
    appendStem(mesh, random, {lean * bulb, height - 0.4f, 0.0f}, uniform(random, 2.0f, 3.5f),
               uniform(random, 0.12f, 0.17f), wood);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeLemon(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t peel = addMaterial(
        mesh, glm::vec3(1.0f),
        paintPeel(random, vary(random, {0.97f, 0.86f, 0.18f}, 0.05f), {0.75f, 0.78f, 0.2f}));
    const float length = uniform(random, 7.0f, 9.5f);
    const float radius = length * uniform(random, 0.3f, 0.36f);
    const float tip = length * uniform(random, 0.05f, 0.09f);
    const int points = 48;
    const auto profile = fruitProfile(
        points,
        [&](float t) {
            return radius * std::sin(pi * t) *
                   (1.0f - 0.35f * std::max(bump(t, 0.1f), bump(1.0f - t, 0.1f)));
        },
        [&](float t) {
            return -0.5f * length * std::cos(pi * t) - tip * bump(t, 0.06f) +
                   tip * 0.8f * bump(1.0f - t, 0.06f);
        });
    Lathe lathe;
    lathe.profile = profile;
    lathe.v = alongProfile(points);
    lathe.segmentMaterial = {peel};
    lathe.slices = 48;
    appendLathe(mesh, lathe);
    // Lemons lie on their side.
    transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), 0.5f * pi, glm::vec3(0, 0, 1)));
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeTomato(std::mt19937& random) {
    static const glm::vec3 colours[] = {
        {0.82f, 0.1f, 0.06f}, {0.86f, 0.16f, 0.05f}, {0.7f, 0.07f, 0.06f}, {0.95f, 0.62f, 0.08f}};
    const glm::vec3 colour = vary(random, pick(random, colours), 0.06f);
    Canvas canvas(256, 256, colour);
    mottle(canvas, random, colour * glm::vec3(1.05f, 1.4f, 1.0f), 0.3f, 5);
    canvas.shade([&](float, float v, glm::vec3 c) {
        // Greenish shoulders on a tomato not quite ripe.
        return glm::mix(c, glm::vec3(0.55f, 0.5f, 0.1f), 0.35f * bump(1.0f - v, 0.15f));
    });
    TexturedMesh mesh;
    const std::uint32_t skin = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t green = addMaterial(mesh, vary(random, {0.25f, 0.45f, 0.12f}, 0.15f));
    const float radius = uniform(random, 2.5f, 4.2f);
    const float height = 2.0f * radius * uniform(random, 0.68f, 0.85f);
    const float dimple = radius * uniform(random, 0.1f, 0.18f);
    const int points = 44;
    const auto profile = fruitProfile(
        points, [&](float t) { return radius * std::pow(std::max(std::sin(pi * t), 0.0f), 0.8f); },
        [&](float t) {
            return -0.5f * height * std::cos(pi * t) - dimple * bump(1.0f - t, 0.15f) +
                   0.1f * radius * bump(t, 0.1f);
        });
    Lathe lathe;
    lathe.profile = profile;
    lathe.v = alongProfile(points);
    lathe.segmentMaterial = {skin};
    lathe.slices = 60;
    const float lobes = float(integer(random, 5, 7)), depth = uniform(random, 0.02f, 0.07f);
    lathe.deform = [&](const glm::vec3& p, float angle, float t) {
        const float s = 1.0f + depth * std::cos(lobes * angle) * std::sin(pi * t) * t;
        return glm::vec3(p.x * s, p.y, p.z * s);
    };
    appendLathe(mesh, lathe);

    // The calyx: a star of sepals lying on the top, following its curve.
    const int sepals = integer(random, 5, 6);
    const float outer = radius * uniform(random, 0.4f, 0.6f), inner = 0.25f;
    std::vector<glm::vec2> star;
    const float twist = uniform(random, 0.0f, 2.0f * pi);
    for (int k = 0; k < 2 * sepals; ++k) {
        const float angle = twist + pi * float(k) / float(sepals);
        const float r = k % 2 == 0 ? outer * uniform(random, 0.8f, 1.0f) : inner;
        star.emplace_back(r * std::cos(angle), r * std::sin(angle));
    }
    const PartStart calyx = partStart(mesh);
    appendExtrusion(mesh, star, 0.0f, 0.12f, green, green);
    bendPart(mesh, calyx, [&](const glm::vec3& p) {
        const float r = std::sqrt(p.x * p.x + p.z * p.z);
        return glm::vec3(p.x, p.y + topHeightAt(profile, r) - 0.05f, p.z);
    });
    const float top = profile.back().y;
    appendStem(mesh, random, {0.0f, top - 0.3f, 0.0f}, uniform(random, 0.6f, 1.2f),
               uniform(random, 0.15f, 0.25f), green);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeBanana(std::mt19937& random) {
    const bool ripe = chance(random, 0.7f);
    const glm::vec3 yellow = ripe ? vary(random, {0.96f, 0.83f, 0.22f}, 0.05f)
                                  : vary(random, {0.72f, 0.78f, 0.25f}, 0.06f);
    Canvas canvas(128, 256, yellow);
    mottle(canvas, random, yellow * glm::vec3(0.85f, 0.95f, 0.8f), 0.4f, 4);
    // Darker ridges between the five faces, sugar spots, a dark tip, a green-brown stem.
    canvas.shade([&](float u, float v, glm::vec3 c) {
        const float ridge = std::abs(std::cos(5.0f * pi * u));
        c *= 1.0f - 0.12f * std::pow(ridge, 12.0f);
        c = glm::mix(c, glm::vec3(0.18f, 0.13f, 0.06f), glm::smoothstep(0.06f, 0.01f, v));
        return glm::mix(c, glm::vec3(0.45f, 0.45f, 0.2f), glm::smoothstep(0.82f, 0.9f, v));
    });
    if (ripe)
        scatterSpeckles(canvas, random, integer(random, 0, 250), {0.35f, 0.22f, 0.08f}, 0.5f, 2.0f,
                        0.8f);
    TexturedMesh mesh;
    const std::uint32_t peel = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t cut = addMaterial(mesh, {0.3f, 0.25f, 0.12f});

    const float length = uniform(random, 16.0f, 22.0f);
    const float bendRadius = uniform(random, 10.0f, 16.0f);
    const float thickness = uniform(random, 1.5f, 1.9f);
    Tube body;
    body.sides = 20;
    body.material = peel;
    body.capMaterial = cut;
    body.widthAxis = glm::vec3(0, 1, 0);
    const int steps = 48;
    const float span = length / bendRadius;
    for (int i = 0; i <= steps; ++i) {
        const float t = float(i) / float(steps);
        const float angle = span * (t - 0.5f);
        // Curved in the horizontal plane: a banana lies on its side.
        body.path.emplace_back(bendRadius * std::sin(angle), 0.0f, -bendRadius * std::cos(angle));
        // A blunt blossom tip, the fat middle, a taper into the stalk, the stalk's cut end.
        const float rise = 0.35f + 0.65f * std::sqrt(glm::smoothstep(0.02f, 0.3f, t));
        const float taper = glm::mix(1.0f, 0.6f, glm::smoothstep(0.55f, 0.82f, t));
        const float stalk = glm::mix(1.0f, 0.45f, glm::smoothstep(0.82f, 0.88f, t));
        const float r = i == 0 ? 0.0f : thickness * rise * taper * stalk;
        body.radii.emplace_back(r, r);
    }
    body.sectionScale = [](float angle, float t) {
        return t < 0.85f ? 1.0f + 0.06f * std::cos(5.0f * angle) : 1.0f;
    };
    appendTube(mesh, body);
    restOnGround(mesh);
    return mesh;
}

} // namespace

const std::vector<Variant>& fruitVariants() {
    static const std::vector<Variant> variants = {
        {"apple", 4.0f, makeApple},           {"orange", 2.0f, makeOrange},
        {"mandarin", 1.0f, makeMandarin},     {"lime", 0.7f, makeLime},
        {"grapefruit", 0.5f, makeGrapefruit}, {"pear", 2.5f, makePear},
        {"lemon", 1.5f, makeLemon},           {"tomato", 2.5f, makeTomato},
        {"banana", 2.5f, makeBanana},
    };
    return variants;
}

} // namespace lift3d::procedural
