#include "CatalogFixture.h"
#include "core/Error.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/sources/SweetHome3DSource.h"
#include "core/geometry/MeshMeasures.h"
#include "core/image/ImagePreparation.h"
#include "core/model/BuiltinModelGenerator.h"
#include "core/model/ModelTraining.h"
#include "core/modelfile/ModelFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lift3d;
using namespace lift3d::test;

namespace {

// Mean of the first and last `count` losses of a phase in loss.csv.
std::pair<double, double> lossTrend(const QString& csv, const QByteArray& phase, int count) {
    QFile file(csv);
    file.open(QIODevice::ReadOnly);
    std::vector<double> losses;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() >= 3 && cells[0] == phase)
            losses.push_back(cells[2].toDouble());
    }
    if (int(losses.size()) < 2 * count)
        return {0, 0};
    double first = 0, last = 0;
    for (int i = 0; i < count; ++i) {
        first += losses[std::size_t(i)] / count;
        last += losses[losses.size() - 1 - std::size_t(i)] / count;
    }
    return {first, last};
}

} // namespace

class TestModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_folder;
    QString m_manifest;
    QString m_image;

private Q_SLOTS:
    // A few boxes of different proportions, a short training run with a small network.
    void initTestCase() {
        const QString catalog = m_folder.filePath(QStringLiteral("boxes.sh3f"));
        const QStringList ids{QStringLiteral("Kator Legaz#screen-door"),
                              QStringLiteral("Kator Legaz#bathroom-tissue"),
                              QStringLiteral("Kator Legaz#towel-rack")};
        QByteArray properties;
        std::vector<std::pair<QString, QByteArray>> files;
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(splitOf(ids[i]), Split::Train);
            properties +=
                QStringLiteral("id#%1=%2\nname#%1=Box "
                               "%1\ncategory#%1=Boxes\nmodel#%1=/m%1.obj\nicon#%1=/none\n")
                    .arg(i + 1)
                    .arg(ids[i])
                    .toUtf8();
            files.emplace_back(QStringLiteral("m%1.obj").arg(i + 1),
                               boxObj(1.0f, 0.2f + 0.3f * i, 0.5f));
        }
        files.emplace_back(QStringLiteral("PluginFurnitureCatalog.properties"), properties);
        QVERIFY(writeZip(catalog, files));

        DatasetBuildOptions data;
        data.sources = {std::make_shared<SweetHome3DSource>(QStringList{catalog})};
        data.outputRoot = m_folder.filePath(QStringLiteral("dataset"));
        data.viewsPerObject = 8;
        QCOMPARE(buildDataset(data, {}).built, 3);
        m_image = m_folder.filePath(QStringLiteral("dataset/objects/")) +
                  QDir(m_folder.filePath(QStringLiteral("dataset/objects")))
                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                      .first() +
                  QStringLiteral("/view-00.png");

        TrainingOptions options;
        options.datasetRoot = data.outputRoot;
        options.outputDir = m_folder.filePath(QStringLiteral("run"));
        options.config.hidden = 64;
        options.config.blocks = 1;
        options.config.conditionSize = 32;
        options.autoencoderSteps = 60;
        options.flowSteps = 60;
        options.autoencoderBatch = 8;
        options.flowBatch = 16;
        options.pointsPerField = 1024;
        options.checkpointEvery = 1000;
        trainModel(options, {});
        m_manifest = m_folder.filePath(QStringLiteral("run/model/manifest.json"));
    }

    void trainingLowersTheLoss() {
        const QString csv = m_folder.filePath(QStringLiteral("run/loss.csv"));
        const auto [aeFirst, aeLast] = lossTrend(csv, "autoencoder", 2);
        QVERIFY2(aeLast < 0.8 * aeFirst,
                 qPrintable(QStringLiteral("%1 -> %2").arg(aeFirst).arg(aeLast)));
        const auto [flowFirst, flowLast] = lossTrend(csv, "flow", 2);
        QVERIFY2(flowLast < flowFirst,
                 qPrintable(QStringLiteral("%1 -> %2").arg(flowFirst).arg(flowLast)));
        QVERIFY(QFileInfo::exists(m_folder.filePath(QStringLiteral("run/checkpoint.pt"))));
    }

    void manifestRecordsTheRunAndItsChecksum() {
        const ModelManifest manifest = loadVerifiedManifest(m_manifest);
        QCOMPARE(manifest.config.hidden, 64);
        QCOMPARE(manifest.training.value(QStringLiteral("flowSteps")).toInt(), 60);
        QVERIFY(manifest.attribution.contains(QStringLiteral("CC BY 3.0")));
        QCOMPARE(manifest.sha256.size(), 64);
    }

    void sameSeedGivesTheSameMesh() {
        const BuiltinModelGenerator generator(m_manifest);
        const PreparedImage prepared = prepareImageFile(m_image);
        GenerationSettings settings;
        settings.steps = 4;
        settings.resolution = 32;
        settings.seed = 7;
        const GenerationResult a = generator.generate(prepared.conditioning, settings);
        const GenerationResult b = generator.generate(prepared.conditioning, settings);
        QCOMPARE(a.field.values, b.field.values);
        QCOMPARE(a.mesh.indices, b.mesh.indices);
        QVERIFY(a.mesh.positions == b.mesh.positions);
        settings.seed = 8;
        const GenerationResult c = generator.generate(prepared.conditioning, settings);
        QVERIFY(c.field.values != a.field.values);
    }

    void meshIsClosedColouredAndInTheUnitBox() {
        const BuiltinModelGenerator generator(m_manifest);
        const PreparedImage prepared = prepareImageFile(m_image);
        const GenerationResult result = generator.generate(prepared.conditioning, {8, 48, 1});
        if (result.mesh.isEmpty())
            QSKIP("this tiny model produced no surface for the sample");
        QVERIFY(analyzeEdges(result.mesh).isClosedManifold());
        QVERIFY(result.mesh.hasColors());
        const glm::vec3 size = result.mesh.bounds().size();
        QVERIFY(std::abs(std::max({size.x, size.y, size.z}) - 1.0f) < 1e-4f);
    }

    void cancellationStopsWithinOneStep() {
        const BuiltinModelGenerator generator(m_manifest);
        const PreparedImage prepared = prepareImageFile(m_image);
        std::atomic<bool> cancel{false};
        int stepsDone = 0;
        try {
            generator.generate(
                prepared.conditioning, {32, 32, 1},
                [&](int done, int) {
                    stepsDone = done;
                    if (done == 3)
                        cancel = true;
                },
                &cancel);
            QFAIL("the generation ran to the end");
        } catch (const GenerationCancelled&) {
        }
        QCOMPARE(stepsDone, 3);
    }

    void damagedModelsAreRefused() {
        QTemporaryDir copy;
        const QString weights = copy.filePath(QStringLiteral("lift3d-model.pt"));
        QVERIFY(QFile::copy(QFileInfo(m_manifest).dir().filePath(QStringLiteral("lift3d-model.pt")),
                            weights));
        QVERIFY(QFile::copy(m_manifest, copy.filePath(QStringLiteral("manifest.json"))));
        {
            QFile file(weights);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.resize(file.size() / 2); // a truncated download
        }
        try {
            BuiltinModelGenerator generator(copy.filePath(QStringLiteral("manifest.json")));
            QFAIL("a truncated weights file was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidModel);
            QVERIFY(error.message().contains(QStringLiteral("checksum")));
        }
        // A manifest of another format version.
        QFile manifest(copy.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
        manifest.close();
        json.insert(QStringLiteral("formatVersion"), 99);
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(QJsonDocument(json).toJson());
        manifest.close();
        QVERIFY_THROWS_EXCEPTION(
            Error, loadVerifiedManifest(copy.filePath(QStringLiteral("manifest.json"))));
        QVERIFY_THROWS_EXCEPTION(
            Error, loadVerifiedManifest(copy.filePath(QStringLiteral("missing.json"))));
    }

    // A folder in the manifest's place stands for a full disk: the run must fail with a sentence
    // that says what to do, not finish without a model; once the cause is gone, the same command
    // finishes the model.
    void unwritableManifestIsAnError() {
        QTemporaryDir run;
        QVERIFY(QDir().mkpath(run.filePath(QStringLiteral("model/manifest.json"))));
        const TrainingOptions options = tinyTraining(run.path());
        try {
            trainModel(options, {});
            QFAIL("the training succeeded without writing its manifest");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::WriteFailed);
            QVERIFY2(error.message().contains(QStringLiteral("run the same command again")),
                     qPrintable(error.message()));
        }
        QVERIFY(QDir(run.filePath(QStringLiteral("model/manifest.json"))).removeRecursively());
        trainModel(options, {});
        QCOMPARE(
            loadVerifiedManifest(run.filePath(QStringLiteral("model/manifest.json"))).config.hidden,
            64);
    }

    void damagedCheckpointsAreRefused_data() {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<bool>("truncateWeights");
        QTest::addColumn<QString>("named"); // what the message must point at
        QTest::newRow("unknown phase")
            << QByteArray("{\"phase\": \"warmup\", \"step\": 1, \"seconds\": 1}") << false
            << QStringLiteral("warmup");
        QTest::newRow("truncated state")
            << QByteArray("{\"phase\": \"fl") << false << QStringLiteral("state.json");
        QTest::newRow("truncated weights")
            << QByteArray("{\"phase\": \"flow\", \"step\": 1, \"seconds\": 1}") << true
            << QStringLiteral("checkpoint.pt");
    }

    // A damaged checkpoint is refused with Error(CorruptData), never trained on from a wrong state.
    void damagedCheckpointsAreRefused() {
        QFETCH(QByteArray, state);
        QFETCH(bool, truncateWeights);
        QFETCH(QString, named);
        QTemporaryDir run;
        const QString weights = run.filePath(QStringLiteral("checkpoint.pt"));
        QVERIFY(QFile::copy(m_folder.filePath(QStringLiteral("run/checkpoint.pt")), weights));
        if (truncateWeights)
            QVERIFY(QFile::resize(weights, QFileInfo(weights).size() / 2));
        QFile file(run.filePath(QStringLiteral("state.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(state);
        file.close();
        try {
            trainModel(tinyTraining(run.path()), {});
            QFAIL("the training resumed from a damaged checkpoint");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::CorruptData);
            QVERIFY2(error.message().contains(named), qPrintable(error.message()));
        }
    }

private:
    // The network of initTestCase, trained for two steps per phase: enough to reach every file.
    TrainingOptions tinyTraining(const QString& outputDir) const {
        TrainingOptions options;
        options.datasetRoot = m_folder.filePath(QStringLiteral("dataset"));
        options.outputDir = outputDir;
        options.config.hidden = 64;
        options.config.blocks = 1;
        options.config.conditionSize = 32;
        options.autoencoderSteps = 2;
        options.flowSteps = 2;
        options.autoencoderBatch = 8;
        options.flowBatch = 16;
        options.pointsPerField = 1024;
        return options;
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
