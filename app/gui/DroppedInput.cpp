#include "app/gui/DroppedInput.h"

#include "core/UserMessage.h"
#include "core/io/MeshImport.h"

#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QUrl>

namespace lift3d {

DroppedInput readDroppedInput(const QMimeData* data) {
    DroppedInput input;
    if (data->hasImage()) {
        input.image = qvariant_cast<QImage>(data->imageData());
        if (!input.image.isNull())
            return input;
    }
    if (data->hasUrls() && !data->urls().isEmpty()) {
        const QList<QUrl> urls = data->urls();
        const QUrl& first = urls.first();
        if (!first.isLocalFile()) {
            input.error = tr("Lift3D works offline and does not download %1. Save the image to "
                             "your computer, "
                             "then drop the file.")
                              .arg(first.toDisplayString());
            return input;
        }
        input.path = first.toLocalFile();
        input.fileCount = int(urls.size());
        return input;
    }
    input.error = tr("What was dropped is neither an image nor a file. Drop a photo of an object, "
                     "or a mesh file.");
    return input;
}

bool looksLikeMeshFile(const QString& path) {
    // A picture format wins where both would (none overlap today).
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    return !QImageReader::supportedImageFormats().contains(suffix) && isMeshFileName(path);
}

QString openDialogFilter() {
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return tr("Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds "
              "*.off);;All files (*)")
        .arg(patterns.join(QLatin1Char(' ')));
}

} // namespace lift3d
