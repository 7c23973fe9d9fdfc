#include "core/model/TorchScriptGenerator.h"

#include "core/Error.h"
#include "core/dataset/ViewFrame.h"
#include "core/model/ShortcutSampler.h"
#include "core/model/TensorImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <torch/script.h>

#include <mutex>

namespace lift3d {

struct TorchScriptGenerator::Impl {
    mutable torch::jit::Module module;
    mutable std::mutex lock; // TorchScript method calls are not guaranteed re-entrant
    std::vector<int64_t> latentShape;
    int imageSize = 128;
};

TorchScriptGenerator::TorchScriptGenerator(const QString& path) : d(std::make_unique<Impl>()) {
    auto refuse = [&](const QString& reason) {
        return Error(ErrorKind::InvalidModel,
                     QCoreApplication::translate("lift3d::Error",
                                                 "%1 is not a usable Lift3D TorchScript model (%2). See "
                                                 "\"Bring your own model\" in docs/model.md.")
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
        throw refuse(QStringLiteral("latent_shape must be a list of integers and image_size an integer"));
    }
    if (d->latentShape.empty() || d->imageSize < 8)
        throw refuse(QStringLiteral("latent_shape is empty or image_size too small"));
    d->module.eval();
}

TorchScriptGenerator::~TorchScriptGenerator() = default;

GenerationResult TorchScriptGenerator::generate(const Conditioning& conditioning, const GenerationSettings& settings,
                                                const ProgressCallback& progress,
                                                const std::atomic<bool>* cancel) const {
    std::lock_guard<std::mutex> guard(d->lock);
    torch::NoGradGuard noGrad;
    GenerationResult result;
    QElapsedTimer timer;
    timer.start();
    auto lap = [&] {
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        return ms;
    };
    try {
        const auto condition = d->module.run_method("encode", conditioningToTensor(conditioning, d->imageSize));
        result.timings.encode = lap();

        int64_t size = 1;
        for (int64_t s : d->latentShape)
            size *= s;
        std::vector<int64_t> shape{1};
        shape.insert(shape.end(), d->latentShape.begin(), d->latentShape.end());
        auto x = seededNoise(settings.seed, int(size)).view(shape);
        const int steps = std::max(1, settings.steps);
        const float dt = 1.0f / float(steps);
        const auto stepSize = torch::full({1}, conditionedStepSize(steps, StepSizeMode::Shortcut));
        for (int i = 0; i < steps; ++i) {
            if (cancel && cancel->load())
                throw GenerationCancelled{};
            const auto v = d->module.run_method("velocity", x, torch::full({1}, float(i) * dt), stepSize, condition).toTensor();
            x = x + dt * v;
            if (progress)
                progress(i + 1, steps);
        }
        result.timings.sample = lap();

        const int n = std::max(8, settings.resolution);
        const auto sdf = d->module.run_method("decode", x, int64_t(n)).toTensor().to(torch::kFloat32).contiguous();
        if (sdf.numel() != int64_t(n) * n * n)
            throw std::runtime_error("decode returned a tensor of the wrong size");
        result.field = shapeLattice(n);
        std::copy(sdf.data_ptr<float>(), sdf.data_ptr<float>() + sdf.numel(), result.field.values.begin());
        result.timings.decode = lap();
    } catch (const GenerationCancelled&) {
        throw;
    } catch (const std::exception& error) {
        throw Error(ErrorKind::InvalidModel,
                    QCoreApplication::translate("lift3d::Error", "The TorchScript model failed: %1")
                        .arg(QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    result.mesh = meshFromField(result.field);
    result.timings.mesh = lap();
    return result;
}

} // namespace lift3d
