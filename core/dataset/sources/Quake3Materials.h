#pragma once

#include <QByteArray>
#include <QString>
#include <map>

namespace lift3d {

// The picture each shader of a Quake 3 shader script (scripts/*.shader) paints its surface with:
// the `map` (or `clampMap`, or the first frame of `animMap`) of its first stage that is not an
// effect laid over the surface (an environment reflection, an additive glow), else of its first
// stage; $lightmap and $whiteimage are no pictures. Keys are the shader names in lower case
// ("models/weapons2/shotgun/skinoa", "redarmor"); an MD3 surface names its shader by such a key.
std::map<QString, QString> readQuake3ShaderMaps(const QByteArray& script);

// A Quake 3 .skin file ("surface,picture" lines; tag_ lines carry no picture): surface name in
// lower case -> picture path.
std::map<QString, QString> readQuake3Skin(const QByteArray& text);

} // namespace lift3d
