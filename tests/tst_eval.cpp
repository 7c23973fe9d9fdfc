#include "CatalogFixture.h"
#include "Shapes.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/ShapeDataset.h"
#include "core/dataset/sources/SweetHome3DSource.h"
#include "core/eval/BalloonBaseline.h"
#include "core/eval/Baselines.h"
#include "core/eval/EvalReport.h"
#include "core/eval/Evaluation.h"
#include "core/eval/ShapeMetrics.h"
#include "core/geometry/ShapeLattice.h"
#include "core/image/Conditioning.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace lift3d;
using namespace lift3d::test;

namespace {

double sphereIntersectionVolume(double r, double d) {
    return d >= 2 * r ? 0.0 : pi * (4 * r + d) * (2 * r - d) * (2 * r - d) / 12.0;
}

// A conditioning whose mask is `mask` itself (the crop already done), with a white picture.
Conditioning conditioningOf(const QImage& mask) {
    Conditioning conditioning;
    conditioning.mask = mask.convertToFormat(QImage::Format_Grayscale8);
    conditioning.rgb = QImage(mask.size(), QImage::Format_RGB888);
    conditioning.rgb.fill(Qt::white);
    conditioning.crop = mask.rect();
    return conditioning;
}

// One sample of a made-up report, every metric but IoU fixed.
EvalSample reportSample(const QString& generator, int steps, const QString& objectSource,
                        Split split, const QString& category, double iou,
                        EvalSource input = EvalSource::Render) {
    EvalSample sample;
    sample.generator = generator;
    sample.steps = steps;
    sample.objectId = QStringLiteral("%1-%2").arg(objectSource).arg(iou);
    sample.objectSource = objectSource;
    sample.split = split;
    sample.category = category;
    sample.source = input;
    sample.iou32 = sample.iou64 = iou;
    sample.chamferL1 = 0.1;
    sample.fscore1 = 0.2;
    sample.fscore2 = 0.3;
    sample.fscore5 = 0.5;
    return sample;
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
        QCOMPARE(same.fscore5, 1.0);
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

    // The F-score thresholds are distances in the unit box (both shapes scaled to longest side 1):
    // a looser one can only accept more points.
    void fscoreGrowsWithItsThreshold() {
        const Mesh sphere = sphereMesh(64, 0.3f);
        const std::vector<glm::vec3> reference = sampleSurfacePoints(sphere, 5000, 1);
        std::vector<glm::vec3> perturbed = sampleSurfacePoints(sphere, 5000, 2);
        // Each point moved along its radius by up to 0.03 either way (10% of the radius).
        for (std::size_t i = 0; i < perturbed.size(); ++i)
            perturbed[i] *= 1.0f + 0.1f * (float((i * 7919) % 1000) / 500.0f - 1.0f);
        const SurfaceDistances distances = compareSurfaces(perturbed, reference);
        QVERIFY2(distances.fscore5 >= distances.fscore2 && distances.fscore2 >= distances.fscore1,
                 qPrintable(QStringLiteral("F@1% %1, F@2% %2, F@5% %3")
                                .arg(distances.fscore1)
                                .arg(distances.fscore2)
                                .arg(distances.fscore5)));
        QVERIFY(distances.fscore5 > distances.fscore2 + 0.1);
        QVERIFY2(distances.fscore5 > 0.95, qPrintable(QString::number(distances.fscore5)));
        QVERIFY(distances.fscore1 < 0.8);
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

    // A disc filling the crop (margin 0.1 on each side) is the outline of a sphere of diameter 1.
    void balloonOfADiscIsASphere() {
        QImage mask(128, 128, QImage::Format_Grayscale8);
        mask.fill(0);
        QPainter painter(&mask);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(64, 64), 64 / 1.2, 64 / 1.2);
        painter.end();

        const BalloonBaseline balloon;
        QCOMPARE(balloon.name(), QStringLiteral("baseline-balloon"));
        QVERIFY(!balloon.usesSteps());
        GenerationSettings settings;
        settings.resolution = 64;
        const GeneratedField generated = balloon.generateField(conditioningOf(mask), settings);
        ScalarGrid sphere = shapeLattice(64);
        sphere.fill([](glm::vec3 p) { return glm::length(p) - 0.5f; });
        const double iou = volumetricIoU(generated.field, sphere);
        QVERIFY2(iou > 0.9, qPrintable(QString::number(iou)));

        // Through the finishing path: a closed mesh, as deep as it is wide.
        const GenerationResult result = balloon.generate(conditioningOf(mask), settings);
        QVERIFY(!result.mesh.isEmpty());
        const glm::vec3 size = result.mesh.bounds().size();
        QVERIFY2(std::abs(size.z - size.x) < 0.05f,
                 qPrintable(QStringLiteral("%1 x %2 x %3").arg(size.x).arg(size.y).arg(size.z)));
    }

    // An L-shaped object away from the image centre, cropped like any input: the balloon's
    // outline seen along the view direction is the silhouette, in the place the crop put it.
    void balloonAlignsWithTheSilhouette() {
        QImage image(320, 240, QImage::Format_RGBA8888);
        image.fill(Qt::white);
        QImage mask(320, 240, QImage::Format_Grayscale8);
        mask.fill(0);
        QPainter painter(&mask);
        painter.fillRect(QRect(40, 30, 60, 170), Qt::white);  // upright bar
        painter.fillRect(QRect(40, 150, 180, 50), Qt::white); // foot
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(210, 120), 35, 35); // a separate round part
        painter.end();
        const Conditioning conditioning = makeConditioning(image, mask);

        const BalloonBaseline balloon;
        GenerationSettings settings;
        settings.resolution = 64;
        const GeneratedField generated = balloon.generateField(conditioning, settings);
        // Projection along z of the field's inside against the mask at the same places.
        const ScalarGrid& field = generated.field;
        const float cropSide = 1.2f;
        const int size = conditioning.mask.width();
        std::size_t intersection = 0, uni = 0;
        for (int y = 0; y < field.ny; ++y)
            for (int x = 0; x < field.nx; ++x) {
                bool inBalloon = false;
                for (int z = 0; z < field.nz && !inBalloon; ++z)
                    inBalloon = field.at(x, y, z) < 0.0f;
                const glm::vec3 p = field.position(x, y, 0);
                const int px = int(std::floor((p.x / cropSide + 0.5f) * float(size)));
                const int py = int(std::floor((0.5f - p.y / cropSide) * float(size)));
                const bool inMask = px >= 0 && py >= 0 && px < size && py < size &&
                                    conditioning.mask.pixelColor(px, py).red() >= 128;
                intersection += inBalloon && inMask;
                uni += inBalloon || inMask;
            }
        const double projected = double(intersection) / double(std::max<std::size_t>(uni, 1));
        QVERIFY2(projected > 0.95, qPrintable(QString::number(projected)));

        const GenerationResult result = balloon.generate(conditioning, settings);
        const double silhouette = silhouetteIoU(result.mesh, conditioning.mask, 0.1f);
        QVERIFY2(silhouette > 0.95, qPrintable(QString::number(silhouette)));
    }

