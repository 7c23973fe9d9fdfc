// lift3d-train-segmenter: trains the object segmenter on the CPU, resumably.
#include "core/Error.h"
#include "core/dataset/ShapeDataset.h"
#include "core/segment/SegmenterTraining.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lift3d-train-segmenter"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Trains Lift3D's object segmenter on the tabletop scenes and cut-out "
                       "renders of a dataset built by lift3d-data. Interrupt with Ctrl+C and run "
                       "the same command again to resume."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dataset"),
         QStringLiteral("Dataset folder (default: %1).").arg(ShapeDataset::defaultRoot()),
         QStringLiteral("dir"), ShapeDataset::defaultRoot()},
        {QStringLiteral("output"),
         QStringLiteral("Run folder: checkpoint, loss.csv, model/segmenter.{pt,json}."),
         QStringLiteral("dir"), QStringLiteral("segmenter-run")},
        {QStringLiteral("steps"), QStringLiteral("Training steps (default 4000)."),
         QStringLiteral("n"), QStringLiteral("4000")},
        {QStringLiteral("batch"), QStringLiteral("Batch size (default 24)."), QStringLiteral("n"),
         QStringLiteral("24")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 20261203)."),
         QStringLiteral("n"), QStringLiteral("20261203")},
    });
    parser.process(app);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    SegmenterTrainingOptions options;
    options.datasetRoot = parser.value(QStringLiteral("dataset"));
    options.outputDir = parser.value(QStringLiteral("output"));
    options.steps = parser.value(QStringLiteral("steps")).toInt();
    options.batch = parser.value(QStringLiteral("batch")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    if (options.steps < 1 || options.batch < 3) {
        std::fprintf(stderr, "lift3d-train-segmenter: --steps must be at least 1 and --batch at "
                             "least 3.\n");
        return 1;
    }
    options.command = QStringLiteral("lift3d-train-segmenter ") +
                      QCoreApplication::arguments().mid(1).join(QLatin1Char(' '));
    try {
        trainSegmenter(
            options,
            [](const SegmenterProgress& p) {
                if (!p.message.isEmpty())
                    std::printf("%s\n", qPrintable(p.message));
                else if (p.step % 50 == 0 || p.validationIoU >= 0)
                    std::printf("step %d/%d loss %.4f%s elapsed %.0fs\n", p.step, p.steps, p.loss,
                                p.validationIoU >= 0
                                    ? qPrintable(QStringLiteral(" validation IoU %1")
                                                     .arg(p.validationIoU, 0, 'f', 4))
                                    : "",
                                p.elapsedSeconds);
                std::fflush(stdout);
            },
            &stopRequested);
        std::printf(stopRequested ? "stopped; run the same command to resume\n"
                                  : "done: %s/model/segmenter.{pt,json}\n",
                    qPrintable(options.outputDir));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lift3d-train-segmenter: %s\n", error.what());
        return 1;
    }
    return 0;
}
