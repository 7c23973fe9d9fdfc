#include "CatalogFixture.h"
#include "core/Error.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/sources/SweetHome3DSource.h"
#include "core/generator/ColumnSilhouette.h"
#include "core/geometry/MeshMeasures.h"
#include "core/image/ImagePreparation.h"
#include "core/model/BuiltinModelGenerator.h"
#include "core/model/GridNetworks.h"
#include "core/model/ModelTraining.h"
#include "core/model/TrainingAugmentation.h"
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

// The shipped design at a size a test trains in seconds.
ModelConfig smallGrid() {
    ModelConfig config = ModelConfig::pixelAlignedGrid();
    config.hidden = 16;
    config.blocks = 1;
    config.conditionSize = 32;
    return config;
}

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
        for (const QString& id : trainingSplitIds())
            QCOMPARE(splitOf(id), Split::Train);
        QVERIFY(writeTrainingBoxCatalog(catalog));

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
        options.config = smallGrid();
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
        QCOMPARE(manifest.config.hidden, 16);
        QCOMPARE(manifest.config.architecture, QStringLiteral("grid"));
        QVERIFY(manifest.config.pixelFeatures);
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

    // Best of N keeps the candidate whose silhouette fills the mask best; candidate 0 is the
    // seed's own sample, so one candidate is exactly the plain generation.
    void bestOfCandidatesFillsTheMaskAtLeastAsWell() {
        const BuiltinModelGenerator generator(m_manifest);
        const PreparedImage prepared = prepareImageFile(m_image);
        GenerationSettings settings{2, 32, 11};
        std::vector<double> scores;
        std::vector<std::vector<float>> fields;
        for (int k = 0; k < 3; ++k) {
            settings.seed = 11 + std::uint64_t(k);
            const GeneratedField one = generator.generateField(prepared.conditioning, settings);
            scores.push_back(columnSilhouetteIoU(one.field, prepared.conditioning.mask));
            fields.push_back(one.field.values);
        }
        settings.seed = 11;
        settings.candidates = 3;
        const GeneratedField best = generator.generateField(prepared.conditioning, settings);
        // Batched sampling rounds differently from one sample at a time: match within 1e-4.
        std::size_t chosen = fields.size();
        for (std::size_t k = 0; k < fields.size(); ++k) {
            float largest = 0;
            for (std::size_t i = 0; i < fields[k].size(); ++i)
                largest = std::max(largest, std::abs(fields[k][i] - best.field.values[i]));
            if (largest < 1e-4f)
                chosen = k;
        }
        QVERIFY2(chosen < fields.size(), "the best of three is none of the three samples");
        QVERIFY(scores[chosen] >= *std::max_element(scores.begin(), scores.end()) - 0.02);
    }

    // Models of the first design (one global image code) still train, load and generate: the
    // ablation's baseline, and manifests written before the grid design.
    void globalDesignStillTrainsAndGenerates() {
        QTemporaryDir run;
        TrainingOptions options = tinyTraining(run.path());
        options.config = ModelConfig();
        options.config.hidden = 64;
        options.config.blocks = 1;
        options.config.conditionSize = 32;
        trainModel(options, {});
        const QString manifest = run.filePath(QStringLiteral("model/manifest.json"));
        QCOMPARE(loadVerifiedManifest(manifest).config.architecture, QStringLiteral("global"));
        const BuiltinModelGenerator generator(manifest);
        const GeneratedField result =
            generator.generateField(prepareImageFile(m_image).conditioning, {2, 32, 1});
        QCOMPARE(int(result.field.values.size()), 32 * 32 * 32);
    }

    // Mirroring flips picture, depth and field together; colour jitter leaves the background
    // white; every row keeps its object on the same side in picture and shape.
    void augmentationKeepsPictureAndShapeConsistent() {
        torch::manual_seed(3);
        const int rows = 32;
        TrainingBatch batch;
        batch.images = torch::ones({rows, 4, 64, 64});
        batch.images.slice(1, 3, 4).zero_();
        batch.images.slice(3, 4, 24).slice(2, 20, 44).slice(1, 0, 3).fill_(0.3); // left object
        batch.images.slice(3, 4, 24).slice(2, 20, 44).slice(1, 3, 4).fill_(1.0);
        batch.fields = torch::ones({rows, 1, 32, 32, 32});
        batch.fields.slice(4, 2, 12).fill_(-1.0); // inside on the left (x < 0)
        batch.depths = torch::full({rows, 1, 64, 64}, NAN);
        batch.depths.slice(3, 4, 24).slice(2, 20, 44).fill_(0.5);
        augmentBatch(batch);
        int mirrored = 0;
        for (int r = 0; r < rows; ++r) {
            const auto mask = batch.images[r][3];
            const bool pictureLeft = mask.slice(1, 0, 32).sum().item<float>() >
                                     mask.slice(1, 32, 64).sum().item<float>();
            const auto inside = batch.fields[r][0].lt(0);
            const bool shapeLeft = inside.slice(2, 0, 16).sum().item<long>() >
                                   inside.slice(2, 16, 32).sum().item<long>();
            const auto depthSeen = batch.depths[r][0].isnan().logical_not();
            const bool depthLeft = depthSeen.slice(1, 0, 32).sum().item<long>() >
                                   depthSeen.slice(1, 32, 64).sum().item<long>();
            QCOMPARE(shapeLeft, pictureLeft);
            QCOMPARE(depthLeft, pictureLeft);
            mirrored += !pictureLeft;
            // Far from the object, and in the corners where the crop jitter pads, the picture
            // stays white, unmasked and without depth.
            for (auto [row, column] : {std::pair{60, 40}, std::pair{0, 0}, std::pair{0, 63},
                                       std::pair{63, 0}, std::pair{63, 63}}) {
                const auto pixel = batch.images[r].select(2, column).select(1, row);
                QCOMPARE(pixel.slice(0, 0, 3).min().item<float>(), 1.0f);
                QCOMPARE(pixel[3].item<float>(), 0.0f);
                QVERIFY(std::isnan(batch.depths[r][0][row][column].item<float>()));
            }
        }
        QVERIFY(mirrored > 4 && mirrored < rows - 4);
    }

    // Condition dropout blanks whole rows: picture white, mask empty, no depth; the rest of the
    // batch, and everything at probability 0, is left exactly as it was.
    void conditionDropoutBlanksWholeRows() {
        torch::manual_seed(5);
        const int rows = 64;
        TrainingBatch batch;
        batch.images = torch::rand({rows, 4, 64, 64});
        batch.depths = torch::rand({rows, 1, 64, 64});
        batch.fields = torch::rand({rows, 1, 32, 32, 32});
        const TrainingBatch original{batch.fields.clone(), batch.images.clone(),
                                     batch.depths.clone()};
        dropConditions(batch, 0.0);
        QVERIFY(torch::equal(batch.images, original.images));
        dropConditions(batch, 0.25);
        QVERIFY(torch::equal(batch.fields, original.fields));
        int blanked = 0;
        for (int r = 0; r < rows; ++r) {
            if (torch::equal(batch.images[r], original.images[r])) {
                QVERIFY(torch::equal(batch.depths[r], original.depths[r]));
                continue;
            }
            ++blanked;
            QCOMPARE(batch.images[r].slice(0, 0, 3).min().item<float>(), 1.0f);
            QCOMPARE(batch.images[r][3].max().item<float>(), 0.0f);
            QVERIFY(batch.depths[r].isnan().all().item<bool>());
        }
        QVERIFY2(blanked > 4 && blanked < 32, qPrintable(QString::number(blanked)));
    }

    // Guidance 1 is the plain sampler, bit for bit; guidance 0 follows the blank picture's
    // velocity alone, so the picture no longer matters; scales outside 0..8 are refused.
    void guidanceScaleBlendsPictureAndBlankVelocities() {
        const QString otherImage =
            QString(m_image).replace(QStringLiteral("view-00"), QStringLiteral("view-03"));
        const Conditioning picture = prepareImageFile(m_image).conditioning;
        const Conditioning other = prepareImageFile(otherImage).conditioning;
        const GenerationSettings settings{2, 32, 4};
        const BuiltinModelGenerator plain(m_manifest);
        // A copy of the model whose manifest asks for guidance 3.
        QTemporaryDir copy;
        QVERIFY(QFile::copy(QFileInfo(m_manifest).dir().filePath(QStringLiteral("lift3d-model.pt")),
                            copy.filePath(QStringLiteral("lift3d-model.pt"))));
        QFile original(m_manifest);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        QJsonObject config = json.value(QStringLiteral("config")).toObject();
        config.insert(QStringLiteral("guidanceScale"), 3.0);
        json.insert(QStringLiteral("config"), config);
        const QString guidedManifest = copy.filePath(QStringLiteral("manifest.json"));
        QFile written(guidedManifest);
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write(QJsonDocument(json).toJson());
        written.close();
        const BuiltinModelGenerator fromManifest(guidedManifest);
        QVERIFY(fromManifest.generateField(picture, settings).field.values !=
                plain.generateField(picture, settings).field.values);
        GeneratorOptions options;
        options.model = guidedManifest;
        options.guidanceScale = 1.0f; // the override wins: the plain sampler, bit for bit
        const BuiltinModelGenerator one(guidedManifest, options);
        QCOMPARE(one.generateField(picture, settings).field.values,
                 plain.generateField(picture, settings).field.values);
        options.model = m_manifest;
        options.guidanceScale = 0.0f;
        const BuiltinModelGenerator blind(m_manifest, options);
        QCOMPARE(blind.generateField(picture, settings).field.values,
                 blind.generateField(other, settings).field.values);
        QVERIFY(plain.generateField(picture, settings).field.values !=
                plain.generateField(other, settings).field.values);
        options.guidanceScale = 3.0f;
        const BuiltinModelGenerator guided(m_manifest, options);
        QVERIFY(guided.generateField(picture, settings).field.values !=
                plain.generateField(picture, settings).field.values);
    }

    // Output frame = camera frame: a cell reads the picture where the shape encoder centres it.
    // A slab of the field at x samples 17..18 (centre 17.5 of 0..31) changes the latent cells
    // around x cell 4; the lift must read that cell's column at the slab's picture position, the
    // frame's x scaled by 0.55 / 0.6 (the crop spans 1.2 units), with +y at the picture's top.
    void latentCellsReadThePictureWhereTheEncoderCentresThem() {
        torch::manual_seed(1);
        torch::NoGradGuard noGrad;
        const ModelConfig config = ModelConfig::pixelAlignedGrid();
        GridShapeEncoder encoder(config);
        const auto empty = torch::zeros({1, 1, 32, 32, 32});
        auto slab = empty.clone();
        slab.slice(4, 17, 19).fill_(1.0);
        const auto change =
            (encoder->forward(slab) - encoder->forward(empty)).abs().sum({0, 1, 2, 3});
        const auto responding = (change > 1e-6).nonzero().to(torch::kFloat32);
        const double cell = responding.mean().item<double>();
        QCOMPARE(cell, 4.0);
        const GridImageEncoder lift(config);
        const auto pixels = lift->cellPixels;
        const double slabX = (17.5 * 2.0 / 31.0 - 1.0) * 0.55 / 0.6;
        QVERIFY(std::abs(pixels[0][0][4][0].item<double>() - slabX) < 1e-4);
        const int last = int(pixels.size(1)) - 1;
        QVERIFY(pixels[0][last][0][1].item<float>() < 0); // +y (last row) reads the picture's top
        QVERIFY(pixels[0][0][0][1].item<float>() > 0);
        QVERIFY(pixels[0][0][last][0].item<float>() > 0); // +x reads the picture's right
    }

    // Manifests written before the grid design load as the first design; sizes that cannot make
    // a network are refused before any layer is built.
    void manifestConfigsAreCheckedAndOldOnesLoad() {
        QTemporaryDir copy;
        QVERIFY(QFile::copy(QFileInfo(m_manifest).dir().filePath(QStringLiteral("lift3d-model.pt")),
                            copy.filePath(QStringLiteral("lift3d-model.pt"))));
        QFile original(m_manifest);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        const auto write = [&](const QJsonObject& config) {
            QJsonObject changed = json;
            changed.insert(QStringLiteral("config"), config);
            QFile file(copy.filePath(QStringLiteral("manifest.json")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(changed).toJson());
        };
        QJsonObject config = json.value(QStringLiteral("config")).toObject();
        QJsonObject old = config;
        old.remove(QStringLiteral("architecture"));
        old.insert(QStringLiteral("latentSide"), 4);
        write(old);
        QCOMPARE(loadVerifiedManifest(copy.filePath(QStringLiteral("manifest.json")))
                     .config.architecture,
                 QStringLiteral("global"));
        for (const auto& [key, value] :
             {std::pair{"latentSide", 0}, std::pair{"latentSide", -8}, std::pair{"featureSide", 3},
              std::pair{"blocks", 100000}, std::pair{"guidanceScale", 20},
              std::pair{"guidanceScale", -1}}) {
            QJsonObject bad = config;
            bad.insert(QLatin1String(key), value);
            write(bad);
            try {
                loadVerifiedManifest(copy.filePath(QStringLiteral("manifest.json")));
                QFAIL(qPrintable(QStringLiteral("%1 = %2 was accepted").arg(key).arg(value)));
            } catch (const Error& error) {
                QCOMPARE(error.kind(), ErrorKind::InvalidModel);
                QVERIFY(error.message().contains(QStringLiteral("damaged")));
            }
        }
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
            16);
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
        options.config = smallGrid();
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
