#pragma once

#include "core/dataset/ObjectSource.h"

#include <QRegularExpression>
#include <glm/mat3x3.hpp>
#include <vector>

namespace lift3d {

// Where a pack's models get their pictures, beyond the texture paths their files name (looked up
// next to the model, then in the pack's texture folders, then from the top of the data folder
// and of each archive, in any case and with any picture extension).
enum class PackMaterials {
    AsNamed,
    // Red Eclipse and other Cube Engine games: a model is what a folder's obj.cfg, iqm.cfg,
    // md5.cfg or md3.cfg loads, and that file assigns its skins (CubeEngineModelConfig.h). Only
    // models such a file loads are listed.
    CubeEngine,
    // Quake 3 and OpenArena: MD3 surfaces name shaders of scripts/*.shader, or .skin files beside
    // the model paint them (Quake3Materials.h).
    Quake3,
    // Scorched 3D: the models carry no texture coordinates (the game projects the skin), so each
    // takes the mean colour of the picture named like it (t55.ase -> t55.jpg) as its colour.
    SkinColour,
};

// Ids are paths relative to the data folder; patterns match them whole, case-insensitively:
// '*' within a folder, '**' across folders, "**/" for any (or no) folders.
struct PackCategory {
    QString pattern;
    QString category;
};
struct PackUpright {
    QString pattern;
    glm::mat3 rotation;
};
struct PackCredit {
    QString pattern;
    QString author;
    QString license;
};

// One game's data package as a source of objects: which of its files are whole single objects
// (never levels, tracks, maps, effects, animation-only files or icons), how to make them upright
// and what to call them.
struct GamePackDescription {
    QString name;       // the source's name(), e.g. "redeclipse"
    QString package;    // the Debian package, e.g. "redeclipse-data"
    QString dataFolder; // inside the package, e.g. "usr/share/games/redeclipse/data"
    // Zip files (relative to dataFolder) whose entries count as files, under "<archive>/".
    QStringList archives;
    QStringList include;        // a file is a candidate when it matches one of these...
    QStringList exclude;        // ...and none of these
    QStringList textureFolders; // relative to dataFolder, searched after the model's own folder
    // Turns a model as Assimp gives it (Assimp already turns MD3, MD5 and IQM files +Y up)
    // upright: the rotation of the first matching exception, else `upright`.
    glm::mat3 upright{1.0f};
    std::vector<PackUpright> uprights;
    std::vector<PackCategory> categories; // the first match names the category...
    QString defaultCategory;              // ...else this
    QString author, license;              // of every object...
    std::vector<PackCredit> credits;      // ...but those of a matching exception
    QString credit;                       // the line for the manifest, the About box, NOTICE
    PackMaterials materials = PackMaterials::AsNamed;
    // Fewer triangles than this is a marker or a placeholder, not an object.
    int minimumTriangles = 8;
    // A model whose shortest side is below this share of its longest is a billboard, a decal or
    // a ground piece: flat, it teaches nothing about shape.
    float minimumThickness = 0.01f;
};

// The small game packs Debian ships whose models make good training objects (issue text:
// "Small packs worth it"), each described by a GamePackDescription.
std::vector<GamePackDescription> gamePackDescriptions();

// A game data package (an unpacked Debian package) read through its GamePackDescription. list()
// reads every candidate model once (seconds for the largest pack) to leave out what Assimp cannot
// read, what is flat or tiny, and duplicates: models with the same geometry (same vertex and
// triangle count and bounding box: the same file twice, or one mesh painted two ways) are one
// object, the one in the fewest folders (then the first by id) standing for all. Ids are paths
// relative to the data folder, so they stay put across runs and machines.
class GamePackSource : public ObjectSource {
public:
    // `packageRoot`: the unpacked package (holding description.dataFolder), "/" for an
    // installed one.
    GamePackSource(GamePackDescription description, const QString& packageRoot);

    QString name() const override { return m_description.name; }
    QString credit() const override { return m_description.credit; }
    std::vector<SourcePackage> packages() const override { return {{m_description.package, true}}; }
    const GamePackDescription& description() const { return m_description; }

    std::vector<SourceObject> list() const override;
    TexturedMesh load(const SourceObject& object) const override;

private:
    QString dataFolder() const;
    bool isCandidate(const QString& id) const;
    QString categoryOf(const QString& id) const;
    TexturedMesh read(const QString& id, const QString& config, bool withTextures) const;

    GamePackDescription m_description;
    QString m_packageRoot;
    std::vector<QRegularExpression> m_include, m_exclude, m_categories, m_credits, m_uprights;
};

} // namespace lift3d
