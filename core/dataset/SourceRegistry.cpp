#include "core/dataset/SourceRegistry.h"

#include "core/dataset/PackageCache.h"
#include "core/dataset/sources/FlightGearSource.h"
#include "core/dataset/sources/GamePackSource.h"
#include "core/dataset/sources/ProceduralSource.h"
#include "core/dataset/sources/SweetHome3DDefaultCatalogSource.h"
#include "core/dataset/sources/SweetHome3DSource.h"
#include "core/dataset/sources/ZeroADSource.h"

namespace lift3d {
namespace {

const QStringList flightGearPackages{QStringLiteral("flightgear-data-base"),
                                     QStringLiteral("flightgear-data-ai"),
                                     QStringLiteral("flightgear-data-models")};

QStringList packagesOf(const QString& source) {
    if (source == QLatin1String("sh3d"))
        return {QStringLiteral("sweethome3d-furniture")};
    if (source == QLatin1String("sh3d-default"))
        return {QStringLiteral("sweethome3d")};
    if (source == QLatin1String("flightgear"))
        return flightGearPackages;
    if (source == QLatin1String("0ad"))
        return {QStringLiteral("0ad-data")};
    for (const GamePackDescription& pack : gamePackDescriptions())
        if (pack.name == source)
            return {pack.package};
    return {}; // procedural: made here
}

// Opens one source; throws (with what is missing) when its data is not there.
std::shared_ptr<const ObjectSource> openSource(const QString& source, const PackageCache& cache,
                                               int proceduralCount) {
    if (source == QLatin1String("procedural"))
        return std::make_shared<ProceduralSource>(proceduralCount);
    QStringList roots;
    for (const QString& package : packagesOf(source))
        if (!cache.unpackedRoot(package).isEmpty())
            roots << cache.unpackedRoot(package);
    if (roots.isEmpty())
        throw std::runtime_error(QStringLiteral("its package (%1) is not in the cache")
                                     .arg(packagesOf(source).join(QStringLiteral(", ")))
                                     .toStdString());
    if (source == QLatin1String("sh3d"))
        return std::make_shared<SweetHome3DSource>(SweetHome3DSource::catalogsIn(roots.first()));
    if (source == QLatin1String("sh3d-default"))
        return std::make_shared<SweetHome3DDefaultCatalogSource>(roots.first());
    if (source == QLatin1String("flightgear"))
        return std::make_shared<FlightGearSource>(roots);
    if (source == QLatin1String("0ad"))
        return std::make_shared<ZeroADSource>(roots.first());
    for (const GamePackDescription& pack : gamePackDescriptions())
        if (pack.name == source)
            return std::make_shared<GamePackSource>(pack, roots.first());
    throw std::runtime_error("unknown source");
}

} // namespace

QStringList knownSourceNames() {
    QStringList names{QStringLiteral("sh3d"), QStringLiteral("sh3d-default"),
                      QStringLiteral("flightgear"), QStringLiteral("0ad")};
    for (const GamePackDescription& pack : gamePackDescriptions())
        names << pack.name;
    names << QStringLiteral("procedural");
    return names;
}

QStringList packagesOfSources(const QStringList& sourceNames) {
    QStringList packages;
    for (const QString& source : sourceNames)
        for (const QString& package : packagesOf(source))
            if (!packages.contains(package))
                packages << package;
    return packages;
}

OpenedSources openSources(const QStringList& sourceNames, const PackageCache& cache,
                          int proceduralCount) {
    OpenedSources opened;
    for (const QString& source : sourceNames) {
        try {
            opened.sources.push_back(openSource(source, cache, proceduralCount));
        } catch (const std::exception& error) {
            opened.problems << QStringLiteral("%1: %2").arg(source,
                                                            QString::fromUtf8(error.what()));
        }
    }
    return opened;
}

} // namespace lift3d
