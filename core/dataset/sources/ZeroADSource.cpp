#include "core/dataset/sources/ZeroADSource.h"

#include "core/Error.h"
#include "core/dataset/AssimpModel.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DdsImage.h"
#include "core/dataset/PmdMesh.h"
#include "core/dataset/ZipArchive.h"
#include "core/dataset/sources/ZeroADActor.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <glm/mat4x4.hpp>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <unzip.h>

namespace lift3d {

// Where each file of the zip sits, so that a file is found in constant time: minizip's own
// unzLocateFile walks the central directory, 36,000 entries of a 3.3 GB file, for every file.
struct ZeroADSource::ArchiveIndex {
    QHash<QString, unz64_file_pos> entries;
    QStringList names; // in the zip's order
};

namespace {

constexpr auto kPackage = "0ad-data";
const QString kMeshFolder = QStringLiteral("art/meshes/");
const QString kActorFolder = QStringLiteral("art/actors/");
const QString kVariantFolder = QStringLiteral("art/variants/");
const QString kSkinFolder = QStringLiteral("art/textures/skins/");
const QString kCachedMesh = QStringLiteral(".cached.pmd"); // the game's compiled form of a .dae
const QString kCachedTexture = QStringLiteral(".cached.dds");
constexpr int kMaxPropDepth = 4; // props of props: deeper than the game's art nests them
constexpr int kMaxParts = 256;   // guards against actors that prop each other in a circle
constexpr qint64 kMaxFileBytes = qint64(1) << 28;

// Helmets, shields and greaves: hundreds of meshes, mostly the same few shapes in other colours
// and trims, or mirrored for the other leg.
constexpr int kNearIdenticalKeepEvery = 4;

// One open handle on the zip: minizip handles are not thread-safe, so each load opens its own
// (opening reads only the end of the file; the directory is in the shared index).
class Archive {
public:
    Archive(const QString& path, const ZeroADSource::ArchiveIndex& index)
        : m_index(index), m_handle(unzOpen64(QFile::encodeName(path).constData())) {
        if (!m_handle)
            throw Error(ErrorKind::FileNotReadable,
                        QStringLiteral("Could not open the 0 A.D. archive %1; fetch the package "
                                       "0ad-data again.")
                            .arg(path));
    }
    ~Archive() { unzClose(m_handle); }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool contains(const QString& name) const { return m_index.entries.contains(name); }

