#pragma once

#include "core/dataset/DataSplit.h"
#include "core/image/MaskPredictor.h"

#include <QImage>
#include <QString>
#include <vector>

namespace lift3d {

// How well a found mask matches the true one. Masks: any format, >= 128 is object.
struct MaskScore {
    double iou = 0;
    // Boundary F-measure: the share of each mask's boundary pixels that lie within `tolerance`
    // pixels of the other's boundary, combined as an F-score (Perazzi et al., DAVIS, CVPR 2016).
    double boundaryF = 0;
};
MaskScore scoreMask(const QImage& found, const QImage& truth, int tolerance);

// One picture with its true mask, for the benchmark.
struct MaskCase {
    QString group; // the table row it counts towards
    QString name;
    QImage picture; // opaque: what the finder sees
    QImage truth;
};

// Tabletop scenes of a built dataset's `split` objects (never the segmenter's training split), at
// most `limit` (spread over the list), in group "tabletop renders (<split> split)". Datasets
// render tabletop scenes for training and validation objects only.
std::vector<MaskCase> tabletopCases(const QString& datasetRoot, Split split, int limit);

// Real photographs with a true mask in `photoDir` (scripts/fetch-photos.sh): bus.jpg with its
// polygon mask, and every *-cutout.png (hand-cut photos with alpha) composed over white and over
// a cluttered photo (motorcycle.png) with its alpha as the truth. Empty when the folder has
// none of them.
std::vector<MaskCase> photoCases(const QString& photoDir);

// Pictures and masks named in a text file, one "picture mask" pair of paths per line, relative
// paths to `baseDir` (another method's list, to compare on the same pictures), in group
// "listed in <file name>".
std::vector<MaskCase> listedCases(const QString& listFile, const QString& baseDir);

struct MaskMethodResult {
    QString method, group;
    int cases = 0, notFound = 0; // notFound: the finder gave up (scored as IoU 0)
    double meanIoU = 0, meanBoundaryF = 0, medianMilliseconds = 0;
};

// One case's outcome: its score and the mask found (null when none was).
struct MaskOutcome {
    std::size_t caseIndex = 0;
    MaskScore score;
    QImage found;
};

// Runs findObjectMask on every case with `segmenter` (null: the border model) and scores it;
// one result per group. Boundary tolerance: 1% of the picture's diagonal, at least 1 pixel.
// `outcomes`, when given, receives every case's outcome.
std::vector<MaskMethodResult> benchmarkMasks(const std::vector<MaskCase>& cases,
                                             const QString& method, const MaskPredictor* segmenter,
                                             std::vector<MaskOutcome>* outcomes = nullptr);

// A contact sheet of the `count` lowest-IoU outcomes: one row each, picture | true mask | found
// mask, 128 pixels high, with the case's name and IoU. For looking at what goes wrong.
QImage worstCasesSheet(const std::vector<MaskCase>& cases, std::vector<MaskOutcome> outcomes,
                       int count);

} // namespace lift3d
