#include "quantscope/QParams.h"

#include "RangeSearch.h"
#include "SimdBinning.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <limits>
#include <vector>

// MSE calibration (pytorch-quantization's "mse" method) on the zero-anchored histogram:
//   candidates: thresholds t = (i + 0.5) · w, the |x| bin centres from i = L (magnitudeLevels(),
//     128 for 8-bit symmetric) to the last bin;
//   for each, the range is rangeFromMagnitude(t) and its qparams come from calculateQParams with
//     the spec itself (scheme, zero point, reduce_range, bits), so the error measured is the one
//     the quantized model will have;
//   error(t) = Σ counts_c · (fakequant(c) − c)² / Σ counts over the centres c of the signed bins;
//   the threshold with the smallest error wins (the smallest such t on ties, as np.argmin).
// pytorch-quantization fake-quantizes with its own narrow symmetric quantizer; using the spec's
// quantizer is what makes this observer meaningful for affine and reduced-range specs.

namespace qs::range {

namespace {

// The signed bin centres in increasing order, with their counts and running sums of count,
// count·x and count·x², so that the centres a range clamps cost two lookups instead of a pass.
struct SortedCentres
{
    std::vector<float> values;
    std::vector<double> counts;
    std::vector<double> n{0.0}, sum{0.0}, sumOfSquares{0.0};

    void add(float x, double count)
    {
        values.push_back(x);
        counts.push_back(count);
        n.push_back(n.back() + count);
        sum.push_back(sum.back() + count * double(x));
        sumOfSquares.push_back(sumOfSquares.back() + count * double(x) * double(x));
    }

    // Σ counts · (v − x)² over the centres [begin, end).
    double squaredDistance(std::size_t begin, std::size_t end, double v) const
    {
        if (begin >= end)
            return 0.0;
        const double c = n[end] - n[begin], s1 = sum[end] - sum[begin], s2 = sumOfSquares[end] - sumOfSquares[begin];
        return std::max(0.0, v * v * c - 2.0 * v * s1 + s2);
    }
};

// Σ counts · (fakeQuantizeValue(x) − x)² over the centres. The ones inside the range go through the
// vectorised loop in SimdBinning (exactly the float steps of fake quantization); the ones below or
// above it all land on qmin or qmax, found by bisection with the same float steps (the level is
// monotonic in x), and are summed from the running sums.
double fakeQuantizationError(const SortedCentres &c, const QParams &q, const QuantRange &levels)
{
    const float inverse = 1.0f / q.scale, zeroPoint = float(q.zeroPoint);
    const float qmin = float(levels.qmin), qmax = float(levels.qmax);
    const auto level = [&](float x) {
        const float magic = 12582912.0f; // 1.5 · 2^23: round half to even, as the vectorised loop
        return ((x * inverse + magic) - magic) + zeroPoint;
    };
    const auto first = c.values.begin();
    const auto low = std::size_t(std::partition_point(first, c.values.end(), [&](float x) { return level(x) < qmin; }) - first);
    const auto high = std::size_t(std::partition_point(first, c.values.end(), [&](float x) { return level(x) <= qmax; }) - first);
    const double inside = high > low ? simd::fakeQuantizationError(c.values.data() + low, c.counts.data() + low, high - low,
                                                                   q.scale, inverse, zeroPoint, qmin, qmax)
                                     : 0.0;
    return c.squaredDistance(0, low, double(q.scale * (qmin - zeroPoint))) + inside
        + c.squaredDistance(high, c.values.size(), double(q.scale * (qmax - zeroPoint)));
}

} // namespace

ClippingRange mse(const TensorObservation &observation, const QuantSpec &spec)
{
    if (const auto trivial = trivialMagnitudeRange(observation))
        return *trivial;
    const ZeroAnchoredHistogram &h = observation.magnitudeHistogram();
    const std::size_t n = h.binCount();
    const double width = h.binWidth();

    SortedCentres centres;
    const auto centre = [width](std::size_t j) { return float((double(j) + 0.5) * width); };
    for (std::size_t j = n; j-- > 0;)
        if (h.negative()[j] > 0.0)
            centres.add(-centre(j), h.negative()[j]);
    for (std::size_t j = 0; j < n; ++j)
        if (h.positive()[j] > 0.0)
            centres.add(centre(j), h.positive()[j]);

    const QuantRange levels = spec.range();
    const std::size_t first = std::min<std::size_t>(std::size_t(magnitudeLevels(observation, spec)), n - 1);
    const auto thresholdOf = [width](std::size_t i) { return (double(i) + 0.5) * width; };
    // Candidates are independent: their errors are computed on the intra-op threads, then the
    // winner is picked in order, so the result does not depend on the threads.
    std::vector<double> errors(n - first);
    at::parallel_for(std::int64_t(first), std::int64_t(n), 64, [&](std::int64_t begin, std::int64_t end) {
        for (auto i = std::size_t(begin); i < std::size_t(end); ++i) {
            const ClippingRange r = rangeFromMagnitude(observation, thresholdOf(i));
            errors[i - first] = fakeQuantizationError(centres, calculateQParams(r.min, r.max, spec), levels);
        }
    });
    double bestError = std::numeric_limits<double>::infinity();
    double bestThreshold = width * double(n);
    for (std::size_t i = first; i < n; ++i) {
        if (errors[i - first] < bestError) {
            bestError = errors[i - first];
            bestThreshold = thresholdOf(i);
        }
    }
    return rangeFromMagnitude(observation, bestThreshold);
}

} // namespace qs::range
