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

// Counts values [begin, end) into every kind: per-kind counts at out[k] (each kinds[k]->slots long).
// Returns the zeros among them.
std::size_t countPiece(const float *data, std::size_t begin, std::size_t end, const std::vector<SlotCounts *> &kinds,
                       const std::vector<std::uint32_t *> &out)
{
    std::size_t laneTotal = 0;
    for (const SlotCounts *k : kinds)
        laneTotal += kLanes * k->slots;
    std::vector<std::uint32_t> &scratch = simd::laneScratch(laneTotal);
    float values[kBlock];
    std::int32_t slots[kBlock];
    std::size_t zeros = 0;
    for (std::size_t first = begin; first < end; first += kBlock) {
        const std::size_t n = std::min(kBlock, end - first);
        const std::size_t m = simd::packNonZero(data + first, n, values);
        zeros += n - m;
        std::uint32_t *lanes = scratch.data();
        for (const SlotCounts *k : kinds) {
            k->slotsOf(values, m, slots);
            const std::size_t stride = k->slots;
            std::size_t i = 0;
            for (; i + kLanes <= m; i += kLanes) {
                ++lanes[std::size_t(slots[i])];
                ++lanes[stride + std::size_t(slots[i + 1])];
                ++lanes[2 * stride + std::size_t(slots[i + 2])];
                ++lanes[3 * stride + std::size_t(slots[i + 3])];
            }
            for (; i < m; ++i)
                ++lanes[std::size_t(slots[i])];
            lanes += kLanes * stride;
        }
    }
    const std::uint32_t *lanes = scratch.data();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const std::size_t stride = kinds[k]->slots;
        for (std::size_t s = 0; s < stride; ++s)
            out[k][s] = lanes[s] + lanes[stride + s] + lanes[2 * stride + s] + lanes[3 * stride + s];
        lanes += kLanes * stride;
    }
    return zeros;
}

} // namespace

std::size_t countSlots(const float *data, std::size_t count, const std::vector<SlotCounts *> &kinds,
                       const ParallelParts &parallel)
{
    for (SlotCounts *k : kinds)
        k->counts.assign(k->slots, 0u);
    const std::size_t pieces = pieceCount(count, parallel);
    std::size_t zeros = 0;
    if (pieces == 1) {
        std::vector<std::uint32_t *> out;
        for (SlotCounts *k : kinds)
            out.push_back(k->counts.data());
        zeros = countPiece(data, 0, count, kinds, out);
    } else {
        std::size_t perPieceSize = 0;
        for (const SlotCounts *k : kinds)
            perPieceSize += k->slots;
        std::vector<std::uint32_t> perPiece(pieces * perPieceSize);
        std::vector<std::size_t> zerosPerPiece(pieces, 0);
        parallel.forEach(pieces, [&](std::size_t p) {
            std::vector<std::uint32_t *> out;
            std::uint32_t *at = perPiece.data() + p * perPieceSize;
            for (const SlotCounts *k : kinds) {
                out.push_back(at);
                at += k->slots;
            }
            zerosPerPiece[p] = countPiece(data, count * p / pieces, count * (p + 1) / pieces, kinds, out);
        });
        for (std::size_t p = 0; p < pieces; ++p) {
            const std::uint32_t *at = perPiece.data() + p * perPieceSize;
            for (SlotCounts *k : kinds) {
                for (std::size_t s = 0; s < k->slots; ++s)
                    k->counts[s] += at[s];
                at += k->slots;
            }
            zeros += zerosPerPiece[p];
        }
    }
    if (zeros > 0) {
        const float zero = 0.0f;
        for (SlotCounts *k : kinds) {
            std::int32_t slot = 0;
            k->slotsOf(&zero, 1, &slot);
            k->counts[std::size_t(slot)] += std::uint32_t(zeros);
        }
    }
    return zeros;
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