    // The file's bytes; empty when it is missing or unreadable.
    QByteArray read(const QString& name) const {
        const auto entry = m_index.entries.constFind(name);
        if (entry == m_index.entries.constEnd())
            return {};
        unz64_file_pos position = entry.value();
        unz_file_info64 info{};
        if (unzGoToFilePos64(m_handle, &position) != UNZ_OK ||
            unzGetCurrentFileInfo64(m_handle, &info, nullptr, 0, nullptr, 0, nullptr, 0) !=
                UNZ_OK ||
            info.uncompressed_size > quint64(kMaxFileBytes) ||
            unzOpenCurrentFile(m_handle) != UNZ_OK)
            return {};
        QByteArray bytes(qsizetype(info.uncompressed_size), Qt::Uninitialized);
        const int read = unzReadCurrentFile(m_handle, bytes.data(), unsigned(bytes.size()));
        const bool intact = unzCloseCurrentFile(m_handle) == UNZ_OK; // checks the CRC
        return read == bytes.size() && intact ? bytes : QByteArray();
    }

private:
    const ZeroADSource::ArchiveIndex& m_index;
    unzFile m_handle;
};

// Lowercase words of a path's file name: "props/units/brit_helmet_01.xml" -> brit, helmet, xml.
QStringList wordsOf(const QString& path) {
    static const QRegularExpression nonLetters(QStringLiteral("[^a-z]+"));
    const QString file = path.section(QLatin1Char('/'), -1).toLower();
    return file.split(nonLetters, Qt::SkipEmptyParts);
}

// Whether any word equals a keyword, or starts with one written with a trailing '*'.
bool anyWord(const QStringList& words, std::initializer_list<const char*> keywords) {
    for (const QString& word : words)
        for (const char* keyword : keywords) {
            const QLatin1String key(keyword);
            if (key.endsWith(QLatin1Char('*')) ? word.startsWith(key.chopped(1)) : word == key)
                return true;
        }
    return false;
}

bool under(const QString& path, std::initializer_list<const char*> folders) {
    return std::any_of(folders.begin(), folders.end(),
                       [&](const char* folder) { return path.startsWith(QLatin1String(folder)); });
}

// What is never an object of its own, whatever actor names it: flat or partial pieces (decals,
// foundations, ground patches, rubble, scaffolding), effects and markers, water, bare spear
// shafts and javelins in flight (sticks).
bool isNeverAnObject(const QStringList& words) {
    return anyWord(words, {"decal*",    "rubble",      "scaffold*",    "destruct*", "destroyed",
                           "fndn",      "foundation*", "construction", "particle*", "marker*",
                           "aura*",     "garrison*",   "flag*",        "plot",      "water*",
                           "waterfall", "wave*",       "shadow",       "blood",     "target",
                           "head",      "heads",       "ground",       "dirt",      "mud",
                           "turf",      "debris",      "base",         "roof*",     "sail*",
                           "shroud*",   "shaft",       "projectile*",  "loaded"});
}

// A prop an actor attaches that is no part of the object's shape (effects, markers, the crew).
bool isDecoration(const ZeroADProp& prop) {
    const QString actor = ZipArchive::normalizePath(prop.actor);
    return under(actor, {"particle/", "units/", "props/units/heads/", "props/special/common/"}) ||
           anyWord(wordsOf(actor), {"decal*", "blood", "destruct*", "rubble", "scaffold*",
                                    "garrison*", "flag*", "water*", "wave*", "shadow", "fire",
                                    "smoke", "dust", "aura*", "marker*", "projectile*", "ammo"}) ||
           anyWord(wordsOf(prop.attachPoint), {"garrisoned", "projectile", "ammo"});
}

// Loose things on a building that make good objects alone (props/structures/ is otherwise the
// buildings' layers: roofs, decoration, shields on walls).
bool isLooseThing(const QStringList& words) {
    return anyWord(words,
                   {"barrel*", "box*",   "crate*",      "amphor*", "anvil",    "chariot", "cart*",
                    "wagon*",  "boat*",  "pentekonter", "statue*", "cauldron", "vase*",   "basket*",
                    "sack*",   "bucket", "wheel*",      "table",   "trunks",   "planks"});
}

// The category of a mesh as `actor` (relative to art/actors/) shows it, or empty when it is not
// an object of its own.
QString categoryOf(const QString& actor, const QString& mesh) {
    QStringList words = wordsOf(actor) + wordsOf(mesh);
    if (isNeverAnObject(words) ||
        under(mesh, {"skeletal/new/", "skeletal/campaigns/", "temp/", "test/"}) ||
        under(actor, {"temp/", "props/temp/", "particle/", "props/special/common/",
                      "props/units/heads/", "props/units/capes/", "props/units/horse/",
                      "props/units/elephant/", "props/horse/", "props/camel/", "props/fauna/",
                      "campaigns/units/", "special/target", "special/flare"}))
        return {};
    const auto is = [&](std::initializer_list<const char*> keywords) {
        return anyWord(words, keywords);
    };

    if (under(actor, {"fauna/"}) || under(mesh, {"skeletal/"}))
        return is({"trader", "cart"}) ? QStringLiteral("vehicle/cart") : QStringLiteral("animal");
    if (under(actor, {"flora/trees/", "campaigns/flora/"}))
        return QStringLiteral("plant/tree");
    if (under(actor, {"flora/", "fungi/", "props/flora/"}))
        return QStringLiteral("plant/other");
    if (under(actor, {"geology/", "props/geology/"}))
        return QStringLiteral("rock");
    if (under(actor, {"props/units/helmets/"}))
        return QStringLiteral("armour/helmet");
    if (under(actor, {"props/units/shields/"}))
        return QStringLiteral("armour/shield");
    if (under(actor, {"props/units/armor/"}))
        return QStringLiteral("armour/body");
    if (under(actor, {"props/units/siege_artillery/"}))
        return QStringLiteral("vehicle/siege");
    if (under(actor, {"props/units/"})) {
        if (under(actor, {"props/units/weapons/", "props/units/quivers/"}) ||
            is({"quiver*", "sword*", "spear*", "jav*", "bow", "sling", "scabbard", "sheath*",
                "gladius", "bolt"}))
            return QStringLiteral("weapon");
        if (under(actor, {"props/units/tools/"}) ||
            is({"shuttle", "basket*", "bag", "staff", "parasol", "pouch", "backpack", "seed"}))
            return QStringLiteral("tool");
        return {}; // turrets, emblems, reins: parts of a unit
    }
    if (under(actor, {"props/structures/"}) && !isLooseThing(words))
        return {};
    if (under(actor, {"props/"})) {
        if (is({"statue*", "obelisk*", "column*", "standingstone", "monument", "sphynx", "snowman",
                "colonnade", "temple", "megalith*", "pyramid"}))
            return QStringLiteral("statue");
        if (is({"ship*", "shipwreck", "boat*", "pentekonter", "trireme"}))
            return QStringLiteral("vehicle/ship");
        if (is({"cart*", "handcart", "wagon*", "chariot", "wheel*", "catafalque", "ram"}))
            return QStringLiteral("vehicle/cart");
        if (is({"barrel*", "amphor*", "vase*", "basket*", "crate*", "box*", "sack*", "bin*",
                "producebin", "treasure", "pot*", "bucket", "well", "cauldron", "jar*"}))
            return QStringLiteral("container");
        if (is({"sword*", "spear*", "weapon*", "anvil", "tools", "rack", "bow"}))
            return QStringLiteral("tool");
        if (is({"table", "bench", "stall*", "awning*", "rugstand"}))
            return QStringLiteral("furniture");
        if (is({"skeleton*", "skull", "bones"}))
            return QStringLiteral("remains");
        if (is({"tree*", "bush*", "fern*", "flower*", "plant*", "grass*", "hay", "reed*", "palm*",
                "produce"}))
            return QStringLiteral("plant/other");
        if (is({"rock*", "stone*", "iceberg", "brick*", "block*", "boulder*"}))
            return QStringLiteral("rock");
        if (is({"wood*", "plank*", "log*", "trunk*", "woodcord"}))
            return QStringLiteral("goods/wood");
        if (is({"tent*", "hut*", "tower*", "bridge*", "fence*", "house*", "wall*", "campfire"}))
            return QStringLiteral("building");
        return QStringLiteral("other");
    }
    if (under(actor, {"structures/", "special/", "campaigns/structures/"})) {
        if (is({"ship*", "boat*", "trireme*", "bireme*", "quinquereme*", "pentekonter", "skiff",
                "merchantman", "warship", "fireship", "rowboat", "towership", "mer", "tri"}))
            return QStringLiteral("vehicle/ship");
        if (is({"wall*", "palisade*", "gate*"}))
            return QStringLiteral("building/wall");
        return QStringLiteral("building");
    }
    if (under(actor, {"units/"})) {
        if (is({"chariot*", "char"}))
            return QStringLiteral("vehicle/chariot");
        if (is({"siege", "ram", "ballista*", "onager", "lithobolos*", "oxybeles*", "polybolos*",
                "scorpio", "mangonel*", "sambuca", "shoushe", "pivot"}))
            return QStringLiteral("vehicle/siege");
        if (is({"trader", "cart*", "catafalque*"}))
            return QStringLiteral("vehicle/cart");
        if (is({"plane", "aeroplane"}))
            return QStringLiteral("vehicle/other");
    }
    return {};
}

QString readableName(const QString& mesh) {
    QString name = mesh.section(QLatin1Char('/'), -1);
    name.chop(name.endsWith(QLatin1String(".dae")) ? 4 : 0);
    return name.replace(QLatin1Char('_'), QLatin1Char(' ')).trimmed();
}

// The zip entry of a mesh as an actor names it ("gaia/rock.dae" -> the cached PMD).
QString meshEntry(const QString& mesh) {
    return kMeshFolder + ZipArchive::normalizePath(mesh) + kCachedMesh;
}

QStringList skinEntries(const QString& texture) {
    const QString path = kSkinFolder + ZipArchive::normalizePath(texture);
    return {path + kCachedTexture, path};
}

// The game's default player colours (simulation/data/settings/player_defaults.json): the
// "player_trans" materials tint where the texture's alpha is low with the owner's colour.
const glm::vec3 kPlayerColours[] = {{21, 55, 149},  {150, 20, 20},  {86, 180, 31},  {231, 200, 5},
                                    {50, 170, 170}, {160, 80, 200}, {220, 115, 16}, {64, 64, 64}};

enum class AlphaUse { Opaque, AlphaTest, PlayerColour };

// What a material does with the texture's alpha (art/materials/*.xml): "basic_trans" and
// "trans_*" cut holes (leaves, fences), "player_trans" and "objectcolor" mark where the
// player's colour goes, the rest ignore it (and often keep a specular mask there).
AlphaUse alphaUseOf(const QString& material) {
    const QString m = material.toLower();
    if (m.contains(QLatin1String("player")) || m.startsWith(QLatin1String("objectcolor")))
        return AlphaUse::PlayerColour;
    if (m.startsWith(QLatin1String("basic_trans")) || m.startsWith(QLatin1String("trans")))
        return AlphaUse::AlphaTest;
    return AlphaUse::Opaque;
}

QImage applyAlphaUse(QImage image, AlphaUse use, const glm::vec3& playerColour) {
    if (use == AlphaUse::AlphaTest)
        return image;
    for (int y = 0; y < image.height(); ++y) {
        uchar* pixel = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x, pixel += 4) {
            if (use == AlphaUse::PlayerColour) {
                const float a = pixel[3] / 255.0f; // 1: the texture, 0: fully the player colour
                for (int c = 0; c < 3; ++c)
                    pixel[c] = uchar(pixel[c] * (a + (1.0f - a) * playerColour[c] / 255.0f) + 0.5f);
            }
            pixel[3] = 255;
        }
    }
    return image;
}

// Puts an actor together as the game shows it by default: its mesh, texture and props.
class ActorAssembly {
public:
    ActorAssembly(const Archive& archive, glm::vec3 playerColour)
        : m_archive(archive), m_playerColour(playerColour) {}

