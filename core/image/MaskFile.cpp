#include "core/image/MaskFile.h"

#include "core/Error.h"
#include "core/UserMessage.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>

namespace lift3d {
namespace {

// As in ImageLoader.cpp: beyond this many declared pixels a file is refused rather than decoded,
// even when Qt's own allocation limit is switched off.
constexpr qint64 maxDeclaredPixels = qint64(1) << 30;

// Pixels of one colour in a lossy file (WebP) differ by a few levels.
constexpr int uniformColourTolerance = 16;

// Whether decoding `size` pixels at `bitsPerPixel` (0: not known, taken as 32) goes beyond
// Qt's allocation limit, or beyond maxDeclaredPixels.
bool exceedsAllocationLimit(QSize size, int bitsPerPixel) {
    const qint64 pixels = qint64(size.width()) * size.height();
    const qint64 bytes = pixels * (bitsPerPixel > 0 ? std::max(bitsPerPixel, 8) : 32) / 8;
    const qint64 limitMb = QImageReader::allocationLimit();
    return pixels > maxDeclaredPixels || (limitMb > 0 && bytes > limitMb * 1024 * 1024);
}

[[noreturn]] void throwTooLarge(const QString& name, QSize size) {
    throw Error(ErrorKind::ImageTooLarge,
                tr("The mask %1 is too large to open (%2 x %3 pixels). Save it as an 8-bit "
                   "greyscale PNG, or use a smaller picture and mask.")
                    .arg(name)
                    .arg(size.width())
                    .arg(size.height()));
}

void checkSize(const QString& name, QSize size, QSize expected) {
    if (size == expected)
        return;
    if (size == expected.transposed())
        throw Error(ErrorKind::InvalidArgument,
                    tr("The mask %1 is %2 x %3 pixels, on its side against the picture (%4 x %5 as "
                       "an image editor shows it, camera orientation applied). Turn the mask to "
                       "match the picture.")
                        .arg(name)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(expected.width())
                        .arg(expected.height()));
    throw Error(ErrorKind::InvalidArgument,
                tr("The mask %1 is %2 x %3 pixels but the picture is %4 x %5. Make the mask the "
                   "size of the picture as an image editor shows it.")
                    .arg(name)
                    .arg(size.width())
                    .arg(size.height())
                    .arg(expected.width())
                    .arg(expected.height()));
}

// The rule of MaskFile.h, "Which channel is the mask".
QImage maskFromImage(const QImage& decoded, const QString& name) {
    const QImage image = decoded.convertToFormat(QImage::Format_ARGB32);
    bool transparent = false;
    int low[3] = {255, 255, 255}, high[3] = {0, 0, 0};
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int alpha = qAlpha(row[x]);
            transparent = transparent || alpha < 255;
            // Colours of nearly transparent pixels are noise (or undefined, once premultiplied).
            if (alpha < 64)
                continue;
            const int channels[3] = {qRed(row[x]), qGreen(row[x]), qBlue(row[x])};
            for (int c = 0; c < 3; ++c) {
                low[c] = std::min(low[c], channels[c]);
                high[c] = std::max(high[c], channels[c]);
            }
        }
    }
    bool uniform = true;
    for (int c = 0; c < 3; ++c)
        uniform = uniform && high[c] - low[c] <= uniformColourTolerance;
    if (transparent && !uniform)
        throw Error(
            ErrorKind::InvalidArgument,
            tr("The mask %1 has both transparency and varying colours, so it is unclear "
               "which marks the object. Save it in greyscale (the object white on black) or "
               "in one colour on transparency.")
                .arg(name));

    QImage mask(image.size(), QImage::Format_Grayscale8);
    bool marksSomething = false;
    for (int y = 0; y < image.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        uchar* out = mask.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            out[x] = uchar(transparent ? qAlpha(in[x]) : qGray(in[x]));
            marksSomething = marksSomething || out[x] >= 128;
        }
    }
    if (!marksSomething)
        throw Error(ErrorKind::NoObjectFound,
                    tr("The mask %1 marks no object: no pixel is light or opaque enough. Paint the "
                       "object white on black, or opaque on transparency.")
                        .arg(name));
    return mask;
}

} // namespace

