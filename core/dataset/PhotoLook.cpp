#include "core/dataset/PhotoLook.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace lift3d {
namespace {

class Draw {
public:
    explicit Draw(std::mt19937& random) : m_random(random) {}
    float uniform(float lo, float hi) {
        return std::uniform_real_distribution<float>(lo, hi)(m_random);
    }
    bool chance(float p) { return uniform(0.0f, 1.0f) < p; }
    // A value from the mild range, or with probability `pHarsh` from the harsh one. Always draws
    // two numbers, so one attribute's outcome never shifts the draws of the next.
    float mildOrHarsh(float lo, float hi, float harshLo, float harshHi, float pHarsh) {
        const bool harsh = chance(pHarsh);
        const float t = uniform(0.0f, 1.0f);
        return harsh ? harshLo + t * (harshHi - harshLo) : lo + t * (hi - lo);
    }

private:
    std::mt19937& m_random;
};

glm::vec3 direction(float azimuthDegrees, float elevationDegrees) {
    const float a = glm::radians(azimuthDegrees), e = glm::radians(elevationDegrees);
    return {std::cos(e) * std::sin(a), std::sin(e), std::cos(e) * std::cos(a)};
}

// Tanner Helland's fit of black-body colour (sRGB, 0..1), 1000..40000 K.
glm::vec3 blackBodySrgb(float kelvin) {
    const float t = kelvin / 100.0f;
    float r, g, b;
    if (t <= 66.0f) {
        r = 255.0f;
        g = 99.4708025861f * std::log(t) - 161.1195681661f;
        b = t <= 19.0f ? 0.0f : 138.5177312231f * std::log(t - 10.0f) - 305.0447927307f;
    } else {
        r = 329.698727446f * std::pow(t - 60.0f, -0.1332047592f);
        g = 288.1221695283f * std::pow(t - 60.0f, -0.0755148492f);
        b = 255.0f;
    }
    return glm::clamp(glm::vec3(r, g, b) / 255.0f, 0.0f, 1.0f);
}

float srgbToLinear(float v) {
    return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
}

QJsonArray vec3Json(const glm::vec3& v) {
    return {double(v.x), double(v.y), double(v.z)};
}

glm::vec3 vec3From(const QJsonValue& value, const glm::vec3& fallback) {
    const QJsonArray a = value.toArray();
    if (a.size() != 3)
        return fallback;
    return {float(a.at(0).toDouble()), float(a.at(1).toDouble()), float(a.at(2).toDouble())};
}

float floatFrom(const QJsonObject& json, const char* key, float fallback) {
    return float(json.value(QLatin1String(key)).toDouble(double(fallback)));
}

} // namespace

PhotoLook samplePhotoLook(std::mt19937& random) {
    Draw draw(random);
    PhotoLook look;
    // Key: from the camera's side and above, as a window or a lamp beside the photographer;
    // sometimes from the side or behind, or low.
    const float keyAzimuth = draw.mildOrHarsh(-70.0f, 70.0f, -150.0f, 150.0f, 0.1f);
    const float keyElevation = draw.mildOrHarsh(20.0f, 65.0f, 0.0f, 85.0f, 0.1f);
    look.keyDirection = direction(keyAzimuth, keyElevation);
    look.keyIntensity = draw.uniform(0.6f, 0.9f);
    // Fill: across from the key, lower and weaker; a harsh look has almost none.
    const float fillAzimuth = (keyAzimuth >= 0.0f ? -1.0f : 1.0f) * draw.uniform(20.0f, 90.0f);
    look.fillDirection = direction(fillAzimuth, draw.uniform(0.0f, 35.0f));
    look.fillIntensity = look.keyIntensity * draw.mildOrHarsh(0.2f, 0.55f, 0.0f, 0.1f, 0.1f);
    look.ambient = draw.mildOrHarsh(0.2f, 0.38f, 0.08f, 0.18f, 0.1f);
    // Most things are a little glossy; varnish, plastic and metal more so.
    look.specular = draw.mildOrHarsh(0.02f, 0.2f, 0.2f, 0.5f, 0.25f);
    look.shininess = std::exp(draw.uniform(std::log(8.0f), std::log(80.0f)));
    look.exposure = draw.mildOrHarsh(-0.3f, 0.3f, -1.0f, 0.9f, 0.08f);
    const float temperature = draw.mildOrHarsh(5600.0f, 7600.0f, 3400.0f, 11000.0f, 0.08f);
    look.colorTemperature = temperature;
    look.saturation = draw.mildOrHarsh(0.88f, 1.15f, 0.55f, 1.35f, 0.06f);
    look.colorGain = glm::vec3(draw.uniform(0.97f, 1.03f), draw.uniform(0.97f, 1.03f),
                               draw.uniform(0.97f, 1.03f));
    // Mostly a light, neutral wall or table; sometimes a darker or tinted one.
    const float backdropKind = draw.uniform(0.0f, 1.0f);
    const float level = draw.uniform(0.0f, 1.0f);
    const glm::vec3 tint(draw.uniform(0.9f, 1.1f), draw.uniform(0.9f, 1.1f),
                         draw.uniform(0.9f, 1.1f));
    const glm::vec3 hue(draw.uniform(0.2f, 0.9f), draw.uniform(0.2f, 0.9f),
                        draw.uniform(0.2f, 0.9f));
    if (backdropKind < 0.55f)
        look.backdrop = glm::clamp((0.72f + 0.25f * level) * tint, 0.0f, 1.0f);
    else if (backdropKind < 0.8f)
        look.backdrop = glm::clamp((0.3f + 0.4f * level) * tint, 0.0f, 1.0f);
    else // muted: a strongly coloured backdrop would tint every thin part it shows through
        look.backdrop = glm::mix(glm::vec3(0.4f + 0.4f * level), hue, 0.5f);
    look.blurSigma = draw.mildOrHarsh(0.0f, 0.7f, 0.7f, 1.5f, 0.12f);
    look.noiseSigma = draw.mildOrHarsh(0.002f, 0.012f, 0.012f, 0.035f, 0.1f);
    const bool jpeg = draw.chance(0.75f);
    const float quality = draw.mildOrHarsh(70.0f, 95.0f, 25.0f, 70.0f, 0.1f);
    look.jpegQuality = jpeg ? int(std::lround(quality)) : 0;
    look.noiseSeed = std::uniform_int_distribution<std::uint32_t>()(random);
    return look;
}

