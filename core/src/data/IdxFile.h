#pragma once

// Private to core: one IDX file (MNIST's format, https://yann.lecun.com/exdb/mnist/), gzip or plain.

#include "quantscope/Progress.h"

#include <torch/script.h>

#include <string>
#include <vector>

namespace qs {

struct IdxFile
{
    std::vector<std::int64_t> dims; // as the header declares them, e.g. {10000, 28, 28}
    torch::Tensor data;             // uint8, shaped as dims
};

// Reads an unsigned-byte IDX file. Checks the magic number, refuses header dimensions that the file
// cannot hold before allocating anything, and reports a truncated file with the byte counts.
IdxFile readIdxFile(const std::string &path, const Progress &progress = {}, double progressFrom = 0.0,
                    double progressTo = 1.0);

} // namespace qs
