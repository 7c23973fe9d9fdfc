// Bevelled boxes: parcels, books, dice, bricks, toy blocks, printed cartons, shoeboxes.

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

using Faces = std::array<std::uint32_t, 6>;
Faces allFaces(std::uint32_t material) {
    return {material, material, material, material, material, material};
}

Canvas cardboardCanvas(std::mt19937& random, glm::vec3 colour) {
    Canvas canvas(256, 256, colour);
    mottle(canvas, random, colour * 0.9f, 0.5f, 8);
    const std::uint32_t seed = random();
    canvas.shade([&](float u, float v, glm::vec3 c) {
        return c * (0.95f + 0.1f * tiledNoise(u, v, 64, 4, seed, 2)); // fibres
    });
    return canvas;
}

QImage cardboard(std::mt19937& random, glm::vec3 colour) {
    return cardboardCanvas(random, colour).image();
}

TexturedMesh makeParcel(std::mt19937& random) {
    const glm::vec3 kraft = vary(random, {0.7f, 0.53f, 0.34f}, 0.08f);
    const glm::vec3 tapeColour = chance(random, 0.6f) ? kraft * glm::vec3(1.1f, 1.08f, 1.0f)
                                                      : vary(random, {0.85f, 0.85f, 0.82f}, 0.05f);
    const glm::vec3 size(uniform(random, 20.0f, 45.0f), uniform(random, 10.0f, 30.0f),
                         uniform(random, 15.0f, 35.0f));
    const float tape = 5.0f; // centimetres
    // The tape runs along X over the top, and down the two X ends.
    Canvas top = cardboardCanvas(random, kraft), ends = cardboardCanvas(random, kraft);
    const float tapeV = 0.5f * tape / size.z;
    top.fillRect(0.0f, 0.5f - tapeV, 1.0f, 0.5f + tapeV, tapeColour, 0.9f);
    ends.fillRect(0.5f - tapeV, 1.0f - 8.0f / size.y, 0.5f + tapeV, 1.0f, tapeColour, 0.9f);
    if (chance(random, 0.7f)) { // a shipping label
        const float lu = uniform(random, 0.1f, 0.5f), lv = uniform(random, 0.05f, 0.2f);
        top.fillRect(lu, lv, lu + 0.3f, lv + 0.22f, glm::vec3(0.97f));
        for (int line = 0; line < 4; ++line)
            top.fillRect(lu + 0.03f, lv + 0.03f + 0.045f * float(line),
                         lu + uniform(random, 0.12f, 0.27f), lv + 0.055f + 0.045f * float(line),
                         glm::vec3(0.15f));
    }
    TexturedMesh mesh;
    const std::uint32_t topMaterial = addMaterial(mesh, glm::vec3(1.0f), top.image());
    const std::uint32_t endMaterial = addMaterial(mesh, glm::vec3(1.0f), ends.image());
    const std::uint32_t side = addMaterial(mesh, glm::vec3(1.0f), cardboard(random, kraft));
    appendRoundedBox(mesh, 0.5f * size, uniform(random, 0.3f, 0.8f),
                     {endMaterial, endMaterial, topMaterial, side, side, side}, 3);
    restOnGround(mesh);
    return mesh;
}

glm::vec3 bookColour(std::mt19937& random) {
    static const glm::vec3 covers[] = {
        {0.55f, 0.1f, 0.1f}, {0.1f, 0.2f, 0.4f},  {0.15f, 0.35f, 0.2f},
        {0.1f, 0.1f, 0.1f},  {0.85f, 0.8f, 0.7f}, {0.9f, 0.6f, 0.15f},
        {0.3f, 0.5f, 0.7f},  {0.6f, 0.2f, 0.45f}, {0.95f, 0.95f, 0.93f}};
    return vary(random, pick(random, covers), 0.08f);
}

