// The training-object sources (core/dataset/sources/), each on a small fake package tree the test
// writes: what list() finds and leaves out, and what load() gives. One section per source.
#include "core/Error.h"
#include "core/dataset/Ac3dSkim.h"
#include "core/dataset/SgiImage.h"
#include "core/dataset/TgaImage.h"
#include "core/dataset/sources/CubeEngineModelConfig.h"
#include "core/dataset/sources/FlightGearSource.h"
#include "core/dataset/sources/GamePackSource.h"
#include "core/dataset/sources/Quake3Materials.h"
#include "core/dataset/sources/SweetHome3DDefaultCatalogSource.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <glm/common.hpp>
#include <glm/vec3.hpp>

using namespace lift3d;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writePng(const QString& path, const QColor& color) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(4, 4, QImage::Format_RGBA8888);
    image.fill(color);
    return image.save(path, "PNG");
}

glm::vec3 extentOf(const std::vector<glm::vec3>& positions, glm::vec3* center = nullptr) {
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (const glm::vec3& p : positions) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    if (center)
        *center = 0.5f * (lo + hi);
    return hi - lo;
}

// ---- FlightGear fixtures ------------------------------------------------------------------

// An AC3D poly object: a box of `size` metres standing on y = 0, centred on x and z (plus
// `offset`), each face split into n x n quads UV-mapped to the whole texture, so 6 n^2 polygons.
QByteArray ac3dBox(const QByteArray& name, const QByteArray& texture, glm::vec3 size, int n = 5,
                   int material = 0, glm::vec3 offset = glm::vec3(0.0f)) {
    struct Face {
        glm::vec3 origin, u, v; // in units of the box, origin at corner (-0.5, 0, -0.5)
    };
    const Face faces[6] = {
        {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},  {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}},
        {{0, 0, 0}, {0, 0, 1}, {0, 1, 0}},  {{1, 0, 1}, {0, 0, -1}, {0, 1, 0}},
        {{0, 1, 1}, {1, 0, 0}, {0, 0, -1}}, {{0, 0, 0}, {1, 0, 0}, {0, 0, 1}},
    };
    QByteArray vertices, surfaces;
    int vertexCount = 0;
    for (const Face& face : faces) {
        const int first = vertexCount;
        for (int j = 0; j <= n; ++j)
            for (int i = 0; i <= n; ++i) {
                const glm::vec3 unit = face.origin + face.u * (float(i) / float(n)) +
                                       face.v * (float(j) / float(n)) - glm::vec3(0.5f, 0.0f, 0.5f);
                const glm::vec3 p = unit * size + offset;
                vertices += QByteArray::number(p.x) + ' ' + QByteArray::number(p.y) + ' ' +
                            QByteArray::number(p.z) + '\n';
                ++vertexCount;
            }
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i) {
                surfaces += "SURF 0x10\nmat " + QByteArray::number(material) + "\nrefs 4\n";
                const int corners[4][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
                for (const auto& [di, dj] : corners) {
                    const int index = first + (j + dj) * (n + 1) + (i + di);
                    surfaces += QByteArray::number(index) + ' ' +
                                QByteArray::number(float(i + di) / float(n)) + ' ' +
                                QByteArray::number(float(j + dj) / float(n)) + '\n';
                }
            }
    }
    QByteArray object = "OBJECT poly\nname \"" + name + "\"\n";
    if (!texture.isEmpty())
        object += "texture \"" + texture + "\"\n";
    object += "numvert " + QByteArray::number(vertexCount) + '\n' + vertices;
    object += "numsurf " + QByteArray::number(6 * n * n) + '\n' + surfaces + "kids 0\n";
    return object;
}

QByteArray ac3dGroup(const QByteArray& name, const QList<QByteArray>& kids) {
    return "OBJECT group\nname \"" + name + "\"\nkids " + QByteArray::number(kids.size()) + '\n' +
           kids.join();
}

// A whole file: a white material, a glowing translucent one (a light cone's), then the objects.
QByteArray ac3dFile(const QList<QByteArray>& kids, const QByteArray& materialName = "paint") {
    return "AC3Db\nMATERIAL \"" + materialName +
           "\" rgb 1 1 1  amb 0.2 0.2 0.2  emis 0 0 0  spec 0.5 0.5 0.5  shi 10  trans 0\n"
           "MATERIAL \"glow\" rgb 1 1 1  amb 1 1 1  emis 1 1 1  spec 0 0 0  shi 0  trans 0.5\n"
           "OBJECT world\nkids " +
           QByteArray::number(kids.size()) + '\n' + kids.join();
}

