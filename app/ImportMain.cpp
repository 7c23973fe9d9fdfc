// lift3d-import FILE: the mesh import helper. Reads FILE with importMesh and writes the mesh to
// stdout as a MeshStream; on failure prints the error's sentence to stderr and exits with
// 10 + its ErrorKind. Run by importMeshIsolated so a reader that crashes or hangs on a damaged
// file takes down only this process.
#include "core/Error.h"
#include "core/io/MeshImport.h"
#include "core/io/MeshStream.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // Assimp's logger and Qt's log stay off stdout, which carries the mesh.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    if (argc != 2) {
        std::fprintf(stderr, "usage: lift3d-import FILE\n");
        return 2;
    }
    try {
        const QByteArray bytes =
            lift3d::writeMeshStream(lift3d::importMesh(QString::fromLocal8Bit(argv[1])));
        return std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) ==
                       std::size_t(bytes.size())
                   ? 0
                   : 3;
    } catch (const lift3d::Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 10 + int(error.kind());
    }
}