// One book, spine on -X, front cover on +Z, upright; `lyingDown` turns it cover up.
void appendBook(TexturedMesh& mesh, std::mt19937& random, const glm::vec3& size,
                const glm::mat4& placement) {
    const glm::vec3 cover = bookColour(random);
    const glm::vec3 ink =
        glm::length(cover) > 1.2f ? glm::vec3(0.1f) : glm::vec3(0.92f, 0.88f, 0.7f);
    Canvas front(128, 192, cover), spine(64, 192, cover);
    mottle(front, random, cover * 0.9f, 0.3f, 6);
    const float titleV = uniform(random, 0.55f, 0.8f);
    front.fillRect(0.15f, titleV, 0.85f, titleV + 0.07f, ink);
    front.fillRect(0.25f, titleV - 0.08f, 0.75f, titleV - 0.05f, ink);
    if (chance(random, 0.5f))
        front.fillEllipse(0.5f, 0.3f, 0.2f, 0.12f, ink, 0.8f);
    spine.fillRect(0.0f, 0.9f, 1.0f, 0.93f, ink);
    spine.fillRect(0.0f, 0.07f, 1.0f, 0.1f, ink);
    spine.fillRect(0.35f, 0.3f, 0.65f, 0.75f, ink); // the title, written along the spine
    // Page edges: fine lines parallel to the covers.
    auto pages = [&](bool acrossU) {
        Canvas canvas(128, 128, vary(random, {0.93f, 0.9f, 0.82f}, 0.03f));
        canvas.shade([&](float u, float v, glm::vec3 c) {
            const float across = acrossU ? u : v;
            return c * (0.93f + 0.07f * std::sin(2.0f * pi * 40.0f * across));
        });
        return canvas.image();
    };
    const std::uint32_t frontMaterial = addMaterial(mesh, glm::vec3(1.0f), front.image());
    const std::uint32_t back = addMaterial(mesh, cover);
    const std::uint32_t spineMaterial = addMaterial(mesh, glm::vec3(1.0f), spine.image());
    const std::uint32_t foreEdge = addMaterial(mesh, glm::vec3(1.0f), pages(true));
    const std::uint32_t headTail = addMaterial(mesh, glm::vec3(1.0f), pages(false));
    const PartStart start = partStart(mesh);
    appendRoundedBox(mesh, 0.5f * size, 0.12f,
                     {foreEdge, spineMaterial, headTail, headTail, frontMaterial, back}, 2);
    transformPart(mesh, start, placement);
}

glm::vec3 bookSize(std::mt19937& random) {
    const float height = uniform(random, 18.0f, 30.0f);
    return {height * uniform(random, 0.62f, 0.75f), height, uniform(random, 1.2f, 5.0f)};
}

