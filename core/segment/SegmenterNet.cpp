#include "core/segment/SegmenterNet.h"

namespace lift3d {
namespace {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

// 3x3 convolution, batch norm, ReLU; batch norm folds into the convolution's cost at inference.
nn::Sequential convBlock(int in, int out, int stride = 1, int dilation = 1) {
    return nn::Sequential(nn::Conv2d(nn::Conv2dOptions(in, out, 3)
                                         .stride(stride)
                                         .padding(dilation)
                                         .dilation(dilation)
                                         .bias(false)),
                          nn::BatchNorm2d(out), nn::ReLU(nn::ReLUOptions(true)));
}

nn::Sequential chain(std::initializer_list<nn::Sequential> blocks) {
    nn::Sequential all;
    for (const auto& block : blocks)
        all->extend(*block);
    return all;
}

torch::Tensor upTo(const torch::Tensor& x, const torch::Tensor& like) {
    return F::interpolate(x, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{like.size(2), like.size(3)})
                                 .mode(torch::kBilinear)
                                 .align_corners(false));
}

} // namespace

SegmenterNetImpl::SegmenterNetImpl() {
    stem = register_module("stem", convBlock(5, 16));
    down1 = register_module("down1", chain({convBlock(16, 32, 2), convBlock(32, 32)}));
    down2 = register_module("down2", chain({convBlock(32, 64, 2), convBlock(64, 64)}));
    down3 = register_module("down3", chain({convBlock(64, 96, 2), convBlock(96, 96)}));
    down4 = register_module("down4", chain({convBlock(96, 128, 2), convBlock(128, 128, 1, 2),
                                            convBlock(128, 128, 1, 4)}));
    up3 = register_module("up3", convBlock(128 + 96, 96));
    up2 = register_module("up2", convBlock(96 + 64, 64));
    up1 = register_module("up1", convBlock(64 + 32, 32));
    up0 = register_module("up0", convBlock(32 + 16, 16));
    head = register_module("head", nn::Conv2d(nn::Conv2dOptions(16, 1, 1)));
}

torch::Tensor SegmenterNetImpl::forward(const torch::Tensor& rgb) {
    const long batch = rgb.size(0), height = rgb.size(2), width = rgb.size(3);
    const auto ys =
        torch::linspace(-1, 1, height).view({1, 1, height, 1}).expand({batch, 1, height, width});
    const auto xs =
        torch::linspace(-1, 1, width).view({1, 1, 1, width}).expand({batch, 1, height, width});
    const auto e0 = stem->forward(torch::cat({rgb * 2 - 1, xs, ys}, 1));
    const auto e1 = down1->forward(e0);
    const auto e2 = down2->forward(e1);
    const auto e3 = down3->forward(e2);
    const auto e4 = down4->forward(e3);
    auto d = up3->forward(torch::cat({upTo(e4, e3), e3}, 1));
    d = up2->forward(torch::cat({upTo(d, e2), e2}, 1));
    d = up1->forward(torch::cat({upTo(d, e1), e1}, 1));
    d = up0->forward(torch::cat({upTo(d, e0), e0}, 1));
    return head->forward(d);
}

} // namespace lift3d
