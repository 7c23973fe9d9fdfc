#pragma once

#include "core/dataset/ObjectSource.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace lift3d {

class PackageCache;

// Every source Lift3D knows, in the order the dataset lists them (which decides, among objects
// with the same geometry, the one kept): "sh3d" first, so furniture keys never move.
QStringList knownSourceNames();

// The Debian packages the named sources read (each once).
QStringList packagesOfSources(const QStringList& sourceNames);

struct OpenedSources {
    std::vector<std::shared_ptr<const ObjectSource>> sources;
    QStringList problems; // "source: why it is left out" (its package missing, its data damaged)
};

// Opens the named sources over the packages unpacked in `cache`; a source whose data is
// missing is reported in `problems` and left out, the others go on. `proceduralCount` objects
// for "procedural".
OpenedSources openSources(const QStringList& sourceNames, const PackageCache& cache,
                          int proceduralCount);

} // namespace lift3d
