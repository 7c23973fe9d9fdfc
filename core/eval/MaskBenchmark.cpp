#include "core/eval/MaskBenchmark.h"

#include "core/Error.h"
#include "core/dataset/ShapeDataset.h"
#include "core/image/ObjectMask.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <map>

namespace lift3d {
namespace {

std::vector<uint8_t> binary(const QImage& mask, int width, int height) {
    const QImage grey = mask.convertToFormat(QImage::Format_Grayscale8)
                            .scaled(width, height, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    std::vector<uint8_t> bits(std::size_t(width) * height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            bits[std::size_t(y) * width + x] = grey.constScanLine(y)[x] >= 128;
    return bits;
}

// Object pixels with a 4-neighbour outside (or on the frame's edge).
std::vector<int> boundary(const std::vector<uint8_t>& bits, int width, int height) {
    std::vector<int> pixels;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const std::size_t p = std::size_t(y) * width + x;
            if (!bits[p])
                continue;
            const bool edge = x == 0 || y == 0 || x == width - 1 || y == height - 1 ||
                              !bits[p - 1] || !bits[p + 1] || !bits[p - width] || !bits[p + width];
            if (edge)
                pixels.push_back(int(p));
        }
    return pixels;
}

// Share of `from` within `tolerance` (Chebyshev) of a pixel of `to`.
double shareNear(const std::vector<int>& from, const std::vector<int>& to, int width, int height,
                 int tolerance) {
    if (from.empty())
        return to.empty() ? 1.0 : 0.0;
    std::vector<uint8_t> near(std::size_t(width) * height, 0);
    for (int p : to) {
        const int x = p % width, y = p / width;
        for (int dy = -tolerance; dy <= tolerance; ++dy)
            for (int dx = -tolerance; dx <= tolerance; ++dx) {
                const int nx = x + dx, ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < width && ny < height)
                    near[std::size_t(ny) * width + nx] = 1;
            }
    }
    std::size_t hits = 0;
    for (int p : from)
        hits += near[p];
    return double(hits) / double(from.size());
}

QImage composed(const QImage& cutOut, const QImage& background) {
    QImage picture =
        background.scaled(cutOut.size(), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation)
            .copy(QRect(QPoint(0, 0), cutOut.size()))
            .convertToFormat(QImage::Format_RGBA8888);
    QPainter painter(&picture);
    painter.drawImage(0, 0, cutOut.convertToFormat(QImage::Format_RGBA8888));
    painter.end();
    return picture;
}

} // namespace

MaskScore scoreMask(const QImage& found, const QImage& truth, int tolerance) {
    const int width = truth.width(), height = truth.height();
    const auto a = binary(found, width, height), b = binary(truth, width, height);
    std::size_t both = 0, either = 0;
    for (std::size_t p = 0; p < a.size(); ++p) {
        both += a[p] && b[p];
        either += a[p] || b[p];
    }
    MaskScore score;
    score.iou = either ? double(both) / double(either) : 1.0;
    const auto edgeA = boundary(a, width, height), edgeB = boundary(b, width, height);
    const double precision = shareNear(edgeA, edgeB, width, height, tolerance);
    const double recall = shareNear(edgeB, edgeA, width, height, tolerance);
    score.boundaryF = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    return score;
}

std::vector<MaskCase> tabletopCases(const QString& datasetRoot, Split split, int limit) {
    const ShapeDataset dataset(datasetRoot);
    std::vector<std::pair<const DatasetObject*, const DatasetView*>> views;
    for (const DatasetObject* object : dataset.objectsIn(split))
        for (const DatasetView& view : object->tabletopViews)
            views.emplace_back(object, &view);
    std::vector<MaskCase> cases;
    const std::size_t count = std::min<std::size_t>(views.size(), std::size_t(std::max(0, limit)));
    for (std::size_t i = 0; i < count; ++i) {
        // Spread over the whole list, so every source is represented.
        const auto [object, view] = views[i * views.size() / count];
        MaskCase c{QStringLiteral("tabletop renders (%1 split)").arg(splitName(split)),
                   object->key + QLatin1Char('/') + view->imageFile,
                   QImage(dataset.objectPath(*object, view->imageFile)),
                   QImage(dataset.objectPath(*object, view->maskFile))};
        if (!c.picture.isNull() && !c.truth.isNull())
            cases.push_back(std::move(c));
    }
    return cases;
}

std::vector<MaskCase> photoCases(const QString& photoDir) {
    const QDir dir(photoDir);
    std::vector<MaskCase> cases;
    const QImage bus(dir.filePath(QStringLiteral("bus.jpg")));
    const QImage busTruth(dir.filePath(QStringLiteral("bus-matte.png")));
    if (!bus.isNull() && !busTruth.isNull())
        cases.push_back({QStringLiteral("photos with a drawn mask"), QStringLiteral("bus.jpg"),
                         bus.convertToFormat(QImage::Format_RGBA8888), busTruth});
    QImage white(16, 16, QImage::Format_RGBA8888);
    white.fill(Qt::white);
    const QImage clutter(dir.filePath(QStringLiteral("motorcycle.png")));
    for (const QString& file :
         dir.entryList({QStringLiteral("*-cutout.png")}, QDir::Files, QDir::Name)) {
        const QImage cutOut(dir.filePath(file));
        if (cutOut.isNull() || !cutOut.hasAlphaChannel())
            continue;
        QImage alpha = cutOut.convertToFormat(QImage::Format_Alpha8);
        alpha.reinterpretAsFormat(QImage::Format_Grayscale8);
        cases.push_back(
            {QStringLiteral("cut-out photos on white"), file, composed(cutOut, white), alpha});
        if (!clutter.isNull())
            cases.push_back({QStringLiteral("cut-out photos on a cluttered photo"), file,
                             composed(cutOut, clutter), alpha});
    }
    return cases;
}

std::vector<MaskCase> listedCases(const QString& listFile, const QString& baseDir) {
    QFile file(listFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text) || file.size() > (1 << 24))
        throw Error(ErrorKind::FileNotReadable,
                    QStringLiteral("Cannot read the list %1.").arg(listFile));
    std::vector<MaskCase> cases;
    const QString group = QStringLiteral("listed in %1").arg(QFileInfo(listFile).fileName());
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QStringList paths =
            QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (paths.size() != 2)
            continue;
        const QDir base(baseDir);
        MaskCase c{group, paths[0], QImage(base.filePath(paths[0])),
                   QImage(base.filePath(paths[1]))};
        if (c.picture.isNull() || c.truth.isNull())
            throw Error(ErrorKind::FileNotReadable,
                        QStringLiteral("Cannot read %1 or %2, listed in %3.")
                            .arg(paths[0], paths[1], listFile));
        cases.push_back(std::move(c));
    }
    return cases;
}

