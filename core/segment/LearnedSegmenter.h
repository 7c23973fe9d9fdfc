#pragma once

#include "core/image/MaskPredictor.h"
#include "core/modelfile/SegmenterManifest.h"

#include <QString>
#include <memory>

namespace lift3d {

// The trained object segmenter (SegmenterNet.h) behind the MaskPredictor interface: the picture
// is shrunk to the manifest's input side (longest side; the other padded to a multiple of 16 by
// repeating its border), the network's probabilities are scaled back to the picture's size and,
// with `refineEdges`, snapped to the picture's own edges by a guided filter (GuidedFilter.h)
// over about one and a half network pixels.
class LearnedSegmenter : public MaskPredictor {
public:
    // Loads and verifies the manifest and weights. Throws Error(InvalidModel) with a sentence
    // that says what is wrong and what to do.
    explicit LearnedSegmenter(const QString& manifestPath, bool refineEdges = true);
    ~LearnedSegmenter() override;

    QImage objectProbability(const QImage& rgba) const override;
    const SegmenterManifest& manifest() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The bundled segmenter (bundledSegmenterManifest()), or null: LIFT3D_SEGMENTER=none asks for
// none; a missing or damaged one sets `problem` to the sentence that says so (the window and the
// CLI show it; masks then come from the border model).
std::shared_ptr<const MaskPredictor> loadBundledSegmenter(QString* problem = nullptr);

} // namespace lift3d
