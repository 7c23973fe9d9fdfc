#include "Shapes.h"
#include "core/Error.h"
#include "core/geometry/MeshMeasures.h"

#include <QTest>
#include <random>

using namespace lift3d;
using namespace lift3d::test;

class TestMarchingCubes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sphereMatchesAnalyticVolumeAndArea() {
        const float r = 0.7f;
        const Mesh mesh = sphereMesh(64, r);
        const double volume = 4.0 / 3.0 * pi * r * r * r;
        const double area = 4.0 * pi * r * r;
        QVERIFY2(std::abs(enclosedVolume(mesh) / volume - 1.0) < 0.02,
                 qPrintable(QString::number(enclosedVolume(mesh) / volume)));
        QVERIFY2(std::abs(surfaceArea(mesh) / area - 1.0) < 0.02,
                 qPrintable(QString::number(surfaceArea(mesh) / area)));
    }

    void torusMatchesAnalyticVolumeAndArea() {
        const float R = 0.6f, r = 0.25f;
        const Mesh mesh = marchingCubes(torusGrid(64, R, r));
        const double volume = 2.0 * pi * pi * R * r * r;
        const double area = 4.0 * pi * pi * R * r;
        QVERIFY2(std::abs(enclosedVolume(mesh) / volume - 1.0) < 0.02,
                 qPrintable(QString::number(enclosedVolume(mesh) / volume)));
        QVERIFY2(std::abs(surfaceArea(mesh) / area - 1.0) < 0.02,
                 qPrintable(QString::number(surfaceArea(mesh) / area)));
    }

    void closedFieldsGiveClosedManifoldMeshes_data() {
        QTest::addColumn<int>("shape");
        QTest::newRow("sphere") << 0;
        QTest::newRow("torus") << 1;
    }
    void closedFieldsGiveClosedManifoldMeshes() {
        QFETCH(int, shape);
        const Mesh mesh =
            shape == 0 ? sphereMesh(64, 0.7f) : marchingCubes(torusGrid(64, 0.6f, 0.25f));
        const EdgeSharing edges = analyzeEdges(mesh);
        QCOMPARE(edges.boundary, std::size_t(0));
        QCOMPARE(edges.nonManifold, std::size_t(0));
        QCOMPARE(edges.misoriented, std::size_t(0));
        QVERIFY(edges.edges > 1000);
    }

    // Random fields hit every ambiguous face and cell configuration; the case table must still
    // never crack or fold the surface.
    void noiseFieldsStayClosedAndManifold() {
        std::mt19937 random(1234);
        std::uniform_real_distribution<float> value(-1.0f, 1.0f);
        for (int trial = 0; trial < 5; ++trial) {
            ScalarGrid grid(17, 13, 11, glm::vec3(0.0f), 0.1f);
            for (float& v : grid.values)
                v = value(random);
            const Mesh mesh = marchingCubes(grid);
            const EdgeSharing edges = analyzeEdges(mesh);
            QVERIFY2(edges.isClosedManifold(),
                     qPrintable(QStringLiteral("trial %1: %2 boundary, %3 non-manifold, %4 flipped")
                                    .arg(trial)
                                    .arg(edges.boundary)
                                    .arg(edges.nonManifold)
                                    .arg(edges.misoriented)));
            QVERIFY(enclosedVolume(mesh) > 0.0);
        }
    }

    void normalsPointOutward() {
        const Mesh mesh = sphereMesh(32, 0.6f);
        QVERIFY(mesh.hasNormals());
        for (std::size_t v = 0; v < mesh.vertexCount(); ++v)
            QVERIFY(glm::dot(mesh.normals[v], glm::normalize(mesh.positions[v])) > 0.9f);
        QVERIFY(enclosedVolume(mesh) > 0.0);
    }

    void verticesAreSharedAlongEdges() {
        const Mesh mesh = sphereMesh(32, 0.6f);
        // A closed triangle mesh of genus 0 has V - E + F = 2, which only holds when every
        // lattice-edge vertex is shared by all triangles around it.
        const long long v = static_cast<long long>(mesh.vertexCount());
        const long long e = static_cast<long long>(analyzeEdges(mesh).edges);
        const long long f = static_cast<long long>(mesh.triangleCount());
        QCOMPARE(v - e + f, 2LL);
    }

    void insideTouchingTheBorderIsClosedOnlyWhenAsked() {
        // A sphere larger than the grid: the field is inside at the border.
        const ScalarGrid grid = sphereGrid(24, 1.2f);
        const Mesh closed = marchingCubes(grid, {0.0f, GridBoundary::Closed});
        QVERIFY(analyzeEdges(closed).isClosedManifold());
        const Mesh open = marchingCubes(grid, {0.0f, GridBoundary::Open});
        QVERIFY(analyzeEdges(open).boundary > 0);
    }

    void emptyAndFullFieldsGiveNoTriangles() {
        ScalarGrid outside = ScalarGrid::cube(8, 1.0f, 1.0f);
        QVERIFY(marchingCubes(outside).isEmpty());
        ScalarGrid inside = ScalarGrid::cube(8, 1.0f, -1.0f);
        QVERIFY(marchingCubes(inside, {0.0f, GridBoundary::Open}).isEmpty());
    }

    void isoValueSelectsTheLevelSet() {
        const Mesh mesh = marchingCubes(sphereGrid(48, 0.5f), {0.2f, GridBoundary::Closed});
        const double r = 0.7;
        QVERIFY(std::abs(enclosedVolume(mesh) / (4.0 / 3.0 * pi * r * r * r) - 1.0) < 0.02);
    }

    void malformedGridIsRefused() {
        ScalarGrid grid(1, 4, 4, glm::vec3(0.0f), 1.0f);
        QVERIFY_THROWS_EXCEPTION(Error, marchingCubes(grid));
        ScalarGrid mismatched(4, 4, 4, glm::vec3(0.0f), 1.0f);
        mismatched.values.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, marchingCubes(mismatched));
    }
};

QTEST_GUILESS_MAIN(TestMarchingCubes)
#include "tst_marchingcubes.moc"
