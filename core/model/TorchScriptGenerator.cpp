#include "core/model/TorchScriptGenerator.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/generator/FieldFinishing.h"
#include "core/generator/StageTimer.h"
#include "core/geometry/ShapeLattice.h"
#include "core/model/ShortcutSampler.h"
#include "core/model/TensorImage.h"

#include <QDir>
#include <QFile>
#include <mutex>
#include <torch/script.h>

namespace lift3d {

struct TorchScriptGenerator::Impl {
    mutable torch::jit::Module module;
    mutable std::mutex lock; // TorchScript method calls are not guaranteed re-entrant
    std::vector<int64_t> latentShape;
    int imageSize = 128;
};

TorchScriptGenerator::TorchScriptGenerator(const QString& path, FinishingOptions finishing)
    : Generator(finishing), d(std::make_unique<Impl>()) {
    auto refuse = [&](const QString& reason) {
        return Error(
            ErrorKind::InvalidModel,
            lift3d::tr(
                "%1 is not a usable Lift3D TorchScript model (%2). See \"Bring your own model\" in "
                "docs/model.md.")
                .arg(QDir::toNativeSeparators(path), reason));
    };
    if (!QFile::exists(path))
        throw refuse(QStringLiteral("the file does not exist"));
    try {
        d->module = torch::jit::load(QFile::encodeName(path).toStdString());
    } catch (const std::exception& error) {
        throw refuse(QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0));
    }
    for (const char* method : {"encode", "velocity", "decode"})
        if (!d->module.find_method(method))
            throw refuse(QStringLiteral("no method %1").arg(QLatin1String(method)));
    if (!d->module.hasattr("latent_shape"))
        throw refuse(QStringLiteral("no attribute latent_shape"));
    try {
        for (const auto& value : d->module.attr("latent_shape").toList())
            d->latentShape.push_back(c10::IValue(value).toInt());
        if (d->module.hasattr("image_size"))
            d->imageSize = int(d->module.attr("image_size").toInt());
    } catch (const std::exception&) {
        throw refuse(
            QStringLiteral("latent_shape must be a list of integers and image_size an integer"));
    }
    if (d->latentShape.empty() || d->imageSize < 8)
        throw refuse(QStringLiteral("latent_shape is empty or image_size too small"));
    d->module.eval();
}

TorchScriptGenerator::~TorchScriptGenerator() = default;

GeneratedField TorchScriptGenerator::generateField(const Conditioning& conditioning,
                                                   const GenerationSettings& settings,
                                                   const ProgressCallback& progress,
                                                   const std::atomic<bool>* cancel) const {
    std::lock_guard<std::mutex> guard(d->lock);
    torch::NoGradGuard noGrad;
    GeneratedField result;
    StageTimer timer;
    try {
        const auto condition =
            d->module.run_method("encode", conditioningToTensor(conditioning, d->imageSize));
        result.timings.encode = timer.lap();

        int64_t size = 1;
        for (int64_t s : d->latentShape)
            size *= s;
        std::vector<int64_t> shape{1};
        shape.insert(shape.end(), d->latentShape.begin(), d->latentShape.end());
        const auto latent = sampleLatent(
            [&](const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& stepSize) {
                return d->module.run_method("velocity", x, t, stepSize, condition).toTensor();
            },
            seededNoise(settings.seed, int(size)).view(shape), std::max(1, settings.steps),
            StepSizeMode::Shortcut, progress, cancel);
        result.timings.sample = timer.lap();

        const int n = std::max(8, settings.resolution);
        const auto sdf = d->module.run_method("decode", latent, int64_t(n))
                             .toTensor()
                             .to(torch::kFloat32)
                             .contiguous();
        if (sdf.numel() != int64_t(n) * n * n)
            throw std::runtime_error("decode returned a tensor of the wrong size");
        result.field = shapeLattice(n);
        std::copy(sdf.data_ptr<float>(), sdf.data_ptr<float>() + sdf.numel(),
                  result.field.values.begin());
        keepInsideUnitBox(result.field);
        result.timings.decode = timer.lap();
    } catch (const GenerationCancelled&) {
        throw;
    } catch (const std::exception& error) {
        throw Error(ErrorKind::InvalidModel,
                    lift3d::tr("The TorchScript model failed: %1")
                        .arg(QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    return result;
}

} // namespace lift3d
