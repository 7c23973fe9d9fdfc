#include "core/dataset/ShapeDataset.h"

#include "core/Error.h"
#include "core/UserMessage.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <cmath>

namespace lift3d {
namespace {

constexpr quint32 fieldMagic = 0x4644334c; // "L3DF"
constexpr quint32 fieldVersion = 1;

QJsonArray vec3Json(const glm::vec3& v) {
    return {double(v.x), double(v.y), double(v.z)};
}
glm::vec3 vec3From(const QJsonValue& value) {
    const QJsonArray a = value.toArray();
    return {float(a.at(0).toDouble()), float(a.at(1).toDouble()), float(a.at(2).toDouble())};
}

QJsonObject cameraJson(const ViewCamera& c) {
    return {{QStringLiteral("azimuth"), double(c.azimuth)},
            {QStringLiteral("elevation"), double(c.elevation)},
            {QStringLiteral("verticalFov"), double(c.verticalFov)},
            {QStringLiteral("distance"), double(c.distance)},
            {QStringLiteral("lightDirection"), vec3Json(c.lightDirection)},
            {QStringLiteral("lightIntensity"), double(c.lightIntensity)},
            {QStringLiteral("ambient"), double(c.ambient)},
            {QStringLiteral("colorGain"), vec3Json(c.colorGain)},
            {QStringLiteral("frameCenter"), vec3Json(c.frameCenter)},
            {QStringLiteral("frameScale"), double(c.frameScale)}};
}

ViewCamera cameraFrom(const QJsonObject& o) {
    ViewCamera c;
    c.azimuth = float(o.value(QStringLiteral("azimuth")).toDouble());
    c.elevation = float(o.value(QStringLiteral("elevation")).toDouble());
    c.verticalFov = float(o.value(QStringLiteral("verticalFov")).toDouble());
    c.distance = float(o.value(QStringLiteral("distance")).toDouble());
    c.lightDirection = vec3From(o.value(QStringLiteral("lightDirection")));
    c.lightIntensity = float(o.value(QStringLiteral("lightIntensity")).toDouble());
    c.ambient = float(o.value(QStringLiteral("ambient")).toDouble());
    c.colorGain = vec3From(o.value(QStringLiteral("colorGain")));
    c.frameCenter = vec3From(o.value(QStringLiteral("frameCenter")));
    c.frameScale = float(o.value(QStringLiteral("frameScale")).toDouble());
    return c;
}

QJsonArray viewsJson(const std::vector<DatasetView>& views) {
    QJsonArray array;
    for (const DatasetView& view : views) {
        QJsonObject o = cameraJson(view.camera);
        o.insert(QStringLiteral("image"), view.imageFile);
        if (!view.depthFile.isEmpty())
            o.insert(QStringLiteral("depth"), view.depthFile);
        if (!view.maskFile.isEmpty())
            o.insert(QStringLiteral("mask"), view.maskFile);
        if (!view.look.isEmpty())
            o.insert(QStringLiteral("look"), view.look);
        array.append(o);
    }
    return array;
}

std::vector<DatasetView> viewsFrom(const QJsonValue& value) {
    std::vector<DatasetView> views;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        views.push_back({cameraFrom(o), o.value(QStringLiteral("image")).toString(),
                         o.value(QStringLiteral("depth")).toString(),
                         o.value(QStringLiteral("mask")).toString(),
                         o.value(QStringLiteral("look")).toObject()});
    }
    return views;
}

} // namespace

QByteArray quantiseField(const ScalarGrid& field, float truncation) {
    QByteArray bytes(qsizetype(field.values.size()), 0);
    for (std::size_t i = 0; i < field.values.size(); ++i)
        bytes[qsizetype(i)] =
            char(std::lround(std::clamp(field.values[i] / truncation, -1.0f, 1.0f) * 127.0f));
    return bytes;
}

void writeFieldFile(const QString& path, const ScalarGrid& field, float truncation) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << fieldMagic << fieldVersion << qint32(field.nx) << float(field.origin.x)
        << float(field.spacing) << truncation;
    const QByteArray quantised = quantiseField(field, truncation);
    out.writeRawData(quantised.constData(), int(quantised.size()));
    if (!file.commit())
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
}

ScalarGrid readFieldFile(const QString& path, float* truncation) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::FileNotFound, QStringLiteral("Cannot read the field %1.").arg(path));
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, version = 0;
    qint32 n = 0;
    float origin = 0, spacing = 0, trunc = 0;
    in >> magic >> version >> n >> origin >> spacing >> trunc;
    if (magic != fieldMagic || version != fieldVersion || n < 2 || n > 512)
        throw Error(ErrorKind::CorruptData,
                    QStringLiteral("%1 is not a Lift3D field file.").arg(path));
    ScalarGrid field(n, n, n, glm::vec3(origin), spacing);
    QByteArray quantised(qsizetype(field.values.size()), 0);
    if (in.readRawData(quantised.data(), int(quantised.size())) != quantised.size())
        throw Error(ErrorKind::CorruptData, QStringLiteral("%1 is truncated.").arg(path));
    for (std::size_t i = 0; i < field.values.size(); ++i)
        field.values[i] = float(qint8(quantised[qsizetype(i)])) / 127.0f * trunc;
    if (truncation)
        *truncation = trunc;
    return field;
}

