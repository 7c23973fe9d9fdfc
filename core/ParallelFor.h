#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace lift3d {

// Calls work(i) for every i in [0, count) on `threads` threads (0: one per core), handing out
// indices one at a time so uneven items balance. Returns when all are done. `work` must be safe
// to call concurrently for different i. If a call throws, no further index is handed out and the
// first exception is rethrown here once every thread has stopped (an exception escaping a
// thread would end the process).
template <typename Work> void parallelFor(std::size_t count, Work&& work, int threads = 0) {
    const unsigned workers =
        threads > 0 ? unsigned(threads) : std::max(1u, std::thread::hardware_concurrency());
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureLock;
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < workers; ++t)
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < count; i = next++) {
                try {
                    work(i);
                } catch (...) {
                    std::lock_guard<std::mutex> guard(failureLock);
                    if (!failure)
                        failure = std::current_exception();
                    next = count;
                }
            }
        });
    for (std::thread& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace lift3d
