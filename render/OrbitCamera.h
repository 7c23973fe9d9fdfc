#pragma once

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace lift3d {

enum class Projection { Perspective, Orthographic };

// A camera that circles a target point: the viewport's orbit, pan and zoom, as pure math so it
// can be tested without a window. Angles in radians; azimuth 0 looks along -Z (the front view
// of the output frame, docs/architecture.md), elevation is measured up from the horizon.
class OrbitCamera {
public:
    void setTarget(const glm::vec3& target) { m_target = target; }
    void setDistance(float distance);
    void setAngles(float azimuth, float elevation);
    void setProjection(Projection projection) { m_projection = projection; }
    void setVerticalFov(float radians) { m_fov = radians; }

    glm::vec3 target() const { return m_target; }
    float distance() const { return m_distance; }
    float azimuth() const { return m_azimuth; }
    float elevation() const { return m_elevation; }
    Projection projection() const { return m_projection; }
    glm::vec3 eye() const;

    // Places the camera so a sphere of `radius` around `center` fills the view, keeping angles.
    void frame(const glm::vec3& center, float radius);

    // Mouse motion in pixels of a viewport `viewportHeight` tall.
    void orbit(const glm::vec2& deltaPixels, float viewportHeight);
    void pan(const glm::vec2& deltaPixels, float viewportHeight);
    // Moves toward (steps > 0) or away from the point under the cursor, given in normalised
    // device coordinates (-1..1), so what is under the cursor stays under it.
    void zoom(float steps, const glm::vec2& cursorNdc, float aspect);

    glm::mat4 viewMatrix() const;
    glm::mat4 projectionMatrix(float aspect) const;

private:
    // Half the visible height at the target's depth, for panning and orthographic projection.
    float halfHeightAtTarget() const;

    glm::vec3 m_target{0.0f};
    float m_distance = 2.5f;
    float m_azimuth = 0.0f;
    float m_elevation = 0.35f;
    float m_fov = 0.7f;
    Projection m_projection = Projection::Perspective;
};

} // namespace lift3d
