// lift3d-data: fetches the Debian packages the dataset comes from (apt-get download + dpkg-deb
// into its own cache: nothing is installed) and builds Lift3D's training/evaluation dataset.
#include "core/UserMessage.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/dataset/DatasetSummary.h"
#include "core/dataset/PackageCache.h"
#include "core/dataset/ShapeDataset.h"
#include "core/dataset/SourceRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace lift3d;

namespace {

QString formatDuration(double seconds) {
    const int s = int(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10,
                                                                  QLatin1Char('0'))
                     : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void printBar(double fraction, const QString& text, double elapsed, double eta) {
    const int width = 30;
    const int filled = std::clamp(int(width * fraction), 0, width);
    std::fprintf(stderr, "\r[%s%s] %s  elapsed %s  ETA %s   ", QByteArray(filled, '#').constData(),
                 QByteArray(width - filled, '.').constData(), qPrintable(text),
                 qPrintable(formatDuration(elapsed)), qPrintable(formatDuration(eta)));
    std::fflush(stderr);
}

// Fetches what the sources need; returns false when nothing at all could be had.
void fetchPackages(const PackageCache& cache, const QStringList& packages) {
    std::fprintf(stderr, "Fetching %lld packages into %s\n", qlonglong(packages.size()),
                 qPrintable(QDir::toNativeSeparators(cache.cacheRoot())));
    const auto fetched = cache.fetch(packages, [](const PackageFetchProgress& p) {
        const double fraction = p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal)
                                                 : double(p.packagesDone) / p.packagesTotal;
        const double eta = fraction > 0.01 ? p.elapsedSeconds * (1.0 - fraction) / fraction : 0.0;
        printBar(fraction,
                 QStringLiteral("%1/%2 %3 %4")
                     .arg(p.packagesDone)
                     .arg(p.packagesTotal)
                     .arg(p.package, p.stage),
                 p.elapsedSeconds, eta);
    });
    std::fprintf(stderr, "\n");
    for (const FetchedPackage& package : fetched)
        if (!package.failure.isEmpty())
            std::fprintf(stderr, "could not fetch %s (%s); going on without it\n",
                         qPrintable(package.name), qPrintable(package.failure));
}

int writeSheets(const QString& datasetRoot, const QString& folder) {
    const ShapeDataset dataset(datasetRoot);
    QDir().mkpath(folder);
    QStringList sources;
    for (const DatasetObject& object : dataset.objects())
        if (!sources.contains(object.source))
            sources << object.source;
    sources << QStringLiteral("tabletop");
    for (const QString& source : sources) {
        const QString path = QDir(folder).filePath(QStringLiteral("sheet-%1.png").arg(source));
        const QImage sheet = source == QLatin1String("tabletop")
                                 ? tabletopContactSheet(dataset)
                                 : sourceContactSheet(dataset, source);
        if (sheet.isNull())
            continue;
        if (!sheet.save(path))
            throw std::runtime_error(QStringLiteral("cannot write %1").arg(path).toStdString());
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lift3d-data"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fetches the Debian packages Lift3D's dataset comes from into a cache "
                       "(no root, nothing installed) and builds the dataset. Resumes an "
                       "interrupted fetch or build. Sources: %1.")
            .arg(knownSourceNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("output"),
         QStringLiteral("Dataset folder (default: %1).").arg(ShapeDataset::defaultRoot()),
         QStringLiteral("dir"), ShapeDataset::defaultRoot()},
        {QStringLiteral("cache"),
         QStringLiteral("Package cache (default: %1).").arg(PackageCache::defaultRoot()),
         QStringLiteral("dir"), PackageCache::defaultRoot()},
        {QStringLiteral("sources"),
         QStringLiteral("Comma-separated sources to use (default: all)."), QStringLiteral("list")},
        {QStringLiteral("hold-out"),
         QStringLiteral("Comma-separated sources kept whole for the unseen-source test, never "
                        "trained on (default: redeclipse, and the GPL-2-only packs gl117, "
                        "crrcsim and brutalchess, whose models may not flow into a GPL-3 "
                        "model)."),
         QStringLiteral("list"), QStringLiteral("redeclipse,gl117,crrcsim,brutalchess")},
        {QStringLiteral("procedural"),
         QStringLiteral("Procedural everyday forms to generate (default 1500)."),
         QStringLiteral("n"), QStringLiteral("1500")},
        {QStringLiteral("views"), QStringLiteral("Training renders per object (default 24)."),
         QStringLiteral("n"), QStringLiteral("24")},
        {QStringLiteral("eval-views"),
         QStringLiteral("Evaluation renders per validation/test/unseen object (default 4)."),
         QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("tabletop-views"),
         QStringLiteral("Tabletop scenes per training object (default 2)."), QStringLiteral("n"),
         QStringLiteral("2")},
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default: one per core)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("limit"),
         QStringLiteral("Build only the first n objects of each source (quick checks)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("no-fetch"), QStringLiteral("Use only packages already in the cache.")},
        {QStringLiteral("fetch-only"), QStringLiteral("Fetch the packages, build nothing.")},
        {QStringLiteral("summary"),
         QStringLiteral("Print the dataset's tables (Markdown) and build nothing.")},
        {QStringLiteral("credits"),
         QStringLiteral("Print every source's credit line (package, authors, licence) and build "
                        "nothing.")},
        {QStringLiteral("sheets"),
         QStringLiteral("Write a contact sheet per source into dir and build nothing."),
         QStringLiteral("dir")},
    });
    parser.process(app);
    const QString output = parser.value(QStringLiteral("output"));

    try {
        if (parser.isSet(QStringLiteral("summary"))) {
            std::printf("%s", qPrintable(datasetSummaryMarkdown(ShapeDataset(output))));
            return 0;
        }
        if (parser.isSet(QStringLiteral("sheets")))
            return writeSheets(output, parser.value(QStringLiteral("sheets")));

        QStringList names = knownSourceNames();
        if (parser.isSet(QStringLiteral("sources")))
            names =
                parser.value(QStringLiteral("sources")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& name : names)
            if (!knownSourceNames().contains(name)) {
                std::fprintf(stderr, "lift3d-data: unknown source %s (known: %s)\n",
                             qPrintable(name),
                             qPrintable(knownSourceNames().join(QStringLiteral(", "))));
                return 2;
            }
        const PackageCache cache(parser.value(QStringLiteral("cache")));
        if (parser.isSet(QStringLiteral("credits"))) {
            const OpenedSources opened = openSources(names, cache, 0);
            for (const auto& source : opened.sources)
                std::printf("%s: %s\n\n", qPrintable(source->name()), qPrintable(source->credit()));
            for (const QString& problem : opened.problems)
                std::fprintf(stderr, "left out %s\n", qPrintable(problem));
            return 0;
        }
        if (!parser.isSet(QStringLiteral("no-fetch")))
            fetchPackages(cache, packagesOfSources(names));
        if (parser.isSet(QStringLiteral("fetch-only")))
            return 0;

        const OpenedSources opened =
            openSources(names, cache, parser.value(QStringLiteral("procedural")).toInt());
        for (const QString& problem : opened.problems)
            std::fprintf(stderr, "left out %s\n", qPrintable(problem));
        if (opened.sources.empty()) {
            std::fprintf(stderr, "lift3d-data: no source could be opened; nothing to build.\n");
            return 1;
        }

        DatasetBuildOptions options;
        options.sources = opened.sources;
        options.heldOutSources =
            parser.value(QStringLiteral("hold-out")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& name : options.heldOutSources)
            if (!knownSourceNames().contains(name)) {
                // A typo here would train on what was meant to be held out.
                std::fprintf(stderr, "lift3d-data: unknown source %s in --hold-out (known: %s)\n",
                             qPrintable(name),
                             qPrintable(knownSourceNames().join(QStringLiteral(", "))));
                return 2;
            }
        options.outputRoot = output;
        options.viewsPerObject = parser.value(QStringLiteral("views")).toInt();
        options.evalViewsPerObject = parser.value(QStringLiteral("eval-views")).toInt();
        options.tabletopViewsPerObject = parser.value(QStringLiteral("tabletop-views")).toInt();
        options.threads = parser.value(QStringLiteral("threads")).toInt();
        options.limitPerSource = parser.value(QStringLiteral("limit")).toInt();

        const DatasetBuildReport report = buildDataset(options, [](const DatasetBuildProgress& p) {
            const int worked = p.done - p.resumed;
            const double perObject = worked > 0 ? p.elapsedSeconds / worked : 0.0;
            printBar(p.total ? double(p.done) / p.total : 1.0,
                     QStringLiteral("%1/%2  failed %3").arg(p.done).arg(p.total).arg(p.failed),
                     p.elapsedSeconds, perObject * (p.total - p.done));
        });
        std::fprintf(stderr, "\n");
        for (const QString& failure : report.failures)
            std::fprintf(stderr, "skipped %s\n", qPrintable(failure));
        std::printf("built %d, resumed %d, failed %d, duplicates dropped %d, without inside "
                    "dropped %d in %s; dataset at %s\n",
                    report.built, report.resumed, report.failed, report.duplicates,
                    report.withoutInside, qPrintable(formatDuration(report.seconds)),
                    qPrintable(QDir::toNativeSeparators(output)));
    } catch (const std::exception& error) {
        // A developer tool: its own wording stays English (see core/UserMessage.h).
        std::fprintf(stderr, "lift3d-data: %s\n",
                     qPrintable(userMessage(error, QStringLiteral("failed (%1)."))));
        return 1;
    }
    return 0;
}
