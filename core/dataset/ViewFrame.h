#pragma once

#include "core/geometry/ScalarGrid.h"
#include "core/geometry/ShapeLattice.h"

#include <glm/mat4x4.hpp>
#include <random>
#include <vector>

namespace lift3d {

// One rendered view of a catalog object: where the camera was, how it was lit, and the frame
// the object's shape is expressed in for this view (docs/architecture.md, "Output frame").
// The canonical frame is the upright model normalised at azimuth 0; the view frame turns it by
// -azimuth about +Y so the camera looks along -Z, then re-centres and re-scales it so the
// bounding box in that frame is centred with longest side 1. Elevation is not part of the
// frame: the model absorbs it.
struct ViewCamera {
    float azimuth = 0.0f;   // radians; 0 = camera on +Z looking along -Z
    float elevation = 0.0f; // radians, camera above the horizon when positive
    float verticalFov = 0.6f;
    float distance = 2.5f;             // from the canonical origin
    glm::vec3 lightDirection{0, 1, 1}; // toward the light, view frame
    float lightIntensity = 0.8f, ambient = 0.35f;
    glm::vec3 colorGain{1.0f};   // per-channel jitter applied to the render
    glm::vec3 frameCenter{0.0f}; // bounding-box centre after turning by -azimuth
    float frameScale = 1.0f;     // longest side after turning by -azimuth

    glm::mat4 viewMatrix() const;       // canonical world -> camera
    glm::mat4 projectionMatrix() const; // square image
    // Canonical point -> view-frame point and back.
    glm::vec3 toViewFrame(const glm::vec3& canonical) const;
    glm::vec3 toCanonical(const glm::vec3& view) const;
    // A direction (no translation or scale) from the view frame into the canonical frame.
    glm::vec3 directionToCanonical(const glm::vec3& view) const;
};

// Draws a random camera: azimuth 0..360 deg, elevation mostly 5..35 deg (else -5..60), a focal
// length of 24..35 mm (phones) or 35..85 mm (full-frame equivalent), half each, a distance
// that fits the object with some slack, light from
// the front hemisphere with random intensity, and a slight colour gain. Fills frameCenter and
// frameScale from the object's canonical vertices.
ViewCamera sampleViewCamera(std::mt19937& random, const std::vector<glm::vec3>& canonicalPositions);

// Sets frameCenter / frameScale of `camera` for the object with these canonical vertices.
void fitViewFrame(ViewCamera& camera, const std::vector<glm::vec3>& canonicalPositions);

// Resamples a canonical signed-distance field into `camera`'s view frame on an n^3 shape
// lattice. Distances are rescaled to view-frame units; beyond the canonical grid the value is
// `outsideValue`.
ScalarGrid fieldInViewFrame(const ScalarGrid& canonical, const ViewCamera& camera, int n,
                            float outsideValue);

} // namespace lift3d
