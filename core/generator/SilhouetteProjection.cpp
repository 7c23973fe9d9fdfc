#include "core/generator/SilhouetteProjection.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace lift3d {
namespace {

float srgbToLinear(float c) {
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

} // namespace

glm::vec2 OrthoView::project(const glm::vec3& p) const {
    const glm::vec3 up(0.0f, std::cos(elevation), -std::sin(elevation));
    return {p.x, glm::dot(p, up)};
}

glm::vec2 OrthoView::toPixel(const glm::vec3& p) const {
    const glm::vec2 q = project(p);
    return glm::vec2((q.x - center.x) / side + 0.5f, 0.5f - (q.y - center.y) / side) * float(size);
}

glm::vec3 OrthoView::towardCamera() const {
    return {0.0f, std::sin(elevation), std::cos(elevation)};
}

OrthoView frameView(const std::vector<glm::vec3>& points, float elevation, float margin, int size) {
    OrthoView view;
    view.elevation = elevation;
    view.size = size;
    glm::vec2 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (const glm::vec3& p : points) {
        const glm::vec2 q = view.project(p);
        lo = glm::min(lo, q);
        hi = glm::max(hi, q);
    }
    if (points.empty())
        return view;
    view.center = 0.5f * (lo + hi);
    view.side = std::max(std::max(hi.x - lo.x, hi.y - lo.y) * (1.0f + 2.0f * margin), 1e-6f);
    return view;
}

std::vector<std::uint8_t> rasterSilhouette(const Mesh& mesh, const OrthoView& view) {
    const int size = view.size;
    std::vector<std::uint8_t> raster(std::size_t(size) * size, 0);
    for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
        const glm::vec2 a = view.toPixel(mesh.positions[mesh.indices[3 * t]]),
                        b = view.toPixel(mesh.positions[mesh.indices[3 * t + 1]]),
                        c = view.toPixel(mesh.positions[mesh.indices[3 * t + 2]]);
        const float area = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
        if (std::abs(area) < 1e-9f)
            continue;
        const int x0 = std::max(0, int(std::floor(std::min({a.x, b.x, c.x}))));
        const int x1 = std::min(size - 1, int(std::ceil(std::max({a.x, b.x, c.x}))));
        const int y0 = std::max(0, int(std::floor(std::min({a.y, b.y, c.y}))));
        const int y1 = std::min(size - 1, int(std::ceil(std::max({a.y, b.y, c.y}))));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const glm::vec2 p(float(x) + 0.5f, float(y) + 0.5f);
                const float w0 = ((b.x - p.x) * (c.y - p.y) - (b.y - p.y) * (c.x - p.x)) / area;
                const float w1 = ((c.x - p.x) * (a.y - p.y) - (c.y - p.y) * (a.x - p.x)) / area;
                if (w0 >= 0.0f && w1 >= 0.0f && w0 + w1 <= 1.0f)
                    raster[std::size_t(y) * size + x] = 1;
            }
    }
    return raster;
}

std::pair<OrthoView, double> bestSilhouetteView(const Mesh& mesh, const QImage& maskImage,
                                                float margin) {
    const QImage mask = maskImage.convertToFormat(QImage::Format_Grayscale8);
    OrthoView best;
    double bestIoU = -1.0;
    for (int degrees = -5; degrees <= 45; degrees += 5) {
        const OrthoView view =
            frameView(mesh.positions, glm::radians(float(degrees)), margin, mask.width());
        const std::vector<std::uint8_t> raster = rasterSilhouette(mesh, view);
        std::size_t intersection = 0, uni = 0;
        for (int y = 0; y < mask.height() && y < view.size; ++y) {
            const uchar* row = mask.constScanLine(y);
            for (int x = 0; x < view.size; ++x) {
                const bool inMask = row[x] >= 128, inShape = raster[std::size_t(y) * view.size + x];
                intersection += inMask && inShape;
                uni += inMask || inShape;
            }
        }
        const double iou = uni ? double(intersection) / double(uni) : 0.0;
        if (iou > bestIoU) {
            bestIoU = iou;
            best = view;
        }
    }
    return {best, std::max(bestIoU, 0.0)};
}

void carveToSilhouette(ScalarGrid& field, const QImage& maskImage, const OrthoView& view,
                       int tolerancePixels) {
    const QImage mask = maskImage.convertToFormat(QImage::Format_Grayscale8);
    const int size = mask.width();
    // Dilate the mask so that only clear disagreements are carved.
    std::vector<std::uint8_t> allowed(std::size_t(size) * size, 0);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (mask.constScanLine(y)[x] >= 64)
                for (int dy = -tolerancePixels; dy <= tolerancePixels; ++dy)
                    for (int dx = -tolerancePixels; dx <= tolerancePixels; ++dx) {
                        const int xx = x + dx, yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < size && yy < size)
                            allowed[std::size_t(yy) * size + xx] = 1;
                    }
    OrthoView scaled = view;
    scaled.size = size;
    for (int z = 0; z < field.nz; ++z)
        for (int y = 0; y < field.ny; ++y)
            for (int x = 0; x < field.nx; ++x) {
                const glm::vec2 pixel = scaled.toPixel(field.position(x, y, z));
                const int px = int(std::floor(pixel.x)), py = int(std::floor(pixel.y));
                const bool inside = px >= 0 && py >= 0 && px < size && py < size &&
                                    allowed[std::size_t(py) * size + px];
                if (!inside) {
                    float& value = field.at(x, y, z);
                    value = std::max(value, 0.5f * field.spacing);
                }
            }
}

void colorFromPicture(Mesh& mesh, const QImage& rgbImage, const QImage& maskImage,
                      const OrthoView& view) {
    const QImage rgb = rgbImage.convertToFormat(QImage::Format_RGB888);
    const QImage mask = maskImage.convertToFormat(QImage::Format_Grayscale8).scaled(rgb.size());
    OrthoView scaled = view;
    scaled.size = rgb.width();
    glm::vec3 mean(0.0f);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            if (mask.constScanLine(y)[x] >= 128) {
                const uchar* p = rgb.constScanLine(y) + 3 * x;
                mean += glm::vec3(p[0], p[1], p[2]) / 255.0f;
                ++count;
            }
    mean = count ? mean / float(count) : glm::vec3(0.7f);
    const glm::vec3 toward = scaled.towardCamera();
    mesh.colors.resize(mesh.positions.size());
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const glm::vec2 pixel = scaled.toPixel(mesh.positions[v]);
        const int px = std::clamp(int(pixel.x), 0, rgb.width() - 1),
                  py = std::clamp(int(pixel.y), 0, rgb.height() - 1);
        glm::vec3 color = mean;
        if (mask.constScanLine(py)[px] >= 128) {
            const uchar* p = rgb.constScanLine(py) + 3 * px;
            color = glm::vec3(p[0], p[1], p[2]) / 255.0f;
        }
        const bool facing = mesh.hasNormals() && glm::dot(mesh.normals[v], toward) > 0.0f;
        if (!facing)
            color *= 0.85f;
        mesh.colors[v] =
            glm::vec3(srgbToLinear(color.x), srgbToLinear(color.y), srgbToLinear(color.z));
    }
}

} // namespace lift3d
