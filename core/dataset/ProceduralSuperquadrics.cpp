// Superquadrics and lumpy ellipsoids: pebbles, soap, blobs, eggs, potatoes, cushions.

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

// Smooth random bumps over directions: a sum of a few waves with random directions and phases,
// in about -1..1. Deterministic in the draws it makes when built.
class Lumps {
public:
    Lumps(std::mt19937& random, int waves, float frequency) {
        for (int i = 0; i < waves; ++i) {
            glm::vec3 d(uniform(random, -1.0f, 1.0f), uniform(random, -1.0f, 1.0f),
                        uniform(random, -1.0f, 1.0f));
            if (glm::length(d) < 1e-3f)
                d = glm::vec3(1, 0, 0);
            m_waves.push_back({glm::normalize(d) * frequency * uniform(random, 0.6f, 1.4f),
                               uniform(random, 0.0f, 2.0f * pi)});
        }
    }
    float operator()(const glm::vec3& direction) const {
        float sum = 0.0f;
        for (const Wave& w : m_waves)
            sum += std::sin(glm::dot(w.direction, direction) + w.phase);
        return sum / std::sqrt(float(std::max<std::size_t>(m_waves.size(), 1)));
    }

private:
    struct Wave {
        glm::vec3 direction;
        float phase;
    };
    std::vector<Wave> m_waves;
};

// A deformation that pushes each point along its direction from the centre by the lumps. They
// fade out toward the bottom, so the object keeps a steady base under its centre instead of
// teetering on a bump.
std::function<glm::vec3(const glm::vec3&, float, float)> lumpy(const Lumps& lumps, float amount) {
    return [lumps, amount](const glm::vec3& p, float, float) {
        const float length = glm::length(p);
        if (length < 1e-6f)
            return p;
        const glm::vec3 direction = p / length;
        const float fade = glm::smoothstep(-0.7f, 0.0f, direction.y);
        return p * (1.0f + amount * fade * lumps(direction));
    };
}

QImage stoneTexture(std::mt19937& random) {
    static const glm::vec3 stones[] = {{0.55f, 0.55f, 0.53f}, {0.42f, 0.42f, 0.44f},
                                       {0.62f, 0.55f, 0.45f}, {0.35f, 0.32f, 0.3f},
                                       {0.7f, 0.66f, 0.6f},   {0.5f, 0.42f, 0.38f}};
    const glm::vec3 stone = vary(random, pick(random, stones), 0.08f);
    Canvas canvas(256, 128, stone);
    mottle(canvas, random, stone * 0.8f, 0.6f, 5);
    mottle(canvas, random, glm::min(stone * 1.2f, glm::vec3(1.0f)), 0.4f, 9);
    scatterSpeckles(canvas, random, integer(random, 200, 1500), stone * 0.6f, 0.4f, 1.0f, 0.6f);
    scatterSpeckles(canvas, random, integer(random, 100, 600), glm::vec3(0.85f), 0.3f, 0.8f, 0.5f);
    if (chance(random, 0.3f)) { // a quartz vein round the pebble
        const float level = uniform(random, 0.3f, 0.7f), tilt = uniform(random, -0.15f, 0.15f);
        const float width = uniform(random, 0.02f, 0.05f);
        canvas.shade([&](float u, float v, glm::vec3 c) {
            const float centre = level + tilt * std::sin(2.0f * pi * u);
            return std::abs(v - centre) < width ? glm::mix(c, glm::vec3(0.92f, 0.9f, 0.86f), 0.85f)
                                                : c;
        });
    }
    return canvas.image();
}

