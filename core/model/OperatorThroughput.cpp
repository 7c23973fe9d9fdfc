#include "core/model/OperatorThroughput.h"

#include "core/model/GridNetworks.h"

#include <QElapsedTimer>
#include <algorithm>
#include <functional>
#include <torch/torch.h>

namespace lift3d {
namespace {

namespace nn = torch::nn;

double medianMs(int repeats, const std::function<void()>& work) {
    work(); // warm-up: allocations, OpenBLAS threads
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

OperatorTiming timeModule(const QString& name, int batch, double gflop, nn::AnyModule module,
                          const torch::Tensor& input, int repeats) {
    OperatorTiming timing{name, batch, gflop};
    {
        torch::NoGradGuard noGrad;
        timing.forwardMs = medianMs(repeats, [&] { module.forward(input); });
    }
    const auto trainable = input.detach().requires_grad_(true);
    timing.trainMs = medianMs(repeats, [&] {
        auto out = module.forward(trainable);
        out.sum().backward();
    });
    return timing;
}

OperatorTiming conv2d(int in, int out, int kernel, int stride, int side, int batch, int repeats) {
    const int outSide = side / stride;
    const double gflop = 2.0 * batch * outSide * outSide * kernel * kernel * double(in) * out / 1e9;
    return timeModule(QStringLiteral("conv2d %1->%2 k%3 s%4 %5^2")
                          .arg(in)
                          .arg(out)
                          .arg(kernel)
                          .arg(stride)
                          .arg(side),
                      batch, gflop,
                      nn::AnyModule(nn::Conv2d(
                          nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2))),
                      torch::randn({batch, in, side, side}), repeats);
}

OperatorTiming conv3d(int in, int out, int kernel, int side, int batch, int repeats) {
    const double gflop =
        2.0 * batch * side * side * side * kernel * kernel * kernel * double(in) * out / 1e9;
    return timeModule(
        QStringLiteral("conv3d %1->%2 k%3 %4^3").arg(in).arg(out).arg(kernel).arg(side), batch,
        gflop, nn::AnyModule(nn::Conv3d(nn::Conv3dOptions(in, out, kernel).padding(kernel / 2))),
        torch::randn({batch, in, side, side, side}), repeats);
}

OperatorTiming linear(int in, int out, int rows, int repeats) {
    const double gflop = 2.0 * rows * double(in) * out / 1e9;
    return timeModule(QStringLiteral("linear %1->%2 (%3 rows)").arg(in).arg(out).arg(rows), rows,
                      gflop, nn::AnyModule(nn::Linear(in, out)), torch::randn({rows, in}), repeats);
}

// The grid design's velocity network as a whole, at a width and depth: what one sampling step
// costs in the app (batch 1) and one training step (batch 48, forward + backward).
OperatorTiming gridVelocity(int width, int blocks, int batch, int repeats) {
    ModelConfig config = ModelConfig::pixelAlignedGrid();
    config.hidden = width;
    config.blocks = blocks;
    GridVelocityNet net(config);
    const int side = config.latentSide;
    GridCondition condition;
    condition.global = torch::randn({batch, config.conditionSize});
    condition.cells = torch::randn({batch, width, side, side, side});
    const auto t = torch::rand({batch}), d = torch::full({batch}, 0.25f);
    const auto x = torch::randn({batch, config.latentSize()});
    // Multiply-adds of the 3^3 convolutions, the bulk of the work.
    const double fine = double(side * side * side) * 27 * width * width;
    const double gflop = 2.0 * batch *
                         (fine * (2 * blocks + 1 + 3 + 1) + fine / 2 * (2 * blocks + 0.5) +
                          double(side * side * side) * 27 * width * config.latentChannels * 2) /
                         1e9;
    OperatorTiming timing{
        QStringLiteral("grid velocity net, width %1, %2 blocks/level").arg(width).arg(blocks),
        batch, gflop};
    {
        torch::NoGradGuard noGrad;
        timing.forwardMs = medianMs(repeats, [&] { net->forward(x, t, d, condition); });
    }
    timing.trainMs = medianMs(repeats, [&] { net->forward(x, t, d, condition).sum().backward(); });
    return timing;
}

} // namespace

void setTorchThreads(int threads) {
    torch::set_num_threads(threads);
}

std::vector<OperatorTiming> measureOperatorThroughput(int repeats) {
    std::vector<OperatorTiming> rows;
    // Training batch (48) and inference (1) for each candidate layer.
    for (int batch : {48, 1}) {
        rows.push_back(conv2d(64, 64, 3, 1, 16, batch, repeats));
        rows.push_back(conv2d(96, 96, 3, 1, 16, batch, repeats));
        rows.push_back(conv2d(128, 128, 3, 1, 16, batch, repeats));
        rows.push_back(conv2d(128, 128, 3, 1, 8, batch, repeats));
        rows.push_back(conv2d(192, 192, 3, 1, 8, batch, repeats));
        rows.push_back(conv2d(256, 256, 3, 1, 4, batch, repeats));
        rows.push_back(conv2d(32, 32, 3, 1, 64, batch, repeats));
        rows.push_back(conv2d(64, 64, 3, 1, 32, batch, repeats));
        rows.push_back(conv2d(32, 64, 4, 2, 64, batch, repeats));
        rows.push_back(conv3d(32, 32, 3, 8, batch, repeats));
        rows.push_back(conv3d(64, 64, 3, 8, batch, repeats));
        rows.push_back(conv3d(32, 32, 3, 16, batch, repeats));
        rows.push_back(conv3d(16, 16, 3, 32, batch, repeats));
        rows.push_back(linear(512, 512, batch, repeats));
        rows.push_back(linear(2048, 2048, batch, repeats));
    }
    // Whole velocity networks of the grid design, the candidates for the CPU budget.
    for (int batch : {1, 48})
        for (auto [width, blocks] :
             {std::pair{64, 2}, std::pair{64, 1}, std::pair{48, 2}, std::pair{32, 2}})
            rows.push_back(gridVelocity(width, blocks, batch, repeats));
    // The decoder head runs per query point: 32^3 points of one field, and a training batch.
    rows.push_back(linear(64, 64, 32 * 32 * 32, repeats));
    rows.push_back(linear(64, 64, 32 * 2048, repeats));
    return rows;
}

} // namespace lift3d
