#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace lift3d {

// 0 A.D. describes every object it shows with an *actor* (art/actors/**/*.xml): groups of
// variants, of which the game picks one per group (at random, weighted by frequency). A variant
// may name a mesh (under art/meshes/), textures (under art/textures/skins/), and props: other
// actors attached at a named point of the mesh ("root" is the mesh's origin). A variant may
// extend a shared variant file (art/variants/**/*.xml). The game reads them in
// source/graphics/ObjectBase.cpp.

struct ZeroADProp {
    QString attachPoint;
    QString actor; // relative to art/actors/; empty: removes what an earlier group put there
};

struct ZeroADVariant {
    QString name;
    int frequency = 0;   // 0: only chosen by name (e.g. "death") or when every variant has 0
    QString file;        // a variant file it extends, relative to art/variants/, or empty
    QString mesh;        // relative to art/meshes/, e.g. "gaia/tree_baobab_trunk_a.dae"
    QString baseTexture; // the colour texture, relative to art/textures/skins/
    std::vector<ZeroADProp> props;
};

struct ZeroADActor {
    std::vector<std::vector<ZeroADVariant>> groups;
    QString material; // e.g. "basic_trans.xml"; empty means the default material
};

// Parses an actor file; of a <qualitylevels> file, the highest quality. An actor with no groups
// when the XML is malformed or not an actor (the caller skips it).
ZeroADActor parseZeroADActor(const QByteArray& xml);

// Replaces every variant that names a file with that file's variant overlaid by its own content
// (the game's order: the file first, then what the actor adds or overrides). `readVariantFile`
// returns the file's bytes, empty when it is missing.
void resolveVariantFiles(ZeroADActor& actor,
                         const std::function<QByteArray(const QString& file)>& readVariantFile);

// The object the game would show by default: per group the first variant containing
// `preferredMesh` (when given), else the first variant with a frequency above 0, else the first;
// later groups override the mesh and texture of earlier ones and replace their props at the
// points they name.
struct ZeroADActorChoice {
    QString mesh;
    QString baseTexture;
    QString material;
    std::vector<ZeroADProp> props; // non-empty actors only; several may share a point
};
ZeroADActorChoice chooseVariants(const ZeroADActor& actor, const QString& preferredMesh = {});

} // namespace lift3d
