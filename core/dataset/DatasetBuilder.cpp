#include "core/dataset/DatasetBuilder.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/dataset/AssimpModel.h"
#include "core/dataset/CornerNormals.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/PhotoLook.h"
#include "core/dataset/PhotoRender.h"
#include "core/dataset/ProceduralShapes.h"
#include "core/dataset/ShapeDataset.h"
#include "core/dataset/TabletopRender.h"
#include "core/geometry/MeshToField.h"
#include "core/geometry/ShapeLattice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <map>
#include <mutex>
#include <set>

namespace lift3d {
namespace {

void saveImage(const QImage& image, const QString& folder, const QString& name, const char* format,
               int quality = -1) {
    QSaveFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, format, quality) || !file.commit())
        throw Error(ErrorKind::WriteFailed, QStringLiteral("cannot write %1").arg(file.fileName()));
}

QString numbered(const QString& prefix, int v, const QString& suffix) {
    return QStringLiteral("%1-%2%3").arg(prefix).arg(v, 2, 10, QLatin1Char('0')).arg(suffix);
}

// Photographic views: RGBA PNG (alpha = the exact mask) and the visible depth beside it.
std::vector<DatasetView> renderViews(const TexturedMesh& mesh,
                                     const std::vector<glm::vec3>& normals, const QString& folder,
                                     const QString& prefix, int count, quint32 seed,
                                     int imageSize) {
    std::mt19937 random(seed);
    std::vector<DatasetView> views;
    for (int v = 0; v < count; ++v) {
        DatasetView view;
        view.camera = sampleViewCamera(random, mesh.positions);
        const PhotoLook look = samplePhotoLook(random);
        const PhotoView photo = renderPhotoView(mesh, view.camera, look, imageSize, &normals);
        view.imageFile = numbered(prefix, v, QStringLiteral(".png"));
        view.depthFile = numbered(prefix, v, QStringLiteral("-depth.png"));
        view.look = photoLookToJson(look);
        saveImage(photo.rgba, folder, view.imageFile, "PNG");
        saveImage(photo.depth, folder, view.depthFile, "PNG");
        views.push_back(view);
    }
    return views;
}

// The object standing in a room corner with a few everyday things beside it: the pictures the
// segmenter learns from. Clutter comes from the procedural forms, so no other object is loaded.
std::vector<DatasetView> renderTabletopViews(const TexturedMesh& mesh,
                                             const std::vector<glm::vec3>& normals,
                                             const QString& folder, int count, quint32 seed,
                                             int imageSize) {
    std::mt19937 random(seed);
    std::vector<DatasetView> views;
    for (int v = 0; v < count; ++v) {
        DatasetView view;
        view.camera = sampleViewCamera(random, mesh.positions);
        // A camera below the floor would look at its underside: mirror it above.
        view.camera.elevation = std::abs(view.camera.elevation) + 0.05f;
        fitViewFrame(view.camera, mesh.positions);
        const PhotoLook look = samplePhotoLook(random);
        std::vector<TexturedMesh> clutter;
        const int clutterCount = std::uniform_int_distribution<int>(0, 3)(random);
        const auto& kinds = proceduralKinds();
        for (int c = 0; c < clutterCount; ++c) {
            const auto& kind =
                kinds[std::uniform_int_distribution<std::size_t>(0, kinds.size() - 1)(random)];
            clutter.push_back(generateProceduralShape(kind.name, random));
            normaliseObject(clutter.back());
        }
        std::vector<const TexturedMesh*> clutterPointers;
        for (const TexturedMesh& item : clutter)
            clutterPointers.push_back(&item);
        const TabletopView scene = renderTabletopView(mesh, clutterPointers, view.camera, look,
                                                      random, imageSize, &normals);
        view.imageFile = numbered(QStringLiteral("table"), v, QStringLiteral(".jpg"));
        view.maskFile = numbered(QStringLiteral("table"), v, QStringLiteral("-mask.png"));
        view.look = photoLookToJson(look);
        view.look.insert(QStringLiteral("scene"), scene.scene);
        saveImage(scene.rgb, folder, view.imageFile, "JPEG", 92);
        saveImage(scene.mask, folder, view.maskFile, "PNG");
        views.push_back(view);
    }
    return views;
}

// Equal for shapes whose fields have the same inside/outside pattern: catches the same model
// shipped twice (colour variants, copies in two packages) whatever its textures.
QString geometryHash(const ScalarGrid& field) {
    QByteArray bits((qsizetype(field.values.size()) + 7) / 8, 0);
    for (std::size_t i = 0; i < field.values.size(); ++i)
        if (field.values[i] < 0.0f)
            bits[qsizetype(i / 8)] = char(bits[qsizetype(i / 8)] | (1 << (i % 8)));
    const std::uint32_t a = fnv1a32(bits);
    const std::uint32_t b = fnv1a32(bits + QByteArray("lift3d"));
    return QStringLiteral("%1%2").arg(a, 8, 16, QLatin1Char('0')).arg(b, 8, 16, QLatin1Char('0'));
}

