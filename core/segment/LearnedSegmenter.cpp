#include "core/segment/LearnedSegmenter.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/image/GuidedFilter.h"
#include "core/segment/SegmenterNet.h"

#include <QDir>
#include <QFileInfo>
#include <cmath>

namespace lift3d {
namespace {

namespace F = torch::nn::functional;

// [1, 3, h, w] float in [0, 1] of `rgba` scaled to fit `side` (longest side).
torch::Tensor networkInput(const QImage& rgba, int side) {
    const QImage scaled = rgba.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGBA8888);
    const int width = scaled.width(), height = scaled.height();
    auto bytes = torch::empty({height, width, 4}, torch::kUInt8);
    for (int y = 0; y < height; ++y)
        std::memcpy(bytes.data_ptr<std::uint8_t>() + std::size_t(y) * width * 4,
                    scaled.constScanLine(y), std::size_t(width) * 4);
    return bytes.slice(2, 0, 3).permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32) / 255;
}

} // namespace

struct LearnedSegmenter::Impl {
    SegmenterManifest manifest;
    SegmenterNet net;
    bool refineEdges = true;
};

LearnedSegmenter::LearnedSegmenter(const QString& manifestPath, bool refineEdges)
    : d(std::make_unique<Impl>()) {
    d->refineEdges = refineEdges;
    d->manifest = loadVerifiedSegmenterManifest(manifestPath);
    const QString weights = QFileInfo(manifestPath).dir().filePath(d->manifest.weightsFile);
    try {
        torch::load(d->net, weights.toStdString());
    } catch (const std::exception& error) {
        throw Error(ErrorKind::InvalidModel,
                    lift3d::tr("The segmentation model %1 does not fit this Lift3D (%2). Reinstall "
                               "Lift3D; until then objects are found by their background colour.")
                        .arg(QDir::toNativeSeparators(weights),
                             QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    d->net->eval();
}

LearnedSegmenter::~LearnedSegmenter() = default;

const SegmenterManifest& LearnedSegmenter::manifest() const {
    return d->manifest;
}

QImage LearnedSegmenter::objectProbability(const QImage& rgba) const {
    torch::NoGradGuard noGrad;
    const auto input = networkInput(rgba, d->manifest.inputSide);
    const long height = input.size(2), width = input.size(3);
    const long paddedHeight = (height + 15) / 16 * 16, paddedWidth = (width + 15) / 16 * 16;
    const auto padded =
        F::pad(input, F::PadFuncOptions({0, paddedWidth - width, 0, paddedHeight - height})
                          .mode(torch::kReplicate));
    const auto logits = d->net->forward(padded).slice(2, 0, height).slice(3, 0, width);
    const auto full =
        F::interpolate(logits, F::InterpolateFuncOptions()
                                   .size(std::vector<int64_t>{rgba.height(), rgba.width()})
                                   .mode(torch::kBilinear)
                                   .align_corners(false));
    const auto bytes = (torch::sigmoid(full) * 255).round().to(torch::kUInt8).contiguous();
    QImage probability(rgba.width(), rgba.height(), QImage::Format_Grayscale8);
    const std::uint8_t* data = bytes.data_ptr<std::uint8_t>();
    for (int y = 0; y < rgba.height(); ++y)
        std::memcpy(probability.scanLine(y), data + std::size_t(y) * rgba.width(),
                    std::size_t(rgba.width()));
    // One network pixel covers `scale` picture pixels: the scaled-up edge is that soft.
    const double scale =
        double(std::max(rgba.width(), rgba.height())) / double(std::max(height, width));
    if (!d->refineEdges || scale < 1.5)
        return probability;
    return guidedFilter(probability, rgba, int(std::ceil(1.5 * scale)), 1e-3);
}

std::shared_ptr<const MaskPredictor> loadBundledSegmenter(QString* problem) {
    const QString manifest = bundledSegmenterManifest();
    if (manifest == QLatin1String("none"))
        return nullptr;
    if (!QFileInfo::exists(manifest)) {
        if (problem)
            *problem = lift3d::tr("The segmentation model %1 is missing. Reinstall Lift3D; until "
                                  "then objects are found by their background colour.")
                           .arg(QDir::toNativeSeparators(manifest));
        return nullptr;
    }
    try {
        return std::make_shared<const LearnedSegmenter>(manifest);
    } catch (const Error& error) {
        if (problem)
            *problem = error.message();
        return nullptr;
    } catch (const std::exception& error) {
        // Anything else (out of memory, a LibTorch error): the same fallback, never a crash.
        if (problem)
            *problem = lift3d::tr("The segmentation model %1 is damaged (%2). Reinstall Lift3D; "
                                  "until then objects are found by their background colour.")
                           .arg(QDir::toNativeSeparators(manifest),
                                QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0));
        return nullptr;
    }
}

} // namespace lift3d
