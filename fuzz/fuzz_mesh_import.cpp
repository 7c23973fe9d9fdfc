// Mesh import on arbitrary bytes. The first byte picks the file extension (Assimp chooses its
// reader by extension and content), the rest is the file.
#include "core/Error.h"
#include "core/io/MeshImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>

namespace {
QTemporaryDir* scratch = nullptr;
const char* const extensions[] = {"obj", "stl", "ply", "glb", "gltf", "off", "3mf", "fbx", "dae"};
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    scratch = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const QString path =
        QDir(scratch->path())
            .filePath(
                QStringLiteral("input.") +
                QLatin1String(extensions[data[0] % (sizeof(extensions) / sizeof(*extensions))]));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data + 1), qint64(size - 1));
    }
    try {
        const lift3d::Mesh mesh = lift3d::importMesh(path);
        // What import promises: indices in range, normals and colours per vertex or absent.
        for (const std::uint32_t index : mesh.indices)
            if (index >= mesh.positions.size())
                __builtin_trap();
        if (!mesh.normals.empty() && mesh.normals.size() != mesh.positions.size())
            __builtin_trap();
    } catch (const lift3d::Error&) {
    }
    return 0;
}
