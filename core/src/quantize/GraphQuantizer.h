#pragma once

// Private to core: rewrites a prepared copy of the model's graph into the simulated or the real
// quantized form of a plan. Both forms come out of one walk over the same nodes, so they quantize
// the same tensors at the same places with the same qparams and differ only in arithmetic.
//
// The walk keeps, for float values that have one, a "stand-in": the quantized tensor (real form) or
// the fake-quantized float tensor (simulated form) with its qparams. A static layer reads its
// input's stand-in when there is one (so a tensor stays quantized from one layer to the next, as
// PyTorch's shared observers do), ops that accept quantized input (relu, max_pool2d, flatten, ...)
// pass stand-ins on, residual adds of two stand-ins become quantized::add, and every other consumer
// reads the dequantized value.

#include "quantscope/Calibration.h"
#include "quantscope/QuantizedModel.h"

#include "quantize/QuantSites.h"

#include <unordered_map>

namespace qs {

struct QuantizerResult
{
    torch::jit::Module module;
    std::vector<LayerEncoding> layers;
    std::vector<AddEncoding> adds;
    std::vector<std::string> notes;
};

class GraphQuantizer final
{
public:
    GraphQuantizer(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration, QuantizedForm form);
    QuantizerResult run(const Progress &progress);

private:
    struct StandIn
    {
        torch::jit::Value *value = nullptr; // quantized tensor (real) or fake-quantized float (simulated)
        QParams qparams;
        QuantSpec spec;
        bool exact = false;   // the float value itself is the dequantized stand-in (not only approximated by it)
        std::string producer; // layer or add that produced it
        std::int64_t channels = 0; // dim 1 when known: a conv's output, through relu, pools and adds; else 0
        // Real form, for flatten(x, 1) of such an N × C × H × W tensor: x's stand-in, and C. A
        // Linear reading it can take the channels-last bytes as they are (see rewriteStatic).
        torch::jit::Value *unflattened = nullptr;
        std::int64_t unflattenedChannels = 0;
    };

    // LayerRewriter.cpp
    void rewriteLayer(const LayerSite &site);
    void rewriteStatic(const LayerSite &site, const LayerQuantConfig &config);
    void rewriteDynamicLinear(const LayerSite &site, const LayerQuantConfig &config);
    void rewriteRecurrent(const LayerSite &site, const LayerQuantConfig &config);
    void rewriteFp16(const LayerSite &site);
    void requireRealBits(const LayerInfo &layer, const LayerQuantConfig &config) const;
    // The float weight and bias (undefined when there is none) a conv / linear node reads.
    std::pair<torch::Tensor, torch::Tensor> weightAndBias(const LayerInfo &layer, const torch::jit::Node *n) const;
    ActivationEncoding activation(const TensorObservation &observed, const LayerQuantConfig &config,
                                  const std::string &what) const;

    // GraphQuantizer.cpp
    void rewriteAdd(const AddSite &site);
    void passThrough(torch::jit::Node *node);
    // Inserts the stand-in of `output` (quantized op result q) and makes the graph read it; returns
    // the value the stand-in is kept under.
    torch::jit::Value *publish(torch::jit::Value *output, torch::jit::Value *quantized, const ActivationEncoding &encoding,
                               const std::string &producer, std::int64_t channels = 0);
    torch::jit::Value *fakeQuantize(torch::jit::Value *x, const QParams &q, const QuantSpec &spec);
    torch::jit::Value *tensorAttribute(const std::string &name, const torch::Tensor &tensor);
    const StandIn *standIn(torch::jit::Value *v) const;

    const Model &m_model;
    const QuantPlan &m_plan;
    const CalibrationResult &m_calibration;
    QuantizedForm m_form;
    PreparedGraph m_prepared;
    QuantSites m_sites;
    std::vector<LayerQuantConfig> m_configs;
    std::vector<bool> m_encoded; // a layer called twice is encoded (and packed) once
    std::unordered_map<const torch::jit::Value *, StandIn> m_standIns;
    std::map<std::size_t, c10::IValue> m_packed; // layer -> packed weights
    QuantizerResult m_result;
};

} // namespace qs
