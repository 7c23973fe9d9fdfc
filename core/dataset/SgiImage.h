#pragma once

#include <QByteArray>
#include <QImage>

namespace lift3d {

// Decodes an SGI image (.rgb, .rgba, .sgi, .bw: magic 474, 8 bits per channel, verbatim or RLE,
// 1 to 4 channels), the texture format of older FlightGear models. Rows are stored bottom-up;
// the result is top-down, Format_RGBA8888. Throws Error(CorruptImage) on anything malformed
// (never reads past the bytes given, refuses images over 8192 pixels a side).
QImage decodeSgi(const QByteArray& bytes);

} // namespace lift3d
