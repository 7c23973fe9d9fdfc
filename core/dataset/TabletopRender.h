#pragma once

#include "core/dataset/PhotoLook.h"
#include "core/dataset/TexturedMesh.h"
#include "core/dataset/ViewFrame.h"

#include <QImage>
#include <QJsonObject>
#include <glm/vec3.hpp>
#include <random>
#include <vector>

namespace lift3d {

// The object photographed where it would stand: for training segmentation on scenes rather
// than cut-outs.
struct TabletopView {
    QImage rgb; // Format_RGB888, opaque, developed like a photo view (CameraPipeline.h)
    // Format_Grayscale8: the share of each pixel that shows the main object (255 = object), the
    // parts clutter stands in front of cut out. Exact: taken from the renderer, not the picture.
    QImage mask;
    QJsonObject
        scene; // what was drawn (surfaces, wall distance, clutter placements), for meta.json
};

// Renders `object` (canonical frame: upright, centred, longest side 1) standing on a textured
// floor or table top in front of a textured wall (SurfaceTextures.h), with a soft contact
// shadow (ContactShadow.h), seen by `camera` under `look`, size x size pixels. Each of
// `clutter` (canonical meshes; the caller picks how many, at most the first 3 are used) is
// scaled to 35-85% of the object, turned at random and stood beside or behind it where it
// neither intersects it nor covers much of it; one that finds no such place is left out. The
// surfaces and placements are drawn from `random`. `objectCornerNormals`: as for
// renderPhotoView. Throws Error(InvalidArgument) when the camera is not above the floor, the
// object's lowest point (a negative elevation can put it below; zero and above never do).
TabletopView renderTabletopView(const TexturedMesh& object,
                                const std::vector<const TexturedMesh*>& clutter,
                                const ViewCamera& camera, const PhotoLook& look,
                                std::mt19937& random, int size,
                                const std::vector<glm::vec3>* objectCornerNormals = nullptr);

} // namespace lift3d
