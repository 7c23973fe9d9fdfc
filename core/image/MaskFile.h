#pragma once
// The user's object mask as a file: read for `lift3d-cli --mask`, written for `--save-mask`.

#include <QImage>
#include <QSize>
#include <QString>

namespace lift3d {

// Reads the mask for a picture whose size in its file is `expectedSize` (as an image editor shows
// it: EXIF orientation applied, before Lift3D's downscaling; loadImage's `originalSize`). Any
// format Qt reads; the mask file's own EXIF orientation is applied. Which channel is the mask:
// - no transparency (no alpha channel, or every pixel opaque): the grey value, white = object;
// - transparency on pixels of one colour (a single-colour layer, as editors export a selection;
//   a small tolerance for lossy formats): the alpha, opaque = object;
// - transparency and varying colours: ambiguous, refused.
// Returns Format_Grayscale8 of `expectedSize`, 255 = object, soft edges kept (>= 128 counts as
// object). The size is checked from the file's header before decoding, so an oversized file is
// refused without being decoded; masks beyond Qt's allocation limit (128 MB by default: 128
// megapixels as 8-bit grey, a quarter of that as RGB) are refused too. Throws Error with kind
// FileNotFound, FileNotReadable, EmptyFile, NotAnImage, CorruptImage or ImageTooLarge for the
// file, InvalidArgument for another size (both sizes named) or an ambiguous mask, and
// NoObjectFound for a mask that marks nothing.
QImage readMaskFile(const QString& path, QSize expectedSize);

// Writes `mask` (any format; its grey value is written) as an 8-bit greyscale PNG, 255 = object.
// The PNG goes to a temporary file beside `path` that replaces `path` only once complete, so a
// failure never leaves a partial file. Throws Error with kind InvalidArgument (no mask, or `path`
// is a folder), DirectoryNotFound, DirectoryNotWritable, ImageTooLarge (larger than readMaskFile
// reads back) or WriteFailed (disk full, I/O error).
void writeMaskFile(const QString& path, const QImage& mask);

// `mask` resampled to `size` with smooth edges, Format_Grayscale8: between a mask file's size
// and the size loadImage decoded the picture at, in either direction.
QImage resizeMask(const QImage& mask, QSize size);

} // namespace lift3d