    // The report's tables on made-up samples: per split, per source, renders only, each
    // generator at its largest step count.
    void reportGroupsBySourceAndSplit() {
        const QString balloon = QStringLiteral("baseline-balloon"),
                      model = QStringLiteral("lift3d");
        const QString sh3d = QStringLiteral("sh3d"), flightgear = QStringLiteral("flightgear"),
                      zeroAd = QStringLiteral("0ad");
        const QString chairs = QStringLiteral("Chairs"), aircraft = QStringLiteral("Aircraft");
        const std::vector<EvalSample> samples{
            reportSample(balloon, 0, sh3d, Split::Test, chairs, 0.2),
            reportSample(balloon, 0, sh3d, Split::Test, chairs, 0.4),
            reportSample(balloon, 0, sh3d, Split::Test, chairs, 0.0, EvalSource::Icon),
            reportSample(balloon, 0, flightgear, Split::Test, aircraft, 0.6),
            reportSample(balloon, 0, zeroAd, Split::Unseen, chairs, 0.8),
            reportSample(balloon, 0, zeroAd, Split::Unseen, chairs, 1.0),
            reportSample(model, 1, sh3d, Split::Test, chairs, 0.0),
            reportSample(model, 8, sh3d, Split::Test, chairs, 0.7),
        };
        const QString md = evalMarkdown(samples, QStringLiteral("test"));

        // Quality: the test split first, icons apart; then the unseen sources on their own.
        const int testQuality = int(md.indexOf(QStringLiteral("### Quality (means over test")));
        const int unseenQuality = int(md.indexOf(QStringLiteral(
            "### Unseen sources: quality (means over inputs of the sources held out whole: 0ad)")));
        QVERIFY(testQuality >= 0 && unseenQuality > testQuality);
        const int testRow = int(md.indexOf(
            QStringLiteral("| baseline-balloon | - | render | 3 | 0.400 | 0.400 | 0.100 | 0.200 | "
                           "0.300 | 0.500 |")));
        QVERIFY2(testRow > testQuality && testRow < unseenQuality, qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| baseline-balloon | - | icon | 1 | 0.000 |")));
        QVERIFY(md.indexOf(QStringLiteral("| baseline-balloon | - | render | 2 | 0.900 |")) >
                unseenQuality);

        // Per source: renders only, the model at 8 steps only, test rows before unseen ones.
        const int perSource = int(md.indexOf(QStringLiteral("### Per source")));
        const int perCategory = int(md.indexOf(QStringLiteral("### Per category")));
        QVERIFY(perSource > unseenQuality && perCategory > perSource);
        const QString sourceTable = md.mid(perSource, perCategory - perSource);
        QVERIFY(sourceTable.contains(
            QStringLiteral("| split | source | generator | n | IoU@32³ | Chamfer-L1 ↓ | F@5% |")));
        const QStringList expectedRows{
            QStringLiteral("| test | flightgear | baseline-balloon | 1 | 0.600 | 0.100 | 0.500 |"),
            QStringLiteral("| test | sh3d | baseline-balloon | 2 | 0.300 | 0.100 | 0.500 |"),
            QStringLiteral("| test | sh3d | lift3d (8 steps) | 1 | 0.700 | 0.100 | 0.500 |"),
            QStringLiteral("| unseen | 0ad | baseline-balloon | 2 | 0.900 | 0.100 | 0.500 |")};
        int previous = -1;
        for (const QString& row : expectedRows) {
            const int at = int(sourceTable.indexOf(row));
            QVERIFY2(at > previous, qPrintable(row + QStringLiteral("\n") + sourceTable));
            previous = at;
        }
        QCOMPARE(sourceTable.count(QStringLiteral("\n| test ")) +
                     sourceTable.count(QStringLiteral("\n| unseen ")),
                 expectedRows.size());

        // Per category: the same grouping by category, split kept apart.
        const QString categoryTable = md.mid(perCategory);
        QVERIFY(categoryTable.contains(
            QStringLiteral("| test | Chairs | baseline-balloon | 2 | 0.300 | 0.100 | 0.500 |")));
        QVERIFY(categoryTable.contains(
            QStringLiteral("| unseen | Chairs | baseline-balloon | 2 | 0.900 | 0.100 | 0.500 |")));
        QVERIFY(categoryTable.contains(
            QStringLiteral("| test | Aircraft | baseline-balloon | 1 | 0.600 | 0.100 | 0.500 |")));

        const QByteArray csv = evalCsv(samples);
        QVERIFY(csv.startsWith("generator,steps,source,object,category,object_source,split,iou32,"
                               "iou64,chamfer_l1,fscore_1,fscore_2,fscore_5,"));
        QVERIFY(csv.contains(",\"Chairs\",\"0ad\",unseen,0.80000,"));
        QCOMPARE(csv.count('\n'), qsizetype(samples.size() + 1));
    }

    // End to end on a dataset built here: a test box and a training box of nearly the same shape
    // (an identical one would be dropped as a duplicate). Retrieval must find the box; the mean
    // shape of one box is that box too, but not turned to the view.
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
                           "model#2=/box/b.obj\nicon#2=/none.png\n")
                .arg(testId, trainId)
                .toUtf8();
        QVERIFY(
            writeZip(catalog, {{QStringLiteral("PluginFurnitureCatalog.properties"), properties},
                               {QStringLiteral("box/a.obj"), boxObj(1.0f, 0.7f, 0.5f)},
                               {QStringLiteral("box/b.obj"), boxObj(1.0f, 0.7f, 0.56f)}}));

