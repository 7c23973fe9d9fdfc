#include "core/modelfile/ModelConfig.h"

namespace lift3d {

QJsonObject ModelConfig::toJson() const {
    return {{QStringLiteral("architecture"), architecture},
            {QStringLiteral("pixelFeatures"), pixelFeatures},
            {QStringLiteral("imageSize"), imageSize},
            {QStringLiteral("fieldSide"), fieldSide},
            {QStringLiteral("latentChannels"), latentChannels},
            {QStringLiteral("latentSide"), latentSide},
            {QStringLiteral("featureChannels"), featureChannels},
            {QStringLiteral("featureSide"), featureSide},
            {QStringLiteral("conditionSize"), conditionSize},
            {QStringLiteral("hidden"), hidden},
            {QStringLiteral("blocks"), blocks},
            {QStringLiteral("truncation"), double(truncation)},
            {QStringLiteral("isoLevel"), double(isoLevel)},
            {QStringLiteral("noiseTemperature"), double(noiseTemperature)}};
}

ModelConfig ModelConfig::fromJson(const QJsonObject& json) {
    ModelConfig c;
    c.architecture = json.value(QStringLiteral("architecture")).toString(c.architecture);
    c.pixelFeatures = json.value(QStringLiteral("pixelFeatures")).toBool(c.pixelFeatures);
    c.imageSize = json.value(QStringLiteral("imageSize")).toInt(c.imageSize);
    c.fieldSide = json.value(QStringLiteral("fieldSide")).toInt(c.fieldSide);
    c.latentChannels = json.value(QStringLiteral("latentChannels")).toInt(c.latentChannels);
    c.latentSide = json.value(QStringLiteral("latentSide")).toInt(c.latentSide);
    c.featureChannels = json.value(QStringLiteral("featureChannels")).toInt(c.featureChannels);
    c.featureSide = json.value(QStringLiteral("featureSide")).toInt(c.featureSide);
    c.conditionSize = json.value(QStringLiteral("conditionSize")).toInt(c.conditionSize);
    c.hidden = json.value(QStringLiteral("hidden")).toInt(c.hidden);
    c.blocks = json.value(QStringLiteral("blocks")).toInt(c.blocks);
    c.truncation = float(json.value(QStringLiteral("truncation")).toDouble(c.truncation));
    c.isoLevel = float(json.value(QStringLiteral("isoLevel")).toDouble(c.isoLevel));
    c.noiseTemperature =
        float(json.value(QStringLiteral("noiseTemperature")).toDouble(c.noiseTemperature));
    return c;
}

ModelConfig ModelConfig::pixelAlignedGrid() {
    ModelConfig c;
    c.architecture = QStringLiteral("grid");
    c.latentChannels = 8;
    c.latentSide = 8;
    c.featureChannels = 16;
    c.featureSide = 16;
    c.conditionSize = 256;
    c.hidden = 64; // U-Net width at the latent's resolution; doubled at 4^3
    c.blocks = 2;  // residual blocks per level
    // The decoders lean toward "outside" where unsure; 0.3 gave the grid autoencoder's best
    // ceiling on the validation split (F@5% 0.821 against 0.613 at 0, docs/results/ceiling).
    c.isoLevel = 0.3f;
    return c;
}

} // namespace lift3d