QImage readMaskFile(const QString& path, QSize expectedSize) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        throw Error(ErrorKind::FileNotFound,
                    tr("The mask file %1 does not exist. Check the path and try again.").arg(name));
    if (info.isDir())
        throw Error(
            ErrorKind::FileNotFound,
            tr("%1 is a folder, not a mask image. Choose the mask file inside it.").arg(name));
    // Pipes and devices could block a read forever or never end.
    if (!info.isFile())
        throw Error(ErrorKind::FileNotReadable,
                    tr("%1 is not a regular file (a pipe, socket or device). Choose a mask image "
                       "file.")
                        .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::FileNotReadable,
                    tr("Cannot open the mask %1 (%2). Check that you are allowed to read it.")
                        .arg(name, file.errorString()));
    if (file.size() == 0)
        throw Error(
            ErrorKind::EmptyFile,
            tr("The mask %1 is empty (0 bytes). Choose a mask image with content.").arg(name));

    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (reader.format().isEmpty())
        throw Error(ErrorKind::NotAnImage,
                    tr("%1 is not an image Lift3D can read as a mask. Save the mask as a PNG, "
                       "white for the object and black for the background.")
                        .arg(name));
    // Kept for the message below: a failed read forgets which decoder it used.
    const QString formatName = QString::fromLatin1(reader.format().toUpper());

    // Everything about the size is decided from the header, before a single pixel is decoded.
    QSize declared = reader.size();
    if (declared.isValid()) {
        if (declared.isEmpty())
            throw Error(ErrorKind::CorruptImage,
                        tr("The mask %1 declares an empty picture (%2 x %3 pixels). Save the "
                           "mask again.")
                            .arg(name)
                            .arg(declared.width())
                            .arg(declared.height()));
        if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
            declared.transpose();
        checkSize(name, declared, expectedSize);
        if (exceedsAllocationLimit(declared,
                                   QImage::toPixelFormat(reader.imageFormat()).bitsPerPixel()))
            throwTooLarge(name, declared);
    }

    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        if (declared.isValid() && exceedsAllocationLimit(declared, 32))
            throwTooLarge(name, declared);
        throw Error(ErrorKind::CorruptImage,
                    tr("The mask %1 looks like a %2 image but could not be decoded (%3). The file "
                       "may be damaged or incomplete; save the mask again.")
                        .arg(name, formatName, reader.errorString()));
    }
    // Formats that declare no size up front.
    checkSize(name, image.size(), expectedSize);
    return maskFromImage(image, name);
}

void writeMaskFile(const QString& path, const QImage& mask) {
    const QString name = QDir::toNativeSeparators(path);
    if (mask.isNull())
        throw Error(ErrorKind::InvalidArgument,
                    tr("There is no mask to save yet. Open a picture first."));
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        throw Error(ErrorKind::DirectoryNotFound,
                    tr("The folder %1 does not exist. Choose an existing folder.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())));
    if (target.isDir())
        throw Error(ErrorKind::InvalidArgument,
                    tr("%1 is a folder. Give a file name to save the mask to.").arg(name));
    // What readMaskFile could not read back is not written either.
    if (exceedsAllocationLimit(mask.size(), 8))
        throw Error(ErrorKind::ImageTooLarge,
                    tr("The mask is too large to save (%1 x %2 pixels). Use a smaller picture.")
                        .arg(mask.width())
                        .arg(mask.height()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::DirectoryNotWritable,
                    tr("Cannot write the mask %1 (%2). Choose a folder you can write to.")
                        .arg(name, file.errorString()));
    // Encoded in memory first: libpng abandons its row buffer when a write to the file fails
    // (a full disk), and the file gets the finished bytes in one write.
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QImageWriter writer(&encoded, "png");
    if (!writer.write(mask.convertToFormat(QImage::Format_Grayscale8))) {
        file.cancelWriting();
        throw Error(ErrorKind::WriteFailed,
                    tr("Writing the mask %1 failed (%2). Free some disk space or choose another "
                       "folder.")
                        .arg(name, writer.errorString()));
    }
    // QSaveFile reports a full disk only as a short write (and would commit the truncated file).
    if (file.write(encoded.data()) != encoded.size()) {
        const QString reason = qt_error_string(errno);
        file.cancelWriting();
        throw Error(ErrorKind::WriteFailed,
                    tr("Writing the mask %1 failed (%2). Free some disk space or choose another "
                       "folder.")
                        .arg(name, reason));
    }
    // A write that came up short (a full disk) fails here, with the system's reason, and the
    // temporary file is removed; so is one whose last bytes only reach the disk on closing.
    if (!file.commit())
        throw Error(ErrorKind::WriteFailed,
                    tr("Writing the mask %1 failed (%2). Free some disk space or choose another "
                       "folder.")
                        .arg(name, file.errorString()));
}

QImage resizeMask(const QImage& mask, QSize size) {
    return mask.convertToFormat(QImage::Format_Grayscale8)
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

} // namespace lift3d
