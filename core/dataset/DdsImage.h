#pragma once

#include <QByteArray>
#include <QImage>

namespace lift3d {

// Decodes the top mipmap level of a DirectDraw Surface file: BC1 (DXT1, with its 1-bit alpha),
// BC2 (DXT3), BC3 (DXT5) through libsquish, and uncompressed 24/32-bit RGB(A) given by channel
// masks. Returns Format_RGBA8888. Throws Error(CorruptImage) for anything else or for a file
// shorter than its header says (never reads past the bytes given).
QImage decodeDds(const QByteArray& bytes);

} // namespace lift3d
