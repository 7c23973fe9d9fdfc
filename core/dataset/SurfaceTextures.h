#pragma once

#include <QImage>
#include <QString>
#include <random>

namespace lift3d {

// A seamless, tileable picture of a surface and how large one repeat of it is in the scene.
struct SurfaceTexture {
    QString kind;        // "wood", "cloth", "tile", "stone", "plain", "paint", "stripes", "brick"
    QImage image;        // Format_RGBA8888, opaque, tiles without seams
    float repeat = 1.0f; // scene units one copy of the image covers (objects are about 1 long)
};

// Procedural textures for tabletop scenes (TabletopRender.h), drawn fresh for every view so the
// segmentation model never sees the same table twice. Each costs well under a millisecond at
// the default size.
// A table top or floor: wood planks, woven cloth, ceramic tiles, stone, or a plain finish.
SurfaceTexture sampleFloorTexture(std::mt19937& random, int size = 128);
// A wall: paint (mostly off-white), striped wallpaper, bricks, tiles or concrete.
SurfaceTexture sampleWallTexture(std::mt19937& random, int size = 128);

} // namespace lift3d
