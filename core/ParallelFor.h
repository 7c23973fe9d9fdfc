#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace lift3d {

// Calls work(i) for every i in [0, count) on `threads` threads (0: one per core), handing out
// indices one at a time so uneven items balance. Returns when all are done. `work` must be safe
// to call concurrently for different i.
template <typename Work> void parallelFor(std::size_t count, Work&& work, int threads = 0) {
    const unsigned workers =
        threads > 0 ? unsigned(threads) : std::max(1u, std::thread::hardware_concurrency());
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < workers; ++t)
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < count; i = next++)
                work(i);
        });
    for (std::thread& thread : pool)
        thread.join();
}

} // namespace lift3d
