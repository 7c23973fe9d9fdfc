#pragma once
// How the velocity networks see time and step size. Include only from core/model/*.cpp.

#include <torch/torch.h>

namespace lift3d {

// Sinusoidal features of a scalar per batch element: [B] -> [B, 2 * frequencies].
torch::Tensor sinusoidal(const torch::Tensor& value, int frequencies);

// d spans 0 and 1/128 .. 1: log2 of the step count, scaled to about [0, 1], so that small steps
// stay distinct; d = 0 (plain flow matching) is 0.
torch::Tensor stepSizeCode(const torch::Tensor& d);

} // namespace lift3d
