#include "core/image/ImagePreparation.h"

namespace lift3d {

PreparedImage prepareImage(const QImage& image, const ConditioningOptions& options) {
    PreparedImage prepared;
    prepared.image = image.convertToFormat(QImage::Format_RGBA8888);
    prepared.objectMask = findObjectMask(prepared.image);
    prepared.conditioning = makeConditioning(prepared.image, prepared.objectMask.mask, options);
    return prepared;
}

PreparedImage prepareImageFile(const QString& path, const ConditioningOptions& options,
                               const ImageLoadOptions& loadOptions) {
    return prepareImage(loadImage(path, loadOptions), options);
}

} // namespace lift3d
