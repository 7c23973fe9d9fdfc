#include "CatalogFixture.h"
#include "Shapes.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/ShapeDataset.h"
#include "core/eval/Baselines.h"
#include "core/eval/EvalReport.h"
#include "core/eval/Evaluation.h"
#include "core/eval/ShapeMetrics.h"
#include "core/geometry/ShapeLattice.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace lift3d;
using namespace lift3d::test;

namespace {

double sphereIntersectionVolume(double r, double d) {
    return d >= 2 * r ? 0.0 : pi * (4 * r + d) * (2 * r - d) * (2 * r - d) / 12.0;
}

} // namespace

class TestEval : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void offsetSpheresHaveTheAnalyticIoU() {
        const double r = 0.3, d = 0.2;
        ScalarGrid a = shapeLattice(64), b = shapeLattice(64);
        a.fill([&](glm::vec3 p) { return glm::length(p - glm::vec3(-d / 2, 0, 0)) - float(r); });
        b.fill([&](glm::vec3 p) { return glm::length(p - glm::vec3(d / 2, 0, 0)) - float(r); });
        const double volume = 4.0 / 3.0 * pi * r * r * r;
        const double intersection = sphereIntersectionVolume(r, d);
        const double expected = intersection / (2 * volume - intersection);
        QVERIFY2(std::abs(volumetricIoU(a, b) - expected) < 0.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(volumetricIoU(a, b)).arg(expected)));
        QCOMPARE(volumetricIoU(a, a), 1.0);
        ScalarGrid far = shapeLattice(64, 1.0f);
        QCOMPARE(volumetricIoU(a, far), 0.0);
    }

    void identicalSurfacesHaveZeroChamferAndFullFScore() {
        const Mesh sphere = sphereMesh(48, 0.4f);
        const std::vector<glm::vec3> points = sampleSurfacePoints(sphere, 5000, 3);
        QCOMPARE(points.size(), std::size_t(5000));
        const SurfaceDistances same = compareSurfaces(points, points);
        QCOMPARE(same.chamferL1, 0.0);
        QCOMPARE(same.fscore1, 1.0);
        // Two samplings of one surface: close, not identical (5000 points on this sphere lie
        // about 0.02 apart, so the mean nearest distance is about 0.01).
        const SurfaceDistances resampled =
            compareSurfaces(points, sampleSurfacePoints(sphere, 5000, 4));
        QVERIFY2(resampled.chamferL1 > 0.0 && resampled.chamferL1 < 0.015,
                 qPrintable(QString::number(resampled.chamferL1)));
        QVERIFY(resampled.fscore2 > 0.95);
    }

    void chamferMeasuresAKnownOffset() {
        // Concentric spheres 0.05 apart: every point is 0.05 from the other surface.
        const std::vector<glm::vec3> inner = sampleSurfacePoints(sphereMesh(64, 0.3f), 8000, 1);
        const std::vector<glm::vec3> outer = sampleSurfacePoints(sphereMesh(64, 0.35f), 8000, 2);
        const SurfaceDistances distances = compareSurfaces(inner, outer);
        QVERIFY2(std::abs(distances.chamferL1 - 0.05) < 0.004,
                 qPrintable(QString::number(distances.chamferL1)));
        QCOMPARE(distances.fscore2, 0.0);
        QCOMPARE(compareSurfaces({}, outer).fscore1, 0.0);
    }

    void silhouetteOfASphereIsADisc() {
        Mesh sphere = sphereMesh(48, 0.4f);
        sphere.normalize();
        QImage mask(128, 128, QImage::Format_Grayscale8);
        mask.fill(0);
        QPainter painter(&mask);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(64, 64), 64 / 1.2, 64 / 1.2); // margin 0.1 on each side
        painter.end();
        QVERIFY(silhouetteIoU(sphere, mask, 0.1f) > 0.95);
        QImage square(128, 128, QImage::Format_Grayscale8);
        square.fill(0);
        QPainter(&square).fillRect(QRect(0, 40, 128, 48), Qt::white);
        QVERIFY(silhouetteIoU(sphere, square, 0.1f) < 0.6);
    }

    // End to end on a dataset built here: a test box and an identical training box. Retrieval
    // must find the box; the mean shape of one box is that box too, but not turned to the view.
    void retrievalOfAnIdenticalTrainingShapeScoresHigh() {
        QTemporaryDir folder;
        const QString catalog = folder.filePath(QStringLiteral("boxes.sh3f"));
        const QString testId =
            QStringLiteral("Blend Swap CC-0#radiator1"); // test split, see tst_dataset
        const QString trainId = QStringLiteral("Kator Legaz#screen-door"); // train split
        QCOMPARE(splitOf(testId), Split::Test);
        QCOMPARE(splitOf(trainId), Split::Train);
        const QByteArray properties =
            QStringLiteral("id#1=%1\nname#1=Box\ncategory#1=Boxes\nmodel#1=/box/a.obj\n"
                           "icon#1=/none.png\nid#2=%2\nname#2=Box\ncategory#2=Boxes\n"
                           "model#2=/box/a.obj\nicon#2=/none.png\n")
                .arg(testId, trainId)
                .toUtf8();
        QVERIFY(
            writeZip(catalog, {{QStringLiteral("PluginFurnitureCatalog.properties"), properties},
                               {QStringLiteral("box/a.obj"), boxObj(1.0f, 0.7f, 0.5f)}}));

        DatasetBuildOptions options;
        options.catalogs = {catalog};
        options.outputRoot = folder.filePath(QStringLiteral("dataset"));
        options.viewsPerObject = 32;
        const DatasetBuildReport report = buildDataset(options, {});
        QCOMPARE(report.built, 2);
        QCOMPARE(report.failed, 0);

        const ShapeDataset dataset(options.outputRoot);
        QCOMPARE(dataset.objectsIn(Split::Test).size(), std::size_t(1));
        QVERIFY(dataset.objectsIn(Split::Test)[0]
                    ->views.empty()); // never rendered with training cameras
        const SilhouetteRetrievalBaseline retrieval(dataset);
        QCOMPARE(retrieval.indexedViews(), std::size_t(32));
        EvalOptions evalOptions;
        evalOptions.surfacePoints = 3000;
        const std::vector<EvalSample> samples = evaluateGenerator(retrieval, dataset, evalOptions);
        QCOMPARE(samples.size(), std::size_t(4)); // 4 evaluation renders, no icon in this catalog
        double iou = 0;
        for (const EvalSample& s : samples) {
            iou += s.iou32 / double(samples.size());
            QCOMPARE(s.steps, 0);
            QVERIFY2(s.silhouetteIoU > 0.8,
                     qPrintable(
                         QStringLiteral("silhouette %1 iou %2").arg(s.silhouetteIoU).arg(s.iou32)));
        }
        QVERIFY2(iou > 0.75, qPrintable(QString::number(iou)));

        const QString markdown = evalMarkdown(samples, QStringLiteral("test"));
        QVERIFY(markdown.contains(QStringLiteral("| baseline-retrieval | - | render | 4 |")));
        QVERIFY(evalCsv(samples).count('\n') == 5);
    }
};

QTEST_MAIN(TestEval)
#include "tst_eval.moc"
