#include "core/segment/SegmenterTraining.h"

#include "core/Error.h"
#include "core/dataset/DataSplit.h"
#include "core/dataset/ShapeDataset.h"
#include "core/modelfile/ModelFile.h"
#include "core/modelfile/SegmenterManifest.h"
#include "core/segment/SegmenterNet.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>
#include <cstdio>
#include <functional>
#include <thread>

namespace lift3d {
namespace {

namespace F = torch::nn::functional;

constexpr int storedSide = 128; // the dataset's renders

// Pictures [N, 3, S, S] and masks [N, 1, S, S], uint8, all S = storedSide.
struct MaskedPictures {
    std::vector<torch::Tensor> rgb, mask;
    torch::Tensor stackedRgb() const { return torch::stack(rgb); }
    torch::Tensor stackedMask() const { return torch::stack(mask); }
};

torch::Tensor channels(const QImage& image, int first, int count) {
    const QImage rgba =
        image.convertToFormat(QImage::Format_RGBA8888)
            .scaled(storedSide, storedSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    auto all = torch::empty({storedSide, storedSide, 4}, torch::kUInt8);
    for (int y = 0; y < storedSide; ++y)
        std::memcpy(all.data_ptr<std::uint8_t>() + std::size_t(y) * storedSide * 4,
                    rgba.constScanLine(y), storedSide * 4);
    return all.slice(2, first, first + count).permute({2, 0, 1}).contiguous();
}

// A tabletop scene and its mask; false when either is missing or unreadable (skipped).
bool addScene(const ShapeDataset& dataset, const DatasetObject& object, const DatasetView& view,
              MaskedPictures& into) {
    const QImage picture(dataset.objectPath(object, view.imageFile));
    const QImage mask(dataset.objectPath(object, view.maskFile));
    if (picture.isNull() || mask.isNull())
        return false;
    into.rgb.push_back(channels(picture, 0, 3));
    into.mask.push_back(channels(
        mask.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_RGBA8888), 0,
        1));
    return true;
}

// A cut-out render: its colours (premultiplied over black) and alpha as the mask.
bool addCutOut(const ShapeDataset& dataset, const DatasetObject& object, const DatasetView& view,
               MaskedPictures& into) {
    const QImage picture(dataset.objectPath(object, view.imageFile));
    if (picture.isNull() || !picture.hasAlphaChannel())
        return false;
    into.rgb.push_back(channels(picture, 0, 3));
    into.mask.push_back(channels(picture, 3, 1));
    return true;
}

struct SegmenterData {
    torch::Tensor sceneRgb, sceneMask; // training tabletop scenes
    torch::Tensor cutRgb, cutMask;     // training cut-outs
    torch::Tensor validRgb, validMask; // validation tabletop scenes
    int objects = 0;
};

SegmenterData loadData(const ShapeDataset& dataset, int validationViews) {
    MaskedPictures scenes, cutOuts, valid;
    int objects = 0;
    for (const DatasetObject* object : dataset.objectsIn(Split::Train)) {
        bool used = false;
        for (const DatasetView& view : object->tabletopViews)
            used |= addScene(dataset, *object, view, scenes);
        if (!object->views.empty()) {
            // One cut-out per object, a different view for different objects.
            const auto& view = object->views[fnv1a32(object->key.toUtf8()) % object->views.size()];
            used |= addCutOut(dataset, *object, view, cutOuts);
        }
        objects += used;
    }
    for (const DatasetObject* object : dataset.objectsIn(Split::Validation))
        for (const DatasetView& view : object->tabletopViews)
            if (int(valid.rgb.size()) < validationViews)
                addScene(dataset, *object, view, valid);
    if (scenes.rgb.empty() || cutOuts.rgb.empty())
        throw Error(ErrorKind::FileNotFound,
                    QStringLiteral("The dataset at %1 has no tabletop scenes or cut-out renders of "
                                   "training objects. Rebuild it with lift3d-data (tabletop views "
                                   "are on by default).")
                        .arg(dataset.root()));
    SegmenterData data;
    data.sceneRgb = scenes.stackedRgb();
    data.sceneMask = scenes.stackedMask();
    data.cutRgb = cutOuts.stackedRgb();
    data.cutMask = cutOuts.stackedMask();
    if (!valid.rgb.empty()) {
        data.validRgb = valid.stackedRgb();
        data.validMask = valid.stackedMask();
    }
    data.objects = objects;
    return data;
}

torch::Tensor uniformIn(long rows, double low, double high) {
    return torch::rand({rows, 1, 1, 1}) * (high - low) + low;
}

// Plain, tinted or two-colour gradient backgrounds [rows, 3, S, S], light more often than dark
// (product shots on paper, walls and tables).
torch::Tensor backgrounds(long rows, int side) {
    const auto light = torch::rand({rows, 1, 1, 1}) < 0.5;
    const auto top = torch::where(light,
                                  uniformIn(rows, 0.75, 1.0).expand({rows, 3, 1, 1}) +
                                      (torch::rand({rows, 3, 1, 1}) - 0.5) * 0.1,
                                  torch::rand({rows, 3, 1, 1}));
    const auto bottom =
        torch::where(torch::rand({rows, 1, 1, 1}) < 0.5, top, top * uniformIn(rows, 0.5, 1.1));
    const auto ramp = torch::linspace(0, 1, side).view({1, 1, side, 1});
    return (top + (bottom - top) * ramp).expand({rows, 3, side, side}).clamp(0, 1);
}

// One training batch at `crop`^2: rgb [B, 3, C, C] in [0, 1], mask [B, 1, C, C] in {0, 1}.
std::pair<torch::Tensor, torch::Tensor> trainingBatch(const SegmenterData& data, int batch,
                                                      int crop) {
    const long cutRows = batch / 3, sceneRows = batch - cutRows;
    const auto scenes = torch::randint(data.sceneRgb.size(0), {sceneRows}, torch::kLong);
    const auto cuts = torch::randint(data.cutRgb.size(0), {cutRows}, torch::kLong);
    const auto cutAlpha = data.cutMask.index_select(0, cuts).to(torch::kFloat32) / 255;
    // The renders' colours are premultiplied over black where alpha is partial.
    const auto cutRgb = data.cutRgb.index_select(0, cuts).to(torch::kFloat32) / 255 +
                        (1 - cutAlpha) * backgrounds(cutRows, storedSide);
    auto rgb = torch::cat(
        {data.sceneRgb.index_select(0, scenes).to(torch::kFloat32) / 255, cutRgb.clamp(0, 1)});
    auto mask =
        torch::cat({data.sceneMask.index_select(0, scenes).to(torch::kFloat32) / 255, cutAlpha});

    // Scale (zoom in to 0.5 of the frame, out to 1.25 with the border repeated), shift, mirror.
    const auto scale = torch::rand({batch}) * 0.75 + 0.5;
    const auto mirror = torch::where(torch::rand({batch}) < 0.5, -1.0, 1.0);
    const auto room = (1 - scale).abs();
    const auto tx = (torch::rand({batch}) * 2 - 1) * room;
    const auto ty = (torch::rand({batch}) * 2 - 1) * room;
    const auto zero = torch::zeros({batch});
    const auto theta = torch::stack(
        {torch::stack({scale * mirror, zero, tx}, 1), torch::stack({zero, scale, ty}, 1)}, 1);
    const auto grid = F::affine_grid(theta, {batch, 3, crop, crop}, false);
    const auto sample = [&](const torch::Tensor& image) {
        return F::grid_sample(image, grid,
                              F::GridSampleFuncOptions()
                                  .mode(torch::kBilinear)
                                  .padding_mode(torch::kBorder)
                                  .align_corners(false));
    };
    rgb = sample(rgb);
    mask = (sample(mask) > 0.5).to(torch::kFloat32);

    // A photograph's look: exposure, contrast, saturation, colour cast, blur, sensor noise.
    const auto grey = rgb.mean(1, true);
    rgb = grey + (rgb - grey) * uniformIn(batch, 0.5, 1.4);
    const auto mean = rgb.mean({1, 2, 3}, true);
    rgb = mean + (rgb - mean) * uniformIn(batch, 0.65, 1.35);
    rgb = rgb * (1 + (torch::rand({batch, 3, 1, 1}) - 0.5) * 0.2) + uniformIn(batch, -0.15, 0.15);
    const auto blurred = F::avg_pool2d(
        rgb, F::AvgPool2dFuncOptions(3).stride(1).padding(1).count_include_pad(false));
    rgb = torch::where(torch::rand({batch, 1, 1, 1}) < 0.3, blurred, rgb);
    rgb = rgb + torch::randn_like(rgb) * uniformIn(batch, 0.0, 0.03);
    return {rgb.clamp(0, 1), mask};
}

torch::Tensor segmenterLoss(const torch::Tensor& logits, const torch::Tensor& mask) {
    const auto probability = torch::sigmoid(logits);
    const auto intersection = (probability * mask).sum({1, 2, 3});
    const auto uni = (probability + mask - probability * mask).sum({1, 2, 3});
    const auto softIoU = (intersection + 1) / (uni + 1);
    return F::binary_cross_entropy_with_logits(logits, mask) + (1 - softIoU).mean();
}

double validationIoU(SegmenterNet& net, const SegmenterData& data) {
    if (!data.validRgb.defined())
        return -1;
    torch::NoGradGuard noGrad;
    net->eval();
    double sum = 0;
    const long count = data.validRgb.size(0);
    for (long start = 0; start < count; start += 64) {
        const long end = std::min(count, start + 64);
        const auto logits =
            net->forward(data.validRgb.slice(0, start, end).to(torch::kFloat32) / 255);
        const auto predicted = logits > 0;
        const auto truth = data.validMask.slice(0, start, end) > 127;
        const auto intersection = (predicted & truth).sum({1, 2, 3}).to(torch::kFloat64);
        const auto uni = (predicted | truth).sum({1, 2, 3}).to(torch::kFloat64).clamp_min(1);
        sum += (intersection / uni).sum().item<double>();
    }
    net->train();
    return sum / double(count);
}

// `write` fills a file under a temporary name, which then replaces `path` in one rename: an
// interrupted save leaves the previous file whole, never a truncated one.
void saveAtomically(const QString& path, const std::function<void(const std::string&)>& write) {
    const QString partial = path + QStringLiteral(".partial");
    try {
        write(partial.toStdString());
    } catch (const std::exception& error) {
        QFile::remove(partial);
        throw Error(
            ErrorKind::WriteFailed,
            QStringLiteral("Cannot write %1 (%2). Free some disk space or choose "
                           "another --output folder.")
                .arg(path, QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    if (std::rename(partial.toLocal8Bit().constData(), path.toLocal8Bit().constData()) != 0)
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot replace %1. Check the --output folder's permissions.")
                        .arg(path));
}

// The settings a run's batches and schedule depend on: a run resumed with others would not be
// the run it claims to be.
torch::Tensor runSettings(const SegmenterTrainingOptions& options) {
    return torch::tensor({std::int64_t(options.steps), std::int64_t(options.batch),
                          std::int64_t(options.crop), std::int64_t(options.seed)},
                         torch::kInt64);
}

void writeText(const QString& path, const QByteArray& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot write %1. Free some disk space or choose another "
                                   "--output folder.")
                        .arg(path));
}

void appendLine(const QString& path, const QString& line) {
    QFile file(path);
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::Append | QIODevice::Text))
        throw Error(ErrorKind::WriteFailed, QStringLiteral("Cannot append to %1.").arg(path));
    const QByteArray text =
        (fresh ? QByteArray("step,loss,validation_iou,elapsed_s\n") : QByteArray()) +
        line.toUtf8() + '\n';
    if (file.write(text) != text.size())
        throw Error(ErrorKind::WriteFailed, QStringLiteral("Cannot append to %1.").arg(path));
}

} // namespace

