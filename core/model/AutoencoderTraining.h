#pragma once
// Phase 1 of training: the shape autoencoder on the training views' signed-distance fields.
// Include only from core/model/*.cpp: torch headers are slow to compile and clash with Qt's
// keyword macros.

namespace lift3d {

class TrainingRun;
struct TrainingData;

// Trains the shape encoder and decoder from `fromStep` to options.autoencoderSteps, then whitens
// the latents for the flow, restarts the EMA copy from the trained network and saves a checkpoint
// at the start of the flow phase. Returns false when cancelled (after saving a checkpoint).
bool trainAutoencoder(TrainingRun& run, const TrainingData& data, int fromStep);

} // namespace lift3d
