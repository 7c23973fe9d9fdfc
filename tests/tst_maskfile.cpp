// The user's mask as a file (issue #14): reading grey, RGB and alpha masks, the refusals (size,
// empty, damaged, oversized), writing without partial files, and lift3d-cli --mask/--save-mask
// on a photo whose EXIF orientation turns it and whose size the loader reduces.
#include "MaskMeasures.h"
#include "ScratchMount.h"
#include "core/Error.h"
#include "core/geometry/Mesh.h"
#include "core/image/ImageLoader.h"
#include "core/image/MaskFile.h"
#include "core/io/MeshImport.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <random>
#include <unistd.h>
#include <zlib.h>

using namespace lift3d;
using namespace lift3d::test;

namespace {

constexpr int cliTimeoutMs = 120000;

// A Grayscale8 mask: a white ellipse in `rect` on black, soft at the edge.
QImage ellipseMask(QSize size, QRectF rect) {
    QImage mask(size, QImage::Format_Grayscale8);
    mask.fill(0);
    QPainter painter(&mask);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(rect);
    return mask;
}

uchar pixel(const QImage& mask, int x, int y) {
    return mask.constScanLine(y)[x];
}

QString writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The error `call` throws; an Error of kind InvalidModel (never used here) when it throws none.
Error errorOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const Error& error) {
        return error;
    }
    return Error(ErrorKind::InvalidModel, QStringLiteral("no error"));
}

// A PNG chunk with its CRC.
void appendChunk(QByteArray& png, const char* type, const QByteArray& data) {
    auto be32 = [&](quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            png.append(char((v >> shift) & 0xff));
    };
    be32(quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    be32(quint32(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()), uInt(typed.size()))));
}

// An 8-bit greyscale PNG that declares width x height and holds the pixels of a few rows only:
// a decompression bomb as far as its header goes.
QByteArray declaredGreyPng(quint32 width, quint32 height) {
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    for (quint32 v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            ihdr.append(char((v >> shift) & 0xff));
    ihdr.append("\x08\x00\x00\x00\x00", 5); // 8 bits, greyscale, deflate, no filter, no interlace
    appendChunk(png, "IHDR", ihdr);
    const QByteArray rows(4096, '\0');
    QByteArray compressed(int(compressBound(uLong(rows.size()))), '\0');
    uLongf length = uLongf(compressed.size());
    compress(reinterpret_cast<Bytef*>(compressed.data()), &length,
             reinterpret_cast<const Bytef*>(rows.constData()), uLong(rows.size()));
    compressed.resize(int(length));
    appendChunk(png, "IDAT", compressed);
    return png;
}

// A mask whose PNG does not compress: larger than a small disk.
QImage noiseMask(int side) {
    QImage mask(side, side, QImage::Format_Grayscale8);
    std::mt19937 random(7);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            mask.scanLine(y)[x] = uchar(random() & 0xff);
    return mask;
}

struct CliRun {
    int exitCode = -1;
    QString error;
};

CliRun runCli(const QStringList& arguments) {
    QProcess cli;
    cli.start(QStringLiteral(LIFT3D_CLI),
              QStringList(arguments) << QStringLiteral("--model") << QStringLiteral("test-shape")
                                     << QStringLiteral("--quality") << QStringLiteral("fast"));
    if (!cli.waitForFinished(cliTimeoutMs) || cli.exitStatus() != QProcess::NormalExit)
        return {};
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardError()).trimmed()};
}

} // namespace

class TestMaskFile : public QObject {
    Q_OBJECT
    QTemporaryDir m_folder;

    // A photo as a phone stores it: 3000 x 2000 pixels turned upright by its EXIF orientation
    // (2000 x 3000 as shown), larger than the loader keeps (1024), a dark disc on white whose
    // centre as shown is (1400, 900). Written once.
    QString rotatedPhoto() {
        const QString path = m_folder.filePath(QStringLiteral("photo.jpg"));
        if (QFile::exists(path))
            return path;
        QImage shown(2000, 3000, QImage::Format_RGB32);
        shown.fill(Qt::white);
        QPainter painter(&shown);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(30, 60, 90));
        painter.drawEllipse(QPointF(1400, 900), 400, 400);
        painter.end();
        // The loader turns the stored pixels by 90 degrees clockwise, so store them turned back.
        const QImage stored = shown.transformed(QTransform().rotate(-90));
        QImageWriter writer(path, "jpeg");
        writer.setTransformation(QImageIOHandler::TransformationRotate90);
        if (!writer.write(stored))
            qFatal("cannot write the photo fixture");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void greyMaskIsRead() {
        const QString path = m_folder.filePath(QStringLiteral("grey.png"));
        const QImage written = ellipseMask({200, 120}, {50, 20, 100, 80});
        QVERIFY(written.save(path));
        const QImage mask = readMaskFile(path, {200, 120});
        QCOMPARE(mask.format(), QImage::Format_Grayscale8);
        QCOMPARE(mask.size(), QSize(200, 120));
        QCOMPARE(mask, written); // grey values as given, soft edges kept
    }

