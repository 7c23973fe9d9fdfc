#include "CatalogFixture.h"
#include "Shapes.h"
#include "core/dataset/CatalogModel.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/FurnitureCatalog.h"
#include "core/dataset/PreviewSheet.h"
#include "core/dataset/ShapeDataset.h"
#include "core/dataset/SoftwareRenderer.h"
#include "core/dataset/ViewFrame.h"
#include "core/geometry/MeshToField.h"
#include "core/geometry/ShapeLattice.h"

#include <QBuffer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <glm/trigonometric.hpp>
#include <map>

using namespace lift3d;
using namespace lift3d::test;

namespace {

QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A 2 x 1 x 0.5 box (8 corners, 12 triangles), optionally shifted.
void appendBox(std::vector<glm::vec3>& positions, std::vector<std::uint32_t>& indices, glm::vec3 lo,
               glm::vec3 hi) {
    const auto base = std::uint32_t(positions.size());
    for (int c = 0; c < 8; ++c)
        positions.emplace_back(c & 1 ? hi.x : lo.x, c & 2 ? hi.y : lo.y, c & 4 ? hi.z : lo.z);
    const int faces[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                             {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (const auto& f : faces)
        for (int t : {0, 1, 2, 0, 2, 3})
            indices.push_back(base + std::uint32_t(f[t]));
}

} // namespace

class TestDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitRuleIsPinned() {
        QCOMPARE(fnv1a32(""), 2166136261u);
        QCOMPARE(fnv1a32("a"), 3826002220u);
        QCOMPARE(fnv1a32("Blend Swap CC-0#radiator1"), 1571498740u);
        QCOMPARE(splitOf(QStringLiteral("Blend Swap CC-0#radiator1")), Split::Test);
        QCOMPARE(splitOf(QStringLiteral("Kator Legaz#futon-couch")), Split::Validation);
        QCOMPARE(splitOf(QStringLiteral("Kator Legaz#screen-door")), Split::Train);
        // UTF-8 bytes, not UTF-16 code units.
        QCOMPARE(fnv1a32(QStringLiteral("Bill 10\u20ac").toUtf8()),
                 fnv1a32(QByteArray("Bill 10\xe2\x82\xac")));
    }

    // `lift3d-eval --max-objects n` on a split listed source by source: every source keeps its
    // share instead of the first n objects all coming from the first source.
    void evaluationSubsetCoversEverySource() {
        std::vector<DatasetObject> listed;
        for (const auto& [source, count] :
             std::vector<std::pair<QString, int>>{{QStringLiteral("sh3d"), 60},
                                                  {QStringLiteral("flightgear"), 30},
                                                  {QStringLiteral("procedural"), 10}})
            for (int i = 0; i < count; ++i) {
                DatasetObject object;
                object.source = source;
                object.id = source + QString::number(i);
                listed.push_back(object);
            }
        std::vector<const DatasetObject*> all;
        for (const DatasetObject& object : listed)
            all.push_back(&object);

        const auto subset = evenlySpacedObjects(all, 10);
        QCOMPARE(subset.size(), std::size_t(10));
        std::map<QString, int> perSource;
        QSet<QString> ids;
        for (const DatasetObject* object : subset) {
            ++perSource[object->source];
            ids.insert(object->id);
        }
        QCOMPARE(ids.size(), 10);
        QCOMPARE(perSource[QStringLiteral("sh3d")], 6);
        QCOMPARE(perSource[QStringLiteral("flightgear")], 3);
        QCOMPARE(perSource[QStringLiteral("procedural")], 1);
        QCOMPARE(evenlySpacedObjects(all, 0).size(), all.size());
        QCOMPARE(evenlySpacedObjects(all, 500).size(), all.size());
    }

    void propertiesAreParsedLikeJava() {
        const auto p =
            parseProperties("# comment\n! also\nid#1=Cat#one\nname#1=Bill 10\\u20ac\n"
                            "model#1 = /a/b.obj\nlong=first \\\n    second\nkey\\=x=y\n");
        QCOMPARE(p.at(QStringLiteral("id#1")), QStringLiteral("Cat#one"));
        QCOMPARE(p.at(QStringLiteral("name#1")), QStringLiteral("Bill 10\u20ac"));
        QCOMPARE(p.at(QStringLiteral("model#1")), QStringLiteral("/a/b.obj"));
        QCOMPARE(p.at(QStringLiteral("long")), QStringLiteral("first second"));
        QCOMPARE(p.at(QStringLiteral("key=x")), QStringLiteral("y"));
    }

    // A catalog made here: one textured quad lying flat (its modelRotation stands it up).
    void catalogModelIsLoadedUprightNormalisedAndTextured() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("test.sh3f"));
        QImage texture(8, 8, QImage::Format_RGB32);
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 8; ++x)
                texture.setPixel(x, y, x < 4 ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
        const QByteArray obj = "mtllib quad.mtl\nv -2 0 -1\nv 2 0 -1\nv 2 0 1\nv -2 0 1\n"
                               "vt 0 1\nvt 1 1\nvt 1 0\nvt 0 0\nusemtl paint\nf 1/1 2/2 3/3 4/4\n";
        const QByteArray mtl = "newmtl paint\nKd 1 1 1\nmap_Kd textures/paint.png\n";
        // Rotation by -90 degrees about X (row-major): the quad's -Z edge goes up.
        const QByteArray properties =
            "license=Test licence\nid#1=Test#quad\nname#1=Quad\ncategory#1=Misc\n"
            "model#1=/models/quad.obj\nicon#1=/icons/quad.png\nwidth#1=40\n"
            "height#1=20\ndepth#1=1\ncreator#1=Lift3D tests\n"
            "modelRotation#1=1 0 0 0 0 1 0 -1 0\n";
        QVERIFY(writeZip(path, {{QStringLiteral("PluginFurnitureCatalog.properties"), properties},
                                {QStringLiteral("models/quad.obj"), obj},
                                {QStringLiteral("models/quad.mtl"), mtl},
                                {QStringLiteral("models/textures/paint.png"), pngBytes(texture)},
                                {QStringLiteral("icons/quad.png"), pngBytes(texture)}}));

        const std::vector<CatalogEntry> entries = readFurnitureCatalog(path);
        QCOMPARE(entries.size(), std::size_t(1));
        const CatalogEntry& entry = entries[0];
        QCOMPARE(entry.id, QStringLiteral("Test#quad"));
        QCOMPARE(entry.modelPath, QStringLiteral("models/quad.obj"));
        QCOMPARE(entry.license, QStringLiteral("Test licence"));
        QVERIFY(entry.modelRotation.has_value());

        const TexturedMesh mesh = loadCatalogModel(entry);
        QCOMPARE(mesh.triangleCount(), std::size_t(2));
        glm::vec3 lo(1e9f), hi(-1e9f);
        for (const glm::vec3& p : mesh.positions) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
        // Upright: 4 wide along X, 2 tall along Y, flat in Z; longest side normalised to 1.
        QVERIFY(glm::length(hi - lo - glm::vec3(1.0f, 0.5f, 0.0f)) < 1e-5f);
        QVERIFY(glm::length(hi + lo) < 1e-5f);
        QVERIFY(!mesh.materials[mesh.triangleMaterial[0]].texture.isNull());

        // Seen from the front, the texture's left half (red) is on the left of the picture.
        ViewCamera camera;
        camera.distance = 3.0f;
        camera.verticalFov = 0.5f;
        RenderSettings settings;
        settings.view = camera.viewMatrix();
        settings.projection = camera.projectionMatrix();
        settings.size = 64;
        settings.lightDirection = glm::vec3(0, 0, 1);
        const QImage image = renderTexturedMesh(mesh, settings);
        const QColor left = image.pixelColor(22, 32), right = image.pixelColor(42, 32);
        QVERIFY2(left.red() > 150 && left.blue() < 60, qPrintable(left.name()));
        QVERIFY2(right.blue() > 150 && right.red() < 60, qPrintable(right.name()));
        QCOMPARE(image.pixelColor(2, 2).alpha(), 0);
        QCOMPARE(left.alpha(), 255);
    }

    void signedDistanceOfAClosedMesh() {
        const Mesh sphere = sphereMesh(48, 0.3f);
        ScalarGrid field = shapeLattice(48);
        const float truncation = 4.0f * field.spacing;
        meshToSignedDistance(sphere.positions, sphere.indices, truncation, field);
        float worst = 0.0f;
        for (int z = 0; z < field.nz; ++z)
            for (int y = 0; y < field.ny; ++y)
                for (int x = 0; x < field.nx; ++x) {
                    const float exact = glm::length(field.position(x, y, z)) - 0.3f;
                    const float clamped = std::clamp(exact, -truncation, truncation);
                    worst = std::max(worst, std::abs(field.at(x, y, z) - clamped));
                }
        // Exact distances to the faceted sphere: off from the analytic one by its faceting only.
        QVERIFY2(worst < 0.25f * field.spacing, qPrintable(QString::number(worst / field.spacing)));
    }

    void signedDistanceSealsSmallHoles() {
        Mesh sphere = sphereMesh(48, 0.3f);
        // Cut a hole at the top: the highest triangle, about two lattice spacings across.
        std::size_t top = 0;
        for (std::size_t t = 0; t < sphere.indices.size(); t += 3)
            if (sphere.positions[sphere.indices[t]].y + sphere.positions[sphere.indices[t + 1]].y +
                    sphere.positions[sphere.indices[t + 2]].y >
                sphere.positions[sphere.indices[top]].y +
                    sphere.positions[sphere.indices[top + 1]].y +
                    sphere.positions[sphere.indices[top + 2]].y)
                top = t;
        std::vector<std::uint32_t> kept = sphere.indices;
        kept.erase(kept.begin() + std::ptrdiff_t(top), kept.begin() + std::ptrdiff_t(top) + 3);
        QVERIFY(kept.size() < sphere.indices.size());
        ScalarGrid field = shapeLattice(48);
        meshToSignedDistance(sphere.positions, kept, 4.0f * field.spacing, field);
        QVERIFY(field.at(24, 24, 24) < 0.0f);
        QVERIFY(field.at(24, 20, 24) < 0.0f);
        QVERIFY(field.at(2, 2, 2) > 0.0f);
    }

    // The output frame (docs/architecture.md): an asymmetric object seen from azimuth 90 degrees
    // has the field of the azimuth-0 view turned by 90 degrees about +Y.
    void viewFrameRotatesWithAzimuth() {
        std::vector<glm::vec3> positions;
        std::vector<std::uint32_t> indices;
        appendBox(positions, indices, {-0.5f, -0.25f, -0.2f}, {0.5f, 0.05f, 0.2f}); // long along X
        appendBox(positions, indices, {0.2f, 0.05f, -0.2f},
                  {0.5f, 0.25f, 0.1f}); // a block on one end
        ScalarGrid canonical = shapeLattice(64);
        const float truncation = 4.0f * canonical.spacing;
        meshToSignedDistance(positions, indices, truncation, canonical);

        ViewCamera front, side;
        fitViewFrame(front, positions);
        side.azimuth = glm::radians(90.0f);
        fitViewFrame(side, positions);
        QVERIFY(std::abs(front.frameScale - 1.0f) < 1e-5f &&
                std::abs(side.frameScale - 1.0f) < 1e-5f);
        const ScalarGrid a = fieldInViewFrame(canonical, front, 64, truncation);
        const ScalarGrid b = fieldInViewFrame(canonical, side, 64, truncation);

        // Turning by -90 degrees maps canonical (x, y, z) to view (-z, y, x).
        int differing = 0, inside = 0;
        for (int z = 0; z < 64; ++z)
            for (int y = 0; y < 64; ++y)
                for (int x = 0; x < 64; ++x) {
                    differing += std::abs(b.at(x, y, z) - a.at(z, y, 63 - x)) > 1e-4f;
                    inside += b.at(x, y, z) < 0.0f;
                }
        QCOMPARE(differing, 0);
        QVERIFY(inside > 1000);
        // And it is not trivially symmetric: unrotated, the two views differ.
        int unrotatedDiffering = 0;
        for (std::size_t i = 0; i < a.values.size(); ++i)
            unrotatedDiffering += (a.values[i] < 0.0f) != (b.values[i] < 0.0f);
        QVERIFY(unrotatedDiffering > 1000);
    }

    void viewFrameIsNormalisedForAnyAzimuth() {
        std::vector<glm::vec3> positions;
        std::vector<std::uint32_t> indices;
        appendBox(positions, indices, {-0.5f, -0.2f, -0.1f}, {0.5f, 0.2f, 0.1f});
        for (float degrees : {0.0f, 30.0f, 45.0f, 200.0f}) {
            ViewCamera camera;
            camera.azimuth = glm::radians(degrees);
            fitViewFrame(camera, positions);
            glm::vec3 lo(1e9f), hi(-1e9f);
            for (const glm::vec3& p : positions) {
                const glm::vec3 v = camera.toViewFrame(p);
                lo = glm::min(lo, v);
                hi = glm::max(hi, v);
                QVERIFY(glm::length(camera.toCanonical(v) - p) < 1e-5f);
            }
            const glm::vec3 size = hi - lo;
            QVERIFY(std::abs(std::max({size.x, size.y, size.z}) - 1.0f) < 1e-5f);
            QVERIFY(glm::length(hi + lo) < 1e-5f);
        }
    }

    void fieldFilesRoundTrip() {
        QTemporaryDir folder;
        ScalarGrid field = shapeLattice(16);
        field.fill([](glm::vec3 p) { return glm::length(p) - 0.3f; });
        writeFieldFile(folder.filePath(QStringLiteral("f.bin")), field, 0.1f);
        float truncation = 0.0f;
        const ScalarGrid back =
            readFieldFile(folder.filePath(QStringLiteral("f.bin")), &truncation);
        QCOMPARE(truncation, 0.1f);
        QCOMPARE(back.nx, 16);
        for (std::size_t i = 0; i < field.values.size(); ++i)
            QVERIFY(std::abs(back.values[i] - std::clamp(field.values[i], -0.1f, 0.1f)) <
                    0.1f / 127.0f);
    }

    // lift3d-cli --preview: two opaque views side by side, the object in the middle of each on
    // white, in its vertex colours.
    void previewSheetShowsBothViews() {
        Mesh mesh = sphereMesh(24, 0.8f);
        mesh.normalize();
        mesh.colors.assign(mesh.positions.size(), glm::vec3(0.8f, 0.05f, 0.05f));
        const QImage sheet = renderPreviewSheet(mesh, 64);
        QCOMPARE(sheet.size(), QSize(128, 64));
        QCOMPARE(sheet.format(), QImage::Format_RGBA8888);
        for (int left : {0, 64}) {
            const QColor corner = sheet.pixelColor(left + 1, 1),
                         centre = sheet.pixelColor(left + 32, 32);
            QCOMPARE(corner, QColor(Qt::white));
            QCOMPARE(centre.alpha(), 255);
            QVERIFY2(centre.red() > 2 * centre.green() && centre.red() > 2 * centre.blue(),
                     qPrintable(centre.name()));
        }

        const QImage blank = renderPreviewSheet(Mesh{}, 16);
        QCOMPARE(blank.size(), QSize(32, 16));
        for (int y = 0; y < blank.height(); ++y)
            for (int x = 0; x < blank.width(); ++x)
                QCOMPARE(blank.pixelColor(x, y), QColor(Qt::white));
        QVERIFY(renderPreviewSheet(mesh, 0).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
