#pragma once

#include <QByteArray>
#include <QStringList>
#include <glm/vec3.hpp>

namespace lift3d {

// What a dataset source needs to know about an AC3D model before loading it: read from the text
// in one pass, without Assimp, so thousands of files can be listed in seconds.
struct Ac3dSkim {
    bool valid = false;   // an AC3D header and a complete object tree
    int polygonCount = 0; // polygon surfaces (not lines) of the parts withoutHiddenParts keeps
    // Bounds of those parts with the object transforms applied, in file units (metres in
    // FlightGear); lo > hi when they have no vertices.
    glm::vec3 lo{1e30f}, hi{-1e30f};
    // A digest of the geometry alone: vertices, surfaces and transforms, not materials, texture
    // names or object names, so colour variants of one model (the same car with another
    // texture) share it.
    QByteArray geometryDigest;
    QStringList textures; // the texture names as written, in order of first use
};

Ac3dSkim skimAc3d(const QByteArray& text);

// The model without the parts a picture of it would not show, each replaced by an empty group
// (keeping its parent's child count right):
// - distant levels of detail: models converted from X-Plane keep every level in one file as
//   groups named "LOD <near>/<far>" (metres); FlightGear shows one at a time, a plain reader
//   draws them all on top of each other. Groups whose range starts beyond 0 m go.
// - effects, named so by their authors (object or texture name): the translucent cones, areas,
//   halos and glows lamps and beacons carry to fake the light they cast ("lightvolume",
//   "LightCone", "WhiteHalo.2", "RedShine_Plane"), drawn solid white shapes larger than the
//   lamp; the wake and spray sheets ships trail ("Wake", "wake_small.png").
// The text is returned unchanged when it has no such part or cannot be parsed.
QByteArray withoutHiddenParts(const QByteArray& text);

// The model with the materials of unnamed light volumes made fully transparent (which readers
// turn into opacity 0): a material that glows (emission of 0.3 or more in some channel) and is
// at least 30% transparent is a light cone or bulb halo, not a surface. Glass does not glow.
QByteArray withGlowMaterialsTransparent(const QByteArray& text);

} // namespace lift3d
