#include "ObserverComparison.h"

#include <algorithm>
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

ObserverChoice chooseObserver(qs::ObserverKind kind, const qs::TensorObservation &observation, const qs::QuantSpec &spec,
    const qs::ObserverSettings &settings)
{
    ObserverChoice choice;
    choice.kind = kind;
    choice.range = qs::chooseRange(kind, observation, spec, settings);
    choice.qparams = qs::calculateQParams(choice.range.min, choice.range.max, spec);
    choice.error = histogramQuantizationError(observation.histogram(), choice.qparams, spec.range());
    return choice;
}

namespace {

bool sameSpec(const qs::QuantSpec &a, const qs::QuantSpec &b)
{
    return a.dtype == b.dtype && a.scheme == b.scheme && a.reduceRange == b.reduceRange && a.bits == b.bits
        && a.narrowRange == b.narrowRange;
}

} // namespace

std::vector<ObserverChoice> ObserverChoiceCache::choices(const qs::TensorObservation &observation,
    const std::vector<qs::ObserverKind> &kinds, const qs::QuantSpec &spec, const qs::ObserverSettings &settings)
{
    std::vector<ObserverChoice> result;
    if (observation.isEmpty())
        return result;
    for (qs::ObserverKind kind : kinds) {
        const auto known = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
            return e.observation == &observation && e.choice.kind == kind && sameSpec(e.spec, spec) && e.settings == settings;
        });
        if (known != m_entries.end()) {
            result.push_back(known->choice);
            continue;
        }
        result.push_back(chooseObserver(kind, observation, spec, settings));
        m_entries.push_back({ &observation, spec, settings, result.back() });
    }
    return result;
}

} // namespace qs::ui
