#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace lift3d {

// The commands PackageCache runs; tests point them at fakes.
struct PackageTools {
    QString aptGet = QStringLiteral("apt-get");     // `apt-get download NAME` into the cwd
    QString aptCache = QStringLiteral("apt-cache"); // `apt-cache show --no-all-versions NAME`
    QString dpkgDeb = QStringLiteral("dpkg-deb");   // `dpkg-deb -x FILE DIR`
};

struct PackageFetchProgress {
    QString package;
    QString stage; // "download" (and unpack), then "done" or "failed"; or "cached"
    int packagesDone = 0, packagesTotal = 0;
    qint64 bytesDone = 0, bytesTotal = 0; // download sizes as apt-cache gives them
    double elapsedSeconds = 0.0;
};

struct FetchedPackage {
    QString name;
    QString root;    // the unpacked tree (as `dpkg -x` makes it); empty when it failed
    QString failure; // why it could not be had; empty on success
};

// Debian data packages fetched for the dataset without installing anything and without root:
// `apt-get download` into <cache>/debs, `dpkg-deb -x` into <cache>/root/<name>. A package is
// unpacked into a hidden sibling folder first and renamed when complete, so an interrupted
// fetch leaves nothing that looks finished and the next run starts that package again; the
// .deb is deleted once unpacked (the unpacked tree is what sources read; this halves the disk).
class PackageCache {
public:
    explicit PackageCache(const QString& cacheRoot, PackageTools tools = {});

    const QString& cacheRoot() const { return m_root; }
    // The unpacked tree of `name`, or empty when it has not been fetched completely.
    QString unpackedRoot(const QString& name) const;

    // Fetches every package of `names` not already unpacked, in order. A package that cannot be
    // had (unknown, network down, disk full) is reported in its FetchedPackage and the others go
    // on. `progress` is called on this thread; `cancel` stops between packages.
    std::vector<FetchedPackage>
    fetch(const QStringList& names,
          const std::function<void(const PackageFetchProgress&)>& progress,
          const std::atomic<bool>* cancel = nullptr) const;

    // The default location: $LIFT3D_PACKAGE_CACHE, else ~/.cache/lift3d/packages.
    static QString defaultRoot();

private:
    FetchedPackage fetchOne(const QString& name, QString& failureLog) const;
    qint64 downloadSize(const QString& name) const;

    QString m_root;
    PackageTools m_tools;
};

} // namespace lift3d
