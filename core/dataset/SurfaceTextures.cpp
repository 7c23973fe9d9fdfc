#include "core/dataset/SurfaceTextures.h"

#include <QColor>
#include <algorithm>
#include <cmath>
#include <functional>
#include <glm/common.hpp>
#include <glm/vec3.hpp>
#include <vector>

namespace lift3d {
namespace {

constexpr float twoPi = 6.28318530718f;

float uniform(std::mt19937& random, float lo, float hi) {
    return std::uniform_real_distribution<float>(lo, hi)(random);
}

int uniformInt(std::mt19937& random, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(random);
}

// Scene units per repeat, log-uniform: the same surface is seen near and far.
float repeatBetween(std::mt19937& random, float lo, float hi) {
    return std::exp(uniform(random, std::log(lo), std::log(hi)));
}

glm::vec3 hsv(float hue, float saturation, float value) {
    const QColor c =
        QColor::fromHsvF(std::fmod(hue + 1.0f, 1.0f), std::clamp(saturation, 0.0f, 1.0f),
                         std::clamp(value, 0.0f, 1.0f));
    return {float(c.redF()), float(c.greenF()), float(c.blueF())};
}

glm::vec3 pick(std::mt19937& random, const std::vector<glm::vec3>& palette) {
    return palette[std::size_t(uniformInt(random, 0, int(palette.size()) - 1))];
}

// Value noise on a lattice that wraps, so the texture tiles: periods are lattice cells per
// repeat along u and v; octaves double both.
class TileNoise {
public:
    TileNoise(std::mt19937& random, int periodU, int periodV, int octaves) {
        for (int o = 0; o < octaves; ++o) {
            Lattice lattice{periodU << o, periodV << o, {}};
            lattice.values.resize(std::size_t(lattice.nu) * lattice.nv);
            for (float& v : lattice.values)
                v = uniform(random, -1.0f, 1.0f);
            m_octaves.push_back(std::move(lattice));
        }
    }
    // About -1..1; u, v in repeats.
    float operator()(float u, float v) const {
        float sum = 0.0f, amplitude = 1.0f, total = 0.0f;
        for (const Lattice& lattice : m_octaves) {
            sum += amplitude * lattice.at(u, v);
            total += amplitude;
            amplitude *= 0.5f;
        }
        return sum / total;
    }

private:
    struct Lattice {
        int nu, nv;
        std::vector<float> values;
        float at(float u, float v) const {
            const float x = (u - std::floor(u)) * float(nu), y = (v - std::floor(v)) * float(nv);
            const int x0 = int(x), y0 = int(y);
            float fx = x - float(x0), fy = y - float(y0);
            fx = fx * fx * (3.0f - 2.0f * fx);
            fy = fy * fy * (3.0f - 2.0f * fy);
            auto value = [&](int i, int j) {
                return values[std::size_t(j % nv) * nu + std::size_t(i % nu)];
            };
            return glm::mix(glm::mix(value(x0, y0), value(x0 + 1, y0), fx),
                            glm::mix(value(x0, y0 + 1), value(x0 + 1, y0 + 1), fx), fy);
        }
    };
    std::vector<Lattice> m_octaves;
};

QImage paint(int size, const std::function<glm::vec3(float u, float v)>& colourAt) {
    QImage image(size, size, QImage::Format_RGBA8888);
    for (int y = 0; y < size; ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < size; ++x) {
            const glm::vec3 c = glm::clamp(
                colourAt((float(x) + 0.5f) / float(size), (float(y) + 0.5f) / float(size)), 0.0f,
                1.0f);
            row[4 * x + 0] = uchar(c.x * 255.0f + 0.5f);
            row[4 * x + 1] = uchar(c.y * 255.0f + 0.5f);
            row[4 * x + 2] = uchar(c.z * 255.0f + 0.5f);
            row[4 * x + 3] = 255;
        }
    }
    return image;
}

// 0 on a line of the grid with `cells` cells per repeat, rising to 1 at `width` (in cells) from
// it: grout, seams and mortar.
float awayFromLine(float t, float cells, float width) {
    const float f = t * cells - std::floor(t * cells);
    const float distance = std::min(f, 1.0f - f);
    return std::clamp(distance / width, 0.0f, 1.0f);
}

SurfaceTexture wood(std::mt19937& random, int size) {
    const glm::vec3 base = pick(random, {{0.78f, 0.6f, 0.42f},
                                         {0.66f, 0.47f, 0.3f},
                                         {0.5f, 0.33f, 0.2f},
                                         {0.36f, 0.23f, 0.15f},
                                         {0.56f, 0.32f, 0.22f},
                                         {0.66f, 0.63f, 0.58f},
                                         {0.85f, 0.74f, 0.58f}}) *
                           uniform(random, 0.9f, 1.1f);
    const int planks = uniformInt(random, 3, 7);
    std::vector<float> tone(static_cast<std::size_t>(planks)), joint(tone.size()),
        phase(tone.size());
    for (std::size_t i = 0; i < tone.size(); ++i) {
        tone[i] = uniform(random, 0.84f, 1.12f);
        joint[i] = uniform(random, 0.0f, 1.0f);
        phase[i] = uniform(random, 0.0f, 10.0f);
    }
    const TileNoise grain(random, 2, 64, 2), figure(random, 3, 6, 2);
    const float rings = uniform(random, 2.0f, 6.0f), seamWidth = 1.2f / float(size) * float(planks);
    SurfaceTexture texture{QStringLiteral("wood"), {}, repeatBetween(random, 0.7f, 2.0f)};
    texture.image = paint(size, [&](float u, float v) {
        const int plank = std::min(int(v * float(planks)), planks - 1);
        const float across = v * float(planks) - float(plank);
        const float streaks = grain(u, v);
        const float ring = 0.5f + 0.5f * std::sin(twoPi * (across * rings + 1.5f * figure(u, v) +
                                                           phase[std::size_t(plank)]));
        float shade = tone[std::size_t(plank)] * (0.9f + 0.12f * streaks) * (1.0f - 0.1f * ring);
        // Seams between planks and where two planks meet end to end.
        shade *= 0.55f + 0.45f * awayFromLine(v, float(planks), seamWidth);
        shade *=
            0.55f + 0.45f * awayFromLine(u - joint[std::size_t(plank)], 1.0f, 1.2f / float(size));
        return base * shade;
    });
    return texture;
}

SurfaceTexture cloth(std::mt19937& random, int size) {
    const glm::vec3 base = hsv(uniform(random, 0.0f, 1.0f), uniform(random, 0.05f, 0.55f),
                               uniform(random, 0.3f, 0.92f));
    // A gingham check now and then: a second colour in bands both ways.
    const bool checked = uniform(random, 0.0f, 1.0f) < 0.25f;
    const glm::vec3 second = checked ? glm::vec3(uniform(random, 0.85f, 0.97f)) : base;
    const int bands = uniformInt(random, 3, 8);
    const int threads = std::max(8, size / 4);
    const TileNoise mottle(random, 4, 4, 3);
    SurfaceTexture texture{QStringLiteral("cloth"), {}, repeatBetween(random, 0.3f, 0.8f)};
    texture.image = paint(size, [&](float u, float v) {
        const int tu = int(u * float(threads)), tv = int(v * float(threads));
        const bool warpOnTop = (tu + tv) % 2 == 0;
        const float along = warpOnTop ? u : v;
        const float profile = 0.5f + 0.5f * std::cos(twoPi * along * float(threads));
        const float weave = 0.82f + 0.18f * profile;
        glm::vec3 colour = base;
        if (checked) {
            const int bu = int(u * float(bands) * 2.0f) % 2, bv = int(v * float(bands) * 2.0f) % 2;
            colour = bu + bv == 2 ? base : bu + bv == 1 ? glm::mix(base, second, 0.5f) : second;
        }
        return colour * weave * (1.0f + 0.06f * mottle(u, v));
    });
    return texture;
}

SurfaceTexture tiles(std::mt19937& random, int size, bool wall) {
    const glm::vec3 base = pick(random, {{0.92f, 0.92f, 0.9f},
                                         {0.9f, 0.86f, 0.76f},
                                         {0.6f, 0.6f, 0.6f},
                                         {0.3f, 0.3f, 0.32f},
                                         {0.72f, 0.4f, 0.28f},
                                         {0.5f, 0.62f, 0.68f},
                                         {0.55f, 0.66f, 0.55f}}) *
                           uniform(random, 0.92f, 1.06f);
    const bool checker = uniform(random, 0.0f, 1.0f) < 0.2f;
    const glm::vec3 other = glm::vec3(1.0f) - 0.85f * base;
    const glm::vec3 grout =
        glm::vec3(uniform(random, 0.0f, 1.0f) < 0.7f ? uniform(random, 0.6f, 0.85f)
                                                     : uniform(random, 0.15f, 0.35f));
    const int count = uniformInt(random, 2, 4);
    std::vector<float> tone(static_cast<std::size_t>(count * count));
    for (float& t : tone)
        t = uniform(random, 0.95f, 1.05f);
    const float groutWidth = uniform(random, 0.03f, 0.07f);
    const TileNoise glaze(random, 8, 8, 2);
    SurfaceTexture texture{QStringLiteral("tile"),
                           {},
                           wall ? repeatBetween(random, 0.4f, 1.0f)
                                : repeatBetween(random, 0.6f, 1.6f)};
    texture.image = paint(size, [&](float u, float v) {
        const int tu = std::min(int(u * float(count)), count - 1);
        const int tv = std::min(int(v * float(count)), count - 1);
        glm::vec3 colour = checker && (tu + tv) % 2 ? other : base;
        colour *= tone[std::size_t(tv * count + tu)] * (1.0f + 0.025f * glaze(u, v));
        const float edge = std::min(awayFromLine(u, float(count), groutWidth),
                                    awayFromLine(v, float(count), groutWidth));
        // Grout, then a slightly darker bevel where the glaze curves down to it.
        if (edge <= 0.5f)
            return grout;
        return colour * (edge < 1.0f ? 0.85f + 0.15f * edge : 1.0f);
    });
    return texture;
}

SurfaceTexture stone(std::mt19937& random, int size) {
    const bool marble = uniform(random, 0.0f, 1.0f) < 0.5f;
    const glm::vec3 base = marble ? pick(random, {{0.9f, 0.9f, 0.88f},
                                                  {0.85f, 0.82f, 0.76f},
                                                  {0.25f, 0.25f, 0.27f},
                                                  {0.7f, 0.72f, 0.7f}})
                                  : pick(random, {{0.55f, 0.53f, 0.5f},
                                                  {0.35f, 0.33f, 0.32f},
                                                  {0.62f, 0.52f, 0.45f},
                                                  {0.2f, 0.2f, 0.22f}});
    const glm::vec3 vein = marble ? glm::vec3(1.0f) - 0.7f * base : glm::vec3(0.9f);
    const TileNoise flow(random, 3, 3, 4), speckle(random, 48, 48, 1), cloud(random, 4, 4, 3);
    const float turns = float(uniformInt(random, 1, 3));
    SurfaceTexture texture{marble ? QStringLiteral("stone") : QStringLiteral("stone"),
                           {},
                           repeatBetween(random, 0.8f, 2.5f)};
    texture.image = paint(size, [&](float u, float v) {
        glm::vec3 colour = base * (1.0f + 0.08f * cloud(u, v));
        if (marble) {
            const float s =
                std::abs(std::sin(twoPi * (turns * (u + v) * 0.5f + 1.2f * flow(u, v))));
            colour = glm::mix(colour, vein, 0.7f * (1.0f - std::clamp(s / 0.12f, 0.0f, 1.0f)));
        } else {
            const float spot = speckle(u, v);
            if (spot > 0.55f)
                colour = glm::mix(colour, vein, 0.6f);
            else if (spot < -0.55f)
                colour *= 0.45f;
        }
        return colour;
    });
    return texture;
}

SurfaceTexture plain(std::mt19937& random, int size, const QString& kind, glm::vec3 base) {
    const TileNoise broad(random, 2, 2, 3), fine(random, 32, 32, 1);
    SurfaceTexture texture{kind, {}, repeatBetween(random, 1.5f, 3.0f)};
    texture.image = paint(size, [&](float u, float v) {
        return base * (1.0f + 0.025f * broad(u, v) + 0.015f * fine(u, v));
    });
    return texture;
}

glm::vec3 paintColour(std::mt19937& random) {
    const float kind = uniform(random, 0.0f, 1.0f);
    if (kind < 0.6f) // off-white
        return hsv(uniform(random, 0.05f, 0.2f), uniform(random, 0.0f, 0.12f),
                   uniform(random, 0.8f, 0.95f));
    if (kind < 0.92f) // pastel or grey
        return hsv(uniform(random, 0.0f, 1.0f), uniform(random, 0.05f, 0.3f),
                   uniform(random, 0.55f, 0.9f));
    return hsv(uniform(random, 0.0f, 1.0f), uniform(random, 0.3f, 0.7f),
               uniform(random, 0.3f, 0.8f));
}

SurfaceTexture stripes(std::mt19937& random, int size) {
    const glm::vec3 a = paintColour(random);
    const glm::vec3 b = glm::mix(a, paintColour(random), uniform(random, 0.3f, 0.8f));
    const int count = uniformInt(random, 3, 10);
    const float duty = uniform(random, 0.3f, 0.7f);
    const TileNoise paper(random, 16, 16, 2);
    SurfaceTexture texture{QStringLiteral("stripes"), {}, repeatBetween(random, 0.6f, 1.6f)};
    texture.image = paint(size, [&](float u, float v) {
        const float f = u * float(count) - std::floor(u * float(count));
        return (f < duty ? a : b) * (1.0f + 0.02f * paper(u, v));
    });
    return texture;
}

SurfaceTexture bricks(std::mt19937& random, int size) {
    const bool painted = uniform(random, 0.0f, 1.0f) < 0.3f;
    const glm::vec3 base = painted ? paintColour(random)
                                   : pick(random, {{0.6f, 0.3f, 0.22f},
                                                   {0.7f, 0.42f, 0.3f},
                                                   {0.5f, 0.25f, 0.2f},
                                                   {0.75f, 0.65f, 0.5f}});
    const glm::vec3 mortar = painted ? base * 0.9f : glm::vec3(uniform(random, 0.55f, 0.8f));
    const int rows = 2 * uniformInt(random, 3, 6), columns = rows / 2;
    std::vector<float> tone(static_cast<std::size_t>(rows * columns));
    for (float& t : tone)
        t = painted ? uniform(random, 0.97f, 1.03f) : uniform(random, 0.8f, 1.15f);
    const TileNoise grit(random, 32, 32, 2);
    SurfaceTexture texture{QStringLiteral("brick"), {}, repeatBetween(random, 0.5f, 1.2f)};
    texture.image = paint(size, [&](float u, float v) {
        const int row = std::min(int(v * float(rows)), rows - 1);
        const float shifted = u + (row % 2 ? 0.5f / float(columns) : 0.0f);
        const int column = int((shifted - std::floor(shifted)) * float(columns)) % columns;
        const float joint = std::min(awayFromLine(v, float(rows), 0.12f),
                                     awayFromLine(shifted, float(columns), 0.06f));
        if (joint < 0.5f)
            return mortar * (1.0f + 0.05f * grit(u, v));
        return base * tone[std::size_t(row * columns + column)] * (1.0f + 0.08f * grit(u, v));
    });
    return texture;
}

SurfaceTexture concrete(std::mt19937& random, int size) {
    const glm::vec3 base =
        glm::vec3(uniform(random, 0.45f, 0.75f)) *
        glm::vec3(1.0f, uniform(random, 0.97f, 1.02f), uniform(random, 0.94f, 1.0f));
    const TileNoise stain(random, 3, 3, 4), pits(random, 40, 40, 1);
    SurfaceTexture texture{QStringLiteral("concrete"), {}, repeatBetween(random, 1.0f, 3.0f)};
    texture.image = paint(size, [&](float u, float v) {
        const float pit = pits(u, v);
        return base * (1.0f + 0.12f * stain(u, v)) * (pit < -0.7f ? 0.7f : 1.0f);
    });
    return texture;
}

} // namespace

SurfaceTexture sampleFloorTexture(std::mt19937& random, int size) {
    const float kind = uniform(random, 0.0f, 1.0f);
    if (kind < 0.35f)
        return wood(random, size);
    if (kind < 0.5f)
        return cloth(random, size);
    if (kind < 0.65f)
        return tiles(random, size, false);
    if (kind < 0.8f)
        return stone(random, size);
    const glm::vec3 finish = uniform(random, 0.0f, 1.0f) < 0.5f
                                 ? glm::vec3(uniform(random, 0.1f, 0.95f))
                                 : hsv(uniform(random, 0.0f, 1.0f), uniform(random, 0.1f, 0.6f),
                                       uniform(random, 0.25f, 0.9f));
    return plain(random, size, QStringLiteral("plain"), finish);
}

SurfaceTexture sampleWallTexture(std::mt19937& random, int size) {
    const float kind = uniform(random, 0.0f, 1.0f);
    if (kind < 0.62f)
        return plain(random, size, QStringLiteral("paint"), paintColour(random));
    if (kind < 0.74f)
        return stripes(random, size);
    if (kind < 0.85f)
        return bricks(random, size);
    if (kind < 0.93f)
        return tiles(random, size, true);
    return concrete(random, size);
}

} // namespace lift3d
