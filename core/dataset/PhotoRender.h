#pragma once

#include "core/dataset/PhotoLook.h"
#include "core/dataset/SoftwareRenderer.h"
#include "core/dataset/TexturedMesh.h"
#include "core/dataset/ViewFrame.h"
#include "core/geometry/ShapeLattice.h"

#include <QImage>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <glm/vec3.hpp>
#include <vector>

namespace lift3d {

// One training view rendered to look like a photograph of the object, cut out.
struct PhotoView {
    // Format_RGBA8888, not premultiplied. RGB is the developed picture (CameraPipeline.h); alpha
    // is the object's exact coverage (255 inside, antialiased edge), untouched by blur, noise and
    // JPEG; RGB is black where alpha is 0, so crops by alpha work as on the plain renders. Edge
    // pixels mix the object with look.backdrop, as a photograph's do.
    QImage rgba;
    // Format_Grayscale16: the z of the visible surface in the view frame (ViewCamera::toViewFrame;
    // +Z toward the camera), encodeViewDepth(z); 0 where alpha is 0. Taken from the nearest
    // surface in the pixel, so silhouette edges are not averaged with the background.
    QImage depth;
};

// View-frame z <-> 16-bit depth: [-fieldHalfExtent, fieldHalfExtent] maps linearly onto
// [1, 65535] (clamped); 0 means no object.
inline std::uint16_t encodeViewDepth(float z) {
    const float t = (z + fieldHalfExtent) / (2.0f * fieldHalfExtent);
    return std::uint16_t(1 + std::lround(std::clamp(t, 0.0f, 1.0f) * 65534.0f));
}
inline float decodeViewDepth(std::uint16_t value) {
    return (float(value) - 1.0f) / 65534.0f * (2.0f * fieldHalfExtent) - fieldHalfExtent;
}

// The renderer settings of a photographic view: the camera's matrices, the look's lights turned
// from the view frame into the canonical frame and scaled by its exposure, highlights, light on
// the side the camera sees only, supersampled twice. `cornerNormals` (CornerNormals.h) may be
// null for flat facets.
RenderSettings photoRenderSettings(const ViewCamera& camera, const PhotoLook& look, int size,
                                   const std::vector<glm::vec3>* cornerNormals);

// A render (Format_RGBA8888, alpha = coverage) in front of a plain `backdrop` (0..1 RGB), opaque
// Format_RGB888: what the camera saw before it developed the picture.
QImage overBackdrop(const QImage& render, glm::vec3 backdrop);

// Renders `mesh` (canonical frame) seen by `camera` under `look`, size x size pixels, and
// develops it. Pass cornerNormals(mesh) when rendering many views of one mesh (smooth shading);
// without them they are computed here. About 1.5 times the cost of a plain render (2 times
// when the normals are computed here).
PhotoView renderPhotoView(const TexturedMesh& mesh, const ViewCamera& camera, const PhotoLook& look,
                          int size, const std::vector<glm::vec3>* cornerNormals = nullptr);

} // namespace lift3d
