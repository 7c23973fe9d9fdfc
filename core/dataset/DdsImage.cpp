#include "core/dataset/DdsImage.h"

#include "core/Error.h"

#include <cstdint>
#include <cstring>
#include <squish.h>

namespace lift3d {
namespace {

// DDS_HEADER (after the 4-byte magic "DDS "), offsets from the start of the file.
constexpr int kHeaderBytes = 128;
constexpr int kHeightAt = 12, kWidthAt = 16;
constexpr int kPixelFormatFlagsAt = 80, kFourCcAt = 84, kBitCountAt = 88, kMasksAt = 92;
constexpr std::uint32_t kFourCcFlag = 0x4;      // DDPF_FOURCC
constexpr std::uint32_t kAlphaPixelsFlag = 0x1; // DDPF_ALPHAPIXELS: the alpha mask is valid
constexpr std::uint32_t kAlphaOnlyFlag = 0x2;   // DDPF_ALPHA
constexpr std::uint32_t kRgbFlag = 0x40;        // DDPF_RGB
constexpr std::uint32_t kLuminanceFlag = 0x20000;
constexpr int kDx10HeaderBytes = 20; // follows the header when the FourCC is "DX10"
constexpr int kMaxSide = 16384;

[[noreturn]] void corrupt(const QString& what) {
    throw Error(
        ErrorKind::CorruptImage,
        QStringLiteral("The DDS texture cannot be decoded (%1); use another picture.").arg(what));
}

std::uint32_t u32At(const QByteArray& bytes, int offset) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
           (std::uint32_t(p[3]) << 24);
}

constexpr std::uint32_t fourCc(const char (&code)[5]) {
    return std::uint32_t(std::uint8_t(code[0])) | (std::uint32_t(std::uint8_t(code[1])) << 8) |
           (std::uint32_t(std::uint8_t(code[2])) << 16) |
           (std::uint32_t(std::uint8_t(code[3])) << 24);
}

QImage decodeBlocks(const QByteArray& bytes, int dataStart, int width, int height, int flags) {
    const std::int64_t needed = squish::GetStorageRequirements(width, height, flags);
    if (bytes.size() - dataStart < needed)
        corrupt(QStringLiteral("shorter than its header says"));
    QImage image(width, height, QImage::Format_RGBA8888);
    if (image.isNull())
        corrupt(QStringLiteral("too large"));
    squish::DecompressImage(image.bits(), width, height, int(image.bytesPerLine()),
                            bytes.constData() + dataStart, flags);
    return image;
}

// One channel of a pixel given by its mask, scaled to 0..255 (a 5-bit red becomes 0..255).
std::uint8_t channel(std::uint32_t pixel, std::uint32_t mask) {
    if (mask == 0)
        return 0;
    int shift = 0;
    while (!((mask >> shift) & 1u))
        ++shift;
    const std::uint32_t maximum = mask >> shift;
    const std::uint32_t value = (pixel & mask) >> shift;
    return std::uint8_t((std::uint64_t(value) * 255 + maximum / 2) / maximum);
}

QImage decodeMasked(const QByteArray& bytes, int dataStart, int width, int height) {
    const std::uint32_t flags = u32At(bytes, kPixelFormatFlagsAt);
    const std::uint32_t bitCount = u32At(bytes, kBitCountAt);
    if (bitCount != 8 && bitCount != 16 && bitCount != 24 && bitCount != 32)
        corrupt(QStringLiteral("%1 bits per pixel").arg(bitCount));
    const std::uint32_t red = u32At(bytes, kMasksAt), green = u32At(bytes, kMasksAt + 4),
                        blue = u32At(bytes, kMasksAt + 8);
    const std::uint32_t alpha =
        (flags & (kAlphaPixelsFlag | kAlphaOnlyFlag)) ? u32At(bytes, kMasksAt + 12) : 0;
    const bool luminance = flags & kLuminanceFlag;
    const bool alphaOnly = (flags & kAlphaOnlyFlag) && !(flags & (kRgbFlag | kLuminanceFlag));
    if (!(flags & (kRgbFlag | kLuminanceFlag)) && !alphaOnly)
        corrupt(QStringLiteral("unknown pixel format"));

    const int pixelBytes = int(bitCount / 8);
    const std::int64_t rowBytes = std::int64_t(width) * pixelBytes;
    if (bytes.size() - dataStart < rowBytes * height)
        corrupt(QStringLiteral("shorter than its header says"));
    QImage image(width, height, QImage::Format_RGBA8888);
    if (image.isNull())
        corrupt(QStringLiteral("too large"));
    for (int y = 0; y < height; ++y) {
        const auto* in =
            reinterpret_cast<const unsigned char*>(bytes.constData() + dataStart + y * rowBytes);
        uchar* out = image.scanLine(y);
        for (int x = 0; x < width; ++x, in += pixelBytes, out += 4) {
            std::uint32_t pixel = 0;
            for (int b = 0; b < pixelBytes; ++b)
                pixel |= std::uint32_t(in[b]) << (8 * b);
            if (alphaOnly) {
                out[0] = out[1] = out[2] = 255;
                out[3] = channel(pixel, alpha);
                continue;
            }
            out[0] = channel(pixel, red);
            out[1] = luminance ? out[0] : channel(pixel, green);
            out[2] = luminance ? out[0] : channel(pixel, blue);
            out[3] = alpha ? channel(pixel, alpha) : 255;
        }
    }
    return image;
}

// The DXGI formats of a "DX10" extended header that we read.
int squishFlagsOfDxgi(std::uint32_t format) {
    switch (format) {
    case 70:
    case 71:
    case 72:
        return squish::kDxt1; // BC1 typeless, unorm, sRGB
    case 73:
    case 74:
    case 75:
        return squish::kDxt3; // BC2
    case 76:
    case 77:
    case 78:
        return squish::kDxt5; // BC3
    default:
        return 0;
    }
}

} // namespace

