#include "core/dataset/SoftwareRenderer.h"

#include "core/geometry/Mesh.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>

namespace lift3d {
namespace {

glm::vec3 sampleTexture(const QImage& texture, glm::vec2 uv) {
    // Wrap, flip v (OBJ's origin is bottom-left), bilinear.
    const int w = texture.width(), h = texture.height();
    const float u = (uv.x - std::floor(uv.x)) * float(w) - 0.5f;
    const float v = (1.0f - (uv.y - std::floor(uv.y))) * float(h) - 0.5f;
    const int x0 = int(std::floor(u)), y0 = int(std::floor(v));
    const float fx = u - float(x0), fy = v - float(y0);
    auto texel = [&](int x, int y) {
        x = ((x % w) + w) % w;
        y = ((y % h) + h) % h;
        const uchar* p = texture.constScanLine(y) + 4 * x;
        return glm::vec3(p[0], p[1], p[2]) / 255.0f;
    };
    return glm::mix(glm::mix(texel(x0, y0), texel(x0 + 1, y0), fx),
                    glm::mix(texel(x0, y0 + 1), texel(x0 + 1, y0 + 1), fx), fy);
}

} // namespace

TexturedMesh texturedFromMesh(const Mesh& mesh) {
    TexturedMesh out;
    out.positions = mesh.positions;
    out.indices = mesh.indices;
    out.triangleMaterial.assign(mesh.triangleCount(), 0);
    out.materials.push_back(SurfaceMaterial{glm::vec3(1.0f), 1.0f, QImage()});
    if (mesh.hasColors())
        for (const glm::vec3& c : mesh.colors) {
            auto toSrgb = [](float v) {
                return v <= 0.0031308f ? 12.92f * v : 1.055f * std::pow(v, 1.0f / 2.4f) - 0.055f;
            };
            out.colors.emplace_back(toSrgb(c.x), toSrgb(c.y), toSrgb(c.z));
        }
    return out;
}

QImage renderTexturedMesh(const TexturedMesh& mesh, const RenderSettings& settings) {
    const int size = settings.size * settings.supersample;
    std::vector<float> depth(std::size_t(size) * size, std::numeric_limits<float>::max());
    std::vector<glm::vec3> color(depth.size(), glm::vec3(0.0f));
    std::vector<std::uint8_t> covered(depth.size(), 0);

    const glm::mat4 viewProjection = settings.projection * settings.view;
    struct Projected {
        glm::vec2 screen;
        float z, invW;
    };
    std::vector<Projected> projected(mesh.positions.size());
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const glm::vec4 clip = viewProjection * glm::vec4(mesh.positions[v], 1.0f);
        const float invW = clip.w > 1e-6f ? 1.0f / clip.w : 0.0f;
        projected[v] = {glm::vec2((clip.x * invW * 0.5f + 0.5f) * float(size),
                                  (0.5f - clip.y * invW * 0.5f) * float(size)),
                        clip.z * invW, invW};
    }
    const glm::vec3 toLight = glm::normalize(settings.lightDirection);

    for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
        const SurfaceMaterial& material = mesh.materials[mesh.triangleMaterial[t]];
        if (material.opacity < 0.05f)
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
        const glm::vec3 normal = glm::cross(mesh.positions[i1] - mesh.positions[i0],
                                            mesh.positions[i2] - mesh.positions[i0]);
        const float normalLength = glm::length(normal);
        const float lambert =
            normalLength > 0.0f ? std::abs(glm::dot(normal / normalLength, toLight)) : 1.0f;
        const float shade = settings.ambient + settings.lightIntensity * lambert;
        const bool textured = !material.texture.isNull() && !mesh.uvs.empty();

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
                w0 /= area;
                w1 /= area;
                w2 /= area;
                if (w0 < 0.0f || w1 < 0.0f || w2 < 0.0f)
                    continue;
                const float z = w0 * a.z + w1 * b.z + w2 * c.z;
                const std::size_t pixel = std::size_t(y) * size + x;
                if (z >= depth[pixel] || z < -1.0f)
                    continue;
                depth[pixel] = z;
                covered[pixel] = 1;
                glm::vec3 albedo = material.diffuse;
                if (textured) {
                    // Perspective-correct: interpolate uv / w and 1 / w linearly on screen.
                    const float invW = w0 * a.invW + w1 * b.invW + w2 * c.invW;
                    const glm::vec2 uv = (w0 * a.invW * mesh.uvs[i0] + w1 * b.invW * mesh.uvs[i1] +
                                          w2 * c.invW * mesh.uvs[i2]) /
                                         invW;
                    albedo *= sampleTexture(material.texture, uv);
                }
                if (!mesh.colors.empty())
                    albedo *= w0 * mesh.colors[i0] + w1 * mesh.colors[i1] + w2 * mesh.colors[i2];
                color[pixel] = glm::clamp(albedo * shade, 0.0f, 1.0f);
            }
    }

    QImage image(settings.size, settings.size, QImage::Format_RGBA8888);
    const int s = settings.supersample;
    for (int y = 0; y < settings.size; ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < settings.size; ++x) {
            glm::vec3 sum(0.0f);
            int count = 0;
            for (int sy = 0; sy < s; ++sy)
                for (int sx = 0; sx < s; ++sx) {
                    const std::size_t pixel = std::size_t(y * s + sy) * size + (x * s + sx);
                    if (covered[pixel]) {
                        sum += color[pixel];
                        ++count;
                    }
                }
            // Colour is the mean over covered samples (not premultiplied); alpha the coverage.
            const glm::vec3 mean = count ? sum / float(count) : glm::vec3(0.0f);
            row[4 * x + 0] = uchar(std::lround(mean.x * 255.0f));
            row[4 * x + 1] = uchar(std::lround(mean.y * 255.0f));
            row[4 * x + 2] = uchar(std::lround(mean.z * 255.0f));
            row[4 * x + 3] = uchar(std::lround(255.0f * float(count) / float(s * s)));
        }
    }
    return image;
}

} // namespace lift3d