std::vector<MaskMethodResult> benchmarkMasks(const std::vector<MaskCase>& cases,
                                             const QString& method, const MaskPredictor* segmenter,
                                             std::vector<MaskOutcome>* outcomes) {
    std::map<QString, std::vector<std::pair<MaskScore, double>>> byGroup;
    std::vector<QString> order;
    std::map<QString, int> notFound;
    for (std::size_t index = 0; index < cases.size(); ++index) {
        const MaskCase& c = cases[index];
        if (!byGroup.count(c.group))
            order.push_back(c.group);
        QElapsedTimer timer;
        timer.start();
        QImage found;
        try {
            found = findObjectMask(c.picture, segmenter).mask;
        } catch (const Error&) {
            ++notFound[c.group];
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        const int tolerance =
            std::max(1, int(std::lround(0.01 * std::hypot(c.truth.width(), c.truth.height()))));
        MaskScore score;
        if (!found.isNull())
            score = scoreMask(found, c.truth, tolerance);
        byGroup[c.group].push_back({score, ms});
        if (outcomes)
            outcomes->push_back({index, score, found});
    }
    std::vector<MaskMethodResult> results;
    for (const QString& group : order) {
        auto& scores = byGroup[group];
        MaskMethodResult r{method, group, int(scores.size()), notFound[group]};
        std::vector<double> times;
        for (const auto& [score, ms] : scores) {
            r.meanIoU += score.iou / double(scores.size());
            r.meanBoundaryF += score.boundaryF / double(scores.size());
            times.push_back(ms);
        }
        std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
        r.medianMilliseconds = times[times.size() / 2];
        results.push_back(r);
    }
    return results;
}

QImage worstCasesSheet(const std::vector<MaskCase>& cases, std::vector<MaskOutcome> outcomes,
                       int count) {
    std::sort(outcomes.begin(), outcomes.end(),
              [](const MaskOutcome& a, const MaskOutcome& b) { return a.score.iou < b.score.iou; });
    outcomes.resize(std::min<std::size_t>(outcomes.size(), std::size_t(std::max(0, count))));
    constexpr int side = 128, label = 16;
    QImage sheet(3 * side + 4, std::max(1, int(outcomes.size()) * (side + label)),
                 QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (std::size_t row = 0; row < outcomes.size(); ++row) {
        const MaskOutcome& outcome = outcomes[row];
        const MaskCase& c = cases[outcome.caseIndex];
        const int top = int(row) * (side + label);
        const auto cell = [&](const QImage& image, int column) {
            if (!image.isNull())
                painter.drawImage(
                    QRect(column * (side + 2), top, side, side),
                    image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        };
        cell(c.picture, 0);
        cell(c.truth.convertToFormat(QImage::Format_Grayscale8), 1);
        cell(outcome.found, 2);
        painter.setPen(Qt::black);
        painter.drawText(
            QRect(0, top + side, sheet.width(), label), Qt::AlignLeft,
            QStringLiteral("IoU %1  %2").arg(outcome.score.iou, 0, 'f', 3).arg(c.name));
    }
    return sheet;
}

} // namespace lift3d
