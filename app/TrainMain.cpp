// lift3d-train: trains the built-in shortcut-flow model on the CPU, resumably.
#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/dataset/ShapeDataset.h"
#include "core/model/ModelTraining.h"
#include "core/model/TrainingPlot.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <csignal>
#include <cstdio>

using namespace lift3d;

namespace {
std::atomic<bool> stopRequested{false};
void requestStop(int) {
    stopRequested = true;
}
} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for the loss plot; no window
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lift3d-train"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Trains Lift3D's shortcut-flow model on a dataset built by lift3d-data. "
                       "Interrupt with Ctrl+C and "
                       "run the same command again to resume from the last checkpoint."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dataset"),
         QStringLiteral("Dataset folder (default: %1).").arg(ShapeDataset::defaultRoot()),
         QStringLiteral("dir"), ShapeDataset::defaultRoot()},
        {QStringLiteral("output"),
         QStringLiteral("Run folder: checkpoints, loss.csv, loss.png, model/."),
         QStringLiteral("dir"), QStringLiteral("training-run")},
        {QStringLiteral("autoencoder-steps"),
         QStringLiteral("Shape autoencoder steps (default: 2000 grid, 1200 global)."),
         QStringLiteral("n")},
        {QStringLiteral("flow-steps"),
         QStringLiteral("Flow steps (default: 10000 grid, 16000 global)."), QStringLiteral("n")},
        {QStringLiteral("shortcut-fraction"),
         QStringLiteral("Share of each flow batch trained on the shortcut self-consistency target "
                        "(default 0.25)."),
         QStringLiteral("f"), QStringLiteral("0.25")},
        {QStringLiteral("architecture"),
         QStringLiteral("grid (default: a latent grid whose cells read the picture where they "
                        "project) or global (the first model: one image code)."),
         QStringLiteral("name"), QStringLiteral("grid")},
        {QStringLiteral("no-pixel-features"),
         QStringLiteral("grid without pixel-aligned features: the global image code only "
                        "(an ablation).")},
        {QStringLiteral("flow-batch"),
         QStringLiteral("Flow batch size (default: 64 grid, 128 global)."), QStringLiteral("n")},
        {QStringLiteral("condition-dropout"),
         QStringLiteral("Share of flow rows trained without their picture, for classifier-free "
                        "guidance (default: 0.1 grid, 0 global)."),
         QStringLiteral("f")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 20261124)."),
         QStringLiteral("n"), QStringLiteral("20261124")},
    });
    parser.process(app);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    TrainingOptions options;
    options.datasetRoot = parser.value(QStringLiteral("dataset"));
    options.outputDir = parser.value(QStringLiteral("output"));
    const QString architecture = parser.value(QStringLiteral("architecture"));
    const bool grid = architecture == QLatin1String("grid");
    if (grid)
        options.config = ModelConfig::pixelAlignedGrid();
    else if (architecture != QLatin1String("global")) {
        std::fprintf(stderr, "lift3d-train: --architecture must be grid or global.\n");
        return 1;
    }
    // Defaults per design: the grid design's steps cost about 2 s at batch 64 on 2 cores, so
    // 2000 + 10000 steps fit the 6-hour budget of a full run (docs/model.md).
    const auto value = [&](const char* name, int gridDefault, int globalDefault) {
        const QString option = QString::fromLatin1(name);
        return parser.isSet(option) ? parser.value(option).toInt()
                                    : (grid ? gridDefault : globalDefault);
    };
    options.autoencoderSteps = value("autoencoder-steps", 2000, 1200);
    options.flowSteps = value("flow-steps", 10000, 16000);
    options.flowBatch = value("flow-batch", 64, 128);
    options.config.pixelFeatures = !parser.isSet(QStringLiteral("no-pixel-features"));
    if (options.flowBatch < 4 || options.autoencoderSteps < 0 || options.flowSteps < 0) {
        std::fprintf(stderr, "lift3d-train: --flow-batch must be at least 4 and step counts "
                             "not negative.\n");
        return 1;
    }
    // The first design also regresses the latent from its image code, which a blank picture
    // would corrupt: no dropout there unless asked.
    options.conditionDropout = parser.isSet(QStringLiteral("condition-dropout"))
                                   ? parser.value(QStringLiteral("condition-dropout")).toDouble()
                                   : (grid ? 0.1 : 0.0);
    if (!(options.conditionDropout >= 0 && options.conditionDropout < 1)) {
        std::fprintf(stderr, "lift3d-train: --condition-dropout must lie in [0, 1).\n");
        return 1;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.shortcutFraction = parser.value(QStringLiteral("shortcut-fraction")).toDouble();
    if (options.shortcutFraction < 0 || options.shortcutFraction > 1) {
        std::fprintf(stderr, "lift3d-train: --shortcut-fraction must lie between 0 and 1.\n");
        return 1;
    }
    options.command = QStringLiteral("lift3d-train ") +
                      QCoreApplication::arguments().mid(1).join(QLatin1Char(' '));
    const QString logPath = QDir(options.outputDir).filePath(QStringLiteral("loss.csv"));
    const QString plotPath = QDir(options.outputDir).filePath(QStringLiteral("loss.png"));
    try {
        trainModel(
            options,
            [&](const TrainingProgress& p) {
                if (!p.message.isEmpty())
                    std::printf("[%s] %s\n", qPrintable(p.phase), qPrintable(p.message));
                else if (p.step % 50 == 0 || p.validationLoss >= 0 ||
                         p.phase == QLatin1String("done"))
                    std::printf(
                        "[%s] step %d/%d loss %.5f%s elapsed %.0fs\n", qPrintable(p.phase), p.step,
                        p.steps, p.loss,
                        p.validationLoss >= 0
                            ? qPrintable(
                                  QStringLiteral(" validation %1").arg(p.validationLoss, 0, 'f', 5))
                            : "",
                        p.elapsedSeconds);
                if (p.step % 500 == 0 || p.phase == QLatin1String("done"))
                    plotTrainingLoss(logPath).save(plotPath);
                std::fflush(stdout);
            },
            &stopRequested);
        plotTrainingLoss(logPath).save(plotPath);
        std::printf(stopRequested ? "stopped; run the same command to resume\n"
                                  : "done: %s/model/{lift3d-model.pt,manifest.json}\n",
                    qPrintable(options.outputDir));
    } catch (const std::exception& error) {
        // A developer tool: its own wording stays English (see core/UserMessage.h).
        std::fprintf(stderr, "lift3d-train: %s\n",
                     qPrintable(userMessage(error, QStringLiteral("failed (%1)."))));
        return 1;
    }
    return 0;
}
