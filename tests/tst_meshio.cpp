#include "Shapes.h"
#include "core/Error.h"
#include "core/geometry/MeshMeasures.h"
#include "core/io/IsolatedMeshImport.h"
#include "core/io/MeshExport.h"
#include "core/io/MeshImport.h"
#include "core/io/MeshStream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lift3d;
using namespace lift3d::test;

Q_DECLARE_METATYPE(lift3d::MeshFormat)

namespace {

// A coloured sphere: the colour is a function of position, so it survives any welding.
Mesh colouredSphere() {
    Mesh mesh = sphereMesh(20, 0.7f);
    for (const glm::vec3& p : mesh.positions)
        mesh.colors.push_back(glm::clamp(0.5f * (p / 0.7f) + 0.5f, 0.0f, 1.0f));
    return mesh;
}

ErrorKind exportErrorKind(const Mesh& mesh, const QString& path, ExportOptions options = {}) {
    try {
        exportMesh(mesh, path, options);
    } catch (const Error& error) {
        return error.kind();
    }
    return ErrorKind::InvalidArgument; // unreachable in a passing test: callers expect a throw
}

} // namespace

class TestMeshIO : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportThenImportKeepsTheMesh_data() {
        QTest::addColumn<MeshFormat>("format");
        for (MeshFormat format : exportFormats())
            QTest::newRow(qPrintable(formatExtension(format))) << format;
    }
    void exportThenImportKeepsTheMesh() {
        QFETCH(MeshFormat, format);
        QTemporaryDir folder;
        const Mesh original = colouredSphere();
        const QString path = folder.filePath(QStringLiteral("sphere.") + formatExtension(format));
        exportMesh(original, path, {format, 1.0f});
        QVERIFY(QFileInfo(path).size() > 0);

        const Mesh loaded = importMesh(path);
        QCOMPARE(loaded.vertexCount(), original.vertexCount());
        QCOMPARE(loaded.triangleCount(), original.triangleCount());
        const Bounds a = original.bounds(), b = loaded.bounds();
        QVERIFY(glm::length(a.min - b.min) < 1e-4f && glm::length(a.max - b.max) < 1e-4f);
        QVERIFY(std::abs(enclosedVolume(loaded) / enclosedVolume(original) - 1.0) < 1e-3);
        QVERIFY(analyzeEdges(loaded).isClosedManifold());

        if (formatKeepsVertexColors(format)) {
            QVERIFY2(loaded.hasColors(), "colours were lost");
            // Match by position: importers may reorder vertices.
            for (std::size_t v = 0; v < loaded.vertexCount(); v += 37) {
                const glm::vec3 expected =
                    glm::clamp(0.5f * (loaded.positions[v] / 0.7f) + 0.5f, 0.0f, 1.0f);
                QVERIFY2(glm::length(loaded.colors[v] - expected) < 0.01f,
                         qPrintable(QStringLiteral("vertex %1").arg(v)));
            }
        }
        // Nothing but the export itself (and its companion files) is left in the folder.
        for (const QString& name :
             QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            QVERIFY2(name.startsWith(QStringLiteral("sphere.")), qPrintable(name));
    }

    void gltfCompanionFileIsFoundAfterTheMove() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("model.gltf"));
        exportMesh(colouredSphere(), path, {MeshFormat::Gltf, 1.0f});
        const QStringList files = QDir(folder.path()).entryList(QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("model.bin")), qPrintable(files.join(u',')));
        QFile gltf(path);
        QVERIFY(gltf.open(QIODevice::ReadOnly));
        QVERIFY(gltf.readAll().contains("\"model.bin\""));
    }

    void scaleIsApplied() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("scaled.glb"));
        exportMesh(colouredSphere(), path, {MeshFormat::Glb, 100.0f});
        const glm::vec3 size = importMesh(path).bounds().size();
        QVERIFY(std::abs(size.x - 100.0f * colouredSphere().bounds().size().x) < 1e-2f);
    }

    void exportReplacesAnExistingFile() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("replace.stl"));
        exportMesh(sphereMesh(12, 0.5f), path, {MeshFormat::Stl, 1.0f});
        const Mesh bigger = sphereMesh(24, 0.5f);
        exportMesh(bigger, path, {MeshFormat::Stl, 1.0f});
        QCOMPARE(importMesh(path).triangleCount(), bigger.triangleCount());
    }

    void missingFolderIsATypedErrorAndWritesNothing() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("missing/sub/model.glb"));
        QCOMPARE(exportErrorKind(colouredSphere(), path), ErrorKind::DirectoryNotFound);
        QVERIFY(!QFileInfo::exists(path));
    }

    void unwritableFolderIsATypedError() {
        // /proc refuses new files even to root, unlike a chmod-ed folder.
        const QString path = QStringLiteral("/proc/lift3d-test-export.glb");
        QCOMPARE(exportErrorKind(colouredSphere(), path), ErrorKind::DirectoryNotWritable);
        QVERIFY(!QFileInfo::exists(path));
    }

    void failedExportKeepsThePreviousFile() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("keep.glb"));
        exportMesh(colouredSphere(), path);
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QCOMPARE(exportErrorKind(Mesh{}, path), ErrorKind::EmptyMesh);
        QCOMPARE(exportErrorKind(colouredSphere(), path, {MeshFormat::Glb, -1.0f}),
                 ErrorKind::InvalidArgument);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QCOMPARE(
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("keep.glb")});
    }

    void importErrorsAreTyped() {
        QTemporaryDir folder;
        try {
            importMesh(folder.filePath(QStringLiteral("nope.obj")));
            QFAIL("no error for a missing file");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::FileNotFound);
        }
        const QString garbage = folder.filePath(QStringLiteral("garbage.glb"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("glTF this is not a real binary glTF file at all"));
        file.close();
        try {
            importMesh(garbage);
            QFAIL("no error for a corrupt file");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::MeshImportFailed);
            QVERIFY(error.message().contains(QStringLiteral("garbage.glb")));
        }
    }

    void damagedZipBasedFileIsAnErrorNotACrash() {
        // Found by fuzz_mesh_import: a damaged 3MF (a zip) fails an internal assertion in Debian's
        // Assimp, which used to abort the process.
        try {
            importMesh(QStringLiteral(LIFT3D_SOURCE_DIR "/tests/data/fuzz-assimp-assert.3mf"));
            QFAIL("a damaged 3MF was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::MeshImportFailed);
            qInfo("%s", qPrintable(error.message()));
        }
    }

    void isolatedImportMatchesInProcessImport() {
        QVERIFY2(!importHelperPath().isEmpty(),
                 "run through ctest, which points LIFT3D_IMPORT_HELPER at lift3d-import");
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ball.ply"));
        exportMesh(colouredSphere(), path, {MeshFormat::Ply, 1.0f});
        const Mesh direct = importMesh(path);
        const Mesh isolated = importMeshIsolated(path);
        QCOMPARE(isolated.positions.size(), direct.positions.size());
        QCOMPARE(isolated.indices, direct.indices);
        QCOMPARE(isolated.colors.size(), direct.colors.size());
        // The helper's errors keep their kind and sentence.
        try {
            importMeshIsolated(
                QStringLiteral(LIFT3D_SOURCE_DIR "/tests/data/fuzz-assimp-assert.3mf"));
            QFAIL("a damaged 3MF was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::MeshImportFailed);
        }
        const QString text = folder.filePath(QStringLiteral("notes.obj"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a mesh\n");
        file.close();
        QVERIFY_THROWS_EXCEPTION(Error, importMeshIsolated(text));
    }

    void isolatedImportSurvivesReadersThatHangOrCrash() {
        // Found by fuzz_mesh_import: a damaged ASCII PLY on which Debian's Assimp reads forever.
        QElapsedTimer clock;
        clock.start();
        try {
            importMeshIsolated(QStringLiteral(LIFT3D_SOURCE_DIR "/tests/data/fuzz-assimp-hang.ply"),
                               2000);
            QFAIL("the hanging file was read");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::MeshImportFailed);
            qInfo("%s", qPrintable(error.message()));
        }
        QVERIFY(clock.elapsed() < 15000);
        // Found by fuzz_mesh_import: a damaged GLB on which Debian's Assimp dereferences null.
        try {
            importMeshIsolated(
                QStringLiteral(LIFT3D_SOURCE_DIR "/tests/data/fuzz-assimp-segv.glb"));
            QFAIL("the crashing file was read");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::MeshImportFailed);
            qInfo("%s", qPrintable(error.message()));
        }
        // A cancel (a newer drop, quitting) stops it at the next poll.
        std::atomic<bool> cancel{true};
        clock.restart();
        QVERIFY_THROWS_EXCEPTION(
            Error,
            importMeshIsolated(QStringLiteral(LIFT3D_SOURCE_DIR "/tests/data/fuzz-assimp-hang.ply"),
                               60000, &cancel));
        QVERIFY(clock.elapsed() < 5000);
    }

    void meshStreamRejectsDamagedBytes() {
        const QByteArray good = writeMeshStream(colouredSphere());
        QVERIFY(readMeshStream(good).has_value());
        QVERIFY(!readMeshStream(good.left(good.size() - 1)).has_value());
        QVERIFY(!readMeshStream(good + "x").has_value());
        QVERIFY(!readMeshStream(QByteArray()).has_value());
        QByteArray badIndex = good;
        badIndex[badIndex.size() - 1] = char(0x7f); // the last index now points past the vertices
        QVERIFY(!readMeshStream(badIndex).has_value());
    }

    void formatNamesRoundTrip() {
        for (MeshFormat format : exportFormats()) {
            QCOMPARE(formatFromFileName(QStringLiteral("a/b/Model.") +
                                        formatExtension(format).toUpper()),
                     std::optional<MeshFormat>(format));
            QCOMPARE(formatFromFileName(formatExtension(format)),
                     std::optional<MeshFormat>(format));
        }
        QCOMPARE(formatFromFileName(QStringLiteral("model.xyz")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestMeshIO)
#include "tst_meshio.moc"
