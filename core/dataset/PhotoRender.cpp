#include "core/dataset/PhotoRender.h"

#include "core/dataset/CameraPipeline.h"
#include "core/dataset/CornerNormals.h"

namespace lift3d {

RenderSettings photoRenderSettings(const ViewCamera& camera, const PhotoLook& look, int size,
                                   const std::vector<glm::vec3>* cornerNormals) {
    RenderSettings settings;
    settings.view = camera.viewMatrix();
    settings.projection = camera.projectionMatrix();
    settings.size = size;
    settings.supersample = 2;
    // The renderer shades in display values, not linear light: a stop is a factor 2^(1/2.2).
    const float exposure = std::pow(2.0f, look.exposure / 2.2f);
    settings.lightDirection = camera.directionToCanonical(look.keyDirection);
    settings.lightIntensity = exposure * look.keyIntensity;
    settings.fillDirection = camera.directionToCanonical(look.fillDirection);
    settings.fillIntensity = exposure * look.fillIntensity;
    settings.ambient = exposure * look.ambient;
    settings.specular = exposure * look.specular;
    settings.shininess = look.shininess;
    settings.lightBothSides = false;
    settings.cornerNormals = cornerNormals;
    return settings;
}

QImage overBackdrop(const QImage& render, glm::vec3 backdrop) {
    QImage picture(render.width(), render.height(), QImage::Format_RGB888);
    for (int y = 0; y < render.height(); ++y) {
        const uchar* from = render.constScanLine(y);
        uchar* to = picture.scanLine(y);
        for (int x = 0; x < render.width(); ++x) {
            const float alpha = float(from[4 * x + 3]) / 255.0f;
            for (int ch = 0; ch < 3; ++ch) {
                const float value =
                    alpha * float(from[4 * x + ch]) + (1.0f - alpha) * 255.0f * backdrop[ch];
                to[3 * x + ch] = uchar(std::clamp(value, 0.0f, 255.0f) + 0.5f);
            }
        }
    }
    return picture;
}

PhotoView renderPhotoView(const TexturedMesh& mesh, const ViewCamera& camera, const PhotoLook& look,
                          int size, const std::vector<glm::vec3>* cornerNormals) {
    std::vector<glm::vec3> ownNormals;
    if (!cornerNormals) {
        ownNormals = lift3d::cornerNormals(mesh);
        cornerNormals = &ownNormals;
    }
    const RenderSettings settings = photoRenderSettings(camera, look, size, cornerNormals);
    std::vector<glm::vec3> points;
    RenderBuffers buffers;
    buffers.points = &points;
    const QImage render = renderTexturedMesh(mesh, settings, buffers);

    // Stand the object in front of its backdrop, so blur and JPEG mix the two at its edge as
    // they would in a photograph, then cut it out again with the exact coverage.
    const QImage developed = developPhoto(overBackdrop(render, look.backdrop), look);

    PhotoView view;
    view.rgba = QImage(size, size, QImage::Format_RGBA8888);
    view.depth = QImage(size, size, QImage::Format_Grayscale16);
    for (int y = 0; y < size; ++y) {
        const uchar* coverage = render.constScanLine(y);
        const uchar* colour = developed.constScanLine(y);
        uchar* to = view.rgba.scanLine(y);
        auto* depth = reinterpret_cast<std::uint16_t*>(view.depth.scanLine(y));
        for (int x = 0; x < size; ++x) {
            const uchar alpha = coverage[4 * x + 3];
            for (int ch = 0; ch < 3; ++ch)
                to[4 * x + ch] = alpha ? colour[3 * x + ch] : 0;
            to[4 * x + 3] = alpha;
            depth[x] =
                alpha ? encodeViewDepth(camera.toViewFrame(points[std::size_t(y) * size + x]).z)
                      : 0;
        }
    }
    return view;
}

} // namespace lift3d
