// The texture decoders of the dataset sources on arbitrary bytes: DirectDraw Surface (through
// libsquish) and SGI. The first input byte picks the decoder, so one corpus covers both. A typed
// CorruptImage error or an image of the size the header gives is expected; anything else (a
// crash, a read past the input) is a finding.
#include "core/Error.h"
#include "core/dataset/DdsImage.h"
#include "core/dataset/SgiImage.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    try {
        const QImage image = (data[0] & 1) ? lift3d::decodeSgi(bytes) : lift3d::decodeDds(bytes);
        if (image.isNull() || image.format() != QImage::Format_RGBA8888)
            __builtin_trap();
    } catch (const lift3d::Error&) {
    }
    return 0;
}
