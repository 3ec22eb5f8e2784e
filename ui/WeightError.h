#pragma once

#include "quantscope/Histogram.h"
#include "quantscope/QuantPlan.h"
#include "quantscope/QuantizationError.h"

#include <QString>

#include <cstddef>

namespace qs {
class Model;
}

namespace qs::ui {

// The quantization error of one layer's weights under the plan's weight settings: float minus
// dequantized, value by value, as a histogram, with core's totals (SQNR, RMSE). Computed in a job:
// it reads every weight.
struct WeightError
{
    QString layer;
    bool perChannel = false;
    qs::Histogram errors;      // x − x̂ for every finite weight
    qs::QuantizationError total;
    double meanScale = 0.0;    // the per-tensor scale, or the mean of the channel scales
    double lowestScale = 0.0;  // per-channel: smallest channel scale (else the scale)

    static constexpr int histogramBins = 201;

    // Per channel only where the weights are one tensor with its channels on axis 0 (Conv, Linear);
    // per tensor otherwise. Throws what core throws.
    static WeightError compute(const qs::Model &model, std::size_t layer, const qs::LayerQuantConfig &config);
};

} // namespace qs::ui