void writeMeta(const DatasetObject& object, const QString& folder) {
    QSaveFile meta(QDir(folder).filePath(QStringLiteral("meta.json")));
    // A short write (full disk) must fail: QSaveFile would commit the truncated file.
    const QByteArray json = objectToJson(object);
    if (!meta.open(QIODevice::WriteOnly) || meta.write(json) != json.size() || !meta.commit())
        throw Error(ErrorKind::WriteFailed, QStringLiteral("cannot write %1").arg(meta.fileName()));
}

DatasetObject buildObject(const ObjectSource& source, const SourceObject& entry,
                          const DatasetBuildOptions& options, const QString& folder) {
    const TexturedMesh mesh = source.load(entry);
    QDir().mkpath(folder);

    ScalarGrid field = shapeLattice(options.fieldResolution);
    const float truncation = 4.0f * field.spacing;
    meshToSignedDistance(mesh.positions, mesh.indices, truncation, field);
    writeFieldFile(QDir(folder).filePath(QStringLiteral("field.bin")), field, truncation);

    DatasetObject object;
    object.key = QFileInfo(folder).fileName();
    object.source = entry.source;
    object.splitKey = splitKeyOf(entry);
    object.id = entry.id;
    object.name = entry.name;
    object.category = entry.category;
    object.creator = entry.author;
    object.license = entry.license;
    object.catalogFile = entry.location;
    object.provenance = entry.provenance;
    object.split = splitOfObject(object.source, object.splitKey, options.heldOutSources);
    object.triangles = int(mesh.triangleCount());
    object.geometryHash = geometryHash(field);
    const quint32 objectSeed = fnv1a32(object.splitKey.toUtf8()) ^ options.seed;
    const std::vector<glm::vec3> normals = cornerNormals(mesh); // once for all views
    const bool trained = object.split == Split::Train || object.split == Split::Validation;
    if (trained) {
        object.views = renderViews(mesh, normals, folder, QStringLiteral("view"),
                                   options.viewsPerObject, objectSeed, options.imageSize);
        object.tabletopViews =
            renderTabletopViews(mesh, normals, folder, options.tabletopViewsPerObject,
                                objectSeed ^ 0x7f4a7c15u, options.imageSize);
    }
    // A different stream: evaluation cameras never coincide with training cameras.
    if (object.split != Split::Train)
        object.evalViews =
            renderViews(mesh, normals, folder, QStringLiteral("eval"), options.evalViewsPerObject,
                        objectSeed ^ 0x9e3779b9u, options.imageSize);

    const QImage icon = source.icon(entry);
    if (!icon.isNull()) {
        object.iconFile = QStringLiteral("icon.png");
        saveImage(icon, folder, object.iconFile, "PNG");
    }
    writeMeta(object, folder); // last: marks the object complete
    return object;
}

// Whether a finished object has the renders these options ask of its split.
bool rendersAsAsked(const DatasetObject& object, const DatasetBuildOptions& options) {
    const bool trained = object.split == Split::Train || object.split == Split::Validation;
    return int(object.views.size()) == (trained ? options.viewsPerObject : 0) &&
           int(object.tabletopViews.size()) == (trained ? options.tabletopViewsPerObject : 0) &&
           int(object.evalViews.size()) ==
               (object.split != Split::Train ? options.evalViewsPerObject : 0);
}

struct Job {
    const ObjectSource* source;
    SourceObject object;
};

} // namespace

QString datasetObjectKey(const SourceObject& object) {
    QString readable =
        object.source == QLatin1String("sh3d")
            ? object.id.section(QLatin1Char('#'), -1)
            : object.source + QLatin1Char('-') + QFileInfo(object.id).completeBaseName();
    readable = readable.toLower();
    for (QChar& c : readable)
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('-');
    return QStringLiteral("%1-%2")
        .arg(fnv1a32(splitKeyOf(object).toUtf8()), 8, 16, QLatin1Char('0'))
        .arg(readable.left(40));
}

