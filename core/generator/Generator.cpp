#include "core/generator/Generator.h"

#include "core/generator/FieldFinishing.h"
#include "core/generator/StageTimer.h"

namespace lift3d {

GenerationResult Generator::generate(const Conditioning& conditioning,
                                     const GenerationSettings& settings,
                                     const ProgressCallback& progress,
                                     const std::atomic<bool>* cancel) const {
    GeneratedField generated = generateField(conditioning, settings, progress, cancel);
    if (cancel && cancel->load())
        throw GenerationCancelled{};
    GenerationResult result;
    result.timings = generated.timings;
    result.field = std::move(generated.field);
    StageTimer timer;
    result.mesh = finishField(result.field, conditioning, m_finishing);
    result.timings.mesh = timer.lap();
    return result;
}

} // namespace lift3d
