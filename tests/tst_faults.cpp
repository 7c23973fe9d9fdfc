// Faults a user's machine throws at Lift3D: a full disk and read-only folders on export, and a
// damaged model. Each fails with a clear message, leaves no partial file, and the window stays
// usable (a damaged model still lets you open and export meshes).
#include "GuiTestMain.h"
#include "ScratchMount.h"
#include "Shapes.h"
#include "app/gui/GenerationController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MeshOutput.h"
#include "core/Error.h"
#include "core/io/MeshExport.h"
#include "core/io/MeshImport.h"
#include "render/MeshViewport.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace lift3d;
using namespace lift3d::test;

namespace {
const QString modelDir = QStringLiteral(LIFT3D_SOURCE_DIR "/resources/models");
constexpr int timeoutMs = 60000;

Mesh bigMesh() {
    // About 80 000 triangles: a GLB of several MB, more than the small disk holds.
    return test::sphereMesh(160, 0.4f);
}

// Rewrites the JSON manifest at `path` after `edit` has changed it.
bool editManifest(const QString& path, const std::function<void(QJsonObject&)>& edit) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    edit(json);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(json).toJson()) > 0;
}

void writeCopyOfModel(const QString& folder) {
    for (const char* name : {"manifest.json", "lift3d-model.pt"})
        QFile::copy(QDir(modelDir).filePath(QLatin1String(name)),
                    QDir(folder).filePath(QLatin1String(name)));
}
} // namespace

class TestFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    // A window whose model is `modelPath`; returns the message the window showed, if any.
    QString openWindowWithModel(const QString& modelPath, MainWindow** windowOut,
                                GenerationController** controllerOut) {
        auto* controller = new GenerationController(this);
        auto* window = new MainWindow(controller);
        QSignalSpy failed(controller, &GenerationController::modelFailed);
        QSignalSpy ready(controller, &GenerationController::modelReady);
        *windowOut = window;
        *controllerOut = controller;
        controller->loadModel(modelPath);
        window->show();
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, timeoutMs))
            return QStringLiteral("timeout"); // fails the caller's check
        return failed.isEmpty() ? QString() : failed.first().at(0).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void fullDiskFailsCleanly() {
        ScratchMount disk(QStringLiteral("size=256k"));
        if (!disk.ok())
            QSKIP("mounting a tmpfs needs root; run the suite as root (CI does)");
        const QString path = disk.filePath(QStringLiteral("big.glb"));
        try {
            exportMesh(bigMesh(), path);
            QFAIL("an export larger than the disk succeeded");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::WriteFailed);
            qInfo("%s", qPrintable(error.message()));
        }
        QVERIFY2(disk.entries().isEmpty(), qPrintable(disk.entries().join(QLatin1Char(' '))));
        // A mesh that fits still exports on the same disk afterwards.
        exportMesh(test::sphereMesh(8, 0.4f), disk.filePath(QStringLiteral("small.stl")),
                   {MeshFormat::Stl, 1.0f});
        QCOMPARE(disk.entries(), QStringList{QStringLiteral("small.stl")});
    }

    void readOnlyFolderFailsCleanly() {
        ScratchMount disk(QStringLiteral("size=1m,ro"));
        if (!disk.ok())
            QSKIP("mounting a tmpfs needs root; run the suite as root (CI does)");
        try {
            exportMesh(test::sphereMesh(16, 0.4f), disk.filePath(QStringLiteral("a.obj")),
                       {MeshFormat::Obj, 1.0f});
            QFAIL("an export into a read-only folder succeeded");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::DirectoryNotWritable);
            qInfo("%s", qPrintable(error.message()));
        }
        QVERIFY(disk.entries().isEmpty());
    }

    void meshFilesThatCrashOrHangTheReaderShowAnError() {
        // Both found by fuzz_mesh_import: Debian's Assimp dereferences null on the first and never
        // finishes the second. The window reads meshes in lift3d-import, so it shows an error.
        auto* controller = new GenerationController(this);
        MainWindow window(controller);
        window.show();
        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openPath(QStringLiteral(LIFT3D_SOURCE_DIR "/tests/data/fuzz-assimp-segv.glb"));
        QVERIFY(errors.wait(timeoutMs));
        QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("unexpectedly")),
                 qPrintable(errors.first().at(0).toString()));
        // A newer request abandons the hanging read at once (its helper is killed).
        window.openPath(QStringLiteral(LIFT3D_SOURCE_DIR "/tests/data/fuzz-assimp-hang.ply"));
        QTest::qWait(300);
        QTemporaryDir meshes;
        const QString good = meshes.filePath(QStringLiteral("ball.stl"));
        exportMesh(test::sphereMesh(16, 0.4f), good, {MeshFormat::Stl, 1.0f});
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.openPath(good);
        QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, timeoutMs));
        QCOMPARE(window.result(), MainWindow::Result::Imported);
        window.close();
        delete controller;
    }

    void damagedModelsAreRefusedAndTheViewerStillWorks_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated weights") << QStringLiteral("truncate");
        QTest::newRow("corrupt weights") << QStringLiteral("flip");
        QTest::newRow("wrong manifest version") << QStringLiteral("version");
        QTest::newRow("manifest not json") << QStringLiteral("json");
        QTest::newRow("weights missing") << QStringLiteral("missing");
        QTest::newRow("malformed torchscript") << QStringLiteral("torchscript");
        QTest::newRow("weights pointing at a device") << QStringLiteral("escape");
        QTest::newRow("noise temperature out of range") << QStringLiteral("temperature");
    }
    void damagedModelsAreRefusedAndTheViewerStillWorks() {
        QFETCH(QString, damage);
        QTemporaryDir folder;
        writeCopyOfModel(folder.path());
        QString modelPath = folder.filePath(QStringLiteral("manifest.json"));
        const QString weights = folder.filePath(QStringLiteral("lift3d-model.pt"));
        if (damage == QLatin1String("truncate")) {
            QFile file(weights);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 3));
        } else if (damage == QLatin1String("flip")) {
            QFile file(weights);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            file.write("garbage!");
        } else if (damage == QLatin1String("version")) {
            QVERIFY(editManifest(modelPath, [](QJsonObject& json) {
                json.insert(QStringLiteral("formatVersion"), 7);
            }));
        } else if (damage == QLatin1String("json")) {
            QFile file(modelPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ \"formatVersion\": 1, oops");
        } else if (damage == QLatin1String("escape")) {
            // /dev/zero never ends: a checksum over it would hang the loader forever.
            QVERIFY(editManifest(modelPath, [](QJsonObject& json) {
                json.insert(QStringLiteral("weights"), QStringLiteral("/dev/zero"));
            }));
        } else if (damage == QLatin1String("temperature")) {
            QVERIFY(editManifest(modelPath, [](QJsonObject& json) {
                QJsonObject config = json.value(QStringLiteral("config")).toObject();
                config.insert(QStringLiteral("noiseTemperature"), -3.0);
                json.insert(QStringLiteral("config"), config);
            }));
        } else if (damage == QLatin1String("missing")) {
            QVERIFY(QFile::remove(weights));
        } else {
            modelPath = folder.filePath(QStringLiteral("broken.pt"));
            QFile file(modelPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            static const char notAnArchive[] = "PK\x03\x04 this is not a TorchScript archive";
            file.write(notAnArchive, sizeof(notAnArchive) - 1);
        }

        MainWindow* window = nullptr;
        GenerationController* controller = nullptr;
        const QString message = openWindowWithModel(modelPath, &window, &controller);
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.size() > 20, "the damaged model was not refused with a message");
        QCOMPARE(window->errorText(), message);
        QVERIFY(!controller->isModelReady());

        // Dropping a picture explains that there is no model...
        QSignalSpy errors(window, &MainWindow::errorShown);
        window->openPath(QStringLiteral(LIFT3D_SOURCE_DIR "/resources/samples/sofa.png"));
        QVERIFY(errors.wait(timeoutMs));
        QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("model")));
        // ...while meshes still open and export.
        QTemporaryDir meshes;
        const QString meshPath = meshes.filePath(QStringLiteral("ball.glb"));
        exportMesh(test::sphereMesh(16, 0.4f), meshPath);
        QSignalSpy shown(window, &MainWindow::resultShown);
        window->openPath(meshPath);
        QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, timeoutMs));
        QCOMPARE(window->result(), MainWindow::Result::Imported);
        ExportChoice choice;
        choice.path = meshes.filePath(QStringLiteral("ball.stl"));
        choice.format = MeshFormat::Stl;
        QSignalSpy exported(window->output(), &MeshOutput::exportFinished);
        window->output()->exportTo(choice);
        QVERIFY(exported.wait(timeoutMs));
        QVERIFY(exported.first().at(0).toBool());
        QVERIFY(!importMesh(choice.path).isEmpty());
        delete window;
        delete controller;
    }
};

LIFT3D_GUI_TEST_MAIN(TestFaults)

#include "tst_faults.moc"
