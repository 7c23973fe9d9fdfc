#include "app/gui/MeshOutput.h"

#include "app/gui/WindowSettings.h"
#include "render/MeshViewport.h"

#include <QDateTime>
#include <QDir>
#include <QDrag>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>
#include <utility>

namespace lift3d {

MeshOutput::MeshOutput(GenerationController* controller, MeshViewport* viewport,
                       WindowSettings& settings, QWidget* window)
    : QObject(window), m_controller(controller), m_viewport(viewport), m_settings(settings),
      m_window(window) {
    connect(controller, &GenerationController::exportFinished, this, &MeshOutput::onExportFinished);
    connect(viewport, &MeshViewport::dragOutRequested, this, &MeshOutput::startDragOut);
}

void MeshOutput::setMesh(const MeshPtr& mesh, const QString& inputName, bool draggable) {
    m_mesh = mesh;
    m_inputName = inputName;
    ++m_meshGeneration;
    m_dragOutFile.clear();
    m_dragWaiting = false;
    if (draggable)
        writeDragOutFile();
}

QString MeshOutput::fileBaseName() const {
    return m_inputName.isEmpty() ? QStringLiteral("lift3d")
                                 : QFileInfo(m_inputName).completeBaseName();
}

void MeshOutput::exportWithDialog() {
    if (!m_mesh || m_mesh->isEmpty())
        return;
    const QString suggested =
        QDir(m_settings.exportFolder)
            .filePath(fileBaseName() + QLatin1Char('.') + formatExtension(m_settings.exportFormat));
    ExportDialog dialog(suggested, m_settings.exportFormat, m_mesh->triangleCount(), m_window);
    dialog.setSize(m_settings.exportLongestSide, m_settings.exportUnitsPerMetre);
    if (dialog.exec() == QDialog::Accepted)
        exportTo(dialog.choice());
}

void MeshOutput::exportTo(const ExportChoice& choice) {
    if (!m_mesh || m_mesh->isEmpty()) {
        const QString message = tr("There is no mesh to export yet. Drop a photo first.");
        Q_EMIT errorOccurred(message);
        Q_EMIT exportFinished(false, message);
        return;
    }
    m_settings.exportFolder = QFileInfo(choice.path).absolutePath();
    m_settings.exportFormat = choice.format;
    m_settings.exportLongestSide = choice.longestSide;
    m_settings.exportUnitsPerMetre = choice.unitsPerMetre;
    Q_EMIT exportStarted();
    m_controller->exportMesh(m_mesh, choice, ExportPurpose::File);
}

void MeshOutput::onExportFinished(ExportPurpose purpose, bool ok, const QString& pathOrMessage) {
    if (purpose == ExportPurpose::DragOut) {
        // Exports finish in the order asked: the front is the file that just finished.
        const int writtenFor = m_dragOutGenerations.front();
        m_dragOutGenerations.pop_front();
        if (writtenFor != m_meshGeneration)
            return; // the mesh it was written for has been replaced since
        if (!ok) {
            // Said only to a user who is dragging; nobody asked for the file otherwise.
            if (std::exchange(m_dragWaiting, false))
                Q_EMIT errorOccurred(pathOrMessage);
            return;
        }
        m_dragOutFile = pathOrMessage;
        Q_EMIT dragOutFileReady(m_dragOutFile);
        // A drag that began while the file was written goes on if the button is still held.
        if (std::exchange(m_dragWaiting, false) &&
            (QGuiApplication::mouseButtons() & Qt::LeftButton))
            startDragOut();
        return;
    }
    if (ok)
        Q_EMIT statusMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(pathOrMessage)), 6000);
    else
        Q_EMIT errorOccurred(pathOrMessage);
    Q_EMIT exportFinished(ok, pathOrMessage);
}

void MeshOutput::writeDragOutFile() {
    if (!m_mesh || m_mesh->isEmpty())
        return;
    // The drop target reads the file when the drag ends, so it has to exist before the drag
    // starts; a GLB of a 64^3 mesh takes a few milliseconds to write.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("lift3d-drag"));
    QDir().mkpath(folder);
    ExportChoice choice;
    choice.path = QDir(folder).filePath(fileBaseName() + QStringLiteral(".glb"));
    choice.format = MeshFormat::Glb;
    m_dragOutGenerations.push_back(m_meshGeneration);
    m_controller->exportMesh(m_mesh, choice, ExportPurpose::DragOut);
}

void MeshOutput::startDragOut() {
    if (!m_mesh || m_mesh->isEmpty())
        return;
    if (m_dragOutFile.isEmpty()) {
        // Being written (a preview's is written now): the drag starts when it is there.
        m_dragWaiting = true;
        if (m_dragOutGenerations.empty() || m_dragOutGenerations.back() != m_meshGeneration)
            writeDragOutFile();
        return;
    }
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_dragOutFile)});
    auto* drag = new QDrag(m_window);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}

QString MeshOutput::saveScreenshot(bool transparentBackground, const QString& folder) {
    QString directory = folder;
    if (directory.isEmpty()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        if (directory.isEmpty())
            directory = QDir::homePath();
    }
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(
        QStringLiteral("lift3d-%1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"))));
    const QImage image = m_viewport->screenshot(transparentBackground);
    if (image.isNull() || !image.save(path)) {
        Q_EMIT errorOccurred(
            tr("The screenshot could not be saved to %1. Check that the folder is writable.")
                .arg(QDir::toNativeSeparators(directory)));
        return {};
    }
    Q_EMIT statusMessage(tr("Screenshot saved to %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return path;
}

} // namespace lift3d
