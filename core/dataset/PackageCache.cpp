#include "core/dataset/PackageCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace lift3d {
namespace {

// Runs a tool to completion; returns its failure (stderr, or why it did not start), else empty.
QString runTool(const QString& program, const QStringList& arguments,
                const QString& workingDirectory = {}, QByteArray* output = nullptr) {
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return QStringLiteral("cannot run %1 (%2)").arg(program, process.errorString());
    process.waitForFinished(-1);
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, arguments.join(QLatin1Char(' ')),
                 error.isEmpty() ? QStringLiteral("exit code %1").arg(process.exitCode())
                                 : error.section(QLatin1Char('\n'), -3));
    }
    return {};
}

bool removeTree(const QString& path) {
    QDir folder(path);
    return !folder.exists() || folder.removeRecursively();
}

} // namespace

PackageCache::PackageCache(const QString& cacheRoot, PackageTools tools)
    : m_root(cacheRoot), m_tools(std::move(tools)) {}

QString PackageCache::defaultRoot() {
    const QString fromEnvironment = qEnvironmentVariable("LIFT3D_PACKAGE_CACHE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::home().filePath(QStringLiteral(".cache/lift3d/packages"));
}

QString PackageCache::unpackedRoot(const QString& name) const {
    const QString root = QDir(m_root).filePath(QStringLiteral("root/") + name);
    return QFileInfo(root).isDir() ? root : QString();
}

qint64 PackageCache::downloadSize(const QString& name) const {
    QByteArray output;
    if (!runTool(m_tools.aptCache,
                 {QStringLiteral("show"), QStringLiteral("--no-all-versions"), name}, {}, &output)
             .isEmpty())
        return 0;
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith("Size:"))
            return line.mid(5).trimmed().toLongLong();
    return 0;
}

FetchedPackage PackageCache::fetchOne(const QString& name, QString& failure) const {
    FetchedPackage result{name, {}, {}};
    const QDir cache(m_root);
    const QString debs = cache.filePath(QStringLiteral("debs"));
    const QString partialDownload = cache.filePath(QStringLiteral("debs/.partial-") + name);
    if (!QDir().mkpath(debs) || !QDir().mkpath(cache.filePath(QStringLiteral("root")))) {
        failure = QStringLiteral("cannot create %1").arg(debs);
        return result;
    }

    // A finished download is kept until it is unpacked; a half-written one is never trusted.
    auto downloaded = [&] {
        const QStringList found =
            QDir(debs).entryList({name + QStringLiteral("_*.deb")}, QDir::Files, QDir::Name);
        return found.isEmpty() ? QString() : QDir(debs).filePath(found.last());
    };
    QString deb = downloaded();
    if (deb.isEmpty()) {
        removeTree(partialDownload);
        QDir().mkpath(partialDownload);
        failure = runTool(m_tools.aptGet, {QStringLiteral("download"), name}, partialDownload);
        const QStringList got = QDir(partialDownload).entryList({QStringLiteral("*.deb")});
        if (failure.isEmpty() && got.size() != 1)
            failure = QStringLiteral("apt-get download %1 gave no .deb").arg(name);
        if (!failure.isEmpty()) {
            removeTree(partialDownload);
            return result;
        }
        deb = QDir(debs).filePath(got.first());
        if (!QFile::rename(QDir(partialDownload).filePath(got.first()), deb)) {
            failure = QStringLiteral("cannot move the download into %1").arg(debs);
            removeTree(partialDownload);
            return result;
        }
        removeTree(partialDownload);
    }

    const QString target = cache.filePath(QStringLiteral("root/") + name);
    const QString partialTree = cache.filePath(QStringLiteral("root/.partial-") + name);
    removeTree(partialTree);
    failure = runTool(m_tools.dpkgDeb, {QStringLiteral("-x"), deb, partialTree});
    if (failure.isEmpty() && !QDir().rename(partialTree, target))
        failure = QStringLiteral("cannot move the unpacked tree to %1").arg(target);
    if (!failure.isEmpty()) {
        removeTree(partialTree);
        return result;
    }
    QFile::remove(deb);
    result.root = target;
    return result;
}

std::vector<FetchedPackage>
PackageCache::fetch(const QStringList& names,
                    const std::function<void(const PackageFetchProgress&)>& progress,
                    const std::atomic<bool>* cancel) const {
    QElapsedTimer timer;
    timer.start();
    PackageFetchProgress state;
    state.packagesTotal = int(names.size());
    std::vector<qint64> sizes;
    for (const QString& name : names) {
        sizes.push_back(unpackedRoot(name).isEmpty() ? downloadSize(name) : 0);
        state.bytesTotal += sizes.back();
    }
    auto report = [&](const QString& package, const QString& stage) {
        state.package = package;
        state.stage = stage;
        state.elapsedSeconds = double(timer.elapsed()) / 1000.0;
        if (progress)
            progress(state);
    };

    std::vector<FetchedPackage> results;
    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names[i];
        if (cancel && cancel->load()) {
            results.push_back({name, {}, QStringLiteral("cancelled")});
            continue;
        }
        const QString existing = unpackedRoot(name);
        if (!existing.isEmpty()) {
            results.push_back({name, existing, {}});
            ++state.packagesDone;
            report(name, QStringLiteral("cached"));
            continue;
        }
        report(name, QStringLiteral("download"));
        QString failure;
        FetchedPackage fetched = fetchOne(name, failure);
        fetched.failure = failure;
        state.bytesDone += sizes[std::size_t(i)];
        ++state.packagesDone;
        report(name, failure.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed"));
        results.push_back(fetched);
    }
    return results;
}

} // namespace lift3d
