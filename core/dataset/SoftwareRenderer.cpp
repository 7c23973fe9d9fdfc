#include "core/dataset/SoftwareRenderer.h"

#include "core/geometry/Mesh.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <glm/matrix.hpp>
#include <limits>

namespace lift3d {
namespace {

// A texture's pixels (RGBA8888), read without QImage's per-call overhead: a view makes
// hundreds of thousands of lookups.
struct TextureView {
    const uchar* bits = nullptr;
    qsizetype stride = 0;
    int width = 0, height = 0;
};

// The four texels around `uv` and the weights between them: wrap, flip v (OBJ's origin is
// bottom-left), bilinear.
struct Bilinear {
    const uchar *p00, *p10, *p01, *p11;
    float fx, fy;

    Bilinear(const TextureView& t, glm::vec2 uv) {
        const float u = (uv.x - std::floor(uv.x)) * float(t.width) - 0.5f;
        const float v = (1.0f - (uv.y - std::floor(uv.y))) * float(t.height) - 0.5f;
        int x0 = int(std::floor(u)), y0 = int(std::floor(v));
        fx = u - float(x0);
        fy = v - float(y0);
        x0 = ((x0 % t.width) + t.width) % t.width;
        y0 = ((y0 % t.height) + t.height) % t.height;
        const int x1 = x0 + 1 == t.width ? 0 : x0 + 1, y1 = y0 + 1 == t.height ? 0 : y0 + 1;
        const uchar* row0 = t.bits + y0 * t.stride;
        const uchar* row1 = t.bits + y1 * t.stride;
        p00 = row0 + 4 * x0;
        p10 = row0 + 4 * x1;
        p01 = row1 + 4 * x0;
        p11 = row1 + 4 * x1;
    }
};

glm::vec3 sampleTexture(const TextureView& texture, glm::vec2 uv) {
    const Bilinear b(texture, uv);
    auto rgb = [](const uchar* p) { return glm::vec3(p[0], p[1], p[2]) / 255.0f; };
    return glm::mix(glm::mix(rgb(b.p00), rgb(b.p10), b.fx), glm::mix(rgb(b.p01), rgb(b.p11), b.fx),
                    b.fy);
}

float sampleTextureAlpha(const TextureView& texture, glm::vec2 uv) {
    const Bilinear b(texture, uv);
    auto alpha = [](const uchar* p) { return float(p[3]) / 255.0f; };
    return glm::mix(glm::mix(alpha(b.p00), alpha(b.p10), b.fx),
                    glm::mix(alpha(b.p01), alpha(b.p11), b.fx), b.fy);
}

struct Projected {
    glm::vec2 screen;
    float z, invW;
};

// What the shading pass needs of the triangle a sample shows: its screen weights (the same
// numbers the rasteriser computed, so the shaded colour does not depend on the pass it is
// computed in) and the triangle.
struct Sample {
    float depth = std::numeric_limits<float>::max();
    std::uint32_t triangle = noTriangle;
    glm::vec3 weights{0.0f};
    static constexpr std::uint32_t noTriangle = std::numeric_limits<std::uint32_t>::max();
};

// Diffuse and specular response to one light of unit direction `toLight` at a surface with unit
// normal `normal` (facing the camera) seen along unit `toEye`.
struct LightResponse {
    float diffuse, specular;
};

class Lighting {
public:
    explicit Lighting(const RenderSettings& settings)
        : m_bothSides(settings.lightBothSides), m_specular(settings.specular > 0.0f),
          m_shininess(settings.shininess),
          // Below this cosine a highlight adds less than 1/1024: not worth a pow().
          m_specularCutoff(m_specular ? std::pow(1.0f / 1024.0f, 1.0f / settings.shininess)
                                      : 1.0f) {}