glm::vec3 whiteBalanceGains(float kelvin) {
    auto linear = [](glm::vec3 c) {
        return glm::vec3(srgbToLinear(c.x), srgbToLinear(c.y), srgbToLinear(c.z));
    };
    const glm::vec3 gains = linear(blackBodySrgb(std::clamp(kelvin, 1500.0f, 15000.0f))) /
                            linear(blackBodySrgb(6500.0f));
    return gains / glm::dot(gains, glm::vec3(0.2126f, 0.7152f, 0.0722f));
}

QJsonObject photoLookToJson(const PhotoLook& look) {
    return {{QStringLiteral("keyDirection"), vec3Json(look.keyDirection)},
            {QStringLiteral("keyIntensity"), double(look.keyIntensity)},
            {QStringLiteral("fillDirection"), vec3Json(look.fillDirection)},
            {QStringLiteral("fillIntensity"), double(look.fillIntensity)},
            {QStringLiteral("ambient"), double(look.ambient)},
            {QStringLiteral("specular"), double(look.specular)},
            {QStringLiteral("shininess"), double(look.shininess)},
            {QStringLiteral("exposure"), double(look.exposure)},
            {QStringLiteral("colorTemperature"), double(look.colorTemperature)},
            {QStringLiteral("saturation"), double(look.saturation)},
            {QStringLiteral("colorGain"), vec3Json(look.colorGain)},
            {QStringLiteral("backdrop"), vec3Json(look.backdrop)},
            {QStringLiteral("blurSigma"), double(look.blurSigma)},
            {QStringLiteral("noiseSigma"), double(look.noiseSigma)},
            {QStringLiteral("jpegQuality"), look.jpegQuality},
            {QStringLiteral("noiseSeed"), double(look.noiseSeed)}};
}

PhotoLook photoLookFromJson(const QJsonObject& json) {
    PhotoLook look;
    look.keyDirection = vec3From(json.value(QStringLiteral("keyDirection")), look.keyDirection);
    look.keyIntensity = floatFrom(json, "keyIntensity", look.keyIntensity);
    look.fillDirection = vec3From(json.value(QStringLiteral("fillDirection")), look.fillDirection);
    look.fillIntensity = floatFrom(json, "fillIntensity", look.fillIntensity);
    look.ambient = floatFrom(json, "ambient", look.ambient);
    look.specular = floatFrom(json, "specular", look.specular);
    look.shininess = floatFrom(json, "shininess", look.shininess);
    look.exposure = floatFrom(json, "exposure", look.exposure);
    look.colorTemperature = floatFrom(json, "colorTemperature", look.colorTemperature);
    look.saturation = floatFrom(json, "saturation", look.saturation);
    look.colorGain = vec3From(json.value(QStringLiteral("colorGain")), look.colorGain);
    look.backdrop = vec3From(json.value(QStringLiteral("backdrop")), look.backdrop);
    look.blurSigma = floatFrom(json, "blurSigma", look.blurSigma);
    look.noiseSigma = floatFrom(json, "noiseSigma", look.noiseSigma);
    look.jpegQuality = json.value(QStringLiteral("jpegQuality")).toInt(look.jpegQuality);
    look.noiseSeed =
        std::uint32_t(json.value(QStringLiteral("noiseSeed")).toDouble(double(look.noiseSeed)));
    return look;
}

} // namespace lift3d