        DatasetBuildOptions options;
        options.sources = {std::make_shared<SweetHome3DSource>(QStringList{catalog})};
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

        for (const EvalSample& s : samples) {
            QCOMPARE(s.objectSource, QStringLiteral("sh3d"));
            QCOMPARE(s.split, Split::Test);
        }

        // The balloon needs no training data; the box's renders come back as boxy balloons.
        const BalloonBaseline balloon;
        const std::vector<EvalSample> balloonSamples =
            evaluateGenerator(balloon, dataset, evalOptions);
        QCOMPARE(balloonSamples.size(), std::size_t(4));
        for (const EvalSample& s : balloonSamples) {
            QCOMPARE(s.generator, QStringLiteral("baseline-balloon"));
            QVERIFY2(s.silhouetteIoU > 0.8, qPrintable(QString::number(s.silhouetteIoU)));
            QVERIFY(s.fscore5 >= s.fscore2 && s.fscore2 >= s.fscore1);
            QVERIFY2(s.iou32 > 0.3, qPrintable(QString::number(s.iou32)));
        }

        std::vector<EvalSample> all = samples;
        all.insert(all.end(), balloonSamples.begin(), balloonSamples.end());
        const QString markdown = evalMarkdown(all, QStringLiteral("test"));
        QVERIFY(markdown.contains(QStringLiteral("| baseline-retrieval | - | render | 4 |")));
        QVERIFY(markdown.contains(QStringLiteral("| baseline-balloon | - | render | 4 |")));
        QVERIFY(markdown.contains(QStringLiteral("| test | sh3d | baseline-balloon | 4 |")));
        QVERIFY(markdown.contains(QStringLiteral("| test | Boxes | baseline-retrieval | 4 |")));
        QVERIFY(!markdown.contains(QStringLiteral("Unseen sources")));
        QVERIFY(evalCsv(samples).count('\n') == 5);
    }
};

QTEST_MAIN(TestEval)
#include "tst_eval.moc"
