#include "core/dataset/DataSplit.h"

namespace lift3d {

std::uint32_t fnv1a32(const QByteArray& bytes) {
    std::uint32_t hash = 2166136261u;
    for (char byte : bytes) {
        hash ^= std::uint8_t(byte);
        hash *= 16777619u;
    }
    return hash;
}

Split splitOf(const QString& catalogId) {
    switch (fnv1a32(catalogId.toUtf8()) % 10) {
    case 0:
        return Split::Test;
    case 1:
        return Split::Validation;
    default:
        return Split::Train;
    }
}

Split splitOfObject(const QString& source, const QString& splitKey,
                    const QStringList& heldOutSources) {
    return heldOutSources.contains(source) ? Split::Unseen : splitOf(splitKey);
}

QString splitName(Split split) {
    switch (split) {
    case Split::Train:
        return QStringLiteral("train");
    case Split::Validation:
        return QStringLiteral("validation");
    case Split::Test:
        return QStringLiteral("test");
    case Split::Unseen:
        return QStringLiteral("unseen");
    }
    return {};
}

} // namespace lift3d
