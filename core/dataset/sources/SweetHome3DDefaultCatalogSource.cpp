#include "core/dataset/sources/SweetHome3DDefaultCatalogSource.h"

#include "core/Error.h"
#include "core/dataset/CatalogModel.h"
#include "core/dataset/FurnitureCatalog.h"
#include "core/dataset/ZipArchive.h"

#include <QDir>
#include <QFileInfo>
#include <set>

namespace lift3d {
namespace {

const QString catalogInJar =
    QStringLiteral("com/eteks/sweethome3d/io/DefaultFurnitureCatalog.properties");

// Shapes meant to be textured by the user and the light sources' small sphere: not furniture.
bool isPlainShape(const QString& modelPath) {
    return modelPath.contains(QLatin1String("/texturable")) ||
           modelPath.endsWith(QLatin1String("/lightSource.obj"));
}

// SourceObject::extra holds the icon path and, when the catalog gives one, the model rotation
// (nine numbers, row-major as the catalog writes them).
QString rotationText(const glm::mat3& m) {
    QStringList numbers;
    for (int k = 0; k < 9; ++k)
        numbers << QString::number(double(m[k % 3][k / 3]), 'g', 9);
    return numbers.join(QLatin1Char(' '));
}

} // namespace

SweetHome3DDefaultCatalogSource::SweetHome3DDefaultCatalogSource(const QString& packageRoot)
    : m_jar(QDir(packageRoot).filePath(jarInPackage())) {}

QString SweetHome3DDefaultCatalogSource::credit() const {
    return QStringLiteral(
        "Trained on the default furniture catalog of Sweet Home 3D as packaged by Debian "
        "(sweethome3d 7.0.2, https://www.sweethome3d.com): Copyright 2006-2022 Emmanuel Puybaret, "
        "eTeks, GPL-2+ (usr/share/doc/sweethome3d/copyright).");
}

std::vector<SourceObject> SweetHome3DDefaultCatalogSource::list() const {
    if (!QFileInfo(m_jar).isFile())
        throw Error(
            ErrorKind::FileNotFound,
            QStringLiteral("Sweet Home 3D's default furniture is missing. Fetch the Debian package "
                           "sweethome3d."));
    const QByteArray text = ZipArchive(m_jar).read(catalogInJar);
    if (text.isEmpty())
        throw Error(ErrorKind::FileNotReadable,
                    QStringLiteral("%1 holds no default furniture catalog.")
                        .arg(QDir::toNativeSeparators(m_jar)));

    std::vector<SourceObject> objects;
    std::set<QString> seenModels, seenIds;
    for (const CatalogEntry& entry : catalogEntries(parseProperties(text), m_jar)) {
        if (isPlainShape(entry.modelPath) || !seenModels.insert(entry.modelPath).second ||
            !seenIds.insert(entry.id).second)
            continue;
        SourceObject object;
        object.source = name();
        object.id = entry.id;
        object.category = entry.category;
        object.name = entry.name;
        object.provenance =
            QStringLiteral("sweethome3d: %1 %2").arg(jarInPackage(), entry.modelPath);
        object.author = entry.creator.isEmpty() ? QStringLiteral("eTeks") : entry.creator;
        object.license = QStringLiteral("GPL-2+");
        object.location = entry.modelPath;
        object.extra << entry.iconPath;
        if (entry.modelRotation)
            object.extra << rotationText(*entry.modelRotation);
        objects.push_back(object);
    }
    return objects;
}

TexturedMesh SweetHome3DDefaultCatalogSource::load(const SourceObject& object) const {
    CatalogEntry entry;
    entry.catalogFile = m_jar;
    entry.id = object.id;
    entry.modelPath = object.location;
    if (object.extra.size() >= 2) {
        const QStringList numbers = object.extra[1].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (numbers.size() == 9) {
            glm::mat3 m(1.0f);
            for (int k = 0; k < 9; ++k)
                m[k % 3][k / 3] = numbers[k].toFloat();
            entry.modelRotation = m;
        }
    }
    return loadCatalogModel(entry);
}

QImage SweetHome3DDefaultCatalogSource::icon(const SourceObject& object) const {
    if (object.extra.isEmpty() || object.extra.first().isEmpty())
        return {};
    return QImage::fromData(ZipArchive(m_jar).read(object.extra.first()));
}

} // namespace lift3d
