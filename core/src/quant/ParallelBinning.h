#pragma once

// The per-value passes of an observation (min/max, binning and counting), split over the pieces a
// ParallelParts runs at the same time. Each piece counts its own values; the pieces' integer
// counts (and mins and maxes) are then combined, so the result is the same for any split.

#include "quantscope/ParallelParts.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace qs::binning {

constexpr std::size_t kBlock = 1024;

// One way of binning values: slotsOf writes the slot (0 .. slots − 1) of each of n ≤ kBlock values.
struct SlotCounts
{
    std::size_t slots = 0;
    std::function<void(const float *values, std::size_t n, std::int32_t *out)> slotsOf;
    std::vector<std::uint32_t> counts; // filled in: how many values went to each slot
};

// Counts the count values at data into every kind of `kinds` in one pass over the data. Zeros
// (a ReLU's output is often half zeros) are not binned one by one: they are counted, and added
// to the slot each kind gives 0. Returns how many zeros there were.
std::size_t countSlots(const float *data, std::size_t count, const std::vector<SlotCounts *> &kinds,
                       const ParallelParts &parallel);

// simd::finiteMinMax over the pieces.
bool finiteMinMax(const float *data, std::size_t count, const ParallelParts &parallel, float &min, float &max);

} // namespace qs::binning
