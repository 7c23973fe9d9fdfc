#include "core/generator/TestShapeGenerator.h"

#include "core/generator/StageTimer.h"
#include "core/geometry/ShapeLattice.h"

#include <algorithm>
#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

namespace lift3d {
namespace {

// Coarse on purpose: the point is a closed mesh at once, not detail.
constexpr int gridSide = 16;

// Width and height of the mask's object relative to its longer side (1 for the longer one).
glm::vec2 objectAspect(const QImage& mask) {
    int left = mask.width(), right = -1, top = mask.height(), bottom = -1;
    for (int y = 0; y < mask.height(); ++y) {
        const uchar* row = mask.constScanLine(y);
        for (int x = 0; x < mask.width(); ++x)
            if (row[x] >= 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    }
    if (right < left)
        return glm::vec2(1.0f);
    const glm::vec2 size(float(right - left + 1), float(bottom - top + 1));
    return size / std::max(size.x, size.y);
}

} // namespace

// Carving would cost more than the shape itself and adds nothing to an ellipsoid.
TestShapeGenerator::TestShapeGenerator() : Generator(FinishingOptions{false, true}) {}

GeneratedField TestShapeGenerator::generateField(const Conditioning& conditioning,
                                                 const GenerationSettings& settings,
                                                 const ProgressCallback& progress,
                                                 const std::atomic<bool>* cancel) const {
    GeneratedField result;
    StageTimer timer;
    const QImage mask = conditioning.mask.convertToFormat(QImage::Format_Grayscale8);
    const glm::vec2 aspect = objectAspect(mask);
    result.timings.encode = timer.lap();

    const int steps = std::max(1, settings.steps);
    for (int i = 0; i < steps; ++i) {
        if (cancel && cancel->load())
            throw GenerationCancelled{};
        if (progress)
            progress(i + 1, steps);
    }
    // Depth from the seed, so "generate again" visibly changes the shape.
    const float depthShare = 0.4f + 0.6f * float(settings.seed % 1000) / 999.0f;
    const glm::vec3 radii =
        0.45f * glm::vec3(aspect.x, aspect.y, depthShare * std::min(aspect.x, aspect.y));
    result.timings.sample = timer.lap();

    result.field = shapeLattice(gridSide);
    result.field.fill([&](const glm::vec3& p) {
        return (glm::length(p / radii) - 1.0f) * std::min({radii.x, radii.y, radii.z});
    });
    result.timings.decode = timer.lap();
    return result;
}

} // namespace lift3d
