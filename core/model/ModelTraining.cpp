#include "core/model/ModelTraining.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/dataset/ShapeDataset.h"
#include "core/image/ImagePreparation.h"
#include "core/model/ModelFile.h"
#include "core/model/Networks.h"
#include "core/model/TensorImage.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <thread>

namespace lift3d {
namespace {

struct TrainingData {
    torch::Tensor fields;       // [N, S, S, S] int8: view-frame SDF / truncation * 127
    torch::Tensor images;       // [N, 4, H, W] uint8
    torch::Tensor validFields;  // validation objects, same encoding
    torch::Tensor validImages;
};

// Fields and conditioning images of every (object, training view) of a split.
void loadViews(const ShapeDataset& dataset, Split split, const ModelConfig& config, int viewsPerObject,
               torch::Tensor& fields, torch::Tensor& images) {
    const std::vector<const DatasetObject*> objects = dataset.objectsIn(split);
    std::vector<std::size_t> firstRow(objects.size() + 1, 0); // rows of object o: [firstRow[o], firstRow[o + 1])
    for (std::size_t o = 0; o < objects.size(); ++o)
        firstRow[o + 1] = firstRow[o] + std::size_t(std::min<int>(viewsPerObject, int(objects[o]->views.size())));
    const int s = config.fieldSide, h = config.imageSize;
    fields = torch::zeros({long(firstRow.back()), s, s, s}, torch::kInt8);
    images = torch::zeros({long(firstRow.back()), 4, h, h}, torch::kUInt8);
    std::vector<std::uint8_t> ok(firstRow.back(), 0);
    parallelFor(objects.size(), [&](std::size_t o) {
        const DatasetObject& object = *objects[o];
        float truncation = 0.1f;
        const ScalarGrid canonical = dataset.canonicalField(object, &truncation); // once for all its views
        for (std::size_t row = firstRow[o]; row < firstRow[o + 1]; ++row) {
            const DatasetView& view = object.views[row - firstRow[o]];
            try {
                ConditioningOptions conditioning;
                conditioning.size = h;
                const PreparedImage prepared = prepareImageFile(dataset.objectPath(object, view.imageFile), conditioning);
                images[long(row)].copy_(conditioningToBytes(prepared.conditioning));
                const ScalarGrid field = fieldInViewFrame(canonical, view.camera, s, truncation);
                auto values = torch::from_blob(const_cast<float*>(field.values.data()), {s, s, s}, torch::kFloat32);
                fields[long(row)].copy_((values / config.truncation).clamp(-1.0, 1.0).mul(127.0).round().to(torch::kInt8));
                ok[row] = 1;
            } catch (const std::exception&) {
                // No visible object in this view (seen edge-on): left out below.
            }
        }
    });
    std::vector<long> kept;
    for (std::size_t i = 0; i < ok.size(); ++i)
        if (ok[i])
            kept.push_back(long(i));
    const auto index = torch::tensor(kept, torch::kLong);
    fields = fields.index_select(0, index);
    images = images.index_select(0, index);
}

torch::Tensor fieldBatch(const torch::Tensor& fields, const torch::Tensor& index) {
    return fields.index_select(0, index).to(torch::kFloat32).div(127.0).unsqueeze(1);
}

torch::Tensor imageBatch(const torch::Tensor& images, const torch::Tensor& index) {
    return images.index_select(0, index).to(torch::kFloat32).div(255.0);
}

// Decoder query points: half anywhere on the lattice, half near the surface, where the mesh is.
std::pair<torch::Tensor, torch::Tensor> samplePoints(const torch::Tensor& field, int count) {
    const auto batch = field.size(0), side = field.size(2);
    const auto flat = field.view({batch, -1});
    const auto uniform = torch::randint(flat.size(1), {batch, count / 2}, torch::kLong);
    const auto weights = (flat.abs() < 0.5).to(torch::kFloat32) + 1e-3;
    const auto near = torch::multinomial(weights, count - count / 2, true);
    const auto index = torch::cat({uniform, near}, 1);
    const auto x = index.remainder(side), y = index.div(side, "floor").remainder(side),
               z = index.div(side * side, "floor");
    auto points = torch::stack({x, y, z}, -1).to(torch::kFloat32).div(double(side - 1)).mul(2.0).sub(1.0);
    // Jitter within a cell so the decoder learns between lattice points; targets follow by
    // trilinear interpolation of the field itself.
    points = (points + (torch::rand_like(points) - 0.5) * (2.0 / double(side - 1))).clamp(-1.0, 1.0);
    const auto grid = points.view({batch, count, 1, 1, 3});
    const auto target = torch::nn::functional::grid_sample(
                            field, grid, torch::nn::functional::GridSampleFuncOptions().align_corners(true))
                            .view({batch, count});
    return {points, target};
}

void updateEma(torch::nn::Module& ema, torch::nn::Module& model, double decay) {
    torch::NoGradGuard noGrad;
    auto target = ema.named_parameters(true);
    for (const auto& item : model.named_parameters(true))
        target[item.key()].mul_(decay).add_(item.value(), 1.0 - decay);
    auto targetBuffers = ema.named_buffers(true);
    for (const auto& item : model.named_buffers(true))
        targetBuffers[item.key()].copy_(item.value());
}

void copyWeights(torch::nn::Module& to, torch::nn::Module& from) { updateEma(to, from, 0.0); }

struct State {
    QString phase = QStringLiteral("autoencoder");
    int step = 0;
    double seconds = 0;
    QJsonObject toJson() const {
        return {{QStringLiteral("phase"), phase}, {QStringLiteral("step"), step}, {QStringLiteral("seconds"), seconds}};
    }
};

void appendLog(const QString& path, const QString& line) {
    QFile file(path);
    const bool fresh = !file.exists();
    if (file.open(QIODevice::Append | QIODevice::Text)) {
        if (fresh)
            file.write("phase,step,loss,validation_loss,elapsed_s\n");
        file.write(line.toUtf8() + '\n');
    }
}

} // namespace

void trainModel(const TrainingOptions& options, const std::function<void(const TrainingProgress&)>& progress,
                const std::atomic<bool>* cancel) {
    torch::set_num_threads(int(std::max(1u, std::thread::hardware_concurrency())));
    torch::manual_seed(options.seed);
    const QDir out(options.outputDir);
    if (!QDir().mkpath(out.filePath(QStringLiteral("model"))))
        throw Error(ErrorKind::DirectoryNotWritable, QStringLiteral("Cannot create %1.").arg(options.outputDir));
    const QString checkpointPath = out.filePath(QStringLiteral("checkpoint.pt"));
    const QString emaPath = out.filePath(QStringLiteral("checkpoint-ema.pt"));
    const QString optimizerPath = out.filePath(QStringLiteral("optimizer.pt"));
    const QString statePath = out.filePath(QStringLiteral("state.json"));
    const QString logPath = out.filePath(QStringLiteral("loss.csv"));
    const ModelConfig& config = options.config;

    ShapeFlowNet net(config), ema(config);
    State state;
    if (QFileInfo::exists(statePath) && QFileInfo::exists(checkpointPath)) {
        QFile file(statePath);
        file.open(QIODevice::ReadOnly);
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        state.phase = json.value(QStringLiteral("phase")).toString();
        state.step = json.value(QStringLiteral("step")).toInt();
        state.seconds = json.value(QStringLiteral("seconds")).toDouble();
        torch::load(net, checkpointPath.toStdString());
        if (QFileInfo::exists(emaPath))
            torch::load(ema, emaPath.toStdString());
    } else {
        copyWeights(*ema, *net);
    }
    if (state.phase == QLatin1String("done")) {
        if (state.step >= options.flowSteps)
            return;
        state.phase = QStringLiteral("flow"); // asked for more flow steps: continue from here
    }

    QElapsedTimer timer;
    timer.start();
    const double startSeconds = state.seconds;
    auto report = [&](const QString& phase, int step, int steps, double loss, double validation, const QString& message = {}) {
        if (progress)
            progress({phase, step, steps, loss, validation, startSeconds + timer.elapsed() / 1000.0, message});
    };

    report(QStringLiteral("prepare"), 0, 0, 0, -1, QStringLiteral("loading fields and images"));
    const ShapeDataset dataset(options.datasetRoot);
    TrainingData data;
    loadViews(dataset, Split::Train, config, 1 << 20, data.fields, data.images);
    loadViews(dataset, Split::Validation, config, 4, data.validFields, data.validImages);
    const long count = data.fields.size(0);
    report(QStringLiteral("prepare"), 0, 0, 0, -1,
           QStringLiteral("%1 training views, %2 validation views").arg(count).arg(data.validFields.size(0)));

    // `optimizer` is null between phases: the next phase starts a fresh one.
    auto save = [&](const QString& phase, int step, torch::optim::Optimizer* optimizer) {
        torch::save(net, checkpointPath.toStdString());
        torch::save(ema, emaPath.toStdString());
        if (optimizer)
            torch::save(*optimizer, optimizerPath.toStdString());
        state = {phase, step, startSeconds + timer.elapsed() / 1000.0};
        QSaveFile file(statePath);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(state.toJson()).toJson());
        file.commit();
    };