    // Adds the actor's mesh placed by `placement`; at depth 0 a missing or damaged mesh throws,
    // a prop that cannot be read is left out.
    void add(const QString& actorPath, const QString& preferredMesh, const glm::mat4& placement,
             int depth) {
        if (++m_parts > kMaxParts)
            return;
        const ZeroADActorChoice choice = chooseVariants(actor(actorPath), preferredMesh);
        if (choice.mesh.isEmpty()) {
            if (depth == 0)
                throw Error(ErrorKind::MeshImportFailed,
                            QStringLiteral("The 0 A.D. actor %1 names no mesh.").arg(actorPath));
            return;
        }
        PmdMesh pmd;
        try {
            const QByteArray bytes = m_archive.read(meshEntry(choice.mesh));
            if (bytes.isEmpty())
                throw Error(ErrorKind::MeshImportFailed,
                            QStringLiteral("The 0 A.D. mesh %1 is missing from the archive; fetch "
                                           "the package 0ad-data again.")
                                .arg(choice.mesh));
            pmd = readPmd(bytes);
        } catch (const Error&) {
            if (depth == 0)
                throw;
            return;
        }
        append(pmd, placement, material(choice.baseTexture, choice.material));
        if (depth >= kMaxPropDepth)
            return;
        for (const ZeroADProp& prop : choice.props) {
            if (isDecoration(prop))
                continue;
            if (const PmdPropPoint* point = pmd.findPropPoint(prop.attachPoint.toStdString()))
                add(ZipArchive::normalizePath(prop.actor), {},
                    placement * pmd.propTransform(*point), depth + 1);
        }
    }

