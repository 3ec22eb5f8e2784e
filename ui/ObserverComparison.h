#pragma once

#include "quantscope/Observer.h"
#include "quantscope/QuantizationError.h"

#include <vector>

namespace qs::ui {

// What one observer would do with a calibrated tensor: its clipping range, the scale and zero
// point that follow (qs::chooseRange, qs::calculateQParams) and the error they would cause.
struct ObserverChoice
{
    qs::ObserverKind kind = qs::ObserverKind::MinMax;
    qs::ClippingRange range;
    qs::QParams qparams;
    // Fake-quantization error measured at the histogram's bin centres, each weighted by its count:
    // calibration keeps histograms, not the values themselves.
    qs::QuantizationError error;
};

// What one observer would do with the observation.
ObserverChoice chooseObserver(qs::ObserverKind kind, const qs::TensorObservation &observation, const qs::QuantSpec &spec,
    const qs::ObserverSettings &settings);

// Remembers choices per observation, observer and spec: the Entropy and MSE searches take tens of
// milliseconds on a 4096-bin histogram, and a layer is looked at again and again. Observations are
// identified by address, so clear() whenever the calibration they belong to is replaced.
class ObserverChoiceCache
{
public:
    // The kinds asked for, in the order given; empty for an empty observation.
    std::vector<ObserverChoice> choices(const qs::TensorObservation &observation, const std::vector<qs::ObserverKind> &kinds,
        const qs::QuantSpec &spec, const qs::ObserverSettings &settings);
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        const qs::TensorObservation *observation;
        qs::QuantSpec spec;
        qs::ObserverSettings settings;
        ObserverChoice choice;
    };
    std::vector<Entry> m_entries;
};

// The error of qparams over a histogram's values taken at their bin centres.
qs::QuantizationError histogramQuantizationError(
    const qs::Histogram &histogram, const qs::QParams &qparams, const qs::QuantRange &range);

} // namespace qs::ui
