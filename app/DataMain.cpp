// lift3d-data: builds the training/evaluation dataset from Debian's Sweet Home 3D catalogs.
#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/ShapeDataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cstdio>

using namespace lift3d;

namespace {

QString formatDuration(double seconds) {
    const int s = int(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10,
                                                                  QLatin1Char('0'))
                     : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lift3d-data"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds Lift3D's dataset from Sweet Home 3D furniture catalogs (Debian package "
        "sweethome3d-furniture). Resumes an interrupted build."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("output"),
         QStringLiteral("Dataset folder (default: %1).").arg(ShapeDataset::defaultRoot()),
         QStringLiteral("dir"), ShapeDataset::defaultRoot()},
        {QStringLiteral("catalog"),
         QStringLiteral("A .sh3f catalog; repeat for several (default: all installed)."),
         QStringLiteral("file")},
        {QStringLiteral("views"), QStringLiteral("Training renders per object (default 32)."),
         QStringLiteral("n"), QStringLiteral("32")},
        {QStringLiteral("eval-views"),
         QStringLiteral("Evaluation renders per validation/test object (default 4)."),
         QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default: one per core)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("limit"), QStringLiteral("Build only the first n entries (quick checks)."),
         QStringLiteral("n"), QStringLiteral("0")},
    });
    parser.process(app);

    DatasetBuildOptions options;
    options.outputRoot = parser.value(QStringLiteral("output"));
    options.catalogs = parser.values(QStringLiteral("catalog"));
    if (options.catalogs.isEmpty())
        options.catalogs = defaultCatalogs();
    if (options.catalogs.isEmpty()) {
        std::fprintf(stderr, "lift3d-data: no catalogs found. Install them with: apt-get install "
                             "sweethome3d-furniture\n");
        return 2;
    }
    options.viewsPerObject = parser.value(QStringLiteral("views")).toInt();
    options.evalViewsPerObject = parser.value(QStringLiteral("eval-views")).toInt();
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    options.limit = parser.value(QStringLiteral("limit")).toInt();

    try {
        const DatasetBuildReport report = buildDataset(options, [](const DatasetBuildProgress& p) {
            const int width = 30;
            const int filled = p.total ? width * p.done / p.total : width;
            const int worked = p.done - p.resumed;
            const double perObject = worked > 0 ? p.elapsedSeconds / worked : 0.0;
            const double eta = perObject * (p.total - p.done);
            std::fprintf(stderr, "\r[%s%s] %d/%d  failed %d  elapsed %s  ETA %s   ",
                         QByteArray(filled, '#').constData(),
                         QByteArray(width - filled, '.').constData(), p.done, p.total, p.failed,
                         qPrintable(formatDuration(p.elapsedSeconds)),
                         qPrintable(formatDuration(eta)));
            std::fflush(stderr);
        });
        std::fprintf(stderr, "\n");
        for (const QString& failure : report.failures)
            std::fprintf(stderr, "skipped %s\n", qPrintable(failure));
        std::printf("built %d, resumed %d, failed %d objects in %s; dataset at %s\n", report.built,
                    report.resumed, report.failed, qPrintable(formatDuration(report.seconds)),
                    qPrintable(QDir::toNativeSeparators(options.outputRoot)));
    } catch (const std::exception& error) {
        // A developer tool: its own wording stays English (see core/UserMessage.h).
        std::fprintf(stderr, "lift3d-data: %s\n",
                     qPrintable(userMessage(error, QStringLiteral("failed (%1)."))));
        return 1;
    }
    return 0;
}
