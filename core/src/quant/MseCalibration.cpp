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

// Σ counts · (fakeQuantizeValue(x) − x)² over the bin centres (vectorised in SimdBinning; the
// search calls it for every candidate threshold, thousands of times per tensor).
double fakeQuantizationError(const std::vector<float> &values, const std::vector<double> &counts, const QParams &q,
                             const QuantRange &levels)
{
    return simd::fakeQuantizationError(values.data(), counts.data(), values.size(), q.scale, 1.0f / q.scale,
                                       float(q.zeroPoint), float(levels.qmin), float(levels.qmax));
}

} // namespace

ClippingRange mse(const TensorObservation &observation, const QuantSpec &spec)
{
    if (const auto trivial = trivialMagnitudeRange(observation))
        return *trivial;
    const ZeroAnchoredHistogram &h = observation.magnitudeHistogram();
    const std::size_t n = h.binCount();
    const double width = h.binWidth();

    std::vector<float> centers;
    std::vector<double> counts;
    for (std::size_t j = 0; j < n; ++j) {
        const auto center = float((double(j) + 0.5) * width);
        if (h.positive()[j] > 0.0) {
            centers.push_back(center);
            counts.push_back(h.positive()[j]);
        }
        if (h.negative()[j] > 0.0) {
            centers.push_back(-center);
            counts.push_back(h.negative()[j]);
        }
    }

    const QuantRange levels = spec.range();
    const std::size_t first = std::min<std::size_t>(std::size_t(magnitudeLevels(observation, spec)), n - 1);
    const auto thresholdOf = [width](std::size_t i) { return (double(i) + 0.5) * width; };
    // Candidates are independent: their errors are computed on the intra-op threads, then the
    // winner is picked in order, so the result does not depend on the threads.
    std::vector<double> errors(n - first);
    at::parallel_for(std::int64_t(first), std::int64_t(n), 64, [&](std::int64_t begin, std::int64_t end) {
        for (auto i = std::size_t(begin); i < std::size_t(end); ++i) {
            const ClippingRange r = rangeFromMagnitude(observation, thresholdOf(i));
            errors[i - first] = fakeQuantizationError(centers, counts, calculateQParams(r.min, r.max, spec), levels);
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
