#pragma once

#include <cstdint>
#include <vector>

namespace lift3d {

// Exact Euclidean distance transform of a width x height grid (row-major, x fastest): for every
// pixel, the distance in pixels (centre to centre) to the nearest pixel whose `sources` entry is
// non-zero; 0 on the sources themselves, +infinity everywhere when there is no source.
// Felzenszwalb and Huttenlocher, "Distance Transforms of Sampled Functions" (Theory of
// Computing, 2012): a 1D lower-envelope pass over the columns, then over the rows, linear time.
std::vector<float> euclideanDistanceTransform(const std::vector<std::uint8_t>& sources, int width,
                                              int height);

} // namespace lift3d