    LightResponse respond(glm::vec3 normal, glm::vec3 toLight, glm::vec3 toEye) const {
        float cosine = glm::dot(normal, toLight);
        if (m_bothSides && cosine < 0.0f) {
            // Mirror the light onto the side the camera sees, as |n.l| does for the diffuse term.
            toLight = -toLight;
            cosine = -cosine;
        }
        if (cosine <= 0.0f)
            return {0.0f, 0.0f};
        float specular = 0.0f;
        if (m_specular) {
            const float alignment = glm::dot(normal, glm::normalize(toLight + toEye));
            if (alignment > m_specularCutoff)
                specular = std::pow(alignment, m_shininess);
        }
        return {cosine, specular};
    }

private:
    bool m_bothSides, m_specular;
    float m_shininess, m_specularCutoff;
};

} // namespace

TexturedMesh texturedFromMesh(const Mesh& mesh) {
    TexturedMesh out;
    out.positions = mesh.positions;
    out.indices = mesh.indices;
    out.triangleMaterial.assign(mesh.triangleCount(), 0);
    SurfaceMaterial white;
    white.diffuse = glm::vec3(1.0f);
    out.materials.push_back(white);
    if (mesh.hasColors())
        for (const glm::vec3& c : mesh.colors) {
            auto toSrgb = [](float v) {
                return v <= 0.0031308f ? 12.92f * v : 1.055f * std::pow(v, 1.0f / 2.4f) - 0.055f;
            };
            out.colors.emplace_back(toSrgb(c.x), toSrgb(c.y), toSrgb(c.z));
        }
    return out;
}

QImage renderTexturedMesh(const TexturedMesh& mesh, const RenderSettings& settings,
                          const RenderBuffers& buffers) {
    const int size = settings.size * settings.supersample;
    std::vector<Sample> samples(std::size_t(size) * size);

    const glm::mat4 viewProjection = settings.projection * settings.view;
    std::vector<Projected> projected(mesh.positions.size());
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const glm::vec4 clip = viewProjection * glm::vec4(mesh.positions[v], 1.0f);
        const float invW = clip.w > 1e-6f ? 1.0f / clip.w : 0.0f;
        projected[v] = {glm::vec2((clip.x * invW * 0.5f + 0.5f) * float(size),
                                  (0.5f - clip.y * invW * 0.5f) * float(size)),
                        clip.z * invW, invW};
    }
    std::vector<TextureView> textures(mesh.materials.size());
    for (std::size_t m = 0; m < mesh.materials.size(); ++m) {
        const QImage& texture = mesh.materials[m].texture;
        if (!texture.isNull() && !mesh.uvs.empty())
            textures[m] = {texture.constBits(), texture.bytesPerLine(), texture.width(),
                           texture.height()};
    }
    // Perspective-correct: interpolate uv / w and 1 / w linearly on screen.
    auto uvAt = [&](std::uint32_t i0, std::uint32_t i1, std::uint32_t i2, glm::vec3 w) {
        const Projected &a = projected[i0], &b = projected[i1], &c = projected[i2];
        const float invW = w[0] * a.invW + w[1] * b.invW + w[2] * c.invW;
        return (w[0] * a.invW * mesh.uvs[i0] + w[1] * b.invW * mesh.uvs[i1] +
                w[2] * c.invW * mesh.uvs[i2]) /
               invW;
    };

    // Perspective-correct position on triangle t at screen weights w.
    auto pointAt = [&](std::size_t t, glm::vec3 w) {
        const std::uint32_t i0 = mesh.indices[3 * t], i1 = mesh.indices[3 * t + 1],
                            i2 = mesh.indices[3 * t + 2];
        const Projected &a = projected[i0], &b = projected[i1], &c = projected[i2];
        const float invW = w[0] * a.invW + w[1] * b.invW + w[2] * c.invW;
        return (w[0] * a.invW * mesh.positions[i0] + w[1] * b.invW * mesh.positions[i1] +
                w[2] * c.invW * mesh.positions[i2]) /
               invW;
    };

    // Visibility: which triangle each sample sees, and where on it.
    for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
        const std::uint32_t materialIndex = mesh.triangleMaterial[t];
        if (mesh.materials[materialIndex].opacity < 0.05f)
            continue;
        const std::uint32_t i0 = mesh.indices[3 * t], i1 = mesh.indices[3 * t + 1],
                            i2 = mesh.indices[3 * t + 2];
        const Projected &a = projected[i0], &b = projected[i1], &c = projected[i2];
        if (a.invW <= 0.0f || b.invW <= 0.0f || c.invW <= 0.0f)
            continue; // behind the camera: the dataset cameras never clip the object
        const float area = (b.screen.x - a.screen.x) * (c.screen.y - a.screen.y) -
                           (b.screen.y - a.screen.y) * (c.screen.x - a.screen.x);
        if (std::abs(area) < 1e-12f)
            continue;
        const TextureView* cutout =
            settings.alphaTest && textures[materialIndex].bits ? &textures[materialIndex] : nullptr;

