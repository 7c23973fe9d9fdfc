// Small unions of primitives: a table lamp, a mushroom, a table, a stool, a chair, a snowman,
// a toy car, a dumbbell, a rubber duck, a potted cactus, an ice-cream cone. Each part is a
// closed mesh; parts overlap where they join, so the union is closed too (ProceduralGeometry.h).

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

std::array<std::uint32_t, 6> allFaces(std::uint32_t material) {
    return {material, material, material, material, material, material};
}

void appendSphere(TexturedMesh& mesh, glm::vec3 centre, glm::vec3 radii, std::uint32_t material,
                  int slices = 32) {
    const PartStart start = partStart(mesh);
    appendSuperquadric(mesh, radii, 1.0f, 1.0f, material, slices, slices / 2 + 2);
    transformPart(mesh, start, glm::translate(glm::mat4(1.0f), centre));
}

// A rod from `from` to `to`, radius `r0` at the start and `r1` at the end (0: a point).
void appendRod(TexturedMesh& mesh, glm::vec3 from, glm::vec3 to, float r0, float r1,
               std::uint32_t material, int sides = 20) {
    Tube tube;
    tube.sides = sides;
    tube.material = tube.capMaterial = material;
    tube.path = {from, glm::mix(from, to, 0.5f), to};
    tube.radii = {glm::vec2(r0), glm::vec2(0.5f * (r0 + r1)), glm::vec2(r1)};
    const glm::vec3 along = to - from;
    tube.widthAxis =
        std::abs(along.y) > 0.9f * glm::length(along) ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
    appendTube(mesh, tube);
}

void appendBox(TexturedMesh& mesh, glm::vec3 centre, glm::vec3 size, float rounding,
               std::uint32_t material, float turn = 0.0f) {
    const PartStart start = partStart(mesh);
    appendRoundedBox(mesh, 0.5f * size, rounding, allFaces(material), 2);
    glm::mat4 placement = glm::translate(glm::mat4(1.0f), centre);
    placement = glm::rotate(placement, turn, {0, 1, 0});
    transformPart(mesh, start, placement);
}

std::uint32_t woodMaterial(TexturedMesh& mesh, std::mt19937& random) {
    static const glm::vec3 woods[] = {
        {0.78f, 0.6f, 0.4f}, {0.55f, 0.36f, 0.2f}, {0.85f, 0.72f, 0.52f}, {0.4f, 0.25f, 0.15f}};
    const glm::vec3 wood = vary(random, pick(random, woods), 0.06f);
    return addMaterial(mesh, glm::vec3(1.0f), woodTexture(random, wood, wood * 0.72f, true));
}

glm::vec3 paintColour(std::mt19937& random) {
    static const glm::vec3 paints[] = {
        {0.9f, 0.15f, 0.15f}, {0.15f, 0.4f, 0.85f},  {0.95f, 0.8f, 0.1f},   {0.2f, 0.6f, 0.3f},
        {0.95f, 0.5f, 0.1f},  {0.95f, 0.95f, 0.95f}, {0.15f, 0.15f, 0.15f}, {0.5f, 0.75f, 0.85f}};
    return vary(random, pick(random, paints), 0.06f);
}

