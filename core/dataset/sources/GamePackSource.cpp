#include "core/dataset/sources/GamePackSource.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/dataset/AssimpModel.h"
#include "core/dataset/sources/CubeEngineModelConfig.h"
#include "core/dataset/sources/PackTree.h"
#include "core/dataset/sources/Quake3Materials.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <glm/common.hpp>
#include <limits>
#include <map>
#include <set>

namespace lift3d {
namespace {

// A pattern of GamePackDescription (see PackCategory) as an anchored regular expression.
QRegularExpression patternExpression(const QString& pattern) {
    QString expression;
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.mid(i, 3) == QLatin1String("**/")) {
            expression += QStringLiteral("(?:.*/)?");
            i += 2;
        } else if (pattern.mid(i, 2) == QLatin1String("**")) {
            expression += QStringLiteral(".*");
            ++i;
        } else if (pattern[i] == QLatin1Char('*')) {
            expression += QStringLiteral("[^/]*");
        } else if (pattern[i] == QLatin1Char('?')) {
            expression += QStringLiteral("[^/]");
        } else if (pattern[i] == QLatin1Char('[') && pattern.indexOf(QLatin1Char(']'), i) > i) {
            const int close = int(pattern.indexOf(QLatin1Char(']'), i));
            expression += pattern.mid(i, close - i + 1); // a character class, "[0-9]"
            i = close;
        } else {
            expression += QRegularExpression::escape(pattern.mid(i, 1));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::CaseInsensitiveOption);
}

std::vector<QRegularExpression> expressionsOf(const QStringList& patterns) {
    std::vector<QRegularExpression> expressions;
    for (const QString& pattern : patterns)
        expressions.push_back(patternExpression(pattern));
    return expressions;
}

bool matchesAny(const std::vector<QRegularExpression>& expressions, const QString& id) {
    return std::any_of(expressions.begin(), expressions.end(),
                       [&](const QRegularExpression& e) { return e.match(id).hasMatch(); });
}

// File names that say what role a file plays, not what it shows ("nieb/desk/model.obj",
// "vegetation/tree03/tris.md3", Quake 3's "players/sarge/lower.md3"): the name comes from the
// folder.
bool isRoleName(const QString& part) {
    static const QStringList roles = {QStringLiteral("model"), QStringLiteral("mesh"),
                                      QStringLiteral("tris"), QStringLiteral("item"),
                                      QStringLiteral("lower")};
    return roles.contains(part, Qt::CaseInsensitive);
}

// Folder names that only tell variants apart ("server_rack/2", "computer_case_v/on",
// "antenna/left"): kept, with the name of the folder above them.
bool isVariantName(const QString& part) {
    static const QStringList variants = {QStringLiteral("on"), QStringLiteral("off"),
                                         QStringLiteral("flip"), QStringLiteral("left"),
                                         QStringLiteral("right")};
    bool numeric = false;
    part.toInt(&numeric);
    return numeric || part.size() <= 1 || variants.contains(part, Qt::CaseInsensitive);
}

QString readableName(const QString& id) {
    QStringList parts = id.split(QLatin1Char('/'));
    parts.last() = QFileInfo(parts.last()).completeBaseName();
    QStringList words;
    for (int i = int(parts.size()) - 1; i >= 0; --i) {
        if (isRoleName(parts[i]) && i > 0)
            continue;
        words.prepend(parts[i]);
        if (!isVariantName(parts[i]))
            break;
    }
    QString name = words.join(QLatin1Char(' '));
    name.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return name.simplified();
}

// What list() learns of a candidate by reading it.
struct Measure {
    bool readable = false;
    QString failure;
    std::size_t vertices = 0, triangles = 0;
    glm::vec3 lo{0.0f}, hi{0.0f};

