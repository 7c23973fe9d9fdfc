// Bottles, jars and cans: solids of revolution with the proportions of real packaging (a wine
// bottle's shoulder and long neck, a beer bottle's crown cap, a can's tapered neck and domed
// base), glass or metal colours, and printed labels.

#include "core/dataset/ProceduralFamilies.h"
#include "core/dataset/ProceduralGeometry.h"
#include "core/dataset/ProceduralRandom.h"
#include "core/dataset/ProceduralTextures.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/common.hpp>
#include <glm/ext/matrix_transform.hpp>

namespace lift3d::procedural {
namespace {

constexpr float pi = 3.14159265358979f;

// Glass (or plastic, or metal) with a label round part of it. The lathe maps height to v, so
// the label's heights divided by the object's height are its v range.
QImage labelledSkin(std::mt19937& random, glm::vec3 colour, float height, float radius,
                    float labelLow, float labelHigh, float labelSpan,
                    const std::vector<std::array<float, 3>>& moreLabels = {}) {
    Canvas canvas(256, 512, colour);
    const std::uint32_t seed = random();
    // Glass is darker where it is thicker, at the base and up the shoulder.
    canvas.shade([&](float u, float v, glm::vec3 c) {
        return c * (0.9f + 0.1f * tiledNoise(u, v, 6, 12, seed, 2)) *
               (0.85f + 0.15f * glm::smoothstep(0.0f, 0.08f, v));
    });
    const float uStart = uniform01(random);
    auto label = [&](float low, float high, float span) {
        const float aspect = span * 2.0f * pi * radius / std::max(high - low, 1e-3f);
        paintLabel(canvas, random, low / height, high / height, uStart, span, aspect);
    };
    if (labelHigh > labelLow)
        label(labelLow, labelHigh, labelSpan);
    for (const auto& extra : moreLabels)
        label(extra[0], extra[1], extra[2]);
    return canvas.image();
}

// A crown cap's or screw cap's knurling: ridges around the rim above `from`.
std::function<glm::vec3(const glm::vec3&, float, float)> ridgesAbove(float from, int ridges,
                                                                     float depth) {
    return [=](const glm::vec3& p, float angle, float) {
        if (p.y < from)
            return p;
        const float s = 1.0f - depth * (0.5f + 0.5f * std::cos(float(ridges) * angle));
        return glm::vec3(p.x * s, p.y, p.z * s);
    };
}

// A flat base with a rounded edge, from the axis out to the wall at `radius`.
void roundedBase(ProfilePath& path, float radius, float rounding, std::uint32_t material) {
    path.lineTo({radius - rounding, 0.0f}, material, 2);
    path.arcTo({radius - rounding, rounding}, -0.5f * pi, 0.0f, material, 4);
}

TexturedMesh makeWineBottle(std::mt19937& random) {
    static const glm::vec3 glasses[] = {{0.1f, 0.22f, 0.1f},
                                        {0.16f, 0.3f, 0.12f},
                                        {0.28f, 0.15f, 0.05f},
                                        {0.7f, 0.78f, 0.72f},
                                        {0.08f, 0.1f, 0.08f}};
    static const glm::vec3 foils[] = {{0.55f, 0.05f, 0.08f},
                                      {0.8f, 0.65f, 0.25f},
                                      {0.1f, 0.1f, 0.1f},
                                      {0.75f, 0.75f, 0.78f},
                                      {0.35f, 0.05f, 0.15f}};
    const float radius = uniform(random, 3.5f, 3.9f), height = uniform(random, 29.0f, 32.0f);
    const float neck = uniform(random, 1.35f, 1.5f);
    const bool burgundy = chance(random, 0.4f);
    const float shoulder =
        height * (burgundy ? uniform(random, 0.42f, 0.48f) : uniform(random, 0.6f, 0.65f));
    const float foilFrom = height - uniform(random, 4.5f, 6.5f);
    TexturedMesh mesh;
    const std::uint32_t glass =
        addMaterial(mesh, glm::vec3(1.0f),
                    labelledSkin(random, vary(random, pick(random, glasses), 0.1f), height, radius,
                                 height * 0.12f, shoulder - uniform(random, 1.0f, 3.0f),
                                 uniform(random, 0.25f, 0.4f)));
    const std::uint32_t foil = addMaterial(mesh, vary(random, pick(random, foils), 0.1f));

    ProfilePath path({0.0f, 0.0f});
    roundedBase(path, radius, 0.5f, glass);
    path.lineTo({radius, shoulder}, glass, 8);
    if (burgundy)
        path.curveThrough({{radius * 0.93f, shoulder + 3.5f},
                           {radius * 0.6f, shoulder + 7.0f},
                           {neck * 1.06f, shoulder + 10.5f},
                           {neck, shoulder + 12.0f}},
                          glass, 6);
    else
        path.curveThrough({{radius * 0.85f, shoulder + 1.6f},
                           {neck * 1.35f, shoulder + 3.3f},
                           {neck, shoulder + 4.5f}},
                          glass, 6);
    path.lineTo({neck, foilFrom}, glass, 4);
    path.lineTo({neck * 1.03f, foilFrom}, foil);
    path.lineTo({neck * 1.03f, height - 0.9f}, foil, 3);
    path.lineTo({neck * 1.14f, height - 0.7f}, foil);
    path.lineTo({neck * 1.14f, height - 0.1f}, foil);
    path.lineTo({neck * 1.04f, height}, foil);
    path.lineTo({0.0f, height}, foil);
    appendLathe(mesh, path.lathe(48));
    return mesh;
}

TexturedMesh makeBeerBottle(std::mt19937& random) {
    static const glm::vec3 glasses[] = {
        {0.32f, 0.16f, 0.04f}, {0.25f, 0.12f, 0.03f}, {0.15f, 0.35f, 0.12f}, {0.75f, 0.8f, 0.72f}};
    static const glm::vec3 caps[] = {{0.8f, 0.68f, 0.3f},
                                     {0.75f, 0.75f, 0.78f},
                                     {0.7f, 0.1f, 0.1f},
                                     {0.1f, 0.2f, 0.5f},
                                     {0.1f, 0.1f, 0.1f}};
    const bool stubby = chance(random, 0.25f);
    const float radius = stubby ? uniform(random, 3.0f, 3.3f) : uniform(random, 2.8f, 3.1f);
    const float height = stubby ? uniform(random, 17.0f, 19.0f) : uniform(random, 22.0f, 24.5f);
    const float neck = 1.3f;
    const float shoulder = height * (stubby ? 0.6f : uniform(random, 0.45f, 0.55f));
    const float neckFrom = stubby ? shoulder + 3.0f : height * uniform(random, 0.72f, 0.78f);
    const float capFrom = height - 0.9f;
    TexturedMesh mesh;
    std::vector<std::array<float, 3>> neckLabel;
    if (!stubby && chance(random, 0.6f))
        neckLabel.push_back({neckFrom + 0.6f, neckFrom + uniform(random, 2.0f, 3.0f), 1.0f});
    const std::uint32_t glass = addMaterial(
        mesh, glm::vec3(1.0f),
        labelledSkin(random, vary(random, pick(random, glasses), 0.1f), height, radius,
                     height * 0.15f, shoulder - 0.5f, uniform(random, 0.35f, 1.0f), neckLabel));
    const std::uint32_t cap = addMaterial(mesh, vary(random, pick(random, caps), 0.1f));

    ProfilePath path({0.0f, 0.0f});
    roundedBase(path, radius, 0.45f, glass);
    path.lineTo({radius, shoulder}, glass, 8);
    path.curveThrough({{radius * 0.8f, 0.5f * (shoulder + neckFrom)}, {neck, neckFrom}}, glass, 8);
    path.lineTo({neck * 0.95f, capFrom - 0.6f}, glass, 4);
    path.lineTo({neck * 1.12f, capFrom - 0.4f}, glass); // the lip the cap is crimped over
    path.lineTo({neck * 1.12f, capFrom}, glass);
    path.lineTo({neck * 1.25f, capFrom}, cap);
    path.lineTo({neck * 1.25f, height - 0.15f}, cap);
    path.lineTo({neck * 1.12f, height}, cap);
    path.lineTo({0.0f, height}, cap);
    Lathe lathe = path.lathe(48);
    lathe.deform = ridgesAbove(capFrom + 0.01f, 21, 0.06f);
    appendLathe(mesh, lathe);
    return mesh;
}

// A plastic water or soda bottle: ribbed body, a wrap-around label, a collar and a screw cap.
TexturedMesh makePlasticBottle(std::mt19937& random, bool soda) {
    static const glm::vec3 waters[] = {
        {0.74f, 0.85f, 0.93f}, {0.8f, 0.88f, 0.9f}, {0.6f, 0.78f, 0.88f}};
    static const glm::vec3 sodas[] = {
        {0.22f, 0.1f, 0.05f}, {0.62f, 0.8f, 0.6f}, {0.95f, 0.55f, 0.1f}, {0.8f, 0.86f, 0.88f}};
    static const glm::vec3 caps[] = {{0.1f, 0.3f, 0.75f}, {0.95f, 0.95f, 0.95f},
                                     {0.8f, 0.1f, 0.1f},  {0.15f, 0.55f, 0.2f},
                                     {0.95f, 0.6f, 0.1f}, {0.1f, 0.1f, 0.1f}};
    const float radius = soda ? uniform(random, 4.6f, 5.4f) : uniform(random, 3.0f, 3.6f);
    const float height = soda ? uniform(random, 29.0f, 33.0f) : uniform(random, 20.0f, 26.0f);
    const float neck = soda ? 1.35f : 1.25f;
    const float shoulder = height * uniform(random, 0.62f, 0.72f);
    const float collar = height - 2.4f;
    const float labelLow = height * uniform(random, 0.3f, 0.38f);
    const float labelHigh =
        std::min(shoulder - 0.5f, labelLow + height * uniform(random, 0.15f, 0.25f));
    TexturedMesh mesh;
    const std::uint32_t plastic = addMaterial(
        mesh, glm::vec3(1.0f),
        labelledSkin(random, vary(random, soda ? pick(random, sodas) : pick(random, waters), 0.05f),
                     height, radius, labelLow, labelHigh, 1.0f));
    const std::uint32_t cap = addMaterial(mesh, vary(random, pick(random, caps), 0.1f));

    ProfilePath path({0.0f, 0.0f});
    roundedBase(path, radius, soda ? 1.2f : 0.6f, plastic);
    // Grooves above and below the label stiffen the thin wall.
    const int grooves = integer(random, 2, 4);
    auto grooveRun = [&](float from, float to) {
        for (int g = 0; g < grooves; ++g) {
            const float y = from + (to - from) * (float(g) + 0.5f) / float(grooves);
            path.lineTo({radius, y - 0.35f}, plastic, 2);
            path.lineTo({radius * 0.95f, y}, plastic);
            path.lineTo({radius, y + 0.35f}, plastic);
        }
    };
    grooveRun(path.current().y + 0.5f, labelLow - 0.3f);
    path.lineTo({radius, labelHigh}, plastic, 4);
    grooveRun(labelHigh + 0.3f, shoulder);
    path.lineTo({radius, shoulder}, plastic, 2);
    path.curveThrough({{radius * 0.75f, shoulder + 0.55f * (collar - shoulder)},
                       {neck * 1.1f, collar - 0.6f},
                       {neck, collar - 0.3f}},
                      plastic, 8);
    path.lineTo({neck * 1.45f, collar - 0.2f}, plastic); // the collar
    path.lineTo({neck * 1.45f, collar}, plastic);
    path.lineTo({neck * 1.1f, collar + 0.05f}, plastic);
    path.lineTo({neck * 1.2f, collar + 0.3f}, cap);
    path.lineTo({neck * 1.2f, height - 0.1f}, cap, 2);
    path.lineTo({neck * 1.1f, height}, cap);
    path.lineTo({0.0f, height}, cap);
    Lathe lathe = path.lathe(48);
    lathe.deform = ridgesAbove(collar + 0.35f, 36, 0.04f);
    appendLathe(mesh, lathe);
    return mesh;
}

TexturedMesh makeWaterBottle(std::mt19937& random) {
    return makePlasticBottle(random, false);
}
TexturedMesh makeSodaBottle(std::mt19937& random) {
    return makePlasticBottle(random, true);
}

// A squeeze bottle (ketchup, mustard): an oval body under a round flip-top cap.
TexturedMesh makeSauceBottle(std::mt19937& random) {
    static const glm::vec3 sauces[] = {
        {0.7f, 0.06f, 0.04f}, {0.92f, 0.75f, 0.1f}, {0.35f, 0.16f, 0.08f}, {0.95f, 0.93f, 0.85f}};
    static const glm::vec3 caps[] = {
        {0.95f, 0.95f, 0.95f}, {0.75f, 0.08f, 0.06f}, {0.1f, 0.1f, 0.1f}, {0.1f, 0.5f, 0.2f}};
    const float radius = uniform(random, 2.8f, 3.4f), height = uniform(random, 17.0f, 21.0f);
    const float capFrom = height - uniform(random, 3.0f, 4.0f);
    const float capRadius = radius * uniform(random, 0.55f, 0.7f);
    TexturedMesh mesh;
    const std::uint32_t body =
        addMaterial(mesh, glm::vec3(1.0f),
                    labelledSkin(random, vary(random, pick(random, sauces), 0.08f), height, radius,
                                 height * 0.2f, height * 0.6f, 0.4f));
    const std::uint32_t cap = addMaterial(mesh, vary(random, pick(random, caps), 0.05f));
    ProfilePath path({0.0f, 0.0f});
    roundedBase(path, radius * 0.92f, 1.0f, body);
    path.curveThrough(
        {{radius, height * 0.45f}, {radius * 0.95f, capFrom - 2.5f}, {capRadius * 1.02f, capFrom}},
        body, 6);
    path.lineTo({capRadius, capFrom}, cap);
    path.lineTo({capRadius, height - 0.4f}, cap, 3);
    path.arcTo({capRadius - 0.4f, height - 0.4f}, 0.0f, 0.5f * pi, cap, 3);
    path.lineTo({0.0f, height}, cap);
    Lathe lathe = path.lathe(48);
    const float flat = uniform(random, 0.55f, 0.75f);
    lathe.deform = [=](const glm::vec3& p, float, float) {
        // Oval below the cap, round at it.
        const float s = glm::mix(flat, 1.0f, glm::smoothstep(capFrom - 3.0f, capFrom, p.y));
        return glm::vec3(p.x, p.y, p.z * s);
    };
    appendLathe(mesh, lathe);
    return mesh;
}

// A square spirits or oil bottle: a rounded-square body that turns round at the neck.
TexturedMesh makeSquareBottle(std::mt19937& random) {
    static const glm::vec3 glasses[] = {
        {0.22f, 0.3f, 0.1f}, {0.6f, 0.35f, 0.1f}, {0.75f, 0.8f, 0.78f}, {0.45f, 0.5f, 0.15f}};
    static const glm::vec3 caps[] = {
        {0.1f, 0.1f, 0.1f}, {0.8f, 0.68f, 0.3f}, {0.55f, 0.05f, 0.08f}, {0.5f, 0.35f, 0.2f}};
    const float radius = uniform(random, 3.2f, 4.0f), height = uniform(random, 24.0f, 30.0f);
    const float shoulder = height * uniform(random, 0.62f, 0.72f), neck = 1.3f;
    const float capFrom = height - uniform(random, 2.5f, 4.0f);
    TexturedMesh mesh;
    const std::uint32_t glass =
        addMaterial(mesh, glm::vec3(1.0f),
                    labelledSkin(random, vary(random, pick(random, glasses), 0.08f), height, radius,
                                 height * 0.18f, shoulder - 1.5f, 0.22f));
    const std::uint32_t cap = addMaterial(mesh, vary(random, pick(random, caps), 0.08f));
    ProfilePath path({0.0f, 0.0f});
    roundedBase(path, radius, 0.5f, glass);
    path.lineTo({radius, shoulder}, glass, 8);
    path.curveThrough({{radius * 0.6f, shoulder + 1.5f}, {neck, shoulder + 2.8f}}, glass, 6);
    path.lineTo({neck, capFrom}, glass, 3);
    path.lineTo({neck * 1.3f, capFrom}, cap);
    path.lineTo({neck * 1.3f, height}, cap, 2);
    path.lineTo({0.0f, height}, cap);
    Lathe lathe = path.lathe(64);
    const float square = uniform(random, 4.0f, 10.0f);
    lathe.deform = [=](const glm::vec3& p, float angle, float) {
        // A superellipse section: |x|^n + |z|^n = r^n.
        const float c = std::abs(std::cos(angle)), s = std::abs(std::sin(angle));
        const float toSquare =
            1.0f / std::pow(std::pow(c, square) + std::pow(s, square), 1.0f / square);
        const float k =
            glm::mix(toSquare * 0.92f, 1.0f, glm::smoothstep(shoulder, shoulder + 2.0f, p.y));
        return glm::vec3(p.x * k, p.y, p.z * k);
    };
    appendLathe(mesh, lathe);
    return mesh;
}

// A jar of jam, honey or pickles: wide glass showing its contents, a lid.
TexturedMesh makeJar(std::mt19937& random) {
    static const glm::vec3 contents[] = {{0.45f, 0.04f, 0.08f}, {0.85f, 0.52f, 0.08f},
                                         {0.45f, 0.5f, 0.2f},   {0.68f, 0.47f, 0.28f},
                                         {0.9f, 0.9f, 0.88f},   {0.6f, 0.2f, 0.35f}};
    static const glm::vec3 lids[] = {{0.8f, 0.68f, 0.3f},
                                     {0.75f, 0.75f, 0.78f},
                                     {0.7f, 0.08f, 0.08f},
                                     {0.1f, 0.3f, 0.15f},
                                     {0.95f, 0.95f, 0.95f}};
    const float radius = uniform(random, 3.2f, 4.6f);
    const float height = 2.0f * radius * uniform(random, 1.1f, 1.7f);
    const float neck = radius * uniform(random, 0.8f, 0.9f);
    const float lidHeight = uniform(random, 1.2f, 1.8f);
    const float shoulder = height - lidHeight - uniform(random, 1.0f, 1.8f);
    TexturedMesh mesh;
    const std::uint32_t glass = addMaterial(
        mesh, glm::vec3(1.0f),
        labelledSkin(random, vary(random, pick(random, contents), 0.1f), height, radius,
                     height * 0.2f, shoulder - 0.6f, chance(random, 0.5f) ? 1.0f : 0.4f));
    const std::uint32_t lid = addMaterial(mesh, vary(random, pick(random, lids), 0.08f));
    ProfilePath path({0.0f, 0.0f});
    roundedBase(path, radius, 0.8f, glass);
    path.lineTo({radius, shoulder}, glass, 6);
    path.curveThrough({{neck * 1.02f, shoulder + 0.8f}, {neck, height - lidHeight}}, glass, 4);
    path.lineTo({neck * 1.08f, height - lidHeight}, lid);
    path.lineTo({neck * 1.08f, height - 0.2f}, lid, 2);
    path.lineTo({neck * 1.03f, height}, lid);
    path.lineTo({0.0f, height}, lid);
    Lathe lathe = path.lathe(56);
    lathe.deform = ridgesAbove(height - lidHeight + 0.05f, 60, 0.015f);
    appendLathe(mesh, lathe);
    return mesh;
}

// Drink cans: a domed base on a narrow ring, a straight printed body, a necked-in top with a
// recessed lid and a ring pull.
TexturedMesh makeDrinkCan(std::mt19937& random, bool slim) {
    const float radius = slim ? 2.9f : 3.3f;
    const float height = slim ? uniform(random, 15.0f, 16.5f) : uniform(random, 11.5f, 12.5f);
    const glm::vec3 aluminium = vary(random, {0.8f, 0.81f, 0.83f}, 0.04f);
    Canvas canvas(512, 256, aluminium);
    const float bodyLow = 1.0f, bodyHigh = height - 1.1f;
    const float aspect = 2.0f * pi * radius / (bodyHigh - bodyLow);
    paintLabel(canvas, random, bodyLow / height, bodyHigh / height, uniform01(random), 1.0f,
               aspect);
    TexturedMesh mesh;
    const std::uint32_t skin = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t metal = addMaterial(mesh, aluminium);
    const float neck = radius * 0.82f;
    ProfilePath path({0.0f, 0.9f});
    path.curveThrough({{radius * 0.5f, 0.7f}, {radius * 0.72f, 0.3f}, {radius * 0.76f, 0.0f}},
                      metal, 3); // the dome
    path.lineTo({radius * 0.84f, 0.0f}, metal);
    path.curveThrough({{radius * 0.96f, 0.35f}, {radius, bodyLow}}, skin, 3);
    path.lineTo({radius, bodyHigh}, skin, 6);
    path.curveThrough({{radius * 0.97f, bodyHigh + 0.5f}, {neck, height - 0.2f}}, skin, 4);
    path.lineTo({neck * 1.03f, height - 0.1f}, metal);
    path.lineTo({neck * 1.02f, height}, metal);
    path.lineTo({neck * 0.94f, height}, metal);
    path.lineTo({neck * 0.92f, height - 0.45f}, metal);
    path.lineTo({0.0f, height - 0.45f}, metal, 2);
    appendLathe(mesh, path.lathe(56));
    // The ring pull, lying on the lid.
    const PartStart tab = partStart(mesh);
    appendRoundedBox(mesh, {0.9f, 0.05f, 0.55f}, 0.04f, {metal, metal, metal, metal, metal, metal},
                     2);
    transformPart(mesh, tab, glm::translate(glm::mat4(1.0f), {0.45f * neck, height - 0.36f, 0.0f}));
    return mesh;
}

TexturedMesh makeSodaCan(std::mt19937& random) {
    return makeDrinkCan(random, false);
}
TexturedMesh makeSlimCan(std::mt19937& random) {
    return makeDrinkCan(random, true);
}

// A food tin: rolled seams top and bottom, stiffening beads, a paper label (or none).
TexturedMesh makeFoodTin(std::mt19937& random) {
    const float radius = uniform(random, 3.6f, 5.2f);
    const float height = 2.0f * radius * uniform(random, 1.05f, 1.5f);
    const glm::vec3 steel = vary(random, {0.74f, 0.75f, 0.77f}, 0.05f);
    Canvas canvas(512, 256, steel);
    const bool labelled = chance(random, 0.85f);
    const float labelLow = 0.5f, labelHigh = height - 0.5f;
    if (labelled)
        paintLabel(canvas, random, labelLow / height, labelHigh / height, uniform01(random), 1.0f,
                   2.0f * pi * radius / (labelHigh - labelLow));
    TexturedMesh mesh;
    const std::uint32_t skin = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t metal = addMaterial(mesh, steel);
    ProfilePath path({0.0f, 0.25f});
    path.lineTo({radius - 0.2f, 0.25f}, metal, 2);
    path.lineTo({radius - 0.12f, 0.0f}, metal);
    path.lineTo({radius + 0.08f, 0.0f}, metal);
    path.lineTo({radius + 0.1f, 0.35f}, metal);
    path.lineTo({radius, 0.45f}, skin);
    // Beads: shallow grooves round the body, under the label when there is one.
    const int beads = labelled ? 0 : integer(random, 3, 7);
    for (int b = 0; b < beads; ++b) {
        const float y = 0.45f + (height - 0.9f) * (float(b) + 0.5f) / float(beads);
        path.lineTo({radius, y - 0.25f}, skin, 2);
        path.lineTo({radius - 0.12f, y}, skin);
        path.lineTo({radius, y + 0.25f}, skin);
    }
    path.lineTo({radius, height - 0.45f}, skin, 4);
    path.lineTo({radius + 0.1f, height - 0.35f}, metal);
    path.lineTo({radius + 0.08f, height}, metal);
    path.lineTo({radius - 0.12f, height}, metal);
    path.lineTo({radius - 0.2f, height - 0.25f}, metal);
    path.lineTo({0.0f, height - 0.25f}, metal, 2);
    appendLathe(mesh, path.lathe(56));
    return mesh;
}

} // namespace

const std::vector<Variant>& bottleVariants() {
    static const std::vector<Variant> variants = {
        {"wine bottle", 3.0f, makeWineBottle},
        {"beer bottle", 2.5f, makeBeerBottle},
        {"water bottle", 2.0f, makeWaterBottle},
        {"soda bottle", 1.5f, makeSodaBottle},
        {"sauce bottle", 1.0f, makeSauceBottle},
        {"square bottle", 1.0f, makeSquareBottle},
        {"jar", 2.0f, makeJar},
    };
    return variants;
}

const std::vector<Variant>& canVariants() {
    static const std::vector<Variant> variants = {
        {"drink can", 3.0f, makeSodaCan},
        {"slim can", 1.0f, makeSlimCan},
        {"food tin", 2.5f, makeFoodTin},
    };
    return variants;
}

} // namespace lift3d::procedural
