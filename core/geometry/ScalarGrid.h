#pragma once

#include <cstddef>
#include <glm/vec3.hpp>
#include <vector>

namespace lift3d {

// Samples of a scalar field on a regular 3D lattice. Sample (x, y, z) sits at
// `origin + spacing * (x, y, z)` and is stored at `x + nx * (y + ny * z)` (x fastest), the
// layout LibTorch uses for a [nz, ny, nx] tensor, so grids cross that boundary without copies.
// Lift3D's convention: negative inside, positive outside (a signed distance).
struct ScalarGrid {
    int nx = 0, ny = 0, nz = 0;
    glm::vec3 origin{0.0f};
    float spacing = 1.0f;
    std::vector<float> values;

    ScalarGrid() = default;
    ScalarGrid(int nx, int ny, int nz, glm::vec3 origin, float spacing, float fill = 0.0f)
        : nx(nx), ny(ny), nz(nz), origin(origin), spacing(spacing),
          values(std::size_t(nx) * std::size_t(ny) * std::size_t(nz), fill) {}

    // A cube of n^3 samples spanning [-halfExtent, halfExtent] on every axis.
    static ScalarGrid cube(int n, float halfExtent, float fill = 0.0f) {
        return ScalarGrid(n, n, n, glm::vec3(-halfExtent), 2.0f * halfExtent / float(n - 1), fill);
    }

    std::size_t index(int x, int y, int z) const {
        return std::size_t(x) +
               std::size_t(nx) * (std::size_t(y) + std::size_t(ny) * std::size_t(z));
    }
    float& at(int x, int y, int z) { return values[index(x, y, z)]; }
    float at(int x, int y, int z) const { return values[index(x, y, z)]; }
    glm::vec3 position(int x, int y, int z) const {
        return origin + spacing * glm::vec3(float(x), float(y), float(z));
    }

    // Fills every sample with f(position).
    template <typename Field> void fill(Field&& f) {
        for (int z = 0; z < nz; ++z)
            for (int y = 0; y < ny; ++y)
                for (int x = 0; x < nx; ++x)
                    at(x, y, z) = f(position(x, y, z));
    }
};

} // namespace lift3d
