#include "app/gui/WindowSettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace lift3d {
namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stepsKey = QStringLiteral("generation/steps");
const QString shadingKey = QStringLiteral("view/shading");
const QString wireframeKey = QStringLiteral("view/wireframe");
const QString gridKey = QStringLiteral("view/grid");
const QString axesKey = QStringLiteral("view/axes");
const QString languageKey = QStringLiteral("view/language");
const QString recentKey = QStringLiteral("files/recent");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString exportFormatKey = QStringLiteral("export/format");
const QString exportLongestSideKey = QStringLiteral("export/longestSide");
const QString exportUnitsKey = QStringLiteral("export/unitsPerMetre");

} // namespace

WindowSettings WindowSettings::load() {
    const QSettings stored;
    WindowSettings s;
    s.geometry = stored.value(geometryKey).toByteArray();
    s.steps = stored.value(stepsKey, s.steps).toInt();
    const int shading = stored.value(shadingKey, int(s.shading)).toInt();
    for (auto known : {MeshViewport::Shading::Smooth, MeshViewport::Shading::Flat,
                       MeshViewport::Shading::VertexColors, MeshViewport::Shading::Matcap})
        if (int(known) == shading)
            s.shading = known;
    s.wireframe = stored.value(wireframeKey, s.wireframe).toBool();
    s.grid = stored.value(gridKey, s.grid).toBool();
    s.axes = stored.value(axesKey, s.axes).toBool();
    s.language = stored.value(languageKey).toString();
    s.recentFiles = stored.value(recentKey).toStringList().mid(0, maxRecentFiles);
    s.exportFolder = stored
                         .value(exportFolderKey,
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .toString();
    s.exportFormat =
        formatFromFileName(stored.value(exportFormatKey, QStringLiteral("glb")).toString())
            .value_or(MeshFormat::Glb);
    s.exportLongestSide = stored.value(exportLongestSideKey, s.exportLongestSide).toDouble();
    s.exportUnitsPerMetre = stored.value(exportUnitsKey, s.exportUnitsPerMetre).toDouble();
    return s;
}

void WindowSettings::save() const {
    QSettings stored;
    stored.setValue(geometryKey, geometry);
    stored.setValue(stepsKey, steps);
    stored.setValue(shadingKey, int(shading));
    stored.setValue(wireframeKey, wireframe);
    stored.setValue(gridKey, grid);
    stored.setValue(axesKey, axes);
    stored.setValue(languageKey, language);
    stored.setValue(recentKey, recentFiles);
    stored.setValue(exportFolderKey, exportFolder);
    stored.setValue(exportFormatKey, formatExtension(exportFormat));
    stored.setValue(exportLongestSideKey, exportLongestSide);
    stored.setValue(exportUnitsKey, exportUnitsPerMetre);
}

void WindowSettings::addRecentFile(const QString& path) {
    recentFiles.removeAll(path);
    recentFiles.prepend(path);
    while (recentFiles.size() > maxRecentFiles)
        recentFiles.removeLast();
}

void WindowSettings::readView(const MeshViewport& viewport) {
    shading = viewport.shading();
    wireframe = viewport.wireframe();
    grid = viewport.gridVisible();
    axes = viewport.axesVisible();
}

} // namespace lift3d
