#include "core/model/ModelTraining.h"

#include "core/Error.h"
#include "core/dataset/FurnitureCatalog.h"
#include "core/dataset/ShapeDataset.h"
#include "core/model/AutoencoderTraining.h"
#include "core/model/FlowTraining.h"
#include "core/model/TrainingData.h"
#include "core/model/TrainingRun.h"
#include "core/modelfile/ModelFile.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <thread>

namespace lift3d {
namespace {

// lift3d-train's messages are for developers: English on purpose (see UserMessage.h).
Error writeFailed(const QString& path, const QString& reason) {
    return Error(ErrorKind::WriteFailed,
                 QStringLiteral(
                     "Cannot write %1 (%2). Free disk space or fix the folder's permissions, then "
                     "run the same command again to finish the model.")
                     .arg(QDir::toNativeSeparators(path), reason));
}

ModelManifest manifestOfRun(const TrainingRun& run, const QString& weights, long trainingViews,
                            std::size_t trainingObjects, const QStringList& credits) {
    const TrainingOptions& options = run.options;
    ModelManifest manifest;
    manifest.config = options.config;
    manifest.sha256 = sha256OfFile(weights);
    if (manifest.sha256.isEmpty())
        throw writeFailed(weights, QStringLiteral("it cannot be read back"));
    manifest.trainingData = QStringLiteral("%1 training views of %2 objects (train split)")
                                .arg(trainingViews)
                                .arg(trainingObjects);
    // Every source's credit, one per line; datasets from before sources: Sweet Home 3D only.
    manifest.attribution =
        credits.isEmpty() ? sweetHome3DAttribution() : credits.join(QLatin1Char('\n'));
    manifest.trainingCommand = options.command;
    manifest.training = {
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("autoencoderSteps"), options.autoencoderSteps},
        {QStringLiteral("flowSteps"), options.flowSteps},
        {QStringLiteral("flowBatch"), options.flowBatch},
        {QStringLiteral("shortcutFraction"), options.shortcutFraction},
        {QStringLiteral("conditionDropout"), options.conditionDropout},
        {QStringLiteral("emaDecay"), options.emaDecay},
        {QStringLiteral("wallClockSeconds"), run.elapsedSeconds()},
        {QStringLiteral("finishedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return manifest;
}

// outputDir/model/{lift3d-model.pt, manifest.json}: the EMA weights, with the whitening of the
// live network.
void writeShippedModel(TrainingRun& run, long trainingViews, std::size_t trainingObjects,
                       const QStringList& credits) {
    {
        torch::NoGradGuard noGrad;
        run.ema->latentMean.copy_(run.net->latentMean);
        run.ema->latentStd.copy_(run.net->latentStd);
    }
    const QDir model(QDir(run.options.outputDir).filePath(QStringLiteral("model")));
    const QString weights = model.filePath(QStringLiteral("lift3d-model.pt"));
    saveWeights(run.ema, weights);
    const QByteArray manifest =
        manifestToJson(manifestOfRun(run, weights, trainingViews, trainingObjects, credits));
    QSaveFile file(model.filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(manifest) != manifest.size() ||
        !file.commit())
        throw writeFailed(file.fileName(), file.errorString());
}

} // namespace

void trainModel(const TrainingOptions& options,
                const std::function<void(const TrainingProgress&)>& progress,
                const std::atomic<bool>* cancel) {
    torch::set_num_threads(int(std::max(1u, std::thread::hardware_concurrency())));
    torch::manual_seed(options.seed);
    if (!QDir().mkpath(QDir(options.outputDir).filePath(QStringLiteral("model"))))
        throw Error(ErrorKind::DirectoryNotWritable,
                    QStringLiteral("Cannot create %1.").arg(options.outputDir));
    TrainingRun run(options, progress, cancel);
    TrainingState state = run.resume();
    if (state.phase == TrainingPhase::Done) {
        if (state.step >= options.flowSteps)
            return;
        state.phase = TrainingPhase::Flow; // asked for more flow steps: continue from here
    }

    run.reportPreparation(QStringLiteral("loading fields and images"));
    const ShapeDataset dataset(options.datasetRoot);
    const TrainingData data =
        loadTrainingData(dataset, options.config, options.seed, 8,
                         [&](const QString& line) { run.reportPreparation(line); });
    const long trainingViews = data.trainingViews;
    run.reportPreparation(QStringLiteral("%1 training views, %2 validation views")
                              .arg(trainingViews)
                              .arg(data.validFields.size(0)));

    if (state.phase == TrainingPhase::Autoencoder) {
        if (!trainAutoencoder(run, data, state.step))
            return;
        state.step = 0; // the flow phase starts afresh
    }
    FlowTraining flow(run, data, state.step);
    if (!flow.train())
        return;
    writeShippedModel(run, trainingViews, dataset.objectsIn(Split::Train).size(),
                      dataset.sourceCredits());
    run.finish(flow.optimizer());
}

} // namespace lift3d
