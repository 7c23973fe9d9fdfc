#include "core/model/BuiltinModelGenerator.h"

#include "core/Error.h"
#include "core/dataset/ViewFrame.h"
#include "core/generator/SilhouetteProjection.h"
#include "core/model/Networks.h"
#include "core/model/ShortcutSampler.h"
#include "core/model/TensorImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <thread>

namespace lift3d {
namespace {

double elapsedMs(QElapsedTimer& timer) {
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

// The crop margin the dataset's conditioning images were made with.
constexpr float cropMargin = 0.1f;

torch::Tensor queryField(ShapeFlowNetImpl& net, const torch::Tensor& features, const torch::Tensor& points) {
    return net.shapeDecoder->query(features, points).mul(net.config.truncation).contiguous();
}

// Decodes an n^3 field. Above 32^3, the field is decoded on 32^3 first and only samples near
// that coarse surface are queried at full resolution; the rest, far from the surface where only
// the sign matters, are interpolated. Typically a tenth of the fine samples need the network.
ScalarGrid decodeField(ShapeFlowNetImpl& net, const torch::Tensor& features, int n) {
    constexpr int coarseSide = 32;
    ScalarGrid field = shapeLattice(n);
    if (n <= coarseSide) {
        const auto values = queryField(net, features, latticePoints(n));
        std::copy(values.data_ptr<float>(), values.data_ptr<float>() + values.numel(), field.values.begin());
        return field;
    }
    ScalarGrid coarse = shapeLattice(coarseSide);
    const auto coarseValues = queryField(net, features, latticePoints(coarseSide));
    std::copy(coarseValues.data_ptr<float>(), coarseValues.data_ptr<float>() + coarseValues.numel(), coarse.values.begin());
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
                    points.insert(points.end(), {p.x / fieldHalfExtent, p.y / fieldHalfExtent, p.z / fieldHalfExtent});
                }
            }
    if (refine.empty())
        return field;
    const auto query = torch::from_blob(points.data(), {1, long(refine.size()), 3}, torch::kFloat32);
    const auto fine = queryField(net, features, query);
    const float* values = fine.data_ptr<float>();
    for (std::size_t i = 0; i < refine.size(); ++i)
        field.values[refine[i]] = values[i];
    return field;
}

// The output frame puts the object inside [-0.5, 0.5]^3. A decoder fed an unusual latent can
// claim "inside" out at the lattice border, which marching cubes would close into a box around
// everything; samples beyond the unit box (plus a cell) are therefore outside by their distance
// to it.
void keepInsideUnitBox(ScalarGrid& field) {
    const float limit = 0.5f + field.spacing;
    for (int z = 0; z < field.nz; ++z)
        for (int y = 0; y < field.ny; ++y)
            for (int x = 0; x < field.nx; ++x) {
                const glm::vec3 beyond = glm::max(glm::abs(field.position(x, y, z)) - limit, glm::vec3(0.0f));
                const float distance = glm::length(beyond);
                if (distance > 0.0f)
                    field.at(x, y, z) = std::max(field.at(x, y, z), distance);
            }
}

// Share of the grid meshed when the decoded field has no inside at the calibrated level.
constexpr double fallbackInsideShare = 0.02;

// The level below which the given share of the field's cells lies.
float levelEnclosing(const ScalarGrid& field, double share) {
    std::vector<float> values = field.values;
    const auto nth = values.begin() + std::ptrdiff_t(share * double(values.size() - 1));
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

} // namespace

struct BuiltinModelGenerator::Impl {
    ModelManifest manifest;
    ShapeFlowNet net{nullptr};
    StepSizeMode stepMode = StepSizeMode::Shortcut;
    bool carving = true;
    float isoLevel = 0.0f;
    float noiseTemperature = 1.0f;
};

BuiltinModelGenerator::BuiltinModelGenerator(const QString& manifestPath) : d(std::make_unique<Impl>()) {
    static const bool threadsSet = [] {
        // LibTorch defaults to one thread on some machines; use every core unless the user
        // asks for fewer (LIFT3D_THREADS), e.g. to keep one free for other work.
        const int requested = qEnvironmentVariableIntValue("LIFT3D_THREADS");
        torch::set_num_threads(requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency())));
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
                    QCoreApplication::translate("lift3d::Error",
                                                "The model weights %1 do not fit this Lift3D (%2). Use a "
                                                "model made for this version.")
                        .arg(QDir::toNativeSeparators(weights), QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    d->net->eval();
    d->isoLevel = d->manifest.config.isoLevel;
    d->noiseTemperature = d->manifest.config.noiseTemperature;
}

BuiltinModelGenerator::~BuiltinModelGenerator() = default;

QString BuiltinModelGenerator::name() const {
    return d->stepMode == StepSizeMode::Shortcut ? QStringLiteral("lift3d") : QStringLiteral("lift3d-flow-matching");
}

const ModelManifest& BuiltinModelGenerator::manifest() const { return d->manifest; }
void BuiltinModelGenerator::setFlowMatchingSteps(bool enabled) {
    d->stepMode = enabled ? StepSizeMode::FlowMatching : StepSizeMode::Shortcut;
}
void BuiltinModelGenerator::setCarving(bool enabled) { d->carving = enabled; }
void BuiltinModelGenerator::setIsoLevel(float level) { d->isoLevel = level; }
void BuiltinModelGenerator::setNoiseTemperature(float temperature) { d->noiseTemperature = temperature; }

GenerationResult BuiltinModelGenerator::generate(const Conditioning& conditioning, const GenerationSettings& settings,
                                                 const ProgressCallback& progress,
                                                 const std::atomic<bool>* cancel) const {
    torch::NoGradGuard noGrad;
    const ModelConfig& config = d->manifest.config;
    GenerationResult result;
    QElapsedTimer timer;
    timer.start();
    auto checkCancel = [&] {
        if (cancel && cancel->load())
            throw GenerationCancelled{};
    };

    const auto condition = d->net->imageEncoder->forward(conditioningToTensor(conditioning, config.imageSize));
    result.timings.encode = elapsedMs(timer);
    checkCancel();

    const auto noise = seededNoise(settings.seed, config.latentSize()) * d->noiseTemperature;
    const auto whitened = sampleLatent(d->net->velocity, condition, noise, std::max(1, settings.steps), d->stepMode,
                                       progress, cancel);
    result.timings.sample = elapsedMs(timer);
    checkCancel();

    const int n = std::max(8, settings.resolution);
    const auto latent = (whitened * d->net->latentStd + d->net->latentMean)
                            .view({1, config.latentChannels, config.latentSide, config.latentSide, config.latentSide});
    const auto features = d->net->shapeDecoder->features(latent);
    result.field = decodeField(*d->net, features, n);
    const float iso = d->isoLevel * config.truncation;
    for (float& value : result.field.values)
        value -= iso;
    keepInsideUnitBox(result.field);
    result.timings.decode = elapsedMs(timer);
    checkCancel();

    glm::vec3 center(0.0f);
    float scale = 1.0f;
    Mesh mesh = meshFromField(result.field, &center, &scale);
    if (mesh.isEmpty()) {
        // The decoder put no inside at the calibrated level (it leans toward "outside" where it
        // is unsure: thin objects, unusual pictures). An empty result helps nobody; mesh the
        // region the decoder rated most inside instead, then carve it to the silhouette below.
        const float level = levelEnclosing(result.field, fallbackInsideShare);
        for (float& value : result.field.values)
            value -= level;
        keepInsideUnitBox(result.field);
        mesh = meshFromField(result.field, &center, &scale);
    }
    if (!mesh.isEmpty()) {
        const auto [view, iou] = bestSilhouetteView(mesh, conditioning.mask, cropMargin);
        Q_UNUSED(iou);
        if (d->carving) {
            // The view was framed on the normalised mesh: carve the field in that frame.
            ScalarGrid normalised = result.field;
            normalised.origin = (result.field.origin - center) / scale;
            normalised.spacing = result.field.spacing / scale;
            carveToSilhouette(normalised, conditioning.mask, view, std::max(1, conditioning.mask.width() / 64));
            result.field.values = normalised.values;
            Mesh carved = meshFromField(result.field);
            if (!carved.isEmpty())
                mesh = std::move(carved);
        }
        const auto [colorView, colorIoU] = bestSilhouetteView(mesh, conditioning.mask, cropMargin);
        Q_UNUSED(colorIoU);
        colorFromPicture(mesh, conditioning.rgb, conditioning.mask, colorView);
    }
    result.mesh = std::move(mesh);
    result.timings.mesh = elapsedMs(timer);
    return result;
}

} // namespace lift3d
