// The 0 A.D. source and the formats it reads: PMD meshes, DDS (BC1/BC3 through libsquish and
// uncompressed) and SGI textures, actors, and the source itself on a small archive the test
// writes, so no test needs the 3.3 GB package.
#include "CatalogFixture.h"
#include "core/Error.h"
#include "core/dataset/DdsImage.h"
#include "core/dataset/PmdMesh.h"
#include "core/dataset/SgiImage.h"
#include "core/dataset/sources/ZeroADActor.h"
#include "core/dataset/sources/ZeroADSource.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <cstring>

using namespace lift3d;
using namespace lift3d::test;

namespace {

void putU8(QByteArray& out, std::uint8_t v) {
    out.append(char(v));
}
void putU16(QByteArray& out, std::uint16_t v) {
    out.append(char(v & 0xff)).append(char(v >> 8));
}
void putU32(QByteArray& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}
void putF32(QByteArray& out, float f) {
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    putU32(out, bits);
}
void putBigU16(QByteArray& out, std::uint16_t v) {
    out.append(char(v >> 8)).append(char(v & 0xff));
}
void putBigU32(QByteArray& out, std::uint32_t v) {
    for (int i = 3; i >= 0; --i)
        out.append(char((v >> (8 * i)) & 0xff));
}

struct PmdProp {
    std::string name;
    glm::vec3 position;
    std::uint8_t bone = 0xFF;
};

// A PMD file as 0 A.D.'s converter writes it; `uvs` as stored (v counted from the top row).
QByteArray pmdBytes(std::uint32_t version, const std::vector<glm::vec3>& positions,
                    const std::vector<glm::vec2>& uvs, const std::vector<std::uint16_t>& indices,
                    const std::vector<glm::vec3>& boneTranslations = {},
                    const std::vector<PmdProp>& props = {{"root", glm::vec3(0.0f)}},
                    std::uint8_t vertexBone = 0xFF) {
    QByteArray data;
    putU32(data, std::uint32_t(positions.size()));
    if (version >= 4)
        putU32(data, 1); // one UV set
    for (std::size_t v = 0; v < positions.size(); ++v) {
        for (int c = 0; c < 3; ++c)
            putF32(data, positions[v][c]);
        for (float n : {0.0f, 1.0f, 0.0f})
            putF32(data, n);
        putF32(data, uvs[v].x);
        putF32(data, uvs[v].y);
        for (std::uint8_t bone :
             {vertexBone, std::uint8_t(0xFF), std::uint8_t(0xFF), std::uint8_t(0xFF)})
            putU8(data, bone);
        for (float w : {vertexBone == 0xFF ? 0.0f : 1.0f, 0.0f, 0.0f, 0.0f})
            putF32(data, w);
    }
    putU32(data, std::uint32_t(indices.size() / 3));
    for (std::uint16_t index : indices)
        putU16(data, index);
    putU32(data, std::uint32_t(boneTranslations.size()));
    for (const glm::vec3& t : boneTranslations) {
        for (float f : {t.x, t.y, t.z, 0.0f, 0.0f, 0.0f, 1.0f})
            putF32(data, f);
    }
    if (version >= 2) {
        putU32(data, std::uint32_t(props.size()));
        for (const PmdProp& prop : props) {
            putU32(data, std::uint32_t(prop.name.size()));
            data.append(prop.name.data(), qsizetype(prop.name.size()));
            for (float f :
                 {prop.position.x, prop.position.y, prop.position.z, 0.0f, 0.0f, 0.0f, 1.0f})
                putF32(data, f);
            putU8(data, prop.bone);
        }
    }
    QByteArray file("PSMD");
    putU32(file, version);
    putU32(file, std::uint32_t(data.size()));
    return file + data;
}

// A box from `lo` to `hi`: 8 corners, 12 triangles, u = x and v = z of the unit square.
QByteArray boxPmd(glm::vec3 lo, glm::vec3 hi, const std::vector<PmdProp>& props = {{"root", {}}}) {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec2> uvs;
    for (int c = 0; c < 8; ++c) {
        positions.emplace_back(c & 1 ? hi.x : lo.x, c & 2 ? hi.y : lo.y, c & 4 ? hi.z : lo.z);
        uvs.emplace_back(c & 1 ? 1.0f : 0.0f, c & 4 ? 1.0f : 0.0f);
    }
    std::vector<std::uint16_t> indices;
    const int faces[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                             {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (const auto& f : faces)
        for (int t : {0, 1, 2, 0, 2, 3})
            indices.push_back(std::uint16_t(f[t]));
    return pmdBytes(4, positions, uvs, indices, {}, props);
}

// A DDS header (128 bytes) for a `width` x `height` texture of one mip level.
QByteArray ddsHeader(int width, int height, const char* fourCc, std::uint32_t bitCount = 0,
                     std::uint32_t pixelFlags = 0x4,
                     std::array<std::uint32_t, 4> masks = {0, 0, 0, 0}) {
    QByteArray h("DDS ");
    putU32(h, 124);
    putU32(h, 0x1007);
    putU32(h, std::uint32_t(height));
    putU32(h, std::uint32_t(width));
    putU32(h, 0); // pitch or linear size
    putU32(h, 0); // depth
    putU32(h, 1); // mip levels
    for (int i = 0; i < 11; ++i)
        putU32(h, 0);
    putU32(h, 32);
    putU32(h, pixelFlags);
    h.append(fourCc ? QByteArray(fourCc, 4) : QByteArray(4, '\0'));
    putU32(h, bitCount);
    for (std::uint32_t mask : masks)
        putU32(h, mask);
    putU32(h, 0x1000); // caps: texture
    for (int i = 0; i < 4; ++i)
        putU32(h, 0);
    return h;
}

QByteArray bc1Block(std::uint16_t colour0, std::uint16_t colour1, std::uint8_t row0) {
    QByteArray block;
    putU16(block, colour0);
    putU16(block, colour1);
    putU8(block, row0); // two bits per pixel, pixel 0 in the low bits; other rows index 0
    putU8(block, 0);
    putU8(block, 0);
    putU8(block, 0);
    return block;
}

QByteArray sgiHeader(int storage, int width, int height, int channels) {
    QByteArray h;
    putBigU16(h, 474);
    putU8(h, std::uint8_t(storage));
    putU8(h, 1);
    putBigU16(h, 3);
    putBigU16(h, std::uint16_t(width));
    putBigU16(h, std::uint16_t(height));
    putBigU16(h, std::uint16_t(channels));
    putBigU32(h, 0);
    putBigU32(h, 255);
    h.append(QByteArray(512 - h.size(), '\0')); // dummy, name, colormap 0, padding
    return h;
}

QColor pixel(const QImage& image, int x, int y) {
    return QColor::fromRgba(image.pixel(x, y));
}

void expectCorrupt(const QByteArray& bytes, ErrorKind kind) {
    try {
        if (kind == ErrorKind::CorruptData)
            readPmd(bytes);
        else
            decodeDds(bytes);
        QFAIL("no error");
    } catch (const Error& error) {
        QCOMPARE(error.kind(), kind);
    }
}

// Writes a package folder holding a public.zip of `files`; returns the package root.
QString writePackage(const QTemporaryDir& folder,
                     const std::vector<std::pair<QString, QByteArray>>& files) {
    const QString root = folder.filePath(QStringLiteral("0ad-data"));
    const QString archive = ZeroADSource::archiveIn(root);
    QDir().mkpath(QFileInfo(archive).absolutePath());
    if (!writeZip(archive, files))
        return {};
    return root;
}

QByteArray actorXml(const QString& mesh, const QString& texture, const QString& propsXml = {},
                    const QString& material = QStringLiteral("default.xml")) {
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<actor version=\"1\">"
                          "<group><variant frequency=\"1\" name=\"a\"><mesh>%1</mesh><props>%3"
                          "</props></variant></group><group><variant><textures><texture "
                          "file=\"%2\" name=\"baseTex\"/></textures></variant></group>"
                          "<material>%4</material></actor>")
        .arg(mesh, texture, propsXml, material)
        .toUtf8();
}

// A 4 x 4 BC1 texture of one colour (RGB565) as the archive stores it.
QByteArray solidDds(std::uint16_t colour) {
    return ddsHeader(4, 4, "DXT1") + bc1Block(colour, colour, 0);
}

} // namespace

class TestZeroAD : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pmdCubeReadsBackExactly() {
        std::vector<glm::vec3> positions;
        std::vector<glm::vec2> uvs;
        for (int c = 0; c < 8; ++c) {
            positions.emplace_back(c & 1 ? 1.5f : -0.5f, c & 2 ? 2.0f : 0.0f,
                                   c & 4 ? 0.25f : -3.0f);
            uvs.emplace_back(0.125f * c, 0.25f + 0.0625f * c);
        }
        const std::vector<std::uint16_t> indices = {0, 2, 3, 0, 3, 1, 4, 5, 7, 4, 7, 6,
                                                    0, 1, 5, 0, 5, 4, 2, 6, 7, 2, 7, 3,
                                                    0, 4, 6, 0, 6, 2, 1, 3, 7, 1, 7, 5};
        const PmdMesh mesh = readPmd(pmdBytes(4, positions, uvs, indices, {},
                                              {{"root", glm::vec3(0.0f)}, {"top", {0, 2, 0}}}));
        QCOMPARE(mesh.version, 4u);
        QCOMPARE(mesh.positions.size(), std::size_t(8));
        QCOMPARE(mesh.indices.size(), indices.size());
        for (std::size_t v = 0; v < 8; ++v) {
            QCOMPARE(mesh.positions[v], positions[v]);
            QCOMPARE(mesh.normals[v], glm::vec3(0, 1, 0));
            // v turned: the file counts from the top row, the renderer from the bottom.
            QCOMPARE(mesh.uvs[v], glm::vec2(uvs[v].x, 1.0f - uvs[v].y));
        }
        for (std::size_t i = 0; i < indices.size(); ++i)
            QCOMPARE(mesh.indices[i], std::uint32_t(indices[i]));
        QVERIFY(mesh.bones.empty());
        QCOMPARE(mesh.propPoints.size(), std::size_t(2));
        const PmdPropPoint* top = mesh.findPropPoint("top");
        QVERIFY(top);
        QCOMPARE(glm::vec3(mesh.propTransform(*top) * glm::vec4(0, 0, 0, 1)), glm::vec3(0, 2, 0));
    }

