#include "RangeSearch.h"

#include <cmath>
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

// KL(P‖Q) for the first i bins, in nats; logCounts[j] = log(b_j) for b_j > 0.
double divergence(const std::vector<double> &counts, const std::vector<double> &logCounts, std::size_t i,
                  int levels, double inside, double total, std::vector<double> &levelMass,
                  std::vector<int> &levelBins)
{
    levelMass.assign(std::size_t(levels), 0.0);
    levelBins.assign(std::size_t(levels), 0);
    for (std::size_t j = 0; j < i; ++j) {
        if (counts[j] > 0.0) {
            const std::size_t level = j * std::size_t(levels) / i;
            levelMass[level] += counts[j];
            ++levelBins[level];
        }
    }
    // KL = Σ (p_j / T) · log((p_j / T) / (q_j / S)) = (1 / T) Σ p_j (log p_j − log q_j) + log(S / T)
    double sum = 0.0;
    for (std::size_t j = 0; j + 1 < i; ++j) {
        if (counts[j] > 0.0) {
            const std::size_t level = j * std::size_t(levels) / i;
            const double q = levelMass[level] / levelBins[level];
            sum += counts[j] * (logCounts[j] - std::log(q));
        }
    }
    const std::size_t last = i - 1;
    const double outliers = total - inside;
    const double p = counts[last] + outliers;
    if (p > 0.0) {
        if (counts[last] <= 0.0)
            return std::numeric_limits<double>::infinity();
        const std::size_t level = last * std::size_t(levels) / i;
        const double q = levelMass[level] / levelBins[level];
        sum += p * (std::log(p) - std::log(q));
    }
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

    std::vector<double> counts(n), logCounts(n, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
        counts[j] = h.positive()[j] + h.negative()[j];
        if (counts[j] > 0.0)
            logCounts[j] = std::log(counts[j]);
    }
    const double total = h.total();
    std::vector<double> levelMass;
    std::vector<int> levelBins;

    double inside = 0.0;
    const std::size_t first = std::min<std::size_t>(std::size_t(levels), n);
    for (std::size_t j = 0; j < first; ++j)
        inside += counts[j];
    double best = std::numeric_limits<double>::infinity();
    std::size_t bestBins = n;
    for (std::size_t i = first; i <= n; ++i) {
        if (i > first)
            inside += counts[i - 1];
        if (inside <= 0.0)
            continue;
        const double kl = divergence(counts, logCounts, i, levels, inside, total, levelMass, levelBins);
        // Ties within rounding go to the larger threshold.
        if (kl <= best + 1e-12) {
            best = std::min(best, kl);
            bestBins = i;
        }
    }
    return rangeFromMagnitude(observation, (double(bestBins) + 0.5) * h.binWidth());
}

} // namespace qs::range