TexturedMesh makeBook(std::mt19937& random) {
    TexturedMesh mesh;
    const glm::vec3 size = bookSize(random);
    glm::mat4 placement(1.0f);
    if (chance(random, 0.65f)) // lying cover up
        placement = glm::rotate(placement, -0.5f * pi, {1, 0, 0});
    appendBook(mesh, random, size, placement);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeBookStack(std::mt19937& random) {
    TexturedMesh mesh;
    const int books = integer(random, 2, 4);
    float y = 0.0f;
    for (int b = 0; b < books; ++b) {
        const glm::vec3 size = bookSize(random);
        // Each book lies on the one below, slightly turned and shifted; they overlap a hair so
        // no two faces are coplanar.
        glm::mat4 placement =
            glm::translate(glm::mat4(1.0f), {uniform(random, -1.5f, 1.5f), y + 0.5f * size.z,
                                             uniform(random, -1.5f, 1.5f)});
        placement = glm::rotate(placement, uniform(random, -0.25f, 0.25f), {0, 1, 0});
        placement = glm::rotate(placement, -0.5f * pi, {1, 0, 0});
        appendBook(mesh, random, size, placement);
        y += size.z - 0.02f;
    }
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeDie(std::mt19937& random) {
    const bool red = chance(random, 0.3f);
    const glm::vec3 body =
        red ? vary(random, {0.8f, 0.1f, 0.1f}, 0.05f) : glm::vec3(0.95f, 0.95f, 0.93f);
    const glm::vec3 pip = red ? glm::vec3(0.97f) : glm::vec3(0.08f);
    // Pip layouts on a 3 x 3 grid, for 1 to 6.
    static const std::vector<std::vector<glm::vec2>> layouts = {
        {{0.5f, 0.5f}},
        {{0.25f, 0.25f}, {0.75f, 0.75f}},
        {{0.25f, 0.25f}, {0.5f, 0.5f}, {0.75f, 0.75f}},
        {{0.25f, 0.25f}, {0.75f, 0.25f}, {0.25f, 0.75f}, {0.75f, 0.75f}},
        {{0.25f, 0.25f}, {0.75f, 0.25f}, {0.5f, 0.5f}, {0.25f, 0.75f}, {0.75f, 0.75f}},
        {{0.25f, 0.25f},
         {0.75f, 0.25f},
         {0.25f, 0.5f},
         {0.75f, 0.5f},
         {0.25f, 0.75f},
         {0.75f, 0.75f}}};
    TexturedMesh mesh;
    // Opposite faces add up to seven: +X 1, -X 6, +Y 2, -Y 5, +Z 3, -Z 4.
    const int counts[6] = {1, 6, 2, 5, 3, 4};
    Faces faces{};
    for (int f = 0; f < 6; ++f) {
        Canvas canvas(96, 96, body);
        for (const glm::vec2& p : layouts[std::size_t(counts[f] - 1)])
            canvas.fillEllipse(p.x, p.y, 0.09f, 0.09f, pip);
        faces[std::size_t(f)] = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    }
    const float size = uniform(random, 1.2f, 2.5f);
    appendRoundedBox(mesh, glm::vec3(0.5f * size), size * uniform(random, 0.08f, 0.18f), faces, 4);
    transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), uniform(random, 0.0f, pi), {0, 1, 0}));
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeBrick(std::mt19937& random) {
    const glm::vec3 clay = chance(random, 0.75f) ? vary(random, {0.66f, 0.3f, 0.2f}, 0.1f)
                                                 : vary(random, {0.62f, 0.61f, 0.58f}, 0.05f);
    Canvas canvas(256, 128, clay);
    mottle(canvas, random, clay * 0.75f, 0.6f, 6);
    scatterSpeckles(canvas, random, 900, clay * 0.6f, 0.4f, 1.2f, 0.7f);
    scatterSpeckles(canvas, random, 300, glm::min(clay * 1.3f, glm::vec3(1.0f)), 0.4f, 1.0f, 0.5f);
    TexturedMesh mesh;
    const std::uint32_t material = addMaterial(mesh, glm::vec3(1.0f), canvas.image());
    appendRoundedBox(mesh, 0.5f * glm::vec3(21.5f, 6.5f, 10.25f) * uniform(random, 0.95f, 1.05f),
                     uniform(random, 0.1f, 0.4f), allFaces(material), 2);
    restOnGround(mesh);
    return mesh;
}

TexturedMesh makeToyBlock(std::mt19937& random) {
    static const glm::vec3 paints[] = {{0.9f, 0.15f, 0.15f}, {0.15f, 0.4f, 0.85f},
                                       {0.95f, 0.8f, 0.1f},  {0.2f, 0.65f, 0.3f},
                                       {0.95f, 0.5f, 0.1f},  {0.55f, 0.25f, 0.7f}};
    const glm::vec3 wood = vary(random, {0.85f, 0.7f, 0.48f}, 0.06f);
    TexturedMesh mesh;
    Faces faces{};
    const bool painted = chance(random, 0.6f);
    for (int f = 0; f < 6; ++f) {
        QImage face = woodTexture(random, wood, wood * 0.8f, f % 2 == 0, 128, 128);
        if (painted) {
            Canvas canvas(128, 128, pick(random, paints));
            const glm::vec3 mark = pick(random, paints);
            switch (integer(random, 0, 2)) { // a circle, a square or a bar on each face
            case 0:
                canvas.fillEllipse(0.5f, 0.5f, 0.28f, 0.28f, mark);
                break;
            case 1:
                canvas.fillRect(0.25f, 0.25f, 0.75f, 0.75f, mark);
                break;
            default:
                canvas.fillRect(0.15f, 0.4f, 0.85f, 0.6f, mark);
                break;
            }
            face = canvas.image();
        }
        faces[std::size_t(f)] = addMaterial(mesh, glm::vec3(1.0f), face);
    }
    const float size = uniform(random, 3.0f, 6.0f);
    const glm::vec3 shape = chance(random, 0.6f)
                                ? glm::vec3(size)
                                : size * glm::vec3(uniform(random, 1.5f, 3.0f), 1.0f, 1.0f);
    appendRoundedBox(mesh, 0.5f * shape, size * 0.06f, faces, 3);
    transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), uniform(random, 0.0f, pi), {0, 1, 0}));
    restOnGround(mesh);
    return mesh;
}

