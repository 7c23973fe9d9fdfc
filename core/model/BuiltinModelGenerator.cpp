#include "core/model/BuiltinModelGenerator.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/generator/ColumnSilhouette.h"
#include "core/generator/FieldFinishing.h"
#include "core/generator/StageTimer.h"
#include "core/geometry/ShapeLattice.h"
#include "core/model/Networks.h"
#include "core/model/ShortcutSampler.h"
#include "core/model/TensorImage.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <thread>

namespace lift3d {
namespace {

torch::Tensor queryField(ShapeFlowNetImpl& net, const torch::Tensor& features,
                         const torch::Tensor& points) {
    return net.queryField(features, points).mul(net.config.truncation).contiguous();
}

// Decodes an n^3 field. Above 32^3, the field is decoded on 32^3 first and only samples near
// that coarse surface are queried at full resolution; the rest, far from the surface where only
// the sign matters, are interpolated. Typically a tenth of the fine samples need the network.
ScalarGrid decodeField(ShapeFlowNetImpl& net, const torch::Tensor& features, int n) {
    constexpr int coarseSide = 32;
    ScalarGrid field = shapeLattice(n);
    if (n <= coarseSide) {
        const auto values = queryField(net, features, latticePoints(n));
        std::copy(values.data_ptr<float>(), values.data_ptr<float>() + values.numel(),
                  field.values.begin());
        return field;
    }
    ScalarGrid coarse = shapeLattice(coarseSide);
    const auto coarseValues = queryField(net, features, latticePoints(coarseSide));
    std::copy(coarseValues.data_ptr<float>(), coarseValues.data_ptr<float>() + coarseValues.numel(),
              coarse.values.begin());
    // Below the truncation, or everything would count as near: predictions saturate there.
    const float band = std::min(1.5f * coarse.spacing, 0.6f * net.config.truncation);
    std::vector<std::size_t> refine;
    std::vector<float> points;
    for (int z = 0; z < n; ++z)
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                const glm::vec3 p = field.position(x, y, z);
                const float value = sampleField(coarse, p, net.config.truncation);
                field.at(x, y, z) = value;
                if (std::abs(value) < band) {
                    refine.push_back(field.index(x, y, z));
                    points.insert(points.end(), {p.x / fieldHalfExtent, p.y / fieldHalfExtent,
                                                 p.z / fieldHalfExtent});
                }
            }
    if (refine.empty())
        return field;
    const auto query =
        torch::from_blob(points.data(), {1, long(refine.size()), 3}, torch::kFloat32);
    const auto fine = queryField(net, features, query);
    const float* values = fine.data_ptr<float>();
    for (std::size_t i = 0; i < refine.size(); ++i)
        field.values[refine[i]] = values[i];
    return field;
}

} // namespace

struct BuiltinModelGenerator::Impl {
    ModelManifest manifest;
    ShapeFlowNet net{nullptr};
    StepSizeMode stepMode = StepSizeMode::Shortcut;
    float isoLevel = 0.0f;
    float noiseTemperature = 1.0f;
    float guidanceScale = 1.0f;
    ImageCondition blank; // the encoded blank picture, when guidance is on
};