TexturedMesh makePebble(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(mesh, glm::vec3(1.0f), stoneTexture(random));
    const float length = uniform(random, 3.0f, 8.0f);
    const glm::vec3 radii(length, length * uniform(random, 0.3f, 0.55f),
                          length * uniform(random, 0.55f, 0.95f));
    const Lumps lumps(random, 6, uniform(random, 1.0f, 2.5f));
    appendSuperquadric(mesh, radii, uniform(random, 0.6f, 1.05f), uniform(random, 0.7f, 1.1f),
                       material, 48, 28, lumpy(lumps, uniform(random, 0.03f, 0.09f)));
    transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), uniform(random, 0.0f, pi), {0, 1, 0}));
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeSoap(std::mt19937& random) {
    static const glm::vec3 soaps[] = {{0.95f, 0.85f, 0.88f}, {0.85f, 0.92f, 0.8f},
                                      {0.98f, 0.95f, 0.85f}, {0.8f, 0.88f, 0.95f},
                                      {0.9f, 0.8f, 0.95f},   {0.95f, 0.75f, 0.5f}};
    const glm::vec3 colour = vary(random, pick(random, soaps), 0.05f);
    Canvas canvas(128, 128, colour);
    mottle(canvas, random, colour * 0.92f, 0.5f, 4);
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const float length = uniform(random, 4.0f, 5.5f);
    appendSuperquadric(
        mesh,
        {length, length * uniform(random, 0.25f, 0.4f), length * uniform(random, 0.55f, 0.7f)},
        uniform(random, 0.3f, 0.55f), uniform(random, 0.35f, 0.7f), material, 48, 32);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeBlob(std::mt19937& random) {
    static const glm::vec3 plastics[] = {
        {0.9f, 0.2f, 0.2f},  {0.2f, 0.5f, 0.9f}, {0.95f, 0.8f, 0.1f},   {0.3f, 0.75f, 0.35f},
        {0.95f, 0.5f, 0.1f}, {0.6f, 0.3f, 0.8f}, {0.95f, 0.95f, 0.95f}, {0.15f, 0.15f, 0.15f}};
    const glm::vec3 colour = vary(random, pick(random, plastics), 0.08f);
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(
        mesh, glm::vec3(1.0f), decoratedTexture(random, colour, pick(random, plastics), 2.0f));
    const float size = uniform(random, 3.0f, 10.0f);
    const Lumps lumps(random, 4, uniform(random, 0.8f, 2.0f));
    appendSuperquadric(mesh,
                       size * glm::vec3(uniform(random, 0.6f, 1.0f), uniform(random, 0.5f, 1.0f),
                                        uniform(random, 0.6f, 1.0f)),
                       uniform(random, 0.25f, 1.6f), uniform(random, 0.25f, 1.6f), material, 48, 32,
                       lumpy(lumps, uniform(random, 0.0f, 0.12f)));
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeEgg(std::mt19937& random) {
    const bool brown = chance(random, 0.5f);
    const glm::vec3 shell = brown ? vary(random, {0.82f, 0.62f, 0.44f}, 0.08f)
                                  : vary(random, {0.96f, 0.94f, 0.9f}, 0.02f);
    Canvas canvas(128, 128, shell);
    mottle(canvas, random, shell * 0.95f, 0.5f, 5);
    scatterSpeckles(canvas, random, brown ? 300 : 60, shell * 0.8f, 0.4f, 1.0f, 0.5f);
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const float length = uniform(random, 5.2f, 6.2f),
                radius = length * uniform(random, 0.37f, 0.41f);
    const float pointed = uniform(random, 0.1f, 0.2f);
    Lathe lathe;
    const int points = 40;
    for (int i = 0; i <= points; ++i) {
        const float t = float(i) / float(points);
        const float r = (i == 0 || i == points)
                            ? 0.0f
                            : radius * std::sin(pi * t) * (1.0f + pointed * std::cos(pi * t));
        lathe.profile.emplace_back(r, -0.5f * length * std::cos(pi * t));
    }
    lathe.segmentMaterial = {material};
    appendLathe(mesh, lathe);
    // An egg lies on its side.
    transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), 0.5f * pi, {0, 0, 1}));
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makePotato(std::mt19937& random) {
    const glm::vec3 skin = chance(random, 0.75f) ? vary(random, {0.72f, 0.56f, 0.36f}, 0.08f)
                                                 : vary(random, {0.62f, 0.25f, 0.22f}, 0.08f);
    Canvas canvas(256, 128, skin);
    mottle(canvas, random, skin * 0.8f, 0.7f, 7);
    scatterSpeckles(canvas, random, 600, skin * 0.7f, 0.4f, 1.0f, 0.6f);
    scatterSpeckles(canvas, random, integer(random, 6, 14), skin * 0.45f, 1.5f, 3.0f, 0.9f); // eyes
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const float length = uniform(random, 4.0f, 6.5f);
    const Lumps lumps(random, 7, uniform(random, 1.5f, 3.0f));
    appendSuperquadric(
        mesh,
        {length, length * uniform(random, 0.45f, 0.65f), length * uniform(random, 0.55f, 0.75f)},
        uniform(random, 0.8f, 1.0f), uniform(random, 0.8f, 1.0f), material, 48, 28,
        lumpy(lumps, uniform(random, 0.05f, 0.1f)));
    transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), uniform(random, 0.0f, pi), {0, 1, 0}));
    restOnGround(mesh);
    return mesh;
}

// A cushion: a flattened rounded box whose middle puffs up and whose corners pinch out.
TexturedMesh makeCushion(std::mt19937& random) {
    static const glm::vec3 fabrics[] = {{0.75f, 0.2f, 0.2f}, {0.2f, 0.35f, 0.55f},
                                        {0.85f, 0.8f, 0.7f}, {0.4f, 0.55f, 0.35f},
                                        {0.9f, 0.65f, 0.2f}, {0.5f, 0.5f, 0.52f}};
    const glm::vec3 fabric = vary(random, pick(random, fabrics), 0.06f);
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(
        mesh, glm::vec3(1.0f), decoratedTexture(random, fabric, pick(random, fabrics), 1.0f));
    const float size = uniform(random, 35.0f, 50.0f);
    const glm::vec3 radii(0.5f * size, 0.5f * size * uniform(random, 0.25f, 0.35f),
                          0.5f * size * uniform(random, 0.7f, 1.0f));
    // Round in section (thin at the seams), square in plan.
    appendSuperquadric(mesh, radii, uniform(random, 0.85f, 1.15f), uniform(random, 0.2f, 0.35f),
                       material, 48, 24);
    if (chance(random, 0.4f)) // standing on an edge, as on a sofa
        transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), 0.5f * pi, {1, 0, 0}));
    restOnGround(mesh);
    return mesh;
}

} // namespace

const std::vector<Variant>& superquadricVariants() {
    static const std::vector<Variant> variants = {
        {"pebble", 3.0f, makePebble}, {"soap", 1.5f, makeSoap},     {"blob", 2.0f, makeBlob},
        {"egg", 1.5f, makeEgg},       {"potato", 1.5f, makePotato}, {"cushion", 1.5f, makeCushion},
    };
    return variants;
}

} // namespace lift3d::procedural
