#pragma once

// Private to core: the torch side of qs::Dataset. Only core's .cpp files include this.

#include "quantscope/Dataset.h"

#include <torch/script.h>

namespace qs {

struct Dataset::Impl
{
    // The stored samples [M, sample shape...], shared by every view of one source: uint8 pixels
    // (scaled by 1/255 on the way out) or float32 as a tensor file stored them.
    torch::Tensor samples;
    torch::Tensor labels;  // int64 [M], undefined without labels
    torch::Tensor indices; // int64 [N] rows of samples this view holds, undefined: all rows in order
    std::vector<std::int64_t> sampleShape;
    std::vector<std::string> classNames;
    DataProvenance provenance;
    std::string description; // describe(provenance), set by Dataset::fromImpl
    std::vector<DataNote> notes;
    Normalization normalization;

    std::size_t size() const;
    bool pixels() const { return samples.scalar_type() == torch::kByte; }
    // Rows [start, start + count) as float32, scaled and normalised: [count, sample shape...].
    torch::Tensor inputs(std::size_t start, std::size_t count) const;
    // int64 [count]; undefined without labels.
    torch::Tensor labelRows(std::size_t start, std::size_t count) const;
    // A copy of everything but the rows (used to make views).
    std::unique_ptr<Impl> cloneWith(torch::Tensor newIndices, DataProvenance newProvenance) const;
};

// Checks that a normalisation fits a sample shape (one value, or one per channel = first sample dim).
void checkNormalization(const Normalization &n, const std::vector<std::int64_t> &sampleShape);

} // namespace qs