    TexturedMesh take() { return std::move(m_mesh); }

private:
    const ZeroADActor& actor(const QString& path) {
        auto cached = m_actors.find(path);
        if (cached == m_actors.end()) {
            ZeroADActor parsed = parseZeroADActor(m_archive.read(kActorFolder + path));
            resolveVariantFiles(parsed, [&](const QString& file) {
                return m_archive.read(kVariantFolder + ZipArchive::normalizePath(file));
            });
            cached = m_actors.emplace(path, std::move(parsed)).first;
        }
        return cached->second;
    }

    std::uint32_t material(const QString& texture, const QString& materialName) {
        const AlphaUse use = alphaUseOf(materialName);
        const QString key = texture + QLatin1Char('|') + QString::number(int(use));
        auto known = m_materials.find(key);
        if (known != m_materials.end())
            return known->second;
        SurfaceMaterial material;
        const QImage image = loadSkin(texture);
        if (!image.isNull()) {
            material.texture = applyAlphaUse(image, use, m_playerColour);
            material.diffuse = glm::vec3(1.0f);
        }
        m_mesh.materials.push_back(material);
        const auto index = std::uint32_t(m_mesh.materials.size() - 1);
        m_materials.emplace(key, index);
        return index;
    }

    QImage loadSkin(const QString& texture) const {
        if (texture.isEmpty())
            return {};
        for (const QString& entry : skinEntries(texture)) {
            const QByteArray bytes = m_archive.read(entry);
            if (bytes.isEmpty())
                continue;
            try {
                const QImage image =
                    bytes.startsWith("DDS ") ? decodeDds(bytes) : QImage::fromData(bytes);
                if (!image.isNull())
                    return image.convertToFormat(QImage::Format_RGBA8888);
            } catch (const Error&) {
                // a damaged texture leaves the material untextured
            }
        }
        return {};
    }