        const int x0 = std::max(0, int(std::floor(std::min({a.screen.x, b.screen.x, c.screen.x}))));
        const int x1 =
            std::min(size - 1, int(std::ceil(std::max({a.screen.x, b.screen.x, c.screen.x}))));
        const int y0 = std::max(0, int(std::floor(std::min({a.screen.y, b.screen.y, c.screen.y}))));
        const int y1 =
            std::min(size - 1, int(std::ceil(std::max({a.screen.y, b.screen.y, c.screen.y}))));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const glm::vec2 p(float(x) + 0.5f, float(y) + 0.5f);
                float w0 = (b.screen.x - p.x) * (c.screen.y - p.y) -
                           (b.screen.y - p.y) * (c.screen.x - p.x);
                float w1 = (c.screen.x - p.x) * (a.screen.y - p.y) -
                           (c.screen.y - p.y) * (a.screen.x - p.x);
                float w2 = (a.screen.x - p.x) * (b.screen.y - p.y) -
                           (a.screen.y - p.y) * (b.screen.x - p.x);
                // Outside? The signs say so before the divisions do (the same answer: the
                // quotients never underflow), and most of a small triangle's box is outside.
                if (area > 0.0f ? (w0 < 0.0f || w1 < 0.0f || w2 < 0.0f)
                                : (w0 > 0.0f || w1 > 0.0f || w2 > 0.0f))
                    continue;
                w0 /= area;
                w1 /= area;
                w2 /= area;
                if (w0 < 0.0f || w1 < 0.0f || w2 < 0.0f)
                    continue;
                const float z = w0 * a.z + w1 * b.z + w2 * c.z;
                Sample& sample = samples[std::size_t(y) * size + x];
                if (z >= sample.depth || z < -1.0f)
                    continue;
                const glm::vec3 weights(w0, w1, w2);
                if (cutout && sampleTextureAlpha(*cutout, uvAt(i0, i1, i2, weights)) < 0.5f)
                    continue;
                sample.depth = z;
                sample.triangle = std::uint32_t(t);
                sample.weights = weights;
            }
    }

    // Shading, once per visible sample.
    const glm::vec3 toKey = glm::normalize(settings.lightDirection);
    const glm::vec3 toFill = settings.fillIntensity > 0.0f ? glm::normalize(settings.fillDirection)
                                                           : glm::vec3(0.0f, 1.0f, 0.0f);
    const glm::vec3 eye = glm::vec3(glm::inverse(settings.view)[3]);
    const bool needsEye = settings.specular > 0.0f || !settings.lightBothSides;
    const Lighting lighting(settings);
    const bool smooth =
        settings.cornerNormals && settings.cornerNormals->size() == mesh.indices.size();
    std::vector<glm::vec3> color(samples.size(), glm::vec3(0.0f));
    for (std::size_t s = 0; s < samples.size(); ++s) {
        const Sample& sample = samples[s];
        if (sample.triangle == Sample::noTriangle)
            continue;
        const std::size_t t = sample.triangle;
        const std::uint32_t materialIndex = mesh.triangleMaterial[t];
        const std::uint32_t i0 = mesh.indices[3 * t], i1 = mesh.indices[3 * t + 1],
                            i2 = mesh.indices[3 * t + 2];
        const glm::vec3 w = sample.weights;
        glm::vec3 albedo = mesh.materials[materialIndex].diffuse;
        if (textures[materialIndex].bits)
            albedo *= sampleTexture(textures[materialIndex], uvAt(i0, i1, i2, w));
        if (!mesh.colors.empty())
            albedo *= w[0] * mesh.colors[i0] + w[1] * mesh.colors[i1] + w[2] * mesh.colors[i2];

        const glm::vec3 faceNormal = glm::cross(mesh.positions[i1] - mesh.positions[i0],
                                                mesh.positions[i2] - mesh.positions[i0]);
        const float faceNormalLength = glm::length(faceNormal);
        if (faceNormalLength <= 0.0f) {
            // A degenerate triangle has no direction to shade by: fully lit.
            color[s] = glm::clamp(
                albedo * (settings.ambient + settings.lightIntensity + settings.fillIntensity),
                0.0f, 1.0f);
            continue;
        }
        glm::vec3 normal = faceNormal / faceNormalLength;
        if (smooth) {
            // Turned to agree with the triangle, whatever side the caller's normals are on.
            const std::vector<glm::vec3>& corners = *settings.cornerNormals;
            const glm::vec3 blended =
                w[0] * corners[3 * t] + w[1] * corners[3 * t + 1] + w[2] * corners[3 * t + 2];
            const float length = glm::length(blended);
            if (length > 0.0f)
                normal =
                    glm::dot(blended, faceNormal) < 0.0f ? -blended / length : blended / length;
        }
        glm::vec3 toEye(0.0f, 0.0f, 1.0f);
        if (needsEye) {
            toEye = glm::normalize(eye - pointAt(t, w));
            // Shade the side of the surface the camera sees; the winding does not say which.
            if (glm::dot(faceNormal, toEye) < 0.0f)
                normal = -normal;
        }

        const LightResponse key = lighting.respond(normal, toKey, toEye);
        float shade = settings.ambient + settings.lightIntensity * key.diffuse;
        float highlight = settings.lightIntensity * key.specular;
        if (settings.fillIntensity > 0.0f) {
            const LightResponse fill = lighting.respond(normal, toFill, toEye);
            shade += settings.fillIntensity * fill.diffuse;
            highlight += settings.fillIntensity * fill.specular;
        }
        glm::vec3 lit = albedo * shade;
        if (settings.specular > 0.0f)
            lit += glm::vec3(settings.specular * highlight);
        color[s] = glm::clamp(lit, 0.0f, 1.0f);
    }

    QImage image(settings.size, settings.size, QImage::Format_RGBA8888);
    const int s = settings.supersample;
    const std::size_t pixels = std::size_t(settings.size) * settings.size;
    if (buffers.depth)
        buffers.depth->assign(pixels, std::numeric_limits<float>::infinity());
    if (buffers.coverage)
        buffers.coverage->assign(pixels, 0);
    if (buffers.points)
        buffers.points->assign(pixels, glm::vec3(std::numeric_limits<float>::quiet_NaN()));
    const std::size_t rangeEnd = buffers.coverageFirstTriangle + buffers.coverageTriangleCount;
    for (int y = 0; y < settings.size; ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < settings.size; ++x) {
            glm::vec3 sum(0.0f);
            int count = 0, inRange = 0;
            float nearest = std::numeric_limits<float>::infinity();
            std::size_t nearestSample = 0;
            for (int sy = 0; sy < s; ++sy)
                for (int sx = 0; sx < s; ++sx) {
                    const std::size_t sample = std::size_t(y * s + sy) * size + (x * s + sx);
                    const std::uint32_t triangle = samples[sample].triangle;
                    if (triangle != Sample::noTriangle) {
                        sum += color[sample];
                        ++count;
                        if (samples[sample].depth < nearest) {
                            nearest = samples[sample].depth;
                            nearestSample = sample;
                        }
                        inRange += triangle >= buffers.coverageFirstTriangle && triangle < rangeEnd;
                    }
                }
            // Colour is the mean over covered samples (not premultiplied); alpha the coverage.
            const glm::vec3 mean = count ? sum / float(count) : glm::vec3(0.0f);
            row[4 * x + 0] = uchar(std::lround(mean.x * 255.0f));
            row[4 * x + 1] = uchar(std::lround(mean.y * 255.0f));
            row[4 * x + 2] = uchar(std::lround(mean.z * 255.0f));
            row[4 * x + 3] = uchar(std::lround(255.0f * float(count) / float(s * s)));
            const std::size_t pixel = std::size_t(y) * settings.size + x;
            if (buffers.depth)
                (*buffers.depth)[pixel] = nearest;
            if (buffers.points && count)
                (*buffers.points)[pixel] =
                    pointAt(samples[nearestSample].triangle, samples[nearestSample].weights);
            if (buffers.coverage)
                (*buffers.coverage)[pixel] =
                    std::uint8_t(std::lround(255.0f * float(inRange) / float(s * s)));
        }
    }
    return image;
}

} // namespace lift3d
