#pragma once

// The histogram-based range searches behind chooseRange (definitions in
// shared/reference/quantization-math.md). Each returns an empty range for an empty histogram.

#include "quantscope/Observer.h"

#include <optional>

namespace qs::range {

// PyTorch 1.13's HistogramObserver._non_linear_param_search over its own histogram;
// dstBins = 2^bits (PyTorch: 2 ** torch.iinfo(dtype).bits, also with reduce_range).
ClippingRange histogramL2(const PyTorchHistogram &histogram, int dstBins);
// PyTorch's _compute_quantization_error: the L2 error of quantizing bins [startBin, endBin] into dstBins levels.
double histogramL2Error(const PyTorchHistogram &histogram, int startBin, int endBin, int dstBins);

ClippingRange percentile(const TensorObservation &observation, const QuantSpec &spec, double percent);
ClippingRange entropy(const TensorObservation &observation, const QuantSpec &spec);
ClippingRange mse(const TensorObservation &observation, const QuantSpec &spec);

// The levels one side of the range gets for the |x|-based searches: half of the spec's levels,
// or all of them for an affine spec on values that are never negative (after a ReLU), as
// TensorRT's "unsigned" calibration. 128 for symmetric qint8.
int magnitudeLevels(const TensorObservation &observation, const QuantSpec &spec);
// The answer of every |x|-based search when there is nothing to search: an empty range for an
// empty observation, the observed [min, max] when every value was 0; otherwise nothing.
std::optional<ClippingRange> trivialMagnitudeRange(const TensorObservation &observation);
// A threshold t on |x| as a range: [−t, t] within what was observed.
ClippingRange rangeFromMagnitude(const TensorObservation &observation, double threshold);

} // namespace qs::range