BuiltinModelGenerator::BuiltinModelGenerator(const QString& manifestPath,
                                             const GeneratorOptions& options)
    : Generator(FinishingOptions{options.carving, true}), d(std::make_unique<Impl>()) {
    static const bool threadsSet = [] {
        // LibTorch defaults to one thread on some machines; use every core unless the user
        // asks for fewer (LIFT3D_THREADS), e.g. to keep one free for other work.
        const int requested = qEnvironmentVariableIntValue("LIFT3D_THREADS");
        torch::set_num_threads(
            requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency())));
        return true;
    }();
    Q_UNUSED(threadsSet);
    d->manifest = loadVerifiedManifest(manifestPath);
    d->net = ShapeFlowNet(d->manifest.config);
    const QString weights = QFileInfo(manifestPath).dir().filePath(d->manifest.weightsFile);
    try {
        torch::load(d->net, weights.toStdString());
    } catch (const std::exception& error) {
        throw Error(ErrorKind::InvalidModel,
                    lift3d::tr("The model weights %1 do not fit this Lift3D (%2). Use a model made "
                               "for this version.")
                        .arg(QDir::toNativeSeparators(weights),
                             QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    d->net->eval();
    d->stepMode = options.stepSize;
    d->isoLevel = options.isoLevel.value_or(d->manifest.config.isoLevel);
    d->noiseTemperature = options.noiseTemperature.value_or(d->manifest.config.noiseTemperature);
    d->guidanceScale = options.guidanceScale.value_or(d->manifest.config.guidanceScale);
    if (d->guidanceScale != 1.0f) {
        torch::NoGradGuard noGrad;
        d->blank = d->net->encodeImage(blankPictureTensor(1, d->manifest.config.imageSize));
    }
}

BuiltinModelGenerator::~BuiltinModelGenerator() = default;

QString BuiltinModelGenerator::name() const {
    return d->stepMode == StepSizeMode::Shortcut ? QStringLiteral("lift3d")
                                                 : QStringLiteral("lift3d-flow-matching");
}

const ModelManifest& BuiltinModelGenerator::manifest() const {
    return d->manifest;
}

ScalarGrid BuiltinModelGenerator::roundTripField(const ScalarGrid& field, int resolution) const {
    torch::NoGradGuard noGrad;
    const ModelConfig& config = d->manifest.config;
    const long side = field.nx;
    const auto input = torch::from_blob(const_cast<float*>(field.values.data()),
                                        {1, 1, side, side, side}, torch::kFloat32)
                           .div(config.truncation)
                           .clamp(-1.0, 1.0);
    const auto features = d->net->decoderFeatures(d->net->encodeShape(input));
    ScalarGrid decoded = decodeField(*d->net, features, resolution);
    const float iso = d->isoLevel * config.truncation;
    for (float& value : decoded.values)
        value -= iso;
    return decoded;
}

GeneratedField BuiltinModelGenerator::generateField(const Conditioning& conditioning,
                                                    const GenerationSettings& settings,
                                                    const ProgressCallback& progress,
                                                    const std::atomic<bool>* cancel) const {
    torch::NoGradGuard noGrad;
    const ModelConfig& config = d->manifest.config;
    GeneratedField result;
    StageTimer timer;
    auto checkCancel = [&] {
        if (cancel && cancel->load())
            throw GenerationCancelled{};
    };

    const auto condition =
        d->net->encodeImage(conditioningToTensor(conditioning, config.imageSize));
    result.timings.encode = timer.lap();
    checkCancel();

    // Candidate k starts from seed + k: candidate 0 is the sample of the seed alone.
    const int candidates = std::clamp(settings.candidates, 1, 16);
    std::vector<torch::Tensor> noises;
    for (int k = 0; k < candidates; ++k)
        noises.push_back(seededNoise(settings.seed + std::uint64_t(k), config.latentSize()));
    const auto noise = torch::cat(noises) * d->noiseTemperature;
    const ImageCondition batched = repeatedCondition(condition, candidates);
    const bool guided = d->guidanceScale != 1.0f;
    const ImageCondition blank =
        guided ? repeatedCondition(d->blank, candidates) : ImageCondition{};
    ShapeFlowNetImpl& net = *d->net;
    const auto whitened = sampleLatent(
        [&](const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& stepSize) {
            const auto picture = net.velocityAt(x, t, stepSize, batched);
            if (!guided)
                return picture;
            const auto nothing = net.velocityAt(x, t, stepSize, blank);
            return nothing + d->guidanceScale * (picture - nothing);
        },
        noise, std::max(1, settings.steps), d->stepMode, progress, cancel);
    result.timings.sample = timer.lap();
    checkCancel();

    const int n = std::max(8, settings.resolution);
    const float iso = d->isoLevel * config.truncation;
    const auto features = net.decoderFeatures(whitened * net.latentStd + net.latentMean);
    long best = 0;
    if (candidates > 1) {
        // Best of N by agreement with the mask, judged on the coarse decode.
        double bestScore = -1;
        for (long k = 0; k < candidates; ++k) {
            checkCancel();
            ScalarGrid coarse = decodeField(net, features.slice(0, k, k + 1), 32);
            for (float& value : coarse.values)
                value -= iso;
            const double score = columnSilhouetteIoU(coarse, conditioning.mask);
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
    }
    result.field = decodeField(net, features.slice(0, best, best + 1), n);
    for (float& value : result.field.values)
        value -= iso;
    keepInsideUnitBox(result.field);
    result.timings.decode = timer.lap();
    return result;
}

} // namespace lift3d
