#pragma once

#include <QImage>
#include <cstdint>
#include <glm/vec3.hpp>
#include <random>
#include <vector>

namespace lift3d::procedural {

// A picture being painted for a procedural material. Colours are sRGB in 0..1; positions are
// texture coordinates (u, v in 0..1, v = 0 at the bottom as the renderer reads it), and u wraps
// around, as it does on a solid of revolution, so shapes that cross the seam continue on the
// other side.
class Canvas {
public:
    Canvas(int width, int height, glm::vec3 fill);

    int width() const { return m_width; }
    int height() const { return m_height; }
    glm::vec3& at(int x, int y); // x wraps, y is clamped

    // Mixes `colour` into the pixel with weight `amount` (0..1).
    void blend(int x, int y, glm::vec3 colour, float amount);
    // An axis-aligned rectangle; u0 > u1 crosses the seam.
    void fillRect(float u0, float v0, float u1, float v1, glm::vec3 colour, float opacity = 1.0f);
    // An ellipse with a one-pixel soft edge.
    void fillEllipse(float u, float v, float radiusU, float radiusV, glm::vec3 colour,
                     float opacity = 1.0f);
    // Replaces every pixel by shade(u, v, colour) (u, v at the pixel's centre).
    template <typename Shade> void shade(Shade&& shade) {
        for (int y = 0; y < m_height; ++y)
            for (int x = 0; x < m_width; ++x) {
                glm::vec3& c = at(x, y);
                c = shade((float(x) + 0.5f) / float(m_width), (float(y) + 0.5f) / float(m_height),
                          c);
            }
    }
    // Format_RGBA8888, row 0 at v = 1.
    QImage image() const;

private:
    int m_width, m_height;
    std::vector<glm::vec3> m_pixels; // row 0 at v = 0
};

// Smooth value noise in 0..1 that tiles the unit square: `cellsU` x `cellsV` lattice cells,
// `octaves` layers each of twice the frequency and half the amplitude. Deterministic in `seed`.
float tiledNoise(float u, float v, int cellsU, int cellsV, std::uint32_t seed, int octaves = 1);

// Common surfaces. Each draws what it needs from `random`.

// Small dots of `colour` scattered over the canvas, `count` of them, radii in pixels.
void scatterSpeckles(Canvas& canvas, std::mt19937& random, int count, glm::vec3 colour,
                     float minRadius, float maxRadius, float opacity = 1.0f);
// Blotchy variation: mixes toward `colour` where low-frequency noise is high.
void mottle(Canvas& canvas, std::mt19937& random, glm::vec3 colour, float amount, int cells = 6);
// Wood: growth rings and fine grain, running along v (grainAlongU: along u).
QImage woodTexture(std::mt19937& random, glm::vec3 light, glm::vec3 dark, bool grainAlongU,
                   int width = 256, int height = 256);
// A glaze, plastic or paint: `base` with one of several random decorations (plain, speckled,
// bands, dots, a dipped two-tone, a gradient), chosen by `random`. `aspect`: how much longer the
// surface is along u than along v, so dots come out round.
QImage decoratedTexture(std::mt19937& random, glm::vec3 base, glm::vec3 accent, float aspect = 1.0f,
                        int width = 256, int height = 256);
// A printed label: a paper or foil ground, a brand band, blocks of "lettering", a round logo.
// It covers v from v0 to v1 and, around, u from uStart over uSpan (1: all the way around);
// elsewhere the canvas keeps what it had. `aspect`: the label's width over its height on the
// object, so its logo comes out round.
void paintLabel(Canvas& canvas, std::mt19937& random, float v0, float v1, float uStart, float uSpan,
                float aspect);

} // namespace lift3d::procedural
