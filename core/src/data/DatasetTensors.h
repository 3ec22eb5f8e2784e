#pragma once

// Private to core: data set batches as torch tensors, for core's own code (calibration, evaluation).
// Public code goes through qs::Dataset::batch(), which hands out plain floats.

#include "quantscope/Dataset.h"

#include <torch/script.h>

namespace qs {

struct TensorBatch
{
    torch::Tensor inputs; // float32 [count, sample shape...], scaled and normalised
    torch::Tensor labels; // int64 [count]; undefined when the data set has no labels
};

// Samples [start, start + count) of the data set; count is clipped at the end.
TensorBatch tensorBatch(const Dataset &data, std::size_t start, std::size_t count);
torch::Tensor inputBatch(const Dataset &data, std::size_t start, std::size_t count);
torch::Tensor labelBatch(const Dataset &data, std::size_t start, std::size_t count);

// Every sample at once (small data sets, tests).
inline TensorBatch allSamples(const Dataset &data)
{
    return tensorBatch(data, 0, data.size());
}

} // namespace qs
