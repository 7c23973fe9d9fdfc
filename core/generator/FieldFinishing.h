#pragma once
// The one finishing path of every generator: from a back end's signed-distance field to the
// mesh the user sees.

#include "core/generator/Generator.h"

#include <glm/vec3.hpp>

namespace lift3d {

// Marching cubes on the field at level 0 (closed at the border), small floaters removed,
// normalised to the output frame. When given, `center` and `scale` receive the normalisation
// applied (output = (field position - center) / scale). Empty when the field has no inside.
Mesh meshFromField(const ScalarGrid& field, glm::vec3* center = nullptr, float* scale = nullptr);

// Samples beyond the unit box (plus a cell) become outside by their distance to it. The output
// frame puts the object inside [-0.5, 0.5]^3; a decoder fed an unusual latent can claim
// "inside" out at the lattice border, which marching cubes would close into a box around
// everything.
void keepInsideUnitBox(ScalarGrid& field);

// Meshes `field` (modified in place: fallback level, carving) and fits the mesh to the picture:
//  1. meshFromField;
//  2. when that is empty, the 2% of cells the field rates most inside are meshed instead
//     (decoders lean toward "outside" where unsure: thin objects, unusual pictures, and an
//     empty result helps nobody);
//  3. with options.carveToSilhouette, samples that project onto the background of the mask
//     are removed (in the best-fitting orthographic view) and the field meshed again;
//  4. with options.colourFromPicture, vertex colours come from the picture.
// Returns an empty mesh only when even the fallback has no inside (a constant field).
Mesh finishField(ScalarGrid& field, const Conditioning& conditioning,
                 const FinishingOptions& options);

} // namespace lift3d
