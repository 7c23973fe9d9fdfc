#pragma once
// The procedural families' variants, one file per group of related families. Only
// ProceduralShapes.cpp and tst_procedural (which runs every variant) use this header; everything
// else goes through ProceduralShapes.h.

#include "core/dataset/TexturedMesh.h"

#include <random>
#include <vector>

namespace lift3d::procedural {

// One kind of thing within a family (an apple within "fruit"), made from the random stream that
// picked it. Makers return the object upright, resting on y = 0, in centimetres.
struct Variant {
    const char* name;
    float weight; // relative frequency within the family
    TexturedMesh (*make)(std::mt19937& random);
};

const std::vector<Variant>& fruitVariants();        // ProceduralFruit.cpp
const std::vector<Variant>& bottleVariants();       // ProceduralBottles.cpp
const std::vector<Variant>& canVariants();          // ProceduralBottles.cpp
const std::vector<Variant>& mugVariants();          // ProceduralTableware.cpp
const std::vector<Variant>& cupVariants();          // ProceduralTableware.cpp
const std::vector<Variant>& bowlVariants();         // ProceduralTableware.cpp
const std::vector<Variant>& vaseVariants();         // ProceduralTableware.cpp
const std::vector<Variant>& superquadricVariants(); // ProceduralSuperquadrics.cpp
const std::vector<Variant>& boxVariants();          // ProceduralBoxes.cpp
const std::vector<Variant>& extrusionVariants();    // ProceduralExtrusions.cpp
const std::vector<Variant>& unionVariants();        // ProceduralAssemblies.cpp

} // namespace lift3d::procedural
