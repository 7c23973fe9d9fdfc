#pragma once

#include "core/dataset/ShapeDataset.h"
#include "core/generator/Generator.h"

#include <QString>
#include <functional>
#include <vector>

namespace lift3d {

enum class EvalSource { Render, Icon };
QString evalSourceName(EvalSource source); // "render", "icon"

struct EvalOptions {
    std::vector<int> steps{1, 2, 4, 8, 16, 32, 64, 128};
    int resolution = 64; // decoded field resolution asked of the generator
    int surfacePoints = 10000;
    int maxObjects = 0; // 0: every object of the split, else that many evenly spaced
    // Test, or Unseen (the objects of sources held out whole) for reporting; Validation for
    // calibrating, never for reporting.
    Split split = Split::Test;
    bool renders = true, icons = true;
    float cropMargin = 0.1f; // must match the conditioning the generator expects
    int imageSize = 128;
    std::uint64_t seed = 1;
    int candidates = 1; // GenerationSettings::candidates
};

// One generator run on one input at one step count.
struct EvalSample {
    QString generator, objectId, category;
    QString objectSource;                   // the dataset source of the object ("sh3d", ...)
    Split split = Split::Test;              // the object's split
    EvalSource source = EvalSource::Render; // the input: a render or the catalog icon
    int steps = 0;                          // 0 when the generator ignores steps
    double iou32 = 0, iou64 = 0, chamferL1 = 0, fscore1 = 0, fscore2 = 0, fscore5 = 0;
    double silhouetteIoU = 0;
    double bestAzimuth = 0; // icons: the turn chosen by the best-rotation search, degrees
    StageTimings timings;
};

// Runs `generator` on the evaluation renders of the objects of `options.split` (cameras known:
// the ground truth is the object in that view's frame) and on their catalog icons (another
// renderer, camera unknown: the ground truth is turned about +Y in 15-degree steps and the turn
// with the best IoU at 32^3 is scored; only Sweet Home 3D objects have icons). The generated
// mesh is voxelised with the same watertight signed distance as the ground truth before IoU;
// Chamfer-L1 and F-scores use `surfacePoints` points on each surface, both shapes centred and
// scaled to longest side 1; silhouette IoU needs no ground truth. `progress(done, total)`.
std::vector<EvalSample> evaluateGenerator(const Generator& generator, const ShapeDataset& dataset,
                                          const EvalOptions& options,
                                          const std::function<void(int, int)>& progress = {});

} // namespace lift3d
