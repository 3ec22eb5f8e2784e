#include "WeightError.h"

#include "quantscope/Model.h"
#include "quantscope/WeightQParams.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qs::ui {

WeightError WeightError::compute(const qs::Model &model, std::size_t layer, const qs::LayerQuantConfig &config)
{
    const qs::LayerInfo &info = model.layers().at(layer);
    const qs::QuantSpec spec = config.weightSpec();
    const qs::QuantRange range = spec.range();
    const std::vector<float> values = model.weightValues(layer);
    WeightError result;
    result.layer = QString::fromStdString(info.name);
    std::vector<float> errors;
    errors.reserve(values.size());

    const bool channelsFirst = info.channelAxis == 0
        && (info.kind == qs::LayerKind::Conv1d || info.kind == qs::LayerKind::Conv2d
            || info.kind == qs::LayerKind::Linear);
    if (config.granularity == qs::WeightGranularity::PerChannel && channelsFirst) {
        const qs::PerChannelQParams qp = qs::weightQParamsPerChannel(model, layer, spec);
        const std::size_t channels = qp.scales.size();
        if (channels > 0 && values.size() % channels == 0) {
            result.perChannel = true;
            for (const auto &e : qs::measurePerChannelQuantizationError(values, qp, range, &errors))
                result.total += e;
            result.meanScale = std::accumulate(qp.scales.begin(), qp.scales.end(), 0.0) / double(channels);
            result.lowestScale = *std::min_element(qp.scales.begin(), qp.scales.end());
        }
    }
    if (!result.perChannel) {
        const qs::QParams qp = qs::weightQParams(info, spec);
        result.total = qs::measureQuantizationError(values, qp, range, &errors);
        result.meanScale = result.lowestScale = qp.scale;
    }
    result.errors = qs::makeHistogram(errors, histogramBins);
    return result;
}

} // namespace qs::ui