    void append(const PmdMesh& pmd, const glm::mat4& placement, std::uint32_t material) {
        const auto base = std::uint32_t(m_mesh.positions.size());
        for (const glm::vec3& p : pmd.positions)
            m_mesh.positions.emplace_back(placement * glm::vec4(p, 1.0f));
        if (!pmd.uvs.empty() || !m_mesh.uvs.empty()) {
            m_mesh.uvs.resize(base, glm::vec2(0.0f)); // earlier parts without UVs
            if (pmd.uvs.empty())
                m_mesh.uvs.resize(m_mesh.positions.size(), glm::vec2(0.0f));
            else
                m_mesh.uvs.insert(m_mesh.uvs.end(), pmd.uvs.begin(), pmd.uvs.end());
        }
        for (std::uint32_t index : pmd.indices)
            m_mesh.indices.push_back(base + index);
        m_mesh.triangleMaterial.resize(m_mesh.indices.size() / 3, material);
    }

    const Archive& m_archive;
    glm::vec3 m_playerColour;
    TexturedMesh m_mesh;
    std::map<QString, ZeroADActor> m_actors;
    std::map<QString, std::uint32_t> m_materials;
    int m_parts = 0;
};

// 0 A.D. works in a left-handed frame, +Y up: its COLLADA converter negates z of the artists'
// right-handed models (source/collada/CommonConvert.cpp). Negating z back restores them, and
// there the game's units and buildings face +Z, as our objects do at azimuth 0. The mirror
// also turns every triangle over, so two of its corners are swapped back.
void toRightHanded(TexturedMesh& mesh) {
    for (glm::vec3& p : mesh.positions)
        p.z = -p.z;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
}

} // namespace

