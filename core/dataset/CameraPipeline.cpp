#include "core/dataset/CameraPipeline.h"

#include "core/Error.h"

#include <QBuffer>
#include <algorithm>
#include <array>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <vector>

namespace lift3d {
namespace {

float srgbToLinear(float v) {
    return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
}

float linearToSrgb(float v) {
    return v <= 0.0031308f ? 12.92f * v : 1.055f * std::pow(v, 1.0f / 2.4f) - 0.055f;
}

// Lookup tables: the pipeline runs on every view of the dataset, and pow() per channel would
// cost as much as the render.
const std::array<float, 256>& decodeTable() {
    static const std::array<float, 256> table = [] {
        std::array<float, 256> t{};
        for (int i = 0; i < 256; ++i)
            t[std::size_t(i)] = srgbToLinear(float(i) / 255.0f);
        return t;
    }();
    return table;
}

constexpr int encodeSteps = 4096;
const std::array<float, encodeSteps + 1>& encodeTable() {
    static const std::array<float, encodeSteps + 1> table = [] {
        std::array<float, encodeSteps + 1> t{};
        for (int i = 0; i <= encodeSteps; ++i)
            t[std::size_t(i)] = linearToSrgb(float(i) / float(encodeSteps));
        return t;
    }();
    return table;
}

float encode(float linear) {
    const float position = std::clamp(linear, 0.0f, 1.0f) * float(encodeSteps);
    const int i = std::min(int(position), encodeSteps - 1);
    const std::array<float, encodeSteps + 1>& table = encodeTable();
    return table[std::size_t(i)] +
           (position - float(i)) * (table[std::size_t(i) + 1] - table[std::size_t(i)]);
}

// Separable Gaussian blur of a w x h image of vec3, clamped at the border.
void blur(std::vector<glm::vec3>& image, int w, int h, float sigma) {
    const int radius = int(std::ceil(3.0f * sigma));
    if (sigma <= 0.05f || radius < 1)
        return;
    std::vector<float> kernel(std::size_t(2 * radius + 1));
    float sum = 0.0f;
    for (int i = -radius; i <= radius; ++i)
        sum += kernel[std::size_t(i + radius)] = std::exp(-0.5f * float(i * i) / (sigma * sigma));
    for (float& k : kernel)
        k /= sum;
    std::vector<glm::vec3> pass(image.size());
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            glm::vec3 acc(0.0f);
            for (int i = -radius; i <= radius; ++i)
                acc += kernel[std::size_t(i + radius)] *
                       image[std::size_t(y) * w + std::clamp(x + i, 0, w - 1)];
            pass[std::size_t(y) * w + x] = acc;
        }
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            glm::vec3 acc(0.0f);
            for (int i = -radius; i <= radius; ++i)
                acc += kernel[std::size_t(i + radius)] *
                       pass[std::size_t(std::clamp(y + i, 0, h - 1)) * w + x];
            image[std::size_t(y) * w + x] = acc;
        }
}

// A fast, seedable source of roughly normal numbers (the sum of four uniforms, rescaled): sensor
// noise needs many of them and no exact tails.
class NoiseSource {
public:
    explicit NoiseSource(std::uint32_t seed) : m_state(0x9e3779b97f4a7c15ull ^ seed) {}
    float next() {
        // splitmix64
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        z ^= z >> 31;
        float sum = 0.0f;
        for (int i = 0; i < 4; ++i)
            sum += float((z >> (16 * i)) & 0xffffu);
        // Four uniforms on [0, 65535]: mean 2 * 65535, standard deviation 65535 / sqrt(3).
        return (sum - 2.0f * 65535.0f) * (1.7320508f / 65535.0f);
    }

private:
    std::uint64_t m_state;
};

QImage jpegRoundTrip(const QImage& image, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", std::clamp(quality, 1, 100)))
        throw Error(ErrorKind::UnsupportedFormat,
                    QStringLiteral("Cannot write JPEG: Qt's JPEG image plugin is missing."));
    QImage decoded;
    if (!decoded.loadFromData(bytes, "JPEG"))
        throw Error(ErrorKind::UnsupportedFormat,
                    QStringLiteral("Cannot read JPEG: Qt's JPEG image plugin is missing."));
    return decoded.convertToFormat(QImage::Format_RGB888);
}

} // namespace

QImage developPhoto(const QImage& picture, const PhotoLook& look) {
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width(), h = rgb.height();
    const std::array<float, 256>& decode = decodeTable();
    std::vector<glm::vec3> linear(std::size_t(w) * h);
    for (int y = 0; y < h; ++y) {
        const uchar* row = rgb.constScanLine(y);
        for (int x = 0; x < w; ++x)
            linear[std::size_t(y) * w + x] =
                glm::vec3(decode[row[3 * x]], decode[row[3 * x + 1]], decode[row[3 * x + 2]]);
    }
    blur(linear, w, h, look.blurSigma);

    const glm::vec3 gains = whiteBalanceGains(look.colorTemperature) * look.colorGain;
    const glm::vec3 luminanceWeights(0.2126f, 0.7152f, 0.0722f);
    NoiseSource noise(look.noiseSeed);
    QImage developed(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        uchar* row = developed.scanLine(y);
        for (int x = 0; x < w; ++x) {
            glm::vec3 c = linear[std::size_t(y) * w + x] * gains;
            const float luminance = glm::dot(c, luminanceWeights);
            c = glm::max(glm::vec3(luminance) + look.saturation * (c - luminance), 0.0f);
            glm::vec3 display(encode(c.x), encode(c.y), encode(c.z));
            if (look.noiseSigma > 0.0f) {
                // Mostly brightness noise shared by the channels, some colour noise on top.
                const float shared = 0.8f * noise.next();
                display += look.noiseSigma * glm::vec3(shared + 0.6f * noise.next(),
                                                       shared + 0.6f * noise.next(),
                                                       shared + 0.6f * noise.next());
            }
            for (int ch = 0; ch < 3; ++ch)
                row[3 * x + ch] = uchar(std::clamp(display[ch], 0.0f, 1.0f) * 255.0f + 0.5f);
        }
    }
    return look.jpegQuality > 0 ? jpegRoundTrip(developed, look.jpegQuality) : developed;
}

} // namespace lift3d