// A 2 x 2 SGI image (.rgb) of one colour, stored verbatim: 512-byte big-endian header, then
// each channel's rows bottom-up.
QByteArray sgiImage(const QColor& color) {
    QByteArray bytes(512, '\0');
    auto put16 = [&](int at, int value) {
        bytes[at] = char(value >> 8);
        bytes[at + 1] = char(value & 0xff);
    };
    put16(0, 474);         // magic
    bytes[2] = 0;          // verbatim
    bytes[3] = 1;          // one byte per channel
    put16(4, 3);           // dimensions
    put16(6, 2);           // width
    put16(8, 2);           // height
    put16(10, 3);          // channels
    bytes[19] = char(255); // pixmax
    for (int channel : {color.red(), color.green(), color.blue()})
        bytes += QByteArray(4, char(channel));
    return bytes;
}

// <root>/usr/share/games/flightgear, as dpkg -x leaves a FlightGear package.
QString dataFolderOf(const QString& packageRoot) {
    return packageRoot + QStringLiteral("/usr/share/games/flightgear");
}

} // namespace

// ---- Game pack fixtures (GamePackSource, SweetHome3DDefaultCatalogSource) -----------------
namespace {

// An OBJ of axis-aligned boxes (each [lo, hi]), every face UV-mapped to the whole texture, all
// with material "skin" of `mtl` (none when empty).
QByteArray objBoxes(const std::vector<std::pair<glm::vec3, glm::vec3>>& boxes,
                    const QByteArray& mtl = {}) {
    QByteArray text;
    if (!mtl.isEmpty())
        text += "mtllib " + mtl + "\nusemtl skin\n";
    text += "vt 0 0\nvt 1 0\nvt 1 1\nvt 0 1\n";
    int base = 0;
    for (const auto& [lo, hi] : boxes) {
        for (int i = 0; i < 8; ++i) {
            const glm::vec3 p((i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z);
            text += "v " + QByteArray::number(p.x) + ' ' + QByteArray::number(p.y) + ' ' +
                    QByteArray::number(p.z) + '\n';
        }
        const int quads[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                 {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
        for (const auto& quad : quads) {
            text += 'f';
            for (int k = 0; k < 4; ++k)
                text +=
                    ' ' + QByteArray::number(base + quad[k] + 1) + '/' + QByteArray::number(k + 1);
            text += '\n';
        }
        base += 8;
    }
    return text;
}

QByteArray objBox(glm::vec3 lo, glm::vec3 hi, const QByteArray& mtl = {}) {
    return objBoxes({{lo, hi}}, mtl);
}

QByteArray skinMtl(const QByteArray& picture) {
    return "newmtl skin\nKd 1 1 1\nmap_Kd " + picture + '\n';
}

// A zip of stored (uncompressed) files, as a .jar or a game's data.zip.
QByteArray storedZip(const std::vector<std::pair<QByteArray, QByteArray>>& files) {
    auto crc32 = [](const QByteArray& bytes) {
        quint32 crc = 0xffffffffu;
        for (const char c : bytes) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    auto le = [](quint32 value, int bytes) {
        QByteArray out;
        for (int i = 0; i < bytes; ++i)
            out += char((value >> (8 * i)) & 0xff);
        return out;
    };
    QByteArray zip, directory;
    for (const auto& [name, data] : files) {
        const quint32 offset = quint32(zip.size()), crc = crc32(data), size = quint32(data.size());
        const QByteArray common = le(20, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0x21, 2) +
                                  le(crc, 4) + le(size, 4) + le(size, 4) +
                                  le(quint32(name.size()), 2) + le(0, 2);
        zip += le(0x04034b50, 4) + common + name + data;
        directory += le(0x02014b50, 4) + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) +
                     le(0, 4) + le(offset, 4) + name;
    }
    const quint32 count = quint32(files.size());
    return zip + directory + le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(count, 2) + le(count, 2) +
           le(quint32(directory.size()), 4) + le(quint32(zip.size()), 4) + le(0, 2);
}

QByteArray pngBytes(const QColor& color) {
    QImage image(4, 4, QImage::Format_RGBA8888);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A pack description over <package>/usr/share/games/fake taking models/**.obj.
GamePackDescription fakePack() {
    GamePackDescription pack;
    pack.name = QStringLiteral("fake");
    pack.package = QStringLiteral("fake-data");
    pack.dataFolder = QStringLiteral("usr/share/games/fake");
    pack.include = {QStringLiteral("models/**.obj")};
    pack.exclude = {QStringLiteral("**/*_lod[0-9].obj")};
    pack.categories = {{QStringLiteral("models/crate/**"), QStringLiteral("box")}};
    pack.defaultCategory = QStringLiteral("prop");
    pack.license = QStringLiteral("GPL-2+");
    return pack;
}

bool hasTexture(const TexturedMesh& mesh, QRgb expected) {
    for (const SurfaceMaterial& material : mesh.materials)
        if (!material.texture.isNull() && material.texture.pixelColor(1, 1).rgb() == expected)
            return true;
    return false;
}

} // namespace

class TestObjectSources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- FlightGear (FlightGearSource) ----------------------------------------------------

    void flightGearListsOneObjectPerModel() {
        QTemporaryDir packages;
        const QString base = packages.filePath(QStringLiteral("flightgear-data-base"));
        const QString models = dataFolderOf(base) + QStringLiteral("/Scenery/Models");
        const glm::vec3 carSize(4.0f, 1.5f, 2.0f);
        QVERIFY(writeFile(models + QStringLiteral("/Transport/car.ac"),
                          ac3dFile({ac3dBox("car", "car.png", carSize)})));
        QVERIFY(writePng(models + QStringLiteral("/Transport/car.png"), Qt::red));
        // The same car in blue: another texture, material and object name, the same geometry.
        QVERIFY(writeFile(models + QStringLiteral("/Transport/car_blue.ac"),
                          ac3dFile({ac3dBox("blue car", "car_blue.png", carSize)}, "blue")));
        QVERIFY(writePng(models + QStringLiteral("/Transport/car_blue.png"), Qt::blue));
        // Not objects: an effect, a placeholder of 6 polygons, a flat ground piece, terrain.
        QVERIFY(writeFile(models + QStringLiteral("/Effects/smoke.ac"),
                          ac3dFile({ac3dBox("smoke", "", glm::vec3(3, 2, 1))})));
        QVERIFY(writeFile(models + QStringLiteral("/Transport/stub.ac"),
                          ac3dFile({ac3dBox("stub", "", glm::vec3(3, 2, 1), 1)})));
        QVERIFY(writeFile(models + QStringLiteral("/StreetFurniture/slab.ac"),
                          ac3dFile({ac3dBox("slab", "", glm::vec3(10, 0.1f, 10))})));
        QVERIFY(writeFile(models + QStringLiteral("/Misc/UERR-hill.ac"),
                          ac3dFile({ac3dBox("hill", "", glm::vec3(30, 8, 20))})));

        const FlightGearSource source({base});
        QCOMPARE(source.name(), QStringLiteral("flightgear"));
        QVERIFY(source.credit().contains(QStringLiteral("GPL-2+")));
        QCOMPARE(source.packages().size(), std::size_t(3));
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(objects.size(), std::size_t(1));
        const SourceObject& car = objects[0];
        QCOMPARE(car.source, QStringLiteral("flightgear"));
        QCOMPARE(car.id, QStringLiteral("Scenery/Models/Transport/car.ac"));
        QCOMPARE(car.category, QStringLiteral("vehicle"));
        QCOMPARE(car.license, QStringLiteral("GPL-2+"));
        QVERIFY(car.provenance.startsWith(QStringLiteral("flightgear-data-base: ")));
        QCOMPARE(QFileInfo(car.location).canonicalFilePath(),
                 QFileInfo(models + QStringLiteral("/Transport/car.ac")).canonicalFilePath());
    }

    void flightGearLoadsUprightNormalisedTextured() {
        QTemporaryDir packages;
        const QString base = packages.filePath(QStringLiteral("flightgear-data-base"));
        const QString folder = dataFolderOf(base) + QStringLiteral("/Scenery/Models/Transport");
        QVERIFY(writeFile(folder + QStringLiteral("/car.ac"),
                          ac3dFile({ac3dBox("car", "car.png", glm::vec3(4.0f, 1.5f, 2.0f))})));
        QVERIFY(writePng(folder + QStringLiteral("/car.png"), Qt::red));

        const FlightGearSource source({base});
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(objects.size(), std::size_t(1));
        const TexturedMesh mesh = source.load(objects[0]);
        QCOMPARE(mesh.triangleCount(), std::size_t(2 * 6 * 5 * 5));
        // Y stays up: 4 x 1.5 x 2 m becomes 1 x 0.375 x 0.5, centred at the origin.
        glm::vec3 center;
        const glm::vec3 size = extentOf(mesh.positions, &center);
        QVERIFY(glm::all(
            glm::lessThan(glm::abs(size - glm::vec3(1.0f, 0.375f, 0.5f)), glm::vec3(1e-4f))));
        QVERIFY(glm::all(glm::lessThan(glm::abs(center), glm::vec3(1e-4f))));
        QCOMPARE(mesh.uvs.size(), mesh.positions.size());
        const QImage& texture = mesh.materials[mesh.triangleMaterial[0]].texture;
        QVERIFY(!texture.isNull());
        QCOMPARE(texture.pixelColor(1, 1), QColor(Qt::red));
    }

    void flightGearLoadsSgiTextures() {
        QTemporaryDir packages;
        const QString models = packages.filePath(QStringLiteral("flightgear-data-models"));
        const QString folder = dataFolderOf(models) + QStringLiteral("/Models/Airport/Vehicle");
        const QByteArray sgi = sgiImage(Qt::green);
        QCOMPARE(decodeSgi(sgi).pixelColor(0, 0), QColor(Qt::green)); // the fixture is right
        QVERIFY(writeFile(folder + QStringLiteral("/tug.ac"),
                          ac3dFile({ac3dBox("tug", "tug.rgb", glm::vec3(3.0f, 1.5f, 2.0f))})));
        QVERIFY(writeFile(folder + QStringLiteral("/tug.rgb"), sgi));

        const FlightGearSource source({models});
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(objects.size(), std::size_t(1));
        QCOMPARE(objects[0].category, QStringLiteral("vehicle"));
        const TexturedMesh mesh = source.load(objects[0]);
        const QImage& texture = mesh.materials[mesh.triangleMaterial[0]].texture;
        QVERIFY(!texture.isNull());
        QCOMPARE(texture.size(), QSize(2, 2));
        QCOMPARE(texture.pixelColor(0, 1), QColor(Qt::green));
    }

    void flightGearKeepsWhatAPictureShows() {
        // A lamp converted from X-Plane: its near level of detail (a 1 x 4 x 1 m post), a
        // distant level further along x, a light cone named so and one that only glows.
        QTemporaryDir packages;
        const QString base = packages.filePath(QStringLiteral("flightgear-data-base"));
        const QString path =
            dataFolderOf(base) + QStringLiteral("/Scenery/Models/StreetFurniture/lamp.ac");
        const glm::vec3 post(1.0f, 4.0f, 1.0f);
        const QByteArray text = ac3dFile({
            ac3dGroup("LOD 0.000000/1000.000000", {ac3dBox("post", "", post)}),
            ac3dGroup("LOD 1000.000000/4000.000000",
                      {ac3dBox("far post", "", post, 2, 0, glm::vec3(20, 0, 0))}),
            ac3dBox("lightvolume", "", glm::vec3(12, 4, 12)),
            ac3dBox("cone", "", glm::vec3(8, 4, 8), 3, 1),
        });
        QVERIFY(writeFile(path, text));

        // The listing counts what loading keeps (the glowing cone is dropped only at loading).
        const Ac3dSkim skim = skimAc3d(text);
        QVERIFY(skim.valid);
        QCOMPARE(skim.polygonCount, 6 * 5 * 5 + 6 * 3 * 3);
        QCOMPARE(skimAc3d(withoutHiddenParts(text)).polygonCount, skim.polygonCount);
        QCOMPARE(withoutHiddenParts(text).count("numsurf"), 2);

        const FlightGearSource source({base});
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(objects.size(), std::size_t(1));
        const TexturedMesh mesh = source.load(objects[0]);
        QCOMPARE(mesh.triangleCount(), std::size_t(2 * 6 * 5 * 5));
        const glm::vec3 size = extentOf(mesh.positions);
        QVERIFY(glm::all(
            glm::lessThan(glm::abs(size - glm::vec3(0.25f, 1.0f, 0.25f)), glm::vec3(1e-4f))));
    }

    void flightGearAiAircraftWearTheDefaultLivery() {
        QTemporaryDir packages;
        const QString ai = packages.filePath(QStringLiteral("flightgear-data-ai"));
        const QString aircraft = dataFolderOf(ai) + QStringLiteral("/AI/Aircraft/A320");
        QVERIFY(writeFile(aircraft + QStringLiteral("/Models/A320.ac"),
                          ac3dFile({ac3dBox("body", "A320-tex.png", glm::vec3(4, 1, 3), 13)})));
        QVERIFY(writePng(aircraft + QStringLiteral("/Textures/Alpha/A320-tex.png"), Qt::blue));
        QVERIFY(writePng(aircraft + QStringLiteral("/Textures/default/A320-tex.png"), Qt::red));
        // A part: 150 polygons, under a fifth of the aircraft's 1014.
        QVERIFY(writeFile(aircraft + QStringLiteral("/Models/gear.ac"),
                          ac3dFile({ac3dBox("wheel", "", glm::vec3(1, 1, 0.3f))})));
        QVERIFY(writeFile(aircraft + QStringLiteral("/Models/Lights/beacon.ac"),
                          ac3dFile({ac3dBox("beacon", "", glm::vec3(1, 1, 1))})));

        const FlightGearSource source({ai});
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(objects.size(), std::size_t(1));
        QCOMPARE(objects[0].id, QStringLiteral("AI/Aircraft/A320/Models/A320.ac"));
        QCOMPARE(objects[0].category, QStringLiteral("aircraft"));
        const TexturedMesh mesh = source.load(objects[0]);
        const QImage& texture = mesh.materials[mesh.triangleMaterial[0]].texture;
        QVERIFY(!texture.isNull());
        QCOMPARE(texture.pixelColor(0, 0), QColor(Qt::red));
    }

    void flightGearNeedsOneOfItsPackages() {
        QTemporaryDir empty;
        const FlightGearSource source({empty.filePath(QStringLiteral("flightgear-data-base"))});
        try {
            source.list();
            QFAIL("list() without data did not throw");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::FileNotFound);
            QVERIFY(error.message().contains(QStringLiteral("flightgear-data-base")));
        }
    }

    void flightGearSkimSurvivesDamagedText() {
        // Exporters count more children than they write and leave blank lines; a truncated
        // file is no model.
        const QByteArray box = ac3dBox("box", "", glm::vec3(1, 1, 1), 1);
        QVERIFY(skimAc3d("AC3Db\nOBJECT world\nkids 3\n" + box + "\n\n").valid);
        QVERIFY(!skimAc3d("AC3Db\nOBJECT world\nkids 1\n" + box.left(box.size() / 2)).valid);
        QVERIFY(!skimAc3d("not a model").valid);
        QVERIFY(!skimAc3d(QByteArray()).valid);
    }

    // ---- Game packs (GamePackSource, SweetHome3DDefaultCatalogSource) ---------------------

    void gamePackListsEachModelOnceAndSkipsTheRest() {
        QTemporaryDir packages;
        const QString data = packages.filePath(QStringLiteral("fake-data/usr/share/games/fake"));
        const QByteArray crate = objBox({-0.5f, 0, -0.5f}, {0.5f, 2, 0.5f}, "crate.mtl");
        QVERIFY(writeFile(data + QStringLiteral("/models/crate/crate.obj"), crate));
        QVERIFY(writeFile(data + QStringLiteral("/models/crate/crate.mtl"), skinMtl("crate.png")));
        QVERIFY(writePng(data + QStringLiteral("/models/crate/crate.png"), Qt::red));
        // The same model again deeper down, its distant level of detail, a flat decal, a file
        // that is no model and one Assimp cannot read.
        QVERIFY(writeFile(data + QStringLiteral("/models/crate/old/crate.obj"), crate));
        QVERIFY(writeFile(data + QStringLiteral("/models/crate/crate_lod1.obj"),
                          objBox({0, 0, 0}, {1, 1, 1})));
        QVERIFY(writeFile(data + QStringLiteral("/models/decal.obj"),
                          objBox({0, 0, 0}, {1, 0.001f, 1})));
        QVERIFY(writeFile(data + QStringLiteral("/models/readme.txt"), "models"));
        QVERIFY(writeFile(data + QStringLiteral("/models/broken.obj"), "f 1 2 3\n"));
        QVERIFY(
            writeFile(data + QStringLiteral("/models/tower.obj"), objBox({0, 0, 0}, {1, 3, 1.5f})));

        const GamePackSource source(fakePack(), packages.filePath(QStringLiteral("fake-data")));
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(int(objects.size()), 2);
        QCOMPARE(objects[0].id, QStringLiteral("models/crate/crate.obj"));
        QCOMPARE(objects[0].source, QStringLiteral("fake"));
        QCOMPARE(objects[0].category, QStringLiteral("box"));
        QCOMPARE(objects[0].name, QStringLiteral("crate"));
        QCOMPARE(objects[0].license, QStringLiteral("GPL-2+"));
        QVERIFY(objects[0].provenance.contains(QLatin1String("usr/share/games/fake/models/crate")));
        QCOMPARE(splitKeyOf(objects[0]), QStringLiteral("fake/models/crate/crate.obj"));
        QCOMPARE(objects[1].id, QStringLiteral("models/tower.obj"));
        QCOMPARE(objects[1].category, QStringLiteral("prop"));
        // Stable: the same list on a second call.
        QCOMPARE(source.list()[0].id, objects[0].id);
    }

    void gamePackLoadsUprightNormalisedTextured() {
        QTemporaryDir packages;
        const QString data = packages.filePath(QStringLiteral("fake-data/usr/share/games/fake"));
        QVERIFY(writeFile(data + QStringLiteral("/models/crate/crate.obj"),
                          objBox({3, 0, 3}, {4, 2, 4}, "crate.mtl")));
        QVERIFY(writeFile(data + QStringLiteral("/models/crate/crate.mtl"), skinMtl("CRATE.PNG")));
        QVERIFY(writePng(data + QStringLiteral("/models/crate/crate.png"), Qt::red));

        const GamePackSource source(fakePack(), packages.filePath(QStringLiteral("fake-data")));
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(int(objects.size()), 1);
        const TexturedMesh mesh = source.load(objects[0]);
        glm::vec3 center;
        const glm::vec3 size = extentOf(mesh.positions, &center);
        QVERIFY(glm::length(center) < 1e-5f);
        QCOMPARE(size.y, 1.0f); // tall, and still standing
        QVERIFY(std::abs(size.x - 0.5f) < 1e-5f && std::abs(size.z - 0.5f) < 1e-5f);
        QVERIFY(hasTexture(mesh, qRgb(255, 0, 0))); // found in any case
    }

    void gamePackZUpModelsComeOutYUp() {
        // A post 2 long on Z with a thin cap at its +Z end: after loading, the cap is on top.
        QTemporaryDir packages;
        const QString data = packages.filePath(QStringLiteral("fake-data/usr/share/games/fake"));
        QVERIFY(writeFile(data + QStringLiteral("/models/post.obj"),
                          objBoxes({{{-0.5f, -0.5f, 0}, {0.5f, 0.5f, 2}},
                                    {{-0.1f, -0.1f, 2}, {0.1f, 0.1f, 2.5f}}})));
        GamePackDescription pack = fakePack();
        pack.upright = glm::mat3(1, 0, 0, 0, 0, -1, 0, 1, 0); // (x, y, z) -> (x, z, -y)
        const GamePackSource source(pack, packages.filePath(QStringLiteral("fake-data")));
        const TexturedMesh mesh = source.load(source.list().at(0));
        const glm::vec3 size = extentOf(mesh.positions);
        QCOMPARE(size.y, 1.0f);
        int capCorners = 0;
        for (const glm::vec3& p : mesh.positions)
            if (p.y > 0.45f) {
                ++capCorners;
                QVERIFY(std::abs(p.x) < 0.05f && std::abs(p.z) < 0.05f);
            }
        QVERIFY(capCorners > 0);
    }

    void gamePackReadsModelsInsideArchives() {
        // Trigger Rally keeps its cars in data.zip, Quake 3 games in .pk3 files.
        QTemporaryDir packages;
        const QString data = packages.filePath(QStringLiteral("fake-data/usr/share/games/fake"));
        QVERIFY(
            writeFile(data + QStringLiteral("/data.zip"),
                      storedZip({{"models/car/car.obj", objBox({0, 0, 0}, {2, 1, 4}, "car.mtl")},
                                 {"models/car/car.mtl", skinMtl("car.png")},
                                 {"models/car/car.png", pngBytes(Qt::blue)},
                                 {"models/car/car_wheel.obj", objBox({0, 0, 0}, {1, 1, 0.3f})}})));
        GamePackDescription pack = fakePack();
        pack.archives = {QStringLiteral("data.zip")};
        pack.include = {QStringLiteral("data.zip/models/**.obj")};
        pack.exclude = {QStringLiteral("**/*_wheel.obj")};
        const GamePackSource source(pack, packages.filePath(QStringLiteral("fake-data")));
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(int(objects.size()), 1);
        QCOMPARE(objects[0].id, QStringLiteral("data.zip/models/car/car.obj"));
        const TexturedMesh mesh = source.load(objects[0]);
        QCOMPARE(extentOf(mesh.positions).z, 1.0f);
        QVERIFY(hasTexture(mesh, qRgb(0, 0, 255)));
    }

    void gamePackCubeEngineConfigsChooseModelsAndSkins() {
        // Red Eclipse: a model is what a folder's obj.cfg loads, painted with the skin it names
        // (the OBJ itself names no material file); a file no config loads is no object.
        QTemporaryDir packages;
        const QString data = packages.filePath(QStringLiteral("fake-data/usr/share/games/fake"));
        QVERIFY(writeFile(data + QStringLiteral("/models/barrel/barrel.obj"),
                          objBox({0, 0, 0}, {1, 1.5f, 1})));
        QVERIFY(writePng(data + QStringLiteral("/models/barrel/skin.png"), Qt::green));
        QVERIFY(writeFile(data + QStringLiteral("/models/barrel/red/obj.cfg"),
                          "// barrel\nobjload \"../barrel.obj\"\nobjskin * <dds>../skin.png "
                          "../mask.png 0.5\nmdlscale 200\n"));
        QVERIFY(writeFile(data + QStringLiteral("/models/leftover/anim.obj"),
                          objBox({0, 0, 0}, {1, 2, 1})));
        GamePackDescription pack = fakePack();
        pack.materials = PackMaterials::CubeEngine;
        const GamePackSource source(pack, packages.filePath(QStringLiteral("fake-data")));
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(int(objects.size()), 1);
        QCOMPARE(objects[0].id, QStringLiteral("models/barrel/barrel.obj"));
        QVERIFY(hasTexture(source.load(objects[0]), qRgb(0, 255, 0)));

        const CubeEngineModelConfig config = parseCubeEngineModelConfig(
            "md3load \"tris.md3\"\nmd3skin bark ../bark.png\nmd3skin leaves <dds>leaf.png\n");
        QCOMPARE(config.model, QStringLiteral("tris.md3"));
        QCOMPARE(int(config.skins.size()), 2);
        QCOMPARE(config.skins[1].first, QStringLiteral("leaves"));
        QCOMPARE(config.skins[1].second, QStringLiteral("leaf.png"));
    }

    void gamePackReadsQuake3ShadersAndSkins() {
        const auto maps = readQuake3ShaderMaps(
            "// comment\nmodels/flags/pole\n{\n\t{\n\t\tmap textures/chrome_env.tga\n\t\ttcGen "
            "environment\n\t}\n\t{\n\t\tmap models/flags/pole.tga\n\t\trgbGen "
            "lightingDiffuse\n\t}\n}\nredArmor\n{\n\t{\n\t\tmap $lightmap\n\t}\n\t{\n\t\tmap "
            "models/armor/red.tga\n\t}\n}\n");
        QCOMPARE(maps.at(QStringLiteral("models/flags/pole")),
                 QStringLiteral("models/flags/pole.tga")); // the surface, not its reflection
        QCOMPARE(maps.at(QStringLiteral("redarmor")), QStringLiteral("models/armor/red.tga"));
        const auto skin = readQuake3Skin("l_legs,models/players/x/body.tga\ntag_torso,\n");
        QCOMPARE(int(skin.size()), 1);
        QCOMPARE(skin.at(QStringLiteral("l_legs")), QStringLiteral("models/players/x/body.tga"));
    }

    void gamePackDecodesRunLengthTga() {
        // 3 x 2, 24-bit, RLE, stored bottom-up: a run of 3 red, then 3 literal pixels.
        QByteArray tga(18, '\0');
        tga[2] = 10;
        tga[12] = 3;
        tga[14] = 2;
        tga[16] = 24;
        tga += QByteArray("\x82\x00\x00\xff", 4);                          // run: red
        tga += QByteArray("\x02\xff\x00\x00\x00\xff\x00\x00\x00\x00", 10); // blue green black
        const QImage image = decodeTga(tga);
        QCOMPARE(image.size(), QSize(3, 2));
        QCOMPARE(image.pixelColor(0, 1).rgb(), qRgb(255, 0, 0)); // bottom row first
        QCOMPARE(image.pixelColor(0, 0).rgb(), qRgb(0, 0, 255));
        QCOMPARE(image.pixelColor(1, 0).rgb(), qRgb(0, 255, 0));
        QVERIFY_THROWS_EXCEPTION(Error, decodeTga(tga.left(20)));
    }

    void gamePackNeedsItsPackage() {
        QTemporaryDir packages;
        const GamePackSource source(fakePack(), packages.filePath(QStringLiteral("missing")));
        try {
            source.list();
            QFAIL("list() of a missing package did not throw");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::FileNotFound);
            QVERIFY(error.message().contains(QLatin1String("fake-data")));
        }
    }