ZeroADSource::ZeroADSource(const QString& packageRoot) : m_archivePath(archiveIn(packageRoot)) {}

ZeroADSource::~ZeroADSource() = default;

QString ZeroADSource::archiveIn(const QString& packageRoot) {
    return QDir(packageRoot).filePath(QStringLiteral("usr/share/games/0ad/mods/public/public.zip"));
}

QString ZeroADSource::credit() const {
    // usr/share/doc/0ad-data/copyright: "Files: * Copyright: 2010 Wildfire Games License:
    // CC-BY-SA-3.0"; art/LICENSE.txt in the archive asks for the name "Wildfire Games", the
    // licence's address and http://www.wildfiregames.com/, and notes textures derived from
    // CGTextures material, distributed as CC BY-SA by special permission.
    return QStringLiteral(
        "Trained on the art of 0 A.D. Empires Ascendant as packaged by Debian (0ad-data 0.0.26, "
        "https://play0ad.com): Copyright (C) 2009-2010 Wildfire Games "
        "(http://www.wildfiregames.com/), CC BY-SA 3.0 "
        "(https://creativecommons.org/licenses/by-sa/3.0/); some textures are derived from "
        "CGTextures material (http://www.cgtextures.com/) by special permission. The meshes were "
        "assembled from their actors, mirrored into a right-handed frame, normalised and "
        "rendered.");
}

const ZeroADSource::ArchiveIndex& ZeroADSource::index() const {
    const std::lock_guard<std::mutex> lock(m_indexMutex);
    if (m_index)
        return *m_index;
    if (!QFile::exists(m_archivePath))
        throw Error(ErrorKind::FileNotFound,
                    QStringLiteral("The 0 A.D. art is missing (%1); fetch the package 0ad-data.")
                        .arg(m_archivePath));
    unzFile zip = unzOpen64(QFile::encodeName(m_archivePath).constData());
    if (!zip)
        throw Error(
            ErrorKind::FileNotReadable,
            QStringLiteral("Could not open the 0 A.D. archive %1; fetch the package 0ad-data "
                           "again.")
                .arg(m_archivePath));
    auto index = std::make_shared<ArchiveIndex>();
    char name[1024];
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        unz64_file_pos position{};
        // minizip leaves the name unterminated when it fills the buffer: skip such entries.
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
                UNZ_OK ||
            info.size_filename >= sizeof name || unzGetFilePos64(zip, &position) != UNZ_OK)
            continue;
        const QString path = QString::fromUtf8(name, qsizetype(info.size_filename));
        if (path.endsWith(QLatin1Char('/')))
            continue; // a folder
        index->entries.insert(path, position);
        index->names << path;
    }
    unzClose(zip);
    m_index = std::move(index);
    return *m_index;
}

