#pragma once

#include "core/geometry/Mesh.h"

namespace lift3d {

// Volume enclosed by a closed, consistently wound mesh (positive for outward normals).
double enclosedVolume(const Mesh& mesh);

// Total area of all triangles.
double surfaceArea(const Mesh& mesh);

// How the mesh's undirected edges are shared by triangles.
struct EdgeSharing {
    std::size_t edges = 0;       // distinct undirected edges
    std::size_t boundary = 0;    // used by one triangle: the mesh has a hole there
    std::size_t nonManifold = 0; // used by three or more triangles
    std::size_t misoriented = 0; // used twice in the same direction: winding flips there

    // Every edge shared by exactly two triangles that traverse it in opposite directions.
    bool isClosedManifold() const {
        return edges > 0 && boundary == 0 && nonManifold == 0 && misoriented == 0;
    }
};
EdgeSharing analyzeEdges(const Mesh& mesh);

} // namespace lift3d
