#include "core/dataset/TgaImage.h"

#include "core/Error.h"

#include <array>
#include <cstdint>
#include <vector>

namespace lift3d {
namespace {

constexpr int headerSize = 18;
constexpr int maximumSide = 8192;

[[noreturn]] void corrupt(const char* why) {
    throw Error(ErrorKind::CorruptImage,
                QStringLiteral("Unreadable TGA picture: %1.").arg(QString::fromLatin1(why)));
}

// One stored colour (1 to 4 bytes, little-endian) as RGBA.
std::array<uchar, 4> colourOf(const uchar* p, int bytes, bool grey) {
    if (grey)
        return {p[0], p[0], p[0], uchar(bytes == 2 ? p[1] : 255)};
    switch (bytes) {
    case 2: {
        // A1R5G5B5; the attribute bit is too often unset in files meant opaque to trust it.
        const int v = p[0] | (p[1] << 8);
        auto five = [](int c) { return uchar((c << 3) | (c >> 2)); };
        return {five((v >> 10) & 31), five((v >> 5) & 31), five(v & 31), 255};
    }
    case 3:
        return {p[2], p[1], p[0], 255};
    case 4:
        return {p[2], p[1], p[0], p[3]};
    default:
        return {p[0], p[0], p[0], 255};
    }
}

} // namespace

QImage decodeTga(const QByteArray& bytes) {
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < headerSize)
        corrupt("shorter than its header");
    const int idLength = data[0];
    const int colourMapType = data[1];
    const int imageType = data[2];
    const int mapFirst = data[3] | (data[4] << 8);
    const int mapLength = data[5] | (data[6] << 8);
    const int mapBits = data[7];
    const int width = data[12] | (data[13] << 8);
    const int height = data[14] | (data[15] << 8);
    const int pixelBits = data[16];
    const int alphaBits = data[17] & 0x0f;
    const bool topDown = data[17] & 0x20;
    const bool rightToLeft = data[17] & 0x10;

    const bool rle = imageType >= 9;
    const int baseType = rle ? imageType - 8 : imageType;
    if (baseType < 1 || baseType > 3)
        corrupt("unsupported image type");
    if (width <= 0 || height <= 0 || width > maximumSide || height > maximumSide)
        corrupt("bad size");
    const bool mapped = baseType == 1, grey = baseType == 3;
    if (mapped && (colourMapType != 1 || pixelBits != 8))
        corrupt("unsupported colour map");
    if (!mapped && !grey && pixelBits != 15 && pixelBits != 16 && pixelBits != 24 &&
        pixelBits != 32)
        corrupt("unsupported pixel depth");
    if (grey && pixelBits != 8 && pixelBits != 16)
        corrupt("unsupported grey depth");

    qsizetype at = headerSize + idLength;
    std::vector<std::array<uchar, 4>> palette;
    if (colourMapType == 1) {
        const int mapBytes = (mapBits + 7) / 8;
        if (mapBytes < 2 || mapBytes > 4)
            corrupt("unsupported colour map depth");
        if (at + qsizetype(mapLength) * mapBytes > size)
            corrupt("truncated colour map");
        for (int i = 0; i < mapLength; ++i)
            palette.push_back(colourOf(data + at + qsizetype(i) * mapBytes, mapBytes, false));
        at += qsizetype(mapLength) * mapBytes;
    }

    const int pixelBytes = (pixelBits + 7) / 8;
    // 32-bit files that declare no alpha bits often store zeros there: they mean opaque.
    const bool opaque = !mapped && !grey && pixelBits == 32 && alphaBits == 0;
    auto pixel = [&](const uchar* p) -> std::array<uchar, 4> {
        if (!mapped) {
            auto colour = colourOf(p, pixelBytes, grey);
            if (opaque)
                colour[3] = 255;
            return colour;
        }
        const int index = p[0] - mapFirst;
        if (index < 0 || index >= int(palette.size()))
            corrupt("colour index outside the map");
        return palette[std::size_t(index)];
    };

    const qsizetype count = qsizetype(width) * height;
    // Before reserving: raw data must hold every pixel, an RLE packet (1 + pixelBytes bytes)
    // at most 128 of them; a header that promises more than the bytes can give is a lie.
    const qsizetype remaining = size - at;
    if ((!rle && remaining < count * pixelBytes) ||
        (rle && remaining * 128 < count * qsizetype(1 + pixelBytes)))
        corrupt("shorter than its header says");
    std::vector<std::array<uchar, 4>> pixels;
    pixels.reserve(std::size_t(count));
    while (qsizetype(pixels.size()) < count) {
        if (!rle) {
            if (at + pixelBytes > size)
                corrupt("truncated pixels");
            pixels.push_back(pixel(data + at));
            at += pixelBytes;
            continue;
        }
        if (at >= size)
            corrupt("truncated run");
        const int packet = data[at++];
        const int length = (packet & 0x7f) + 1;
        if (packet & 0x80) {
            if (at + pixelBytes > size)
                corrupt("truncated run");
            const auto colour = pixel(data + at);
            at += pixelBytes;
            for (int i = 0; i < length && qsizetype(pixels.size()) < count; ++i)
                pixels.push_back(colour);
        } else {
            for (int i = 0; i < length && qsizetype(pixels.size()) < count; ++i) {
                if (at + pixelBytes > size)
                    corrupt("truncated run");
                pixels.push_back(pixel(data + at));
                at += pixelBytes;
            }
        }
    }

    QImage image(width, height, QImage::Format_RGBA8888);
    if (image.isNull())
        corrupt("out of memory");
    for (int y = 0; y < height; ++y) {
        uchar* row = image.scanLine(topDown ? y : height - 1 - y);
        for (int x = 0; x < width; ++x) {
            const auto& colour = pixels[std::size_t(qsizetype(y) * width + x)];
            const int column = rightToLeft ? width - 1 - x : x;
            for (int c = 0; c < 4; ++c)
                row[4 * column + c] = colour[std::size_t(c)];
        }
    }
    return image;
}

} // namespace lift3d
