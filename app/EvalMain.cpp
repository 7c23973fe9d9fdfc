// lift3d-eval: scores generators on the held-out test objects and the sources held out whole, and
// writes Markdown, CSV and a plot.
#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/eval/BalloonBaseline.h"
#include "core/eval/Baselines.h"
#include "core/eval/EvalReport.h"
#include "core/eval/Evaluation.h"
#include "core/eval/RepresentationCeiling.h"
#include "core/model/BuiltinModelGenerator.h"
#include "core/model/GeneratorFactory.h"
#include "core/modelfile/ModelFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace lift3d;

namespace {

// Every model result is shown beside these (docs/dataset.md, "Baselines").
const QStringList baselineNames{QStringLiteral("baseline-retrieval"),
                                QStringLiteral("baseline-mean"),
                                QStringLiteral("baseline-balloon")};

// lift3d-eval --ceiling: the shape representation's ceiling on each split, as a Markdown table in
// <output>/ceiling.md.
int reportCeiling(const ShapeDataset& dataset, const GeneratorOptions& modelOptions,
                  const std::vector<Split>& splits, const EvalOptions& options,
                  const QString& outputDir) {
    const QString manifestPath =
        modelOptions.model.isEmpty() ? bundledModelManifest() : modelOptions.model;
    const BuiltinModelGenerator generator(manifestPath, modelOptions);
    const ModelConfig& config = generator.manifest().config;
    const int resolution = options.resolution;
    const std::vector<ShapeRepresentation> representations{
        {QStringLiteral("training field %1^3 (as stored)").arg(config.fieldSide),
         [](const ScalarGrid& field) { return field; }},
        {QStringLiteral("%1 autoencoder (%2 numbers), decoded at %3^3")
             .arg(config.architecture)
             .arg(config.latentSize())
             .arg(resolution),
         [&](const ScalarGrid& field) { return generator.roundTripField(field, resolution); }}};
    QString markdown = QStringLiteral("| split | representation | views | IoU 64^3 | Chamfer-L1 | "
                                      "F@5% |\n|---|---|---:|---:|---:|---:|\n");
    for (Split split : splits) {
        const std::vector<CeilingResult> results = measureRepresentationCeiling(
            dataset, split, options.maxObjects, config.fieldSide, config.truncation,
            representations, [&](int done, int total) {
                std::fprintf(stderr, "\r%s: %d/%d   ", qPrintable(splitName(split)), done, total);
                std::fflush(stderr);
            });
        std::fprintf(stderr, "\n");
        for (const CeilingResult& r : results)
            markdown += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                            .arg(splitName(split), r.representation)
                            .arg(r.views)
                            .arg(r.iou64, 0, 'f', 3)
                            .arg(r.chamferL1, 0, 'f', 4)
                            .arg(r.fscore5, 0, 'f', 3);
    }
    markdown += QStringLiteral("\nCommand: `lift3d-eval %1`\n")
                    .arg(QCoreApplication::arguments().mid(1).join(QLatin1Char(' ')));
    QDir().mkpath(outputDir);
    QSaveFile file(QDir(outputDir).filePath(QStringLiteral("ceiling.md")));
    const QByteArray bytes = markdown.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot write %1.").arg(file.fileName()));
    std::printf("%s", qPrintable(markdown));
    return 0;
}

// "test", "validation" or "unseen"; nothing for any other name.
std::optional<Split> reportedSplit(const QString& name) {
    for (Split split : {Split::Test, Split::Validation, Split::Unseen})
        if (name == splitName(split))
            return split;
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv) {
    // Fonts for the plot need a GUI application; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lift3d-eval"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evaluates generators on the test objects of the dataset and on the "
                       "objects of the sources held out whole (renders with evaluation-seed "
                       "cameras and, for Sweet Home 3D, the catalog icons) and writes report.md, "
                       "samples.csv and plot.png."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dataset"),
         QStringLiteral("Dataset folder (default: %1).").arg(ShapeDataset::defaultRoot()),
         QStringLiteral("dir"), ShapeDataset::defaultRoot()},
        {QStringLiteral("generator"),
         QStringLiteral(
             "lift3d (the model, shortcut steps), lift3d-flow-matching (same weights, d = 0 "
             "steps), baseline-retrieval, baseline-mean or baseline-balloon; repeat for several "
             "(default: the three baselines)."),
         QStringLiteral("name")},
        {QStringLiteral("baselines"),
         QStringLiteral("Run the three baselines beside the generators given (what every "
                        "reported table shows).")},
        {QStringLiteral("model"),
         QStringLiteral("Model manifest.json for lift3d (default: the bundled model)."),
         QStringLiteral("file")},
        {QStringLiteral("split"),
         QStringLiteral("Comma-separated splits: test and unseen (the sources held out whole; "
                        "the default is both), or validation (for calibration only)."),
         QStringLiteral("list"), QStringLiteral("test,unseen")},
        {QStringLiteral("iso"),
         QStringLiteral("Override the model's iso level (truncation units), for calibration."),
         QStringLiteral("level")},
        {QStringLiteral("temperature"),
         QStringLiteral("Override the model's noise temperature (the scale of its starting noise; "
                        "default: the manifest's), for calibration."),
         QStringLiteral("t")},
        {QStringLiteral("guidance"),
         QStringLiteral("Override the model's classifier-free guidance scale (1 = none; default: "
                        "the manifest's), for calibration."),
         QStringLiteral("w")},
        {QStringLiteral("resolution"),
         QStringLiteral("Decoded grid side asked of the generators (default 64)."),
         QStringLiteral("n"), QStringLiteral("64")},
        {QStringLiteral("steps"),
         QStringLiteral("Comma-separated step counts (default 1,2,4,8,16,32,64,128)."),
         QStringLiteral("list"), QStringLiteral("1,2,4,8,16,32,64,128")},
        {QStringLiteral("ceiling"),
         QStringLiteral("Instead of generating: the representation's ceiling, each view's training "
                        "field through the model's shape autoencoder (and as stored), scored "
                        "like a generated shape.")},
        {QStringLiteral("candidates"),
         QStringLiteral("Samples per input, the one that best fills the mask kept (default 1)."),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("max-objects"),
         QStringLiteral("Evaluate only n objects of each split, evenly spaced over its sources."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("output"), QStringLiteral("Folder for report.md, samples.csv, plot.png."),
         QStringLiteral("dir"), QStringLiteral("eval-results")},
    });
    parser.process(app);

    std::optional<float> temperature;
    if (parser.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        temperature = parser.value(QStringLiteral("temperature")).toFloat(&ok);
        if (!ok || !(*temperature >= 0.0f && *temperature <= 2.0f)) {
            std::fprintf(stderr, "lift3d-eval: --temperature takes a number from 0 to 2.\n");
            return 2;
        }
    }
    std::optional<float> guidance;
    if (parser.isSet(QStringLiteral("guidance"))) {
        bool ok = false;
        guidance = parser.value(QStringLiteral("guidance")).toFloat(&ok);
        if (!ok || !(*guidance >= 0.0f && *guidance <= 8.0f)) {
            std::fprintf(stderr, "lift3d-eval: --guidance takes a number from 0 to 8.\n");
            return 2;
        }
    }

    std::vector<Split> splits;
    for (const QString& name :
         parser.value(QStringLiteral("split")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Split> split = reportedSplit(name.trimmed());
        if (!split) {
            std::fprintf(stderr,
                         "lift3d-eval: unknown split '%s'. Use test, unseen or validation.\n",
                         qPrintable(name));
            return 2;
        }
        if (std::find(splits.begin(), splits.end(), *split) == splits.end())
            splits.push_back(*split);
    }

    try {
        const ShapeDataset dataset(parser.value(QStringLiteral("dataset")));
        EvalOptions options;
        options.steps.clear();
        for (const QString& s :
             parser.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.steps.push_back(s.toInt());
        options.maxObjects = parser.value(QStringLiteral("max-objects")).toInt();
        options.resolution = parser.value(QStringLiteral("resolution")).toInt();
        GeneratorOptions modelOptions;
        modelOptions.model = parser.value(QStringLiteral("model"));
        if (parser.isSet(QStringLiteral("iso")))
            modelOptions.isoLevel = parser.value(QStringLiteral("iso")).toFloat();
        modelOptions.noiseTemperature = temperature;
        modelOptions.guidanceScale = guidance;

        options.candidates = parser.value(QStringLiteral("candidates")).toInt();
        if (parser.isSet(QStringLiteral("ceiling")))
            return reportCeiling(dataset, modelOptions, splits, options,
                                 parser.value(QStringLiteral("output")));

        QStringList names = parser.values(QStringLiteral("generator"));
        if (names.isEmpty() || parser.isSet(QStringLiteral("baselines")))
            names += baselineNames;
        names.removeDuplicates();
        std::vector<EvalSample> samples;
        for (const QString& name : names) {
            std::shared_ptr<const Generator> generator;
            if (name == QLatin1String("baseline-retrieval"))
                generator =
                    std::make_shared<SilhouetteRetrievalBaseline>(dataset, options.cropMargin);
            else if (name == QLatin1String("baseline-mean"))
                generator = std::make_shared<MeanShapeBaseline>(dataset);
            else if (name == QLatin1String("baseline-balloon"))
                generator = std::make_shared<BalloonBaseline>(options.cropMargin);
            else if (name == QLatin1String("lift3d") ||
                     name == QLatin1String("lift3d-flow-matching")) {
                modelOptions.stepSize = name == QLatin1String("lift3d")
                                            ? StepSizeMode::Shortcut
                                            : StepSizeMode::FlowMatching;
                generator = makeGenerator(modelOptions).generator;
            } else {
                std::fprintf(stderr,
                             "lift3d-eval: unknown generator '%s'. Use lift3d, "
                             "lift3d-flow-matching, baseline-retrieval, baseline-mean or "
                             "baseline-balloon.\n",
                             qPrintable(name));
                return 2;
            }
            for (Split split : splits) {
                options.split = split;
                const std::vector<EvalSample> part =
                    evaluateGenerator(*generator, dataset, options, [&](int done, int total) {
                        std::fprintf(stderr, "\r%s, %s: %d/%d   ", qPrintable(name),
                                     qPrintable(splitName(split)), done, total);
                        std::fflush(stderr);
                    });
                std::fprintf(stderr, "\n");
                samples.insert(samples.end(), part.begin(), part.end());
            }
        }

        const QString command = QStringLiteral("lift3d-eval ") +
                                QCoreApplication::arguments().mid(1).join(QLatin1Char(' '));
        const QString markdown = evalMarkdown(samples, command.trimmed());
        const QDir output(parser.value(QStringLiteral("output")));
        QDir().mkpath(output.path());
        auto save = [&](const QString& name, const QByteArray& bytes) {
            QSaveFile file(output.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                throw Error(ErrorKind::WriteFailed,
                            QStringLiteral("Cannot write %1.").arg(file.fileName()));
        };
        save(QStringLiteral("report.md"), markdown.toUtf8());
        save(QStringLiteral("samples.csv"), evalCsv(samples));
        if (!evalPlot(samples).save(output.filePath(QStringLiteral("plot.png"))))
            throw Error(ErrorKind::WriteFailed, QStringLiteral("Cannot write the plot."));
        std::printf("%s\nwrote %s/{report.md,samples.csv,plot.png}\n", qPrintable(markdown),
                    qPrintable(QDir::toNativeSeparators(output.path())));
    } catch (const std::exception& error) {
        // A developer tool: its own wording stays English (see core/UserMessage.h).
        std::fprintf(stderr, "lift3d-eval: %s\n",
                     qPrintable(userMessage(error, QStringLiteral("failed (%1)."))));
        return 1;
    }
    return 0;
}
