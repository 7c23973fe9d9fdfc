// ISNet via OpenCV DNN: latency + IoU vs exact masks on Lift3D tabletop renders.
// usage: isnet_cv model.onnx S list.txt maxN montage.png
//   list.txt: lines "image_path mask_path"
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <opencv2/dnn.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>
int main(int argc, char** argv) {
    if (argc < 6) {
        std::fprintf(stderr, "usage\n");
        return 2;
    }
    cv::setNumThreads(2);
    auto t0 = std::chrono::steady_clock::now();
    cv::dnn::Net net = cv::dnn::readNetFromONNX(argv[1]);
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    double tload = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    int S = std::atoi(argv[2]);
    int maxN = std::atoi(argv[4]);
    std::ifstream lf(argv[3]);
    std::string ip, mp;
    std::vector<cv::Mat> rows;
    double sumIouL = 0, sumIou = 0, sumT = 0, firstT = 0;
    int n = 0;
    while (n < maxN && (lf >> ip >> mp)) {
        cv::Mat img, gt;
        if (mp ==
            "ALPHA") { // RGBA render composited over a textured, coloured background; GT = alpha
            cv::Mat rgba = cv::imread(ip, cv::IMREAD_UNCHANGED);
            if (rgba.empty() || rgba.channels() != 4) {
                std::fprintf(stderr, "skip %s\n", ip.c_str());
                continue;
            }
            cv::RNG rng(1234 + n);
            cv::Mat bg(rgba.size(), CV_8UC3);
            cv::Vec3b c0(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
            cv::Vec3b c1(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
            int per = rng.uniform(6, 24);
            bool plain = getenv("BG") && std::string(getenv("BG")) == "plain";
            for (int y = 0; y < bg.rows; ++y)
                for (int x = 0; x < bg.cols; ++x) {
                    if (plain) {
                        float t = float(y) / bg.rows;
                        bg.at<cv::Vec3b>(y, x) =
                            cv::Vec3b(c0[0] * (1 - t) + c1[0] * t, c0[1] * (1 - t) + c1[1] * t,
                                      c0[2] * (1 - t) + c1[2] * t);
                    } else
                        bg.at<cv::Vec3b>(y, x) = (((x + y / 2) / per) % 2) ? c0 : c1;
                }
            cv::Mat noise(bg.size(), CV_8UC3);
            rng.fill(noise, cv::RNG::NORMAL, 0, 18);
            cv::GaussianBlur(noise, noise, cv::Size(3, 3), 0);
            bg += noise;
            std::vector<cv::Mat> ch;
            cv::split(rgba, ch);
            gt = ch[3].clone();
            cv::Mat fg;
            cv::merge(std::vector<cv::Mat>{ch[0], ch[1], ch[2]}, fg);
            cv::Mat a3;
            cv::merge(std::vector<cv::Mat>{ch[3], ch[3], ch[3]}, a3);
            cv::Mat af;
            a3.convertTo(af, CV_32FC3, 1.0 / 255);
            cv::Mat ff, bf;
            fg.convertTo(ff, CV_32FC3);
            bg.convertTo(bf, CV_32FC3);
            cv::Mat comp = ff.mul(af) + bf.mul(cv::Scalar(1, 1, 1) - af);
            comp.convertTo(img, CV_8UC3);
        } else {
            img = cv::imread(ip, cv::IMREAD_COLOR);
            gt = cv::imread(mp, cv::IMREAD_GRAYSCALE);
        }
        if (img.empty() || gt.empty()) {
            std::fprintf(stderr, "skip %s\n", ip.c_str());
            continue;
        }
        // IMG.LY preprocessing: RGB, bilinear resize to SxS (no aspect keep), (x-128)/256
        cv::Mat blob = cv::dnn::blobFromImage(img, 1.0 / 256.0, cv::Size(S, S),
                                              cv::Scalar(128, 128, 128), true, false, CV_32F);
        auto a = std::chrono::steady_clock::now();
        net.setInput(blob, "input");
        cv::Mat out = net.forward("output");
        double dt = std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
        if (n == 0)
            firstT = dt;
        else
            sumT += dt;
        cv::Mat prob(out.size[2], out.size[3], CV_32F, out.ptr<float>());
        cv::Mat probR;
        cv::resize(prob, probR, gt.size(), 0, 0, cv::INTER_LINEAR);
        cv::Mat pb = probR > 0.5f, gb = gt > 127;
        double inter = cv::countNonZero(pb & gb), uni = cv::countNonZero(pb | gb);
        double iou = uni > 0 ? inter / uni : 1.0;
        // post-process: keep only the largest connected component of the thresholded mask
        cv::Mat lab, stats, cents;
        int nl = cv::connectedComponentsWithStats(pb, lab, stats, cents, 8);
        int best = 0, bestA = 0;
        for (int l = 1; l < nl; ++l)
            if (stats.at<int>(l, cv::CC_STAT_AREA) > bestA) {
                bestA = stats.at<int>(l, cv::CC_STAT_AREA);
                best = l;
            }
        cv::Mat pl = best > 0 ? (lab == best) : cv::Mat::zeros(pb.size(), CV_8U);
        double inter2 = cv::countNonZero(pl & gb), uni2 = cv::countNonZero(pl | gb);
        double iouL = uni2 > 0 ? inter2 / uni2 : 1.0;
        sumIouL += iouL;
        sumIou += iou;
        ++n;
        std::printf("S=%d img=%s out=%dx%d t=%.3fs IoU=%.4f IoU_lcc=%.4f probsum=%.4f\n", S,
                    ip.c_str(), out.size[2], out.size[3], dt, iou, iouL, cv::sum(prob)[0]);
        std::fflush(stdout);
        if (rows.size() < 8) {
            cv::Mat p8;
            probR.convertTo(p8, CV_8U, 255.0);
            cv::Mat pc, gc, ic;
            cv::cvtColor(p8, pc, cv::COLOR_GRAY2BGR);
            cv::cvtColor(gt, gc, cv::COLOR_GRAY2BGR);
            cv::Mat row;
            cv::hconcat(std::vector<cv::Mat>{img, pc, gc}, row);
            cv::resize(row, row, cv::Size(), 2, 2, cv::INTER_NEAREST);
            cv::putText(row, cv::format("IoU %.3f", iou), cv::Point(4, 16),
                        cv::FONT_HERSHEY_SIMPLEX, 0.5, cv::Scalar(0, 0, 255), 1);
            rows.push_back(row);
        }
    }
    if (!rows.empty()) {
        cv::Mat m;
        cv::vconcat(rows, m);
        cv::imwrite(argv[5], m);
    }
    std::printf("SUMMARY S=%d n=%d load=%.2fs first=%.3fs mean_after_first=%.3fs meanIoU=%.4f "
                "meanIoU_lcc=%.4f\n",
                S, n, tload, firstT, n > 1 ? sumT / (n - 1) : 0.0, n ? sumIou / n : 0.0,
                n ? sumIouL / n : 0.0);
}
