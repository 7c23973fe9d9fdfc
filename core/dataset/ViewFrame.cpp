#include "core/dataset/ViewFrame.h"

#include "core/geometry/ShapeLattice.h"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/ext/matrix_clip_space.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace lift3d {
namespace {

glm::vec3 rotateY(const glm::vec3& p, float angle) {
    const float c = std::cos(angle), s = std::sin(angle);
    return {c * p.x + s * p.z, p.y, -s * p.x + c * p.z};
}

} // namespace

glm::mat4 ViewCamera::viewMatrix() const {
    const glm::vec3 eye =
        distance * glm::vec3(std::cos(elevation) * std::sin(azimuth), std::sin(elevation),
                             std::cos(elevation) * std::cos(azimuth));
    return glm::lookAt(eye, glm::vec3(0.0f), glm::vec3(0, 1, 0));
}

glm::mat4 ViewCamera::projectionMatrix() const {
    return glm::perspective(verticalFov, 1.0f, std::max(0.01f, distance - 1.0f), distance + 1.0f);
}

// rotateY(p, a) turns +Z toward +X by a; the camera sits at azimuth a, so turning the world by
// -a brings it onto +Z.
glm::vec3 ViewCamera::toViewFrame(const glm::vec3& canonical) const {
    return (rotateY(canonical, -azimuth) - frameCenter) / frameScale;
}

glm::vec3 ViewCamera::toCanonical(const glm::vec3& view) const {
    return rotateY(view * frameScale + frameCenter, azimuth);
}

glm::vec3 ViewCamera::directionToCanonical(const glm::vec3& view) const {
    return rotateY(view, azimuth);
}

void fitViewFrame(ViewCamera& camera, const std::vector<glm::vec3>& canonicalPositions) {
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (const glm::vec3& p : canonicalPositions) {
        const glm::vec3 q = rotateY(p, -camera.azimuth);
        lo = glm::min(lo, q);
        hi = glm::max(hi, q);
    }
    const glm::vec3 size = hi - lo;
    camera.frameCenter = 0.5f * (lo + hi);
    camera.frameScale = std::max({size.x, size.y, size.z, 1e-6f});
}

ViewCamera sampleViewCamera(std::mt19937& random,
                            const std::vector<glm::vec3>& canonicalPositions) {
    auto uniform = [&](float lo, float hi) {
        return std::uniform_real_distribution<float>(lo, hi)(random);
    };
    ViewCamera camera;
    camera.azimuth = uniform(0.0f, glm::radians(360.0f));
    // As people photograph objects: mostly from a little above (a table, a hand-held phone),
    // sometimes from eye level or steeply down; half with a phone's wide lens (24-35 mm
    // full-frame equivalent), half with a normal to short tele lens.
    camera.elevation = uniform(0.0f, 1.0f) < 0.8f
                           ? uniform(glm::radians(5.0f), glm::radians(35.0f))
                           : uniform(glm::radians(-5.0f), glm::radians(60.0f));
    const float focal = uniform(0.0f, 1.0f) < 0.5f ? uniform(24.0f, 35.0f) : uniform(35.0f, 85.0f);
    camera.verticalFov = 2.0f * std::atan(12.0f / focal);
    float radius = 0.0f;
    for (const glm::vec3& p : canonicalPositions)
        radius = std::max(radius, glm::length(p));
    camera.distance = radius / std::sin(0.5f * camera.verticalFov) * uniform(1.05f, 1.3f);
    const float lightAzimuth = uniform(glm::radians(-70.0f), glm::radians(70.0f));
    const float lightElevation = uniform(glm::radians(15.0f), glm::radians(75.0f));
    camera.lightDirection =
        glm::vec3(std::cos(lightElevation) * std::sin(lightAzimuth), std::sin(lightElevation),
                  std::cos(lightElevation) * std::cos(lightAzimuth));
    camera.lightIntensity = uniform(0.55f, 0.95f);
    camera.ambient = uniform(0.25f, 0.45f);
    const float brightness = uniform(0.9f, 1.1f);
    camera.colorGain =
        brightness * glm::vec3(uniform(0.94f, 1.06f), uniform(0.94f, 1.06f), uniform(0.94f, 1.06f));
    fitViewFrame(camera, canonicalPositions);
    return camera;
}

ScalarGrid fieldInViewFrame(const ScalarGrid& canonical, const ViewCamera& camera, int n,
                            float outsideValue) {
    ScalarGrid view = shapeLattice(n);
    const float toViewUnits = 1.0f / camera.frameScale;
    for (int z = 0; z < n; ++z)
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                // Snap tiny float error so samples that land on canonical lattice points read them
                // exactly (azimuths of multiples of 90 degrees map lattice onto lattice).
                glm::vec3 p = camera.toCanonical(view.position(x, y, z));
                const glm::vec3 g = (p - canonical.origin) / canonical.spacing;
                const glm::vec3 snapped = glm::round(g);
                if (glm::all(glm::lessThan(glm::abs(g - snapped), glm::vec3(1e-3f))))
                    p = canonical.origin + snapped * canonical.spacing;
                view.at(x, y, z) = sampleField(canonical, p, outsideValue) * toViewUnits;
            }
    return view;
}

} // namespace lift3d
