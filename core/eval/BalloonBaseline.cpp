#include "core/eval/BalloonBaseline.h"

#include "core/generator/StageTimer.h"
#include "core/geometry/ShapeLattice.h"
#include "core/image/DistanceTransform.h"

#include <algorithm>
#include <cmath>

namespace lift3d {
namespace {

// Like the other baselines, the balloon is shown as it is: carving it to the silhouette would
// change nothing it does not already follow, and colouring is no part of what is measured.
constexpr FinishingOptions shownAsFound{false, false};

// Object pixels: the threshold every mask comparison of the evaluation uses.
constexpr int objectLevel = 128;

struct OutlineDistance {
    int width = 0, height = 0;
    std::vector<float> pixels; // signed, in pixels: positive inside, negative outside
    float deepest = 0.0f;      // the largest inside distance
};

// Signed distance from every pixel centre to the silhouette's outline. The transform measures
// centre to centre, and the outline runs half a pixel before the nearest pixel of the other
// side, hence the half pixel taken off on both sides: two neighbours across the outline get
// +0.5 and -0.5, and interpolating between them puts the outline on their shared edge.
OutlineDistance outlineDistance(const QImage& maskImage) {
    const QImage mask = maskImage.convertToFormat(QImage::Format_Grayscale8);
    OutlineDistance result;
    result.width = mask.width();
    result.height = mask.height();
    const std::size_t count = std::size_t(result.width) * std::size_t(result.height);
    std::vector<std::uint8_t> inside(count), outside(count);
    for (int y = 0; y < result.height; ++y)
        for (int x = 0; x < result.width; ++x) {
            const std::size_t i = std::size_t(y) * result.width + x;
            inside[i] = mask.constScanLine(y)[x] >= objectLevel;
            outside[i] = !inside[i];
        }
    const std::vector<float> toOutside =
        euclideanDistanceTransform(outside, result.width, result.height);
    const std::vector<float> toInside =
        euclideanDistanceTransform(inside, result.width, result.height);
    result.pixels.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        // A mask with no background (or no object) has infinite distances; the image border
        // stands in for the missing outline.
        const float limit = float(std::max(result.width, result.height));
        result.pixels[i] = inside[i] ? std::min(toOutside[i], limit) - 0.5f
                                     : -(std::min(toInside[i], limit) - 0.5f);
        result.deepest = std::max(result.deepest, result.pixels[i]);
    }
    return result;
}

// Bilinear lookup at continuous pixel coordinates (u, v), pixel centres at i + 0.5. Beyond the
// border the nearest pixels are used: the crop's margin keeps the object away from it.
float lookUp(const OutlineDistance& distance, float u, float v) {
    const float gx = std::clamp(u - 0.5f, 0.0f, float(distance.width - 1));
    const float gy = std::clamp(v - 0.5f, 0.0f, float(distance.height - 1));
    const int x0 = std::min(int(gx), distance.width - 1),
              y0 = std::min(int(gy), distance.height - 1);
    const int x1 = std::min(x0 + 1, distance.width - 1), y1 = std::min(y0 + 1, distance.height - 1);
    const float fx = gx - float(x0), fy = gy - float(y0);
    auto at = [&](int x, int y) { return distance.pixels[std::size_t(y) * distance.width + x]; };
    const float top = at(x0, y0) + fx * (at(x1, y0) - at(x0, y0));
    const float bottom = at(x0, y1) + fx * (at(x1, y1) - at(x0, y1));
    return top + fy * (bottom - top);
}

// Half-thickness of the balloon at inside distance d: h = sqrt(d * (2R - d)), R the deepest
// inside distance of the whole silhouette. For a disc of radius R, d = R - r and this is
// sqrt(R^2 - r^2): exactly a sphere. One R for the whole silhouette, rather than a local radius
// read off the medial axis, keeps h a function of d alone, monotone for d <= R: the ridge runs
// along the medial axis, no part is thicker than the widest one (h <= R, so the shape stays
// inside the unit box) and there is nothing to tune. h rises vertically at the outline, so the
// surface meets the outline side-on and the balloon's projection along z is the silhouette
// itself. The price: a thin part comes out thicker than it is wide (a strip of half-width w gets
// up to sqrt(w * (2R - w)) > w), which a per-part radius would avoid only by guessing where
// parts begin.
float halfThickness(float d, float deepest) {
    d = std::clamp(d, 0.0f, deepest);
    return std::sqrt(d * (2.0f * deepest - d));
}

} // namespace

BalloonBaseline::BalloonBaseline(float cropMargin)
    : Generator(shownAsFound), m_cropMargin(cropMargin) {}

GeneratedField BalloonBaseline::generateField(const Conditioning& conditioning,
                                              const GenerationSettings& settings,
                                              const ProgressCallback& progress,
                                              const std::atomic<bool>*) const {
    GeneratedField result;
    StageTimer timer;
    const OutlineDistance distance = outlineDistance(conditioning.mask);
    result.timings.encode = timer.lap();
    if (progress)
        progress(1, 1);

    const int n = std::max(2, settings.resolution);
    result.field = shapeLattice(n, fieldHalfExtent);
    if (distance.width <= 0 || distance.height <= 0) {
        result.timings.decode = timer.lap();
        return result; // no mask: nothing inside
    }
    // The crop square spans (1 + 2 * margin) object lengths and the output frame's object has
    // longest side 1, so a pixel is (1 + 2 * margin) / width units wide.
    const float cropSide = 1.0f + 2.0f * m_cropMargin;
    const float unitsPerPixel = cropSide / float(distance.width);
    const float deepest = distance.deepest * unitsPerPixel;
    ScalarGrid& field = result.field;
    for (int y = 0; y < field.ny; ++y)
        for (int x = 0; x < field.nx; ++x) {
            const glm::vec3 p = field.position(x, y, 0);
            // Output frame x right, y up; image x right, y down; the crop is centred on the
            // object as the output frame is.
            const float u = (p.x / cropSide + 0.5f) * float(distance.width);
            const float v = (0.5f - p.y / cropSide) * float(distance.height);
            const float inside = lookUp(distance, u, v) * unitsPerPixel;
            const float h = halfThickness(inside, deepest);
            // The balloon is the silhouette's cylinder cut to |z| <= h. This field is the larger
            // of the two distances, not an exact Euclidean distance, but its sign is exact and
            // its zero level is the balloon's surface, which is all that meshing reads.
            for (int z = 0; z < field.nz; ++z)
                field.at(x, y, z) = std::max(std::abs(field.position(x, y, z).z) - h, -inside);
        }
    result.timings.decode = timer.lap();
    return result;
}

} // namespace lift3d