DatasetBuildReport buildDataset(const DatasetBuildOptions& options,
                                const std::function<void(const DatasetBuildProgress&)>& progress,
                                const std::atomic<bool>* cancel) {
    QElapsedTimer timer;
    timer.start();
    std::vector<Job> jobs;
    QJsonArray sourcesJson;
    DatasetBuildReport report;
    for (const auto& source : options.sources) {
        std::vector<SourceObject> objects;
        try {
            objects = source->list();
        } catch (const std::exception& error) {
            // One source's missing or damaged data leaves that source out, not the others.
            report.failures << QStringLiteral("%1: %2").arg(source->name(),
                                                            QString::fromUtf8(error.what()));
            ++report.failed;
            continue;
        }
        if (options.limitPerSource > 0 && int(objects.size()) > options.limitPerSource)
            objects.resize(std::size_t(options.limitPerSource));
        for (SourceObject& object : objects)
            jobs.push_back({source.get(), std::move(object)});
        sourcesJson.append(QJsonObject{{QStringLiteral("name"), source->name()},
                                       {QStringLiteral("credit"), source->credit()}});
    }
    const QDir root(options.outputRoot);
    if (!QDir().mkpath(root.filePath(QStringLiteral("objects"))))
        throw Error(
            ErrorKind::DirectoryNotWritable,
            QStringLiteral("Cannot create %1.").arg(QDir::toNativeSeparators(options.outputRoot)));

    DatasetBuildProgress state;
    state.total = int(jobs.size());
    std::mutex lock;
    std::vector<QString> keys(jobs.size());
    std::vector<QString> hashes(jobs.size());
    std::vector<bool> complete(jobs.size(), false);

    parallelFor(
        jobs.size(),
        [&](std::size_t i) {
            if (cancel && cancel->load())
                return;
            const Job& job = jobs[i];
            keys[i] = datasetObjectKey(job.object);
            const QString folder = root.filePath(QStringLiteral("objects/") + keys[i]);
            QFile existing(QDir(folder).filePath(QStringLiteral("meta.json")));
            bool resumed = false;
            if (existing.open(QIODevice::ReadOnly)) {
                const DatasetObject stored =
                    objectFromJson(existing.readAll(), options.heldOutSources);
                // Built with other options (views, held-out sources) it is built again.
                resumed = rendersAsAsked(stored, options);
                hashes[i] = stored.geometryHash;
            }
            QString failure;
            if (!resumed) {
                try {
                    hashes[i] = buildObject(*job.source, job.object, options, folder).geometryHash;
                } catch (const std::exception& error) {
                    failure = QStringLiteral("%1: %2").arg(splitKeyOf(job.object),
                                                           QString::fromUtf8(error.what()));
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
            state.lastObject = splitKeyOf(job.object);
            state.elapsedSeconds = double(timer.elapsed()) / 1000.0;
            if (progress)
                progress(state);
        },
        options.threads);

    // A field with no inside cell: a sheet thinner than the lattice (a ruler, a leaf card, a
    // window pane). It has no shape to learn, and every such field would look like every other.
    ScalarGrid outsideEverywhere = shapeLattice(options.fieldResolution);
    std::fill(outsideEverywhere.values.begin(), outsideEverywhere.values.end(), 1.0f);
    const QString emptyHash = geometryHash(outsideEverywhere);
    QJsonArray objects, duplicates, withoutInside;
    std::set<QString> seen;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (!complete[i])
            continue;
        if (hashes[i] == emptyHash) {
            withoutInside.append(keys[i]);
            ++report.withoutInside;
            continue;
        }
        if (!hashes[i].isEmpty() && !seen.insert(hashes[i]).second) {
            duplicates.append(keys[i]);
            ++report.duplicates;
            continue;
        }
        objects.append(keys[i]);
    }
    QJsonArray failures;
    for (const QString& f : report.failures)
        failures.append(f);
    const QJsonObject index{
        {QStringLiteral("format"), 2},
        {QStringLiteral("fieldResolution"), options.fieldResolution},
        {QStringLiteral("imageSize"), options.imageSize},
        {QStringLiteral("viewsPerObject"), options.viewsPerObject},
        {QStringLiteral("evalViewsPerObject"), options.evalViewsPerObject},
        {QStringLiteral("tabletopViewsPerObject"), options.tabletopViewsPerObject},
        {QStringLiteral("seed"), double(options.seed)},
        {QStringLiteral("sources"), sourcesJson},
        {QStringLiteral("heldOutSources"), QJsonArray::fromStringList(options.heldOutSources)},
        {QStringLiteral("objects"), objects},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("withoutInside"), withoutInside},
        {QStringLiteral("failures"), failures}};
    QSaveFile file(root.filePath(QStringLiteral("index.json")));
    const QByteArray json = QJsonDocument(index).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw Error(ErrorKind::WriteFailed, QStringLiteral("cannot write %1").arg(file.fileName()));
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace lift3d
