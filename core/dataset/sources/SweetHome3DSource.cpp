#include "core/dataset/sources/SweetHome3DSource.h"

#include "core/Error.h"
#include "core/dataset/CatalogModel.h"

#include <QDir>
#include <QFileInfo>

namespace lift3d {

SweetHome3DSource::SweetHome3DSource(const QStringList& catalogs) {
    for (const QString& catalog : catalogs)
        for (const CatalogEntry& entry : readFurnitureCatalog(catalog)) {
            if (m_entries.count(entry.id))
                continue; // the same id in two catalogs: the first wins, as before
            SourceObject object;
            object.source = name();
            object.id = entry.id;
            object.category = entry.category;
            object.name = entry.name;
            object.provenance = QStringLiteral("sweethome3d-furniture: %1 %2")
                                    .arg(QFileInfo(catalog).fileName(), entry.modelPath);
            object.author = entry.creator;
            object.license = entry.license;
            object.location = QFileInfo(catalog).fileName();
            m_entries.emplace(entry.id, entry);
            m_objects.push_back(object);
        }
}

QStringList SweetHome3DSource::catalogsIn(const QString& packageRoot) {
    const QDir folder(
        QDir(packageRoot).filePath(QStringLiteral("usr/share/sweethome3d/furniture")));
    QStringList catalogs;
    for (const QString& name :
         folder.entryList({QStringLiteral("*.sh3f")}, QDir::Files, QDir::Name))
        catalogs << folder.filePath(name);
    return catalogs;
}

TexturedMesh SweetHome3DSource::load(const SourceObject& object) const {
    const auto entry = m_entries.find(object.id);
    if (entry == m_entries.end())
        throw Error(ErrorKind::InvalidArgument,
                    QStringLiteral("%1 is not in these catalogs.").arg(object.id));
    return loadCatalogModel(entry->second);
}

QImage SweetHome3DSource::icon(const SourceObject& object) const {
    const auto entry = m_entries.find(object.id);
    if (entry == m_entries.end() || entry->second.iconPath.isEmpty())
        return {};
    return QImage::fromData(readArchiveFile(entry->second.catalogFile, entry->second.iconPath));
}

} // namespace lift3d
