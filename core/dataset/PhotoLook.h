#pragma once

#include <QJsonObject>
#include <cstdint>
#include <glm/vec3.hpp>
#include <random>

namespace lift3d {

// How one training view is lit and how the camera that "took" it developed the picture, so
// renders resemble the photographs the model will be given (PhotoRender.h applies it). Light
// directions are in the view frame (docs/architecture.md, "Output frame": +Y up, the camera on
// +Z looking along -Z), so "from the upper left" means the same thing in every view.
struct PhotoLook {
    glm::vec3 keyDirection{0.45f, 0.6f, 0.65f}; // toward the key light
    float keyIntensity = 0.75f;
    glm::vec3 fillDirection{-0.7f, 0.2f, 0.7f}; // toward the fill light, usually across from key
    float fillIntensity = 0.25f;
    float ambient = 0.3f;
    float specular = 0.1f;   // strength of white highlights (0 = matte)
    float shininess = 24.0f; // Blinn-Phong exponent: higher is a smaller, sharper highlight
    float exposure = 0.0f;   // stops: +1 lets in twice the light (before highlights clip)
    // The colour of the light the camera's white balance did not correct for, as a black-body
    // temperature: 6500 K is neutral, lower is warmer (tungsten), higher cooler (shade).
    float colorTemperature = 6500.0f;
    float saturation = 1.0f;     // 1 = as rendered, 0 = grey
    glm::vec3 colorGain{1.0f};   // per-channel jitter of the sensor's response
    glm::vec3 backdrop{0.85f};   // what stood behind the object: it bleeds into the edge pixels
    float blurSigma = 0.0f;      // optical softness, Gaussian sigma in output pixels
    float noiseSigma = 0.0f;     // sensor noise, standard deviation in 0..1 display units
    int jpegQuality = 0;         // 1..100: saved as a JPEG of this quality and read back; 0 = no
    std::uint32_t noiseSeed = 0; // the sensor noise is drawn from it, so a look renders the same
};

// Draws a look with photographic ranges: mostly mild (light from the camera's side and above, a
// fill at a quarter to half of the key, slight colour casts, a little blur and noise, a
// good-quality JPEG), and now and then a harsh one (back or side light, strong casts,
// under/over-exposure, heavy JPEG). Deterministic for a given generator state.
PhotoLook samplePhotoLook(std::mt19937& random);

// Per-channel gains (linear light, luminance 1) that tint a picture as a light of
// `kelvin` would when the camera is balanced for 6500 K. Clamped to 1500..15000 K.
glm::vec3 whiteBalanceGains(float kelvin);

// For meta.json. photoLookFromJson takes the defaults for keys it does not find, so views stored
// before a field existed still read.
QJsonObject photoLookToJson(const PhotoLook& look);
PhotoLook photoLookFromJson(const QJsonObject& json);

} // namespace lift3d