    // Phase 1: shape autoencoder.
    if (state.phase == QLatin1String("autoencoder")) {
        std::vector<torch::Tensor> parameters = net->shapeEncoder->parameters();
        for (const auto& p : net->shapeDecoder->parameters())
            parameters.push_back(p);
        torch::optim::Adam optimizer(parameters, torch::optim::AdamOptions(options.autoencoderLearningRate));
        if (state.step > 0 && QFileInfo::exists(optimizerPath))
            torch::load(optimizer, optimizerPath.toStdString());
        auto autoencoderLoss = [&](const torch::Tensor& field, bool noisy) {
            auto latent = net->shapeEncoder->forward(field);
            const auto penalty = latent.pow(2).mean();
            // Noise on a latent kept near unit scale by the penalty: nearby latents must decode to
            // similar shapes, a smooth space the flow can learn in few steps, and a decoder that
            // tolerates the flow's imperfect samples.
            if (noisy)
                latent = latent + 0.2 * torch::randn_like(latent);
            const auto features = net->shapeDecoder->features(latent);
            const auto [points, target] = samplePoints(field, options.pointsPerField);
            const auto predicted = net->shapeDecoder->query(features, points);
            return torch::nn::functional::l1_loss(predicted, target) + 1e-3 * penalty;
        };
        for (int step = state.step; step < options.autoencoderSteps; ++step) {
            if (cancel && cancel->load()) {
                save(QStringLiteral("autoencoder"), step, &optimizer);
                return;
            }
            const auto index = torch::randint(count, {options.autoencoderBatch}, torch::kLong);
            const auto loss = autoencoderLoss(fieldBatch(data.fields, index), true);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            double validation = -1;
            if ((step + 1) % 100 == 0 && data.validFields.size(0) > 0) {
                torch::NoGradGuard noGrad;
                const auto vIndex = torch::arange(std::min<long>(64, data.validFields.size(0)));
                validation = autoencoderLoss(fieldBatch(data.validFields, vIndex), false).item<double>();
            }
            if ((step + 1) % 10 == 0 || validation >= 0)
                appendLog(logPath, QStringLiteral("autoencoder,%1,%2,%3,%4").arg(step + 1).arg(loss.item<double>())
                                       .arg(validation).arg(startSeconds + timer.elapsed() / 1000.0));
            report(QStringLiteral("autoencoder"), step + 1, options.autoencoderSteps, loss.item<double>(), validation);
            if ((step + 1) % options.checkpointEvery == 0)
                save(QStringLiteral("autoencoder"), step + 1, &optimizer);
        }
        // Whiten the latents for the flow.
        {
            torch::NoGradGuard noGrad;
            std::vector<torch::Tensor> latents;
            for (long start = 0; start < count; start += 256) {
                const auto index = torch::arange(start, std::min(count, start + 256));
                latents.push_back(net->shapeEncoder->forward(fieldBatch(data.fields, index)).flatten(1));
            }
            const auto all = torch::cat(latents, 0);
            net->latentMean.copy_(all.mean(0));
            net->latentStd.copy_(all.std(0).clamp_min(1e-3));
        }
        copyWeights(*ema, *net);
        save(QStringLiteral("flow"), 0, nullptr);
    }

