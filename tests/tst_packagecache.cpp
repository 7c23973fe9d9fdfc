// Fetching the dataset's Debian packages: apt-get download + dpkg-deb -x into a cache, with
// fakes for apt-get and apt-cache (shell scripts the test writes) and real .deb files the test
// builds with dpkg-deb.
#include "core/dataset/PackageCache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lift3d;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes, bool executable = false) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return true;
}

// A real binary package holding one data file.
bool buildDeb(const QString& folder, const QString& name, const QByteArray& data) {
    const QString tree = QDir(folder).filePath(name + QStringLiteral("-tree"));
    if (!writeFile(tree + QStringLiteral("/DEBIAN/control"),
                   QStringLiteral("Package: %1\nVersion: 1.0-1\nArchitecture: all\nMaintainer: "
                                  "Test <t@example.org>\nDescription: test data\n")
                       .arg(name)
                       .toUtf8()) ||
        !writeFile(tree + QStringLiteral("/usr/share/%1/data.txt").arg(name), data))
        return false;
    QProcess dpkg;
    dpkg.start(QStringLiteral("dpkg-deb"),
               {QStringLiteral("--build"), tree,
                QDir(folder).filePath(name + QStringLiteral("_1.0-1_all.deb"))});
    return dpkg.waitForFinished(60000) && dpkg.exitCode() == 0;
}

} // namespace

class TestPackageCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_folder.isValid());
        m_repository = m_folder.filePath(QStringLiteral("repository"));
        QVERIFY(buildDeb(m_repository, QStringLiteral("alpha-data"), "alpha"));
        QVERIFY(buildDeb(m_repository, QStringLiteral("beta-data"), "beta"));
        // apt-get download NAME: copies NAME_*.deb into the working directory, counting calls.
        m_tools.aptGet = m_folder.filePath(QStringLiteral("apt-get"));
        QVERIFY(writeFile(m_tools.aptGet,
                          QStringLiteral("#!/bin/sh\necho \"$2\" >> %1/calls\n"
                                         "cp %1/\"$2\"_*.deb . 2>/dev/null || { echo \"E: Unable "
                                         "to locate package $2\" >&2; exit 100; }\n")
                              .arg(m_repository)
                              .toUtf8(),
                          true));
        m_tools.aptCache = m_folder.filePath(QStringLiteral("apt-cache"));
        QVERIFY(writeFile(m_tools.aptCache, "#!/bin/sh\necho \"Package: $3\"\necho 'Size: 1000'\n",
                          true));
    }

    void fetchesUnpacksAndReportsTheMissingOne() {
        const PackageCache cache(m_folder.filePath(QStringLiteral("cache-a")), m_tools);
        QVERIFY(cache.unpackedRoot(QStringLiteral("alpha-data")).isEmpty());
        QStringList stages;
        const auto fetched =
            cache.fetch({QStringLiteral("alpha-data"), QStringLiteral("no-such-data"),
                         QStringLiteral("beta-data")},
                        [&](const PackageFetchProgress& p) {
                            stages << p.package + QLatin1Char(':') + p.stage;
                            QVERIFY(p.packagesDone <= p.packagesTotal);
                            QVERIFY(p.bytesDone <= p.bytesTotal);
                        });
        QCOMPARE(fetched.size(), std::size_t(3));
        QVERIFY(fetched[0].failure.isEmpty());
        QVERIFY2(fetched[1].failure.contains(QStringLiteral("Unable to locate")),
                 qPrintable(fetched[1].failure));
        QVERIFY(fetched[1].root.isEmpty());
        QVERIFY(fetched[2].failure.isEmpty()); // the failure did not stop the rest
        QFile data(fetched[2].root + QStringLiteral("/usr/share/beta-data/data.txt"));
        QVERIFY(data.open(QIODevice::ReadOnly));
        QCOMPARE(data.readAll(), QByteArray("beta"));
        QCOMPARE(cache.unpackedRoot(QStringLiteral("alpha-data")), fetched[0].root);
        QVERIFY(stages.contains(QStringLiteral("no-such-data:failed")));
        QVERIFY(stages.contains(QStringLiteral("alpha-data:done")));
        // Unpacked packages keep no .deb and leave no partial folders behind.
        const QDir cacheDir(cache.cacheRoot());
        QVERIFY(QDir(cacheDir.filePath(QStringLiteral("debs")))
                    .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
        QCOMPARE(QDir(cacheDir.filePath(QStringLiteral("root")))
                     .entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("alpha-data"), QStringLiteral("beta-data")}));
    }

    void secondRunFetchesNothing() {
        const PackageCache cache(m_folder.filePath(QStringLiteral("cache-b")), m_tools);
        QFile::remove(m_repository + QStringLiteral("/calls"));
        cache.fetch({QStringLiteral("alpha-data")}, {});
        QStringList stages;
        const auto again = cache.fetch({QStringLiteral("alpha-data")},
                                       [&](const PackageFetchProgress& p) { stages << p.stage; });
        QVERIFY(again[0].failure.isEmpty());
        QCOMPARE(stages, QStringList({QStringLiteral("cached")}));
        QFile calls(m_repository + QStringLiteral("/calls"));
        QVERIFY(calls.open(QIODevice::ReadOnly));
        QCOMPARE(calls.readAll(), QByteArray("alpha-data\n")); // downloaded once
    }

    void interruptedUnpackIsRedone() {
        // What a killed run leaves: a partial tree and a finished download not yet unpacked.
        const QString root = m_folder.filePath(QStringLiteral("cache-c"));
        QVERIFY(writeFile(root + QStringLiteral("/root/.partial-beta-data/usr/half"), "x"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/debs")));
        QVERIFY(QFile::copy(m_repository + QStringLiteral("/beta-data_1.0-1_all.deb"),
                            root + QStringLiteral("/debs/beta-data_1.0-1_all.deb")));
        const PackageCache cache(root, m_tools);
        QVERIFY(cache.unpackedRoot(QStringLiteral("beta-data")).isEmpty());
        QFile::remove(m_repository + QStringLiteral("/calls"));
        const auto fetched = cache.fetch({QStringLiteral("beta-data")}, {});
        QVERIFY(fetched[0].failure.isEmpty());
        QVERIFY(!QFile::exists(m_repository + QStringLiteral("/calls"))); // no new download
        QVERIFY(QFile::exists(fetched[0].root + QStringLiteral("/usr/share/beta-data/data.txt")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/root/.partial-beta-data")));
    }

    void cancelStopsBeforeTheNextPackage() {
        const PackageCache cache(m_folder.filePath(QStringLiteral("cache-d")), m_tools);
        std::atomic<bool> cancel{true};
        const auto fetched = cache.fetch({QStringLiteral("alpha-data")}, {}, &cancel);
        QCOMPARE(fetched[0].failure, QStringLiteral("cancelled"));
        QVERIFY(cache.unpackedRoot(QStringLiteral("alpha-data")).isEmpty());
    }

private:
    QTemporaryDir m_folder;
    QString m_repository;
    PackageTools m_tools;
};

QTEST_GUILESS_MAIN(TestPackageCache)
#include "tst_packagecache.moc"
