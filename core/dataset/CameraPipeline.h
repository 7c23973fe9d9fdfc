#pragma once

#include "core/dataset/PhotoLook.h"

#include <QImage>

namespace lift3d {

// What a camera does to the light that reaches it before a picture is a file: optical blur, the
// white-balance cast and colour jitter of `look`, its saturation, sensor noise (drawn from
// look.noiseSeed) and, when look.jpegQuality > 0, a JPEG round trip. Exposure is not applied
// here: it scales the light before highlights clip (PhotoRender.h). `picture` is opaque (any
// alpha is ignored); returns Format_RGB888 of the same size. Throws Error(UnsupportedFormat)
// when Qt has no JPEG codec and one is asked for.
QImage developPhoto(const QImage& picture, const PhotoLook& look);

} // namespace lift3d
