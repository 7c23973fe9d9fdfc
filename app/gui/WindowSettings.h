#pragma once

#include "core/io/MeshFormat.h"
#include "render/MeshViewport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lift3d {

// What the window remembers between sessions (QSettings: ~/.config/Lift3D/Lift3D.conf on Linux).
// load() and save() are the only places that know the keys; each key is read and written once.
struct WindowSettings {
    static constexpr int maxRecentFiles = 9;

    QByteArray geometry;
    int steps = 32; // the quality slider
    MeshViewport::Shading shading = MeshViewport::Shading::VertexColors;
    bool wireframe = false;
    bool grid = true;
    bool axes = true;
    QString language;        // empty = the system's
    QStringList recentFiles; // newest first, at most maxRecentFiles
    QString exportFolder;
    MeshFormat exportFormat = MeshFormat::Glb;
    double exportLongestSide = 100.0;
    double exportUnitsPerMetre = 1000.0;

    // The stored settings, with defaults for anything missing or unreadable.
    static WindowSettings load();
    void save() const;
    // Puts `path` first in recentFiles (once), dropping the oldest beyond maxRecentFiles.
    void addRecentFile(const QString& path);
    // Shading and overlays as the user left them in `viewport`.
    void readView(const MeshViewport& viewport);
};

} // namespace lift3d
