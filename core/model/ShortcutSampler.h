#pragma once
// Euler sampling of the shortcut velocity network. Include only from core/model/*.cpp.

#include "core/generator/Generator.h"
#include "core/generator/GeneratorOptions.h"

#include <functional>
#include <torch/torch.h>

namespace lift3d {

// The network's velocity at latent x, time t and step size d ([B] each); whatever else it
// depends on (the encoded picture) is bound inside.
using VelocityFunction = std::function<torch::Tensor(const torch::Tensor& x, const torch::Tensor& t,
                                                     const torch::Tensor& d)>;

// The step size the network is conditioned on for N steps: 1/N for N <= 64 (trained shortcut
// sizes), 0 beyond (the finest shortcut target was built from d = 0 steps).
float conditionedStepSize(int steps, StepSizeMode mode);

// Starting noise for a seed, from the C++ standard generator so it is the same on every machine
// and LibTorch version: [1, size].
torch::Tensor seededNoise(std::uint64_t seed, int size);

// x_{t+1/N} = x_t + (1/N) v(x_t, t, d), N steps from noise at t = 0 to data at t = 1; noise is
// [B, ...]. Reports progress after each step; throws GenerationCancelled between steps when
// `cancel` is set.
torch::Tensor sampleLatent(const VelocityFunction& velocity, const torch::Tensor& noise, int steps,
                           StepSizeMode mode, const ProgressCallback& progress,
                           const std::atomic<bool>* cancel);

} // namespace lift3d
