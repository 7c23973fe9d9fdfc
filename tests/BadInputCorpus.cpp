#include "BadInputCorpus.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <cstdio>
#include <jpeglib.h>
#include <sys/stat.h>

namespace lift3d::testing {
namespace {

// A plain picture of an object: a warm rounded box on a light grey background.
QImage objectPicture(int width = 320, int height = 240, bool touchBorders = false) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(235, 235, 232));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(180, 70, 40));
    const QRectF box = touchBorders
                           ? QRectF(-10, height * 0.2, width + 20, height * 0.7)
                           : QRectF(width * 0.25, height * 0.25, width * 0.5, height * 0.5);
    painter.drawRoundedRect(box, 12, 12);
    painter.setBrush(QColor(120, 45, 25));
    painter.drawRect(
        QRectF(box.left() + box.width() * 0.1, box.bottom() - 12, box.width() * 0.8, 10));
    return image;
}

QByteArray encode(const QImage& image, const char* format, int quality = -1) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot encode the %s fixture: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

QByteArray flipMiddle(QByteArray bytes) {
    // Scramble a run of bytes in the middle: the container still parses, the data does not.
    for (int i = bytes.size() / 3; i < bytes.size() * 2 / 3; i += 3)
        bytes[i] = char(bytes[i] ^ 0x5a);
    return bytes;
}

// A CMYK JPEG (as print workflows save them), written with libjpeg directly because Qt 6.4
// has no CMYK image format to encode from.
QByteArray cmykJpeg() {
    const QImage rgb = objectPicture();
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(rgb.width());
    info.image_height = JDIMENSION(rgb.height());
    info.input_components = 4;
    info.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 90, TRUE);
    jpeg_start_compress(&info, TRUE);
    std::vector<unsigned char> row(std::size_t(rgb.width()) * 4);
    while (info.next_scanline < info.image_height) {
        const int y = int(info.next_scanline);
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            // Adobe CMYK JPEGs store inverted values.
            const int k = 255 - std::max({c.red(), c.green(), c.blue()});
            const auto ink = [k](int channel) {
                return k == 255 ? 0 : (255 - channel - k) * 255 / (255 - k);
            };
            row[std::size_t(x) * 4 + 0] = static_cast<unsigned char>(255 - ink(c.red()));
            row[std::size_t(x) * 4 + 1] = static_cast<unsigned char>(255 - ink(c.green()));
            row[std::size_t(x) * 4 + 2] = static_cast<unsigned char>(255 - ink(c.blue()));
            row[std::size_t(x) * 4 + 3] = static_cast<unsigned char>(255 - k);
        }
        JSAMPROW rows[1] = {row.data()};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray bytes(reinterpret_cast<const char*>(buffer), int(size));
    free(buffer);
    return bytes;
}

// A PNG whose header declares `width` x `height` but whose data is a few bytes.
QByteArray pngDeclaring(quint32 width, quint32 height) {
    QByteArray png = encode(QImage(1, 1, QImage::Format_RGB32), "png");
    // IHDR's width and height sit at bytes 16..23; the chunk CRC after them no longer matches,
    // which decoders report as corruption or as the declared size, depending on the check order.
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = char((width >> (24 - 8 * i)) & 0xff);
        png[20 + i] = char((height >> (24 - 8 * i)) & 0xff);
    }
    return png;
}

// LZW data of a GIF image with a 2-colour table, written the simple way: a clear code before
// every pair of pixels keeps every code 3 bits wide, which any decoder must accept.
QByteArray gifImageData(const std::vector<int>& pixels) {
    const int clear = 4, end = 5;
    QByteArray packed;
    quint32 accumulator = 0;
    int bits = 0;
    const auto emit = [&](int code) {
        accumulator |= quint32(code) << bits;
        bits += 3;
        while (bits >= 8) {
            packed += char(accumulator & 0xff);
            accumulator >>= 8;
            bits -= 8;
        }
    };
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        if (i % 2 == 0)
            emit(clear);
        emit(pixels[i]);
    }
    emit(end);
    if (bits > 0)
        packed += char(accumulator & 0xff);
    QByteArray blocks(1, char(2)); // LZW minimum code size
    for (int offset = 0; offset < packed.size(); offset += 255) {
        const QByteArray block = packed.mid(offset, 255);
        blocks += char(block.size());
        blocks += block;
    }
    blocks += char(0);
    return blocks;
}

