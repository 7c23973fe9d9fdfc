#include "core/image/DistanceTransform.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lift3d {
namespace {

// Squared distance transform of one line of samples `f` (0 at sources, "unreachable" elsewhere,
// or the previous pass's squared distances): d(q) = min_p (q - p)^2 + f(p), the lower envelope
// of the parabolas rooted at every p. `v` (the parabolas of the envelope) and `z` (where each
// takes over) are scratch space of n and n + 1 entries.
void squaredDistanceLine(const double* f, double* d, int n, std::vector<int>& v,
                         std::vector<double>& z) {
    auto intersection = [&](int q, int p) {
        return ((f[q] + double(q) * q) - (f[p] + double(p) * p)) / (2.0 * double(q - p));
    };
    std::size_t k = 0;
    v[0] = 0;
    z[0] = -std::numeric_limits<double>::infinity();
    z[1] = std::numeric_limits<double>::infinity();
    for (int q = 1; q < n; ++q) {
        double s = intersection(q, v[k]);
        while (s <= z[k]) { // z[0] is -infinity: the loop ends at k == 0 at the latest
            --k;
            s = intersection(q, v[k]);
        }
        ++k;
        v[k] = q;
        z[k] = s;
        z[k + 1] = std::numeric_limits<double>::infinity();
    }
    k = 0;
    for (int q = 0; q < n; ++q) {
        while (z[k + 1] < double(q))
            ++k;
        d[q] = double(q - v[k]) * double(q - v[k]) + f[v[k]];
    }
}

} // namespace

std::vector<float> euclideanDistanceTransform(const std::vector<std::uint8_t>& sources, int width,
                                              int height) {
    const std::size_t count = std::size_t(width) * std::size_t(height);
    std::vector<float> result(count, std::numeric_limits<float>::infinity());
    if (width <= 0 || height <= 0 || sources.size() < count)
        return result;
    // Longer than any distance on the grid, yet small enough to keep the envelope's arithmetic
    // exact; every row gets a real distance from the column pass once there is one source.
    const double unreachable = double(width) * width + double(height) * height;
    std::vector<double> squared(count);
    bool anySource = false;
    for (std::size_t i = 0; i < count; ++i) {
        squared[i] = sources[i] ? 0.0 : unreachable;
        anySource = anySource || sources[i];
    }
    if (!anySource)
        return result;

    const std::size_t longest = std::size_t(std::max(width, height));
    std::vector<double> line(longest), out(longest);
    std::vector<int> v(longest);
    std::vector<double> z(longest + 1);
    for (int x = 0; x < width; ++x) {
        for (int y = 0; y < height; ++y)
            line[std::size_t(y)] = squared[std::size_t(y) * width + x];
        squaredDistanceLine(line.data(), out.data(), height, v, z);
        for (int y = 0; y < height; ++y)
            squared[std::size_t(y) * width + x] = out[std::size_t(y)];
    }
    for (int y = 0; y < height; ++y) {
        double* row = squared.data() + std::size_t(y) * width;
        squaredDistanceLine(row, out.data(), width, v, z);
        for (int x = 0; x < width; ++x)
            result[std::size_t(y) * width + x] = float(std::sqrt(out[std::size_t(x)]));
    }
    return result;
}

} // namespace lift3d
