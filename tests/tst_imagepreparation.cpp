#include "MaskMeasures.h"
#include "core/Error.h"
#include "core/image/GuidedFilter.h"
#include "core/image/ImagePreparation.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <random>
#include <sys/resource.h>
#include <zlib.h>

using namespace lift3d;
using namespace lift3d::test;

namespace {

constexpr double pi = 3.14159265358979323846;

QImage discOn(QSize size, QColor background, QColor object, QPointF center, double radius) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(object);
    painter.drawEllipse(center, radius, radius);
    return image;
}

// Camera-like noise so the background model is tested on something other than flat colour.
QImage withNoise(QImage image, int amplitude, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> noise(-amplitude, amplitude);
    image = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = row[x];
            row[x] = qRgb(std::clamp(qRed(c) + noise(random), 0, 255),
                          std::clamp(qGreen(c) + noise(random), 0, 255),
                          std::clamp(qBlue(c) + noise(random), 0, 255));
        }
    }
    return image;
}

QString writeBytes(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes) {
    const QString path = folder.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

ErrorKind loadErrorKind(const QString& path) {
    try {
        prepareImageFile(path);
    } catch (const Error& error) {
        return error.kind();
    }
    return ErrorKind::InvalidArgument; // callers expect a throw
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data) {
    auto be32 = [&](quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            png.append(char((v >> shift) & 0xff));
    };
    be32(quint32(data.size()));
    QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    be32(quint32(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()), uInt(typed.size()))));
}