    void gamePackDescriptionsAreDistinct() {
        QStringList names;
        for (const GamePackDescription& pack : gamePackDescriptions()) {
            QVERIFY(!pack.include.isEmpty() && !pack.credit.isEmpty() && !pack.license.isEmpty());
            QVERIFY(pack.name != QLatin1String("sh3d")); // the furniture catalogs' name
            names << pack.name;
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), int(gamePackDescriptions().size()));
        QVERIFY(names.contains(QStringLiteral("redeclipse")));
        QVERIFY(names.contains(QStringLiteral("openarena")));
    }

    void sweetHome3DDefaultCatalogListsTheJarsFurniture() {
        QTemporaryDir packages;
        const QString root = packages.filePath(QStringLiteral("sweethome3d"));
        const QByteArray properties =
            "id=SweetHome3D#DefaultModels\n"
            "id#1=eTeks#chair\nname#1=Chair\ncategory#1=Living room\n"
            "icon#1=/com/eteks/sweethome3d/io/resources/chair.png\n"
            "model#1=/com/eteks/sweethome3d/io/resources/chair.obj\ncreator#1=eTeks\n"
            "id#2=eTeks#box\nname#2=Box\ncategory#2=Miscellaneous\n"
            "model#2=/com/eteks/sweethome3d/io/resources/texturableBox/texturableBox.obj\n"
            "id#3=eTeks#bath\nname#3=Bath\ncategory#3=Bathroom\n"
            "model#3=/com/eteks/sweethome3d/io/resources/bath.obj\n"
            "modelRotation#3=0 0 -1 0 1 0 1 0 0\n";
        QVERIFY(writeFile(
            root + QLatin1Char('/') + SweetHome3DDefaultCatalogSource::jarInPackage(),
            storedZip(
                {{"com/eteks/sweethome3d/io/DefaultFurnitureCatalog.properties", properties},
                 {"com/eteks/sweethome3d/io/resources/chair.obj", objBox({0, 0, 0}, {1, 2, 1})},
                 {"com/eteks/sweethome3d/io/resources/chair.png", pngBytes(Qt::white)},
                 {"com/eteks/sweethome3d/io/resources/bath.obj", objBox({0, 0, 0}, {1, 1, 3})}})));
        const SweetHome3DDefaultCatalogSource source(root);
        QCOMPARE(source.name(), QStringLiteral("sh3d-default"));
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(int(objects.size()), 2); // the plain box is no furniture
        QCOMPARE(objects[0].id, QStringLiteral("eTeks#chair"));
        QCOMPARE(objects[0].source, QStringLiteral("sh3d-default"));
        QCOMPARE(splitKeyOf(objects[0]), QStringLiteral("sh3d-default/eTeks#chair"));
        QCOMPARE(extentOf(source.load(objects[0]).positions).y, 1.0f);
        QVERIFY(!source.icon(objects[0]).isNull());
        // The catalog's modelRotation turns the bath (3 long on Z) to lie along X.
        const glm::vec3 bath = extentOf(source.load(objects[1]).positions);
        QCOMPARE(bath.x, 1.0f);
        QVERIFY(bath.z < 0.5f);

        QTemporaryDir empty;
        QVERIFY_THROWS_EXCEPTION(Error, SweetHome3DDefaultCatalogSource(empty.path()).list());
    }

    // ---- (next source) ---------------------------------------------------------------------
};

QTEST_GUILESS_MAIN(TestObjectSources)
#include "tst_objectsources.moc"
