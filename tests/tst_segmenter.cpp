// The learned object segmenter: training on a dataset's tabletop scenes and cut-outs, resuming,
// the shipped files, loading and its failures.
#include "CatalogFixture.h"
#include "core/Error.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/sources/SweetHome3DSource.h"
#include "core/image/ObjectMask.h"
#include "core/modelfile/SegmenterManifest.h"
#include "core/segment/LearnedSegmenter.h"
#include "core/segment/SegmenterTraining.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lift3d;
using namespace lift3d::test;

class TestSegmenter : public QObject {
    Q_OBJECT
    QTemporaryDir m_folder;
    QString m_dataset;

    SegmenterTrainingOptions tiny(const QString& output) const {
        SegmenterTrainingOptions options;
        options.datasetRoot = m_dataset;
        options.outputDir = output;
        options.steps = 6;
        options.batch = 6;
        options.crop = 64;
        options.checkpointEvery = 3;
        return options;
    }

    static QByteArray fileBytes(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    // Three boxes of the training split, each with two tabletop scenes.
    void initTestCase() {
        const QString catalog = m_folder.filePath(QStringLiteral("boxes.sh3f"));
        for (const QString& id : trainingSplitIds())
            QCOMPARE(splitOf(id), Split::Train);
        QVERIFY(writeTrainingBoxCatalog(catalog));
        DatasetBuildOptions data;
        data.sources = {std::make_shared<SweetHome3DSource>(QStringList{catalog})};
        data.outputRoot = m_folder.filePath(QStringLiteral("dataset"));
        data.viewsPerObject = 2;
        data.tabletopViewsPerObject = 2;
        QCOMPARE(buildDataset(data, {}).built, 3);
        m_dataset = data.outputRoot;
    }

    // A run writes weights and a manifest with their checksum; the segmenter loads and answers
    // at the picture's size; an interrupted run resumed ends with the same weights.
    void trainsResumesAndLoads() {
        QTemporaryDir once, twice;
        trainSegmenter(tiny(once.path()), {});
        const QString manifest = once.filePath(QStringLiteral("model/segmenter.json"));
        const LearnedSegmenter segmenter(manifest);
        QCOMPARE(segmenter.manifest().inputSide, 128);
        QCOMPARE(segmenter.manifest().sha256.size(), 64);
        // A busy picture, so that small differences between weights show in the answer.
        QImage photo(200, 120, QImage::Format_RGBA8888);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixelColor(
                    x, y, QColor((x * 37 + y * 11) % 256, (x * y) % 256, (x + 3 * y) % 256));
        const QImage probability = segmenter.objectProbability(photo);
        QCOMPARE(probability.size(), photo.size());
        QCOMPARE(probability.format(), QImage::Format_Grayscale8);

        std::atomic<bool> stop{false};
        int seen = 0;
        trainSegmenter(
            tiny(twice.path()),
            [&](const SegmenterProgress& p) {
                if (p.step >= 3 && ++seen == 1)
                    stop = true;
            },
            &stop);
        QVERIFY(!QFileInfo::exists(twice.filePath(QStringLiteral("model/segmenter.pt"))));
        trainSegmenter(tiny(twice.path()), {});
        const LearnedSegmenter resumed(twice.filePath(QStringLiteral("model/segmenter.json")));
        QCOMPARE(resumed.objectProbability(photo), probability);

        // A run resumed with other settings is refused, not silently mixed.
        SegmenterTrainingOptions other = tiny(twice.path());
        other.steps = 8;
        try {
            trainSegmenter(other, {});
            QFAIL("a run was resumed with other settings");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(QStringLiteral("same options")),
                     qPrintable(error.message()));
        }
    }

    // Damaged files are refused with a sentence that says what to do; the bundled lookup says
    // when the segmenter is missing, and LIFT3D_SEGMENTER=none asks for none.
    void damagedOrMissingSegmentersAreReported() {
        QTemporaryDir run;
        trainSegmenter(tiny(run.path()), {});
        const QString manifest = run.filePath(QStringLiteral("model/segmenter.json"));
        const QJsonObject json = QJsonDocument::fromJson(fileBytes(manifest)).object();
        const auto refused = [&](const QJsonObject& changed, const char* expected) {
            QFile file(manifest);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(changed).toJson());
            file.close();
            try {
                LearnedSegmenter segmenter(manifest);
                QFAIL("a damaged segmenter was loaded");
            } catch (const Error& error) {
                QCOMPARE(error.kind(), ErrorKind::InvalidModel);
                QVERIFY2(error.message().contains(QLatin1String(expected)),
                         qPrintable(error.message()));
                QVERIFY(error.message().contains(QStringLiteral("Reinstall Lift3D")));
            }
        };
        QJsonObject changed = json;
        changed.insert(QStringLiteral("inputSide"), 100);
        refused(changed, "inputSide");
        changed = json;
        changed.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
        refused(changed, "checksum");
        changed = json;
        changed.insert(QStringLiteral("weights"), QStringLiteral("../segmenter.pt"));
        refused(changed, "beside");
        changed = json;
        changed.remove(QStringLiteral("format"));
        refused(changed, "not a segmenter");

        qputenv("LIFT3D_SEGMENTER", run.filePath(QStringLiteral("nothing.json")).toUtf8());
        QString problem;
        QVERIFY(loadBundledSegmenter(&problem) == nullptr);
        QVERIFY2(problem.contains(QStringLiteral("missing")), qPrintable(problem));
        qputenv("LIFT3D_SEGMENTER", "none");
        problem.clear();
        QVERIFY(loadBundledSegmenter(&problem) == nullptr);
        QVERIFY(problem.isEmpty());
        qunsetenv("LIFT3D_SEGMENTER");
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
