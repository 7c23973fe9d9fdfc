#include "core/image/ObjectMask.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/image/ImageLoader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace lift3d {
namespace {

using Rgb = std::array<float, 3>;

float distance2(const Rgb& a, const Rgb& b) {
    const float dr = a[0] - b[0], dg = a[1] - b[1], db = a[2] - b[2];
    return dr * dr + dg * dg + db * db;
}

struct BackgroundCluster {
    Rgb center;
    float threshold2; // squared colour distance under which a pixel matches
};

// k-means on the border colours. Clusters that hold only a sliver of the border are assumed to
// be the object touching the frame and are not background.
std::vector<BackgroundCluster> modelBackground(const std::vector<Rgb>& border) {
    constexpr int k = 3;
    std::vector<Rgb> centers{border[border.size() / 2]};
    while (int(centers.size()) < k) { // farthest-point start: deterministic, spreads the seeds
        float best = -1.0f;
        Rgb farthest{};
        for (const Rgb& c : border) {
            float nearest = 1e30f;
            for (const Rgb& center : centers)
                nearest = std::min(nearest, distance2(c, center));
            if (nearest > best) {
                best = nearest;
                farthest = c;
            }
        }
        centers.push_back(farthest);
    }
    std::vector<int> assignment(border.size(), 0);
    for (int iteration = 0; iteration < 10; ++iteration) {
        for (std::size_t i = 0; i < border.size(); ++i) {
            int best = 0;
            for (int c = 1; c < k; ++c)
                if (distance2(border[i], centers[c]) < distance2(border[i], centers[best]))
                    best = c;
            assignment[i] = best;
        }
        std::vector<Rgb> sums(k, Rgb{0, 0, 0});
        std::vector<int> counts(k, 0);
        for (std::size_t i = 0; i < border.size(); ++i) {
            for (int ch = 0; ch < 3; ++ch)
                sums[assignment[i]][ch] += border[i][ch];
            ++counts[assignment[i]];
        }
        for (int c = 0; c < k; ++c)
            if (counts[c] > 0)
                for (int ch = 0; ch < 3; ++ch)
                    centers[c][ch] = sums[c][ch] / float(counts[c]);
    }

    std::vector<BackgroundCluster> clusters;
    for (int c = 0; c < k; ++c) {
        std::vector<float> distances;
        for (std::size_t i = 0; i < border.size(); ++i)
            if (assignment[i] == c)
                distances.push_back(std::sqrt(distance2(border[i], centers[c])));
        if (distances.size() < border.size() / 10 || distances.empty())
            continue;
        // The 90th percentile of the spread covers noise and gentle shading; the clamp keeps a
        // flat background from matching nothing and a busy one from swallowing the object.
        std::nth_element(distances.begin(), distances.begin() + distances.size() * 9 / 10,
                         distances.end());
        const float spread = distances[distances.size() * 9 / 10];
        const float threshold = std::clamp(2.5f * spread + 6.0f, 14.0f, 48.0f);
        clusters.push_back({centers[c], threshold * threshold});
    }
    return clusters;
}

// Labels 4-connected regions of `member` pixels reachable from the seeds.
std::vector<uint8_t> floodFrom(const std::vector<int>& seeds, const std::vector<uint8_t>& member,
                               int width, int height) {
    std::vector<uint8_t> reached(member.size(), 0);
    std::vector<int> stack;
    for (int s : seeds)
        if (member[s] && !reached[s]) {
            reached[s] = 1;
            stack.push_back(s);
        }
    while (!stack.empty()) {
        const int p = stack.back();
        stack.pop_back();
        const int x = p % width, y = p / width;
        const int neighbours[4] = {x > 0 ? p - 1 : -1, x + 1 < width ? p + 1 : -1,
                                   y > 0 ? p - width : -1, y + 1 < height ? p + width : -1};
        for (int q : neighbours)
            if (q >= 0 && member[q] && !reached[q]) {
                reached[q] = 1;
                stack.push_back(q);
            }
    }
    return reached;
}

// Labels the 4-connected regions of the pixels where `member` is set; returns each pixel's label
// (-1 outside) and fills `sizes` with each label's pixel count.
std::vector<int> labelRegions(const std::vector<uint8_t>& member, int width, int height,
                              std::vector<std::size_t>& sizes) {
    std::vector<int> label(member.size(), -1);
    std::vector<int> stack;
    sizes.clear();
    for (int start = 0; start < int(member.size()); ++start) {
        if (!member[start] || label[start] >= 0)
            continue;
        const int next = int(sizes.size());
        std::size_t size = 0;
        label[start] = next;
        stack.push_back(start);
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            ++size;
            const int x = p % width, y = p / width;
            const int neighbours[4] = {x > 0 ? p - 1 : -1, x + 1 < width ? p + 1 : -1,
                                       y > 0 ? p - width : -1, y + 1 < height ? p + width : -1};
            for (int q : neighbours)
                if (q >= 0 && member[q] && label[q] < 0) {
                    label[q] = next;
                    stack.push_back(q);
                }
        }
        sizes.push_back(size);
    }
    return label;
}

// Keeps the largest 4-connected region of `object` and, when `fraction` < 1, every region at
// least `fraction` of its size.
void keepLargeRegions(std::vector<uint8_t>& object, int width, int height, double fraction) {
    std::vector<std::size_t> sizes;
    const std::vector<int> label = labelRegions(object, width, height, sizes);
    if (sizes.empty())
        return;
    const auto largest = std::max_element(sizes.begin(), sizes.end());
    const int largestLabel = int(largest - sizes.begin());
    const double keepFrom = fraction * double(*largest);
    for (std::size_t p = 0; p < object.size(); ++p)
        object[p] = label[p] >= 0 && (label[p] == largestLabel ||
                                      (fraction < 1 && double(sizes[label[p]]) >= keepFrom));
}

