#pragma once

#include <QImage>
#include <QString>
#include <cstdint>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <vector>

namespace lift3d {

struct SurfaceMaterial {
    glm::vec3 diffuse{0.8f};
    float opacity = 1.0f;
    QImage texture; // Format_RGBA8888, or null
    QString name;   // as the model file names it: games assign skins to materials by name
};

// A mesh as a catalog model comes: positions, optional UVs, one material per triangle. Only the
// dataset builder (rendering training views) needs this; the rest of Lift3D uses Mesh.
struct TexturedMesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec2> uvs;    // empty, or one per position
    std::vector<glm::vec3> colors; // empty, or one per position: multiplies the material colour
    std::vector<std::uint32_t> indices;
    std::vector<std::uint32_t> triangleMaterial; // one per triangle, into `materials`
    std::vector<SurfaceMaterial> materials;

    std::size_t triangleCount() const { return indices.size() / 3; }
};

struct Mesh;
// A Mesh as a TexturedMesh with one white material, keeping its vertex colours (converted from
// linear to sRGB for display), for previews rendered with renderTexturedMesh.
TexturedMesh texturedFromMesh(const Mesh& mesh);

} // namespace lift3d
