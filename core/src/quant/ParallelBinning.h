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

// Writes the slot (0 .. slots − 1) of values [first, first + n) into out; n ≤ kBlock.
using SlotsOf = std::function<void(std::size_t first, std::size_t n, std::int32_t *out)>;
constexpr std::size_t kBlock = 1024;

// counts[s] = how many of the count values slotsOf puts in slot s (counts is resized to slots).
void countSlots(std::size_t count, std::size_t slots, const SlotsOf &slotsOf, const ParallelParts &parallel,
                std::vector<std::uint32_t> &counts);

// simd::finiteMinMax over the pieces.
bool finiteMinMax(const float *data, std::size_t count, const ParallelParts &parallel, float &min, float &max);

} // namespace qs::binning