    // Phase 2: image encoder + shortcut velocity network on frozen, whitened latents.
    torch::Tensor latents, validLatents;
    {
        torch::NoGradGuard noGrad;
        auto encode = [&](const torch::Tensor& fields) {
            std::vector<torch::Tensor> parts;
            for (long start = 0; start < fields.size(0); start += 256) {
                const auto index = torch::arange(start, std::min(fields.size(0), start + 256));
                parts.push_back(net->shapeEncoder->forward(fieldBatch(fields, index)).flatten(1));
            }
            return ((torch::cat(parts, 0) - net->latentMean) / net->latentStd);
        };
        latents = encode(data.fields);
        validLatents = data.validFields.size(0) ? encode(data.validFields) : torch::Tensor();
    }
    std::vector<torch::Tensor> parameters = net->imageEncoder->parameters();
    for (const auto& p : net->velocity->parameters())
        parameters.push_back(p);
    for (const auto& p : net->latentRegressor->parameters())
        parameters.push_back(p);
    torch::optim::AdamW optimizer(parameters, torch::optim::AdamWOptions(options.flowLearningRate).weight_decay(1e-4));
    if (state.step > 0 && QFileInfo::exists(optimizerPath))
        torch::load(optimizer, optimizerPath.toStdString());

    auto flowLoss = [&](ShapeFlowNet& model, const torch::Tensor& x1, const torch::Tensor& images, int shortcutCount) {
        const long batch = x1.size(0);
        const auto condition = model->imageEncoder->forward(images);
        const auto x0 = torch::randn_like(x1);
        auto t = torch::rand({batch});
        auto d = torch::zeros({batch});
        torch::Tensor target = x1 - x0;
        if (shortcutCount > 0) {
            // Shortcut rows: d = 2^-k for k in 0..6, t on the grid of d so that t + d <= 1.
            const auto k = torch::randint(0, 7, {shortcutCount}, torch::kLong);
            const auto dShort = torch::pow(2.0, -k.to(torch::kFloat32));
            const auto slots = (1.0 / dShort).to(torch::kLong);
            const auto tShort = (torch::rand({shortcutCount}) * slots.to(torch::kFloat32)).floor() * dShort;
            t = torch::cat({tShort, t.slice(0, shortcutCount)});
            d = torch::cat({dShort, d.slice(0, shortcutCount)});
            const auto xtShort = (1 - tShort.unsqueeze(1)) * x0.slice(0, 0, shortcutCount) +
                                 tShort.unsqueeze(1) * x1.slice(0, 0, shortcutCount);
            torch::Tensor shortcutTarget;
            {
                torch::NoGradGuard noGrad;
                const auto half = dShort / 2;
                // The smallest half step (1/128) is taken as plain flow matching (d = 0).
                const auto halfQuery = torch::where(half < 1.0 / 64 - 1e-6, torch::zeros_like(half), half);
                const auto emaCondition = ema->imageEncoder->forward(images.slice(0, 0, shortcutCount));
                const auto v1 = ema->velocity->forward(xtShort, tShort, halfQuery, emaCondition);
                const auto xMid = xtShort + half.unsqueeze(1) * v1;
                const auto v2 = ema->velocity->forward(xMid, tShort + half, halfQuery, emaCondition);
                shortcutTarget = (v1 + v2) / 2;
            }
            target = torch::cat({shortcutTarget, target.slice(0, shortcutCount)});
        }
        const auto xt = (1 - t.unsqueeze(1)) * x0 + t.unsqueeze(1) * x1;
        const auto predicted = model->velocity->forward(xt, t, d, condition);
        const auto regression = torch::mse_loss(model->latentRegressor->forward(condition), x1);
        return torch::mse_loss(predicted, target) + 0.5 * regression;
    };

