#include "render/OrbitCamera.h"

#include <cmath>
#include <glm/common.hpp>
#include <glm/ext/matrix_clip_space.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/ext/scalar_constants.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace lift3d {
namespace {
// Stop just short of the poles so the up vector never lines up with the view direction.
constexpr float maxElevation = 1.55f;
constexpr float minDistance = 1e-3f;
} // namespace

void OrbitCamera::setDistance(float distance) {
    m_distance = std::max(distance, minDistance);
}

void OrbitCamera::setAngles(float azimuth, float elevation) {
    m_azimuth = azimuth;
    m_elevation = glm::clamp(elevation, -maxElevation, maxElevation);
}

glm::vec3 OrbitCamera::eye() const {
    // Azimuth 0: the eye sits on +Z looking toward -Z.
    const glm::vec3 offset(std::cos(m_elevation) * std::sin(m_azimuth), std::sin(m_elevation),
                           std::cos(m_elevation) * std::cos(m_azimuth));
    return m_target + m_distance * offset;
}

void OrbitCamera::frame(const glm::vec3& center, float radius) {
    m_target = center;
    setDistance(radius / std::sin(0.5f * m_fov) * 1.05f);
}

void OrbitCamera::orbit(const glm::vec2& deltaPixels, float viewportHeight) {
    // Dragging across the whole viewport height turns the object by about 180 degrees.
    const float radiansPerPixel = glm::pi<float>() / std::max(viewportHeight, 1.0f);
    setAngles(m_azimuth - deltaPixels.x * radiansPerPixel,
              m_elevation + deltaPixels.y * radiansPerPixel);
}

float OrbitCamera::halfHeightAtTarget() const {
    return m_distance * std::tan(0.5f * m_fov);
}

void OrbitCamera::pan(const glm::vec2& deltaPixels, float viewportHeight) {
    const glm::mat4 view = viewMatrix();
    const glm::vec3 right(view[0][0], view[1][0], view[2][0]);
    const glm::vec3 up(view[0][1], view[1][1], view[2][1]);
    // The point under the cursor follows it: one viewport height moves 2 * halfHeight.
    const float unitsPerPixel = 2.0f * halfHeightAtTarget() / std::max(viewportHeight, 1.0f);
    m_target += (-deltaPixels.x * right + deltaPixels.y * up) * unitsPerPixel;
}

void OrbitCamera::zoom(float steps, const glm::vec2& cursorNdc, float aspect) {
    const float factor = std::pow(0.85f, steps);
    const float newDistance = std::max(m_distance * factor, minDistance);
    // The point under the cursor on the target plane stays fixed: shift the target toward it
    // by the fraction the distance shrinks.
    const glm::mat4 view = viewMatrix();
    const glm::vec3 right(view[0][0], view[1][0], view[2][0]);
    const glm::vec3 up(view[0][1], view[1][1], view[2][1]);
    const float halfHeight = halfHeightAtTarget();
    const glm::vec3 underCursor =
        m_target + right * (cursorNdc.x * halfHeight * aspect) + up * (cursorNdc.y * halfHeight);
    m_target += (underCursor - m_target) * (1.0f - newDistance / m_distance);
    m_distance = newDistance;
}

glm::mat4 OrbitCamera::viewMatrix() const {
    return glm::lookAt(eye(), m_target, glm::vec3(0.0f, 1.0f, 0.0f));
}

glm::mat4 OrbitCamera::projectionMatrix(float aspect) const {
    const float nearPlane = std::max(m_distance * 0.01f, 1e-4f);
    const float farPlane = m_distance * 100.0f + 10.0f;
    if (m_projection == Projection::Orthographic) {
        const float h = halfHeightAtTarget();
        return glm::ortho(-h * aspect, h * aspect, -h, h, -farPlane, farPlane);
    }
    return glm::perspective(m_fov, aspect, nearPlane, farPlane);
}

} // namespace lift3d
