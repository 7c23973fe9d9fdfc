#include "core/model/ShortcutSampler.h"

#include <random>

namespace lift3d {

float conditionedStepSize(int steps, StepSizeMode mode) {
    if (mode == StepSizeMode::FlowMatching || steps > 64)
        return 0.0f;
    return 1.0f / float(steps);
}

torch::Tensor seededNoise(std::uint64_t seed, int size) {
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    auto noise = torch::empty({1, size});
    float* data = noise.data_ptr<float>();
    for (int i = 0; i < size; ++i)
        data[i] = normal(random);
    return noise;
}

torch::Tensor sampleLatent(const VelocityFunction& velocity, const torch::Tensor& noise, int steps,
                           StepSizeMode mode, const ProgressCallback& progress,
                           const std::atomic<bool>* cancel) {
    torch::NoGradGuard noGrad;
    const float dt = 1.0f / float(steps);
    const auto d = torch::full({noise.size(0)}, conditionedStepSize(steps, mode));
    auto x = noise.clone();
    for (int i = 0; i < steps; ++i) {
        if (cancel && cancel->load())
            throw GenerationCancelled{};
        const auto t = torch::full({noise.size(0)}, float(i) * dt);
        x = x + dt * velocity(x, t, d);
        if (progress)
            progress(i + 1, steps);
    }
    return x;
}

} // namespace lift3d