TexturedMesh makeLamp(std::mt19937& random) {
    static const glm::vec3 metals[] = {
        {0.75f, 0.6f, 0.3f}, {0.8f, 0.8f, 0.82f}, {0.12f, 0.12f, 0.12f}, {0.95f, 0.95f, 0.93f}};
    static const glm::vec3 linens[] = {{0.93f, 0.9f, 0.82f}, {0.97f, 0.97f, 0.95f},
                                       {0.8f, 0.7f, 0.55f},  {0.3f, 0.35f, 0.5f},
                                       {0.6f, 0.2f, 0.2f},   {0.4f, 0.55f, 0.45f}};
    const glm::vec3 linen = vary(random, pick(random, linens), 0.05f);
    Canvas weave(128, 128, linen);
    const std::uint32_t seed = random();
    weave.shade([&](float u, float v, glm::vec3 c) {
        return c * (0.94f + 0.06f * tiledNoise(u, v, 64, 64, seed, 1));
    });
    TexturedMesh mesh;
    const std::uint32_t metal = addMaterial(mesh, vary(random, pick(random, metals), 0.05f));
    const std::uint32_t shade = addMaterial(mesh, glm::vec3(1.0f), weave.image());
    const std::uint32_t inner = addMaterial(mesh, linen * 1.05f);
    const std::uint32_t bulb = addMaterial(mesh, {0.98f, 0.97f, 0.9f});
    const bool floorLamp = chance(random, 0.25f);
    const float stem = floorLamp ? uniform(random, 120.0f, 150.0f) : uniform(random, 18.0f, 35.0f);
    const float shadeLow =
        floorLamp ? uniform(random, 18.0f, 24.0f) : uniform(random, 12.0f, 18.0f);
    const float shadeHigh = shadeLow * uniform(random, 0.55f, 0.95f);
    const float shadeHeight = shadeLow * uniform(random, 0.8f, 1.1f);
    const float baseRadius =
        floorLamp ? uniform(random, 13.0f, 17.0f) : uniform(random, 6.0f, 9.0f);

    // The base: a low dome, or a ceramic body like a small vase.
    ProfilePath base({0.0f, 0.0f});
    if (!floorLamp && chance(random, 0.4f)) {
        const float belly = uniform(random, 6.0f, 10.0f), tall = stem * 0.6f;
        const std::uint32_t ceramic = addMaterial(mesh, paintColour(random));
        base.lineTo({belly * 0.6f, 0.0f}, ceramic);
        base.curveThrough({{belly, tall * 0.4f}, {belly * 0.5f, tall * 0.9f}, {1.2f, tall}},
                          ceramic, 6);
        base.lineTo({0.0f, tall}, ceramic);
    } else {
        base.lineTo({baseRadius, 0.0f}, metal);
        base.lineTo({baseRadius, 0.8f}, metal);
        base.curveThrough({{baseRadius * 0.5f, 2.0f}, {1.5f, 3.0f}}, metal, 4);
        base.lineTo({0.0f, 3.0f}, metal);
    }
    appendLathe(mesh, base.lathe(48));
    const float top = stem + 2.0f;
    appendRod(mesh, {0.0f, 1.0f, 0.0f}, {0.0f, top, 0.0f}, floorLamp ? 1.2f : 0.7f,
              floorLamp ? 1.2f : 0.7f, metal);
    appendSphere(mesh, {0.0f, top + 3.0f, 0.0f}, glm::vec3(3.0f, 4.0f, 3.0f), bulb);
    // The shade: a thin open frustum, a closed ring of profile.
    const float shadeBottom = top - 0.25f * shadeHeight;
    ProfilePath ring({shadeLow, shadeBottom});
    ring.lineTo({shadeHigh, shadeBottom + shadeHeight}, shade, 6);
    ring.lineTo({shadeHigh - 0.3f, shadeBottom + shadeHeight}, inner);
    ring.lineTo({shadeLow - 0.3f, shadeBottom}, inner, 6);
    Lathe lathe = ring.lathe(56);
    lathe.closedLoop = true;
    appendLathe(mesh, lathe);
    // Spokes carry the shade on the stem.
    for (int k = 0; k < 3; ++k) {
        const float angle = 2.0f * pi * float(k) / 3.0f;
        const glm::vec3 out(std::cos(angle), 0.0f, std::sin(angle));
        appendRod(mesh, glm::vec3(0.0f, top + 5.5f, 0.0f),
                  glm::vec3(0.0f, shadeBottom + shadeHeight - 0.2f, 0.0f) +
                      out * (shadeHigh - 0.2f),
                  0.12f, 0.12f, metal, 8);
    }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeMushroom(std::mt19937& random) {
    const int kind = integer(random, 0, 2); // fly agaric, cep, button
    const glm::vec3 capColour = kind == 0   ? vary(random, {0.8f, 0.1f, 0.06f}, 0.08f)
                                : kind == 1 ? vary(random, {0.5f, 0.3f, 0.15f}, 0.1f)
                                            : vary(random, {0.93f, 0.9f, 0.85f}, 0.04f);
    Canvas capCanvas(256, 128, capColour);
    mottle(capCanvas, random, capColour * 0.85f, 0.5f, 5);
    if (kind == 0)
        scatterSpeckles(capCanvas, random, integer(random, 40, 90), glm::vec3(0.96f, 0.95f, 0.9f),
                        2.0f, 5.0f, 1.0f);
    const glm::vec3 stemColour = kind == 1 ? vary(random, {0.85f, 0.78f, 0.62f}, 0.05f)
                                           : vary(random, {0.95f, 0.93f, 0.88f}, 0.03f);
    TexturedMesh mesh;
    const std::uint32_t cap = addMaterial(mesh, glm::vec3(1.0f), capCanvas.image());
    const std::uint32_t gills = addMaterial(mesh, kind == 1 ? glm::vec3(0.75f, 0.7f, 0.45f)
                                                            : glm::vec3(0.9f, 0.85f, 0.78f));
    const std::uint32_t stemMaterial = addMaterial(mesh, stemColour);
    const float stemRadius = kind == 1 ? uniform(random, 1.5f, 2.5f) : uniform(random, 0.6f, 1.2f);
    const float stemHeight = kind == 2 ? uniform(random, 2.0f, 3.5f) : uniform(random, 5.0f, 11.0f);
    const float capRadius = kind == 2 ? uniform(random, 2.0f, 3.5f) : uniform(random, 3.0f, 7.0f);
    const float capHeight =
        capRadius * (kind == 2 ? uniform(random, 0.6f, 0.8f) : uniform(random, 0.35f, 0.7f));
    const float bulb = kind == 1 ? 1.5f : 1.15f;
    ProfilePath stem({0.0f, 0.0f});
    stem.lineTo({stemRadius * bulb * 0.8f, 0.0f}, stemMaterial);
    stem.curveThrough({{stemRadius * bulb, stemHeight * 0.2f},
                       {stemRadius, stemHeight * 0.6f},
                       {stemRadius * 0.85f, stemHeight + 0.5f}},
                      stemMaterial, 4);
    stem.lineTo({0.0f, stemHeight + 0.5f}, stemMaterial);
    appendLathe(mesh, stem.lathe(32));
    if (kind == 0) { // the ring (annulus) of a fly agaric
        ProfilePath skirt({stemRadius * 0.9f, stemHeight * 0.75f});
        skirt.lineTo({stemRadius * 1.6f, stemHeight * 0.7f - 0.6f}, stemMaterial, 2);
        skirt.lineTo({stemRadius * 1.55f, stemHeight * 0.7f - 0.75f}, stemMaterial);
        skirt.lineTo({stemRadius * 0.85f, stemHeight * 0.75f - 0.3f}, stemMaterial, 2);
        Lathe lathe = skirt.lathe(32);
        lathe.closedLoop = true;
        appendLathe(mesh, lathe);
    }
    // The cap: underside with gills from the stem out to the rim, then the dome.
    ProfilePath dome({0.0f, stemHeight});
    dome.lineTo({capRadius * 0.95f, stemHeight + 0.15f * capHeight}, gills, 4);
    dome.lineTo({capRadius, stemHeight + 0.2f * capHeight}, cap);
    std::vector<glm::vec2> arc;
    for (int i = 1; i <= 10; ++i) {
        const float a = 0.5f * pi * float(i) / 10.0f;
        arc.emplace_back(capRadius * std::cos(a),
                         stemHeight + 0.2f * capHeight +
                             0.8f * capHeight * std::pow(std::sin(a), 0.8f));
    }
    arc.back().x = 0.0f;
    dome.curveThrough(arc, cap, 2);
    appendLathe(mesh, dome.lathe(48));
    restOnGround(mesh);
    return mesh;
}

// Legs for a rectangular top of `width` x `depth` at height `height`, inset by `inset`.
void appendLegs(TexturedMesh& mesh, float width, float depth, float height, float inset,
                float thickness, float splay, bool round, std::uint32_t material) {
    for (int k = 0; k < 4; ++k) {
        const float sx = k % 2 ? 1.0f : -1.0f, sz = k / 2 ? 1.0f : -1.0f;
        const glm::vec3 top(sx * (0.5f * width - inset), height, sz * (0.5f * depth - inset));
        const glm::vec3 foot = top + glm::vec3(sx * splay, -height, sz * splay);
        if (round)
            appendRod(mesh, top, foot, 0.5f * thickness, 0.38f * thickness, material, 16);
        else
            appendBox(mesh, glm::mix(top, foot, 0.5f), {thickness, height, thickness},
                      0.1f * thickness, material);
    }
}

TexturedMesh makeTable(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t wood = woodMaterial(mesh, random);
    const std::uint32_t legMaterial =
        chance(random, 0.7f) ? wood : addMaterial(mesh, paintColour(random));
    const int type = integer(random, 0, 2); // dining, coffee or side table
    const float height = type == 0   ? uniform(random, 72.0f, 78.0f)
                         : type == 1 ? uniform(random, 38.0f, 48.0f)
                                     : uniform(random, 50.0f, 65.0f);
    const float width = type == 2 ? uniform(random, 40.0f, 55.0f) : uniform(random, 80.0f, 160.0f);
    const float depth =
        type == 2 ? width * uniform(random, 0.8f, 1.0f) : uniform(random, 55.0f, 90.0f);
    const float thickness = uniform(random, 2.5f, 5.0f);
    if (chance(random, 0.3f)) { // a round top on a pedestal
        const float radius = 0.5f * std::min(width, depth * 1.3f);
        ProfilePath top({0.0f, height - thickness});
        top.lineTo({radius - 0.5f, height - thickness}, wood, 2);
        top.arcTo({radius - 0.5f, height - thickness + 0.5f}, -0.5f * pi, 0.0f, wood, 2);
        top.lineTo({radius, height - 0.5f}, wood);
        top.arcTo({radius - 0.5f, height - 0.5f}, 0.0f, 0.5f * pi, wood, 2);
        top.lineTo({0.0f, height}, wood, 2);
        appendLathe(mesh, top.lathe(64));
        ProfilePath pedestal({0.0f, 0.0f});
        const float foot = radius * uniform(random, 0.45f, 0.6f);
        pedestal.lineTo({foot, 0.0f}, legMaterial);
        pedestal.lineTo({foot, 2.0f}, legMaterial);
        pedestal.curveThrough(
            {{foot * 0.25f, 8.0f}, {3.5f, height * 0.5f}, {4.5f, height - thickness + 1.0f}},
            legMaterial, 6);
        pedestal.lineTo({0.0f, height - thickness + 1.0f}, legMaterial);
        appendLathe(mesh, pedestal.lathe(48));
    } else {
        appendBox(mesh, {0.0f, height - 0.5f * thickness, 0.0f}, {width, thickness, depth}, 0.5f,
                  wood);
        const float leg = uniform(random, 3.5f, 7.0f);
        // The legs reach a little into the top so the parts overlap.
        appendLegs(mesh, width, depth, height - thickness + 0.5f, uniform(random, 3.0f, 8.0f), leg,
                   0.0f, chance(random, 0.35f), legMaterial);
        if (chance(random, 0.5f)) // an apron under the top
            appendBox(mesh, {0.0f, height - thickness - 4.0f, 0.0f},
                      {width - 8.0f, 8.5f, depth - 8.0f}, 0.2f, legMaterial);
    }
    projectUVs(mesh, {}, glm::vec3(1.0f / 60.0f, 0.0f, 0.0f), glm::vec3(0.0f, 0.01f, 1.0f / 60.0f),
               1.0f);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeStool(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t wood = woodMaterial(mesh, random);
    const std::uint32_t legs = chance(random, 0.6f) ? wood : addMaterial(mesh, paintColour(random));
    const float height =
        chance(random, 0.3f) ? uniform(random, 60.0f, 78.0f) : uniform(random, 40.0f, 50.0f);
    const float radius = uniform(random, 15.0f, 19.0f), thickness = uniform(random, 2.5f, 4.0f);
    ProfilePath seat({0.0f, height - thickness});
    seat.lineTo({radius - 1.0f, height - thickness}, wood, 2);
    seat.arcTo({radius - 1.0f, height - thickness + 1.0f}, -0.5f * pi, 0.0f, wood, 2);
    seat.lineTo({radius, height - 1.0f}, wood);
    seat.arcTo({radius - 1.0f, height - 1.0f}, 0.0f, 0.5f * pi, wood, 2);
    seat.lineTo({0.0f, height}, wood, 2);
    appendLathe(mesh, seat.lathe(48));
    const int count = integer(random, 3, 4);
    const float splay = height * uniform(random, 0.05f, 0.15f);
    const float leg = uniform(random, 1.6f, 2.2f);
    for (int k = 0; k < count; ++k) {
        const float angle = 2.0f * pi * (float(k) + 0.5f) / float(count);
        const glm::vec3 out(std::cos(angle), 0.0f, std::sin(angle));
        const glm::vec3 top =
            out * (radius * 0.6f) + glm::vec3(0.0f, height - thickness + 0.5f, 0.0f);
        const glm::vec3 foot = out * (radius * 0.6f + splay);
        appendRod(mesh, top, foot, leg, leg * 0.8f, legs, 16);
        // A rung between this leg and the next, about a third of the way up; staggered, as
        // on real stools, so two rungs never end at the same point.
        const float next = 2.0f * pi * (float(k) + 1.5f) / float(count);
        const glm::vec3 outNext(std::cos(next), 0.0f, std::sin(next));
        const float rise = 0.25f + 0.06f * float(k);
        const float y = height * rise, reach = radius * 0.6f + splay * (1.0f - rise);
        appendRod(mesh, out * reach + glm::vec3(0, y, 0), outNext * reach + glm::vec3(0, y, 0),
                  0.45f * leg, 0.45f * leg, legs, 10);
    }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeChair(std::mt19937& random) {
    TexturedMesh mesh;
    const std::uint32_t wood = woodMaterial(mesh, random);
    const std::uint32_t frame =
        chance(random, 0.6f) ? wood : addMaterial(mesh, paintColour(random));
    const float seatHeight = uniform(random, 43.0f, 48.0f);
    const float width = uniform(random, 40.0f, 48.0f), depth = uniform(random, 40.0f, 46.0f);
    const float thickness = uniform(random, 2.5f, 4.0f), leg = uniform(random, 3.0f, 4.5f);
    const float back = uniform(random, 35.0f, 50.0f);
    appendBox(mesh, {0.0f, seatHeight - 0.5f * thickness, 0.0f}, {width, thickness, depth}, 0.5f,
              wood);
    appendLegs(mesh, width, depth, seatHeight - thickness + 0.5f, 0.5f * leg + 0.5f, leg, 0.0f,
               chance(random, 0.3f), frame);
    // The back: its two posts continue the back legs, with a rail or a panel between them.
    for (const float sx : {-1.0f, 1.0f})
        appendBox(mesh,
                  {sx * (0.5f * width - 0.5f * leg - 0.5f), seatHeight + 0.5f * back - 0.5f,
                   -(0.5f * depth - 0.5f * leg - 0.5f)},
                  {leg, back + 1.0f, leg}, 0.2f, frame);
    const float panel = chance(random, 0.5f) ? back * 0.35f : 8.0f;
    appendBox(mesh,
              {0.0f, seatHeight + back - 0.5f * panel - 1.0f, -(0.5f * depth - 0.5f * leg - 0.5f)},
              {width - leg, panel, 0.7f * leg}, 0.3f, wood);
    projectUVs(mesh, {}, glm::vec3(0.02f, 0.0f, 0.0f), glm::vec3(0.0f, 0.015f, 0.02f), 1.0f);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeSnowman(std::mt19937& random) {
    const glm::vec3 snow = vary(random, {0.95f, 0.96f, 0.98f}, 0.02f);
    Canvas canvas(128, 64, snow);
    mottle(canvas, random, snow * 0.92f, 0.6f, 6);
    TexturedMesh mesh;
    const std::uint32_t body = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    const std::uint32_t coal = addMaterial(mesh, {0.08f, 0.08f, 0.08f});
    const std::uint32_t carrot = addMaterial(mesh, vary(random, {0.95f, 0.45f, 0.1f}, 0.05f));
    const std::uint32_t twig = addMaterial(mesh, vary(random, {0.35f, 0.22f, 0.12f}, 0.1f));
    const float r0 = uniform(random, 10.0f, 14.0f);
    const float r1 = r0 * uniform(random, 0.65f, 0.78f), r2 = r1 * uniform(random, 0.65f, 0.8f);
    // Each ball settles a little into the one below.
    const float y0 = r0 * 0.92f, y1 = y0 + r0 * 0.8f + r1 * 0.75f, y2 = y1 + r1 * 0.8f + r2 * 0.75f;
    appendSphere(mesh, {0.0f, y0, 0.0f}, {r0, r0 * 0.92f, r0}, body);
    appendSphere(mesh, {0.0f, y1, 0.0f}, glm::vec3(r1), body);
    appendSphere(mesh, {0.0f, y2, 0.0f}, glm::vec3(r2), body);
    // Face toward +Z: coal eyes, a carrot nose, coal buttons.
    for (const float sx : {-1.0f, 1.0f})
        appendSphere(mesh, glm::vec3(sx * 0.35f * r2, y2 + 0.25f * r2, 0.88f * r2),
                     glm::vec3(0.12f * r2), coal, 12);
    appendRod(mesh, {0.0f, y2, 0.8f * r2}, {0.0f, y2 - 0.1f * r2, r2 * uniform(random, 1.6f, 2.1f)},
              0.14f * r2, 0.0f, carrot, 12);
    for (int b = 0; b < 3; ++b) {
        const float a = 0.45f - 0.3f * float(b);
        appendSphere(mesh, {0.0f, y1 + r1 * std::sin(a), r1 * std::cos(a) * 0.97f},
                     glm::vec3(0.1f * r1), coal, 12);
    }
    if (chance(random, 0.6f)) // stick arms
        for (const float sx : {-1.0f, 1.0f})
            appendRod(mesh, {sx * 0.7f * r1, y1 + 0.2f * r1, 0.0f},
                      {sx * r1 * 2.0f, y1 + r1 * uniform(random, 0.4f, 1.0f), 0.0f}, 0.06f * r1,
                      0.03f * r1, twig, 8);
    if (chance(random, 0.5f)) { // a top hat
        ProfilePath hat({0.0f, y2 + 0.75f * r2});
        hat.lineTo({1.3f * r2, y2 + 0.75f * r2}, coal);
        hat.lineTo({1.3f * r2, y2 + 0.85f * r2}, coal);
        hat.lineTo({0.75f * r2, y2 + 0.85f * r2}, coal);
        hat.lineTo({0.8f * r2, y2 + 1.9f * r2}, coal, 2);
        hat.lineTo({0.0f, y2 + 1.9f * r2}, coal);
        appendLathe(mesh, hat.lathe(32));
    }
    if (chance(random, 0.5f)) { // a scarf round the neck
        const std::uint32_t wool = addMaterial(mesh, paintColour(random));
        const float neck = y1 + 0.78f * r1;
        ProfilePath scarf({0.55f * r1, neck - 0.12f * r1});
        scarf.arcTo({0.62f * r1, neck}, -0.5f * pi, 1.5f * pi - 0.4f, wool, 10);
        Lathe lathe = scarf.lathe(32);
        lathe.closedLoop = true;
        appendLathe(mesh, lathe);
    }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeToyCar(std::mt19937& random) {
    const glm::vec3 paint = paintColour(random);
    const float length = uniform(random, 8.0f, 14.0f);
    const float width = length * uniform(random, 0.42f, 0.5f);
    const float body = length * uniform(random, 0.18f, 0.25f);
    const float wheel = length * uniform(random, 0.11f, 0.14f);
    // The cabin's sides and ends: window glass framed by paint.
    Canvas windows(128, 64, paint);
    windows.fillRect(0.1f, 0.25f, 0.9f, 0.85f, glm::vec3(0.15f, 0.2f, 0.28f));
    TexturedMesh mesh;
    const std::uint32_t bodyMaterial = addMaterial(mesh, paint);
    const std::uint32_t glass = addMaterial(mesh, glm::vec3(1.0f), windows.image());
    const std::uint32_t tyre = addMaterial(mesh, {0.1f, 0.1f, 0.1f});
    const std::uint32_t hub = addMaterial(mesh, {0.8f, 0.8f, 0.82f});
    const float bodyBottom = wheel * 0.6f;
    appendBox(mesh, {0.0f, bodyBottom + 0.5f * body, 0.0f}, {length, body, width}, 0.2f * body,
              bodyMaterial);
    const float cabinLength = length * uniform(random, 0.4f, 0.55f);
    const float cabinHeight = body * uniform(random, 0.7f, 1.0f);
    const PartStart cabin = partStart(mesh);
    appendRoundedBox(mesh, 0.5f * glm::vec3(cabinLength, cabinHeight, width * 0.88f),
                     0.2f * cabinHeight, {glass, glass, bodyMaterial, bodyMaterial, glass, glass},
                     3);
    transformPart(
        mesh, cabin,
        glm::translate(glm::mat4(1.0f), {-length * uniform(random, 0.0f, 0.12f),
                                         bodyBottom + body + 0.5f * cabinHeight - 0.3f, 0.0f}));
    for (int k = 0; k < 4; ++k) {
        const float sx = k % 2 ? 1.0f : -1.0f, sz = k / 2 ? 1.0f : -1.0f;
        const glm::vec3 centre(sx * length * 0.32f, wheel, sz * 0.5f * width);
        // A tyre with rounded shoulders, turned to roll along X, and its hub cap.
        ProfilePath profile({0.0f, -0.28f * wheel});
        profile.lineTo({0.8f * wheel, -0.28f * wheel}, tyre);
        profile.arcTo({0.8f * wheel, -0.08f * wheel}, -0.5f * pi, 0.0f, tyre, 3);
        profile.lineTo({wheel, 0.08f * wheel}, tyre);
        profile.arcTo({0.8f * wheel, 0.08f * wheel}, 0.0f, 0.5f * pi, tyre, 3);
        profile.lineTo({0.0f, 0.28f * wheel}, tyre);
        const PartStart start = partStart(mesh);
        appendLathe(mesh, profile.lathe(32));
        appendLathe(mesh, [&] {
            Lathe cap;
            cap.profile = {{0.0f, 0.0f},
                           {0.5f * wheel, 0.0f},
                           {0.45f * wheel, 0.32f * wheel},
                           {0.0f, 0.33f * wheel}};
            cap.segmentMaterial = {hub};
            cap.slices = 24;
            return cap;
        }());
        glm::mat4 placement = glm::translate(glm::mat4(1.0f), centre);
        placement = glm::rotate(placement, sz * 0.5f * pi, {1, 0, 0});
        transformPart(mesh, start, placement);
    }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeDumbbell(std::mt19937& random) {
    static const glm::vec3 colours[] = {{0.1f, 0.1f, 0.1f},
                                        {0.8f, 0.8f, 0.82f},
                                        {0.85f, 0.2f, 0.5f},
                                        {0.2f, 0.5f, 0.85f},
                                        {0.6f, 0.8f, 0.3f}};
    TexturedMesh mesh;
    const std::uint32_t weight = addMaterial(mesh, vary(random, pick(random, colours), 0.06f));
    const std::uint32_t bar = addMaterial(mesh, {0.75f, 0.76f, 0.78f});
    const float handle = uniform(random, 10.0f, 14.0f), plate = uniform(random, 4.0f, 9.0f);
    const float plateWidth = uniform(random, 2.5f, 6.0f);
    const int sides = chance(random, 0.4f) ? 6 : 40; // hexagonal ends don't roll
    appendRod(mesh, {-0.5f * handle - 0.5f, 0.0f, 0.0f}, {0.5f * handle + 0.5f, 0.0f, 0.0f}, 1.6f,
              1.6f, bar, 24);
    for (const float sx : {-1.0f, 1.0f}) {
        const PartStart start = partStart(mesh);
        Lathe disc;
        disc.profile = {{0.0f, 0.0f},
                        {plate * 0.9f, 0.0f},
                        {plate, 0.1f * plateWidth},
                        {plate, 0.9f * plateWidth},
                        {plate * 0.9f, plateWidth},
                        {0.0f, plateWidth}};
        disc.segmentMaterial = {weight};
        disc.slices = sides;
        appendLathe(mesh, disc);
        glm::mat4 placement = glm::translate(glm::mat4(1.0f), {sx * 0.5f * handle, 0.0f, 0.0f});
        placement = glm::rotate(placement, -sx * 0.5f * pi, {0, 0, 1});
        transformPart(mesh, start, placement);
    }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeDuck(std::mt19937& random) {
    static const glm::vec3 yellows[] = {
        {0.98f, 0.82f, 0.1f}, {0.98f, 0.82f, 0.1f}, {0.95f, 0.3f, 0.5f}, {0.3f, 0.6f, 0.95f}};
    TexturedMesh mesh;
    const std::uint32_t rubber = addMaterial(mesh, vary(random, pick(random, yellows), 0.04f));
    const std::uint32_t beak = addMaterial(mesh, vary(random, {0.98f, 0.45f, 0.08f}, 0.05f));
    const std::uint32_t eye = addMaterial(mesh, {0.05f, 0.05f, 0.05f});
    const float size = uniform(random, 8.0f, 12.0f);
    // The body: an egg tipped up at the tail (-X).
    const PartStart bodyStart = partStart(mesh);
    appendSuperquadric(mesh, size * glm::vec3(0.5f, 0.32f, 0.38f), 1.0f, 1.0f, rubber, 40, 24,
                       [size](const glm::vec3& p, float, float) {
                           const float tail = std::max(0.0f, -p.x) / (0.5f * size);
                           return glm::vec3(p.x, p.y + 0.2f * size * tail * tail, p.z);
                       });
    transformPart(mesh, bodyStart, glm::translate(glm::mat4(1.0f), {0.0f, 0.3f * size, 0.0f}));
    const glm::vec3 head(0.25f * size, 0.72f * size, 0.0f);
    appendSphere(mesh, head, glm::vec3(0.22f * size), rubber);
    appendSphere(mesh, head + glm::vec3(0.2f * size, -0.03f * size, 0.0f),
                 size * glm::vec3(0.12f, 0.04f, 0.1f), beak, 20);
    for (const float sz : {-1.0f, 1.0f})
        appendSphere(mesh, head + size * glm::vec3(0.12f, 0.07f, sz * 0.13f),
                     glm::vec3(0.03f * size), eye, 10);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makePottedCactus(std::mt19937& random) {
    static const glm::vec3 pots[] = {
        {0.72f, 0.4f, 0.25f}, {0.95f, 0.95f, 0.93f}, {0.2f, 0.3f, 0.45f}, {0.15f, 0.15f, 0.15f}};
    const glm::vec3 green = vary(random, {0.25f, 0.5f, 0.25f}, 0.1f);
    Canvas spines(128, 128, green);
    mottle(spines, random, green * 1.2f, 0.3f, 6);
    scatterSpeckles(spines, random, 300, {0.92f, 0.9f, 0.8f}, 0.4f, 0.8f, 0.8f);
    TexturedMesh mesh;
    const std::uint32_t pot = addMaterial(mesh, vary(random, pick(random, pots), 0.06f));
    const std::uint32_t soil = addMaterial(mesh, vary(random, {0.3f, 0.2f, 0.12f}, 0.1f));
    const std::uint32_t cactus = addMaterial(mesh, glm::vec3(1.0f), spines.image());
    const float radius = uniform(random, 4.0f, 8.0f), height = radius * uniform(random, 1.0f, 1.4f);
    const float rim = radius * 1.15f;
    ProfilePath path({0.0f, 0.0f});
    path.lineTo({radius * 0.8f, 0.0f}, pot);
    path.lineTo({rim, height - 1.2f}, pot, 4);
    path.lineTo({rim + 0.3f, height - 1.2f}, pot);
    path.lineTo({rim + 0.3f, height}, pot);
    path.lineTo({rim - 0.4f, height}, pot);
    path.lineTo({rim - 0.45f, height - 1.0f}, pot);
    path.lineTo({0.0f, height - 1.0f}, soil, 2);
    appendLathe(mesh, path.lathe(48));
    // The cactus: a ribbed column with a rounded top, planted in the soil.
    const float stem = radius * uniform(random, 0.35f, 0.6f);
    const float tall = height * uniform(random, 0.8f, 2.2f);
    const int ribs = integer(random, 8, 14);
    ProfilePath column({0.0f, height - 2.0f});
    column.lineTo({stem, height - 2.0f}, cactus);
    column.lineTo({stem, height - 1.0f + tall - stem}, cactus, 6);
    column.arcTo({0.0f, height - 1.0f + tall - stem}, 0.0f, 0.5f * pi, cactus, 6);
    Lathe lathe = column.lathe(ribs * 4);
    lathe.deform = [ribs](const glm::vec3& p, float angle, float) {
        const float s = 1.0f - 0.08f * (0.5f - 0.5f * std::cos(float(ribs) * angle));
        return glm::vec3(p.x * s, p.y, p.z * s);
    };
    lathe.uRepeat = 2.0f;
    appendLathe(mesh, lathe);
    if (chance(random, 0.5f)) // an arm
        for (const float sx : {-1.0f, 1.0f}) {
            if (chance(random, 0.4f))
                continue;
            const float y = height + tall * uniform(random, 0.3f, 0.55f);
            const float arm = stem * 0.6f;
            Tube tube;
            tube.material = tube.capMaterial = cactus;
            tube.sides = 20;
            for (int i = 0; i <= 8; ++i) {
                const float a = 0.5f * pi * float(i) / 8.0f;
                const float bend = stem * 1.4f;
                tube.path.emplace_back(sx * (bend * (1.0f - std::cos(a)) + 0.2f * stem),
                                       y + bend * std::sin(a), 0.0f);
                tube.radii.emplace_back(arm, arm);
            }
            tube.path.emplace_back(tube.path.back() + glm::vec3(0.0f, stem, 0.0f));
            tube.radii.emplace_back(arm, arm);
            tube.path.emplace_back(tube.path.back() + glm::vec3(0.0f, 0.6f * arm, 0.0f));
            tube.radii.emplace_back(0.0f, 0.0f);
            appendTube(mesh, tube);
        }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeIceCream(std::mt19937& random) {
    static const glm::vec3 flavours[] = {{0.98f, 0.95f, 0.85f}, {0.45f, 0.28f, 0.18f},
                                         {0.98f, 0.7f, 0.75f},  {0.75f, 0.9f, 0.6f},
                                         {0.99f, 0.9f, 0.5f},   {0.7f, 0.3f, 0.5f}};
    const glm::vec3 waffleColour = vary(random, {0.85f, 0.62f, 0.32f}, 0.06f);
    Canvas waffle(128, 128, waffleColour);
    waffle.shade([&](float u, float v, glm::vec3 c) {
        // A diagonal grid pressed into the cone.
        const float a = std::abs(std::sin(pi * 12.0f * (u + v))),
                    b = std::abs(std::sin(pi * 12.0f * (u - v)));
        return c * (1.0f - 0.25f * (std::pow(1.0f - a, 8.0f) + std::pow(1.0f - b, 8.0f)));
    });
    TexturedMesh mesh;
    const std::uint32_t cone = addMaterial(mesh, glm::vec3(1.0f), waffle.image());
    const float radius = uniform(random, 2.6f, 3.2f), length = radius * uniform(random, 3.0f, 4.0f);
    // Upright, as it is held; the tip is cut flat so it can stand.
    ProfilePath shell({0.0f, 0.0f});
    shell.lineTo({0.35f, 0.0f}, cone);
    shell.lineTo({radius, length}, cone, 6);
    shell.lineTo({radius + 0.2f, length + 0.6f}, cone);
    shell.lineTo({0.0f, length + 0.6f}, cone);
    appendLathe(mesh, shell.lathe(36));
    const int scoops = integer(random, 1, 3);
    float y = length + 0.6f;
    for (int s = 0; s < scoops; ++s) {
        Canvas cream(128, 64, vary(random, pick(random, flavours), 0.05f));
        mottle(cream, random, glm::vec3(1.0f), 0.15f, 6);
        const std::uint32_t material = addMaterial(mesh, glm::vec3(1.0f), cream.image());
        const float r = radius * uniform(random, 1.0f, 1.2f);
        const PartStart start = partStart(mesh);
        const float lumps = uniform(random, 0.0f, 2.0f * pi);
        appendSuperquadric(mesh, glm::vec3(r), 1.0f, 1.0f, material, 40, 24,
                           [lumps](const glm::vec3& p, float angle, float t) {
                               const float s =
                                   1.0f + 0.05f * std::sin(7.0f * angle + lumps) * std::sin(pi * t);
                               return p * s;
                           });
        transformPart(mesh, start, glm::translate(glm::mat4(1.0f), {0.0f, y + 0.5f * r, 0.0f}));
        y += 1.4f * r;
    }
    restOnGround(mesh);
    return mesh;
}

} // namespace

const std::vector<Variant>& unionVariants() {
    static const std::vector<Variant> variants = {
        {"lamp", 2.0f, makeLamp},          {"mushroom", 1.5f, makeMushroom},
        {"table", 1.5f, makeTable},        {"stool", 1.0f, makeStool},
        {"chair", 1.5f, makeChair},        {"snowman", 1.0f, makeSnowman},
        {"toy car", 1.5f, makeToyCar},     {"dumbbell", 1.0f, makeDumbbell},
        {"rubber duck", 1.0f, makeDuck},   {"potted cactus", 1.5f, makePottedCactus},
        {"ice cream", 1.0f, makeIceCream},
    };
    return variants;
}

} // namespace lift3d::procedural
