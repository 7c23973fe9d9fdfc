#include "core/image/ImagePreparation.h"

#include "core/Error.h"
#include "core/UserMessage.h"

namespace lift3d {

PreparedImage prepareImage(const QImage& image, const ConditioningOptions& options,
                           const MaskPredictor* segmenter) {
    PreparedImage prepared;
    prepared.image = image.convertToFormat(QImage::Format_RGBA8888);
    prepared.objectMask = findObjectMask(prepared.image, segmenter);
    prepared.conditioning = makeConditioning(prepared.image, prepared.objectMask.mask, options);
    return prepared;
}

PreparedImage prepareImageWithMask(const QImage& image, const QImage& mask,
                                   const ConditioningOptions& options) {
    if (mask.size() != image.size())
        throw Error(ErrorKind::InvalidArgument,
                    lift3d::tr("The mask is %1 x %2 pixels but the picture is %3 x %4. Use a mask "
                               "the size of the picture.")
                        .arg(mask.width())
                        .arg(mask.height())
                        .arg(image.width())
                        .arg(image.height()));
    PreparedImage prepared;
    prepared.image = image.convertToFormat(QImage::Format_RGBA8888);
    prepared.objectMask.mask = mask.convertToFormat(QImage::Format_Grayscale8);
    prepared.objectMask.source = MaskSource::User;
    prepared.conditioning = makeConditioning(prepared.image, prepared.objectMask.mask, options);
    return prepared;
}

PreparedImage prepareImageFile(const QString& path, const ConditioningOptions& options,
                               const ImageLoadOptions& loadOptions,
                               const MaskPredictor* segmenter) {
    return prepareImage(loadImage(path, loadOptions), options, segmenter);
}

} // namespace lift3d
