#pragma once

#include "core/dataset/ObjectSource.h"

namespace lift3d {

// The furniture Sweet Home 3D itself ships (Debian package sweethome3d: the default catalog in
// sweethome3d.jar, DefaultFurnitureCatalog.properties with its OBJ models, untextured), named
// "sh3d-default" ("sh3d" is the sweethome3d-furniture libraries, SweetHome3DSource.h). Object
// ids are the catalog ids ("eTeks#bed140x190"). The plain shapes it offers for texturing (box,
// cylinder, triangle) and the light-source sphere are left out; models listed twice are one
// object.
class SweetHome3DDefaultCatalogSource : public ObjectSource {
public:
    // `packageRoot`: the unpacked sweethome3d package, "/" for an installed one.
    explicit SweetHome3DDefaultCatalogSource(const QString& packageRoot);

    QString name() const override { return QStringLiteral("sh3d-default"); }
    QString credit() const override;
    std::vector<SourcePackage> packages() const override {
        return {{QStringLiteral("sweethome3d"), true}};
    }
    std::vector<SourceObject> list() const override;
    TexturedMesh load(const SourceObject& object) const override;
    QImage icon(const SourceObject& object) const override;

    // Where the jar lies inside the package.
    static QString jarInPackage() {
        return QStringLiteral("usr/share/sweethome3d/sweethome3d.jar");
    }

private:
    QString m_jar;
};

} // namespace lift3d
