#include "Shapes.h"
#include "core/Error.h"
#include "core/dataset/CameraPipeline.h"
#include "core/dataset/CornerNormals.h"
#include "core/dataset/PhotoLook.h"
#include "core/dataset/PhotoRender.h"
#include "core/dataset/SoftwareRenderer.h"
#include "core/dataset/TabletopRender.h"
#include "core/dataset/ViewFrame.h"
#include "core/geometry/ShapeLattice.h"

#include <QColor>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>
#include <set>

using namespace lift3d;
using namespace lift3d::test;

namespace {

// A small scene that exercises every part of the plain renderer: a textured quad (bilinear,
// perspective-correct lookup), a box with vertex colours and a second material, a degenerate
// triangle and a fully transparent material that must be skipped.
TexturedMesh rendererFixture() {
    TexturedMesh mesh;
    QImage checker(4, 4, QImage::Format_RGBA8888);
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x)
            checker.setPixelColor(x, y, (x + y) % 2 ? QColor(200, 40, 30) : QColor(240, 230, 90));
    SurfaceMaterial textured;
    textured.diffuse = glm::vec3(1.0f);
    textured.texture = checker;
    SurfaceMaterial painted;
    painted.diffuse = glm::vec3(0.3f, 0.6f, 0.9f);
    SurfaceMaterial invisible;
    invisible.opacity = 0.0f;
    mesh.materials = {textured, painted, invisible};
    // Quad at z = -0.3, leaning back.
    const glm::vec3 quad[4] = {
        {-0.5f, -0.4f, -0.2f}, {0.5f, -0.4f, -0.2f}, {0.5f, 0.4f, -0.45f}, {-0.5f, 0.4f, -0.45f}};
    const glm::vec2 quadUv[4] = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
    for (int i = 0; i < 4; ++i) {
        mesh.positions.push_back(quad[i]);
        mesh.uvs.push_back(quadUv[i]);
        mesh.colors.emplace_back(1.0f);
    }
    for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u})
        mesh.indices.push_back(i);
    mesh.triangleMaterial = {0, 0};
    // Box in front, vertex-coloured, wound one way on some faces and the other on the rest.
    const auto base = std::uint32_t(mesh.positions.size());
    for (int c = 0; c < 8; ++c) {
        mesh.positions.emplace_back(c & 1 ? 0.25f : -0.15f, c & 2 ? 0.2f : -0.3f,
                                    c & 4 ? 0.3f : 0.0f);
        mesh.uvs.emplace_back(0.0f);
        mesh.colors.emplace_back(c & 1 ? 1.0f : 0.6f, c & 2 ? 1.0f : 0.7f, c & 4 ? 1.0f : 0.5f);
    }
    const int faces[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                             {2, 3, 7, 6}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (const auto& f : faces)
        for (int t : {0, 1, 2, 0, 2, 3}) {
            mesh.indices.push_back(base + std::uint32_t(f[t]));
        }
    for (int t = 0; t < 12; ++t)
        mesh.triangleMaterial.push_back(1);
    // A degenerate triangle and one of the invisible material across the middle.
    for (std::uint32_t i : {base, base, base + 1, 0u, 1u, base + 7})
        mesh.indices.push_back(i);
    mesh.triangleMaterial.push_back(1);
    mesh.triangleMaterial.push_back(2);
    return mesh;
}

RenderSettings rendererFixtureSettings() {
    ViewCamera camera;
    camera.azimuth = 0.5f;
    camera.elevation = 0.3f;
    camera.distance = 2.2f;
    RenderSettings settings;
    settings.view = camera.viewMatrix();
    settings.projection = camera.projectionMatrix();
    settings.size = 48;
    settings.lightDirection = glm::vec3(0.4f, 0.7f, 0.6f);
    return settings;
}

