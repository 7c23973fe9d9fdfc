#include "core/io/IsolatedMeshImport.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/io/MeshImport.h"
#include "core/io/MeshStream.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace lift3d {

QString importHelperPath() {
    const QString fromEnvironment = qEnvironmentVariable("LIFT3D_IMPORT_HELPER");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lift3d-import"));
    return QFileInfo(beside).isExecutable() ? beside : QString();
}

Mesh importMeshIsolated(const QString& path, int timeoutMs, const std::atomic<bool>* cancel) {
    const QString helper = importHelperPath();
    if (helper.isEmpty())
        return importMesh(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        throw Error(ErrorKind::FileNotFound,
                    tr("The file %1 does not exist. Check the path and try again.").arg(name));

    QProcess process;
    process.setProgram(helper);
    process.setArguments({path});
    process.start();
    if (!process.waitForStarted(10000))
        return importMesh(
            path); // the helper cannot run here: read in-process rather than not at all
    QElapsedTimer clock;
    clock.start();
    QByteArray output;
    // Poll, so a cancel (a newer drop, quitting) or the time limit can stop a reader that hangs.
    while (!process.waitForFinished(100)) {
        output += process.readAllStandardOutput();
        const bool cancelled = cancel && cancel->load();
        if (cancelled || clock.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            if (cancelled)
                throw Error(ErrorKind::MeshImportFailed, tr("Reading %1 was cancelled.").arg(name));
            throw Error(ErrorKind::MeshImportFailed,
                        tr("Reading %1 took longer than %2 seconds and was stopped; the file is "
                           "probably damaged. "
                           "Try another copy or another format.")
                            .arg(name)
                            .arg(timeoutMs / 1000));
        }
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit)
        throw Error(ErrorKind::MeshImportFailed, tr("The reader stopped unexpectedly on %1; the "
                                                    "file is damaged or uses features it cannot "
                                                    "handle. Try another copy or another format.")
                                                     .arg(name));
    if (process.exitCode() != 0) {
        // The helper printed importMesh's own sentence; its exit code is the ErrorKind.
        const QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
        const int kind = process.exitCode() - 10;
        throw Error(kind >= 0 && kind <= int(ErrorKind::InvalidModel) ? ErrorKind(kind)
                                                                      : ErrorKind::MeshImportFailed,
                    message.isEmpty() ? tr("Could not read the mesh %1.").arg(name) : message);
    }
    std::optional<Mesh> mesh = readMeshStream(output);
    if (!mesh)
        throw Error(
            ErrorKind::MeshImportFailed,
            tr("The reader returned an incomplete mesh for %1. Try another copy or another format.")
                .arg(name));
    return std::move(*mesh);
}

} // namespace lift3d
