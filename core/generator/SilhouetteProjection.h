#pragma once

#include "core/geometry/Mesh.h"
#include "core/geometry/ScalarGrid.h"

#include <QImage>
#include <glm/vec2.hpp>
#include <vector>

namespace lift3d {

// An orthographic camera looking at the output frame from elevation `elevation` (radians, above
// the horizon), framed like the conditioning crop: the projected bounding box of the shape is
// centred in a square `side` wide (longest projected side times 1 + 2 * margin), mapped to
// `size` pixels. It lets a shape be compared with, carved by or coloured from the input picture
// without knowing the camera's distance or focal length.
struct OrthoView {
    float elevation = 0.0f;
    glm::vec2 center{0.0f};
    float side = 1.0f;
    int size = 128;

    glm::vec2 project(const glm::vec3& p) const; // onto the image plane, frame units
    glm::vec2 toPixel(const glm::vec3& p) const; // pixel coordinates, y down
    glm::vec3 towardCamera() const;              // unit vector from the shape to the camera
};

// Frames `points` (the shape's vertices or inside samples) for an elevation.
OrthoView frameView(const std::vector<glm::vec3>& points, float elevation, float margin, int size);

// Rasterises the mesh's silhouette in `view` (size x size, 1 = covered).
std::vector<std::uint8_t> rasterSilhouette(const Mesh& mesh, const OrthoView& view);

// The elevation in -5..45 degrees (5-degree steps) whose silhouette best matches `mask`, with its
// IoU. `mask` is Grayscale8, >= 128 is object.
std::pair<OrthoView, double> bestSilhouetteView(const Mesh& mesh, const QImage& mask, float margin);

// Removes what the picture shows is not there: samples whose projection in `view` falls on the
// background of `mask` (dilated by `tolerancePixels`) are set outside. Only removes material.
void carveToSilhouette(ScalarGrid& field, const QImage& mask, const OrthoView& view,
                       int tolerancePixels);

// Colours the mesh from the picture seen through `view`: vertices facing the camera take the
// pixel they project to; hidden ones take the same pixel slightly darkened (the object's visible
// colour at that place), and pixels outside the object fall back to the object's mean colour.
// `rgb` is the conditioning image (Format_RGB888, sRGB); colours are stored linear.
void colorFromPicture(Mesh& mesh, const QImage& rgb, const QImage& mask, const OrthoView& view);

} // namespace lift3d
