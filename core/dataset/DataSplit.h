#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>

namespace lift3d {

// Unseen: every object of a source held out whole (the unseen-source test), never trained or
// tuned on, whatever its hash.
enum class Split { Train, Validation, Test, Unseen };

// FNV-1a, 32 bits, over the bytes given.
std::uint32_t fnv1a32(const QByteArray& bytes);

// The split of a Sweet Home 3D catalog object, decided by object and never by view:
// FNV-1a-32 of the catalog id (the `id#N` value, UTF-8) mod 10 == 0 is Test, == 1 is
// Validation, anything else Train (docs/architecture.md, "Data split").
Split splitOf(const QString& catalogId);

// The split of any object: Unseen when its source is held out, else splitOf(splitKey), where the
// key is a Sweet Home 3D catalog id or "<source>/<id>" (ObjectSource.h, splitKeyOf).
Split splitOfObject(const QString& source, const QString& splitKey,
                    const QStringList& heldOutSources);

// "train", "validation", "test", "unseen".
QString splitName(Split split);

} // namespace lift3d
