#include "core/image/ImageLoader.h"

#include "core/Error.h"
#include "core/UserMessage.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace lift3d {
namespace {

// Even with scaling while decoding, a decoder may need a row buffer per image row and time per
// pixel; beyond this many declared pixels the file is refused rather than ground through.
constexpr qint64 maxDeclaredPixels = qint64(1) << 30;

// Qt's PNG decoder scales row by row only for 8-bit RGB/RGBA, non-interlaced files; every other
// PNG is decoded at full size first. Reads the header without consuming it.
bool isPngDecodedAtFullSize(QIODevice* device) {
    const QByteArray header = device->peek(29);
    if (header.size() < 29 || !header.startsWith("\x89PNG\r\n\x1a\n"))
        return false;
    const int bitDepth = uchar(header[24]), colorType = uchar(header[25]),
              interlace = uchar(header[28]);
    return !(bitDepth == 8 && (colorType == 2 || colorType == 6) && interlace == 0);
}

QImage decode(QIODevice* device, const QString& name, const ImageLoadOptions& options,
              QSize* originalSize) {
    const bool decodedAtFullSize = isPngDecodedAtFullSize(device);
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (reader.format().isEmpty())
        throw Error(ErrorKind::NotAnImage,
                    tr("%1 is not an image Lift3D can read. Use a PNG, JPEG, WebP, BMP, GIF or "
                       "TIFF photo of an object.")
                        .arg(name));
    // Kept for the message below: a failed read forgets which decoder it used.
    const QString formatName = QString::fromLatin1(reader.format().toUpper());

    const QSize declared = reader.size();
    bool scaledWhileDecoding = false;
    if (declared.isValid()) {
        if (declared.isEmpty())
            throw Error(ErrorKind::CorruptImage,
                        tr("%1 declares an empty picture (%2 x %3 pixels). Use another image.")
                            .arg(name)
                            .arg(declared.width())
                            .arg(declared.height()));
        const qint64 pixels = qint64(declared.width()) * declared.height();
        if (pixels > maxDeclaredPixels)
            throw Error(ErrorKind::ImageTooLarge,
                        tr("%1 is too large (%2 x %3 pixels). Use an image of at most about 30000 "
                           "x 30000 pixels, or scale it down first.")
                            .arg(name)
                            .arg(declared.width())
                            .arg(declared.height()));
        if (std::max(declared.width(), declared.height()) > options.maxSide) {
            const QSize target =
                declared.scaled(options.maxSide, options.maxSide, Qt::KeepAspectRatio);
            if (reader.supportsOption(QImageIOHandler::ScaledSize) && !decodedAtFullSize) {
                reader.setScaledSize(target.expandedTo(QSize(1, 1)));
                scaledWhileDecoding = true;
            } else if (pixels * 4 > qint64(QImageReader::allocationLimit()) * 1024 * 1024) {
                throw Error(ErrorKind::ImageTooLarge,
                            tr("%1 is too large to open in this format (%2 x %3 pixels). Save it "
                               "as PNG or JPEG, or scale it down first.")
                                .arg(name)
                                .arg(declared.width())
                                .arg(declared.height()));
            }
        }
    }

    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        // Decoders that cannot scale while decoding this variant of the format (greyscale or
        // palette PNG, BMP, ...) refuse sizes above Qt's allocation limit.
        if (declared.isValid() && !scaledWhileDecoding &&
            qint64(declared.width()) * declared.height() * 4 >
                qint64(QImageReader::allocationLimit()) * 1024 * 1024)
            throw Error(ErrorKind::ImageTooLarge,
                        tr("%1 is too large to open in this form (%2 x %3 pixels). Save it as an "
                           "RGB PNG or a JPEG, or scale it down first.")
                            .arg(name)
                            .arg(declared.width())
                            .arg(declared.height()));
        throw Error(ErrorKind::CorruptImage,
                    tr("%1 looks like a %2 image but could not be decoded (%3). The file may be "
                       "damaged or incomplete; try another copy.")
                        .arg(name, formatName, reader.errorString()));
    }
    if (originalSize) {
        // The reader turned the image after decoding; a size scaled while decoding is not the
        // file's, so the declared one is turned the same way.
        *originalSize = image.size();
        if (scaledWhileDecoding)
            *originalSize =
                reader.transformation().testFlag(QImageIOHandler::TransformationRotate90)
                    ? declared.transposed()
                    : declared;
    }
    if (!scaledWhileDecoding && std::max(image.width(), image.height()) > options.maxSide)
        image = image.scaled(options.maxSide, options.maxSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_RGBA8888);
}

} // namespace

QImage loadImage(const QString& path, const ImageLoadOptions& options, QSize* originalSize) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        throw Error(ErrorKind::FileNotFound,
                    tr("The file %1 does not exist. Check the path and try again.").arg(name));
    if (info.isDir())
        throw Error(ErrorKind::FileNotFound,
                    tr("%1 is a folder, not an image file. Choose an image inside it.").arg(name));
    // Pipes and devices could block a read forever or never end.
    if (!info.isFile())
        throw Error(ErrorKind::FileNotReadable,
                    tr("%1 is not a regular file (a pipe, socket or device). Choose an image file.")
                        .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::FileNotReadable,
                    tr("Cannot open %1 (%2). Check that you are allowed to read it.")
                        .arg(name, file.errorString()));
    if (file.size() == 0)
        throw Error(ErrorKind::EmptyFile,
                    tr("%1 is empty (0 bytes). Choose an image file with content.").arg(name));
    return decode(&file, name, options, originalSize);
}

QImage decodeImage(const QByteArray& bytes, const QString& description,
                   const ImageLoadOptions& options) {
    if (bytes.isEmpty())
        throw Error(ErrorKind::EmptyFile,
                    tr("%1 is empty. Paste or drop an image with content.").arg(description));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return decode(&buffer, description, options, nullptr);
}

bool hasMeaningfulAlpha(const QImage& rgba) {
    if (!rgba.hasAlphaChannel())
        return false;
    const QImage image = rgba.convertToFormat(QImage::Format_RGBA8888);
    for (int y = 0; y < image.height(); ++y) {
        const uchar* row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            if (row[4 * x + 3] < 250)
                return true;
    }
    return false;
}

} // namespace lift3d
