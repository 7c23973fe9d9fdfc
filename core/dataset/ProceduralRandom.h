#pragma once

#include <cstdint>
#include <glm/common.hpp>
#include <glm/vec3.hpp>
#include <iterator>
#include <random>

namespace lift3d::procedural {

// Draws for the procedural shapes, computed by our own arithmetic from std::mt19937's raw output.
// The engine's sequence is fixed by the standard, but std::uniform_real_distribution and its
// siblings are implemented differently by each standard library, and an object must come out
// the same wherever its id is generated.

// In [0, 1).
inline float uniform01(std::mt19937& random) {
    return float(random() >> 8) * (1.0f / 16777216.0f);
}

inline float uniform(std::mt19937& random, float lo, float hi) {
    return lo + (hi - lo) * uniform01(random);
}

// In [lo, hi], both included.
inline int integer(std::mt19937& random, int lo, int hi) {
    const auto span = std::uint64_t(hi - lo + 1);
    return lo + int((std::uint64_t(random()) * span) >> 32);
}

inline bool chance(std::mt19937& random, float probability) {
    return uniform01(random) < probability;
}

template <typename Container> const auto& pick(std::mt19937& random, const Container& items) {
    return items[std::size_t(integer(random, 0, int(std::size(items)) - 1))];
}

// `colour` (sRGB, 0..1) with its brightness and each channel moved by up to `amount`: two
// objects of one kind are never quite the same colour, as in life.
inline glm::vec3 vary(std::mt19937& random, glm::vec3 colour, float amount) {
    const float brightness = 1.0f + uniform(random, -amount, amount);
    for (int c = 0; c < 3; ++c)
        colour[c] *= brightness * (1.0f + uniform(random, -0.5f * amount, 0.5f * amount));
    return glm::clamp(colour, glm::vec3(0.0f), glm::vec3(1.0f));
}

} // namespace lift3d::procedural
