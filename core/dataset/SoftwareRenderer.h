#pragma once

#include "core/dataset/TexturedMesh.h"

#include <QImage>
#include <glm/mat4x4.hpp>

namespace lift3d {

struct RenderSettings {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    int size = 128;                    // square output, pixels
    int supersample = 2;               // per axis; edges are antialiased by averaging
    glm::vec3 lightDirection{0, 1, 1}; // toward the light, world space
    float lightIntensity = 0.8f;
    float ambient = 0.35f;
};

// Renders a textured mesh on the CPU: z-buffered, perspective-correct texture lookup, Lambert
// shading lit from both sides (catalog models do not wind consistently), with an alpha channel
// that is the object's coverage. Deterministic and thread-safe, so the dataset builder can
// render on every core without an OpenGL context. Triangles of materials with opacity below 0.05
// are skipped. Returns Format_RGBA8888 (not premultiplied).
QImage renderTexturedMesh(const TexturedMesh& mesh, const RenderSettings& settings);

} // namespace lift3d