std::vector<SourceObject> ZeroADSource::list() const {
    const ArchiveIndex& files = index();
    const Archive archive(m_archivePath, files);

    // Every actor, and which actors others attach as props: at "root" they are layers of
    // something bigger (a tree's crown, a building's roof), never an object of their own.
    std::map<QString, ZeroADActor> actors;
    std::map<QString, ZeroADVariant> variantFiles;
    for (const QString& name : files.names) {
        if (!name.startsWith(kActorFolder) || !name.endsWith(QLatin1String(".xml")))
            continue;
        ZeroADActor actor = parseZeroADActor(archive.read(name));
        resolveVariantFiles(actor, [&](const QString& file) {
            return archive.read(kVariantFolder + ZipArchive::normalizePath(file));
        });
        if (!actor.groups.empty())
            actors.emplace(name.mid(kActorFolder.size()), std::move(actor));
    }
    std::set<QString> props, rootProps;
    std::map<QString, std::vector<QString>> actorsOfMesh; // actors in path order
    for (const auto& [path, actor] : actors)
        for (const auto& group : actor.groups)
            for (const ZeroADVariant& variant : group) {
                for (const ZeroADProp& prop : variant.props) {
                    const QString propActor = ZipArchive::normalizePath(prop.actor);
                    props.insert(propActor);
                    if (prop.attachPoint == QLatin1String("root"))
                        rootProps.insert(propActor);
                }
                if (!variant.mesh.isEmpty()) {
                    auto& owners = actorsOfMesh[variant.mesh];
                    if (owners.empty() || owners.back() != path)
                        owners.push_back(path);
                }
            }

    std::vector<SourceObject> objects;
    std::map<QString, int> nearIdenticalSeen;
    for (const auto& [mesh, owners] : actorsOfMesh) {
        const QString entry = meshEntry(mesh);
        if (!archive.contains(entry))
            continue;
        // The actor that shows the mesh as a thing of its own: one placed in the world rather
        // than carried or attached, when there is one.
        const QString owner = *std::min_element(
            owners.begin(), owners.end(), [&](const QString& a, const QString& b) {
                const auto rank = [&](const QString& actor) {
                    return std::make_tuple(actor.startsWith(QLatin1String("props/")),
                                           props.count(actor) > 0, actor);
                };
                return rank(a) < rank(b);
            });
        if (rootProps.count(owner))
            continue;
        const QString category = categoryOf(owner, mesh);
        if (category.isEmpty())
            continue;
        const ZeroADActorChoice choice = chooseVariants(actors.at(owner), mesh);
        const QStringList skins = skinEntries(choice.baseTexture);
        if (choice.baseTexture.isEmpty() ||
            std::none_of(skins.begin(), skins.end(),
                         [&](const QString& skin) { return archive.contains(skin); }))
            continue; // untextured meshes in the game are placeholders
        if (category.startsWith(QLatin1String("armour/")))
            if (nearIdenticalSeen[category]++ % kNearIdenticalKeepEvery != 0)
                continue;

        SourceObject object;
        object.source = name();
        object.id = kMeshFolder + ZipArchive::normalizePath(mesh);
        object.category = category;
        object.name = readableName(mesh);
        object.provenance = QStringLiteral("%1: public.zip/%2 (actor %3%4)")
                                .arg(QLatin1String(kPackage), entry, kActorFolder, owner);
        object.author = QStringLiteral("Wildfire Games");
        object.license = QStringLiteral("CC-BY-SA-3.0");
        object.location = entry;
        object.extra = QStringList{owner};
        objects.push_back(std::move(object));
    }
    std::sort(objects.begin(), objects.end(),
              [](const SourceObject& a, const SourceObject& b) { return a.id < b.id; });
    return objects;
}

TexturedMesh ZeroADSource::load(const SourceObject& object) const {
    if (object.extra.isEmpty() || !object.id.startsWith(kMeshFolder))
        throw Error(
            ErrorKind::MeshImportFailed,
            QStringLiteral("The object %1 is not one of the 0 A.D. source.").arg(object.id));
    const Archive archive(m_archivePath, index());
    const std::uint32_t hash = fnv1a32(object.id.toUtf8());
    ActorAssembly assembly(archive, kPlayerColours[hash % std::size(kPlayerColours)]);
    assembly.add(object.extra.front(), object.id.mid(kMeshFolder.size()), glm::mat4(1.0f), 0);
    TexturedMesh mesh = assembly.take();
    if (mesh.indices.empty())
        throw Error(ErrorKind::EmptyMesh,
                    QStringLiteral("The 0 A.D. mesh %1 contains no triangles.").arg(object.id));
    toRightHanded(mesh);
    normaliseObject(mesh);
    return mesh;
}

} // namespace lift3d
