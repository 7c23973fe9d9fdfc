#pragma once

#include "core/dataset/TexturedMesh.h"

#include <QString>
#include <cstdint>
#include <random>
#include <vector>

namespace lift3d {

// Everyday forms that no Debian package has, generated from a seed: fruit, bottles, mugs,
// cups, bowls, vases, cans, superquadrics (pebbles, soap, eggs...), bevelled boxes (parcels,
// books, dice...), extrusions of 2D outlines (stars, letters, gears...) and small unions of
// primitives (lamps, mushrooms, tables, snowmen...), with realistic proportions, colours and
// procedural textures, so the model learns what a photograph of an apple or a mug looks like.
//
// Every object is a closed mesh, or a union of closed parts that may intersect (which the
// signed-distance builder fills as one solid): every edge is shared by exactly two triangles,
// wound outward, once vertices at identical positions (split at UV seams) are merged. It comes
// upright (+Y up) in its natural resting pose, standing on y = 0, in centimetres, not
// normalised. Materials are sRGB; textures are Format_RGBA8888.

// A family and how often ProceduralSource draws it relative to the others.
struct ProceduralKind {
    QString name; // also the objects' category
    int weight;
};

// The families, in a fixed order: fruit, bottle, mug, cup, bowl, vase, can, superquadric, box,
// extrusion, union.
const std::vector<ProceduralKind>& proceduralKinds();

// The kinds of the first `count` objects: a smooth weighted round-robin over
// proceduralKinds(), so every stretch of the sequence has the families in proportion and a
// longer sequence starts with a shorter one.
std::vector<QString> proceduralKindSequence(std::size_t count);

// What the object of `kind` made from `seed` is ("apple", "wine bottle"), without making it.
// Throws Error(InvalidArgument) for an unknown kind.
QString proceduralVariant(const QString& kind, std::uint32_t seed);

// Makes it: the same kind and seed give the same mesh, byte for byte. The random draws are the
// same on every platform (ProceduralRandom.h); only the maths library's rounding of sin, pow
// and the like may differ between platforms. Throws Error(InvalidArgument) for an unknown
// kind.
TexturedMesh generateProceduralShape(const QString& kind, std::uint32_t seed);
// The same from a generator: the first draw picks the variant, the rest shape it.
TexturedMesh generateProceduralShape(const QString& kind, std::mt19937& random);

} // namespace lift3d
