#include "core/dataset/ObjectSource.h"

namespace lift3d {

QString splitKeyOf(const SourceObject& object) {
    // The first dataset was Sweet Home 3D alone, split by catalog id: keeping those keys keeps
    // every furniture object in the split it has always been in.
    if (object.source == QLatin1String("sh3d"))
        return object.id;
    return object.source + QLatin1Char('/') + object.id;
}

} // namespace lift3d
