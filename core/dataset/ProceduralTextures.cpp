#include "core/dataset/ProceduralTextures.h"

#include "core/dataset/ProceduralRandom.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>

namespace lift3d::procedural {
namespace {

constexpr float pi = 3.14159265358979f;

std::uint32_t hash3(std::uint32_t x, std::uint32_t y, std::uint32_t seed) {
    std::uint32_t h = seed * 0x9E3779B9u ^ x * 0x85EBCA6Bu ^ y * 0xC2B2AE35u;
    h ^= h >> 16;
    h *= 0x7FEB352Du;
    h ^= h >> 15;
    h *= 0x846CA68Bu;
    h ^= h >> 16;
    return h;
}

float latticeValue(int x, int y, int cellsX, int cellsY, std::uint32_t seed) {
    x = ((x % cellsX) + cellsX) % cellsX;
    y = ((y % cellsY) + cellsY) % cellsY;
    return float(hash3(std::uint32_t(x), std::uint32_t(y), seed) >> 8) * (1.0f / 16777216.0f);
}

float smooth(float t) {
    return t * t * (3.0f - 2.0f * t);
}

float fract(float x) {
    return x - std::floor(x);
}

} // namespace

Canvas::Canvas(int width, int height, glm::vec3 fill)
    : m_width(width), m_height(height), m_pixels(std::size_t(width) * std::size_t(height), fill) {}

glm::vec3& Canvas::at(int x, int y) {
    x = ((x % m_width) + m_width) % m_width;
    y = std::clamp(y, 0, m_height - 1);
    return m_pixels[std::size_t(y) * std::size_t(m_width) + std::size_t(x)];
}

void Canvas::blend(int x, int y, glm::vec3 colour, float amount) {
    glm::vec3& c = at(x, y);
    c = glm::mix(c, colour, std::clamp(amount, 0.0f, 1.0f));
}

void Canvas::fillRect(float u0, float v0, float u1, float v1, glm::vec3 colour, float opacity) {
    if (u1 < u0)
        u1 += 1.0f; // across the seam
    const int x0 = int(std::lround(u0 * float(m_width))),
              x1 = int(std::lround(u1 * float(m_width)));
    const int y0 = std::max(0, int(std::lround(v0 * float(m_height))));
    const int y1 = std::min(m_height, int(std::lround(v1 * float(m_height))));
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            blend(x, y, colour, opacity);
}

void Canvas::fillEllipse(float u, float v, float radiusU, float radiusV, glm::vec3 colour,
                         float opacity) {
    const float cx = u * float(m_width), cy = v * float(m_height);
    const float rx = std::max(0.5f, radiusU * float(m_width)),
                ry = std::max(0.5f, radiusV * float(m_height));
    for (int y = int(std::floor(cy - ry - 1.0f)); y <= int(std::ceil(cy + ry + 1.0f)); ++y) {
        if (y < 0 || y >= m_height)
            continue;
        for (int x = int(std::floor(cx - rx - 1.0f)); x <= int(std::ceil(cx + rx + 1.0f)); ++x) {
            const float dx = (float(x) + 0.5f - cx) / rx, dy = (float(y) + 0.5f - cy) / ry;
            // Signed distance to the edge in pixels, roughly: soft over one pixel.
            const float edge = (1.0f - std::sqrt(dx * dx + dy * dy)) * std::min(rx, ry);
            const float coverage = std::clamp(edge + 0.5f, 0.0f, 1.0f);
            if (coverage > 0.0f)
                blend(x, y, colour, coverage * opacity);
        }
    }
}

QImage Canvas::image() const {
    QImage image(m_width, m_height, QImage::Format_RGBA8888);
    for (int y = 0; y < m_height; ++y) {
        uchar* row = image.scanLine(m_height - 1 - y);
        for (int x = 0; x < m_width; ++x) {
            const glm::vec3 c = glm::clamp(
                m_pixels[std::size_t(y) * std::size_t(m_width) + std::size_t(x)], 0.0f, 1.0f);
            for (int k = 0; k < 3; ++k)
                row[4 * x + k] = uchar(std::lround(c[k] * 255.0f));
            row[4 * x + 3] = 255;
        }
    }
    return image;
}

float tiledNoise(float u, float v, int cellsU, int cellsV, std::uint32_t seed, int octaves) {
    float sum = 0.0f, weight = 0.0f, amplitude = 1.0f;
    for (int octave = 0; octave < octaves; ++octave) {
        const int cu = std::max(1, cellsU << octave), cv = std::max(1, cellsV << octave);
        const float x = u * float(cu), y = v * float(cv);
        const int ix = int(std::floor(x)), iy = int(std::floor(y));
        const float fx = smooth(x - float(ix)), fy = smooth(y - float(iy));
        const std::uint32_t s = seed + std::uint32_t(octave) * 7919u;
        const float a = latticeValue(ix, iy, cu, cv, s), b = latticeValue(ix + 1, iy, cu, cv, s),
                    c = latticeValue(ix, iy + 1, cu, cv, s),
                    d = latticeValue(ix + 1, iy + 1, cu, cv, s);
        sum += amplitude * ((a + (b - a) * fx) * (1.0f - fy) + (c + (d - c) * fx) * fy);
        weight += amplitude;
        amplitude *= 0.5f;
    }
    return sum / weight;
}

void scatterSpeckles(Canvas& canvas, std::mt19937& random, int count, glm::vec3 colour,
                     float minRadius, float maxRadius, float opacity) {
    for (int i = 0; i < count; ++i) {
        const float u = uniform01(random), v = uniform01(random);
        const float r = uniform(random, minRadius, maxRadius);
        canvas.fillEllipse(u, v, r / float(canvas.width()), r / float(canvas.height()), colour,
                           opacity * uniform(random, 0.5f, 1.0f));
    }
}

void mottle(Canvas& canvas, std::mt19937& random, glm::vec3 colour, float amount, int cells) {
    const std::uint32_t seed = random();
    canvas.shade([&](float u, float v, glm::vec3 c) {
        const float n = tiledNoise(u, v, cells, cells, seed, 3);
        return glm::mix(c, colour, amount * glm::smoothstep(0.35f, 0.75f, n));
    });
}

QImage woodTexture(std::mt19937& random, glm::vec3 light, glm::vec3 dark, bool grainAlongU,
                   int width, int height) {
    Canvas canvas(width, height, light);
    const std::uint32_t seed = random();
    const float rings = uniform(random, 5.0f, 14.0f);
    const float warp = uniform(random, 0.3f, 1.2f);
    canvas.shade([&](float u, float v, glm::vec3) {
        const float across = grainAlongU ? v : u, along = grainAlongU ? u : v;
        const float bend = tiledNoise(grainAlongU ? along : across, grainAlongU ? across : along,
                                      grainAlongU ? 2 : 4, grainAlongU ? 4 : 2, seed, 3);
        const float ring = fract(across * rings + warp * bend);
        // Late wood: a narrow dark band in each ring.
        const float late =
            glm::smoothstep(0.65f, 0.9f, ring) * (1.0f - glm::smoothstep(0.9f, 1.0f, ring));
        const float fibre = tiledNoise(grainAlongU ? along : across, grainAlongU ? across : along,
                                       grainAlongU ? 4 : 64, grainAlongU ? 64 : 4, seed + 17u, 2);
        return glm::mix(light, dark,
                        std::clamp(0.7f * late + 0.35f * (fibre - 0.5f) + 0.1f, 0.0f, 1.0f));
    });
    return canvas.image();
}

QImage decoratedTexture(std::mt19937& random, glm::vec3 base, glm::vec3 accent, float aspect,
                        int width, int height) {
    Canvas canvas(width, height, base);
    const std::uint32_t seed = random();
    // A faint unevenness, as any real glaze or paint has.
    canvas.shade([&](float u, float v, glm::vec3 c) {
        return c * (0.96f + 0.08f * tiledNoise(u, v, 8, 4, seed, 3));
    });
    switch (integer(random, 0, 7)) {
    case 0: // plain
    case 1:
        break;
    case 2: { // speckled stoneware
        const glm::vec3 fleck = glm::mix(base, glm::vec3(0.2f, 0.15f, 0.1f), 0.7f);
        scatterSpeckles(canvas, random, width * height / 90, fleck, 0.4f, 1.2f, 0.8f);
        break;
    }
    case 3: { // a few bands around
        const int bands = integer(random, 1, 3);
        for (int b = 0; b < bands; ++b) {
            const float v = uniform(random, 0.15f, 0.9f), thickness = uniform(random, 0.01f, 0.06f);
            canvas.fillRect(0.0f, v, 1.0f, v + thickness, accent);
        }
        break;
    }
    case 4: { // regular stripes, like a Breton top
        const int stripes = integer(random, 5, 12);
        const float fill = uniform(random, 0.3f, 0.55f);
        for (int s = 0; s < stripes; ++s)
            canvas.fillRect(0.0f, float(s) / float(stripes), 1.0f,
                            (float(s) + fill) / float(stripes), accent);
        break;
    }
    case 5: { // polka dots in offset rows
        const int rows = integer(random, 4, 9);
        const int perRow = std::max(2, int(std::lround(float(rows) * aspect)));
        const float radius = uniform(random, 0.18f, 0.32f) / float(rows);
        for (int r = 0; r < rows; ++r)
            for (int k = 0; k < perRow; ++k)
                canvas.fillEllipse((float(k) + (r % 2 ? 0.5f : 0.0f)) / float(perRow),
                                   (float(r) + 0.5f) / float(rows), radius / aspect, radius,
                                   accent);
        break;
    }
    case 6: { // dipped: the lower part in a second glaze with a wavy edge
        const float level = uniform(random, 0.25f, 0.6f);
        const float waves = float(integer(random, 3, 9));
        canvas.shade([&](float u, float v, glm::vec3 c) {
            const float edge = level + 0.03f * std::sin(2.0f * pi * waves * u) +
                               0.05f * (tiledNoise(u, 0.0f, 16, 1, seed + 5u, 2) - 0.5f);
            return v < edge ? accent : c;
        });
        break;
    }
    default: { // a reactive glaze running from one colour into the other
        canvas.shade([&](float u, float v, glm::vec3 c) {
            const float n = tiledNoise(u, v, 12, 3, seed + 9u, 4);
            return glm::mix(c, accent, glm::smoothstep(0.3f, 0.9f, v + 0.5f * (n - 0.5f)));
        });
        break;
    }
    }
    return canvas.image();
}

void paintLabel(Canvas& canvas, std::mt19937& random, float v0, float v1, float uStart, float uSpan,
                float aspect) {
    static const glm::vec3 papers[] = {
        {0.96f, 0.94f, 0.88f}, {0.98f, 0.98f, 0.97f}, {0.93f, 0.87f, 0.72f}, {0.12f, 0.12f, 0.14f},
        {0.78f, 0.1f, 0.12f},  {0.1f, 0.3f, 0.6f},    {0.95f, 0.78f, 0.1f},  {0.15f, 0.45f, 0.2f}};
    static const glm::vec3 inks[] = {
        {0.1f, 0.1f, 0.1f},    {0.75f, 0.08f, 0.1f}, {0.1f, 0.25f, 0.55f}, {0.85f, 0.7f, 0.2f},
        {0.98f, 0.98f, 0.98f}, {0.2f, 0.5f, 0.25f},  {0.95f, 0.5f, 0.1f}};
    const glm::vec3 paper = vary(random, pick(random, papers), 0.08f);
    glm::vec3 ink = pick(random, inks), accent = pick(random, inks);
    // Ink must read on the paper.
    auto luminance = [](glm::vec3 c) { return 0.3f * c.x + 0.59f * c.y + 0.11f * c.z; };
    if (std::abs(luminance(ink) - luminance(paper)) < 0.35f)
        ink = luminance(paper) > 0.5f ? glm::vec3(0.08f) : glm::vec3(0.97f);
    if (glm::length(accent - paper) < 0.3f)
        accent = ink;
    const float height = v1 - v0;
    // Label-local (x, y in 0..1) to canvas coordinates.
    auto U = [&](float x) { return uStart + uSpan * x; };
    auto V = [&](float y) { return v0 + height * y; };
    auto rect = [&](float x0, float y0, float x1, float y1, glm::vec3 c) {
        const float u0 = fract(U(x0));
        canvas.fillRect(u0, V(y0), u0 + uSpan * (x1 - x0), V(y1), c);
    };
    rect(0.0f, 0.0f, 1.0f, 1.0f, paper);
    // The label repeats once or twice around a can, once on a bottle's front.
    const int panels = uSpan > 0.75f ? 2 : 1;
    const bool band = chance(random, 0.6f), frame = chance(random, 0.4f);
    const float bandLow = uniform(random, 0.35f, 0.55f),
                bandHigh = bandLow + uniform(random, 0.1f, 0.3f);
    if (band)
        rect(0.0f, bandLow, 1.0f, bandHigh, accent);
    if (frame) {
        rect(0.0f, 0.04f, 1.0f, 0.07f, ink);
        rect(0.0f, 0.93f, 1.0f, 0.96f, ink);
    }
    // A letter-like glyph: a block of ink with counters cut out of it in the colour behind it,
    // so that a row of them reads as a word (O, C, E, U, H or a plain stroke).
    auto glyph = [&](float x0, float y0, float x1, float y1) {
        const glm::vec3 ground = canvas.at(int(fract(U(0.5f * (x0 + x1))) * float(canvas.width())),
                                           int(V(0.5f * (y0 + y1)) * float(canvas.height())));
        rect(x0, y0, x1, y1, ink);
        const float sx = 0.3f * (x1 - x0), sy = 0.22f * (y1 - y0), mid = 0.5f * (y0 + y1);
        switch (integer(random, 0, 5)) {
        case 0:
            rect(x0 + sx, y0 + sy, x1 - sx, y1 - sy, ground);
            break;
        case 1:
            rect(x0 + sx, y0 + sy, x1, y1 - sy, ground);
            break;
        case 2:
            rect(x0 + sx, y0 + sy, x1, mid - 0.5f * sy, ground);
            rect(x0 + sx, mid + 0.5f * sy, x1, y1 - sy, ground);
            break;
        case 3:
            rect(x0 + sx, y0 + sy, x1 - sx, y1, ground);
            break;
        case 4:
            rect(x0 + sx, y0, x1 - sx, mid - 0.5f * sy, ground);
            rect(x0 + sx, mid + 0.5f * sy, x1 - sx, y1, ground);
            break;
        default:
            rect(x0 + 1.2f * sx, y0, x1, y1, ground);
            break;
        }
    };
    for (int p = 0; p < panels; ++p) {
        const float x0 = float(p) / float(panels), w = 1.0f / float(panels);
        // The brand: a logo disc and a word of chunky letters.
        const float logoX = x0 + w * uniform(random, 0.3f, 0.7f);
        const float logoY = uniform(random, 0.55f, 0.75f);
        const float logoR = uniform(random, 0.1f, 0.18f);
        if (chance(random, 0.7f))
            canvas.fillEllipse(fract(U(logoX)), V(logoY), logoR / aspect * uSpan, logoR * height,
                               band ? paper : accent);
        const float wordY = logoY - uniform(random, 0.2f, 0.3f);
        const float letterH = uniform(random, 0.08f, 0.14f);
        // Letters about as wide as they are tall on the object, however wide the label is.
        const float letterW = letterH / aspect * uniform(random, 0.5f, 0.8f), gap = letterW * 0.3f;
        const int letters =
            std::min(integer(random, 3, 8), std::max(1, int(0.8f * w / (letterW + gap))));
        float x = x0 + 0.5f * w - 0.5f * float(letters) * (letterW + gap);
        for (int l = 0; l < letters; ++l) {
            const float lw = letterW * uniform(random, 0.8f, 1.2f);
            glyph(x, wordY, x + lw, wordY + letterH);
            x += lw + gap;
        }
        // Small print: lines of "words".
        const int lines = integer(random, 2, 4);
        for (int line = 0; line < lines; ++line) {
            const float y = 0.12f + 0.06f * float(line);
            float wx = x0 + w * uniform(random, 0.15f, 0.3f);
            const float end = x0 + w * uniform(random, 0.7f, 0.85f);
            while (wx < end) {
                const float ww = w * uniform(random, 0.03f, 0.1f);
                rect(wx, y, std::min(wx + ww, end), y + 0.025f, ink);
                wx += ww + w * 0.02f;
            }
        }
    }
}

} // namespace lift3d::procedural
