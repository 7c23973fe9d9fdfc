// lift3d-bench-masks: mask IoU, boundary F and time of the border model and the learned
// segmenter on held-out tabletop renders and on real photographs with a true mask.
#include "core/Error.h"
#include "core/dataset/ShapeDataset.h"
#include "core/eval/MaskBenchmark.h"
#include "core/modelfile/SegmenterManifest.h"
#include "core/segment/LearnedSegmenter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>

using namespace lift3d;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // QPainter composes the cut-outs; no window
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lift3d-bench-masks"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scores the object masks of the border model and the learned segmenter "
                       "against true masks: test-split tabletop renders of a built dataset and "
                       "real photographs (scripts/fetch-photos.sh)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dataset"),
         QStringLiteral("Dataset folder (default: %1).").arg(ShapeDataset::defaultRoot()),
         QStringLiteral("dir"), ShapeDataset::defaultRoot()},
        {QStringLiteral("photos"),
         QStringLiteral("Photo folder (default: ~/.cache/lift3d/photos)."), QStringLiteral("dir"),
         QDir::home().filePath(QStringLiteral(".cache/lift3d/photos"))},
        {QStringLiteral("segmenter"),
         QStringLiteral("Segmenter manifest (default: the bundled one)."), QStringLiteral("file")},
        {QStringLiteral("split"),
         QStringLiteral("Split whose tabletop scenes are scored: validation (default) or train "
                        "(the segmenter's own, to see overfitting)."),
         QStringLiteral("name"), QStringLiteral("validation")},
        {QStringLiteral("views"), QStringLiteral("Tabletop scenes scored (default 500)."),
         QStringLiteral("n"), QStringLiteral("500")},
        {QStringLiteral("pairs"),
         QStringLiteral("Also score the pictures of a list: one \"picture mask\" pair of paths "
                        "per line, relative ones to the dataset folder."),
         QStringLiteral("file")},
        {QStringLiteral("worst"),
         QStringLiteral("With --output: also write <dir>/worst.png, the n lowest-IoU tabletop "
                        "scenes of the segmenter (picture | truth | found)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("output"), QStringLiteral("Write the table to <dir>/masks.md."),
         QStringLiteral("dir")},
    });
    parser.process(app);
    try {
        const QString manifest = parser.isSet(QStringLiteral("segmenter"))
                                     ? parser.value(QStringLiteral("segmenter"))
                                     : bundledSegmenterManifest();
        const LearnedSegmenter learned(manifest);
        const QString splitOption = parser.value(QStringLiteral("split"));
        if (splitOption != QLatin1String("validation") && splitOption != QLatin1String("train")) {
            std::fprintf(stderr, "lift3d-bench-masks: --split must be validation or train.\n");
            return 2;
        }
        const Split split =
            splitOption == QLatin1String("train") ? Split::Train : Split::Validation;
        std::vector<MaskCase> cases = tabletopCases(parser.value(QStringLiteral("dataset")), split,
                                                    parser.value(QStringLiteral("views")).toInt());
        for (MaskCase& c : photoCases(parser.value(QStringLiteral("photos"))))
            cases.push_back(std::move(c));
        if (parser.isSet(QStringLiteral("pairs")))
            for (MaskCase& c : listedCases(parser.value(QStringLiteral("pairs")),
                                           parser.value(QStringLiteral("dataset"))))
                cases.push_back(std::move(c));
        std::vector<MaskMethodResult> results =
            benchmarkMasks(cases, QStringLiteral("border model"), nullptr);
        std::vector<MaskOutcome> outcomes;
        for (const MaskMethodResult& r :
             benchmarkMasks(cases, QStringLiteral("learned segmenter"), &learned, &outcomes))
            results.push_back(r);
        const LearnedSegmenter unrefined(manifest, false);
        for (const MaskMethodResult& r : benchmarkMasks(
                 cases, QStringLiteral("learned segmenter without edge refinement"), &unrefined))
            results.push_back(r);
        QString table = QStringLiteral(
            "| pictures | cases | method | mean IoU | boundary F | not found | median ms |\n"
            "|---|---:|---|---:|---:|---:|---:|\n");
        for (const MaskMethodResult& r : results)
            table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                         .arg(r.group)
                         .arg(r.cases)
                         .arg(r.method)
                         .arg(r.meanIoU, 0, 'f', 3)
                         .arg(r.meanBoundaryF, 0, 'f', 3)
                         .arg(r.notFound)
                         .arg(r.medianMilliseconds, 0, 'f', 1);
        std::printf("%s", qPrintable(table));
        if (parser.isSet(QStringLiteral("output"))) {
            const QString dir = parser.value(QStringLiteral("output"));
            QDir().mkpath(dir);
            const QByteArray text =
                (QStringLiteral("# Object masks: border model and learned segmenter\n\n"
                                "Made by `lift3d-bench-masks %1` (segmenter: %2, %3).\n\n")
                     .arg(QCoreApplication::arguments().mid(1).join(QLatin1Char(' ')),
                          QDir::toNativeSeparators(QFileInfo(manifest).fileName()),
                          learned.manifest().trainingCommand) +
                 table)
                    .toUtf8();
            if (const int worst = parser.value(QStringLiteral("worst")).toInt(); worst > 0) {
                outcomes.erase(std::remove_if(outcomes.begin(), outcomes.end(),
                                              [&](const MaskOutcome& o) {
                                                  return !cases[o.caseIndex].group.startsWith(
                                                      QLatin1String("tabletop"));
                                              }),
                               outcomes.end());
                const QString sheet = QDir(dir).filePath(QStringLiteral("worst.png"));
                if (!worstCasesSheet(cases, outcomes, worst).save(sheet)) {
                    std::fprintf(stderr, "lift3d-bench-masks: cannot write %s.\n",
                                 qPrintable(sheet));
                    return 1;
                }
            }
            QSaveFile file(QDir(dir).filePath(QStringLiteral("masks.md")));
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() ||
                !file.commit()) {
                std::fprintf(stderr, "lift3d-bench-masks: cannot write %s.\n",
                             qPrintable(file.fileName()));
                return 1;
            }
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lift3d-bench-masks: %s\n", error.what());
        return 1;
    }
    return 0;
}
