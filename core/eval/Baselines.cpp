#include "core/eval/Baselines.h"

#include "core/ParallelFor.h"
#include "core/generator/StageTimer.h"
#include "core/geometry/ShapeLattice.h"
#include "core/image/ImagePreparation.h"

#include <mutex>

namespace lift3d {
namespace {

constexpr int descriptorSize = 32;

// The baselines show the shape they found as it is: carving or colouring it from the picture
// would mix in the model's finishing and blur what the comparison measures.
constexpr FinishingOptions shownAsFound{false, false};

} // namespace

std::vector<std::uint8_t> silhouetteDescriptor(const QImage& conditioningMask) {
    const QImage small = conditioningMask.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(descriptorSize, descriptorSize, Qt::IgnoreAspectRatio,
                                     Qt::SmoothTransformation);
    std::vector<std::uint8_t> bits(descriptorSize * descriptorSize);
    for (int y = 0; y < descriptorSize; ++y)
        for (int x = 0; x < descriptorSize; ++x)
            bits[std::size_t(y) * descriptorSize + x] = small.constScanLine(y)[x] >= 128;
    return bits;
}

SilhouetteRetrievalBaseline::SilhouetteRetrievalBaseline(const ShapeDataset& dataset,
                                                         float cropMargin)
    : Generator(shownAsFound), m_dataset(dataset) {
    const std::vector<const DatasetObject*> train = dataset.objectsIn(Split::Train);
    std::vector<std::vector<Entry>> perObject(train.size());
    parallelFor(train.size(), [&](std::size_t i) {
        const DatasetObject* object = train[i];
        for (int v = 0; v < int(object->views.size()); ++v) {
            try {
                ConditioningOptions options;
                options.size = 128;
                options.margin = cropMargin;
                const PreparedImage prepared = prepareImageFile(
                    dataset.objectPath(*object, object->views[std::size_t(v)].imageFile), options);
                perObject[i].push_back(
                    {object, v, silhouetteDescriptor(prepared.conditioning.mask)});
            } catch (const std::exception&) {
                // A view with no visible object (seen edge-on) cannot be matched anyway.
            }
        }
    });
    for (auto& entries : perObject)
        m_entries.insert(m_entries.end(), entries.begin(), entries.end());
}

GeneratedField SilhouetteRetrievalBaseline::generateField(const Conditioning& conditioning,
                                                          const GenerationSettings& settings,
                                                          const ProgressCallback& progress,
                                                          const std::atomic<bool>*) const {
    GeneratedField result;
    StageTimer timer;
    const std::vector<std::uint8_t> query = silhouetteDescriptor(conditioning.mask);
    result.timings.encode = timer.lap();

    const Entry* best = nullptr;
    double bestIoU = -1.0;
    for (const Entry& entry : m_entries) {
        int intersection = 0, uni = 0;
        for (std::size_t i = 0; i < query.size(); ++i) {
            intersection += query[i] & entry.mask[i];
            uni += query[i] | entry.mask[i];
        }
        const double iou = uni ? double(intersection) / uni : 0.0;
        if (iou > bestIoU) {
            bestIoU = iou;
            best = &entry;
        }
    }
    result.timings.sample = timer.lap();
    if (progress)
        progress(1, 1);

    float truncation = 0.1f;
    const ScalarGrid canonical = m_dataset.canonicalField(*best->object, &truncation);
    result.field = fieldInViewFrame(canonical, best->object->views[std::size_t(best->view)].camera,
                                    settings.resolution, truncation);
    result.timings.decode = timer.lap();
    return result;
}

MeanShapeBaseline::MeanShapeBaseline(const ShapeDataset& dataset, int viewsPerObject)
    : Generator(shownAsFound) {
    const std::vector<const DatasetObject*> train = dataset.objectsIn(Split::Train);
    std::map<int, std::vector<double>> meanInside;
    // Occupancy of the first view of every training object at 32^3, to tune the threshold.
    std::vector<std::vector<std::uint8_t>> tuning(train.size());
    for (int resolution : {32, 64}) {
        std::vector<double> inside(std::size_t(resolution) * resolution * resolution, 0.0);
        std::mutex lock;
        std::atomic<int> fields{0};
        parallelFor(train.size(), [&](std::size_t i) {
            float truncation = 0.1f;
            const ScalarGrid canonical = dataset.canonicalField(*train[i], &truncation);
            std::vector<double> local(inside.size(), 0.0);
            int count = 0;
            for (int v = 0; v < std::min<int>(viewsPerObject, int(train[i]->views.size()));
                 ++v, ++count) {
                const ScalarGrid field = fieldInViewFrame(
                    canonical, train[i]->views[std::size_t(v)].camera, resolution, truncation);
                for (std::size_t k = 0; k < local.size(); ++k)
                    local[k] += field.values[k] < 0.0f;
                if (resolution == 32 && v == 0) {
                    tuning[i].resize(field.values.size());
                    for (std::size_t k = 0; k < field.values.size(); ++k)
                        tuning[i][k] = field.values[k] < 0.0f;
                }
            }
            std::lock_guard<std::mutex> guard(lock);
            for (std::size_t k = 0; k < local.size(); ++k)
                inside[k] += local[k];
            fields += count;
        });
        for (double& value : inside)
            value /= std::max(1, fields.load());
        meanInside[resolution] = std::move(inside);
    }

    // Thresholding the mean at one half leaves almost nothing of furniture this varied; like
    // Tatarchenko et al., pick the threshold that maximises the mean training IoU.
    double bestIoU = -1.0;
    for (int percent = 2; percent <= 60; percent += 2) {
        const double threshold = percent / 100.0;
        double sum = 0.0;
        for (const auto& occupancy : tuning) {
            std::size_t intersection = 0, uni = 0;
            for (std::size_t k = 0; k < occupancy.size(); ++k) {
                const bool predicted = meanInside[32][k] > threshold;
                intersection += predicted && occupancy[k];
                uni += predicted || occupancy[k];
            }
            sum += uni ? double(intersection) / double(uni) : 1.0;
        }
        if (sum > bestIoU) {
            bestIoU = sum;
            m_threshold = threshold;
        }
    }
    for (const auto& [resolution, inside] : meanInside) {
        ScalarGrid mean = shapeLattice(resolution);
        for (std::size_t k = 0; k < inside.size(); ++k)
            mean.values[k] = float(m_threshold - inside[k]);
        m_fields.emplace(resolution, std::move(mean));
    }
}

GeneratedField MeanShapeBaseline::generateField(const Conditioning&,
                                                const GenerationSettings& settings,
                                                const ProgressCallback& progress,
                                                const std::atomic<bool>*) const {
    GeneratedField result;
    StageTimer timer;
    auto it = m_fields.find(settings.resolution);
    if (it == m_fields.end())
        it = m_fields.find(64);
    result.field = it->second;
    if (progress)
        progress(1, 1);
    result.timings.decode = timer.lap();
    return result;
}

} // namespace lift3d