QByteArray pngHeader(quint32 width, quint32 height, char colorType) {
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    for (quint32 v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            ihdr.append(char((v >> shift) & 0xff));
    ihdr.append(char(8)); // bits per channel
    ihdr.append(colorType);
    ihdr.append("\x00\x00\x00", 3); // deflate, no filter, no interlace
    appendChunk(png, "IHDR", ihdr);
    return png;
}

constexpr char greyscale = 0, rgb = 2;

// A PNG that declares width x height but whose pixel data stops after a few rows.
QByteArray truncatedPng(quint32 width, quint32 height, char colorType) {
    QByteArray png = pngHeader(width, height, colorType);
    const QByteArray rows(4096, '\0');
    QByteArray compressed(int(compressBound(uLong(rows.size()))), '\0');
    uLongf length = uLongf(compressed.size());
    compress(reinterpret_cast<Bytef*>(compressed.data()), &length,
             reinterpret_cast<const Bytef*>(rows.constData()), uLong(rows.size()));
    compressed.resize(int(length));
    appendChunk(png, "IDAT", compressed);
    return png; // no IEND: the file simply ends
}

// A real RGB PNG of side x side pixels (white, a black disc right of centre), compressed one row
// at a time so the test itself never holds the full image.
QByteArray hugePng(int side) {
    QByteArray png = pngHeader(quint32(side), quint32(side), rgb);
    z_stream stream{};
    deflateInit(&stream, 1);
    QByteArray compressed, row(3 * side + 1, char(255)), chunk(1 << 16, 0);
    const double cx = side * 0.6, cy = side * 0.5, r = side * 0.2;
    for (int y = 0; y < side; ++y) {
        row[0] = 0; // filter: none
        const double dy = y - cy;
        for (int x = 0; x < side; ++x) {
            const double dx = x - cx;
            const char value = dx * dx + dy * dy < r * r ? char(0) : char(255);
            row[3 * x + 1] = row[3 * x + 2] = row[3 * x + 3] = value;
        }
        stream.next_in = reinterpret_cast<Bytef*>(row.data());
        stream.avail_in = uInt(row.size());
        const int flush = y + 1 == side ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
            stream.avail_out = uInt(chunk.size());
            deflate(&stream, flush);
            compressed.append(chunk.constData(), chunk.size() - int(stream.avail_out));
        } while (stream.avail_out == 0 || (flush == Z_FINISH && stream.avail_in > 0));
    }
    deflateEnd(&stream);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

// A stand-in for the learned segmenter: answers with a fixed probability picture, counting calls.
class FixedPredictor : public MaskPredictor {
public:
    explicit FixedPredictor(QImage probability) : m_probability(std::move(probability)) {}
    QImage objectProbability(const QImage&) const override {
        ++calls;
        return m_probability;
    }
    mutable int calls = 0;

private:
    QImage m_probability;
};

long peakResidentMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestImagePreparation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void alphaChannelIsTheMask() {
        const QImage image = discOn({256, 256}, Qt::transparent, Qt::red, {128, 128}, 60);
        const PreparedImage prepared = prepareImage(image);
        QCOMPARE(prepared.objectMask.source, MaskSource::Alpha);
        const double expected = pi * 60 * 60;
        QVERIFY(std::abs(maskArea(prepared.objectMask.mask) / expected - 1.0) < 0.03);
    }

    void plainBackgroundIsSeparated_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("jpeg") << QStringLiteral("jpg");
    }
    void plainBackgroundIsSeparated() {
        QFETCH(QString, format);
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(235, 232, 228));
        {
            QPainter painter(&image);
            painter.fillRect(QRect(100, 60, 120, 100), QColor(40, 70, 160));
        }
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("square.") + format);
        QVERIFY(withNoise(image, 6, 1).save(path, nullptr, 92));

        const PreparedImage prepared = prepareImageFile(path);
        QCOMPARE(prepared.objectMask.source, MaskSource::Background);
        const int area = maskArea(prepared.objectMask.mask);
        QVERIFY2(std::abs(area / 12000.0 - 1.0) < 0.05, qPrintable(QString::number(area)));
    }

    // The learned segmenter's mask: a handle's opening (a large hole) stays open, a pinhole is
    // filled, a detached part of fair size stays, a speck goes; the picture's colours are not
    // consulted.
    void learnedMaskKeepsRealHolesAndDetachedParts() {
        QImage probability(300, 300, QImage::Format_Grayscale8);
        probability.fill(20);
        {
            QPainter painter(&probability);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(230, 230, 230));
            painter.drawEllipse(QPointF(120, 150), 80, 80); // the body
            painter.drawRect(250, 100, 30, 100);            // a detached part, 3000 px
            painter.drawRect(20, 20, 6, 6);                 // a speck, 36 px
            painter.setBrush(QColor(10, 10, 10));
            painter.drawEllipse(QPointF(120, 150), 30, 30); // a real opening, ~2800 px
            painter.drawRect(180, 150, 3, 3);               // a pinhole
        }
        const FixedPredictor segmenter(probability);
        QImage picture(300, 300, QImage::Format_RGB32);
        picture.fill(Qt::gray);
        const ObjectMask found = findObjectMask(picture, &segmenter);
        QCOMPARE(found.source, MaskSource::Learned);
        QCOMPARE(segmenter.calls, 1);
        const auto at = [&](int x, int y) { return found.mask.constScanLine(y)[x]; };
        QCOMPARE(at(120, 150), uchar(0));   // the opening
        QCOMPARE(at(181, 151), uchar(255)); // the pinhole, filled
        QCOMPARE(at(265, 150), uchar(255)); // the detached part
        QCOMPARE(at(22, 22), uchar(0));     // the speck
        QCOMPARE(at(60, 150), uchar(255));
    }

    // A cut-out's own transparency wins: the segmenter is not even asked. A segmenter that
    // finds nothing, or answers at the wrong size, gives the usual "no object" error.
    void transparencyWinsAndAnEmptyAnswerIsNoObject() {
        QImage probability(256, 256, QImage::Format_Grayscale8);
        probability.fill(255);
        const FixedPredictor everything(probability);
        const QImage cutOut = discOn({256, 256}, Qt::transparent, Qt::red, {128, 128}, 60);
        QCOMPARE(findObjectMask(cutOut, &everything).source, MaskSource::Alpha);
        QCOMPARE(everything.calls, 0);

        const QImage photo = discOn({256, 256}, Qt::white, Qt::red, {128, 128}, 60);
        probability.fill(0);
        for (const QImage& answer : {probability, QImage(10, 10, QImage::Format_Grayscale8)}) {
            const FixedPredictor nothing(answer);
            try {
                findObjectMask(photo, &nothing);
                QFAIL("an empty answer was taken for an object");
            } catch (const Error& error) {
                QCOMPARE(error.kind(), ErrorKind::NoObjectFound);
            }
        }
    }

    // A mask scaled up from a coarse network is a soft ramp across the object's edge, its
    // halfway point a few pixels off. Guided by the picture, it steps up where the picture's
    // edge is and its halfway point moves towards it; where picture and mask are flat, nothing
    // changes.
    void guidedFilterSnapsASoftMaskToThePictureEdge() {
        QImage picture(120, 40, QImage::Format_Grayscale8),
            soft(120, 40, QImage::Format_Grayscale8);
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 120; ++x) {
                picture.scanLine(y)[x] = x < 62 ? 200 : 40; // the object (dark) from x = 62
                soft.scanLine(y)[x] = uchar(std::clamp((x - 46) * 255 / 20, 0, 255));
            }
        const QImage sharp = guidedFilter(soft, picture, 8, 1e-3);
        QCOMPARE(sharp.size(), soft.size());
        const auto halfway = [](const QImage& image) {
            int x = 0;
            while (x < image.width() && image.constScanLine(20)[x] < 128)
                ++x;
            return x;
        };
        QCOMPARE(halfway(soft), 57);
        QVERIFY2(halfway(sharp) >= 59 && halfway(sharp) <= 62,
                 qPrintable(QString::number(halfway(sharp))));
        const auto step = [](const QImage& image) {
            return image.constScanLine(20)[62] - image.constScanLine(20)[61];
        };
        QVERIFY2(step(sharp) > 4 * step(soft), qPrintable(QString::number(step(sharp))));
        QCOMPARE(sharp.constScanLine(20)[5], uchar(0));
        QCOMPARE(sharp.constScanLine(20)[115], uchar(255));
    }

    void holesAreFilledAndOnlyTheLargestObjectKept() {
        QImage image = discOn({300, 300}, Qt::white, QColor(200, 30, 30), {150, 150}, 80);
        {
            QPainter painter(&image);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(150, 150), 40, 40); // a ring: its hole is not background
            painter.setBrush(QColor(30, 30, 200));
            painter.drawEllipse(QPointF(30, 30), 10, 10); // a speck: not the object
        }
        const PreparedImage prepared = prepareImage(withNoise(image, 4, 2));
        const double expected = pi * 80 * 80;
        QVERIFY2(std::abs(maskArea(prepared.objectMask.mask) / expected - 1.0) < 0.03,
                 qPrintable(QString::number(maskArea(prepared.objectMask.mask))));
        QCOMPARE(prepared.objectMask.mask.constScanLine(30)[30], uchar(0));
        QVERIFY(prepared.objectMask.mask.constScanLine(150)[150] == 255);
    }

    void offCentreObjectIsCroppedToTheCentre() {
        const QImage image =
            discOn({400, 300}, QColor(250, 250, 250), QColor(20, 120, 40), {70, 80}, 40);
        ConditioningOptions options;
        options.size = 128;
        options.margin = 0.1f;
        const PreparedImage prepared = prepareImage(withNoise(image, 3, 3), options);
        const Conditioning& c = prepared.conditioning;
        QCOMPARE(c.rgb.size(), QSize(128, 128));
        QCOMPARE(c.mask.size(), QSize(128, 128));
        QCOMPARE(c.rgb.format(), QImage::Format_RGB888);
        const QPointF centroid = maskCentroid(c.mask);
        QVERIFY2(std::abs(centroid.x() - 63.5) < 2.0 && std::abs(centroid.y() - 63.5) < 2.0,
                 qPrintable(QStringLiteral("%1,%2").arg(centroid.x()).arg(centroid.y())));
        // Diameter 80 plus 10% margin on each side: the disc spans 1/1.2 of the square.
        const double expectedArea = pi * std::pow(64.0 / 1.2, 2);
        QVERIFY(std::abs(maskArea(c.mask) / expectedArea - 1.0) < 0.05);
        // Background is white in the conditioning image; the object keeps its colour.
        QCOMPARE(QColor(c.rgb.pixel(2, 2)), QColor(Qt::white));
        QVERIFY(qGreen(c.rgb.pixel(64, 64)) > 90 && qRed(c.rgb.pixel(64, 64)) < 50);
    }

    void objectTouchingTheBorderIsFound() {
        QImage image(200, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).fillRect(QRect(120, 50, 80, 100), QColor(90, 40, 10));
        const PreparedImage prepared = prepareImage(withNoise(image, 3, 4));
        QVERIFY(std::abs(maskArea(prepared.objectMask.mask) / 8000.0 - 1.0) < 0.05);
    }

    void imagesWithoutAnObjectAreRefused_data() {
        QTest::addColumn<QImage>("image");
        QImage white(200, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        QTest::newRow("all white") << white;
        QTest::newRow("noisy grey")
            << withNoise(QImage(white).convertToFormat(QImage::Format_RGB32), 5, 5);
        QImage transparent(200, 200, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        QTest::newRow("fully transparent") << transparent;
        QImage tiny(1, 1, QImage::Format_RGB32);
        tiny.fill(Qt::red);
        QTest::newRow("1x1") << tiny;
    }
    void imagesWithoutAnObjectAreRefused() {
        QFETCH(QImage, image);
        try {
            prepareImage(image);
            QFAIL("an image without an object was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::NoObjectFound);
            QVERIFY(!error.message().isEmpty());
        }
    }

    void badFilesGiveTypedErrors() {
        QTemporaryDir folder;
        QCOMPARE(loadErrorKind(folder.filePath(QStringLiteral("missing.png"))),
                 ErrorKind::FileNotFound);
        QCOMPARE(loadErrorKind(folder.path()), ErrorKind::FileNotFound);
        QCOMPARE(loadErrorKind(writeBytes(folder, QStringLiteral("empty.png"), {})),
                 ErrorKind::EmptyFile);
        QCOMPARE(loadErrorKind(writeBytes(folder, QStringLiteral("text.png"),
                                          "this is a shopping list, not a picture\n")),
                 ErrorKind::NotAnImage);

        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        discOn({64, 64}, Qt::white, Qt::black, {32, 32}, 20).save(&buffer, "PNG");
        QByteArray corrupt = png.left(40);
        corrupt.append(QByteArray(200, '\x5a'));
        QCOMPARE(loadErrorKind(writeBytes(folder, QStringLiteral("corrupt.png"), corrupt)),
                 ErrorKind::CorruptImage);
    }

    void hugeDeclaredSizesAreRefusedOrDecodedSmall() {
        QTemporaryDir folder;
        // Declares 30000 x 30000 but its pixel data ends after a few rows.
        QCOMPARE(loadErrorKind(writeBytes(folder, QStringLiteral("declared.png"),
                                          truncatedPng(30000, 30000, rgb))),
                 ErrorKind::CorruptImage);
        // Qt decodes greyscale PNGs at full size before scaling: refused up front.
        QCOMPARE(loadErrorKind(writeBytes(folder, QStringLiteral("grey.png"),
                                          truncatedPng(30000, 30000, greyscale))),
                 ErrorKind::ImageTooLarge);
        const QByteArray absurd = truncatedPng(100000, 100000, rgb);
        QCOMPARE(loadErrorKind(writeBytes(folder, QStringLiteral("absurd.png"), absurd)),
                 ErrorKind::ImageTooLarge);
    }

    void hugePngIsDownscaledWhileDecoding() {
        QTemporaryDir folder;
        const QString path = writeBytes(folder, QStringLiteral("huge.png"), hugePng(20000));
        const long before = peakResidentMegabytes();
        const PreparedImage prepared = prepareImageFile(path);
        const long growth = peakResidentMegabytes() - before;
        QCOMPARE(prepared.image.size(), QSize(1024, 1024));
        // A full-size 20000^2 buffer would take 1.2 GB as RGB, 1.6 GB as RGBA.
        QVERIFY2(growth < 200, qPrintable(QStringLiteral("peak grew by %1 MB").arg(growth)));
        const QPointF centroid = maskCentroid(prepared.objectMask.mask);
        QVERIFY(std::abs(centroid.x() - 0.6 * 1024) < 4 && std::abs(centroid.y() - 0.5 * 1024) < 4);
    }

    void exifOrientationIsApplied() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("rotated.jpg"));
        // Object on the left of a landscape image, stored with "rotate 90" in EXIF.
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).fillRect(QRect(20, 60, 80, 80), Qt::black);
        QImageWriter writer(path, "jpeg");
        QVERIFY(writer.supportsOption(QImageIOHandler::ImageTransformation));
        writer.setTransformation(QImageIOHandler::TransformationRotate90);
        QVERIFY(writer.write(image));

        const QImage loaded = loadImage(path);
        QCOMPARE(loaded.size(), QSize(200, 300));
        // Rotating 90 degrees clockwise moves the left of the picture to the top.
        const PreparedImage prepared = prepareImage(loaded);
        QVERIFY(maskCentroid(prepared.objectMask.mask).y() < 100);
    }

    void largeImagesAreDownscaled() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("large.jpg"));
        QVERIFY(discOn({3000, 2000}, Qt::white, Qt::darkCyan, {1500, 1000}, 500).save(path));
        const QImage loaded = loadImage(path);
        QCOMPARE(loaded.width(), 1024);
        QVERIFY(loaded.height() == 682 || loaded.height() == 683);
        QCOMPARE(loaded.format(), QImage::Format_RGBA8888);
    }

    void decodedBytesWorkLikeFiles() {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        discOn({128, 128}, Qt::transparent, Qt::blue, {64, 64}, 30).save(&buffer, "PNG");
        const PreparedImage prepared = prepareImage(decodeImage(png, QStringLiteral("clipboard")));
        QCOMPARE(prepared.objectMask.source, MaskSource::Alpha);
        QVERIFY_THROWS_EXCEPTION(Error, decodeImage(QByteArray(), QStringLiteral("clipboard")));
    }
};

QTEST_GUILESS_MAIN(TestImagePreparation)
#include "tst_imagepreparation.moc"
