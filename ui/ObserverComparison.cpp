#include "ObserverComparison.h"

#include <cmath>

namespace qs::ui {

qs::QuantizationError histogramQuantizationError(
    const qs::Histogram &histogram, const qs::QParams &qparams, const qs::QuantRange &range)
{
    qs::QuantizationError error;
    const float lowest = qs::dequantizeValue(range.qmin, qparams);
    const float highest = qs::dequantizeValue(range.qmax, qparams);
    for (std::size_t bin = 0; bin < histogram.binCount(); ++bin) {
        const double count = histogram.counts[bin];
        if (count <= 0.0)
            continue;
        const auto x = float(histogram.binCenter(bin));
        const float xq = qs::fakeQuantizeValue(x, qparams, range);
        const double e = double(x) - double(xq);
        error.count += std::size_t(std::llround(count));
        error.signalEnergy += count * double(x) * double(x);
        if (x < lowest || x > highest) {
            error.clippedCount += std::size_t(std::llround(count));
            error.clippingEnergy += count * e * e;
        } else {
            error.roundingEnergy += count * e * e;
        }
    }
    return error;
}

std::vector<ObserverChoice> compareObservers(
    const qs::TensorObservation &observation, const qs::QuantSpec &spec, const qs::ObserverSettings &settings)
{
    std::vector<ObserverChoice> choices;
    if (observation.isEmpty())
        return choices;
    const qs::QuantRange range = spec.range();
    for (qs::ObserverKind kind : qs::allObserverKinds()) {
        ObserverChoice choice;
        choice.kind = kind;
        choice.range = qs::chooseRange(kind, observation, spec, settings);
        choice.qparams = qs::calculateQParams(choice.range.min, choice.range.max, spec);
        choice.error = histogramQuantizationError(observation.histogram(), choice.qparams, range);
        choices.push_back(choice);
    }
    return choices;
}

} // namespace qs::ui
