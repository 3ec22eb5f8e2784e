#include "RangeSearch.h"
#include "SimdBinning.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

// TensorRT's entropy (KL divergence) calibration on the |x| histogram (b_0 .. b_{n−1}, width w),
// with L = magnitudeLevels() quantized levels (128 for 8-bit symmetric):
//   for i = L .. n:
//     P = b_0 .. b_{i−1}, with every count beyond (the outliers) added to b_{i−1};
//     Q = b_0 .. b_{i−1} merged into L levels (bin j → level ⌊j·L / i⌋) and spread back evenly
//         over the level's non-empty bins (empty bins stay empty);
//     KL(P‖Q) with both normalised; a P bin with counts where Q has none makes it infinite.
//   threshold = (i + 0.5) · w for the i with the smallest KL (the largest such i on ties, as
//   pytorch-quantization picks), clamped to max |x|.
// As in TensorRT (and pytorch-quantization, MXNet), Q is built from the bins themselves, not from
// P with the outliers; the reference's "(i + 0.5) · bin_width" is used for the threshold
// (pytorch-quantization returns the edge i · w, half a bin lower). Bin 0 keeps its own count
// (pytorch-quantization overwrites it with bin 1's). Levels are mapped with exact integer
// arithmetic where TensorRT digitizes against a float linspace; the two differ only for bins
// lying exactly on a level boundary that the float rounding moves.

namespace qs::range {

namespace {

// Running sums over the bins, so that any run of bins costs two lookups: counts (exact, they are
// whole numbers), non-empty bins (exact) and b·log b.
struct PrefixSums
{
    std::vector<double> counts{0.0};
    std::vector<std::uint32_t> nonEmpty{0};
    std::vector<double> countLogCount{0.0};
    std::vector<double> logOf; // logOf[m] = log m for m = 1 .. bins (a level's count of non-empty bins)

    explicit PrefixSums(const std::vector<double> &bins)
        : logOf(bins.size() + 1, 0.0)
    {
        for (double b : bins) {
            counts.push_back(counts.back() + b);
            nonEmpty.push_back(nonEmpty.back() + (b > 0.0 ? 1u : 0u));
            countLogCount.push_back(countLogCount.back() + (b > 0.0 ? b * std::log(b) : 0.0));
        }
        for (std::size_t m = 1; m < logOf.size(); ++m)
            logOf[m] = std::log(double(m));
    }
};

// KL(P‖Q) for the first i bins, in nats. With T the total, S the count inside and q_j = the level's
// mass / its non-empty bins:
//   KL = Σ_j (p_j / T) · log((p_j / T) / (q_j / S)) = (1 / T) Σ_j p_j (log p_j − log q_j) + log(S / T)
// Within a level q is one value, so its bins add Σ b·log b − (Σ b) · log q; level k holds the bins
// j with ⌊j·L / i⌋ = k, i.e. j from ⌈k·i / L⌉ to ⌈(k+1)·i / L⌉ − 1. P's last bin (with the
// outliers) is added on its own. The levels' log q are taken together (simd::logs), the rest in
// the same order as one level after the other. `scratch` holds 3·L doubles.
double divergence(const std::vector<double> &counts, const PrefixSums &prefix, std::size_t i, std::size_t levels,
                  double total, double *scratch)
{
    const double inside = prefix.counts[i];
    const std::size_t last = i - 1;
    // P's last bin takes the outliers; where Q has nothing for it (an empty bin), KL is infinite.
    const double p = counts[last] + (total - inside);
    if (p > 0.0 && counts[last] <= 0.0)
        return std::numeric_limits<double>::infinity();
    double *q = scratch, *pMass = scratch + levels, *pLogP = scratch + 2 * levels;
    double lastLevelQ = 0.0;
    // end = ⌈(k+1)·i / L⌉ = ⌊((k+1)·i + L − 1) / L⌋, stepped without a division per level.
    const std::size_t step = i / levels;
    const std::size_t stepRemainder = i % levels;
    std::size_t end = (levels - 1) / levels; // the level before the first ends at 0
    std::size_t remainder = (levels - 1) % levels;
    for (std::size_t k = 0; k < levels; ++k) {
        const std::size_t begin = end;
        end += step;
        remainder += stepRemainder;
        if (remainder >= levels) {
            ++end;
            remainder -= levels;
        }
        const std::uint32_t nonEmpty = prefix.nonEmpty[end] - prefix.nonEmpty[begin];
        const std::size_t pEnd = end == i ? last : end; // the last bin is P's own
        // log q = log(level mass) − log(non-empty bins); a level without counts adds nothing (its
        // mass is set to 1, so that the batch of logs stays finite).
        const double mass = prefix.counts[end] - prefix.counts[begin];
        q[k] = nonEmpty > 0 ? mass : 1.0;
        pMass[k] = nonEmpty > 0 ? prefix.counts[pEnd] - prefix.counts[begin] : 0.0;
        pLogP[k] = prefix.countLogCount[pEnd] - prefix.countLogCount[begin] + pMass[k] * prefix.logOf[nonEmpty];
        if (end == i && nonEmpty > 0)
            lastLevelQ = mass / double(nonEmpty);
    }
    simd::logs(q, q, levels);
    double sum = 0.0;
    for (std::size_t k = 0; k < levels; ++k)
        if (pMass[k] > 0.0)
            sum += pLogP[k] - pMass[k] * q[k];
    if (p > 0.0)
        sum += p * (std::log(p) - std::log(lastLevelQ));
    return sum / total + std::log(inside / total);
}

} // namespace

ClippingRange entropy(const TensorObservation &observation, const QuantSpec &spec)
{
    if (const auto trivial = trivialMagnitudeRange(observation))
        return *trivial;
    const ZeroAnchoredHistogram &h = observation.magnitudeHistogram();
    const std::size_t n = h.binCount();
    const int levels = magnitudeLevels(observation, spec);

    std::vector<double> counts(n);
    for (std::size_t j = 0; j < n; ++j)
        counts[j] = h.positive()[j] + h.negative()[j];
    const PrefixSums prefix(counts);
    const double total = h.total();

    // Every candidate's divergence is independent of the others: they are computed on the intra-op
    // threads, then the winner is picked in order, so the result does not depend on the threads.
    const std::size_t first = std::min<std::size_t>(std::size_t(levels), n);
    std::vector<double> divergences(n + 1 - first, std::numeric_limits<double>::quiet_NaN());
    at::parallel_for(std::int64_t(first), std::int64_t(n) + 1, 256, [&](std::int64_t begin, std::int64_t end) {
        std::vector<double> scratch(3 * std::size_t(levels));
        for (auto i = std::size_t(begin); i < std::size_t(end); ++i)
            if (prefix.counts[i] > 0.0)
                divergences[i - first] = divergence(counts, prefix, i, std::size_t(levels), total, scratch.data());
    });
    double best = std::numeric_limits<double>::infinity();
    std::size_t bestBins = n;
    for (std::size_t i = first; i <= n; ++i) {
        const double kl = divergences[i - first];
        if (std::isnan(kl))
            continue; // no counts inside
        // Ties within rounding go to the larger threshold.
        if (kl <= best + 1e-12) {
            best = std::min(best, kl);
            bestBins = i;
        }
    }
    return rangeFromMagnitude(observation, (double(bestBins) + 0.5) * h.binWidth());
}

} // namespace qs::range
