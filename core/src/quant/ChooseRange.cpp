#include "quantscope/Observer.h"

#include "quantscope/Error.h"

#include "RangeSearch.h"

#include <algorithm>
#include <limits>

namespace qs {

namespace range {

int magnitudeLevels(const TensorObservation &observation, const QuantSpec &spec)
{
    const int levels = spec.range().levels();
    const bool unsignedValues = spec.scheme == QuantScheme::Affine && observation.min() >= 0.0f;
    return unsignedValues ? levels : std::max(levels / 2, 1);
}

std::optional<ClippingRange> trivialMagnitudeRange(const TensorObservation &observation)
{
    const ZeroAnchoredHistogram &h = observation.magnitudeHistogram();
    if (h.isEmpty())
        return ClippingRange{std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()};
    if (h.binWidth() <= 0.0)
        return ClippingRange{observation.min(), observation.max()};
    return std::nullopt;
}

ClippingRange rangeFromMagnitude(const TensorObservation &observation, double threshold)
{
    const auto t = float(threshold);
    return {std::max(observation.min(), -t), std::min(observation.max(), t)};
}

} // namespace range

ClippingRange chooseRange(ObserverKind kind, const TensorObservation &observation, const QuantSpec &spec,
                          const ObserverSettings &settings)
{
    spec.validate();
    settings.validate();
    if (!observation.recorded().serves(kind))
        throw Error("the calibration recorded no statistics for the " + toString(kind)
                    + " observer (it was made for other observers): calibrate again with this observer in the plan");
    if (observation.isEmpty())
        return {std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()};
    switch (kind) {
    case ObserverKind::MinMax:
        return {observation.min(), observation.max()};
    case ObserverKind::MovingAverageMinMax:
        return {observation.movingAverageMin(), observation.movingAverageMax()};
    case ObserverKind::Histogram:
        return range::histogramL2(observation.pytorchHistogram(), 1 << spec.bits);
    case ObserverKind::Percentile:
        return range::percentile(observation, spec, settings.percentile);
    case ObserverKind::Entropy:
        return range::entropy(observation, spec);
    case ObserverKind::Mse:
        return range::mse(observation, spec);
    }
    throw Error("unknown observer kind " + std::to_string(int(kind)));
}

} // namespace qs
