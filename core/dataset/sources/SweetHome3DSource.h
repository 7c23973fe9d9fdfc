#pragma once

#include "core/dataset/FurnitureCatalog.h"
#include "core/dataset/ObjectSource.h"

#include <map>

namespace lift3d {

// The Sweet Home 3D furniture catalogs (Debian package sweethome3d-furniture): the first
// source, named "sh3d". Object ids are the catalog ids (`id#N`), so their splits never change.
class SweetHome3DSource : public ObjectSource {
public:
    // `catalogs`: .sh3f files.
    explicit SweetHome3DSource(const QStringList& catalogs);
    // The catalogs of an unpacked sweethome3d-furniture tree (or of an installed package when
    // `packageRoot` is "/").
    static QStringList catalogsIn(const QString& packageRoot);

    QString name() const override { return QStringLiteral("sh3d"); }
    QString credit() const override { return sweetHome3DAttribution(); }
    std::vector<SourcePackage> packages() const override {
        return {{QStringLiteral("sweethome3d-furniture"), true}};
    }
    std::vector<SourceObject> list() const override { return m_objects; }
    TexturedMesh load(const SourceObject& object) const override;
    QImage icon(const SourceObject& object) const override;

private:
    std::vector<SourceObject> m_objects;
    std::map<QString, CatalogEntry> m_entries; // by id
};

} // namespace lift3d