QByteArray objectToJson(const DatasetObject& o) {
    QJsonObject json{{QStringLiteral("key"), o.key},
                     {QStringLiteral("source"), o.source},
                     {QStringLiteral("splitKey"), o.splitKey},
                     {QStringLiteral("provenance"), o.provenance},
                     {QStringLiteral("id"), o.id},
                     {QStringLiteral("name"), o.name},
                     {QStringLiteral("category"), o.category},
                     {QStringLiteral("creator"), o.creator},
                     {QStringLiteral("license"), o.license},
                     {QStringLiteral("catalog"), o.catalogFile},
                     {QStringLiteral("split"), splitName(o.split)},
                     {QStringLiteral("triangles"), o.triangles},
                     {QStringLiteral("views"), viewsJson(o.views)},
                     {QStringLiteral("evalViews"), viewsJson(o.evalViews)},
                     {QStringLiteral("tabletopViews"), viewsJson(o.tabletopViews)},
                     {QStringLiteral("geometryHash"), o.geometryHash},
                     {QStringLiteral("icon"), o.iconFile}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

DatasetObject objectFromJson(const QByteArray& bytes, const QStringList& heldOutSources) {
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    DatasetObject o;
    o.key = json.value(QStringLiteral("key")).toString();
    o.id = json.value(QStringLiteral("id")).toString();
    // Datasets built before sources existed hold Sweet Home 3D objects only.
    o.source = json.value(QStringLiteral("source")).toString();
    if (o.source.isEmpty())
        o.source = QStringLiteral("sh3d");
    o.splitKey = json.value(QStringLiteral("splitKey")).toString();
    if (o.splitKey.isEmpty())
        o.splitKey = o.id;
    o.provenance = json.value(QStringLiteral("provenance")).toString();
    o.name = json.value(QStringLiteral("name")).toString();
    o.category = json.value(QStringLiteral("category")).toString();
    o.creator = json.value(QStringLiteral("creator")).toString();
    o.license = json.value(QStringLiteral("license")).toString();
    o.catalogFile = json.value(QStringLiteral("catalog")).toString();
    o.split = splitOfObject(o.source, o.splitKey, heldOutSources); // the rule, not the file
    o.triangles = json.value(QStringLiteral("triangles")).toInt();
    o.views = viewsFrom(json.value(QStringLiteral("views")));
    o.evalViews = viewsFrom(json.value(QStringLiteral("evalViews")));
    o.tabletopViews = viewsFrom(json.value(QStringLiteral("tabletopViews")));
    o.geometryHash = json.value(QStringLiteral("geometryHash")).toString();
    o.iconFile = json.value(QStringLiteral("icon")).toString();
    return o;
}

ShapeDataset::ShapeDataset(const QString& root) : m_root(root) {
    QFile index(QDir(root).filePath(QStringLiteral("index.json")));
    // lift3d::tr, qualified: lupdate would file a bare tr() in a member function under the class.
    if (!index.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::FileNotFound,
                    lift3d::tr("No dataset at %1. Build it with: lift3d-data "
                               "--output %1")
                        .arg(QDir::toNativeSeparators(root)));
    const QJsonObject json = QJsonDocument::fromJson(index.readAll()).object();
    for (const QJsonValue& source : json.value(QStringLiteral("heldOutSources")).toArray())
        m_heldOutSources << source.toString();
    for (const QJsonValue& value : json.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject source = value.toObject();
        const QString name = source.value(QStringLiteral("name")).toString();
        if (!m_heldOutSources.contains(name))
            m_sourceCredits << name + QStringLiteral(": ") +
                                   source.value(QStringLiteral("credit")).toString();
    }
    for (const QJsonValue& key : json.value(QStringLiteral("objects")).toArray()) {
        QFile meta(QDir(root).filePath(QStringLiteral("objects/%1/meta.json").arg(key.toString())));
        if (meta.open(QIODevice::ReadOnly))
            m_objects.push_back(objectFromJson(meta.readAll(), m_heldOutSources));
    }
}

std::vector<const DatasetObject*> ShapeDataset::objectsIn(Split split) const {
    std::vector<const DatasetObject*> result;
    for (const DatasetObject& o : m_objects)
        if (o.split == split)
            result.push_back(&o);
    return result;
}

std::vector<const DatasetObject*> evenlySpacedObjects(std::vector<const DatasetObject*> objects,
                                                      int count) {
    if (count <= 0 || std::size_t(count) >= objects.size())
        return objects;
    std::vector<const DatasetObject*> spaced;
    spaced.reserve(std::size_t(count));
    for (std::size_t i = 0; i < std::size_t(count); ++i)
        spaced.push_back(objects[i * objects.size() / std::size_t(count)]);
    return spaced;
}

QString ShapeDataset::objectPath(const DatasetObject& object, const QString& file) const {
    return QDir(m_root).filePath(QStringLiteral("objects/%1/%2").arg(object.key, file));
}

ScalarGrid ShapeDataset::canonicalField(const DatasetObject& object, float* truncation) const {
    return readFieldFile(objectPath(object, QStringLiteral("field.bin")), truncation);
}

QString ShapeDataset::defaultRoot() {
    const QString fromEnvironment = qEnvironmentVariable("LIFT3D_DATASET");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::home().filePath(QStringLiteral(".cache/lift3d/dataset"));
}

} // namespace lift3d