QImage decodeDds(const QByteArray& bytes) {
    if (bytes.size() < kHeaderBytes || std::memcmp(bytes.constData(), "DDS ", 4) != 0)
        corrupt(QStringLiteral("not a DDS file"));
    const std::uint32_t height = u32At(bytes, kHeightAt), width = u32At(bytes, kWidthAt);
    if (width == 0 || height == 0 || width > kMaxSide || height > kMaxSide)
        corrupt(QStringLiteral("size %1 x %2").arg(width).arg(height));
    const std::uint32_t flags = u32At(bytes, kPixelFormatFlagsAt);
    if (!(flags & kFourCcFlag))
        return decodeMasked(bytes, kHeaderBytes, int(width), int(height));

    // The top mipmap level comes first, so the other levels are simply not read.
    const std::uint32_t code = u32At(bytes, kFourCcAt);
    if (code == fourCc("DXT1"))
        return decodeBlocks(bytes, kHeaderBytes, int(width), int(height), squish::kDxt1);
    if (code == fourCc("DXT2") || code == fourCc("DXT3"))
        return decodeBlocks(bytes, kHeaderBytes, int(width), int(height), squish::kDxt3);
    if (code == fourCc("DXT4") || code == fourCc("DXT5"))
        return decodeBlocks(bytes, kHeaderBytes, int(width), int(height), squish::kDxt5);
    if (code == fourCc("DX10")) {
        if (bytes.size() < kHeaderBytes + kDx10HeaderBytes)
            corrupt(QStringLiteral("truncated DX10 header"));
        const std::uint32_t format = u32At(bytes, kHeaderBytes);
        if (const int squishFlags = squishFlagsOfDxgi(format))
            return decodeBlocks(bytes, kHeaderBytes + kDx10HeaderBytes, int(width), int(height),
                                squishFlags);
        corrupt(QStringLiteral("DXGI format %1").arg(format));
    }
    corrupt(QStringLiteral("compression 0x%1").arg(code, 8, 16, QLatin1Char('0')));
}

} // namespace lift3d
