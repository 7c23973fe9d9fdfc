#pragma once

#include "core/dataset/ShapeDataset.h"
#include "core/generator/Generator.h"

#include <map>
#include <vector>

namespace lift3d {

// Baseline (i) of Tatarchenko et al., CVPR 2019: return the training shape whose view best
// matches the input silhouette, in that view's frame. Indexes every training view's mask
// (cropped exactly like the conditioning, at 32 x 32); matching is by mask IoU.
class SilhouetteRetrievalBaseline : public Generator {
public:
    SilhouetteRetrievalBaseline(const ShapeDataset& dataset, float cropMargin = 0.1f);
    QString name() const override { return QStringLiteral("baseline-retrieval"); }
    bool usesSteps() const override { return false; }
    GeneratedField generateField(const Conditioning& conditioning,
                                 const GenerationSettings& settings,
                                 const ProgressCallback& progress = {},
                                 const std::atomic<bool>* cancel = nullptr) const override;
    std::size_t indexedViews() const { return m_entries.size(); }

private:
    struct Entry {
        const DatasetObject* object;
        int view;
        std::vector<std::uint8_t> mask; // 32 x 32, 0/1
    };
    const ShapeDataset& m_dataset;
    std::vector<Entry> m_entries;
};

// Baseline (ii): the mean training shape: the inside region is where the fraction of training
// views whose field is inside exceeds a threshold, tuned for the best mean IoU on the training
// views themselves. Ignores the input entirely.
class MeanShapeBaseline : public Generator {
public:
    explicit MeanShapeBaseline(const ShapeDataset& dataset, int viewsPerObject = 4);
    QString name() const override { return QStringLiteral("baseline-mean"); }
    bool usesSteps() const override { return false; }
    GeneratedField generateField(const Conditioning& conditioning,
                                 const GenerationSettings& settings,
                                 const ProgressCallback& progress = {},
                                 const std::atomic<bool>* cancel = nullptr) const override;

    double threshold() const { return m_threshold; }

private:
    std::map<int, ScalarGrid> m_fields; // by resolution: threshold - inside fraction
    double m_threshold = 0.5;
};

// 32 x 32 binary silhouette descriptor of a conditioning mask.
std::vector<std::uint8_t> silhouetteDescriptor(const QImage& conditioningMask);

} // namespace lift3d
