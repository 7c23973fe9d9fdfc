#include "core/dataset/DatasetBuilder.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/dataset/CatalogModel.h"
#include "core/dataset/FurnitureCatalog.h"
#include "core/dataset/ShapeDataset.h"
#include "core/dataset/SoftwareRenderer.h"
#include "core/geometry/MeshToField.h"
#include "core/geometry/ShapeLattice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <mutex>

namespace lift3d {
namespace {

// Folder name: readable, and unique through the id's hash.
QString objectKey(const CatalogEntry& entry) {
    QString readable = entry.id.section(QLatin1Char('#'), -1).toLower();
    for (QChar& c : readable)
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('-');
    return QStringLiteral("%1-%2")
        .arg(fnv1a32(entry.id.toUtf8()), 8, 16, QLatin1Char('0'))
        .arg(readable.left(40));
}

void applyColorGain(QImage& image, const glm::vec3& gain) {
    for (int y = 0; y < image.height(); ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            for (int c = 0; c < 3; ++c)
                row[4 * x + c] =
                    uchar(std::clamp(int(std::lround(row[4 * x + c] * gain[c])), 0, 255));
    }
}

std::vector<DatasetView> renderViews(const TexturedMesh& mesh, const QString& folder,
                                     const QString& prefix, int count, quint32 seed,
                                     int imageSize) {
    std::mt19937 random(seed);
    std::vector<DatasetView> views;
    for (int v = 0; v < count; ++v) {
        DatasetView view;
        view.camera = sampleViewCamera(random, mesh.positions);
        RenderSettings settings;
        settings.view = view.camera.viewMatrix();
        settings.projection = view.camera.projectionMatrix();
        settings.size = imageSize;
        settings.lightDirection = view.camera.directionToCanonical(view.camera.lightDirection);
        settings.lightIntensity = view.camera.lightIntensity;
        settings.ambient = view.camera.ambient;
        QImage image = renderTexturedMesh(mesh, settings);
        applyColorGain(image, view.camera.colorGain);
        view.imageFile = QStringLiteral("%1-%2.png").arg(prefix).arg(v, 2, 10, QLatin1Char('0'));
        QSaveFile file(QDir(folder).filePath(view.imageFile));
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            throw Error(ErrorKind::WriteFailed,
                        QStringLiteral("cannot write %1").arg(file.fileName()));
        views.push_back(view);
    }
    return views;
}

void buildObject(const CatalogEntry& entry, const DatasetBuildOptions& options,
                 const QString& folder) {
    const TexturedMesh mesh = loadCatalogModel(entry);
    QDir().mkpath(folder);

    ScalarGrid field = shapeLattice(options.fieldResolution);
    const float truncation = 4.0f * field.spacing;
    meshToSignedDistance(mesh.positions, mesh.indices, truncation, field);
    writeFieldFile(QDir(folder).filePath(QStringLiteral("field.bin")), field, truncation);

    DatasetObject object;
    object.key = QFileInfo(folder).fileName();
    object.id = entry.id;
    object.name = entry.name;
    object.category = entry.category;
    object.creator = entry.creator;
    object.license = entry.license;
    object.catalogFile = QFileInfo(entry.catalogFile).fileName();
    object.split = splitOf(entry.id);
    object.triangles = int(mesh.triangleCount());
    const quint32 objectSeed = fnv1a32(entry.id.toUtf8()) ^ options.seed;
    if (object.split != Split::Test)
        object.views = renderViews(mesh, folder, QStringLiteral("view"), options.viewsPerObject,
                                   objectSeed, options.imageSize);
    // A different stream: evaluation cameras never coincide with training cameras.
    if (object.split != Split::Train)
        object.evalViews =
            renderViews(mesh, folder, QStringLiteral("eval"), options.evalViewsPerObject,
                        objectSeed ^ 0x9e3779b9u, options.imageSize);

    const QByteArray icon = readArchiveFile(entry.catalogFile, entry.iconPath);
    if (!icon.isEmpty()) {
        object.iconFile = QStringLiteral("icon.png");
        QSaveFile file(QDir(folder).filePath(object.iconFile));
        if (!file.open(QIODevice::WriteOnly) || file.write(icon) != icon.size() || !file.commit())
            throw Error(ErrorKind::WriteFailed,
                        QStringLiteral("cannot write %1").arg(file.fileName()));
    }

    QSaveFile meta(QDir(folder).filePath(QStringLiteral("meta.json")));
    if (!meta.open(QIODevice::WriteOnly) || meta.write(objectToJson(object)) < 0 || !meta.commit())
        throw Error(ErrorKind::WriteFailed, QStringLiteral("cannot write %1").arg(meta.fileName()));
}

} // namespace

QStringList defaultCatalogs() {
    QStringList catalogs;
    const QDir folder(QStringLiteral("/usr/share/sweethome3d/furniture"));
    for (const QString& name :
         folder.entryList({QStringLiteral("*.sh3f")}, QDir::Files, QDir::Name))
        catalogs << folder.filePath(name);
    return catalogs;
}

DatasetBuildReport buildDataset(const DatasetBuildOptions& options,
                                const std::function<void(const DatasetBuildProgress&)>& progress,
                                const std::atomic<bool>* cancel) {
    QElapsedTimer timer;
    timer.start();
    std::vector<CatalogEntry> entries;
    for (const QString& catalog : options.catalogs) {
        const std::vector<CatalogEntry> part = readFurnitureCatalog(catalog);
        entries.insert(entries.end(), part.begin(), part.end());
    }
    if (options.limit > 0 && int(entries.size()) > options.limit)
        entries.resize(std::size_t(options.limit));
    const QDir root(options.outputRoot);
    if (!QDir().mkpath(root.filePath(QStringLiteral("objects"))))
        throw Error(
            ErrorKind::DirectoryNotWritable,
            QStringLiteral("Cannot create %1.").arg(QDir::toNativeSeparators(options.outputRoot)));

    DatasetBuildReport report;
    DatasetBuildProgress state;
    state.total = int(entries.size());
    std::mutex lock;
    std::vector<QString> keys(entries.size());
    std::vector<bool> complete(entries.size(), false);

    parallelFor(
        entries.size(),
        [&](std::size_t i) {
            if (cancel && cancel->load())
                return;
            const CatalogEntry& entry = entries[i];
            keys[i] = objectKey(entry);
            const QString folder = root.filePath(QStringLiteral("objects/") + keys[i]);
            bool resumed = QFileInfo::exists(QDir(folder).filePath(QStringLiteral("meta.json")));
            QString failure;
            if (!resumed) {
                try {
                    buildObject(entry, options, folder);
                } catch (const std::exception& error) {
                    failure =
                        QStringLiteral("%1: %2").arg(entry.id, QString::fromUtf8(error.what()));
                }
            }
            std::lock_guard<std::mutex> guard(lock);
            complete[i] = failure.isEmpty();
            ++state.done;
            if (!failure.isEmpty()) {
                ++state.failed;
                ++report.failed;
                report.failures << failure;
            } else if (resumed) {
                ++state.resumed;
                ++report.resumed;
            } else {
                ++report.built;
            }
            state.lastObject = entry.id;
            state.elapsedSeconds = double(timer.elapsed()) / 1000.0;
            if (progress)
                progress(state);
        },
        options.threads);

    QJsonArray objects;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (complete[i])
            objects.append(keys[i]);
    QJsonArray failures;
    for (const QString& f : report.failures)
        failures.append(f);
    const QJsonObject index{{QStringLiteral("format"), 1},
                            {QStringLiteral("fieldResolution"), options.fieldResolution},
                            {QStringLiteral("imageSize"), options.imageSize},
                            {QStringLiteral("viewsPerObject"), options.viewsPerObject},
                            {QStringLiteral("evalViewsPerObject"), options.evalViewsPerObject},
                            {QStringLiteral("seed"), double(options.seed)},
                            {QStringLiteral("objects"), objects},
                            {QStringLiteral("failures"), failures}};
    QSaveFile file(root.filePath(QStringLiteral("index.json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(index).toJson(QJsonDocument::Indented));
        file.commit();
    }
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace lift3d
