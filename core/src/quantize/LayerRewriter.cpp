// GraphQuantizer's per-layer rewrites: static int8 conv/linear, dynamic int8 linear and recurrent
// layers, fp16 storage. See GraphQuantizer.h for the stand-in bookkeeping they share.

#include "quantize/GraphQuantizer.h"

#include "quantscope/Model.h"

#include "quantize/LayerWeights.h"
#include "quantize/Uint8Lowering.h"

namespace qs {

namespace {

using torch::jit::Node;
using torch::jit::Value;

struct ConvGeometry
{
    c10::List<std::int64_t> stride, padding, dilation;
    std::int64_t groups = 1;
};

} // namespace

ActivationEncoding GraphQuantizer::activation(const TensorObservation &observed, const LayerQuantConfig &config,
                                              const std::string &what) const
{
    if (observed.isEmpty())
        throw Error(what + ": calibration saw no finite values there; calibrate with data that reaches it");
    ActivationEncoding a;
    a.spec = config.activationSpec(m_plan.engine());
    a.observer = config.activationObserver;
    a.range = chooseRange(config.activationObserver, observed, a.spec, m_calibration.settings);
    a.qparams = calculateQParams(a.range.min, a.range.max, a.spec);
    return a;
}

void GraphQuantizer::requireRealBits(const LayerInfo &layer, const LayerQuantConfig &config) const
{
    if (m_form == QuantizedForm::Real && config.bits != 8)
        throw Error("layer " + layer.name + ": " + std::to_string(config.bits)
                    + "-bit quantization is simulated only (LibTorch's kernels are 8-bit); choose 8 bits or float "
                      "for this layer to build or export the real model");
}

std::pair<torch::Tensor, torch::Tensor> GraphQuantizer::weightAndBias(const LayerInfo &layer, const Node *n) const
{
    const auto weight = m_prepared.staticValue(n->input(1));
    const auto bias = m_prepared.staticValue(n->input(2));
    if (!weight || !weight->isTensor())
        throw Error("layer " + layer.name + ": its weight is not a model attribute, so it cannot be quantized");
    return {weight->toTensor().detach().to(torch::kFloat),
            bias && bias->isTensor() ? bias->toTensor().detach().to(torch::kFloat) : torch::Tensor()};
}

void GraphQuantizer::rewriteLayer(const LayerSite &site)
{
    const LayerInfo &layer = m_model.layers()[site.layer];
    const LayerQuantConfig &config = m_configs[site.layer];
    const bool recurrent = layer.kind == LayerKind::Lstm || layer.kind == LayerKind::Gru;
    const bool convOrLinear = layer.kind == LayerKind::Conv1d || layer.kind == LayerKind::Conv2d
        || layer.kind == LayerKind::Linear;
    switch (config.mode) {
    case LayerMode::Float:
        return;
    case LayerMode::Fp16:
        rewriteFp16(site);
        break;
    case LayerMode::DynamicInt8:
        if (recurrent)
            rewriteRecurrent(site, config);
        else if (layer.kind == LayerKind::Linear)
            rewriteDynamicLinear(site, config);
        else
            throw Error("layer " + layer.name + ": dynamic_int8 exists for Linear, LSTM and GRU, not "
                        + toString(layer.kind));
        break;
    case LayerMode::StaticInt8:
        if (!convOrLinear)
            throw Error("layer " + layer.name + ": static_int8 exists for Conv1d, Conv2d and Linear, not "
                        + toString(layer.kind));
        rewriteStatic(site, config);
        break;
    }
    LayerEncoding &e = m_result.layers[site.layer];
    if (!m_encoded[site.layer]) {
        e.mode = config.mode;
        m_encoded[site.layer] = true;
    } else if (e.notes.empty() || e.notes.back().rfind("called", 0) != 0) {
        e.notes.push_back("called more than once: every call uses the same weights; the encoding shows the first call");
    }
}

void GraphQuantizer::rewriteStatic(const LayerSite &site, const LayerQuantConfig &config)
{
    const LayerInfo &layer = m_model.layers()[site.layer];
    requireRealBits(layer, config);
    Node *n = site.node;
    torch::jit::Graph &graph = *m_prepared.graph;
    const std::string base = flatLayerName(layer.name);
    torch::Tensor weight, bias;
    std::tie(weight, bias) = weightAndBias(layer, n);

    ConvGeometry geometry;
    if (layer.kind != LayerKind::Linear) {
        const bool traced = n->kind() == c10::aten::_convolution;
        auto intList = [&](std::size_t index, const char *what) {
            const auto v = torch::jit::toIValue(n->input(index));
            if (!v || !v->isIntList())
                throw Error("layer " + layer.name + ": its " + what
                            + " is not a constant list of integers (padding='same' or a computed value), which the "
                              "quantized convolution cannot take; set the layer to float");
            return v->toIntList();
        };
        geometry.stride = intList(3, "stride");
        geometry.padding = intList(4, "padding");
        geometry.dilation = intList(5, "dilation");
        const auto groups = torch::jit::toIValue(n->input(traced ? 8 : 6));
        geometry.groups = groups && groups->isInt() ? groups->toInt() : 1;
        if (traced) {
            const auto transposed = torch::jit::toIValue(n->input(6));
            if (transposed && transposed->isBool() && transposed->toBool())
                throw Error("layer " + layer.name + ": transposed convolutions have no int8 kernel here; set it to float");
        }
    }
    LayerEncoding &e = m_result.layers[site.layer];
    if (site.batchNorm) {
        Node *bn = site.batchNorm;
        auto tensorOf = [&](std::size_t i) {
            const auto v = m_prepared.staticValue(bn->input(i));
            return v && v->isTensor() ? v->toTensor().detach().to(torch::kFloat) : torch::Tensor();
        };
        const torch::Tensor mean = tensorOf(3), var = tensorOf(4);
        const auto eps = torch::jit::toIValue(bn->input(7));
        if (!mean.defined() || !var.defined() || !eps)
            throw Error("layer " + layer.name + ": the batch norm after it has no running statistics to fold");
        const FoldedConv folded = foldBatchNorm(weight, bias, tensorOf(1), tensorOf(2), mean, var, eps->toDouble());
        weight = folded.weight;
        bias = folded.bias;
        e.foldedBatchNorm = "batch_norm folded into the weights and bias";
    }
    e.fusedRelu = site.relu != nullptr;

    const StandIn *shared = standIn(n->input(0));
    // A Linear after flatten(x, 1) of a quantized N × C × H × W tensor (channels-last, as quantized
    // convs, pools and adds write it): flattening that in NCHW order is a copy, which LibTorch does
    // one value at a time for quantized tensors. Flattening it in NHWC order is a view, and the same
    // products in another order when the weight's columns are reordered to match (c·P + p →
    // p·C + c, P = H·W): the integer sums, and so the outputs, are the same.
    const bool rowsFromChannelsLast = m_form == QuantizedForm::Real && layer.kind == LayerKind::Linear
        && layer.callCount == 1 && shared && shared->unflattened && shared->unflattenedChannels > 0
        && weight.dim() == 2 && weight.size(1) % shared->unflattenedChannels == 0;
    if (rowsFromChannelsLast) {
        const std::int64_t rows = weight.size(0), channels = shared->unflattenedChannels;
        weight = weight.reshape({rows, channels, weight.size(1) / channels}).permute({0, 2, 1}).reshape({rows, -1}).contiguous();
    }
    const QuantizedWeight qw = quantizeWeight(weight, config);
    ActivationEncoding input;
    if (shared) {
        input.spec = shared->spec;
        input.qparams = shared->qparams;
        input.observer = config.activationObserver;
        input.sharedWith = shared->producer;
    } else {
        input = activation(m_calibration.layers[site.layer].input, config, "layer " + layer.name + " input");
    }
    const ActivationEncoding output
        = activation(m_calibration.layers[site.layer].output, config, "layer " + layer.name + " output");
    if (!m_encoded[site.layer]) {
        e.weight = qw.encoding;
        e.input = input;
        e.output = output;
    }

    torch::jit::WithInsertPoint guard(n);
    if (m_form == QuantizedForm::Simulated) {
        Value *x = shared ? shared->value : fakeQuantize(n->input(0), input.qparams, input.spec);
        if (!shared)
            m_standIns[n->input(0)] = {x, input.qparams, input.spec, false, ""};
        n->replaceInput(0, x);
        n->replaceInput(1, tensorAttribute(base + "__weight_fake_quantized", qw.fake));
        if (bias.defined())
            n->replaceInput(2, tensorAttribute(base + "__bias_folded", bias));
        if (site.batchNorm)
            site.batchNorm->output()->replaceAllUsesWith(n->output());
        publish(site.relu ? site.relu->output() : n->output(), nullptr, output, layer.name);
        return;
    }

    Value *qx = rowsFromChannelsLast
        ? graph.insert(c10::aten::flatten, {graph.insert(c10::aten::permute, {shared->unflattened, std::vector<std::int64_t>{0, 2, 3, 1}}),
                                           std::int64_t(1), std::int64_t(-1)})
        : shared ? shared->value
                 : insertQuantize(graph, n->input(0), input.qparams, m_plan.engine());
    if (!shared)
        m_standIns[n->input(0)] = {qx, input.qparams, input.spec, false, ""};
    auto packed = m_packed.find(site.layer);
    if (packed == m_packed.end()) {
        const c10::IValue biasArg = bias.defined() ? c10::IValue(bias) : c10::IValue();
        c10::IValue params;
        if (layer.kind == LayerKind::Linear)
            params = callOperator("quantized::linear_prepack", "", {qw.quantized, biasArg});
        else
            params = callOperator(layer.kind == LayerKind::Conv1d ? "quantized::conv1d_prepack" : "quantized::conv2d_prepack",
                                  "", {qw.quantized, biasArg, geometry.stride, geometry.padding, geometry.dilation,
                                       geometry.groups});
        packed = m_packed.emplace(site.layer, params).first;
        e.packedAttribute = base + "__packed";
    }
    Value *packedValue = m_prepared.addAttribute(base + "__packed", packed->second);
    std::string op = layer.kind == LayerKind::Linear ? "quantized::linear"
        : layer.kind == LayerKind::Conv1d            ? "quantized::conv1d"
                                                     : "quantized::conv2d";
    if (site.relu)
        op += "_relu";
    Value *q = graph.insert(c10::Symbol::fromQualString(op), {qx, packedValue, double(output.qparams.scale),
                                                              std::int64_t(output.qparams.zeroPoint)});
    // Shape checks (scripted batch norm's input.dim()) may read the float intermediates: point them
    // at the quantized result, so the float conv is not kept alive for them.
    for (Value *intermediate : {n->output(), site.batchNorm ? site.batchNorm->output() : nullptr})
        if (intermediate)
            for (const auto &use : std::vector<torch::jit::Use>(intermediate->uses()))
                if (readsOnlyMetadata(use.user))
                    use.user->replaceInput(use.offset, q);
    publish(site.output, q, output, layer.name, layer.kind == LayerKind::Conv2d ? layer.outputChannels() : 0);
}

void GraphQuantizer::rewriteDynamicLinear(const LayerSite &site, const LayerQuantConfig &config)
{
    const LayerInfo &layer = m_model.layers()[site.layer];
    requireRealBits(layer, config);
    Node *n = site.node;
    torch::jit::Graph &graph = *m_prepared.graph;
    const std::string base = flatLayerName(layer.name);
    const auto [weight, bias] = weightAndBias(layer, n);
    const QuantizedWeight qw = quantizeWeight(weight, config);
    // As PyTorch's dynamic Linear: reduce_range for the x86 engine's activations.
    const bool reduceRange = config.activationSpec(m_plan.engine()).reduceRange;
    LayerEncoding &e = m_result.layers[site.layer];
    if (!m_encoded[site.layer]) {
        e.weight = qw.encoding;
        ActivationEncoding input;
        input.dynamic = true;
        input.spec = config.activationSpec(m_plan.engine());
        e.input = input;
    }
    torch::jit::WithInsertPoint guard(n);
    if (m_form == QuantizedForm::Simulated) {
        // What the kernel does per batch: qparams from the batch's min and max (ChooseQuantizationParams).
        Value *qparams = graph.insert(c10::Symbol::fromQualString("aten::_choose_qparams_per_tensor"),
                                      {n->input(0), reduceRange});
        Node *choose = qparams->node()->input(0)->node();
        Value *x = graph.insert(c10::aten::fake_quantize_per_tensor_affine,
                                {n->input(0), choose->output(0), choose->output(1), std::int64_t(0), std::int64_t(255)});
        n->replaceInput(0, x);
        n->replaceInput(1, tensorAttribute(base + "__weight_fake_quantized", qw.fake));
        return;
    }
    auto packed = m_packed.find(site.layer);
    if (packed == m_packed.end()) {
        packed = m_packed
                     .emplace(site.layer, callOperator("quantized::linear_prepack", "",
                                                       {qw.quantized, bias.defined() ? c10::IValue(bias) : c10::IValue()}))
                     .first;
        e.packedAttribute = base + "__packed";
    }
    Value *packedValue = m_prepared.addAttribute(base + "__packed", packed->second);
    Value *y = graph.insert(c10::Symbol::fromQualString("quantized::linear_dynamic"), {n->input(0), packedValue, reduceRange});
    n->output()->replaceAllUsesWith(y);
}

} // namespace qs