std::vector<int> borderPixels(int width, int height, int band) {
    std::vector<int> pixels;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            if (x < band || y < band || x >= width - band || y >= height - band)
                pixels.push_back(y * width + x);
    return pixels;
}

// Background regions the border cannot reach are holes in the object: fill those of at most
// `largestFraction` of the object's area.
void fillHoles(std::vector<uint8_t>& object, int width, int height, double largestFraction) {
    std::vector<uint8_t> outside(object.size());
    for (std::size_t p = 0; p < object.size(); ++p)
        outside[p] = !object[p];
    const std::vector<uint8_t> reached =
        floodFrom(borderPixels(width, height, 1), outside, width, height);
    std::vector<uint8_t> hole(object.size());
    for (std::size_t p = 0; p < object.size(); ++p)
        hole[p] = outside[p] && !reached[p];
    std::vector<std::size_t> sizes;
    const std::vector<int> label = labelRegions(hole, width, height, sizes);
    const double area = double(std::count(object.begin(), object.end(), 1));
    for (std::size_t p = 0; p < object.size(); ++p)
        if (label[p] >= 0 && double(sizes[label[p]]) <= largestFraction * area)
            object[p] = 1;
}

std::vector<uint8_t> maskFromBackground(const QImage& image) {
    const int width = image.width(), height = image.height();
    const int band = std::max(1, std::min(width, height) / 100);
    const std::vector<int> border = borderPixels(width, height, band);
    auto colorAt = [&](int p) {
        const uchar* px = image.constScanLine(p / width) + 4 * (p % width);
        return Rgb{float(px[0]), float(px[1]), float(px[2])};
    };
    std::vector<Rgb> borderColors;
    borderColors.reserve(border.size());
    for (int p : border)
        borderColors.push_back(colorAt(p));
    const std::vector<BackgroundCluster> clusters = modelBackground(borderColors);

    std::vector<uint8_t> backgroundLike(std::size_t(width) * height, 0);
    for (int p = 0; p < width * height; ++p) {
        const Rgb c = colorAt(p);
        for (const BackgroundCluster& cluster : clusters)
            if (distance2(c, cluster.center) <= cluster.threshold2) {
                backgroundLike[p] = 1;
                break;
            }
    }
    const std::vector<uint8_t> background = floodFrom(border, backgroundLike, width, height);
    std::vector<uint8_t> object(background.size());
    for (std::size_t p = 0; p < object.size(); ++p)
        object[p] = !background[p];
    return object;
}

std::vector<uint8_t> maskFromAlpha(const QImage& image) {
    const int width = image.width(), height = image.height();
    std::vector<uint8_t> object(std::size_t(width) * height);
    for (int y = 0; y < height; ++y) {
        const uchar* row = image.constScanLine(y);
        for (int x = 0; x < width; ++x)
            object[std::size_t(y) * width + x] = row[4 * x + 3] >= 128;
    }
    return object;
}

} // namespace

// The segmenter's pixels of at least even odds.
std::vector<uint8_t> maskFromSegmenter(const QImage& image, const MaskPredictor& segmenter) {
    const QImage probability =
        segmenter.objectProbability(image).convertToFormat(QImage::Format_Grayscale8);
    const int width = image.width(), height = image.height();
    std::vector<uint8_t> object(std::size_t(width) * height, 0);
    if (probability.size() != image.size())
        return object;
    for (int y = 0; y < height; ++y) {
        const uchar* row = probability.constScanLine(y);
        for (int x = 0; x < width; ++x)
            object[std::size_t(y) * width + x] = row[x] >= 128;
    }
    return object;
}

ObjectMask findObjectMask(const QImage& input, const MaskPredictor* segmenter) {
    const QImage image = input.convertToFormat(QImage::Format_RGBA8888);
    const int width = image.width(), height = image.height();
    if (width < 4 || height < 4)
        throw Error(ErrorKind::NoObjectFound,
                    lift3d::tr("The image is too small (%1 x %2 pixels) to find an "
                               "object in. Use a photo at least 64 pixels across.")
                        .arg(width)
                        .arg(height));

    ObjectMask result;
    std::vector<uint8_t> object;
    if (hasMeaningfulAlpha(image)) {
        result.source = MaskSource::Alpha;
        object = maskFromAlpha(image);
    } else if (segmenter) {
        result.source = MaskSource::Learned;
        object = maskFromSegmenter(image, *segmenter);
    } else {
        result.source = MaskSource::Background;
        object = maskFromBackground(image);
    }
    const bool learned = result.source == MaskSource::Learned;
    keepLargeRegions(object, width, height, learned ? 0.1 : 1.0);
    // Alpha and border masks: every hole, however large (a frame's opening too), as always.
    fillHoles(object, width, height, learned ? 0.01 : std::numeric_limits<double>::infinity());

    const auto area = std::size_t(std::count(object.begin(), object.end(), 1));
    const std::size_t total = object.size();
    // Below 0.1% of the frame it is noise; above 98% nothing was told apart from the background.
    if (area < std::max<std::size_t>(16, total / 1000) || area > total * 98 / 100)
        throw Error(
            ErrorKind::NoObjectFound,
            lift3d::tr("No object found in the image. Use a photo of one object in front of a "
                       "plain background, or an image with a transparent background."));

    result.mask = QImage(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar* row = result.mask.scanLine(y);
        for (int x = 0; x < width; ++x)
            row[x] = object[std::size_t(y) * width + x] ? 255 : 0;
    }
    return result;
}

} // namespace lift3d
