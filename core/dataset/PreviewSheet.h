#pragma once

#include <QImage>

namespace lift3d {

struct Mesh;

// Draws `mesh` twice on the CPU (renderTexturedMesh, no OpenGL), side by side on white: on the
// left from the front, as the input camera saw it, on the right turned 45 degrees; both from
// 20 degrees above, with vertex colours where the mesh has them. The mesh is expected in the
// output frame (centred, longest side 1); parts outside that box may be cut off at the edges.
// Returns a Format_RGBA8888 image of 2 * viewSize x viewSize, fully opaque. Does not throw
// (beyond std::bad_alloc); an empty mesh gives a plain white sheet, a viewSize below 1 a null
// image.
QImage renderPreviewSheet(const Mesh& mesh, int viewSize = 256);

} // namespace lift3d
