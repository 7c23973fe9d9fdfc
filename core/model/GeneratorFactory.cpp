#include "core/model/GeneratorFactory.h"

#include "core/UserMessage.h"
#include "core/generator/TestShapeGenerator.h"
#include "core/model/BuiltinModelGenerator.h"
#include "core/model/TorchScriptGenerator.h"

#include <QFileInfo>

namespace lift3d {

LoadedGenerator makeGenerator(const GeneratorOptions& options) {
    const QString model = options.model.isEmpty() ? bundledModelManifest() : options.model;
    LoadedGenerator loaded;
    if (model == testShapeModelName) {
        loaded.generator = std::make_shared<TestShapeGenerator>();
        loaded.description = tr("Test shape (no model)");
    } else if (model.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        auto builtin = std::make_shared<BuiltinModelGenerator>(model, options);
        loaded.description =
            tr("Lift3D model %1 (%2 training views)")
                .arg(builtin->manifest().sha256.left(12))
                .arg(builtin->manifest().trainingData.section(QLatin1Char(' '), 0, 0));
        loaded.manifestPath = model;
        loaded.generator = std::move(builtin);
    } else {
        loaded.generator =
            std::make_shared<TorchScriptGenerator>(model, FinishingOptions{options.carving, true});
        loaded.description = tr("TorchScript model %1").arg(QFileInfo(model).fileName());
    }
    return loaded;
}

} // namespace lift3d
