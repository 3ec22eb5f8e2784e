#include "quantscope/WeightQParams.h"

namespace qs {

QParams weightQParams(const LayerInfo &layer, const QuantSpec &spec)
{
    const TensorStats &s = layer.weightStats;
    if (s.count == s.nanCount + s.infCount) // nothing finite: what an observer that saw nothing gives
        return calculateQParams(1.0f, -1.0f, spec);
    return calculateQParams(float(s.min), float(s.max), spec);
}

PerChannelQParams weightQParamsPerChannel(const Model &model, std::size_t layer, const QuantSpec &spec)
{
    const ChannelRanges ranges = model.channelRanges(layer);
    return calculatePerChannelQParams(ranges.mins, ranges.maxs, spec, model.layers().at(layer).channelAxis);
}

QuantSpec perTensorAffineQUInt8()
{
    return QuantSpec{QuantDtype::QUInt8, QuantScheme::Affine, false, 8};
}

QuantSpec perTensorSymmetricQInt8()
{
    return QuantSpec{QuantDtype::QInt8, QuantScheme::Symmetric, false, 8};
}

QuantSpec perChannelSymmetricQInt8()
{
    return QuantSpec{QuantDtype::QInt8, QuantScheme::Symmetric, false, 8};
}

} // namespace qs
