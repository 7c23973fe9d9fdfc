// The user's mask file on arbitrary bytes: decode (every format Qt reads), check the size against
// the picture's, pick the channel that is the mask. Typed errors are the expected outcome for
// most inputs; anything else is a finding.
#include "core/Error.h"
#include "core/image/MaskFile.h"

#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <cstdint>

namespace {
// Bounds the work per input; the size limits themselves are covered by tst_maskfile.
constexpr int maxSide = 512;
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // image format plugins need an application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // readMaskFile reads a path: one scratch file, rewritten for each input.
    static QTemporaryDir folder;
    static const QString path = folder.filePath(QStringLiteral("mask"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            __builtin_trap();
    }
    // The size the file declares (turned by its orientation), so that inputs get past the size
    // check to the decoder; a made-up picture size when it declares none.
    QSize expected(64, 48);
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QImageReader reader(&file);
        reader.setDecideFormatFromContent(true);
        const QSize declared = reader.size();
        // Larger files meet a size that is not theirs: refused from the header, cheaply.
        if (declared.isValid() && declared.width() <= maxSide && declared.height() <= maxSide)
            expected = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90)
                           ? declared.transposed()
                           : declared;
    }
    try {
        const QImage mask = lift3d::readMaskFile(path, expected);
        if (mask.format() != QImage::Format_Grayscale8 || mask.size() != expected)
            __builtin_trap();
    } catch (const lift3d::Error&) {
    }
    return 0;
}
