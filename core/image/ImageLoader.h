#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace lift3d {

struct ImageLoadOptions {
    // The decoded image is at most this many pixels on its longest side. Formats whose decoder
    // can scale while decoding (PNG, JPEG) never hold the full-size image in memory.
    int maxSide = 1024;
};

// Reads an image file in any format Qt reads, applies its EXIF orientation and downscales it
// while decoding. Returns Format_RGBA8888 (alpha 255 where the file has no alpha channel).
// Throws Error with kind FileNotFound, FileNotReadable, EmptyFile, NotAnImage, CorruptImage or
// ImageTooLarge, each with a sentence that says what to do. `originalSize`, when given, receives
// the picture's size in the file as an image editor shows it: EXIF orientation applied, before
// downscaling (what a mask file for this picture must match, core/image/MaskFile.h).
QImage loadImage(const QString& path, const ImageLoadOptions& options = {},
                 QSize* originalSize = nullptr);

// The same for bytes already in memory (pasted or dragged from a browser). `description`
// names the source in error messages.
QImage decodeImage(const QByteArray& bytes, const QString& description,
                   const ImageLoadOptions& options = {});

// Whether the image has an alpha channel that marks some pixels transparent (a cut-out).
bool hasMeaningfulAlpha(const QImage& rgba);

} // namespace lift3d
