#include "core/model/TimeEmbedding.h"

#include <cmath>

namespace lift3d {

torch::Tensor sinusoidal(const torch::Tensor& value, int frequencies) {
    const auto exponents = torch::arange(frequencies, value.options());
    const auto scales = torch::pow(2.0, exponents) * M_PI;
    const auto angles = value.unsqueeze(1) * scales.unsqueeze(0);
    return torch::cat({torch::sin(angles), torch::cos(angles)}, 1);
}

torch::Tensor stepSizeCode(const torch::Tensor& d) {
    return torch::where(d > 0, (torch::log2(1.0 / d.clamp_min(1e-6)) + 1.0) / 8.0,
                        torch::zeros_like(d));
}

} // namespace lift3d