// An axis-aligned box as a TexturedMesh of one grey material.
void appendBox(TexturedMesh& mesh, glm::vec3 lo, glm::vec3 hi) {
    if (mesh.materials.empty())
        mesh.materials.push_back(SurfaceMaterial{});
    const auto base = std::uint32_t(mesh.positions.size());
    for (int c = 0; c < 8; ++c)
        mesh.positions.emplace_back(c & 1 ? hi.x : lo.x, c & 2 ? hi.y : lo.y, c & 4 ? hi.z : lo.z);
    const int faces[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                             {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (const auto& f : faces)
        for (int t : {0, 1, 2, 0, 2, 3})
            mesh.indices.push_back(base + std::uint32_t(f[t]));
    for (int t = 0; t < 12; ++t)
        mesh.triangleMaterial.push_back(0);
}

void appendMesh(TexturedMesh& to, const TexturedMesh& from) {
    const auto base = std::uint32_t(to.positions.size());
    to.positions.insert(to.positions.end(), from.positions.begin(), from.positions.end());
    for (std::uint32_t i : from.indices)
        to.indices.push_back(base + i);
    if (to.materials.empty())
        to.materials.push_back(SurfaceMaterial{});
    to.triangleMaterial.resize(to.indices.size() / 3, 0);
}

// A square of side `side` in the plane z = `z`, facing +Z.
TexturedMesh squareAt(float z, float side) {
    TexturedMesh mesh;
    mesh.materials.push_back(SurfaceMaterial{});
    const float h = 0.5f * side;
    mesh.positions = {{-h, -h, z}, {h, -h, z}, {h, h, z}, {-h, h, z}};
    mesh.indices = {0, 1, 2, 0, 2, 3};
    mesh.triangleMaterial = {0, 0};
    return mesh;
}

ViewCamera cameraAt(float azimuth, float elevation, float distance = 2.5f) {
    ViewCamera camera;
    camera.azimuth = azimuth;
    camera.elevation = elevation;
    camera.distance = distance;
    return camera; // frameCenter 0, frameScale 1: the view frame is the canonical one turned
}

// A look with nothing photographic about it but the light.
PhotoLook cleanLook() {
    PhotoLook look;
    look.blurSigma = 0.0f;
    look.noiseSigma = 0.0f;
    look.jpegQuality = 0;
    return look;
}

std::uint16_t depthAt(const QImage& depth, int x, int y) {
    return reinterpret_cast<const std::uint16_t*>(depth.constScanLine(y))[x];
}

double maskIou(const QImage& a, int aChannel, const QImage& b, int bChannel) {
    int both = 0, either = 0;
    const int aStride = a.depth() / 8, bStride = b.depth() / 8;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const bool inA = a.constScanLine(y)[aStride * x + aChannel] >= 128;
            const bool inB = b.constScanLine(y)[bStride * x + bChannel] >= 128;
            both += inA && inB;
            either += inA || inB;
        }
    return either ? double(both) / double(either) : 1.0;
}

} // namespace

