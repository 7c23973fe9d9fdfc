#pragma once

#include "core/dataset/TexturedMesh.h"

#include <QImage>
#include <cstdint>
#include <glm/mat4x4.hpp>
#include <vector>

namespace lift3d {

struct RenderSettings {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    int size = 128;                    // square output, pixels
    int supersample = 2;               // per axis; edges are antialiased by averaging
    glm::vec3 lightDirection{0, 1, 1}; // toward the key light, world space
    float lightIntensity = 0.8f;
    float ambient = 0.35f;

    // Photographic lighting (PhotoRender.h). The defaults keep the plain look of the first
    // dataset: one light, no highlights, flat facets lit on whichever side faces the camera.
    glm::vec3 fillDirection{-1, 0, 1}; // toward the fill light, world space
    float fillIntensity = 0.0f;
    float specular = 0.0f;   // strength of white Blinn-Phong highlights from both lights
    float shininess = 32.0f; // Blinn-Phong exponent: higher is a smaller, sharper highlight
    // true: |n.l|, a face is lit as if the light were on the side the camera sees (catalog models
    // do not wind consistently, and the first dataset was rendered so). false: the side the
    // camera sees is lit only when the light is on that side, so the far side of an object falls
    // into shadow as in a photograph.
    bool lightBothSides = true;
    // One normal per index (3 per triangle, cornerNormals() in CornerNormals.h) to shade curved
    // surfaces smoothly; either orientation will do. Null (or the wrong size) shades every
    // triangle flat; so do a triangle's zero normals.
    const std::vector<glm::vec3>* cornerNormals = nullptr;
    // Texels with alpha below one half are holes (leaf cards, fences, lace), not surface.
    bool alphaTest = true;
};

// What a render can return besides its picture, at output resolution, row-major (size * size).
// Each is filled only when its pointer is set.
struct RenderBuffers {
    // NDC depth (z / w, -1 at the near plane, 1 at the far plane; farther surfaces read above 1)
    // of the nearest surface among the pixel's samples: the exact depth of what is seen, never an
    // average across a silhouette. +infinity where no sample hit anything.
    std::vector<float>* depth = nullptr;
    // The world-space point of that nearest sample, exactly on its triangle (so a depth taken
    // from it in any frame is exact too); NaN where no sample hit anything.
    std::vector<glm::vec3>* points = nullptr;
    // 0..255: the share of the pixel's samples whose visible triangle lies in
    // [coverageFirstTriangle, coverageFirstTriangle + coverageTriangleCount): one object's mask
    // inside a scene, with what stands in front of it cut out.
    std::vector<std::uint8_t>* coverage = nullptr;
    std::size_t coverageFirstTriangle = 0, coverageTriangleCount = 0;
};

// Renders a textured mesh on the CPU: z-buffered, perspective-correct texture lookup with alpha
// test, Lambert shading from a key and a fill light plus ambient and optional Blinn-Phong
// highlights, with an alpha channel that is the object's coverage. Deterministic and
// thread-safe, so the dataset builder can render on every core without an OpenGL context.
// Triangles of materials with opacity below 0.05 are skipped; so are triangles with a corner
// behind the camera. Returns Format_RGBA8888 (not premultiplied).
QImage renderTexturedMesh(const TexturedMesh& mesh, const RenderSettings& settings,
                          const RenderBuffers& buffers = {});

} // namespace lift3d
