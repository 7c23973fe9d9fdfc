#pragma once
// Conditioning images as LibTorch tensors. Include only from core/model/*.cpp.

#include "core/image/Conditioning.h"

#include <torch/torch.h>

namespace lift3d {

// [4, H, W] uint8: R, G, B, mask.
torch::Tensor conditioningToBytes(const Conditioning& conditioning);

// [1, 4, H, W] float in [0, 1], resized to `size` when it differs.
torch::Tensor conditioningToTensor(const Conditioning& conditioning, int size);

// [rows, 4, size, size]: the picture of nothing (white, empty mask), the null condition that
// condition dropout trains and classifier-free guidance subtracts.
torch::Tensor blankPictureTensor(long rows, int size);

} // namespace lift3d
