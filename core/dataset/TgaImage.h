#pragma once

#include <QByteArray>
#include <QImage>

namespace lift3d {

// Decodes a Truevision TGA picture, the texture format of Quake 3 era games: colour-mapped (8-bit
// indices into a 15/16/24/32-bit palette), true-colour (15/16/24/32 bits) and greyscale (8 bits),
// each uncompressed or run-length encoded (image types 1, 2, 3, 9, 10, 11), either row order.
// Qt's own TGA reader takes only the uncompressed kinds, and most game textures are RLE. Returns
// Format_RGBA8888. Throws Error(CorruptImage) on anything malformed or unsupported (never reads
// past the bytes given, refuses images over 8192 pixels a side).
QImage decodeTga(const QByteArray& bytes);

} // namespace lift3d
