#include "core/dataset/PreviewSheet.h"

#include "core/dataset/SoftwareRenderer.h"
#include "core/dataset/ViewFrame.h"
#include "core/geometry/Mesh.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <glm/trigonometric.hpp>

namespace lift3d {

QImage renderPreviewSheet(const Mesh& mesh, int viewSize) {
    if (viewSize < 1)
        return {};
    const TexturedMesh textured = texturedFromMesh(mesh);
    QImage sheet(2 * viewSize, viewSize, QImage::Format_RGBA8888);
    sheet.fill(Qt::white);
    int left = 0;
    for (float degrees : {0.0f, 45.0f}) {
        ViewCamera camera;
        camera.azimuth = glm::radians(degrees);
        camera.elevation = 0.35f;
        camera.verticalFov = 0.6f;
        // Far enough that the output frame's unit box (half-diagonal 0.87) fits with 10% slack.
        camera.distance = 0.87f / std::sin(0.5f * camera.verticalFov) * 1.1f;
        RenderSettings settings;
        settings.view = camera.viewMatrix();
        settings.projection = camera.projectionMatrix();
        settings.size = viewSize;
        settings.lightDirection = camera.directionToCanonical(glm::vec3(0.3f, 0.6f, 1.0f));
        const QImage view = renderTexturedMesh(textured, settings);
        // Covered pixels are copied opaque (no blending with the white), as the views always were.
        for (int y = 0; y < viewSize; ++y) {
            const std::uint8_t* from = view.constScanLine(y);
            std::uint8_t* to = sheet.scanLine(y) + 4 * left;
            for (int x = 0; x < viewSize; ++x, from += 4, to += 4)
                if (from[3] > 0) {
                    std::copy(from, from + 3, to);
                    to[3] = 255;
                }
        }
        left += viewSize;
    }
    return sheet;
}

} // namespace lift3d
