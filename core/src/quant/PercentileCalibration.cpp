#include "RangeSearch.h"

#include <algorithm>
#include <limits>

// Percentile calibration on the zero-anchored histogram.
//   symmetric spec: amax = the upper edge of the first |x| bin at which cdf = cumsum / total
//     reaches p / 100 (at least p % of the values lie within [−amax, amax]); range [−amax, amax].
//     This is pytorch-quantization's and ONNX Runtime's percentile, which take the edge at the
//     same searchsorted index (there: the bin's lower edge, one bin width = amax / 2048 less).
//   affine spec: both tails are clipped at p on the signed values: min = the lower edge of the
//     first bin at which cdf exceeds 1 − p / 100, max = the upper edge of the first bin at which
//     it reaches p / 100. For values that are never negative (after a ReLU) the lower bound is 0
//     and the upper one is the symmetric amax, so both schemes agree there.
// Both are clamped to the observed min and max (a percentile never lies outside the data).

namespace qs::range {

ClippingRange percentile(const TensorObservation &observation, const QuantSpec &spec, double percent)
{
    if (const auto trivial = trivialMagnitudeRange(observation))
        return *trivial;
    const ZeroAnchoredHistogram &h = observation.magnitudeHistogram();
    const double total = h.total();
    // Counts to reach, with a little slack so that 99.99 % of 10 000 is 9999 whatever the rounding of 99.99 / 100.
    const double slack = 1e-9 * total;
    const double upperCount = percent / 100.0 * total - slack;
    const double lowerCount = (1.0 - percent / 100.0) * total + slack;
    const double width = h.binWidth();
    const std::size_t n = h.binCount();

    if (spec.scheme == QuantScheme::Symmetric) {
        double cumulative = 0.0;
        std::size_t bin = n - 1;
        for (std::size_t i = 0; i < n; ++i) {
            cumulative += h.positive()[i] + h.negative()[i];
            if (cumulative >= upperCount) {
                bin = i;
                break;
            }
        }
        return rangeFromMagnitude(observation, width * double(bin + 1));
    }

    // Signed bins from the most negative: index k < n is negative bin n − 1 − k, k >= n positive bin k − n.
    const auto countAt = [&](std::size_t k) { return k < n ? h.negative()[n - 1 - k] : h.positive()[k - n]; };
    const auto lowerEdge = [&](std::size_t k) { return (double(k) - double(n)) * width; };
    double cumulative = 0.0;
    std::size_t low = 0;
    std::size_t high = 2 * n - 1;
    bool lowFound = false;
    for (std::size_t k = 0; k < 2 * n; ++k) {
        cumulative += countAt(k);
        if (!lowFound && cumulative > lowerCount) {
            low = k;
            lowFound = true;
        }
        if (cumulative >= upperCount) {
            high = k;
            break;
        }
    }
    const auto min = float(lowerEdge(low));
    const auto max = float(lowerEdge(high) + width);
    return {std::max(observation.min(), std::min(min, observation.max())),
            std::min(observation.max(), std::max(max, observation.min()))};
}

} // namespace qs::range
