#include "core/image/Conditioning.h"

#include "core/Error.h"
#include "core/UserMessage.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace lift3d {
namespace {

QRect objectBounds(const QImage& mask) {
    int left = mask.width(), top = mask.height(), right = -1, bottom = -1;
    for (int y = 0; y < mask.height(); ++y) {
        const uchar* row = mask.constScanLine(y);
        for (int x = 0; x < mask.width(); ++x)
            if (row[x] >= 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

Conditioning makeConditioning(const QImage& image, const QImage& mask,
                              const ConditioningOptions& options) {
    if (image.size() != mask.size() || options.size < 8 || options.margin < 0.0f)
        throw Error(
            ErrorKind::InvalidArgument,
            lift3d::tr("Internal error: the image and its mask differ in size, or the model "
                       "input size is invalid. Please report this."));
    const QRect bounds = objectBounds(mask.convertToFormat(QImage::Format_Grayscale8));
    if (bounds.isNull())
        throw Error(
            ErrorKind::NoObjectFound,
            lift3d::tr("No object found in the image. Use a photo of one object in front of a "
                       "plain background, or an image with a transparent background."));

    const int longest = std::max(bounds.width(), bounds.height());
    const int side = std::max(8, int(std::lround(longest * (1.0f + 2.0f * options.margin))));
    // Centre in doubled coordinates so odd sizes stay centred to the pixel.
    const int cx2 = 2 * bounds.left() + bounds.width();
    const int cy2 = 2 * bounds.top() + bounds.height();
    const QRect crop((cx2 - side) / 2, (cy2 - side) / 2, side, side);

    // Object over white, and the mask over "background": pixels beyond the image are neither.
    QImage rgbSquare(side, side, QImage::Format_RGB888);
    rgbSquare.fill(Qt::white);
    QImage maskSquare(side, side, QImage::Format_Grayscale8);
    maskSquare.fill(0);
    const QImage source = image.convertToFormat(QImage::Format_RGBA8888);
    const QImage sourceMask = mask.convertToFormat(QImage::Format_Grayscale8);
    const QRect visible = crop.intersected(image.rect());
    for (int y = visible.top(); y <= visible.bottom(); ++y) {
        const uchar* px = source.constScanLine(y);
        const uchar* m = sourceMask.constScanLine(y);
        uchar* out = rgbSquare.scanLine(y - crop.top());
        uchar* outMask = maskSquare.scanLine(y - crop.top());
        for (int x = visible.left(); x <= visible.right(); ++x) {
            const int ox = x - crop.left();
            const int alpha = m[x];
            for (int ch = 0; ch < 3; ++ch)
                out[3 * ox + ch] = uchar((px[4 * x + ch] * alpha + 255 * (255 - alpha)) / 255);
            outMask[ox] = uchar(alpha);
        }
    }

    Conditioning result;
    result.crop = crop;
    result.rgb = rgbSquare.scaled(options.size, options.size, Qt::IgnoreAspectRatio,
                                  Qt::SmoothTransformation);
    result.mask = maskSquare.scaled(options.size, options.size, Qt::IgnoreAspectRatio,
                                    Qt::SmoothTransformation);
    return result;
}

} // namespace lift3d
