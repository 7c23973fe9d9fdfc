#pragma once
// The learned object segmenter's network. Include only from core/segment/*.cpp: LibTorch's
// headers are slow to compile and clash with Qt's keyword macros.

#include <torch/torch.h>

namespace lift3d {

// A compact U-Net (about 0.9 M weights, 3.6 MB): RGB plus two coordinate channels, so that it
// can learn that the object a person photographs usually sits near the middle of the frame,
// to one logit per pixel (object > 0). Four stride-2 levels, the deepest widened by dilated
// convolutions to see the whole frame at 128 px; any input side that is a multiple of 16.
class SegmenterNetImpl : public torch::nn::Module {
public:
    SegmenterNetImpl();
    // [B, 3, H, W] in [0, 1] -> [B, 1, H, W] logits.
    torch::Tensor forward(const torch::Tensor& rgb);

private:
    torch::nn::Sequential stem{nullptr}, down1{nullptr}, down2{nullptr}, down3{nullptr},
        down4{nullptr}, up3{nullptr}, up2{nullptr}, up1{nullptr}, up0{nullptr};
    torch::nn::Conv2d head{nullptr};
};
TORCH_MODULE(SegmenterNet);

// The side a picture is resized to (longest side, padded square) for the network in the app.
constexpr int segmenterInputSide = 128;

} // namespace lift3d
