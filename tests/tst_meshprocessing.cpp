#include "Shapes.h"
#include "core/Error.h"
#include "core/geometry/MeshMeasures.h"
#include "core/geometry/Simplify.h"
#include "core/geometry/SmallComponents.h"
#include "core/geometry/TaubinSmoothing.h"

#include <QTest>
#include <random>

using namespace lift3d;
using namespace lift3d::test;

namespace {

Mesh mergeMeshes(const Mesh& a, const Mesh& b) {
    Mesh merged = a;
    const auto offset = std::uint32_t(a.positions.size());
    merged.positions.insert(merged.positions.end(), b.positions.begin(), b.positions.end());
    merged.normals.insert(merged.normals.end(), b.normals.begin(), b.normals.end());
    for (std::uint32_t index : b.indices)
        merged.indices.push_back(index + offset);
    return merged;
}

// Mean and spread of the distance of vertices to the origin.
std::pair<double, double> radiusStatistics(const Mesh& mesh) {
    double sum = 0.0, sum2 = 0.0;
    for (const glm::vec3& p : mesh.positions) {
        const double r = glm::length(p);
        sum += r;
        sum2 += r * r;
    }
    const double n = double(mesh.positions.size());
    const double mean = sum / n;
    return {mean, std::sqrt(std::max(0.0, sum2 / n - mean * mean))};
}

} // namespace

class TestMeshProcessing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smallFloatersAreRemoved() {
        const Mesh body = sphereMesh(48, 0.5f);
        const Mesh floater = marchingCubes(sphereGrid(48, 0.08f, glm::vec3(0.8f, 0.8f, 0.8f)));
        Mesh mesh = mergeMeshes(body, floater);
        QCOMPARE(countComponents(mesh), 2);
        QCOMPARE(removeSmallComponents(mesh, 0.1f), 1);
        QCOMPARE(countComponents(mesh), 1);
        QCOMPARE(mesh.triangleCount(), body.triangleCount());
        QCOMPARE(mesh.vertexCount(), body.vertexCount());
        QVERIFY(analyzeEdges(mesh).isClosedManifold());
    }

    void piecesOfSimilarSizeAreKept() {
        Mesh mesh = mergeMeshes(marchingCubes(sphereGrid(48, 0.3f, glm::vec3(-0.5f, 0, 0))),
                                marchingCubes(sphereGrid(48, 0.28f, glm::vec3(0.5f, 0, 0))));
        QCOMPARE(removeSmallComponents(mesh, 0.1f), 0);
        QCOMPARE(countComponents(mesh), 2);
    }

    void taubinSmoothingRemovesNoiseWithoutShrinking() {
        Mesh mesh = sphereMesh(48, 0.6f);
        std::mt19937 random(7);
        std::normal_distribution<float> noise(0.0f, 0.01f);
        for (glm::vec3& p : mesh.positions)
            p += glm::normalize(p) * noise(random);
        const auto [meanBefore, spreadBefore] = radiusStatistics(mesh);
        const double volumeBefore = enclosedVolume(mesh);

        taubinSmooth(mesh);
        const auto [meanAfter, spreadAfter] = radiusStatistics(mesh);
        QVERIFY2(spreadAfter < 0.5 * spreadBefore,
                 qPrintable(QStringLiteral("%1 -> %2").arg(spreadBefore).arg(spreadAfter)));
        QVERIFY(std::abs(enclosedVolume(mesh) / volumeBefore - 1.0) < 0.02);
        QVERIFY(std::abs(meanAfter - meanBefore) < 0.01);
        QVERIFY(mesh.hasNormals());
    }

    void taubinRefusesUnstableParameters() {
        Mesh mesh = sphereMesh(16, 0.5f);
        QVERIFY_THROWS_EXCEPTION(Error, taubinSmooth(mesh, {5, 0.5f, -0.4f}));
    }

    void simplificationReachesTheTargetAndKeepsTheShape() {
        Mesh mesh = sphereMesh(64, 0.7f);
        const double volumeBefore = enclosedVolume(mesh);
        QVERIFY(mesh.triangleCount() > 10000);
        simplify(mesh, 2000);
        QVERIFY2(mesh.triangleCount() <= 2000, qPrintable(QString::number(mesh.triangleCount())));
        QVERIFY(mesh.triangleCount() >= 1500);
        QVERIFY(std::abs(enclosedVolume(mesh) / volumeBefore - 1.0) < 0.03);
        QVERIFY(analyzeEdges(mesh).isClosedManifold());
        QVERIFY(mesh.hasNormals());
    }

    void simplificationKeepsVertexColours() {
        Mesh mesh = sphereMesh(48, 0.7f);
        for (const glm::vec3& p : mesh.positions)
            mesh.colors.push_back(p.x > 0.0f ? glm::vec3(1, 0, 0) : glm::vec3(0, 0, 1));
        simplify(mesh, 1000);
        QVERIFY(mesh.hasColors());
        for (std::size_t v = 0; v < mesh.vertexCount(); ++v) {
            const glm::vec3 expected =
                mesh.positions[v].x > 0.0f ? glm::vec3(1, 0, 0) : glm::vec3(0, 0, 1);
            QCOMPARE(mesh.colors[v], expected);
        }
    }

    void simplificationBelowCurrentCountIsANoOp() {
        Mesh mesh = sphereMesh(16, 0.5f);
        const std::size_t before = mesh.triangleCount();
        simplify(mesh, before + 10);
        QCOMPARE(mesh.triangleCount(), before);
        QVERIFY_THROWS_EXCEPTION(Error, simplify(mesh, 2));
    }

    void normalizeFitsTheUnitBox() {
        Mesh mesh = marchingCubes(torusGrid(32, 0.6f, 0.25f));
        for (glm::vec3& p : mesh.positions)
            p = p * 3.0f + glm::vec3(5, -2, 1);
        mesh.normalize();
        const Bounds box = mesh.bounds();
        const glm::vec3 size = box.size();
        QVERIFY(std::abs(std::max({size.x, size.y, size.z}) - 1.0f) < 1e-5f);
        QVERIFY(glm::length(box.center()) < 1e-5f);
    }
};

QTEST_GUILESS_MAIN(TestMeshProcessing)
#include "tst_meshprocessing.moc"
