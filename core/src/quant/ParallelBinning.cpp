#include "ParallelBinning.h"

#include "SimdBinning.h"

#include <algorithm>
#include <limits>

namespace qs::binning {

namespace {

// Counting goes to kLanes interleaved partial histograms, so that runs of equal values (the zeros
// after a ReLU) do not wait on one another's increments.
constexpr std::size_t kLanes = 4;
// Below this many values per piece, handing work to another thread costs more than it saves.
constexpr std::size_t kMinValuesPerPiece = std::size_t(1) << 15;

std::size_t pieceCount(std::size_t count, const ParallelParts &parallel)
{
    return std::max<std::size_t>(1, std::min(parallel.parts, count / kMinValuesPerPiece));
}

void countPiece(std::size_t begin, std::size_t end, std::size_t slots, const SlotsOf &slotsOf, std::uint32_t *out)
{
    std::vector<std::uint32_t> &lanes = simd::laneScratch(kLanes * slots);
    std::int32_t buffer[kBlock];
    for (std::size_t first = begin; first < end; first += kBlock) {
        const std::size_t n = std::min(kBlock, end - first);
        slotsOf(first, n, buffer);
        std::size_t i = 0;
        for (; i + kLanes <= n; i += kLanes) {
            ++lanes[std::size_t(buffer[i])];
            ++lanes[slots + std::size_t(buffer[i + 1])];
            ++lanes[2 * slots + std::size_t(buffer[i + 2])];
            ++lanes[3 * slots + std::size_t(buffer[i + 3])];
        }
        for (; i < n; ++i)
            ++lanes[std::size_t(buffer[i])];
    }
    for (std::size_t s = 0; s < slots; ++s)
        out[s] = lanes[s] + lanes[slots + s] + lanes[2 * slots + s] + lanes[3 * slots + s];
}

} // namespace

void countSlots(std::size_t count, std::size_t slots, const SlotsOf &slotsOf, const ParallelParts &parallel,
                std::vector<std::uint32_t> &counts)
{
    counts.assign(slots, 0u);
    const std::size_t pieces = pieceCount(count, parallel);
    if (pieces == 1) {
        countPiece(0, count, slots, slotsOf, counts.data());
        return;
    }
    std::vector<std::uint32_t> perPiece(pieces * slots);
    parallel.forEach(pieces, [&](std::size_t p) {
        countPiece(count * p / pieces, count * (p + 1) / pieces, slots, slotsOf, perPiece.data() + p * slots);
    });
    for (std::size_t p = 0; p < pieces; ++p)
        for (std::size_t s = 0; s < slots; ++s)
            counts[s] += perPiece[p * slots + s];
}

bool finiteMinMax(const float *data, std::size_t count, const ParallelParts &parallel, float &min, float &max)
{
    const std::size_t pieces = pieceCount(count, parallel);
    if (pieces == 1)
        return simd::finiteMinMax(data, count, min, max);
    std::vector<float> mins(pieces, std::numeric_limits<float>::infinity());
    std::vector<float> maxs(pieces, -std::numeric_limits<float>::infinity());
    parallel.forEach(pieces, [&](std::size_t p) {
        const std::size_t begin = count * p / pieces, end = count * (p + 1) / pieces;
        float lo = 0.0f, hi = 0.0f;
        if (simd::finiteMinMax(data + begin, end - begin, lo, hi)) {
            mins[p] = lo;
            maxs[p] = hi;
        }
    });
    min = *std::min_element(mins.begin(), mins.end());
    max = *std::max_element(maxs.begin(), maxs.end());
    return min <= max;
}

} // namespace qs::binning
