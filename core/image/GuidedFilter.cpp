#include "core/image/GuidedFilter.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lift3d {
namespace {

// Mean over the (2r + 1)^2 window, clipped at the borders, from a summed-area table.
class BoxMean {
public:
    BoxMean(int width, int height, int radius)
        : m_width(width), m_height(height), m_radius(radius),
          m_sums(std::size_t(width + 1) * (height + 1)) {}

    std::vector<double> operator()(const std::vector<double>& values) {
        const int w = m_width, h = m_height;
        for (int y = 0; y < h; ++y) {
            double row = 0;
            for (int x = 0; x < w; ++x) {
                row += values[std::size_t(y) * w + x];
                m_sums[std::size_t(y + 1) * (w + 1) + x + 1] =
                    m_sums[std::size_t(y) * (w + 1) + x + 1] + row;
            }
        }
        std::vector<double> mean(values.size());
        for (int y = 0; y < h; ++y) {
            const int y0 = std::max(0, y - m_radius), y1 = std::min(h, y + m_radius + 1);
            for (int x = 0; x < w; ++x) {
                const int x0 = std::max(0, x - m_radius), x1 = std::min(w, x + m_radius + 1);
                const auto at = [&](int yy, int xx) {
                    return m_sums[std::size_t(yy) * (w + 1) + xx];
                };
                mean[std::size_t(y) * w + x] = (at(y1, x1) - at(y0, x1) - at(y1, x0) + at(y0, x0)) /
                                               double((y1 - y0) * (x1 - x0));
            }
        }
        return mean;
    }

private:
    int m_width, m_height, m_radius;
    std::vector<double> m_sums; // (w + 1) x (h + 1), first row and column zero
};

} // namespace

QImage guidedFilter(const QImage& input, const QImage& guide, int radius, double epsilon) {
    const int width = input.width(), height = input.height();
    const QImage p8 = input.convertToFormat(QImage::Format_Grayscale8);
    const QImage g8 = guide.convertToFormat(QImage::Format_Grayscale8);
    if (g8.size() != p8.size() || width == 0 || height == 0)
        return p8;
    const std::size_t n = std::size_t(width) * height;
    std::vector<double> p(n), g(n), gp(n), gg(n);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const std::size_t i = std::size_t(y) * width + x;
            p[i] = p8.constScanLine(y)[x] / 255.0;
            g[i] = g8.constScanLine(y)[x] / 255.0;
            gp[i] = g[i] * p[i];
            gg[i] = g[i] * g[i];
        }
    BoxMean box(width, height, std::max(1, radius));
    const auto meanG = box(g), meanP = box(p), meanGP = box(gp), meanGG = box(gg);
    std::vector<double> a(n), b(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double variance = meanGG[i] - meanG[i] * meanG[i];
        a[i] = (meanGP[i] - meanG[i] * meanP[i]) / (variance + epsilon);
        b[i] = meanP[i] - a[i] * meanG[i];
    }
    const auto meanA = box(a), meanB = box(b);
    QImage output(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar* row = output.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const std::size_t i = std::size_t(y) * width + x;
            row[x] = uchar(std::clamp(std::lround((meanA[i] * g[i] + meanB[i]) * 255.0), 0L, 255L));
        }
    }
    return output;
}

} // namespace lift3d