// An animated GIF (Qt writes no GIF): 64 x 64, two frames, a block that moves between them.
QByteArray animatedGif() {
    const int side = 64;
    QByteArray gif("GIF89a", 6);
    gif += char(side), gif += char(0), gif += char(side), gif += char(0);
    gif += char(0x80), gif += char(0), gif += char(0); // global table of 2 colours
    gif += QByteArray::fromHex("ebebe8"
                               "b44628"); // background, object
    gif += QByteArray::fromHex("21ff0b") + QByteArray("NETSCAPE2.0") +
           QByteArray::fromHex("0301000000");
    for (int frame = 0; frame < 2; ++frame) {
        std::vector<int> pixels(std::size_t(side) * side, 0);
        for (int y = 16; y < 48; ++y)
            for (int x = 12 + 8 * frame; x < 44 + 8 * frame; ++x)
                pixels[std::size_t(y) * side + std::size_t(x)] = 1;
        gif += QByteArray::fromHex("21f904"
                                   "000a0000"
                                   "00");     // 0.1 s per frame
        gif += char(0x2c) + QByteArray(4, 0); // image at 0, 0
        gif += char(side), gif += char(0), gif += char(side), gif += char(0), gif += char(0);
        gif += gifImageData(pixels);
    }
    gif += char(0x3b);
    return gif;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture %s", qPrintable(path));
}

} // namespace