    const int shortcutRows = int(std::lround(options.flowBatch * options.shortcutFraction));
    for (int step = state.step; step < options.flowSteps; ++step) {
        if (cancel && cancel->load()) {
            save(QStringLiteral("flow"), step, &optimizer);
            return;
        }
        const auto index = torch::randint(count, {options.flowBatch}, torch::kLong);
        const auto loss = flowLoss(net, latents.index_select(0, index), imageBatch(data.images, index), shortcutRows);
        optimizer.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(parameters, 1.0);
        optimizer.step();
        updateEma(*ema, *net, options.emaDecay);
        double validation = -1;
        if ((step + 1) % 250 == 0 && validLatents.defined()) {
            torch::NoGradGuard noGrad;
            const auto vIndex = torch::arange(std::min<long>(256, validLatents.size(0)));
            validation = flowLoss(ema, validLatents.index_select(0, vIndex), imageBatch(data.validImages, vIndex), 0).item<double>();
        }
        if ((step + 1) % 10 == 0 || validation >= 0)
            appendLog(logPath, QStringLiteral("flow,%1,%2,%3,%4").arg(step + 1).arg(loss.item<double>())
                                   .arg(validation).arg(startSeconds + timer.elapsed() / 1000.0));
        report(QStringLiteral("flow"), step + 1, options.flowSteps, loss.item<double>(), validation);
        if ((step + 1) % options.checkpointEvery == 0)
            save(QStringLiteral("flow"), step + 1, &optimizer);
    }