class TestPhotoRender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The first dataset was rendered with the defaults; they must still give the same picture,
    // bit for bit (pinned with the renderer before lights, highlights and depth were added).
    void defaultsLeaveThePlainRenderUnchanged() {
        const TexturedMesh mesh = rendererFixture();
        const QImage image = renderTexturedMesh(mesh, rendererFixtureSettings());
        const QByteArray bytes(reinterpret_cast<const char*>(image.constBits()),
                               int(image.sizeInBytes()));
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex(),
                 QByteArray("e2415a15d6d7d9705767aa41a929cbc25da654fe"));
        // Asking for depth and coverage does not change the picture.
        std::vector<float> depth;
        std::vector<std::uint8_t> coverage;
        RenderBuffers buffers;
        buffers.depth = &depth;
        buffers.coverage = &coverage;
        buffers.coverageTriangleCount = mesh.triangleCount();
        QCOMPARE(renderTexturedMesh(mesh, rendererFixtureSettings(), buffers), image);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const std::size_t i = std::size_t(y) * image.width() + x;
                QCOMPARE(int(coverage[i]), image.pixelColor(x, y).alpha());
                QCOMPARE(std::isinf(depth[i]), image.pixelColor(x, y).alpha() == 0);
            }
    }

    void textureAlphaCutsHoles() {
        TexturedMesh mesh = squareAt(0.0f, 0.8f);
        mesh.uvs = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        QImage texture(2, 1, QImage::Format_RGBA8888);
        texture.setPixelColor(0, 0, QColor(255, 255, 255, 255));
        texture.setPixelColor(1, 0, QColor(255, 255, 255, 0)); // right half: a hole
        mesh.materials[0].texture = texture;
        const ViewCamera camera = cameraAt(0.0f, 0.0f);
        RenderSettings settings;
        settings.view = camera.viewMatrix();
        settings.projection = camera.projectionMatrix();
        settings.size = 64;
        const QImage cut = renderTexturedMesh(mesh, settings);
        QCOMPARE(cut.pixelColor(22, 32).alpha(), 255);
        QCOMPARE(cut.pixelColor(42, 32).alpha(), 0);
        settings.alphaTest = false;
        QCOMPARE(renderTexturedMesh(mesh, settings).pixelColor(42, 32).alpha(), 255);
    }

    void cornerNormalsSmoothCurvesAndKeepEdges() {
        TexturedMesh box;
        appendBox(box, glm::vec3(-0.5f), glm::vec3(0.5f));
        const std::vector<glm::vec3> boxNormals = cornerNormals(box);
        for (std::size_t corner = 0; corner < box.indices.size(); ++corner) {
            const std::size_t t = corner / 3;
            const glm::vec3& a = box.positions[box.indices[3 * t]];
            const glm::vec3 face =
                glm::normalize(glm::cross(box.positions[box.indices[3 * t + 1]] - a,
                                          box.positions[box.indices[3 * t + 2]] - a));
            QVERIFY(glm::length(boxNormals[corner] - face) < 1e-5f);
        }
        // A sphere split into separate triangles (as loaders deliver it) still shades round.
        const Mesh sphere = sphereMesh(24, 0.4f);
        TexturedMesh split;
        split.materials.push_back(SurfaceMaterial{});
        for (std::uint32_t index : sphere.indices) {
            split.indices.push_back(std::uint32_t(split.positions.size()));
            split.positions.push_back(sphere.positions[index]);
        }
        split.triangleMaterial.assign(split.indices.size() / 3, 0);
        const std::vector<glm::vec3> sphereNormals = cornerNormals(split);
        float worst = 1.0f;
        for (std::size_t corner = 0; corner < split.indices.size(); ++corner) {
            const glm::vec3 radial = glm::normalize(split.positions[split.indices[corner]]);
            worst = std::min(worst, std::abs(glm::dot(sphereNormals[corner], radial)));
        }
        QVERIFY2(worst > 0.97f, qPrintable(QString::number(worst)));
    }

    // Depth is the view-frame z (not the distance from the camera), whatever the elevation.
    void depthOfAFlatSquareDecodesToItsZ() {
        const float cell = 2.0f * fieldHalfExtent / 63.0f; // a 64^3 lattice
        for (const float elevation : {0.0f, 0.5f}) {
            const PhotoView view =
                renderPhotoView(squareAt(0.2f, 0.6f), cameraAt(0.0f, elevation), cleanLook(), 64);
            QCOMPARE(view.depth.format(), QImage::Format_Grayscale16);
            int object = 0;
            for (int y = 0; y < 64; ++y)
                for (int x = 0; x < 64; ++x) {
                    const int alpha = view.rgba.pixelColor(x, y).alpha();
                    const std::uint16_t d = depthAt(view.depth, x, y);
                    QCOMPARE(d == 0, alpha == 0);
                    if (alpha == 0)
                        continue;
                    ++object;
                    QVERIFY2(std::abs(decodeViewDepth(d) - 0.2f) < 0.1f * cell,
                             qPrintable(QString::number(decodeViewDepth(d))));
                }
            QVERIFY(object > 300);
        }
        // Seen from azimuth 90 degrees, a square facing +X at x = 0.2 is at view-frame z = 0.2.
        TexturedMesh side = squareAt(0.0f, 0.6f);
        for (glm::vec3& p : side.positions)
            p = glm::vec3(0.2f, p.y, -p.x);
        const PhotoView view =
            renderPhotoView(side, cameraAt(glm::radians(90.0f), 0.3f), cleanLook(), 64);
        QVERIFY(std::abs(decodeViewDepth(depthAt(view.depth, 32, 32)) - 0.2f) < 0.1f * cell);
        QCOMPARE(encodeViewDepth(-1.0f), std::uint16_t(1));
        QCOMPARE(encodeViewDepth(1.0f), std::uint16_t(65535));
    }

    void cubeIsNearerThanTheSphereBehindIt() {
        TexturedMesh scene;
        appendBox(scene, glm::vec3(-0.12f, -0.12f, 0.25f), glm::vec3(0.12f, 0.12f, 0.45f));
        appendMesh(scene, texturedFromMesh(sphereMesh(48, 0.35f, glm::vec3(0.0f, 0.0f, -0.15f))));
        const PhotoView view = renderPhotoView(scene, cameraAt(0.0f, 0.1f), cleanLook(), 96);
        const float cell = 2.0f * fieldHalfExtent / 63.0f;
        // The centre of the picture shows the cube's front face; left of the cube, the sphere
        // (about 20 pixels in radius), its surface falling away toward its rim.
        const float front = decodeViewDepth(depthAt(view.depth, 48, 48));
        QVERIFY2(std::abs(front - 0.45f) < 0.1f * cell, qPrintable(QString::number(front)));
        const float sphere = decodeViewDepth(depthAt(view.depth, 34, 48));
        const float rim = decodeViewDepth(depthAt(view.depth, 30, 48));
        QVERIFY2(sphere > -0.15f && sphere < 0.2f && rim > -0.15f && rim < sphere,
                 qPrintable(QStringLiteral("%1 %2").arg(sphere).arg(rim)));
        QVERIFY(front > sphere + 0.2f);
        QCOMPARE(depthAt(view.depth, 1, 1), std::uint16_t(0));
    }

    // Blur, noise and JPEG change the colours, never the mask.
    void maskIsUnchangedByThePhotoPipeline() {
        const TexturedMesh mesh = rendererFixture();
        const ViewCamera camera = cameraAt(0.5f, 0.3f, 2.2f);
        PhotoLook harsh = cleanLook();
        harsh.blurSigma = 1.2f;
        harsh.noiseSigma = 0.03f;
        harsh.jpegQuality = 40;
        harsh.colorTemperature = 4000.0f;
        const PhotoView clean = renderPhotoView(mesh, camera, cleanLook(), 64);
        const PhotoView photo = renderPhotoView(mesh, camera, harsh, 64);
        QCOMPARE(photo.rgba.format(), QImage::Format_RGBA8888);
        int changed = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                const QColor a = clean.rgba.pixelColor(x, y), b = photo.rgba.pixelColor(x, y);
                QCOMPARE(b.alpha(), a.alpha());
                if (b.alpha() == 0)
                    QCOMPARE(b.rgb() & 0xffffff, 0u); // background stays black
                changed += a.rgb() != b.rgb();
            }
        QVERIFY(changed > 300);
        QCOMPARE(photo.depth, clean.depth);
        // The mask is the plain render's coverage.
        const QImage plain =
            renderTexturedMesh(mesh, photoRenderSettings(camera, harsh, 64, nullptr));
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                QCOMPARE(photo.rgba.pixelColor(x, y).alpha(), plain.pixelColor(x, y).alpha());
        // The same look renders the same picture (the noise comes from its seed).
        QCOMPARE(renderPhotoView(mesh, camera, harsh, 64).rgba, photo.rgba);
    }

    void photoLooksAreDeterministicAndRoundTripThroughJson() {
        std::mt19937 a(42), b(42), c(43);
        const PhotoLook first = samplePhotoLook(a);
        QCOMPARE(photoLookToJson(samplePhotoLook(b)), photoLookToJson(first));
        QVERIFY(photoLookToJson(samplePhotoLook(c)) != photoLookToJson(first));

        std::mt19937 random(7);
        int frontLit = 0, mildBlur = 0, jpeg = 0;
        const int count = 400;
        for (int i = 0; i < count; ++i) {
            const PhotoLook look = samplePhotoLook(random);
            const QJsonObject json = photoLookToJson(look);
            const PhotoLook back =
                photoLookFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
            QCOMPARE(photoLookToJson(back), json);
            QCOMPARE(back.noiseSeed, look.noiseSeed);
            QCOMPARE(back.keyDirection.x, look.keyDirection.x);
            QCOMPARE(back.exposure, look.exposure);
            QCOMPARE(back.jpegQuality, look.jpegQuality);
            frontLit += look.keyDirection.z > 0.0f && look.keyDirection.y >= 0.0f;
            mildBlur += look.blurSigma <= 0.7f;
            jpeg += look.jpegQuality > 0;
            QVERIFY(look.keyIntensity > 0.0f && look.ambient > 0.0f);
            QVERIFY(look.jpegQuality == 0 || (look.jpegQuality >= 25 && look.jpegQuality <= 95));
        }
        // Mostly mild, the occasional harsh one.
        QVERIFY(frontLit > count * 8 / 10 && frontLit < count);
        QVERIFY(mildBlur > count * 8 / 10 && mildBlur < count);
        QVERIFY(jpeg > count / 2 && jpeg < count);
        // Missing keys read as the defaults (views stored before a field existed).
        QCOMPARE(photoLookToJson(photoLookFromJson({})), photoLookToJson(PhotoLook{}));
        // White balance: neutral at 6500 K, warm below, cool above.
        QVERIFY(glm::length(whiteBalanceGains(6500.0f) - glm::vec3(1.0f)) < 1e-4f);
        QVERIFY(whiteBalanceGains(3500.0f).x > whiteBalanceGains(3500.0f).z);
        QVERIFY(whiteBalanceGains(10000.0f).z > whiteBalanceGains(10000.0f).x);
    }

    void tabletopMaskIsTheObjectsOwnMask() {
        const TexturedMesh object =
            texturedFromMesh(sphereMesh(32, 0.4f, glm::vec3(0.0f, 0.0f, 0.0f)));
        const ViewCamera camera = cameraAt(0.7f, 0.35f, 2.4f);
        std::mt19937 random(5);
        const PhotoLook look = samplePhotoLook(random);
        const TabletopView view = renderTabletopView(object, {}, camera, look, random, 96);
        QCOMPARE(view.rgb.format(), QImage::Format_RGB888);
        QVERIFY(!view.rgb.hasAlphaChannel());
        QCOMPARE(view.mask.format(), QImage::Format_Grayscale8);
        const QImage alone =
            renderTexturedMesh(object, photoRenderSettings(camera, look, 96, nullptr));
        const double iou = maskIou(view.mask, 0, alone, 3);
        QVERIFY2(iou > 0.95, qPrintable(QString::number(iou)));
        // A picture of a scene, not a flat fill: many colours, everywhere something.
        std::set<QRgb> colours;
        double sum = 0.0, sumSquares = 0.0;
        for (int y = 0; y < 96; ++y)
            for (int x = 0; x < 96; ++x) {
                const QRgb rgb = view.rgb.pixel(x, y);
                colours.insert(rgb);
                const double grey = qGray(rgb);
                sum += grey;
                sumSquares += grey * grey;
            }
        const double mean = sum / (96.0 * 96.0);
        QVERIFY(colours.size() > 200);
        QVERIFY(sumSquares / (96.0 * 96.0) - mean * mean > 25.0);
        QVERIFY(view.scene.contains(QStringLiteral("floor")));
    }

    void tabletopClutterNeverCoversMostOfTheObject() {
        TexturedMesh object;
        appendBox(object, glm::vec3(-0.3f, -0.5f, -0.25f), glm::vec3(0.3f, 0.5f, 0.25f));
        TexturedMesh crate;
        appendBox(crate, glm::vec3(-0.5f), glm::vec3(0.5f));
        const TexturedMesh ball = texturedFromMesh(sphereMesh(24, 0.45f));
        const std::vector<const TexturedMesh*> clutter = {&crate, &ball, &crate};
        std::mt19937 random(11);
        int withClutter = 0;
        for (int i = 0; i < 6; ++i) {
            const ViewCamera camera = cameraAt(0.9f * float(i), 0.1f + 0.1f * float(i), 2.6f);
            const PhotoLook look = samplePhotoLook(random);
            const TabletopView view = renderTabletopView(object, clutter, camera, look, random, 64);
            const QImage alone =
                renderTexturedMesh(object, photoRenderSettings(camera, look, 64, nullptr));
            int visible = 0, whole = 0;
            for (int y = 0; y < 64; ++y)
                for (int x = 0; x < 64; ++x) {
                    const bool inMask = view.mask.constScanLine(y)[x] >= 128;
                    const bool inObject = alone.pixelColor(x, y).alpha() >= 128;
                    QVERIFY(!inMask || alone.pixelColor(x, y).alpha() > 0); // only the object
                    visible += inMask;
                    whole += inObject;
                }
            QVERIFY2(visible > whole / 2,
                     qPrintable(QStringLiteral("%1 of %2").arg(visible).arg(whole)));
            withClutter += !view.scene.value(QStringLiteral("clutter")).toArray().isEmpty();
        }
        QVERIFY(withClutter > 0);
    }

    // Floor and wall fill the picture from eye level to nearly overhead, near and far: no pixel
    // shows the backdrop behind the scene.
    void tabletopSceneFillsThePicture() {
        TexturedMesh object;
        appendBox(object, glm::vec3(-0.2f, -0.5f, -0.2f), glm::vec3(0.2f, 0.5f, 0.2f));
        PhotoLook look = cleanLook();
        look.backdrop = glm::vec3(1.0f, 0.0f, 1.0f);
        std::mt19937 random(3);
        for (const float elevation : {0.0f, 0.3f, 0.8f, 1.3f})
            for (const float distance : {1.2f, 2.5f, 6.0f}) {
                const ViewCamera camera = cameraAt(2.0f * elevation, elevation, distance);
                const TabletopView view = renderTabletopView(object, {}, camera, look, random, 48);
                for (int y = 0; y < 48; ++y)
                    for (int x = 0; x < 48; ++x) {
                        const QColor c = view.rgb.pixelColor(x, y);
                        QVERIFY2(!(c.red() > 250 && c.green() < 5 && c.blue() > 250),
                                 qPrintable(QStringLiteral("elevation %1, distance %2, (%3, %4)")
                                                .arg(elevation)
                                                .arg(distance)
                                                .arg(x)
                                                .arg(y)));
                    }
            }
    }

    void tabletopNeedsTheCameraAboveTheFloor() {
        TexturedMesh flat;
        appendBox(flat, glm::vec3(-0.5f, -0.05f, -0.5f), glm::vec3(0.5f, 0.05f, 0.5f));
        std::mt19937 random(1);
        try {
            renderTabletopView(flat, {}, cameraAt(0.0f, glm::radians(-5.0f)), PhotoLook{}, random,
                               32);
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhotoRender)
#include "tst_photorender.moc"