    float longest() const { return std::max({hi.x - lo.x, hi.y - lo.y, hi.z - lo.z}); }
    float shortest() const { return std::min({hi.x - lo.x, hi.y - lo.y, hi.z - lo.z}); }
    // Equal for the same geometry whatever its materials.
    QString geometryKey() const {
        auto n = [](float v) { return QString::number(double(v), 'g', 5); };
        return QStringLiteral("%1/%2/%3,%4,%5/%6,%7,%8")
            .arg(vertices)
            .arg(triangles)
            .arg(n(lo.x), n(lo.y), n(lo.z), n(hi.x), n(hi.y), n(hi.z));
    }
};

Measure measure(const TexturedMesh& mesh) {
    Measure m;
    m.readable = true;
    m.vertices = mesh.positions.size();
    m.triangles = mesh.triangleCount();
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (const glm::vec3& p : mesh.positions) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    m.lo = lo;
    m.hi = hi;
    return m;
}

// The Cube Engine config files that name a model, by file name.
bool isCubeEngineConfig(const QString& path) {
    static const QStringList names = {QStringLiteral("obj.cfg"), QStringLiteral("iqm.cfg"),
                                      QStringLiteral("md5.cfg"), QStringLiteral("md3.cfg")};
    return names.contains(path.section(QLatin1Char('/'), -1), Qt::CaseInsensitive);
}

// The model a Cube Engine config loads, as a tree path: relative to its folder, else (as the
// engine also tries) to the top of the data folder.
QString configuredModel(const PackTree& tree, const QString& config) {
    const QString model = parseCubeEngineModelConfig(tree.read(config)).model;
    if (model.isEmpty())
        return {};
    const QString nearby = PackTree::cleanPath(PackTree::join(PackTree::folderOf(config), model));
    if (tree.isFile(nearby))
        return nearby;
    const QString fromTop = PackTree::cleanPath(model);
    return tree.isFile(fromTop) ? fromTop : QString();
}

// Model -> the config that gives it its skins: one in the model's own folder, else the first by
// path (tophat/felt before tophat/metal; weapons' item/ configs are as good as any).
std::map<QString, QString> modelConfigs(const PackTree& tree, const QStringList& files) {
    std::map<QString, QString> configs;
    for (const QString& file : files) {
        if (!isCubeEngineConfig(file))
            continue;
        const QString model = configuredModel(tree, file);
        if (model.isEmpty())
            continue;
        auto found = configs.find(model);
        if (found == configs.end())
            configs.emplace(model, file);
        else if (PackTree::folderOf(file) == PackTree::folderOf(model) &&
                 PackTree::folderOf(found->second) != PackTree::folderOf(model))
            found->second = file;
    }
    return configs;
}

// The skin of a Cube Engine config that paints `material`: the one named like it (engines match
// mesh names; Assimp names materials after them or their groups: "MD3_[default][bark]",
// "leaves2" for the "leaves" group), else "*", else the first (the model's main skin).
const QString* skinFor(const CubeEngineModelConfig& config, const QString& material) {
    const QString* any = nullptr;
    for (const auto& [mesh, picture] : config.skins) {
        if (mesh == QLatin1String("*")) {
            if (!any)
                any = &picture;
            continue;
        }
        if (mesh.isEmpty())
            continue;
        if (material.compare(mesh, Qt::CaseInsensitive) == 0 ||
            material.contains(QLatin1Char('[') + mesh + QLatin1Char(']'), Qt::CaseInsensitive) ||
            material.startsWith(mesh, Qt::CaseInsensitive))
            return &picture;
    }
    if (any)
        return any;
    return config.skins.empty() ? nullptr : &config.skins.front().second;
}

// Quake 3 surfaces: "MD3_[default][l_legs]" -> "l_legs".
QString surfaceOf(const QString& material) {
    const int open = material.lastIndexOf(QLatin1Char('['));
    const int close = material.lastIndexOf(QLatin1Char(']'));
    return open >= 0 && close > open ? material.mid(open + 1, close - open - 1).toLower()
                                     : material.toLower();
}

glm::vec3 meanColour(const QImage& image) {
    if (image.isNull())
        return glm::vec3(0.8f);
    const QImage small = image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGBA8888);
    glm::dvec3 sum(0.0);
    for (int y = 0; y < small.height(); ++y) {
        const uchar* row = small.constScanLine(y);
        for (int x = 0; x < small.width(); ++x)
            sum += glm::dvec3(row[4 * x], row[4 * x + 1], row[4 * x + 2]);
    }
    return glm::vec3(sum / (255.0 * small.width() * small.height()));
}

} // namespace

GamePackSource::GamePackSource(GamePackDescription description, const QString& packageRoot)
    : m_description(std::move(description)), m_packageRoot(packageRoot),
      m_include(expressionsOf(m_description.include)),
      m_exclude(expressionsOf(m_description.exclude)) {
    for (const PackCategory& category : m_description.categories)
        m_categories.push_back(patternExpression(category.pattern));
    for (const PackCredit& credit : m_description.credits)
        m_credits.push_back(patternExpression(credit.pattern));
    for (const PackUpright& upright : m_description.uprights)
        m_uprights.push_back(patternExpression(upright.pattern));
}

QString GamePackSource::dataFolder() const {
    return QDir(m_packageRoot).filePath(m_description.dataFolder);
}

bool GamePackSource::isCandidate(const QString& id) const {
    return matchesAny(m_include, id) && !matchesAny(m_exclude, id);
}

