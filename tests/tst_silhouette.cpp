#include "Shapes.h"
#include "core/generator/ColumnSilhouette.h"
#include "core/generator/SilhouetteProjection.h"
#include "core/geometry/MarchingCubes.h"
#include "core/geometry/ShapeLattice.h"

#include <QPainter>
#include <QTest>

using namespace lift3d;
using namespace lift3d::test;

namespace {

QImage discMask(int size, QRectF keep) {
    QImage mask(size, size, QImage::Format_Grayscale8);
    mask.fill(0);
    QPainter painter(&mask);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(size / 2.0, size / 2.0), size / 2.4, size / 2.4);
    painter.end();
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (!keep.contains(QPointF(x + 0.5, y + 0.5)))
                mask.scanLine(y)[x] = 0;
    return mask;
}

} // namespace

class TestSilhouette : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sphereFitsItsOwnSilhouette() {
        Mesh sphere = sphereMesh(48, 0.45f);
        sphere.normalize();
        const auto [view, iou] =
            bestSilhouetteView(sphere, discMask(128, QRectF(0, 0, 128, 128)), 0.1f);
        QVERIFY(iou > 0.95);
        QVERIFY(std::abs(view.side - 1.2f) < 0.02f); // longest side 1 plus 10% margin each side
    }

    void carvingRemovesWhatThePictureDoesNotShow() {
        ScalarGrid field = shapeLattice(48);
        field.fill([](glm::vec3 p) { return glm::length(p) - 0.45f; });
        Mesh sphere = marchingCubes(field);
        sphere.normalize();
        // Only the left half of the disc is in the picture.
        const QImage mask = discMask(128, QRectF(0, 0, 64, 128));
        const OrthoView view = frameView(sphere.positions, 0.0f, 0.1f, 128);
        ScalarGrid normalised = field;
        const float scale = 0.9f; // the sphere's diameter: normalise lattice to the mesh frame
        normalised.origin = field.origin / scale;
        normalised.spacing = field.spacing / scale;
        carveToSilhouette(normalised, mask, view, 1);
        int leftInside = 0, rightInside = 0;
        for (int z = 0; z < 48; ++z)
            for (int y = 0; y < 48; ++y)
                for (int x = 0; x < 48; ++x)
                    if (normalised.at(x, y, z) < 0.0f)
                        (normalised.position(x, y, z).x < 0.0f ? leftInside : rightInside)++;
        QVERIFY(leftInside > 1000);
        QVERIFY2(rightInside < leftInside / 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(rightInside).arg(leftInside)));
    }

    // Best-of-N's score: a block in the upper left of the frame (+y up, -x left) agrees with a
    // mask of the picture's upper left (rows grow downwards), not with the lower right.
    void columnSilhouetteFollowsThePictureAxes() {
        ScalarGrid field = shapeLattice(32, 1.0f);
        for (int z = 8; z < 24; ++z)
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 32; ++x) {
                    const glm::vec3 p = field.position(x, y, z);
                    if (p.x > -0.45f && p.x < -0.05f && p.y > 0.05f && p.y < 0.45f)
                        field.at(x, y, z) = -1.0f;
                }
        // The crop spans 1.2 units (10% margin): the frame's [-0.45, -0.05] is picture columns
        // (0.15 .. 0.55) / 1.2 of the width.
        const auto maskOf = [](QRectF area) {
            QImage mask(120, 120, QImage::Format_Grayscale8);
            mask.fill(0);
            QPainter painter(&mask);
            painter.fillRect(area, Qt::white);
            return mask;
        };
        const double upperLeft = columnSilhouetteIoU(field, maskOf({15, 15, 40, 40}));
        const double lowerRight = columnSilhouetteIoU(field, maskOf({65, 65, 40, 40}));
        QVERIFY2(upperLeft > 0.8, qPrintable(QString::number(upperLeft)));
        QVERIFY(lowerRight < 0.05);
        QCOMPARE(columnSilhouetteIoU(shapeLattice(32, 1.0f), maskOf({})), 1.0); // both empty
    }

    void frontTakesThePictureColours() {
        Mesh sphere = sphereMesh(32, 0.45f);
        sphere.normalize();
        QImage rgb(128, 128, QImage::Format_RGB888);
        rgb.fill(Qt::white);
        QPainter(&rgb).fillRect(QRect(0, 0, 64, 128), QColor(255, 0, 0));  // left red
        QPainter(&rgb).fillRect(QRect(64, 0, 64, 128), QColor(0, 0, 255)); // right blue
        const QImage mask = discMask(128, QRectF(0, 0, 128, 128));
        colorFromPicture(sphere, rgb, mask, frameView(sphere.positions, 0.0f, 0.1f, 128));
        QVERIFY(sphere.hasColors());
        for (std::size_t v = 0; v < sphere.vertexCount(); ++v) {
            const glm::vec3& p = sphere.positions[v];
            if (p.z > 0.2f && std::abs(p.x) > 0.1f) { // clearly on the front, clearly left or right
                const glm::vec3& c = sphere.colors[v];
                QVERIFY(p.x < 0.0f ? (c.x > 0.9f && c.z < 0.05f) : (c.z > 0.9f && c.x < 0.05f));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSilhouette)
#include "tst_silhouette.moc"
