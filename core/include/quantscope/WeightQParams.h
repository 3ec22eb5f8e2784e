#pragma once

#include "quantscope/Model.h"
#include "quantscope/QParams.h"

namespace qs {

// Scale and zero point of a layer's weights, as PyTorch's MinMaxObserver would give them
// (over the finite weight values).
QParams weightQParams(const LayerInfo &layer, const QuantSpec &spec);
// The same per output channel, as PerChannelMinMaxObserver(ch_axis = the layer's channel axis) gives.
PerChannelQParams weightQParamsPerChannel(const Model &model, std::size_t layer, const QuantSpec &spec);

// The specs PyTorch's default qconfigs use, named for what they are.
QuantSpec perTensorAffineQUInt8();    // quint8, affine
QuantSpec perTensorSymmetricQInt8();  // qint8, symmetric (qnnpack weights)
QuantSpec perChannelSymmetricQInt8(); // qint8, symmetric per channel (fbgemm/onednn weights)

} // namespace qs
