// Building the multi-source dataset and streaming it to training: sources, split keys, the
// held-out source, duplicates, resuming, the files of each view, shards and their stream. The
// sources here are boxes the test makes; no Debian package is needed.
#include "core/Error.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/DatasetSummary.h"
#include "core/dataset/ShapeDataset.h"
#include "core/dataset/TrainingShards.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace lift3d;

namespace {

// A source of boxes: object i has half-sizes that depend on its id's "size" (so two ids with the
// same size are the same geometry); "broken" ids fail to load.
class BoxSource : public ObjectSource {
public:
    BoxSource(QString name, std::vector<std::pair<QString, float>> boxes)
        : m_name(std::move(name)), m_boxes(std::move(boxes)) {}
    QString name() const override { return m_name; }
    QString credit() const override { return QStringLiteral("boxes made by the test"); }
    std::vector<SourceObject> list() const override {
        std::vector<SourceObject> objects;
        for (const auto& [id, size] : m_boxes) {
            SourceObject object;
            object.source = m_name;
            object.id = id;
            object.category = QStringLiteral("box");
            object.name = id;
            object.location = QString::number(double(size));
            objects.push_back(object);
        }
        return objects;
    }
    TexturedMesh load(const SourceObject& object) const override {
        if (object.id.startsWith(QLatin1String("broken")))
            throw Error(ErrorKind::MeshImportFailed, QStringLiteral("this one is broken"));
        const float h = object.location.toFloat();
        TexturedMesh mesh;
        for (int c = 0; c < 8; ++c)
            mesh.positions.emplace_back(c & 1 ? 0.5f : -0.5f, c & 2 ? h : -h, c & 4 ? 0.3f : -0.3f);
        const int faces[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                 {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
        for (const auto& f : faces)
            for (int t : {0, 1, 2, 0, 2, 3})
                mesh.indices.push_back(std::uint32_t(f[t]));
        mesh.triangleMaterial.assign(12, 0);
        SurfaceMaterial material;
        material.diffuse = glm::vec3(0.8f, 0.3f, 0.2f);
        mesh.materials.push_back(material);
        // Normalised as every source's objects are: longest side 1.
        const float longest = std::max(1.0f, 2.0f * h);
        for (glm::vec3& p : mesh.positions)
            p /= longest;
        return mesh;
    }

private:
    QString m_name;
    std::vector<std::pair<QString, float>> m_boxes;
};

// Ids (found by trying) whose "<source>/<id>" keys hash to the wanted split.
QString idInSplit(const QString& source, Split split, int skip = 0) {
    for (int i = 0;; ++i) {
        const QString id = QStringLiteral("box-%1").arg(i);
        if (splitOf(source + QLatin1Char('/') + id) == split && skip-- == 0)
            return id;
    }
}

} // namespace

class TestDatasetBuild : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_folder.isValid());
        m_trainA = idInSplit(QStringLiteral("alpha"), Split::Train);
        m_trainB = idInSplit(QStringLiteral("alpha"), Split::Train, 1);
        m_test = idInSplit(QStringLiteral("alpha"), Split::Test);
        auto alpha = std::make_shared<BoxSource>(
            QStringLiteral("alpha"),
            std::vector<std::pair<QString, float>>{{m_trainA, 0.2f},
                                                   {m_trainB, 0.35f},
                                                   {m_test, 0.5f},
                                                   {QStringLiteral("broken-1"), 0.4f}});
        // beta: held out whole; its second box is alpha's first again (a duplicate), its third
        // a sheet far thinner than the lattice (no inside).
        auto beta = std::make_shared<BoxSource>(
            QStringLiteral("beta"),
            std::vector<std::pair<QString, float>>{{QStringLiteral("tall"), 0.8f},
                                                   {QStringLiteral("copy"), 0.2f},
                                                   {QStringLiteral("sheet"), 0.001f}});
        m_options.sources = {alpha, beta};
        m_options.heldOutSources = {QStringLiteral("beta")};
        m_options.outputRoot = m_folder.filePath(QStringLiteral("dataset"));
        m_options.viewsPerObject = 6;
        m_options.evalViewsPerObject = 2;
        m_options.tabletopViewsPerObject = 1;
        m_options.fieldResolution = 32;
        m_options.imageSize = 64;
        m_report = buildDataset(m_options, {});
    }

    void everyObjectIsBuiltOrReported() {
        QCOMPARE(m_report.built, 6);
        QCOMPARE(m_report.failed, 1);
        QVERIFY(m_report.failures.first().startsWith(QStringLiteral("alpha/broken-1: ")));
        QCOMPARE(m_report.duplicates, 1);
        QCOMPARE(m_report.withoutInside, 1); // the paper-thin one
    }

    void splitsFollowKeysAndTheHeldOutSource() {
        const ShapeDataset dataset(m_options.outputRoot);
        QCOMPARE(dataset.heldOutSources(), QStringList{QStringLiteral("beta")});
        // 7 listed: 1 broken, 1 duplicate, 1 without inside.
        QCOMPARE(dataset.objects().size(), std::size_t(4));
        std::set<QString> keys;
        for (const DatasetObject& object : dataset.objects()) {
            QCOMPARE(object.splitKey, object.source + QLatin1Char('/') + object.id);
            keys.insert(object.splitKey);
            if (object.source == QLatin1String("beta")) {
                QCOMPARE(object.split, Split::Unseen);
                QVERIFY(object.views.empty()); // never rendered with training cameras
                QVERIFY(object.tabletopViews.empty());
                QCOMPARE(object.evalViews.size(), std::size_t(2));
            } else if (object.id == m_test) {
                QCOMPARE(object.split, Split::Test);
                QVERIFY(object.views.empty());
                QCOMPARE(object.evalViews.size(), std::size_t(2));
            } else {
                QCOMPARE(object.split, Split::Train);
                QCOMPARE(object.views.size(), std::size_t(6));
                QCOMPARE(object.tabletopViews.size(), std::size_t(1));
                QVERIFY(object.evalViews.empty());
            }
        }
        // The duplicate kept is the first in source order: alpha's, not beta's copy.
        QVERIFY(keys.count(QStringLiteral("alpha/") + m_trainA));
        QVERIFY(!keys.count(QStringLiteral("beta/copy")));
    }

    void eachViewHasPictureMaskDepthAndLook() {
        const ShapeDataset dataset(m_options.outputRoot);
        const DatasetObject& object = *dataset.objectsIn(Split::Train).front();
        const DatasetView& view = object.views.front();
        const QImage picture(dataset.objectPath(object, view.imageFile));
        QCOMPARE(picture.size(), QSize(64, 64));
        QVERIFY(picture.hasAlphaChannel());
        const QImage depth(dataset.objectPath(object, view.depthFile));
        QCOMPARE(depth.format(), QImage::Format_Grayscale16);
        // Depth exactly where the mask is.
        int both = 0, onlyOne = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                const bool covered = qAlpha(picture.pixel(x, y)) == 255;
                const bool deep = reinterpret_cast<const quint16*>(depth.constScanLine(y))[x] > 0;
                both += covered && deep;
                onlyOne += covered != deep && qAlpha(picture.pixel(x, y)) % 255 == 0;
            }
        QVERIFY(both > 100);
        QVERIFY2(onlyOne <= both / 20,
                 qPrintable(QStringLiteral("%1 of %2").arg(onlyOne).arg(both)));
        QVERIFY(!view.look.isEmpty());
        const DatasetView& scene = object.tabletopViews.front();
        QVERIFY(!QImage(dataset.objectPath(object, scene.imageFile)).hasAlphaChannel());
        QCOMPARE(QImage(dataset.objectPath(object, scene.maskFile)).format(),
                 QImage::Format_Grayscale8);
    }

    void aSecondRunResumesEverything() {
        const DatasetBuildReport again = buildDataset(m_options, {});
        QCOMPARE(again.built, 0);
        QCOMPARE(again.resumed, 6);
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(again.withoutInside, 1);
        QCOMPARE(ShapeDataset(m_options.outputRoot).objects().size(), std::size_t(4));
    }

    void summaryCountsSourcesAndSplits() {
        const QString summary = datasetSummaryMarkdown(ShapeDataset(m_options.outputRoot));
        QVERIFY2(summary.contains(QStringLiteral("| alpha | 2 | 0 | 1 | 0 | 3 |")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("| beta | 0 | 0 | 0 | 1 | 1 |")));
        QVERIFY(summary.contains(QStringLiteral("| **total** | 2 | 0 | 1 | 1 | 4 |")));
        QVERIFY(!sourceContactSheet(ShapeDataset(m_options.outputRoot), QStringLiteral("beta"))
                     .isNull());
    }

    void shardsHoldEveryTrainingViewAndStreamThem() {
        const ShapeDataset dataset(m_options.outputRoot);
        ShardFormat format;
        format.fieldSide = 16;
        format.imageSize = 32;
        const ShardSet set = buildTrainingShards(dataset, Split::Train, format, 1);
        QCOMPARE(set.files.size(), 2); // one object per shard
        QCOMPARE(set.samples, 12L);
        const std::vector<TrainingSample> shard = readShard(set.files.first(), format);
        QCOMPARE(shard.size(), std::size_t(6));
        for (const TrainingSample& sample : shard) {
            QCOMPARE(sample.field.size(), 16 * 16 * 16);
            QCOMPARE(sample.image.size(), 4 * 32 * 32);
            QCOMPARE(sample.depth.size(), 32 * 32);
            QCOMPARE(dataset.objects()[sample.object].split, Split::Train);
            int inside = 0;
            for (char value : sample.field)
                inside += value < 0;
            QVERIFY(inside > 0);
        }
        // Reused as it is the second time.
        QCOMPARE(buildTrainingShards(dataset, Split::Train, format, 1).files, set.files);

        // A stream holding one shard at a time still reaches both objects.
        ShardStream stream(set, format, 1, 7);
        std::set<quint32> objects;
        for (int i = 0; i < 6; ++i)
            for (const TrainingSample& sample : stream.nextBatch(4))
                objects.insert(sample.object);
        QCOMPARE(objects.size(), std::size_t(2));
        QVERIFY(stream.shardsLoaded() >= 3);
    }

    void damagedShardsAreRefused() {
        const ShapeDataset dataset(m_options.outputRoot);
        ShardFormat format;
        format.fieldSide = 16;
        format.imageSize = 32;
        const ShardSet set = buildTrainingShards(dataset, Split::Train, format, 1);
        QFile file(set.files.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const QString damaged = m_folder.filePath(QStringLiteral("damaged.bin"));
        for (const QByteArray& variant :
             {bytes.left(bytes.size() / 2), bytes.left(20), QByteArray("nonsense"),
              QByteArray(bytes).replace(40, 8, QByteArray(8, '\xff'))}) {
            QFile out(damaged);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(variant);
            out.close();
            try {
                readShard(damaged, format);
                QFAIL("a damaged shard was read");
            } catch (const Error& error) {
                QCOMPARE(error.kind(), ErrorKind::CorruptData);
            }
        }
        ShardFormat other = format;
        other.fieldSide = 32;
        QVERIFY_THROWS_EXCEPTION(Error, readShard(set.files.first(), other));
    }

    void theStreamGivesEverySampleOncePerPass() {
        const ShapeDataset dataset(m_options.outputRoot);
        ShardFormat format;
        format.fieldSide = 16;
        format.imageSize = 32;
        const ShardSet set = buildTrainingShards(dataset, Split::Train, format, 1);
        ShardStream stream(set, format, 1, 11); // one resident shard: passes do not overlap
        std::set<QByteArray> seen;
        for (const TrainingSample& sample : stream.nextBatch(int(set.samples)))
            seen.insert(QByteArray::number(sample.object) + sample.image);
        QCOMPARE(long(seen.size()), set.samples);
    }

    // Last: it changes the dataset. Objects built with other options are built again.
    void changedOptionsRebuildWhatTheyChange() {
        DatasetBuildOptions fewer = m_options;
        fewer.viewsPerObject = 4;
        const DatasetBuildReport report = buildDataset(fewer, {});
        QCOMPARE(report.built, 2); // the two training boxes; test and held-out ones keep theirs
        QCOMPARE(report.resumed, 4);
        const ShapeDataset dataset(fewer.outputRoot); // outlives the pointers into it
        for (const DatasetObject* object : dataset.objectsIn(Split::Train))
            QCOMPARE(object->views.size(), std::size_t(4));
    }

private:
    QTemporaryDir m_folder;
    DatasetBuildOptions m_options;
    DatasetBuildReport m_report;
    QString m_trainA, m_trainB, m_test;
};

QTEST_GUILESS_MAIN(TestDatasetBuild)
#include "tst_datasetbuild.moc"
