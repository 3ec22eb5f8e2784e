#pragma once

#include "quantscope/LayerInfo.h"
#include "quantscope/Observer.h"
#include "quantscope/QParams.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace qs {

class Model;

// What happens to one layer.
enum class LayerMode {
    Float,       // left as it is
    Fp16,        // weights stored in half precision (computed in float: CPU convolutions have no fp16 kernels)
    DynamicInt8, // int8 weights, activations quantized per batch at run time (Linear, LSTM, GRU)
    StaticInt8,  // int8 weights and activations with calibrated ranges (Conv1d, Conv2d, Linear)
};
enum class WeightGranularity { PerTensor, PerChannel };
// LibTorch 1.13 as Debian builds it has these two quantized engines (no FBGEMM).
enum class QuantEngine { Onednn, Qnnpack };

std::string toString(LayerMode mode);               // "float", "fp16", "dynamic_int8", "static_int8"
std::string toString(WeightGranularity g);          // "per_tensor", "per_channel"
std::string toString(QuantEngine engine);           // "onednn", "qnnpack"
LayerMode layerModeFromString(const std::string &); // each throws qs::Error naming the valid values
WeightGranularity weightGranularityFromString(const std::string &);
QuantEngine quantEngineFromString(const std::string &);

// The choices for one layer. Unset optional fields fall back to the plan's defaults.
struct LayerQuantConfig
{
    LayerMode mode = LayerMode::StaticInt8;
    WeightGranularity granularity = WeightGranularity::PerChannel;
    QuantScheme weightScheme = QuantScheme::Symmetric;
    ObserverKind activationObserver = ObserverKind::Histogram;
    int bits = 8; // 8 runs on real int8 kernels; 2..7 are simulated only
    // Activations are quint8; affine as PyTorch's default qconfigs, or symmetric (zero point 128).
    QuantScheme activationScheme = QuantScheme::Affine;
    // Unset: the engine's choice (on for onednn at 8 bits with affine activations, off otherwise).
    std::optional<bool> activationReduceRange;

    // The integer specs these choices imply on an engine.
    QuantSpec weightSpec() const;                          // qint8 with the chosen scheme and bits
    QuantSpec activationSpec(QuantEngine engine) const;    // quint8; reduce_range as PyTorch's defaults (only dynamic on onednn)

    bool operator==(const LayerQuantConfig &other) const;
    bool operator!=(const LayerQuantConfig &other) const { return !(*this == other); }
};

// Which modes a layer kind supports (LibTorch 1.13's kernels): static int8 for Conv1d, Conv2d and
// Linear; dynamic int8 for Linear, LSTM and GRU; fp16 storage and float for every kind.
bool layerSupportsMode(LayerKind kind, LayerMode mode);

// Defaults for the whole model plus per-layer overrides; saved as versioned JSON
// ({"format": "quantscope-plan", "version": 1, "engine", "defaults", "observer_settings", "overrides"}).
class QuantPlan
{
public:
    static constexpr int kFormatVersion = 1;

    // PyTorch's default qconfig for the engine: onednn per-channel symmetric weights and
    // histogram activations with reduce_range; qnnpack per-tensor symmetric weights.
    static QuantPlan defaultsFor(QuantEngine engine);

    QuantEngine engine() const { return m_engine; }
    void setEngine(QuantEngine engine) { m_engine = engine; }
    const LayerQuantConfig &defaults() const { return m_defaults; }
    void setDefaults(const LayerQuantConfig &config) { m_defaults = config; }
    const ObserverSettings &observerSettings() const { return m_observerSettings; }
    void setObserverSettings(const ObserverSettings &settings) { m_observerSettings = settings; }

    const std::map<std::string, LayerQuantConfig> &overrides() const { return m_overrides; }
    void setOverride(const std::string &layer, const LayerQuantConfig &config);
    void clearOverride(const std::string &layer);

    // What the plan means for one layer: its override or the defaults, adapted to what the layer
    // kind supports (an LSTM under a static default becomes dynamic, an Embedding stays float).
    LayerQuantConfig resolve(const LayerInfo &layer) const;
    // The activation observers resolve() gives these layers: what a calibration for this plan
    // needs to record (CalibrationOptions::observers).
    std::vector<ObserverKind> activationObservers(const std::vector<LayerInfo> &layers) const;

    // Throws qs::Error naming the layer and the reason for anything impossible: an override for a
    // layer the model doesn't have, static int8 on an LSTM, a spec PyTorch refuses, bits outside 2..8.
    void validate(const Model &model) const;

    std::string toJson() const;
    static QuantPlan fromJson(const std::string &json); // throws qs::Error on bad JSON, unknown version or values
    void save(const std::string &path) const;            // atomic: a temporary file renamed over the target
    static QuantPlan load(const std::string &path);      // throws qs::Error naming the file and the problem

    bool operator==(const QuantPlan &other) const;
    bool operator!=(const QuantPlan &other) const { return !(*this == other); }

private:
    QuantEngine m_engine = QuantEngine::Onednn;
    LayerQuantConfig m_defaults;
    ObserverSettings m_observerSettings;
    std::map<std::string, LayerQuantConfig> m_overrides;
};

} // namespace qs
