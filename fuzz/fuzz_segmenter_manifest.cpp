// Segmenter manifest loading on arbitrary bytes: JSON parsing, format, input side and weights
// checks, the checksum. Only typed errors may come out.
#include "core/Error.h"
#include "core/modelfile/SegmenterManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>

namespace {
QTemporaryDir* scratch = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    scratch = new QTemporaryDir;
    // A small stand-in weights file, so manifests naming it reach the checksum step.
    QFile weights(QDir(scratch->path()).filePath(QStringLiteral("segmenter.pt")));
    weights.open(QIODevice::WriteOnly);
    weights.write("not really weights");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path = QDir(scratch->path()).filePath(QStringLiteral("segmenter.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    try {
        const lift3d::SegmenterManifest manifest = lift3d::loadVerifiedSegmenterManifest(path);
        (void)lift3d::segmenterManifestToJson(manifest);
    } catch (const lift3d::Error&) {
    }
    return 0;
}
