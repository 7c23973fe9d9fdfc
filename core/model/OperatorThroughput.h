#pragma once

#include <QString>
#include <vector>

namespace lift3d {

// One layer shape the model might use, and how fast this machine's LibTorch runs it.
struct OperatorTiming {
    QString name; // e.g. "conv2d 64->64 k3 16x16"
    int batch = 0;
    double gflop = 0;                  // forward multiply-adds x 2 for the whole batch
    double forwardMs = 0, trainMs = 0; // medians; train = forward + backward
    double forwardGflops() const { return forwardMs > 0 ? gflop / forwardMs * 1e3 : 0; }
    double trainGflops() const { return trainMs > 0 ? 3 * gflop / trainMs * 1e3 : 0; }
};

// Times the conv2d / conv3d / linear / decoder-query sizes the generator designs consider, at
// training batch sizes and at batch 1 (inference), with this process's thread count. The
// architecture is chosen from these numbers: small layers reach a fraction of peak on 2 cores.
std::vector<OperatorTiming> measureOperatorThroughput(int repeats = 5);

// torch::set_num_threads without the caller including LibTorch.
void setTorchThreads(int threads);

} // namespace lift3d