    void pmdVersion3HasOneUvSetAndOldVersionsAreSkinned() {
        const std::vector<glm::vec3> triangle = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
        const std::vector<glm::vec2> uvs = {{0, 0}, {1, 0}, {0, 1}};
        const PmdMesh v3 = readPmd(pmdBytes(3, triangle, uvs, {0, 1, 2}));
        QCOMPARE(v3.uvs.size(), std::size_t(3));
        QCOMPARE(v3.positions[1], glm::vec3(1, 0, 0));
        // Version 2 stored skinned vertices relative to their bone: moved into the bind pose.
        const PmdMesh v2 =
            readPmd(pmdBytes(2, triangle, uvs, {0, 1, 2}, {{0, 5, 0}}, {{"root", {}}}, 0));
        QCOMPARE(v2.positions[1], glm::vec3(1, 5, 0));
        // Version 1 has no prop points; the root one is implied.
        const PmdMesh v1 = readPmd(pmdBytes(1, triangle, uvs, {0, 1, 2}));
        QVERIFY(v1.findPropPoint("root"));
    }

    void damagedPmdIsRefused() {
        const QByteArray good = boxPmd({0, 0, 0}, {1, 1, 1});
        for (int length : {0, 3, 11, 12, 16, 40, int(good.size()) / 2, int(good.size()) - 1}) {
            QByteArray truncated = good.left(length);
            expectCorrupt(truncated, ErrorKind::CorruptData);
            // The same cut with a header that claims only what is there.
            if (length > 12) {
                std::uint32_t size = std::uint32_t(length - 12);
                std::memcpy(truncated.data() + 8, &size, 4);
                expectCorrupt(truncated, ErrorKind::CorruptData);
            }
        }
        expectCorrupt(QByteArray(200, 'x'), ErrorKind::CorruptData);
        QByteArray wrongVersion = good;
        wrongVersion[4] = 9;
        expectCorrupt(wrongVersion, ErrorKind::CorruptData);
        // A face pointing past the vertices.
        expectCorrupt(
            pmdBytes(4, {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}}, {{0, 0}, {0, 0}, {0, 0}}, {0, 1, 3}),
            ErrorKind::CorruptData);
        // A vertex count that would need gigabytes.
        QByteArray huge = good;
        const std::uint32_t count = 0x10000000;
        std::memcpy(huge.data() + 12, &count, 4);
        expectCorrupt(huge, ErrorKind::CorruptData);
    }

    void bc1DecodesItsFourColoursAndItsTransparentBlack() {
        // red (565: 0xF800) and blue (0x001F); row 0 indexes 0, 1, 2, 3 (0b11100100)
        const QImage image = decodeDds(ddsHeader(4, 4, "DXT1") + bc1Block(0xF800, 0x001F, 0xE4));
        QCOMPARE(image.format(), QImage::Format_RGBA8888);
        QCOMPARE(image.size(), QSize(4, 4));
        QCOMPARE(pixel(image, 0, 0), QColor(255, 0, 0, 255));
        QCOMPARE(pixel(image, 1, 0), QColor(0, 0, 255, 255));
        QCOMPARE(pixel(image, 2, 0), QColor(170, 0, 85, 255)); // 2/3 red + 1/3 blue
        QCOMPARE(pixel(image, 3, 0), QColor(85, 0, 170, 255));
        QCOMPARE(pixel(image, 3, 3), QColor(255, 0, 0, 255));
        // colour0 <= colour1: three colours and index 3 is transparent black (leaf cut-outs)
        const QImage cutout = decodeDds(ddsHeader(4, 4, "DXT1") + bc1Block(0x001F, 0xF800, 0xC0));
        QCOMPARE(pixel(cutout, 0, 0), QColor(0, 0, 255, 255));
        QCOMPARE(pixel(cutout, 3, 0).alpha(), 0);
    }

    void bc3DecodesColourAndAlpha() {
        QByteArray block;
        putU8(block, 255); // alpha0
        putU8(block, 0);   // alpha1
        // 3-bit indices: pixel 0 -> 0 (255), pixel 1 -> 1 (0), the rest 0
        for (std::uint8_t b : {std::uint8_t(0x08), std::uint8_t(0), std::uint8_t(0),
                               std::uint8_t(0), std::uint8_t(0), std::uint8_t(0)})
            putU8(block, b);
        block += bc1Block(0x07E0, 0x0000, 0x00); // green
        const QImage image = decodeDds(ddsHeader(4, 4, "DXT5") + block);
        QCOMPARE(pixel(image, 0, 0), QColor(0, 255, 0, 255));
        QCOMPARE(pixel(image, 1, 0), QColor(0, 255, 0, 0));
        QCOMPARE(pixel(image, 2, 2), QColor(0, 255, 0, 255));
        // A 5 x 3 texture needs 2 x 1 blocks; one block is not enough.
        expectCorrupt(ddsHeader(5, 3, "DXT5") + block, ErrorKind::CorruptImage);
        QCOMPARE(decodeDds(ddsHeader(5, 3, "DXT5") + block + block).size(), QSize(5, 3));
    }

    void uncompressedAndDamagedDds() {
        // 2 x 1 BGRA (the usual masks) and 1 x 1 BGR
        QByteArray bgra =
            ddsHeader(2, 1, nullptr, 32, 0x41, {0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000});
        bgra.append("\x0a\x14\x1e\x28\x01\x02\x03\x04", 8);
        const QImage image = decodeDds(bgra);
        QCOMPARE(pixel(image, 0, 0), QColor(30, 20, 10, 40));
        QCOMPARE(pixel(image, 1, 0), QColor(3, 2, 1, 4));
        QByteArray bgr =
            ddsHeader(1, 1, nullptr, 24, 0x40, {0x00FF0000, 0x0000FF00, 0x000000FF, 0});
        bgr.append("\x0a\x14\x1e", 3);
        QCOMPARE(pixel(decodeDds(bgr), 0, 0), QColor(30, 20, 10, 255));

        expectCorrupt(bgra.left(bgra.size() - 1), ErrorKind::CorruptImage);
        expectCorrupt(ddsHeader(4, 4, "DXT1") + QByteArray(7, '\0'), ErrorKind::CorruptImage);
        expectCorrupt(ddsHeader(4, 4, "ATI2") + QByteArray(16, '\0'), ErrorKind::CorruptImage);
        expectCorrupt(ddsHeader(0, 4, "DXT1") + QByteArray(8, '\0'), ErrorKind::CorruptImage);
        expectCorrupt(QByteArray("DDS ") + QByteArray(20, '\0'), ErrorKind::CorruptImage);
        expectCorrupt(QByteArray(200, 'x'), ErrorKind::CorruptImage);
    }

    void sgiVerbatimIsTurnedTopDown() {
        // 2 x 2 RGB; planes of rows, the bottom row first
        QByteArray file = sgiHeader(0, 2, 2, 3);
        file.append("\x01\x02\x03\x04", 4); // red: bottom row 1 2, top row 3 4
        file.append("\x11\x12\x13\x14", 4);
        file.append("\x21\x22\x23\x24", 4);
        const QImage image = decodeSgi(file);
        QCOMPARE(image.size(), QSize(2, 2));
        QCOMPARE(pixel(image, 0, 0), QColor(3, 0x13, 0x23, 255));
        QCOMPARE(pixel(image, 1, 1), QColor(2, 0x12, 0x22, 255));
        try {
            decodeSgi(file.left(file.size() - 1));
            QFAIL("truncated SGI accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::CorruptImage);
        }
    }

    void sgiRunLengthRowsExpand() {
        // 3 x 2 RGBA: every row of channel c, y is "repeat 10 * c + y three times", except red
        // of the top row, which is the literal 7 8 9.
        const int width = 3, height = 2, channels = 4;
        QByteArray rows;
        std::vector<std::uint32_t> starts, lengths;
        const int dataStart = 512 + 2 * 4 * height * channels;
        for (int c = 0; c < channels; ++c)
            for (int y = 0; y < height; ++y) {
                QByteArray row;
                if (c == 0 && y == 1)
                    row = QByteArray("\x83\x07\x08\x09\x00", 5);
                else
                    row.append(char(0x03)).append(char(10 * c + y)).append(char(0));
                starts.push_back(std::uint32_t(dataStart + rows.size()));
                lengths.push_back(std::uint32_t(row.size()));
                rows += row;
            }
        QByteArray file = sgiHeader(1, width, height, channels);
        for (std::uint32_t s : starts)
            putBigU32(file, s);
        for (std::uint32_t l : lengths)
            putBigU32(file, l);
        file += rows;
        const QImage image = decodeSgi(file);
        QCOMPARE(pixel(image, 0, 0), QColor(7, 11, 21, 31)); // the top row
        QCOMPARE(pixel(image, 2, 0), QColor(9, 11, 21, 31));
        QCOMPARE(pixel(image, 1, 1), QColor(0, 10, 20, 30));
        // A run that overflows its row, and a row offset past the end, are refused.
        QByteArray overflow = file;
        overflow[dataStart] = char(0x04);
        QByteArray outside = file;
        outside[512] = char(0x7f);
        for (const QByteArray& bad : {overflow, outside, file.left(600)}) {
            try {
                decodeSgi(bad);
                QFAIL("damaged SGI accepted");
            } catch (const Error& error) {
                QCOMPARE(error.kind(), ErrorKind::CorruptImage);
            }
        }
    }

    void actorVariantsAreChosenAsTheGameDoes() {
        ZeroADActor actor = parseZeroADActor(
            "<actor version=\"1\"><group>"
            "<variant frequency=\"0\" name=\"death\"><mesh>dead.dae</mesh></variant>"
            "<variant frequency=\"2\" name=\"a\"><mesh>a.dae</mesh><props>"
            "<prop actor=\"crown.xml\" attachpoint=\"root\"/>"
            "<prop actor=\"leaves.xml\" attachpoint=\"root\"/>"
            "<prop actor=\"flag.xml\" attachpoint=\"banner\"/></props></variant>"
            "<variant frequency=\"1\" name=\"b\"><mesh>b.dae</mesh></variant></group>"
            "<group><variant file=\"shared.xml\"/></group>"
            "<material>basic_trans.xml</material></actor>");
        resolveVariantFiles(actor, [](const QString& file) {
            return file == QLatin1String("shared.xml")
                       ? QByteArray("<variant name=\"s\"><textures><texture file=\"t.dds\" "
                                    "name=\"baseTex\"/></textures><props><prop actor=\"\" "
                                    "attachpoint=\"banner\"/></props></variant>")
                       : QByteArray();
        });
        const ZeroADActorChoice byDefault = chooseVariants(actor);
        QCOMPARE(byDefault.mesh, QStringLiteral("a.dae"));
        QCOMPARE(byDefault.baseTexture, QStringLiteral("t.dds"));
        QCOMPARE(byDefault.material, QStringLiteral("basic_trans.xml"));
        QCOMPARE(byDefault.props.size(), std::size_t(2)); // both at root; the banner removed
        QCOMPARE(byDefault.props[1].actor, QStringLiteral("leaves.xml"));
        QCOMPARE(chooseVariants(actor, QStringLiteral("b.dae")).mesh, QStringLiteral("b.dae"));
        QVERIFY(chooseVariants(actor, QStringLiteral("b.dae")).props.empty());

        const ZeroADActor levels = parseZeroADActor(
            "<qualitylevels><actor quality=\"low\"/><actor inline=\"\"/><inline><group><variant>"
            "<mesh>high.dae</mesh></variant></group></inline></qualitylevels>");
        QCOMPARE(chooseVariants(levels).mesh, QStringLiteral("high.dae"));
        QVERIFY(parseZeroADActor("<actor><group>").groups.empty());
    }

    void sourceListsAndLoadsObjectsOfASmallArchive() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString root = writePackage(
            folder,
            {
                // A barrel, standing on its own: 1 x 2 x 1, one red texture.
                {"art/actors/props/special/eyecandy/barrel_test.xml",
                 actorXml("props/barrel_test.dae", "props/barrel_test.png")},
                {"art/meshes/props/barrel_test.dae.cached.pmd",
                 boxPmd({-0.5f, 0, -0.5f}, {0.5f, 2, 0.5f})},
                {"art/textures/skins/props/barrel_test.png.cached.dds", solidDds(0xF800)},
                // A tree: a trunk with its crown attached at the prop point "top"; the crown
                // alone is no object. Its leaves are cut-outs (basic_trans keeps alpha).
                {"art/actors/flora/trees/test_tree.xml",
                 actorXml("gaia/test_trunk.dae", "gaia/bark.dds",
                          "<prop actor=\"flora/trees/test_crown.xml\" attachpoint=\"top\"/>"
                          "<prop actor=\"particle/leaves.xml\" attachpoint=\"root\"/>")},
                {"art/actors/flora/trees/test_crown.xml",
                 actorXml("gaia/test_crown.dae", "gaia/leaves.dds", {},
                          QStringLiteral("basic_trans.xml"))},
                {"art/actors/flora/trees/test_crown_user.xml",
                 actorXml("gaia/test_stump.dae", "gaia/bark.dds",
                          "<prop actor=\"flora/trees/test_crown.xml\" attachpoint=\"root\"/>")},
                {"art/meshes/gaia/test_trunk.dae.cached.pmd",
                 boxPmd({-0.5f, 0, -0.5f}, {0.5f, 2, 0.5f},
                        {{"root", glm::vec3(0.0f)}, {"top", {0, 2, 0}}})},
                {"art/meshes/gaia/test_crown.dae.cached.pmd", boxPmd({-1, 0, 0}, {1, 1, 2})},
                {"art/meshes/gaia/test_stump.dae.cached.pmd", boxPmd({0, 0, 0}, {1, 1, 1})},
                // The same picture for bark and leaves: only basic_trans keeps the holes.
                {"art/textures/skins/gaia/bark.dds.cached.dds",
                 ddsHeader(4, 4, "DXT1") + bc1Block(0x001F, 0xF800, 0xC0)},
                {"art/textures/skins/gaia/leaves.dds.cached.dds",
                 ddsHeader(4, 4, "DXT1") + bc1Block(0x001F, 0xF800, 0xC0)},
                // A decal is never an object.
                {"art/actors/props/special/eyecandy/decal_test.xml",
                 actorXml("props/decal_test.dae", "props/barrel_test.png")},
                {"art/meshes/props/decal_test.dae.cached.pmd", boxPmd({0, 0, 0}, {1, 0, 1})},
            });
        QVERIFY(!root.isEmpty());
        const ZeroADSource source(root);
        QCOMPARE(source.name(), QStringLiteral("0ad"));
        QVERIFY(source.credit().contains(QLatin1String("Wildfire Games")));
        QVERIFY(source.credit().contains(QLatin1String("CC BY-SA 3.0")) ||
                source.credit().contains(QLatin1String("Attribution-ShareAlike 3.0")));

        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(objects.size(), std::size_t(3)); // barrel, tree, stump (the crown is a part)
        const SourceObject& barrel = objects[2];
        QCOMPARE(barrel.id, QStringLiteral("art/meshes/props/barrel_test.dae"));
        QCOMPARE(barrel.source, QStringLiteral("0ad"));
        QCOMPARE(barrel.category, QStringLiteral("container"));
        QCOMPARE(barrel.license, QStringLiteral("CC-BY-SA-3.0"));
        QCOMPARE(objects[1].id, QStringLiteral("art/meshes/gaia/test_trunk.dae"));
        QCOMPARE(objects[1].category, QStringLiteral("plant/tree"));

        const TexturedMesh mesh = source.load(barrel);
        QCOMPARE(mesh.triangleCount(), std::size_t(12));
        QCOMPARE(mesh.materials.size(), std::size_t(1));
        QCOMPARE(mesh.uvs.size(), mesh.positions.size());
        glm::vec3 lo(1e9f), hi(-1e9f);
        for (const glm::vec3& p : mesh.positions) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
        QCOMPARE(hi - lo, glm::vec3(0.5f, 1.0f, 0.5f)); // normalised: the longest side is 1
        QCOMPARE(lo + hi, glm::vec3(0.0f));             // and centred
        const QImage& texture = mesh.materials[0].texture;
        QCOMPARE(texture.size(), QSize(4, 4));
        QCOMPARE(pixel(texture, 1, 1), QColor(255, 0, 0, 255));

        // The tree: trunk and crown, 3 high, 2 wide, its crown towards -z once mirrored out of
        // the game's left-handed frame.
        const TexturedMesh tree = source.load(objects[1]);
        QCOMPARE(tree.triangleCount(), std::size_t(24));
        QCOMPARE(tree.materials.size(), std::size_t(2));
        lo = glm::vec3(1e9f);
        hi = glm::vec3(-1e9f);
        for (const glm::vec3& p : tree.positions) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
        QVERIFY(std::abs(hi.y - lo.y - 1.0f) < 1e-5f);
        QVERIFY(std::abs(hi.x - lo.x - 2.0f / 3.0f) < 1e-5f);
        QVERIFY(std::abs(hi.z - lo.z - 2.5f / 3.0f) < 1e-5f);
        float trunkZ = 0, crownZ = 0;
        for (std::size_t t = 0; t < tree.triangleCount(); ++t)
            (tree.triangleMaterial[t] == 0 ? trunkZ : crownZ) +=
                tree.positions[tree.indices[3 * t]].z;
        QVERIFY(crownZ < trunkZ);
        // The leaves keep their cut-outs; the bark's material ignores the texture's alpha.
        QCOMPARE(pixel(tree.materials[1].texture, 3, 0).alpha(), 0);
        QCOMPARE(pixel(tree.materials[0].texture, 3, 0).alpha(), 255);
    }

    void missingPackageSaysWhatToFetch() {
        QTemporaryDir folder;
        const ZeroADSource source(folder.path());
        QCOMPARE(source.packages().size(), std::size_t(1));
        QCOMPARE(source.packages()[0].name, QStringLiteral("0ad-data"));
        try {
            source.list();
            QFAIL("listed a missing package");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::FileNotFound);
            QVERIFY(error.message().contains(QLatin1String("0ad-data")));
        }
    }
};

QTEST_GUILESS_MAIN(TestZeroAD)
#include "tst_zeroad.moc"
