#include "core/dataset/sources/FlightGearSource.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/dataset/Ac3dSkim.h"
#include "core/dataset/AssimpModel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <assimp/IOSystem.hpp>
#include <assimp/Importer.hpp>
#include <assimp/MemoryIOWrapper.h>
#include <cstdint>
#include <map>
#include <set>

namespace lift3d {
namespace {

const QString dataFolderInPackage = QStringLiteral("usr/share/games/flightgear");

// Fewer polygons than this is a placeholder, a light stub or a crude distant stand-in.
constexpr int minimumPolygons = 100;
// Height below this share of the longest side: a ground piece (car park, court, pier, runway
// marking) that would teach nothing about shape from a picture.
constexpr float flatHeightShare = 0.02f;
// In an AI aircraft folder, a model with fewer polygons than this share of the folder's largest
// is a part the aircraft is assembled from (wheels, a drop tank, engine pods).
constexpr float aircraftPartShare = 0.2f;

// The folders whose models are objects (relative to the data folder) and the category each
// gives; the first matching prefix wins, so sub-folders come before their parents. Everything
// else (Trees, Boundaries, Effects, Weather, Models/Geometry's carrier parts, Scenery/Objects'
// placed tiles, the flyable aircraft with their cockpits) is not listed.
struct ObjectFolder {
    const char* prefix;
    const char* category;
};
const ObjectFolder objectFolders[] = {
    {"AI/Aircraft/Ferry/", "ship"}, // a boat among the AI traffic
    {"AI/Aircraft/", "aircraft"},
    {"Models/Agriculture/", "agriculture"},
    {"Models/Aircraft/", "aircraft"},
    {"Models/Airport/Pushback/", "vehicle"},
    {"Models/Airport/Vehicle/", "vehicle"},
    {"Models/Airport/", "airport"},
    {"Models/Buildings/", "building"},
    {"Models/Commercial/", "building/commercial"},
    {"Models/Industrial/", "industrial"},
    {"Models/Maritime/Civilian/", "ship"},
    {"Models/Maritime/Military/", "ship"},
    {"Models/Maritime/", "maritime"},
    {"Models/Military/", "military"},
    {"Models/Power/", "power"},
    {"Models/Residential/", "building/residential"},
    {"Models/Transport/", "vehicle"},
    {"Scenery/Models/Agriculture/", "agriculture"},
    {"Scenery/Models/Aircraft/", "aircraft"},
    {"Scenery/Models/Airport/Pushback/", "vehicle"},
    {"Scenery/Models/Airport/Vehicle/", "vehicle"},
    {"Scenery/Models/Airport/", "airport"},
    {"Scenery/Models/Commercial/", "building/commercial"},
    {"Scenery/Models/Communications/", "communications"},
    {"Scenery/Models/Fauna/", "animal"},
    {"Scenery/Models/Industrial/", "industrial"},
    {"Scenery/Models/Maritime/Civilian/", "ship"},
    {"Scenery/Models/Maritime/Military/", "ship"},
    {"Scenery/Models/Maritime/", "maritime"},
    {"Scenery/Models/Military/", "military"},
    {"Scenery/Models/Misc/", "misc"},
    {"Scenery/Models/Power/", "power"},
    {"Scenery/Models/Residential/", "building/residential"},
    {"Scenery/Models/Sport/", "sport"},
    {"Scenery/Models/StreetFurniture/", "street-furniture"},
    {"Scenery/Models/Transport/", "vehicle"},
};
// Where the folders above live; each is walked once.
const char* const walkedFolders[] = {"AI/Aircraft", "Models", "Scenery/Models"};

// Folder names (any depth, any case) that hold no whole objects: effects and weather, cockpit
// instruments and interiors, the light cones and flares aircraft carry, texture sets.
const QStringList skippedFolderNames = {
    QStringLiteral("Effects"), QStringLiteral("Weather"),  QStringLiteral("Instruments-3d"),
    QStringLiteral("Lights"),  QStringLiteral("Light"),    QStringLiteral("Interior"),
    QStringLiteral("Cockpit"), QStringLiteral("Textures"), QStringLiteral("Refueling"),
};

// File names (AI aircraft only) of parts that are large enough to pass the share above.
const QStringList aircraftPartNames = {QStringLiteral("wheels")};

// Words in a file name (split at punctuation, digits and camel case) that mark what is not one
// object, found by looking at renders of every folder: clusters of houses ("zone"), aircraft
// parked among their service vehicles, terrain pieces, runway numbers, helipad markings,
// approach-light and localizer arrays, bridge and pier sections, platforms, sports grounds.
const QStringList notAnObjectWords =
    QStringLiteral("zone services hill mine rock slabs helipad approach europoles pont ponton pier "
                   "platform platforms carpark court tenniscourtdouble horseracetrack")
        .split(QLatin1Char(' '));

struct DataRoot {
    QString package; // the Debian package, for the provenance
    QString path;    // the FlightGear data folder
    bool inPackage;  // `path` is <package>/usr/share/games/flightgear
};

std::vector<DataRoot> dataRootsOf(const QStringList& packageRoots) {
    std::vector<DataRoot> roots;
    for (const QString& packageRoot : packageRoots) {
        const QDir root(packageRoot);
        const QString packaged = root.filePath(dataFolderInPackage);
        if (QFileInfo(packaged).isDir()) {
            roots.push_back({QFileInfo(root.absolutePath()).fileName(), packaged, true});
            continue;
        }
        for (const char* folder : walkedFolders)
            if (QFileInfo(root.filePath(QLatin1String(folder))).isDir()) {
                roots.push_back({QStringLiteral("flightgear-data"), root.absolutePath(), false});
                break;
            }
    }
    return roots;
}

QString categoryOf(const QString& id) {
    for (const ObjectFolder& folder : objectFolders)
        if (id.startsWith(QLatin1String(folder.prefix)))
            return QLatin1String(folder.category);
    return {};
}

bool inSkippedFolder(const QString& id) {
    const QStringList parts = id.split(QLatin1Char('/'));
    for (int i = 0; i + 1 < parts.size(); ++i)
        for (const QString& skipped : skippedFolderNames)
            if (parts[i].compare(skipped, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

// "AI/Aircraft/A320" for any model under it, else empty.
QString aiAircraftFolderOf(const QString& id) {
    if (!id.startsWith(QLatin1String("AI/Aircraft/")))
        return {};
    return id.section(QLatin1Char('/'), 0, 2);
}

// A picture file in `folder` for the texture `reference`: the path as written, the file name in
// any case, or the same name with another picture extension (an .rgb named, a .png shipped).
QString findTextureIn(const QDir& folder, const QString& reference) {
    const QString direct = folder.filePath(reference);
    if (QFileInfo(direct).isFile())
        return direct;
    const QString fileName = QFileInfo(reference).fileName();
    const QString stem = QFileInfo(fileName).completeBaseName();
    const QStringList names = folder.entryList(QDir::Files);
    for (const QString& name : names)
        if (name.compare(fileName, Qt::CaseInsensitive) == 0)
            return folder.filePath(name);
    for (const QString& name : names)
        if (QFileInfo(name).completeBaseName().compare(stem, Qt::CaseInsensitive) == 0 &&
            !loadTextureFile(folder.filePath(name)).isNull())
            return folder.filePath(name);
    return {};
}

bool folderHasTexture(const QDir& folder, const QString& reference) {
    const QString stem = QFileInfo(reference).completeBaseName();
    for (const QString& name : folder.entryList(QDir::Files))
        if (QFileInfo(name).completeBaseName().compare(stem, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// An AI aircraft keeps its paint in Textures/<livery>/. The livery used is "default" when there
// is one, else the first by name, among those that have the model's first texture (one folder
// serves several models, each painting only some of them).
QString liveryFolder(const QDir& aircraftFolder, const QStringList& textures) {
    const QDir textureFolder(aircraftFolder.filePath(QStringLiteral("Textures")));
    QStringList liveries =
        textureFolder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    std::stable_partition(liveries.begin(), liveries.end(), [](const QString& livery) {
        return livery.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0;
    });
    for (const QString& livery : liveries)
        if (textures.isEmpty() ||
            folderHasTexture(QDir(textureFolder.filePath(livery)), textures.first()))
            return textureFolder.filePath(livery);
    return liveries.isEmpty() ? QString() : textureFolder.filePath(liveries.first());
}

QString readableName(const QString& id) {
    QString name = QFileInfo(id).completeBaseName();
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString aircraft = aiAircraftFolderOf(id).section(QLatin1Char('/'), 2);
    if (!aircraft.isEmpty() && !name.contains(aircraft, Qt::CaseInsensitive))
        name = aircraft + QStringLiteral(" (") + name + QLatin1Char(')');
    return name;
}

struct Candidate {
    QString id;   // relative to the data folder
    QString path; // absolute
    const DataRoot* root = nullptr;
    QString category;
    Ac3dSkim skim;
};

// Candidates from every root, by id; the first root wins an id found in two.
std::vector<Candidate> findCandidates(const std::vector<DataRoot>& roots) {
    std::map<QString, Candidate> byId;
    for (const DataRoot& root : roots) {
        const QDir data(root.path);
        for (const char* walked : walkedFolders) {
            QDirIterator files(data.filePath(QLatin1String(walked)), QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                if (!path.endsWith(QLatin1String(".ac"), Qt::CaseInsensitive))
                    continue;
                const QString id = data.relativeFilePath(path);
                const QString category = categoryOf(id);
                if (category.isEmpty() || inSkippedFolder(id) || byId.count(id))
                    continue;
                Candidate candidate;
                candidate.id = id;
                candidate.path = path;
                candidate.root = &root;
                candidate.category = category;
                byId.emplace(id, candidate);
            }
        }
    }
    std::vector<Candidate> candidates;
    candidates.reserve(byId.size());
    for (auto& entry : byId)
        candidates.push_back(std::move(entry.second));
    return candidates;
}

// "Drachenfels_TheRock" -> drachenfels, the, rock.
QStringList wordsOf(const QString& fileStem) {
    QStringList words;
    QString word;
    for (int i = 0; i < fileStem.size(); ++i) {
        const QChar c = fileStem[i];
        const bool startsWord = c.isUpper() && i > 0 && fileStem[i - 1].isLower();
        if (!c.isLetter() || startsWord) {
            if (!word.isEmpty())
                words << word.toLower();
            word.clear();
        }
        if (c.isLetter())
            word += c;
    }
    if (!word.isEmpty())
        words << word.toLower();
    return words;
}

bool namedAsNotAnObject(const QString& id) {
    for (const QString& word : wordsOf(QFileInfo(id).completeBaseName()))
        if (notAnObjectWords.contains(word))
            return true;
    return false;
}

bool isWholeObject(const Candidate& candidate) {
    const Ac3dSkim& skim = candidate.skim;
    if (!skim.valid || skim.polygonCount < minimumPolygons || namedAsNotAnObject(candidate.id))
        return false;
    const glm::vec3 size = skim.hi - skim.lo;
    const float longest = std::max({size.x, size.y, size.z});
    return longest > 0.0f && size.y >= flatHeightShare * longest;
}

// Serves the model's text from memory (cleaned up, see Ac3dSkim.h) and nothing else: the AC3D
// reader opens no other file.
class ModelTextIOSystem : public Assimp::IOSystem {
public:
    ModelTextIOSystem(std::string path, QByteArray text)
        : m_path(std::move(path)), m_text(std::move(text)) {}

    bool Exists(const char* path) const override { return m_path == path; }
    char getOsSeparator() const override { return '/'; }
    Assimp::IOStream* Open(const char* path, const char* mode) override {
        if (m_path != path || !mode || mode[0] != 'r')
            return nullptr;
        return new Assimp::MemoryIOStream(reinterpret_cast<const uint8_t*>(m_text.constData()),
                                          size_t(m_text.size()), false);
    }
    void Close(Assimp::IOStream* stream) override { delete stream; }

private:
    std::string m_path;
    QByteArray m_text;
};

// Removes the triangles nobody sees (materials with opacity below the renderer's 0.05: pick
// boxes, hidden light volumes) and the vertices only they used, so that they do not stretch the
// bounding box the object is normalised by.
void dropInvisibleTriangles(TexturedMesh& mesh) {
    constexpr float invisibleOpacity = 0.05f;
    std::vector<std::uint32_t> newIndex(mesh.positions.size(), UINT32_MAX);
    TexturedMesh kept;
    kept.materials = mesh.materials;
    for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
        if (mesh.materials[mesh.triangleMaterial[t]].opacity < invisibleOpacity)
            continue;
        for (int corner = 0; corner < 3; ++corner) {
            const std::uint32_t old = mesh.indices[3 * t + corner];
            if (newIndex[old] == UINT32_MAX) {
                newIndex[old] = std::uint32_t(kept.positions.size());
                kept.positions.push_back(mesh.positions[old]);
                if (!mesh.uvs.empty())
                    kept.uvs.push_back(mesh.uvs[old]);
                if (!mesh.colors.empty())
                    kept.colors.push_back(mesh.colors[old]);
            }
            kept.indices.push_back(newIndex[old]);
        }
        kept.triangleMaterial.push_back(mesh.triangleMaterial[t]);
    }
    if (kept.triangleCount() < mesh.triangleCount())
        mesh = std::move(kept);
}

} // namespace

FlightGearSource::FlightGearSource(const QStringList& packageRoots)
    : m_packageRoots(packageRoots) {}

QString FlightGearSource::credit() const {
    return QStringLiteral(
        "Trained on the FlightGear scenery, AI traffic and shared models as packaged by Debian "
        "(flightgear-data-base, flightgear-data-ai and flightgear-data-models 2020.3, "
        "https://home.flightgear.org): Copyright 1999-2017 Curtis L. Olson "
        "<curt@flightgear.org> and the FlightGear team (see the Thanks file), GPL-2+ "
        "(usr/share/doc/<package>/copyright).");
}

std::vector<SourcePackage> FlightGearSource::packages() const {
    // Each package holds a share of the models; any one is enough to list something.
    return {{QStringLiteral("flightgear-data-base"), false},
            {QStringLiteral("flightgear-data-ai"), false},
            {QStringLiteral("flightgear-data-models"), false}};
}

std::vector<SourceObject> FlightGearSource::list() const {
    const std::vector<DataRoot> roots = dataRootsOf(m_packageRoots);
    if (roots.empty())
        throw Error(ErrorKind::FileNotFound,
                    QStringLiteral("The FlightGear models are missing. Fetch flightgear-data-base, "
                                   "flightgear-data-ai or flightgear-data-models."));

    std::vector<Candidate> candidates = findCandidates(roots);
    parallelFor(candidates.size(), [&](std::size_t i) {
        QFile file(candidates[i].path);
        if (file.open(QIODevice::ReadOnly))
            candidates[i].skim = skimAc3d(file.readAll());
    });

    // The largest model of each AI aircraft folder, to tell the aircraft from its parts.
    std::map<QString, int> largestAircraft;
    for (const Candidate& candidate : candidates) {
        const QString folder = aiAircraftFolderOf(candidate.id);
        if (!folder.isEmpty() && candidate.skim.valid)
            largestAircraft[folder] =
                std::max(largestAircraft[folder], candidate.skim.polygonCount);
    }

    std::vector<SourceObject> objects;
    std::set<QByteArray> seenGeometry;
    for (const Candidate& candidate : candidates) {
        if (!isWholeObject(candidate))
            continue;
        const QString aircraftFolder = aiAircraftFolderOf(candidate.id);
        if (!aircraftFolder.isEmpty() &&
            (candidate.skim.polygonCount < aircraftPartShare * largestAircraft[aircraftFolder] ||
             aircraftPartNames.contains(QFileInfo(candidate.id).completeBaseName(),
                                        Qt::CaseInsensitive)))
            continue;
        if (!seenGeometry.insert(candidate.skim.geometryDigest).second)
            continue; // a colour variant of an object already listed

        SourceObject object;
        object.source = name();
        object.id = candidate.id;
        object.category = candidate.category;
        object.name = readableName(candidate.id);
        object.provenance =
            candidate.root->package + QStringLiteral(": ") +
            (candidate.root->inPackage ? dataFolderInPackage + QLatin1Char('/') : QString()) +
            candidate.id;
        object.author = QStringLiteral("Curtis L. Olson and the FlightGear team");
        object.license = QStringLiteral("GPL-2+");
        object.location = candidate.path;
        if (!aircraftFolder.isEmpty()) {
            const QDir folder(QDir(candidate.root->path).filePath(aircraftFolder));
            const QString livery = liveryFolder(folder, candidate.skim.textures);
            if (!livery.isEmpty())
                object.extra << livery;
            object.extra << folder.filePath(QStringLiteral("Textures")) << folder.path()
                         << folder.filePath(QStringLiteral("Models"));
        }
        objects.push_back(object);
    }
    return objects;
}

TexturedMesh FlightGearSource::load(const SourceObject& object) const {
    QFile file(object.location);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::FileNotReadable,
                    QStringLiteral("Could not open the FlightGear model %1.").arg(object.location));
    const QString path = QFileInfo(object.location).absoluteFilePath();
    Assimp::Importer importer;
    importer.SetIOHandler(
        new ModelTextIOSystem(path.toUtf8().toStdString(),
                              withGlowMaterialsTransparent(withoutHiddenParts(file.readAll()))));

    // Textures next to the model first (as FlightGear looks them up), then the livery folders.
    std::vector<QDir> folders{QFileInfo(path).absoluteDir()};
    for (const QString& folder : object.extra)
        folders.emplace_back(folder);
    TexturedMesh mesh = readTexturedScene(importer, path, [&](const QString& reference) {
        for (const QDir& folder : folders) {
            const QString found = findTextureIn(folder, reference);
            if (!found.isEmpty())
                return loadTextureFile(found);
        }
        return QImage();
    });
    dropInvisibleTriangles(mesh);
    if (mesh.indices.empty())
        throw Error(
            ErrorKind::EmptyMesh,
            QStringLiteral("The model %1 contains no visible triangles.").arg(object.location));
    // FlightGear's AC3D files are Y up (its loader turns them Z up at run time), as we want.
    normaliseObject(mesh);
    return mesh;
}

} // namespace lift3d
