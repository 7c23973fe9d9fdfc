#pragma once

#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

namespace lift3d {

// What a Cube Engine (Sauerbraten, Red Eclipse) model folder's obj.cfg / iqm.cfg / md5.cfg /
// md3.cfg says about the model: the game, not the model file, decides its textures there.
struct CubeEngineModelConfig {
    QString model; // the file of its first `<format>load` command, as written (relative)
    // `<format>skin <mesh> <diffuse> ...` in order: the mesh (or material) name, "*" for all, and
    // the diffuse picture as written (relative to the config's folder; "<dds>" hints removed).
    std::vector<std::pair<QString, QString>> skins;
};

// Reads the commands it knows and ignores the rest (scale, spin, bump maps, physics). A config
// without a load command gives an empty `model`.
CubeEngineModelConfig parseCubeEngineModelConfig(const QByteArray& text);

} // namespace lift3d
