#pragma once

#include <cstdint>
#include <glm/vec3.hpp>
#include <vector>

namespace lift3d {

// The light that reaches a floor around things standing on it: darkest where they touch it
// (the occlusion that makes an object look like it stands rather than floats), a broad soft
// darkening under overhangs, and a soft shadow cast away from the key light. Computed from the
// triangles' height above the floor on a grid around them, blurred; no ray tracing.
class ContactShadow {
public:
    // `positions` / `indices`: the triangles standing on the floor plane y = floorY (scene
    // units, objects about 1 long). `toKey`: toward the key light; `keyShare`: the key light's
    // share of the floor's light (0..1), which is what its shadow can take away.
    ContactShadow(const std::vector<glm::vec3>& positions,
                  const std::vector<std::uint32_t>& indices, float floorY, glm::vec3 toKey,
                  float keyShare);

    // 0..1: how much light reaches the floor point (x, floorY, z); 1 away from everything.
    float lightAt(float x, float z) const;
    // The square |x|, |z| <= reach() holds every shadow: floors need fine detail only there.
    float reach() const { return m_reach; }

private:
    static constexpr int cells = 64;
    float m_reach = 1.0f, m_cell = 1.0f;
    std::vector<float> m_light; // cells x cells, row z, column x
};

} // namespace lift3d
