#pragma once

#include <QString>
#include <cstdint>

namespace lift3d {

enum class Split { Train, Validation, Test };

// FNV-1a, 32 bits, over the bytes given.
std::uint32_t fnv1a32(const QByteArray& bytes);

// The split of a Sweet Home 3D catalog object, decided by object and never by view:
// FNV-1a-32 of the catalog id (the `id#N` value, UTF-8) mod 10 == 0 is Test, == 1 is
// Validation, anything else Train (docs/architecture.md, "Data split").
Split splitOf(const QString& catalogId);

// "train", "validation", "test".
QString splitName(Split split);

} // namespace lift3d