// A printed carton: cereal, tea, tissues. The big faces carry the design.
TexturedMesh makeCarton(std::mt19937& random) {
    const glm::vec3 size(uniform(random, 12.0f, 30.0f), uniform(random, 10.0f, 32.0f),
                         uniform(random, 5.0f, 12.0f));
    Canvas front(256, 256, glm::vec3(1.0f));
    paintLabel(front, random, 0.0f, 1.0f, 0.0f, 1.0f, size.x / size.y);
    const QImage design = front.image();
    // The narrow faces take the colour of the design's ground (its corner) with a little print.
    const uchar* corner = design.constScanLine(2) + 8;
    const glm::vec3 ground = glm::vec3(corner[0], corner[1], corner[2]) / 255.0f;
    Canvas side(64, 256, ground);
    for (int line = 0; line < 6; ++line)
        side.fillRect(0.2f, 0.2f + 0.05f * float(line), uniform(random, 0.5f, 0.8f),
                      0.225f + 0.05f * float(line), glm::vec3(0.1f), 0.6f);
    TexturedMesh mesh;
    const std::uint32_t big = addMaterial(mesh, glm::vec3(1.0f), design);
    const std::uint32_t narrow = addMaterial(mesh, glm::vec3(1.0f), side.image());
    const std::uint32_t plain = addMaterial(mesh, ground);
    appendRoundedBox(mesh, 0.5f * size, 0.15f, {narrow, narrow, plain, plain, big, big}, 2);
    if (chance(random, 0.3f)) // lying on its back
        transformPart(mesh, {}, glm::rotate(glm::mat4(1.0f), -0.5f * pi, {1, 0, 0}));
    restOnGround(mesh);
    return mesh;
}

// A shoebox: the box and its lid, a little larger, over the top.
TexturedMesh makeShoebox(std::mt19937& random) {
    static const glm::vec3 colours[] = {{0.7f, 0.53f, 0.34f},
                                        {0.15f, 0.15f, 0.15f},
                                        {0.9f, 0.45f, 0.1f},
                                        {0.95f, 0.95f, 0.95f},
                                        {0.25f, 0.35f, 0.6f}};
    const glm::vec3 colour = vary(random, pick(random, colours), 0.06f);
    const glm::vec3 lidColour =
        chance(random, 0.5f) ? colour : vary(random, pick(random, colours), 0.06f);
    TexturedMesh mesh;
    const std::uint32_t box = addMaterial(mesh, glm::vec3(1.0f), cardboard(random, colour));
    const std::uint32_t lid = addMaterial(mesh, glm::vec3(1.0f), cardboard(random, lidColour));
    const glm::vec3 size(uniform(random, 30.0f, 36.0f), uniform(random, 10.0f, 13.0f),
                         uniform(random, 18.0f, 22.0f));
    appendRoundedBox(mesh, 0.5f * size, 0.2f, allFaces(box), 2);
    const PartStart lidStart = partStart(mesh);
    const float lidDepth = uniform(random, 2.5f, 4.0f);
    appendRoundedBox(mesh, 0.5f * glm::vec3(size.x + 0.5f, lidDepth, size.z + 0.5f), 0.2f,
                     allFaces(lid), 2);
    transformPart(
        mesh, lidStart,
        glm::translate(glm::mat4(1.0f), {0.0f, 0.5f * size.y - 0.5f * lidDepth + 0.3f, 0.0f}));
    restOnGround(mesh);
    return mesh;
}

} // namespace

const std::vector<Variant>& boxVariants() {
    static const std::vector<Variant> variants = {
        {"parcel", 2.5f, makeParcel},        {"book", 2.5f, makeBook},
        {"book stack", 1.5f, makeBookStack}, {"die", 1.0f, makeDie},
        {"brick", 1.0f, makeBrick},          {"toy block", 1.5f, makeToyBlock},
        {"carton", 2.0f, makeCarton},        {"shoebox", 1.0f, makeShoebox},
    };
    return variants;
}

} // namespace lift3d::procedural
