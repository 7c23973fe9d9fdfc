// lift3d-cli: image(s) in, mesh file(s) out.
#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/dataset/PreviewSheet.h"
#include "core/geometry/Simplify.h"
#include "core/image/ImagePreparation.h"
#include "core/image/MaskFile.h"
#include "core/io/MeshExport.h"
#include "core/model/GeneratorFactory.h"
#include "core/segment/LearnedSegmenter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace lift3d;

namespace {

// Image decoders report through Qt's log ("libpng error: Read Error", "Corrupt JPEG data"):
// noise in front of the one sentence the CLI prints for a bad file. Shown with --verbose.
bool verboseLog = false;
void quietMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (verboseLog || type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// libpng and libtiff print their own diagnostics straight to stderr, not through Qt's log. While
// a file is decoded, stderr points at /dev/null (unless --verbose); the CLI's own sentence
// about a bad file follows afterwards.
class SilencedStderr {
public:
    SilencedStderr() {
        if (verboseLog)
            return;
        std::fflush(stderr);
        m_saved = dup(STDERR_FILENO);
        const int null = open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && null >= 0)
            dup2(null, STDERR_FILENO);
        if (null >= 0)
            close(null);
    }
    ~SilencedStderr() {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        dup2(m_saved, STDERR_FILENO);
        close(m_saved);
    }
    SilencedStderr(const SilencedStderr&) = delete;
    SilencedStderr& operator=(const SilencedStderr&) = delete;

private:
    int m_saved = -1;
};

// The picture, with the user's mask file when there is one. A mask file is the size of the
// picture in its file as an editor shows it (EXIF orientation applied), so it is read at that
// size and scaled the way loadImage scaled the picture. `fullSizeMask` receives the mask in use
// at that size, for --save-mask.
PreparedImage prepareQuietly(const QString& path, const QString& maskPath, QImage* fullSizeMask,
                             const MaskPredictor* segmenter) {
    const SilencedStderr silence;
    QSize originalSize;
    const QImage picture = loadImage(path, {}, &originalSize);
    if (maskPath.isEmpty()) {
        PreparedImage prepared = prepareImage(picture, {}, segmenter);
        if (fullSizeMask)
            *fullSizeMask = resizeMask(prepared.objectMask.mask, originalSize);
        return prepared;
    }
    const QImage mask = readMaskFile(maskPath, originalSize);
    if (fullSizeMask)
        *fullSizeMask = mask;
    return prepareImageWithMask(picture, resizeMask(mask, picture.size()));
}

QStringList collectInputs(const QStringList& arguments, QStringList* emptyFolders) {
    QStringList inputs;
    QStringList imageSuffixes;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        imageSuffixes << QString::fromLatin1(format).toLower();
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (info.isDir()) {
            const int before = int(inputs.size());
            for (const QFileInfo& entry : QDir(argument).entryInfoList(QDir::Files, QDir::Name))
                if (imageSuffixes.contains(entry.suffix().toLower()))
                    inputs << entry.filePath();
            if (inputs.size() == before)
                *emptyFolders << argument;
        } else {
            inputs << argument;
        }
    }
    return inputs;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lift3d-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFT3D_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Turns photos of objects into 3D meshes, offline, on the CPU."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("images"),
                                 QStringLiteral("Image files or folders of images."));
    parser.addOptions({
        {QStringLiteral("quality"), QStringLiteral("fast (1 step, coarse grid) or full (default)."),
         QStringLiteral("fast|full"), QStringLiteral("full")},
        {QStringLiteral("steps"),
         QStringLiteral("Sampling steps, 1-128 (default: 1 fast, 32 full)."), QStringLiteral("n")},
        {QStringLiteral("resolution"),
         QStringLiteral("Decoded grid side (default: 32 fast, 64 full)."), QStringLiteral("n")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 0)."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("format"),
         QStringLiteral("glb, gltf, obj, ply, stl, fbx or 3mf (default: from -o, else glb)."),
         QStringLiteral("format")},
        {QStringLiteral("faces"), QStringLiteral("Simplify to at most n triangles."),
         QStringLiteral("n")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Output file, or folder for several inputs."),
         QStringLiteral("path")},
        {QStringLiteral("model"),
         QStringLiteral("A Lift3D model's manifest.json, or a TorchScript file (docs/model.md) "
                        "(default: the bundled model)."),
         QStringLiteral("file")},
        {QStringLiteral("mask"),
         QStringLiteral("Use this mask instead of finding the object: an image the size of the "
                        "input picture, white (or opaque) = object, black (or transparent) = "
                        "background. One input picture only."),
         QStringLiteral("file")},
        {QStringLiteral("save-mask"),
         QStringLiteral("Also write the mask used as an 8-bit greyscale PNG the size of the input "
                        "picture, white = object (editable, and readable by --mask). One input "
                        "picture only."),
         QStringLiteral("file")},
        {QStringLiteral("json"), QStringLiteral("Print per-stage timings as JSON lines.")},
        {QStringLiteral("verbose"),
         QStringLiteral("Also print what the image decoders and libraries log.")},
        {QStringLiteral("preview"),
         QStringLiteral(
             "Also write a PNG picture of each mesh (front and three-quarter view) beside it.")},
    });
    parser.process(app);

    verboseLog = parser.isSet(QStringLiteral("verbose"));
    qInstallMessageHandler(quietMessageHandler);
    QStringList emptyFolders;
    const QStringList inputs = collectInputs(parser.positionalArguments(), &emptyFolders);
    if (inputs.isEmpty() && !emptyFolders.isEmpty()) {
        std::fprintf(stderr, "lift3d-cli: %s is a folder with no images Lift3D can read.\n",
                     qPrintable(QDir::toNativeSeparators(emptyFolders.first())));
        return 1;
    }
    if (inputs.isEmpty()) {
        std::fprintf(
            stderr,
            "lift3d-cli: give at least one image, e.g. lift3d-cli photo.jpg -o photo.glb\n");
        return 2;
    }
    const QString maskPath = parser.value(QStringLiteral("mask"));
    const QString saveMaskPath = parser.value(QStringLiteral("save-mask"));
    if ((!maskPath.isEmpty() || !saveMaskPath.isEmpty()) && inputs.size() != 1) {
        std::fprintf(stderr,
                     "lift3d-cli: --mask and --save-mask take one input picture, not several.\n");
        return 2;
    }
    const bool fast = parser.value(QStringLiteral("quality")) == QLatin1String("fast");
    if (!fast && parser.value(QStringLiteral("quality")) != QLatin1String("full")) {
        std::fprintf(stderr, "lift3d-cli: --quality must be fast or full.\n");
        return 2;
    }
    GenerationSettings settings;
    settings.steps = parser.isSet(QStringLiteral("steps"))
                         ? parser.value(QStringLiteral("steps")).toInt()
                         : (fast ? 1 : 32);
    settings.resolution = parser.isSet(QStringLiteral("resolution"))
                              ? parser.value(QStringLiteral("resolution")).toInt()
                              : (fast ? 32 : 64);
    settings.seed = parser.value(QStringLiteral("seed")).toULongLong();
    if (settings.steps < 1 || settings.steps > 128 || settings.resolution < 8 ||
        settings.resolution > 256) {
        std::fprintf(stderr, "lift3d-cli: --steps must be 1-128 and --resolution 8-256.\n");
        return 2;
    }
    const int faces = parser.value(QStringLiteral("faces")).toInt();

    const QString output = parser.value(QStringLiteral("output"));
    const bool batch = inputs.size() > 1 || QFileInfo(output).isDir();
    std::optional<MeshFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = formatFromFileName(parser.value(QStringLiteral("format")));
        if (!format) {
            std::fprintf(
                stderr,
                "lift3d-cli: unknown format '%s'. Use glb, gltf, obj, ply, stl, fbx or 3mf.\n",
                qPrintable(parser.value(QStringLiteral("format"))));
            return 2;
        }
    } else if (!batch && !output.isEmpty()) {
        format = formatFromFileName(output);
    }
    if (!format)
        format = MeshFormat::Glb;
    if (batch && !output.isEmpty() && !QFileInfo(output).isDir() && !QDir().mkpath(output)) {
        std::fprintf(stderr, "lift3d-cli: cannot create the output folder %s.\n",
                     qPrintable(output));
        return 1;
    }

    std::shared_ptr<const Generator> generator;
    try {
        GeneratorOptions options;
        options.model = parser.value(QStringLiteral("model"));
        generator = makeGenerator(options).generator;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lift3d-cli: %s\n",
                     qPrintable(userMessage(
                         error, QCoreApplication::translate(
                                    "main", "The model could not be loaded (%1). Reinstall Lift3D "
                                            "or choose another model file."))));
        return 1;
    }

    // Objects in pictures without transparency are found by the learned segmenter; without it
    // (missing or damaged: said once) by the border model.
    QString segmenterProblem;
    const std::shared_ptr<const MaskPredictor> segmenter =
        maskPath.isEmpty() ? loadBundledSegmenter(&segmenterProblem) : nullptr;
    if (!segmenterProblem.isEmpty())
        std::fprintf(stderr, "lift3d-cli: %s\n", qPrintable(segmenterProblem));

    int failures = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        const QString& input = inputs[i];
        const QString base =
            QFileInfo(input).completeBaseName() + QLatin1Char('.') + formatExtension(*format);
        const QString target =
            batch ? QDir(output.isEmpty() ? QStringLiteral(".") : output).filePath(base)
                  : (output.isEmpty() ? base : output);
        if (batch) {
            std::fprintf(stderr, "\r[%d/%d] %s", i + 1, int(inputs.size()),
                         qPrintable(QFileInfo(input).fileName()));
            std::fflush(stderr);
        }
        try {
            QElapsedTimer timer;
            timer.start();
            QImage fullSizeMask;
            const PreparedImage prepared = prepareQuietly(
                input, maskPath, saveMaskPath.isEmpty() ? nullptr : &fullSizeMask, segmenter.get());
            const double preprocess = double(timer.nsecsElapsed()) / 1e6;
            // Before the mesh: a mask that cannot be written fails the run before it writes
            // anything.
            if (!saveMaskPath.isEmpty()) {
                // Never over the picture, the given mask or the mesh of this run.
                const QString saved = QFileInfo(saveMaskPath).absoluteFilePath();
                for (const QString& other : {input, maskPath, target})
                    if (!other.isEmpty() && QFileInfo(other).absoluteFilePath() == saved)
                        throw Error(ErrorKind::InvalidArgument,
                                    QStringLiteral("--save-mask %1 would overwrite %2. Give the "
                                                   "mask a file name of its own.")
                                        .arg(QDir::toNativeSeparators(saveMaskPath),
                                             QDir::toNativeSeparators(other)));
                const SilencedStderr silence; // libpng reports a full disk on its own
                writeMaskFile(saveMaskPath, fullSizeMask);
            }
            GenerationResult result = generator->generate(prepared.conditioning, settings);
            result.timings.preprocess = preprocess;
            if (faces > 0)
                simplify(result.mesh, std::size_t(faces));
            timer.restart();
            exportMesh(result.mesh, target, {*format, 1.0f});
            if (parser.isSet(QStringLiteral("preview")))
                renderPreviewSheet(result.mesh)
                    .save(QFileInfo(target).dir().filePath(QFileInfo(target).completeBaseName() +
                                                           QStringLiteral(".preview.png")));
            const double exportMs = double(timer.nsecsElapsed()) / 1e6;
            if (parser.isSet(QStringLiteral("json"))) {
                const QJsonObject line{
                    {QStringLiteral("input"), input},
                    {QStringLiteral("output"), target},
                    {QStringLiteral("steps"), settings.steps},
                    {QStringLiteral("resolution"), settings.resolution},
                    {QStringLiteral("triangles"), qint64(result.mesh.triangleCount())},
                    {QStringLiteral("preprocess_ms"), result.timings.preprocess},
                    {QStringLiteral("encode_ms"), result.timings.encode},
                    {QStringLiteral("sample_ms"), result.timings.sample},
                    {QStringLiteral("decode_ms"), result.timings.decode},
                    {QStringLiteral("mesh_ms"), result.timings.mesh},
                    {QStringLiteral("total_ms"), result.timings.total()},
                    {QStringLiteral("export_ms"), exportMs}};
                std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
            } else if (!batch) {
                std::printf("%s: %zu triangles in %.0f ms\n", qPrintable(target),
                            result.mesh.triangleCount(), result.timings.total());
            }
        } catch (const std::exception& error) {
            // Whatever failed, one line and on to the next image.
            const QString message =
                userMessage(error, QCoreApplication::translate(
                                       "main", "%1 could not be converted (%2). Try another image.")
                                       .arg(QDir::toNativeSeparators(input)));
            std::fprintf(stderr, "%slift3d-cli: %s\n", batch ? "\n" : "", qPrintable(message));
            ++failures;
        }
    }
    if (batch)
        std::fprintf(stderr, "\n%d of %d images converted\n", int(inputs.size()) - failures,
                     int(inputs.size()));
    if (qEnvironmentVariableIsSet("LIFT3D_REPORT_PEAK_MEMORY")) {
        // For scripts/bench-cli-batch.sh: the kernel's high-water mark of resident memory.
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray& line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    std::fprintf(stderr, "lift3d-cli: peak resident memory %lld MB\n",
                                 line.mid(6).trimmed().split(' ').first().toLongLong() / 1024);
    }
    return failures == 0 ? 0 : 1;
}
