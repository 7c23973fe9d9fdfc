// lift3d-bench-ops: how fast this machine's LibTorch runs the layer sizes a generator design
// might use (GFLOP/s forward and forward + backward). Measure before choosing an architecture.
#include "core/model/OperatorThroughput.h"

#include <QCoreApplication>
#include <cstdio>
#include <thread>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int threads = qEnvironmentVariableIntValue("LIFT3D_THREADS") > 0
                            ? qEnvironmentVariableIntValue("LIFT3D_THREADS")
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    lift3d::setTorchThreads(threads);
    std::printf("| layer | batch | GFLOP | forward ms | GFLOP/s | fwd+bwd ms | GFLOP/s |\n"
                "|---|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& row : lift3d::measureOperatorThroughput()) {
        std::printf("| %s | %d | %.3f | %.2f | %.1f | %.2f | %.1f |\n", qPrintable(row.name),
                    row.batch, row.gflop, row.forwardMs, row.forwardGflops(), row.trainMs,
                    row.trainGflops());
        std::fflush(stdout);
    }
    std::printf("\n%d threads\n", threads);
    return 0;
}
