#include "core/generator/FieldFinishing.h"

#include "core/generator/SilhouetteProjection.h"
#include "core/geometry/MarchingCubes.h"
#include "core/geometry/SmallComponents.h"

#include <algorithm>
#include <glm/geometric.hpp>
#include <vector>

namespace lift3d {
namespace {

// Share of the grid meshed when the field has no inside at level 0.
constexpr double fallbackInsideShare = 0.02;

// The level below which the given share of the field's cells lies.
float levelEnclosing(const ScalarGrid& field, double share) {
    std::vector<float> values = field.values;
    const auto nth = values.begin() + std::ptrdiff_t(share * double(values.size() - 1));
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

} // namespace

Mesh meshFromField(const ScalarGrid& field, glm::vec3* center, float* scale) {
    Mesh mesh = marchingCubes(field, {0.0f, GridBoundary::Closed});
    removeSmallComponents(mesh, 0.05f);
    const Bounds box = mesh.bounds();
    const glm::vec3 size = box.size();
    if (center)
        *center = box.center();
    if (scale)
        *scale = std::max({size.x, size.y, size.z, 1e-6f});
    mesh.normalize();
    return mesh;
}

void keepInsideUnitBox(ScalarGrid& field) {
    const float limit = 0.5f + field.spacing;
    for (int z = 0; z < field.nz; ++z)
        for (int y = 0; y < field.ny; ++y)
            for (int x = 0; x < field.nx; ++x) {
                const glm::vec3 beyond =
                    glm::max(glm::abs(field.position(x, y, z)) - limit, glm::vec3(0.0f));
                const float distance = glm::length(beyond);
                if (distance > 0.0f)
                    field.at(x, y, z) = std::max(field.at(x, y, z), distance);
            }
}

Mesh finishField(ScalarGrid& field, const Conditioning& conditioning,
                 const FinishingOptions& options) {
    glm::vec3 center(0.0f);
    float scale = 1.0f;
    Mesh mesh = meshFromField(field, &center, &scale);
    if (mesh.isEmpty() && !field.values.empty()) {
        const float level = levelEnclosing(field, fallbackInsideShare);
        for (float& value : field.values)
            value -= level;
        keepInsideUnitBox(field);
        mesh = meshFromField(field, &center, &scale);
    }
    if (mesh.isEmpty())
        return mesh;
    // The views below frame the mesh the way the conditioning crop framed the object.
    const float margin = ConditioningOptions{}.margin;
    if (options.carveToSilhouette && !conditioning.mask.isNull()) {
        const OrthoView view = bestSilhouetteView(mesh, conditioning.mask, margin).first;
        // The view was framed on the normalised mesh: carve the field in that frame.
        ScalarGrid normalised = field;
        normalised.origin = (field.origin - center) / scale;
        normalised.spacing = field.spacing / scale;
        carveToSilhouette(normalised, conditioning.mask, view,
                          std::max(1, conditioning.mask.width() / 64));
        field.values = normalised.values;
        Mesh carved = meshFromField(field);
        if (!carved.isEmpty())
            mesh = std::move(carved);
    }
    if (options.colourFromPicture && !conditioning.mask.isNull() && !conditioning.rgb.isNull()) {
        const OrthoView view = bestSilhouetteView(mesh, conditioning.mask, margin).first;
        colorFromPicture(mesh, conditioning.rgb, conditioning.mask, view);
    }
    return mesh;
}

} // namespace lift3d