QString GamePackSource::categoryOf(const QString& id) const {
    for (std::size_t i = 0; i < m_categories.size(); ++i)
        if (m_categories[i].match(id).hasMatch())
            return m_description.categories[i].category;
    return m_description.defaultCategory;
}

std::vector<SourceObject> GamePackSource::list() const {
    if (!QFileInfo(dataFolder()).isDir())
        throw Error(ErrorKind::FileNotFound,
                    QStringLiteral("The models of %1 are missing. Fetch the Debian package %2.")
                        .arg(m_description.name, m_description.package));

    std::vector<QString> ids, configs;
    {
        const PackTree tree(dataFolder(), m_description.archives);
        const QStringList files = tree.allFiles();
        if (m_description.materials == PackMaterials::CubeEngine) {
            // Only what a config loads is a model; the rest are animations and leftovers.
            for (const auto& [model, config] : modelConfigs(tree, files))
                if (isCandidate(model)) {
                    ids.push_back(model);
                    configs.push_back(config);
                }
        } else {
            for (const QString& file : files)
                if (isCandidate(file)) {
                    ids.push_back(file);
                    configs.emplace_back();
                }
        }
    }

    std::vector<Measure> measures(ids.size());
    parallelFor(ids.size(), [&](std::size_t i) {
        try {
            measures[i] = measure(read(ids[i], configs[i], false));
        } catch (const std::exception& e) {
            measures[i].failure = QString::fromLocal8Bit(e.what());
        }
    });

    // Among files with the same geometry (a copy, the mesh with another skin, a mirrored
    // variant folder) the one in the fewest folders stands for all ("desk/model.obj" rather than
    // "desk/flip/model.obj"), then the first by id.
    std::vector<std::size_t> preference(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        preference[i] = i;
    std::stable_sort(preference.begin(), preference.end(), [&](std::size_t a, std::size_t b) {
        return ids[a].count(QLatin1Char('/')) < ids[b].count(QLatin1Char('/'));
    });
    std::vector<bool> kept(ids.size(), false);
    std::set<QString> seenGeometry;
    for (std::size_t i : preference) {
        const Measure& m = measures[i];
        if (!m.readable || int(m.triangles) < m_description.minimumTriangles ||
            !(m.longest() > 0.0f) || m.shortest() < m_description.minimumThickness * m.longest())
            continue;
        kept[i] = seenGeometry.insert(m.geometryKey()).second;
    }

    std::vector<SourceObject> objects;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!kept[i])
            continue;

        SourceObject object;
        object.source = m_description.name;
        object.id = ids[i];
        object.category = categoryOf(ids[i]);
        object.name = readableName(ids[i]);
        object.provenance = m_description.package + QStringLiteral(": ") +
                            PackTree::join(m_description.dataFolder, ids[i]);
        object.author = m_description.author;
        object.license = m_description.license;
        for (std::size_t c = 0; c < m_credits.size(); ++c)
            if (m_credits[c].match(ids[i]).hasMatch()) {
                object.author = m_description.credits[c].author;
                object.license = m_description.credits[c].license;
                break;
            }
        object.location = ids[i];
        if (!configs[i].isEmpty())
            object.extra << configs[i];
        objects.push_back(object);
    }
    return objects;
}

