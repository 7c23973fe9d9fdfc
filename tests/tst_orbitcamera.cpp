#include "render/OrbitCamera.h"

#include <QTest>
#include <glm/geometric.hpp>

using namespace lift3d;

namespace {

// Where a world point lands in normalised device coordinates.
glm::vec2 project(const OrbitCamera& camera, const glm::vec3& point, float aspect) {
    const glm::vec4 clip =
        camera.projectionMatrix(aspect) * camera.viewMatrix() * glm::vec4(point, 1.0f);
    return glm::vec2(clip) / clip.w;
}

} // namespace

class TestOrbitCamera : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frontViewLooksAlongMinusZ() {
        OrbitCamera camera;
        camera.setAngles(0.0f, 0.0f);
        camera.setDistance(3.0f);
        QVERIFY(glm::length(camera.eye() - glm::vec3(0, 0, 3)) < 1e-5f);
        // +X is to the right, +Y is up on screen.
        QVERIFY(project(camera, {0.5f, 0, 0}, 1.0f).x > 0.0f);
        QVERIFY(project(camera, {0, 0.5f, 0}, 1.0f).y > 0.0f);
    }

    void zoomKeepsThePointUnderTheCursor() {
        OrbitCamera camera;
        const float aspect = 1.5f;
        const glm::vec2 cursor(0.4f, -0.3f);
        // The point on the target plane under the cursor.
        const glm::mat4 inverse =
            glm::inverse(camera.projectionMatrix(aspect) * camera.viewMatrix());
        const glm::vec3 targetNdc = glm::vec3(project(camera, camera.target(), aspect), 0.0f);
        const glm::vec4 clipDepth = camera.projectionMatrix(aspect) * camera.viewMatrix() *
                                    glm::vec4(camera.target(), 1.0f);
        glm::vec4 world = inverse * glm::vec4(cursor.x, cursor.y, clipDepth.z / clipDepth.w, 1.0f);
        const glm::vec3 underCursor = glm::vec3(world) / world.w;
        Q_UNUSED(targetNdc);

        const float before = camera.distance();
        camera.zoom(3.0f, cursor, aspect);
        QVERIFY(camera.distance() < before);
        const glm::vec2 after = project(camera, underCursor, aspect);
        QVERIFY2(glm::length(after - cursor) < 1e-3f,
                 qPrintable(QStringLiteral("%1 %2").arg(after.x).arg(after.y)));
    }

    void panMovesTheSceneWithTheMouse() {
        OrbitCamera camera;
        const glm::vec2 before = project(camera, {0, 0, 0}, 1.0f);
        camera.pan({50.0f, 0.0f}, 500.0f); // drag right by a tenth of the height
        const glm::vec2 after = project(camera, {0, 0, 0}, 1.0f);
        QVERIFY(std::abs((after.x - before.x) - 0.2f) < 1e-3f);
    }

    void orbitClampsAtThePoles() {
        OrbitCamera camera;
        camera.orbit({0.0f, 100000.0f}, 500.0f);
        QVERIFY(camera.elevation() < 1.56f);
        QVERIFY(std::isfinite(camera.viewMatrix()[0][0]));
    }

    void frameFitsTheSphere() {
        OrbitCamera camera;
        camera.frame({1, 2, 3}, 0.5f);
        QVERIFY(glm::length(camera.target() - glm::vec3(1, 2, 3)) < 1e-6f);
        // The sphere's top edge stays inside the view.
        const glm::vec3 top = camera.target() + glm::vec3(0, 0.5f, 0);
        QVERIFY(std::abs(project(camera, top, 1.0f).y) < 1.0f);
    }
};

QTEST_GUILESS_MAIN(TestOrbitCamera)
#include "tst_orbitcamera.moc"
