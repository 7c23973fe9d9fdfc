#pragma once
// Euler sampling of the shortcut velocity network. Include only from core/model/*.cpp.

#include "core/generator/Generator.h"
#include "core/model/Networks.h"

namespace lift3d {

// How the step size is told to the network.
enum class StepSizeMode {
    Shortcut,      // d = 1/N: the shortcut model's own step size (the default)
    FlowMatching,  // d = 0 at every step: the same network used as a plain flow-matching model
};

// The step size the network is conditioned on for N steps: 1/N for N <= 64 (trained shortcut
// sizes), 0 beyond (the finest shortcut target was built from d = 0 steps).
float conditionedStepSize(int steps, StepSizeMode mode);

// Starting noise for a seed, from the C++ standard generator so it is the same on every machine
// and LibTorch version: [1, size].
torch::Tensor seededNoise(std::uint64_t seed, int size);

// x_{t+1/N} = x_t + (1/N) v(x_t, t, d, condition), N steps from noise at t = 0 to data at t = 1.
// Reports progress after each step; throws GenerationCancelled between steps when `cancel` is set.
torch::Tensor sampleLatent(VelocityNet& velocity, const torch::Tensor& condition, const torch::Tensor& noise,
                           int steps, StepSizeMode mode, const ProgressCallback& progress,
                           const std::atomic<bool>* cancel);

} // namespace lift3d
