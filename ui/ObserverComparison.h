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

// All six observers on one observation, in qs::allObserverKinds() order. Empty for an empty observation.
std::vector<ObserverChoice> compareObservers(
    const qs::TensorObservation &observation, const qs::QuantSpec &spec, const qs::ObserverSettings &settings);

// The error of qparams over a histogram's values taken at their bin centres.
qs::QuantizationError histogramQuantizationError(
    const qs::Histogram &histogram, const qs::QParams &qparams, const qs::QuantRange &range);

} // namespace qs::ui
