#pragma once

#include "core/dataset/ObjectSource.h"

#include <QString>
#include <memory>
#include <mutex>

namespace lift3d {

// The art of 0 A.D. (Debian package 0ad-data; Wildfire Games, CC BY-SA 3.0): one 3.3 GB zip,
// usr/share/games/0ad/mods/public/public.zip, holding the game's meshes in its own PMD format
// (art/meshes/**/*.dae.cached.pmd), their textures as DDS (art/textures/skins/) and the actor
// files that put them together (ZeroADActor.h).
//
// One object per mesh that an actor names and that stands on its own: animals, trees, plants,
// rocks, buildings, ships, carts and siege engines, statues, containers, weapons, tools,
// helmets, shields and greaves (a quarter of those: many and near-identical). Left out: what
// only exists as a part of something else (a tree's crown, a building's roof or decoration
// layer, a ship's sail, heads, bodies without heads), decals, foundations, scaffolding, rubble,
// markers and water. An object is loaded as its actor shows it by default: the mesh with its
// texture plus the props the actor attaches to it (a tree's crown on its trunk, a temple's
// statues), turned from the game's left-handed frame into ours and normalised. A texture keeps
// its alpha only where the game cuts holes with it (leaves, fences: the basic_trans materials);
// where alpha marks the owner's colour, one of the game's player colours (by the object's hash)
// is painted in.
//
// SourceObject: id is the mesh's path in the archive as actors name it
// ("art/meshes/gaia/tree_baobab_trunk_a.dae"), location the cached PMD entry, extra[0] the actor
// that shows it (relative to art/actors/).
class ZeroADSource : public ObjectSource {
public:
    // `packageRoot`: where the package is unpacked (the folder holding usr/).
    explicit ZeroADSource(const QString& packageRoot);
    ~ZeroADSource() override;

    QString name() const override { return QStringLiteral("0ad"); }
    QString credit() const override;
    std::vector<SourcePackage> packages() const override { return {{QStringLiteral("0ad-data")}}; }

    std::vector<SourceObject> list() const override;
    TexturedMesh load(const SourceObject& object) const override;

    // The archive inside an unpacked package.
    static QString archiveIn(const QString& packageRoot);

    struct ArchiveIndex; // where each file sits in the zip, read once (ZeroADSource.cpp)

private:
    const ArchiveIndex& index() const;

    QString m_archivePath;
    mutable std::mutex m_indexMutex;
    mutable std::shared_ptr<const ArchiveIndex> m_index;
};

} // namespace lift3d
