// Image preparation on arbitrary bytes: decode (every format Qt reads), find the object, crop.
// Typed errors are the expected outcome for most inputs; anything else is a finding.
#include "core/Error.h"
#include "core/image/ImageLoader.h"
#include "core/image/ImagePreparation.h"

#include <QGuiApplication>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // image format plugins need an application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        lift3d::ImageLoadOptions options;
        options.maxSide = 256; // keeps each execution fast; large sizes are covered by the tests
        const QImage image = lift3d::decodeImage(bytes, QStringLiteral("fuzz input"), options);
        const lift3d::PreparedImage prepared = lift3d::prepareImage(image);
        if (prepared.conditioning.rgb.isNull())
            __builtin_trap();
    } catch (const lift3d::Error&) {
    }
    return 0;
}