    // The shipped weights: the EMA copy, with the autoencoder and whitening of the live one.
    {
        torch::NoGradGuard noGrad;
        ema->latentMean.copy_(net->latentMean);
        ema->latentStd.copy_(net->latentStd);
    }
    const QString weights = out.filePath(QStringLiteral("model/lift3d-model.pt"));
    torch::save(ema, weights.toStdString());
    ModelManifest manifest;
    manifest.config = config;
    manifest.sha256 = sha256OfFile(weights);
    manifest.trainingData = QStringLiteral("%1 training views of %2 Sweet Home 3D catalog objects (train split)")
                                .arg(count).arg(dataset.objectsIn(Split::Train).size());
    manifest.attribution = sweetHome3DAttribution();
    manifest.trainingCommand = options.command;
    manifest.training = {{QStringLiteral("seed"), QString::number(options.seed)},
                         {QStringLiteral("autoencoderSteps"), options.autoencoderSteps},
                         {QStringLiteral("flowSteps"), options.flowSteps},
                         {QStringLiteral("flowBatch"), options.flowBatch},
                         {QStringLiteral("shortcutFraction"), options.shortcutFraction},
                         {QStringLiteral("emaDecay"), options.emaDecay},
                         {QStringLiteral("wallClockSeconds"), startSeconds + timer.elapsed() / 1000.0},
                         {QStringLiteral("finishedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile file(out.filePath(QStringLiteral("model/manifest.json")));
    file.open(QIODevice::WriteOnly);
    file.write(manifestToJson(manifest));
    file.commit();
    save(QStringLiteral("done"), options.flowSteps, &optimizer);
    report(QStringLiteral("done"), options.flowSteps, options.flowSteps, 0, -1);
}

} // namespace lift3d