TexturedMesh GamePackSource::read(const QString& id, const QString& config,
                                  bool withTextures) const {
    const PackTree tree(dataFolder(), m_description.archives);
    if (!tree.isFile(id))
        throw Error(ErrorKind::FileNotReadable,
                    QStringLiteral("%1 has no model %2.").arg(m_description.package, id));
    if (!withTextures)
        return tree.readModel(id, {});

    const QString modelFolder = PackTree::folderOf(id);
    // Where a texture reference may point: next to the model, the pack's texture folders, and
    // the top of the data folder and of each archive (Quake 3 paths start there).
    QStringList folders{modelFolder};
    folders << m_description.textureFolders << m_description.archives << QString();

    std::map<QString, QString> shaderMaps;
    const QStringList tops = QStringList(m_description.archives) << QString();
    if (m_description.materials == PackMaterials::Quake3)
        for (const QString& top : tops) {
            const QString scripts = PackTree::join(top, QStringLiteral("scripts"));
            for (const QString& name : tree.fileNamesIn(scripts))
                if (name.endsWith(QLatin1String(".shader"), Qt::CaseInsensitive))
                    shaderMaps.merge(
                        readQuake3ShaderMaps(tree.read(PackTree::join(scripts, name))));
        }

    // The model's folder as Quake 3 paths write it: inside its archive.
    QString gameFolder = modelFolder;
    for (const QString& archive : m_description.archives)
        if (modelFolder.startsWith(archive + QLatin1Char('/')))
            gameFolder = modelFolder.mid(archive.size() + 1);

    auto findPicture = [&](const QString& reference) {
        // The picture of the shader of that name (with its folders or, as Assimp often passes
        // it, without them), then the reference itself as a file name.
        QStringList paths;
        if (!shaderMaps.empty()) {
            QString key = QString(reference).replace(QLatin1Char('\\'), QLatin1Char('/')).toLower();
            if (QFileInfo(key).fileName().contains(QLatin1Char('.')))
                key = key.left(key.lastIndexOf(QLatin1Char('.')));
            for (const QString& name : {key, PackTree::join(gameFolder.toLower(), key),
                                        key.section(QLatin1Char('/'), -1)}) {
                const auto found = shaderMaps.find(name);
                if (found != shaderMaps.end()) {
                    paths << found->second;
                    break;
                }
            }
        }
        paths << reference;
        for (const QString& path : paths)
            for (const QString& folder : folders) {
                const QString found = tree.findPicture(folder, path);
                if (!found.isEmpty())
                    return found;
            }
        return QString();
    };

    TexturedMesh mesh = tree.readModel(id, [&](const QString& reference) {
        const QString found = findPicture(reference);
        return found.isEmpty() ? QImage() : tree.readPicture(found);
    });

    std::map<QString, QImage> pictures;
    auto picture = [&](const QString& path) -> const QImage& {
        auto cached = pictures.find(path);
        if (cached == pictures.end())
            cached =
                pictures.emplace(path, path.isEmpty() ? QImage() : tree.readPicture(path)).first;
        return cached->second;
    };
    auto paint = [&](SurfaceMaterial& material, const QString& path) {
        const QImage& image = picture(path);
        if (image.isNull())
            return;
        material.texture = image;
        material.diffuse = glm::vec3(1.0f);
    };

    switch (m_description.materials) {
    case PackMaterials::AsNamed:
        break;
    case PackMaterials::CubeEngine: {
        // The game paints with the config's skins whatever the model file says.
        const CubeEngineModelConfig settings = parseCubeEngineModelConfig(tree.read(config));
        const QString configFolder = PackTree::folderOf(config);
        for (SurfaceMaterial& material : mesh.materials)
            if (const QString* skin = skinFor(settings, material.name)) {
                QString found = tree.findPicture(configFolder, *skin);
                if (found.isEmpty())
                    found = tree.findPicture(QString(), *skin);
                paint(material, found);
            }
        break;
    }
    case PackMaterials::Quake3: {
        // Surfaces whose shader gave no picture are painted by the .skin files beside the model:
        // "<part>_default.skin", else the first skin there is (some models ship only team ones).
        const QStringList names = tree.fileNamesIn(modelFolder);
        QStringList skins = names.filter(QRegularExpression(
            QStringLiteral("_default\\.skin$"), QRegularExpression::CaseInsensitiveOption));
        if (skins.isEmpty()) {
            const QStringList all = names.filter(QRegularExpression(
                QStringLiteral("\\.skin$"), QRegularExpression::CaseInsensitiveOption));
            if (!all.isEmpty()) {
                const QString variant = all.first().section(QLatin1Char('_'), 1);
                skins = all.filter(QLatin1Char('_') + variant, Qt::CaseInsensitive);
            }
        }
        std::map<QString, QString> surfaces;
        for (const QString& skin : skins)
            surfaces.merge(readQuake3Skin(tree.read(PackTree::join(modelFolder, skin))));
        for (SurfaceMaterial& material : mesh.materials) {
            const auto surface = surfaces.find(surfaceOf(material.name));
            if (material.texture.isNull() && surface != surfaces.end())
                paint(material, findPicture(surface->second));
        }
        break;
    }
    case PackMaterials::SkinColour: {
        const QString skin = tree.findPicture(modelFolder, QFileInfo(id).completeBaseName() +
                                                               QStringLiteral(".jpg"));
        if (!skin.isEmpty()) {
            const glm::vec3 colour = meanColour(picture(skin));
            for (SurfaceMaterial& material : mesh.materials)
                if (material.texture.isNull())
                    material.diffuse = colour;
        }
        break;
    }
    }
    return mesh;
}

TexturedMesh GamePackSource::load(const SourceObject& object) const {
    TexturedMesh mesh =
        read(object.location, object.extra.isEmpty() ? QString() : object.extra.first(), true);
    glm::mat3 upright = m_description.upright;
    for (std::size_t i = 0; i < m_uprights.size(); ++i)
        if (m_uprights[i].match(object.location).hasMatch()) {
            upright = m_description.uprights[i].rotation;
            break;
        }
    normaliseObject(mesh, upright);
    return mesh;
}

} // namespace lift3d
