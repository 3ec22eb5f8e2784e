#pragma once

#include <cstddef>
#include <functional>

namespace qs {

// A way to run independent pieces of work at the same time, without naming a thread library:
// run(parts, fn) calls fn(0) ... fn(parts − 1), in any order and possibly concurrently, and returns
// when all are done. Calibration passes one over LibTorch's intra-op thread pool, so observing a
// batch uses the threads the model itself runs on; the default, serial, calls them one by one.
struct ParallelParts
{
    std::size_t parts = 1;
    std::function<void(std::size_t parts, const std::function<void(std::size_t part)> &fn)> run;

    void forEach(std::size_t count, const std::function<void(std::size_t part)> &fn) const
    {
        if (!run || count <= 1) {
            for (std::size_t p = 0; p < count; ++p)
                fn(p);
            return;
        }
        run(count, fn);
    }
};

} // namespace qs