    void rgbMaskIsReadByItsGreyValue_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("jpeg") << QStringLiteral("jpg");
        QTest::newRow("bmp") << QStringLiteral("bmp");
    }
    void rgbMaskIsReadByItsGreyValue() {
        QFETCH(QString, format);
        const QString path = m_folder.filePath(QStringLiteral("rgb.") + format);
        QImage rgb(160, 100, QImage::Format_RGB32);
        rgb.fill(Qt::black);
        QPainter(&rgb).fillRect(QRect(40, 30, 60, 40), Qt::white);
        QVERIFY(rgb.save(path));
        const QImage mask = readMaskFile(path, {160, 100});
        QCOMPARE(mask.format(), QImage::Format_Grayscale8);
        QVERIFY(pixel(mask, 70, 50) >= 240);
        QVERIFY(pixel(mask, 10, 10) <= 15);
        QVERIFY(std::abs(maskArea(mask) - 60 * 40) < 100);
    }

    void transparencyOfOneColourIsTheMask_data() {
        QTest::addColumn<QColor>("colour");
        QTest::newRow("black on transparent") << QColor(Qt::black);
        QTest::newRow("red on transparent") << QColor(Qt::red);
        QTest::newRow("white on transparent") << QColor(Qt::white);
    }
    void transparencyOfOneColourIsTheMask() {
        QFETCH(QColor, colour);
        const QString path = m_folder.filePath(QStringLiteral("alpha.png"));
        QImage layer(120, 90, QImage::Format_ARGB32);
        layer.fill(Qt::transparent);
        QPainter painter(&layer);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(20, 15, 60, 50));
        painter.end();
        QVERIFY(layer.save(path));
        const QImage mask = readMaskFile(path, {120, 90});
        QCOMPARE(pixel(mask, 50, 40), uchar(255));
        QCOMPARE(pixel(mask, 5, 5), uchar(0));
        QVERIFY(std::abs(maskCentroid(mask).x() - 49.5) < 1 &&
                std::abs(maskCentroid(mask).y() - 39.5) < 1);
    }

    void transparencyWithVaryingColoursIsRefused() {
        // A cut-out photo: which of colour and transparency marks the object is anyone's guess.
        const QString path = m_folder.filePath(QStringLiteral("cutout.png"));
        QImage cutout(100, 100, QImage::Format_ARGB32);
        cutout.fill(Qt::transparent);
        QPainter painter(&cutout);
        painter.fillRect(QRect(20, 20, 30, 60), Qt::black);
        painter.fillRect(QRect(50, 20, 30, 60), Qt::yellow);
        painter.end();
        QVERIFY(cutout.save(path));
        const Error error = errorOf([&] { readMaskFile(path, {100, 100}); });
        QCOMPARE(error.kind(), ErrorKind::InvalidArgument);
        QVERIFY2(error.message().contains(QLatin1String("greyscale")), qPrintable(error.message()));
    }

    void wrongSizeIsRefusedWithBothSizes() {
        const QString path = m_folder.filePath(QStringLiteral("small.png"));
        QVERIFY(ellipseMask({100, 80}, {10, 10, 50, 50}).save(path));
        Error error = errorOf([&] { readMaskFile(path, {120, 80}); });
        QCOMPARE(error.kind(), ErrorKind::InvalidArgument);
        QVERIFY2(error.message().contains(QLatin1String("100 x 80")) &&
                     error.message().contains(QLatin1String("120 x 80")),
                 qPrintable(error.message()));
        // Turned on its side (an editor that ignored the photo's orientation): said so.
        error = errorOf([&] { readMaskFile(path, {80, 100}); });
        QCOMPARE(error.kind(), ErrorKind::InvalidArgument);
        QVERIFY2(error.message().contains(QLatin1String("100 x 80")) &&
                     error.message().contains(QLatin1String("80 x 100")) &&
                     error.message().contains(QLatin1String("orientation")),
                 qPrintable(error.message()));
    }

    void emptyMaskIsRefused_data() {
        QTest::addColumn<QImage>("image");
        QImage black(64, 48, QImage::Format_Grayscale8);
        black.fill(0);
        QTest::newRow("black") << black;
        QImage dim(64, 48, QImage::Format_Grayscale8);
        dim.fill(100); // below half brightness everywhere
        QTest::newRow("dim") << dim;
        QImage transparent(64, 48, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        QTest::newRow("transparent") << transparent;
    }
    void emptyMaskIsRefused() {
        QFETCH(QImage, image);
        const QString path = m_folder.filePath(QStringLiteral("empty-mask.png"));
        QVERIFY(image.save(path));
        const Error error = errorOf([&] { readMaskFile(path, {64, 48}); });
        QCOMPARE(error.kind(), ErrorKind::NoObjectFound);
        QVERIFY(error.message().contains(path));
    }

    void damagedFilesAreRefused() {
        const QSize size(64, 64);
        const auto kindOf = [&](const QString& path) {
            return errorOf([&] { readMaskFile(path, size); }).kind();
        };
        QCOMPARE(kindOf(m_folder.filePath(QStringLiteral("missing.png"))), ErrorKind::FileNotFound);
        QCOMPARE(kindOf(m_folder.path()), ErrorKind::FileNotFound);
        QCOMPARE(kindOf(writeBytes(m_folder.filePath(QStringLiteral("zero.png")), {})),
                 ErrorKind::EmptyFile);
        QCOMPARE(kindOf(writeBytes(m_folder.filePath(QStringLiteral("notes.png")),
                                   "white is the object, black the background\n")),
                 ErrorKind::NotAnImage);
        const QString good = m_folder.filePath(QStringLiteral("good.png"));
        QVERIFY(ellipseMask(size, {10, 10, 40, 40}).save(good));
        QByteArray damaged = readBytes(good).left(60);
        damaged.append(QByteArray(300, '\x5a'));
        const QString damagedPath =
            writeBytes(m_folder.filePath(QStringLiteral("damaged.png")), damaged);
        QCOMPARE(kindOf(damagedPath), ErrorKind::CorruptImage);
        const Error error = errorOf([&] { readMaskFile(damagedPath, size); });
        QVERIFY2(!error.message().contains(QLatin1Char('\n')) &&
                     error.message().endsWith(QLatin1Char('.')),
                 qPrintable(error.message()));
    }

    void oversizedFilesAreRefusedBeforeDecoding() {
        const QString path = writeBytes(m_folder.filePath(QStringLiteral("bomb.png")),
                                        declaredGreyPng(30000, 30000));
        // Not the picture's size: refused from the header alone.
        QCOMPARE(errorOf([&] {
                     readMaskFile(path, {640, 480});
                 }).kind(),
                 ErrorKind::InvalidArgument);
        // The picture's size, but 900 MB of pixels: refused before decoding.
        QCOMPARE(errorOf([&] {
                     readMaskFile(path, {30000, 30000});
                 }).kind(),
                 ErrorKind::ImageTooLarge);
    }

    void savedMaskReadsBackTheSame() {
        const QString path = m_folder.filePath(QStringLiteral("saved.png"));
        const QImage mask = ellipseMask({300, 200}, {40, 30, 150, 120});
        writeMaskFile(path, mask);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.imageFormat(), QImage::Format_Grayscale8);
        // IHDR: bit depth 8, colour type 0 (greyscale).
        const QByteArray bytes = readBytes(path);
        QCOMPARE(int(uchar(bytes[24])), 8);
        QCOMPARE(int(uchar(bytes[25])), 0);
        QCOMPARE(readMaskFile(path, {300, 200}), mask);
        // Any format in, grey out; saving again replaces the file.
        QImage rgba(300, 200, QImage::Format_RGBA8888);
        rgba.fill(Qt::white);
        writeMaskFile(path, rgba);
        QCOMPARE(maskArea(readMaskFile(path, {300, 200})), 300 * 200);
        QCOMPARE(QDir(m_folder.path()).entryList({QStringLiteral("saved.png*")}).size(), 1);
    }

    void writeRefusesFoldersAndNothing() {
        QCOMPARE(errorOf([&] {
                     writeMaskFile(m_folder.filePath(QStringLiteral("no/such/folder/m.png")),
                                   ellipseMask({8, 8}, {0, 0, 8, 8}));
                 }).kind(),
                 ErrorKind::DirectoryNotFound);
        QCOMPARE(errorOf([&] {
                     writeMaskFile(m_folder.path(), ellipseMask({8, 8}, {0, 0, 8, 8}));
                 }).kind(),
                 ErrorKind::InvalidArgument);
        QCOMPARE(errorOf([&] {
                     writeMaskFile(m_folder.filePath(QStringLiteral("null.png")), {});
                 }).kind(),
                 ErrorKind::InvalidArgument);
        QVERIFY(!QFile::exists(m_folder.filePath(QStringLiteral("null.png"))));
    }

    void unwritableFolderLeavesNoFile() {
        const QImage mask = ellipseMask({64, 64}, {8, 8, 48, 48});
        if (geteuid() != 0) {
            QTemporaryDir folder;
            QVERIFY(QFile::setPermissions(folder.path(),
                                          QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            const Error error =
                errorOf([&] { writeMaskFile(folder.filePath(QStringLiteral("m.png")), mask); });
            QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner);
            QCOMPARE(error.kind(), ErrorKind::DirectoryNotWritable);
            QVERIFY(QDir(folder.path())
                        .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
            return;
        }
        ScratchMount disk(QStringLiteral("size=1m,ro"));
        if (!disk.ok())
            QSKIP("root without mount rights: no way to make a folder unwritable");
        const Error error =
            errorOf([&] { writeMaskFile(disk.filePath(QStringLiteral("m.png")), mask); });
        QCOMPARE(error.kind(), ErrorKind::DirectoryNotWritable);
        qInfo("%s", qPrintable(error.message()));
        QVERIFY2(disk.entries().isEmpty(), qPrintable(disk.entries().join(QLatin1Char(' '))));
    }

    void fullDiskLeavesNoPartialFileAndKeepsTheOldOne() {
        ScratchMount disk(QStringLiteral("size=128k"));
        if (!disk.ok())
            QSKIP("mounting a tmpfs needs root; run the suite as root (CI does)");
        const QString path = disk.filePath(QStringLiteral("m.png"));
        writeMaskFile(path, ellipseMask({64, 64}, {8, 8, 48, 48}));
        const QByteArray before = readBytes(path);
        // 600 x 600 pixels of noise: a PNG of about 360 KB.
        const Error error = errorOf([&] { writeMaskFile(path, noiseMask(600)); });
        QCOMPARE(error.kind(), ErrorKind::WriteFailed);
        qInfo("%s", qPrintable(error.message()));
        QCOMPARE(disk.entries(), QStringList{QStringLiteral("m.png")});
        QCOMPARE(readBytes(path), before);
    }

    void resizeMaskKeepsTheObject() {
        const QImage mask = ellipseMask({2000, 3000}, {1000, 500, 800, 800});
        const QImage small = resizeMask(mask, {683, 1024});
        QCOMPARE(small.format(), QImage::Format_Grayscale8);
        QCOMPARE(small.size(), QSize(683, 1024));
        const double scale = 683.0 / 2000.0;
        QVERIFY(std::abs(maskCentroid(small).x() - 1400 * scale) < 2);
        QVERIFY(std::abs(maskArea(small) - maskArea(mask) * scale * scale) <
                0.02 * maskArea(small));
        const QImage large = resizeMask(small, mask.size());
        QCOMPARE(large.size(), mask.size());
        QVERIFY(std::abs(maskArea(large) - maskArea(mask)) < 0.02 * maskArea(mask));
    }

    void loaderReportsTheSizeAsShown() {
        // Turned by EXIF and reduced while decoding (JPEG): the size an editor shows.
        QSize original;
        const QImage photo = loadImage(rotatedPhoto(), {}, &original);
        QCOMPARE(original, QSize(2000, 3000));
        QCOMPARE(photo.height(), 1024);
        QVERIFY(std::abs(photo.width() - 683) <= 1);
        // Decoded at full size and reduced afterwards (greyscale PNG), and not reduced at all.
        const QString grey = m_folder.filePath(QStringLiteral("grey-photo.png"));
        QVERIFY(ellipseMask({1500, 1100}, {300, 300, 500, 500}).save(grey));
        QCOMPARE(loadImage(grey, {}, &original).width(), 1024);
        QCOMPARE(original, QSize(1500, 1100));
        QCOMPARE(loadImage(grey, {2048}, &original).size(), QSize(1500, 1100));
        QCOMPARE(original, QSize(1500, 1100));
    }

    void cliUsesTheMaskAndSavesIt() {
        QTemporaryDir out;
        // The photo's object is a disc; the user's mask a tall bar elsewhere, as shown.
        QImage bar(2000, 3000, QImage::Format_Grayscale8);
        bar.fill(0);
        QPainter(&bar).fillRect(QRect(300, 1000, 400, 1600), Qt::white);
        const QString maskPath = out.filePath(QStringLiteral("bar.png"));
        QVERIFY(bar.save(maskPath));
        const QString saved = out.filePath(QStringLiteral("used.png"));
        const QString mesh = out.filePath(QStringLiteral("bar.obj"));
        CliRun run = runCli({rotatedPhoto(), QStringLiteral("--mask"), maskPath,
                             QStringLiteral("--save-mask"), saved, QStringLiteral("-o"), mesh});
        QVERIFY2(run.exitCode == 0, qPrintable(run.error));
        QCOMPARE(readMaskFile(saved, {2000, 3000}), bar);
        // The test shape is an ellipsoid with the aspect of the mask's object: 1 x 4 here.
        glm::vec3 extent = importMesh(mesh).bounds().size();
        QVERIFY2(extent.y > 2.5f * extent.x,
                 qPrintable(QStringLiteral("%1 x %2").arg(extent.x).arg(extent.y)));

        // Without --mask: the automatic mask, saved at the photo's size as shown.
        const QString automatic = out.filePath(QStringLiteral("automatic.png"));
        const QString discMesh = out.filePath(QStringLiteral("disc.obj"));
        run = runCli({rotatedPhoto(), QStringLiteral("--save-mask"), automatic,
                      QStringLiteral("-o"), discMesh});
        QVERIFY2(run.exitCode == 0, qPrintable(run.error));
        const QImage found = readMaskFile(automatic, {2000, 3000});
        const QPointF centre = maskCentroid(found);
        QVERIFY2(std::abs(centre.x() - 1400) < 10 && std::abs(centre.y() - 900) < 10,
                 qPrintable(QStringLiteral("%1, %2").arg(centre.x()).arg(centre.y())));
        QVERIFY(std::abs(maskArea(found) - 3.14159 * 400 * 400) < 0.03 * maskArea(found));
        extent = importMesh(discMesh).bounds().size();
        QVERIFY(std::abs(extent.y - extent.x) < 0.15f);
        // What --save-mask wrote is a mask --mask takes.
        run = runCli({rotatedPhoto(), QStringLiteral("--mask"), automatic, QStringLiteral("-o"),
                      out.filePath(QStringLiteral("again.obj"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.error));
    }

    void cliRefusesAMaskOfAnotherSize() {
        QTemporaryDir out;
        // The stored pixel size of the photo, not the size it is shown at.
        const QString maskPath = m_folder.filePath(QStringLiteral("stored-size.png"));
        QVERIFY(ellipseMask({3000, 2000}, {1000, 500, 800, 800}).save(maskPath));
        const CliRun run =
            runCli({rotatedPhoto(), QStringLiteral("--mask"), maskPath,
                    QStringLiteral("--save-mask"), out.filePath(QStringLiteral("used.png")),
                    QStringLiteral("-o"), out.filePath(QStringLiteral("out.glb"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.error.startsWith(QLatin1String("lift3d-cli: ")) &&
                     !run.error.contains(QLatin1Char('\n')) && run.error.endsWith(QLatin1Char('.')),
                 qPrintable(run.error));
        QVERIFY2(run.error.contains(QLatin1String("3000 x 2000")) &&
                     run.error.contains(QLatin1String("2000 x 3000")),
                 qPrintable(run.error));
        QVERIFY2(QDir(out.path()).isEmpty(), "a failed run left a file behind");
    }

    void cliTakesAMaskForOnePictureOnly() {
        QTemporaryDir out;
        const QString maskPath = m_folder.filePath(QStringLiteral("any-mask.png"));
        QVERIFY(ellipseMask({20, 20}, {2, 2, 16, 16}).save(maskPath));
        const CliRun run = runCli({rotatedPhoto(), rotatedPhoto(), QStringLiteral("--mask"),
                                   maskPath, QStringLiteral("-o"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.error.contains(QLatin1String("--mask")), qPrintable(run.error));
        QVERIFY(QDir(out.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaskFile)
#include "tst_maskfile.moc"