void trainSegmenter(const SegmenterTrainingOptions& options,
                    const std::function<void(const SegmenterProgress&)>& progress,
                    const std::atomic<bool>* cancel) {
    const auto report = [&](const SegmenterProgress& p) {
        if (progress)
            progress(p);
    };
    const QDir out(options.outputDir);
    if (!QDir().mkpath(options.outputDir))
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot create %1. Choose another --output folder.")
                        .arg(options.outputDir));
    report({0, options.steps, 0, -1, 0, QStringLiteral("loading tabletop scenes and cut-outs")});
    const ShapeDataset dataset(options.datasetRoot);
    const SegmenterData data = loadData(dataset, options.validationViews);
    report({0, options.steps, 0, -1, 0,
            QStringLiteral("%1 scenes and %2 cut-outs of %3 training objects, %4 validation "
                           "scenes")
                .arg(data.sceneRgb.size(0))
                .arg(data.cutRgb.size(0))
                .arg(data.objects)
                .arg(data.validRgb.defined() ? data.validRgb.size(0) : 0)});

    // LibTorch defaults to one thread on some machines.
    torch::set_num_threads(int(std::max(1u, std::thread::hardware_concurrency())));
    torch::manual_seed(options.seed);
    SegmenterNet net;
    torch::optim::AdamW optimizer(
        net->parameters(), torch::optim::AdamWOptions(options.learningRate).weight_decay(1e-4));
    // One file holds everything a resume needs (weights, optimizer, step, time, settings), so
    // that they can never come from different steps.
    const QString checkpoint = out.filePath(QStringLiteral("checkpoint.pt"));
    int step = 0;
    double secondsBefore = 0;
    if (QFileInfo::exists(checkpoint)) {
        torch::Tensor settings, saved;
        try {
            torch::serialize::InputArchive archive, netArchive, optimizerArchive;
            archive.load_from(checkpoint.toStdString());
            archive.read("net", netArchive);
            net->load(netArchive);
            archive.read("optimizer", optimizerArchive);
            optimizer.load(optimizerArchive);
            archive.read("settings", settings);
            archive.read("progress", saved);
        } catch (const std::exception& error) {
            throw Error(ErrorKind::CorruptData,
                        QStringLiteral("Cannot resume from %1 (%2). Delete the --output folder "
                                       "to start over.")
                            .arg(checkpoint,
                                 QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
        }
        if (!torch::equal(settings, runSettings(options)))
            throw Error(ErrorKind::InvalidArgument,
                        QStringLiteral("%1 holds a run with other --steps, --batch or --seed. "
                                       "Resume it with the same options, or choose another "
                                       "--output folder.")
                            .arg(options.outputDir));
        step = int(saved[0].item<double>());
        secondsBefore = saved[1].item<double>();
    }
    QElapsedTimer timer;
    timer.start();
    const auto elapsed = [&] { return secondsBefore + timer.elapsed() / 1000.0; };
    const auto save = [&](int done) {
        saveAtomically(checkpoint, [&](const std::string& path) {
            torch::serialize::OutputArchive archive, netArchive, optimizerArchive;
            net->save(netArchive);
            archive.write("net", netArchive);
            optimizer.save(optimizerArchive);
            archive.write("optimizer", optimizerArchive);
            archive.write("settings", runSettings(options));
            archive.write("progress", torch::tensor({double(done), elapsed()}, torch::kFloat64));
            archive.save_to(path);
        });
    };
    const QString log = out.filePath(QStringLiteral("loss.csv"));
    net->train();
    double lastValidation = -1;
    for (; step < options.steps; ++step) {
        if (cancel && cancel->load()) {
            save(step);
            return;
        }
        // Seeded per step: a resumed run draws the same batches as an uninterrupted one.
        torch::manual_seed(options.seed + std::uint64_t(step) * 7919);
        // Cosine decay after a 100-step warm-up, from the step alone (resumable).
        const double warm = std::min(1.0, (step + 1) / 100.0);
        const double rate = options.learningRate * warm * 0.5 *
                            (1 + std::cos(M_PI * double(step) / double(options.steps)));
        for (auto& group : optimizer.param_groups())
            static_cast<torch::optim::AdamWOptions&>(group.options()).lr(rate);
        const auto [rgb, mask] = trainingBatch(data, options.batch, options.crop);
        const auto loss = segmenterLoss(net->forward(rgb), mask);
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        const int done = step + 1;
        const bool checkpointNow = done % options.checkpointEvery == 0 || done == options.steps;
        const double validation = checkpointNow ? validationIoU(net, data) : -1;
        if (validation >= 0)
            lastValidation = validation;
        if (done % 10 == 0 || validation >= 0)
            appendLine(log, QStringLiteral("%1,%2,%3,%4")
                                .arg(done)
                                .arg(loss.item<double>())
                                .arg(validation)
                                .arg(elapsed()));
        report({done, options.steps, loss.item<double>(), validation, elapsed(), {}});
        if (checkpointNow)
            save(done);
    }

    // The shipped model: weights and a manifest with their checksum.
    const QString modelDir = out.filePath(QStringLiteral("model"));
    QDir().mkpath(modelDir);
    SegmenterManifest manifest;
    const QString weights = QDir(modelDir).filePath(manifest.weightsFile);
    net->eval();
    saveAtomically(weights, [&](const std::string& path) { torch::save(net, path); });
    if (lastValidation < 0) // resumed with no step left: measure the weights that ship
        lastValidation = validationIoU(net, data);
    net->eval();
    manifest.sha256 = sha256OfFile(weights);
    manifest.inputSide = segmenterInputSide;
    manifest.trainingData =
        QStringLiteral("%1 tabletop scenes and %2 cut-out renders of %3 training-split objects "
                       "of the Lift3D dataset")
            .arg(data.sceneRgb.size(0))
            .arg(data.cutRgb.size(0))
            .arg(data.objects);
    manifest.attribution = dataset.sourceCredits().join(QLatin1Char('\n'));
    manifest.trainingCommand = options.command;
    manifest.training = {
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("steps"), options.steps},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("crop"), options.crop},
        {QStringLiteral("validationIoU"), lastValidation},
        {QStringLiteral("wallClockSeconds"), elapsed()},
        {QStringLiteral("finishedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    writeText(QDir(modelDir).filePath(QStringLiteral("segmenter.json")),
              segmenterManifestToJson(manifest));
}

} // namespace lift3d
