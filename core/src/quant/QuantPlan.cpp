#include "quantscope/QuantPlan.h"

#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include <algorithm>
#include <sstream>

namespace qs {

std::string toString(LayerMode mode)
{
    switch (mode) {
    case LayerMode::Float: return "float";
    case LayerMode::Fp16: return "fp16";
    case LayerMode::DynamicInt8: return "dynamic_int8";
    case LayerMode::StaticInt8: return "static_int8";
    }
    return "unknown";
}

std::string toString(WeightGranularity g)
{
    return g == WeightGranularity::PerChannel ? "per_channel" : "per_tensor";
}

std::string toString(QuantEngine engine)
{
    return engine == QuantEngine::Qnnpack ? "qnnpack" : "onednn";
}

LayerMode layerModeFromString(const std::string &name)
{
    for (LayerMode m : {LayerMode::Float, LayerMode::Fp16, LayerMode::DynamicInt8, LayerMode::StaticInt8})
        if (toString(m) == name)
            return m;
    throw Error("unknown layer mode '" + name + "': use float, fp16, dynamic_int8 or static_int8");
}

WeightGranularity weightGranularityFromString(const std::string &name)
{
    if (name == "per_tensor")
        return WeightGranularity::PerTensor;
    if (name == "per_channel")
        return WeightGranularity::PerChannel;
    throw Error("unknown weight granularity '" + name + "': use per_tensor or per_channel");
}

QuantEngine quantEngineFromString(const std::string &name)
{
    if (name == "onednn")
        return QuantEngine::Onednn;
    if (name == "qnnpack")
        return QuantEngine::Qnnpack;
    throw Error("unknown quantized engine '" + name + "': use onednn or qnnpack (LibTorch 1.13 here has no fbgemm)");
}

QuantSpec LayerQuantConfig::weightSpec() const
{
    return {QuantDtype::QInt8, weightScheme, false, bits};
}

// Static int8: PyTorch's onednn and qnnpack default qconfigs keep the full quint8 range (its
// x86/fbgemm ones give up one bit). onednn's choice assumes VNNI: without it, u8·s8 products are
// summed in pairs with 16-bit saturation and full-range activations can saturate; the real model's
// notes say so when it is built on such a CPU (GraphQuantizer), and activation_reduce_range: true
// avoids it. Dynamic int8 on onednn: reduce_range, as PyTorch's quantize_dynamic_jit passes to
// quantized::linear_dynamic. The 2..7-bit simulation has no kernel and no reduction.
QuantSpec LayerQuantConfig::activationSpec(QuantEngine engine) const
{
    const bool engineDefault = mode == LayerMode::DynamicInt8 && engine == QuantEngine::Onednn && bits == 8
        && activationScheme == QuantScheme::Affine;
    return {QuantDtype::QUInt8, activationScheme, activationReduceRange.value_or(engineDefault), bits};
}

bool LayerQuantConfig::operator==(const LayerQuantConfig &o) const
{
    return mode == o.mode && granularity == o.granularity && weightScheme == o.weightScheme
        && activationObserver == o.activationObserver && bits == o.bits && activationScheme == o.activationScheme
        && activationReduceRange == o.activationReduceRange;
}

bool layerSupportsMode(LayerKind kind, LayerMode mode)
{
    switch (mode) {
    case LayerMode::Float:
    case LayerMode::Fp16:
        return true;
    case LayerMode::DynamicInt8:
        return kind == LayerKind::Linear || kind == LayerKind::Lstm || kind == LayerKind::Gru;
    case LayerMode::StaticInt8:
        return kind == LayerKind::Conv1d || kind == LayerKind::Conv2d || kind == LayerKind::Linear;
    }
    return false;
}

QuantPlan QuantPlan::defaultsFor(QuantEngine engine)
{
    // get_default_qconfig: HistogramObserver quint8 affine activations; weights qint8 symmetric,
    // per channel (PerChannelMinMaxObserver) except on qnnpack (per-tensor MinMaxObserver).
    QuantPlan plan;
    plan.m_engine = engine;
    plan.m_defaults.mode = LayerMode::StaticInt8;
    plan.m_defaults.granularity = engine == QuantEngine::Qnnpack ? WeightGranularity::PerTensor
                                                                 : WeightGranularity::PerChannel;
    plan.m_defaults.weightScheme = QuantScheme::Symmetric;
    plan.m_defaults.activationObserver = ObserverKind::Histogram;
    plan.m_defaults.activationScheme = QuantScheme::Affine;
    plan.m_defaults.bits = 8;
    return plan;
}

void QuantPlan::setOverride(const std::string &layer, const LayerQuantConfig &config)
{
    m_overrides[layer] = config;
}

void QuantPlan::clearOverride(const std::string &layer)
{
    m_overrides.erase(layer);
}

// The defaults, adapted to what the layer kind can do; an override is taken as it is (validate
// refuses the impossible ones, rather than quietly changing what the user asked for).
//   LSTM, GRU: a static default becomes dynamic_int8 with per-tensor weights (PyTorch's
//     default_dynamic_qconfig, which quantize_dynamic uses for them).
//   Conv1d, Conv2d: a dynamic default leaves them in float (quantize_dynamic does the same).
//   Embedding: an int8 default leaves it in float (PyTorch quantizes embeddings only with its
//     weight-only float_qparams config, which Quantscope does not offer); fp16 applies.
//   A per-channel default on a weight with no channel axis becomes per-tensor.
LayerQuantConfig QuantPlan::resolve(const LayerInfo &layer) const
{
    const auto it = m_overrides.find(layer.name);
    if (it != m_overrides.end())
        return it->second;
    LayerQuantConfig config = m_defaults;
    if (!layerSupportsMode(layer.kind, config.mode)) {
        const bool recurrent = layer.kind == LayerKind::Lstm || layer.kind == LayerKind::Gru;
        if (recurrent && config.mode == LayerMode::StaticInt8) {
            config.mode = LayerMode::DynamicInt8;
            config.granularity = WeightGranularity::PerTensor;
        } else {
            config.mode = LayerMode::Float;
        }
    }
    if (config.granularity == WeightGranularity::PerChannel && !(layer.weightShape.size() >= 2 && layer.outputChannels() > 0))
        config.granularity = WeightGranularity::PerTensor;
    return config;
}

std::vector<ObserverKind> QuantPlan::activationObservers(const std::vector<LayerInfo> &layers) const
{
    std::vector<ObserverKind> kinds{m_defaults.activationObserver}; // adds are quantized with the defaults
    for (const LayerInfo &layer : layers) {
        const ObserverKind kind = resolve(layer).activationObserver;
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
            kinds.push_back(kind);
    }
    return kinds;
}

} // namespace qs
