// GraphQuantizer's rewrites of recurrent layers (dynamic int8 LSTM / GRU) and of fp16 weight storage.

#include "quantize/GraphQuantizer.h"

#include "quantscope/Model.h"

#include "quantize/LayerWeights.h"

namespace qs {

namespace {

using torch::jit::Node;
using torch::jit::Value;

// The tensors of an aten::lstm / aten::gru parameter list: w_ih, w_hh[, b_ih, b_hh] per layer and direction.
std::vector<torch::Tensor> recurrentParameters(const PreparedGraph &prepared, const Node *n)
{
    const Value *list = n->input(2);
    std::vector<torch::Tensor> params;
    if (list->node()->kind() == c10::prim::ListConstruct) {
        for (const Value *v : list->node()->inputs()) {
            const auto t = prepared.staticValue(v);
            if (!t || !t->isTensor())
                return {};
            params.push_back(t->toTensor());
        }
        return params;
    }
    const auto value = prepared.staticValue(list);
    if (!value || !value->isTensorList())
        return {};
    for (const auto &t : value->toTensorList())
        params.push_back(t);
    return params;
}

template <typename T> T constantInput(const Node *n, std::size_t index, const T &fallback)
{
    const auto v = torch::jit::toIValue(n->input(index));
    return v ? v->to<T>() : fallback;
}

} // namespace

void GraphQuantizer::rewriteRecurrent(const LayerSite &site, const LayerQuantConfig &config)
{
    const LayerInfo &layer = m_model.layers()[site.layer];
    requireRealBits(layer, config);
    Node *n = site.node;
    torch::jit::Graph &graph = *m_prepared.graph;
    const std::vector<torch::Tensor> params = recurrentParameters(m_prepared, n);
    const bool hasBiases = constantInput<bool>(n, 3, true);
    const auto numLayers = constantInput<std::int64_t>(n, 4, 1);
    const bool bidirectional = constantInput<bool>(n, 7, false);
    const std::size_t perCell = hasBiases ? 4 : 2;
    const std::size_t cells = std::size_t(numLayers) * (bidirectional ? 2 : 1);
    if (params.size() != cells * perCell)
        throw Error("layer " + layer.name + ": its parameters are not the plain LSTM/GRU layout (projections?); "
                    "set the layer to float");
    const std::string base = flatLayerName(layer.name);
    const bool reduceRange = config.activationSpec(m_plan.engine()).reduceRange;
    LayerEncoding &e = m_result.layers[site.layer];
    torch::jit::WithInsertPoint guard(n);

    if (m_form == QuantizedForm::Simulated) {
        // Weights only: the kernel's per-step dynamic activation quantization happens inside the cell.
        std::vector<Value *> values;
        for (std::size_t i = 0; i < params.size(); ++i) {
            const bool isWeight = i % perCell < 2;
            if (!isWeight) {
                values.push_back(tensorAttribute(base + "__param_" + std::to_string(i), params[i]));
                continue;
            }
            const QuantizedWeight qw = quantizeWeight(params[i], config);
            if (i == 0 && !m_encoded[site.layer])
                e.weight = qw.encoding;
            values.push_back(tensorAttribute(base + "__param_" + std::to_string(i) + "_fake_quantized", qw.fake));
        }
        n->replaceInput(2, graph.insertNode(graph.createList(c10::TensorType::get(), values))->output());
        if (!m_encoded[site.layer])
            e.notes.push_back("simulated: weights fake-quantized; the activations' per-step dynamic quantization is not simulated");
        return;
    }

    std::vector<Value *> cellValues;
    for (std::size_t c = 0; c < cells; ++c) {
        const torch::Tensor &wih = params[c * perCell], &whh = params[c * perCell + 1];
        const torch::Tensor bih = hasBiases ? params[c * perCell + 2] : torch::zeros({wih.size(0)});
        const torch::Tensor bhh = hasBiases ? params[c * perCell + 3] : torch::zeros({whh.size(0)});
        const QuantizedWeight qih = quantizeWeight(wih, config);
        const QuantizedWeight qhh = quantizeWeight(whh, config);
        if (c == 0 && !m_encoded[site.layer])
            e.weight = qih.encoding;
        const c10::IValue packedIh = callOperator("quantized::linear_prepack", "", {qih.quantized, bih});
        const c10::IValue packedHh = callOperator("quantized::linear_prepack", "", {qhh.quantized, bhh});
        const c10::IValue cell = callOperator("quantized::make_quantized_cell_params_dynamic", "",
                                              {packedIh, packedHh, bih, bhh, reduceRange});
        cellValues.push_back(m_prepared.addAttribute(base + "__cell_params_" + std::to_string(c), cell));
    }
    if (!m_encoded[site.layer]) {
        e.packedAttribute = base + "__cell_params_0";
        ActivationEncoding input;
        input.dynamic = true;
        input.spec = config.activationSpec(m_plan.engine());
        e.input = input;
        e.notes.push_back("weight shows weight_ih_l0; every matrix is quantized the same way");
    }
    Value *list = graph.insertNode(graph.createList(cellValues.front()->type(), cellValues))->output();
    const bool lstm = layer.kind == LayerKind::Lstm;
    std::vector<torch::jit::NamedValue> args{n->input(0), n->input(1), list};
    for (std::size_t i = 3; i < 9; ++i)
        args.emplace_back(n->input(i));
    std::vector<torch::jit::NamedValue> kwargs;
    if (lstm) {
        kwargs.emplace_back("dtype", c10::IValue(c10::kQInt8));
        kwargs.emplace_back("use_dynamic", true);
    }
    Value *result = graph.insert(c10::Symbol::fromQualString(lstm ? "aten::quantized_lstm" : "aten::quantized_gru"),
                                 args, kwargs);
    Node *op = result->node()->input(0)->node(); // insert() packs several outputs in a tuple
    for (std::size_t i = 0; i < n->outputs().size(); ++i)
        n->output(i)->replaceAllUsesWith(op->output(i));
}

void GraphQuantizer::rewriteFp16(const LayerSite &site)
{
    const LayerInfo &layer = m_model.layers()[site.layer];
    Node *n = site.node;
    torch::jit::Graph &graph = *m_prepared.graph;
    const std::string base = flatLayerName(layer.name);
    LayerEncoding &e = m_result.layers[site.layer];
    e.weight.storage = m_form == QuantizedForm::Real ? "float16" : "float16 (simulated: rounded, kept as float32)";
    torch::jit::WithInsertPoint guard(n);
    // Half storage, float compute: LibTorch 1.13 has no fp16 convolution on the CPU.
    auto halfWeight = [&](const torch::Tensor &w, const std::string &name) -> Value * {
        const torch::Tensor half = w.detach().to(torch::kHalf);
        if (m_form == QuantizedForm::Simulated)
            return tensorAttribute(name, half.to(torch::kFloat));
        return graph.insert(c10::aten::to, {tensorAttribute(name + "_fp16", half), c10::IValue(c10::kFloat)});
    };
    if (layer.kind == LayerKind::Lstm || layer.kind == LayerKind::Gru) {
        const std::vector<torch::Tensor> params = recurrentParameters(m_prepared, n);
        if (params.empty())
            throw Error("layer " + layer.name + ": its parameters are not model attributes; set it to float");
        std::vector<Value *> values;
        for (std::size_t i = 0; i < params.size(); ++i)
            values.push_back(params[i].dim() >= 2 ? halfWeight(params[i], base + "__param_" + std::to_string(i))
                                                  : tensorAttribute(base + "__param_" + std::to_string(i), params[i]));
        n->replaceInput(2, graph.insertNode(graph.createList(c10::TensorType::get(), values))->output());
        return;
    }
    const std::size_t index = layer.kind == LayerKind::Embedding ? 0 : 1;
    const auto weight = m_prepared.staticValue(n->input(index));
    if (!weight || !weight->isTensor())
        throw Error("layer " + layer.name + ": its weight is not a model attribute; set it to float");
    n->replaceInput(index, halfWeight(weight->toTensor(), base + "__weight"));
}

} // namespace qs
