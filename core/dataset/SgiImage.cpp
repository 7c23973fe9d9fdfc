#include "core/dataset/SgiImage.h"

#include "core/Error.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace lift3d {
namespace {

// The SGI image file format (Paul Haeberli, 1987): a 512-byte big-endian header, then either the
// channel planes row by row (verbatim) or two tables of row offsets and lengths followed by
// run-length encoded rows. Rows run bottom-up; channel c of row y is row y + c * height.
constexpr int kHeaderBytes = 512;
constexpr int kMagic = 474;
constexpr int kMaxSide = 8192;

[[noreturn]] void corrupt(const QString& what) {
    throw Error(
        ErrorKind::CorruptImage,
        QStringLiteral("The SGI texture cannot be decoded (%1); use another picture.").arg(what));
}

class BigEndian {
public:
    explicit BigEndian(const QByteArray& bytes)
        : m_data(reinterpret_cast<const unsigned char*>(bytes.constData())),
          m_size(std::size_t(bytes.size())) {}
    std::size_t size() const { return m_size; }
    const unsigned char* at(std::size_t offset) const { return m_data + offset; }
    std::uint16_t u16(std::size_t offset) const {
        return std::uint16_t((m_data[offset] << 8) | m_data[offset + 1]);
    }
    std::uint32_t u32(std::size_t offset) const {
        return (std::uint32_t(m_data[offset]) << 24) | (std::uint32_t(m_data[offset + 1]) << 16) |
               (std::uint32_t(m_data[offset + 2]) << 8) | std::uint32_t(m_data[offset + 3]);
    }

private:
    const unsigned char* m_data;
    std::size_t m_size;
};

// Expands one run-length encoded row of `width` bytes from `length` bytes at `offset`.
void expandRow(const BigEndian& file, std::uint32_t offset, std::uint32_t length, int width,
               unsigned char* row) {
    if (std::uint64_t(offset) + length > file.size())
        corrupt(QStringLiteral("a row lies past the end"));
    const unsigned char* in = file.at(offset);
    const unsigned char* end = in + length;
    int x = 0;
    while (in < end) {
        const unsigned char packet = *in++;
        const int count = packet & 0x7f;
        if (count == 0)
            break;
        if (x + count > width)
            corrupt(QStringLiteral("a row is longer than the image"));
        if (packet & 0x80) { // `count` literal bytes
            if (end - in < count)
                corrupt(QStringLiteral("a row is truncated"));
            for (int i = 0; i < count; ++i)
                row[x++] = *in++;
        } else { // one byte repeated `count` times
            if (in == end)
                corrupt(QStringLiteral("a row is truncated"));
            const unsigned char value = *in++;
            for (int i = 0; i < count; ++i)
                row[x++] = value;
        }
    }
    if (x != width)
        corrupt(QStringLiteral("a row is shorter than the image"));
}

} // namespace

QImage decodeSgi(const QByteArray& bytes) {
    const BigEndian file(bytes);
    if (file.size() < std::size_t(kHeaderBytes) || file.u16(0) != kMagic)
        corrupt(QStringLiteral("not an SGI image"));
    const int storage = *file.at(2), bytesPerChannel = *file.at(3);
    const int dimension = file.u16(4);
    const int width = file.u16(6);
    const int height = dimension >= 2 ? file.u16(8) : 1;
    const int channels = dimension >= 3 ? file.u16(10) : 1;
    const std::uint32_t colormap = file.u32(104);
    if (storage > 1)
        corrupt(QStringLiteral("storage %1").arg(storage));
    if (bytesPerChannel != 1)
        corrupt(QStringLiteral("%1 bytes per channel").arg(bytesPerChannel));
    if (dimension < 1 || dimension > 3 || colormap != 0)
        corrupt(QStringLiteral("unsupported layout"));
    if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide)
        corrupt(QStringLiteral("size %1 x %2").arg(width).arg(height));
    if (channels < 1 || channels > 4)
        corrupt(QStringLiteral("%1 channels").arg(channels));

    // planes[c][y * width + x], y counted from the bottom
    const std::size_t planeBytes = std::size_t(width) * std::size_t(height);
    if (storage == 0 && file.size() - kHeaderBytes < planeBytes * channels)
        corrupt(QStringLiteral("shorter than its header says"));
    const std::size_t tableEntries = std::size_t(height) * std::size_t(channels);
    if (storage == 1 && file.size() - kHeaderBytes < tableEntries * 8)
        corrupt(QStringLiteral("truncated row tables"));
    // An RLE byte pair gives at most 127 pixels: a file too small for its size is a lie, refused
    // before the planes are allocated.
    if (storage == 1 && (file.size() - kHeaderBytes) * 127 < planeBytes * channels)
        corrupt(QStringLiteral("too short for %1 x %2").arg(width).arg(height));
    std::vector<unsigned char> planes(planeBytes * channels);
    for (int c = 0; c < channels; ++c) {
        for (int y = 0; y < height; ++y) {
            unsigned char* row = planes.data() + c * planeBytes + std::size_t(y) * width;
            const std::size_t entry = std::size_t(c) * height + y;
            if (storage == 0) {
                const unsigned char* in = file.at(kHeaderBytes + entry * width);
                std::copy(in, in + width, row);
            } else {
                const std::uint32_t offset = file.u32(kHeaderBytes + entry * 4);
                const std::uint32_t length = file.u32(kHeaderBytes + (tableEntries + entry) * 4);
                expandRow(file, offset, length, width, row);
            }
        }
    }

    QImage image(width, height, QImage::Format_RGBA8888);
    if (image.isNull())
        corrupt(QStringLiteral("too large"));
    for (int y = 0; y < height; ++y) {
        uchar* out = image.scanLine(height - 1 - y);
        for (int x = 0; x < width; ++x, out += 4) {
            const std::size_t at = std::size_t(y) * width + x;
            const auto plane = [&](int c) { return planes[std::size_t(c) * planeBytes + at]; };
            if (channels <= 2) {
                out[0] = out[1] = out[2] = plane(0);
                out[3] = channels == 2 ? plane(1) : 255;
            } else {
                out[0] = plane(0);
                out[1] = plane(1);
                out[2] = plane(2);
                out[3] = channels == 4 ? plane(3) : 255;
            }
        }
    }
    return image;
}

} // namespace lift3d