std::vector<BadInput> writeBadInputCorpus(const QDir& folder) {
    QDir().mkpath(folder.path());
    std::vector<BadInput> cases;
    const auto add = [&](const QString& name, const QString& fileName, const QByteArray& bytes,
                         Expect expect) {
        const QString path = folder.filePath(fileName);
        writeFile(path, bytes);
        cases.push_back({name, path, expect});
    };

    const QImage picture = objectPicture();
    const QByteArray png = encode(picture, "png");
    const QByteArray jpeg = encode(picture, "jpeg", 90);
    const QByteArray webp = encode(picture, "webp", 80);
    const QByteArray bmp = encode(picture, "bmp");
    const QByteArray tiff = encode(picture, "tiff");
    const QByteArray gif = animatedGif();

    // Truncated and corrupt files of every format.
    add("png truncated header", "truncated-header.png", png.left(20), Expect::Error);
    add("png truncated half", "truncated-half.png", png.left(png.size() / 2), Expect::Error);
    add("png corrupt data", "corrupt-data.png", flipMiddle(png), Expect::Error);
    add("png signature only", "signature-only.png", png.left(8), Expect::Error);
    add("jpeg header only", "header-only.jpg", jpeg.left(120), Expect::Error);
    add("jpeg truncated half", "truncated-half.jpg", jpeg.left(jpeg.size() / 2),
        Expect::ErrorOrWorks);
    add("jpeg corrupt data", "corrupt-data.jpg", flipMiddle(jpeg), Expect::ErrorOrWorks);
    add("jpeg start marker only", "soi-only.jpg", QByteArray::fromHex("ffd8ffe0"), Expect::Error);
    add("webp truncated header", "truncated-header.webp", webp.left(16), Expect::Error);
    add("webp truncated half", "truncated-half.webp", webp.left(webp.size() / 2),
        Expect::ErrorOrWorks);
    add("webp corrupt data", "corrupt-data.webp", flipMiddle(webp), Expect::ErrorOrWorks);
    add("gif truncated", "truncated.gif", gif.left(30), Expect::Error);
    add("gif corrupt", "corrupt.gif", flipMiddle(gif), Expect::ErrorOrWorks);
    add("bmp truncated", "truncated.bmp", bmp.left(40), Expect::Error);
    add("bmp corrupt", "corrupt.bmp", flipMiddle(bmp), Expect::ErrorOrWorks);
    QByteArray hugeBmp = bmp.left(54);
    hugeBmp[18] = char(0xff), hugeBmp[19] = char(0xff), hugeBmp[20] = char(0xff),
    hugeBmp[21] = char(0x0f);
    add("bmp declaring a huge width", "huge-width.bmp", hugeBmp, Expect::Error);
    add("tiff truncated", "truncated.tiff", tiff.left(tiff.size() / 3), Expect::ErrorOrWorks);

    // Not images at all.
    add("empty png", "empty.png", QByteArray(), Expect::Error);
    add("empty jpeg", "empty.jpg", QByteArray(), Expect::Error);
    add("text renamed png", "notes.png", "These are my shopping notes, not a picture.\n",
        Expect::Error);
    add("html renamed jpeg", "page.jpg",
        "<!DOCTYPE html><html><body><img src=chair.jpg></body></html>\n", Expect::Error);
    QByteArray noise(4096, 0);
    QRandomGenerator generator(7);
    for (char& byte : noise)
        byte = char(generator.generate() & 0xff);
    add("random bytes named webp", "random.webp", noise, Expect::Error);
    add("zip renamed png", "archive.png",
        QByteArray::fromHex("504b0304140000000000") + noise.left(200), Expect::Error);

    // Sizes that make no sense.
    add("1x1 png", "one-pixel.png", encode(QImage(1, 1, QImage::Format_RGB32), "png"),
        Expect::Error);
    QImage twoByTwo(2, 2, QImage::Format_RGB32);
    twoByTwo.fill(Qt::red);
    add("2x2 png", "two-pixels.png", encode(twoByTwo, "png"), Expect::Error);
    add("png declaring 30000x30000", "declares-30000.png", pngDeclaring(30000, 30000),
        Expect::Error);
    add("png declaring 100000x1", "declares-100000x1.png", pngDeclaring(100000, 1), Expect::Error);
    add("png declaring 0x0", "declares-0x0.png", pngDeclaring(0, 0), Expect::Error);
    QImage sliver(2000, 6, QImage::Format_RGB32);
    sliver.fill(QColor(235, 235, 232));
    add("2000x6 sliver", "sliver.png", encode(sliver, "png"), Expect::Error);

    // Nothing to find.
    QImage transparent(200, 200, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    add("fully transparent", "transparent.png", encode(transparent, "png"), Expect::Error);
    QImage white(200, 200, QImage::Format_RGB32);
    white.fill(Qt::white);
    add("all white", "white.png", encode(white, "png"), Expect::Error);
    QImage black(200, 200, QImage::Format_RGB32);
    black.fill(Qt::black);
    add("all black jpeg", "black.jpg", encode(black, "jpeg", 90), Expect::Error);
    QImage onePixelObject = transparent.copy();
    onePixelObject.setPixelColor(100, 100, Qt::red);
    add("one opaque pixel", "one-opaque-pixel.png", encode(onePixelObject, "png"), Expect::Error);
    QImage noisy(256, 256, QImage::Format_RGB32);
    for (int y = 0; y < noisy.height(); ++y)
        for (int x = 0; x < noisy.width(); ++x)
            noisy.setPixel(x, y, generator.generate() | 0xff000000u);
    add("colour noise", "noise.png", encode(noisy, "png"), Expect::ErrorOrWorks);

    // Valid but unusual pictures of an object: these must work.
    add("animated gif", "animated.gif", gif, Expect::Works);
    add("cmyk jpeg", "cmyk.jpg", cmykJpeg(), Expect::Works);
    add("16-bit png", "rgb16.png", encode(picture.convertToFormat(QImage::Format_RGBA64), "png"),
        Expect::Works);
    add("greyscale png", "grey.png",
        encode(picture.convertToFormat(QImage::Format_Grayscale8), "png"), Expect::Works);
    add("palette png", "palette.png",
        encode(picture.convertToFormat(QImage::Format_Indexed8), "png"), Expect::Works);
    add("object touching the borders", "touching.png", encode(objectPicture(320, 240, true), "png"),
        Expect::ErrorOrWorks);
    add("png named jpg", "really-a-png.jpg", png, Expect::Works);
    add("no extension", "picture-without-extension", png, Expect::Works);
    add("bmp", "plain.bmp", bmp, Expect::Works);
    add("webp", "plain.webp", webp, Expect::Works);
    add("non-ascii name", QStringLiteral("фото стул 椅子 é.png"), png, Expect::Works);

    // Very long path: nested folders to about 600 characters, then a 200-character name.
    QString longFolder = folder.path();
    while (longFolder.size() < 600)
        longFolder += QStringLiteral("/a-rather-long-folder-name-for-testing");
    QDir().mkpath(longFolder);
    const QString longName = QString(190, QLatin1Char('n')) + QStringLiteral(".png");
    writeFile(QDir(longFolder).filePath(longName), png);
    cases.push_back(
        {QStringLiteral("very long path"), QDir(longFolder).filePath(longName), Expect::Works});

    // Not files.
    const QString folderNamedPng = folder.filePath(QStringLiteral("folder.png"));
    QDir().mkpath(folderNamedPng);
    cases.push_back({QStringLiteral("folder named png"), folderNamedPng, Expect::Error});
    const QString pipe = folder.filePath(QStringLiteral("pipe.png"));
    QFile::remove(pipe);
    if (mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0)
        cases.push_back({QStringLiteral("named pipe"), pipe, Expect::Error});
    cases.push_back({QStringLiteral("missing file"),
                     folder.filePath(QStringLiteral("does-not-exist.png")), Expect::Error});
    return cases;
}

} // namespace lift3d::testing
