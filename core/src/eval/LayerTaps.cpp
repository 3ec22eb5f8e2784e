#include "eval/LayerTaps.h"

#include "quantscope/Model.h"

#include "model/ModelImpl.h"
#include "quantize/GraphQuantizer.h"
#include "quantize/LayerWeights.h"
#include "quantize/PreparedGraph.h"
#include "quantize/QuantSites.h"

#include <torch/library.h>

#include <map>

namespace qs {

namespace {

thread_local std::vector<std::vector<torch::Tensor>> *t_slots = nullptr;

void tap(const at::Tensor &x, int64_t key)
{
    if (!t_slots || key < 0 || std::size_t(key) >= t_slots->size() || !x.defined())
        return;
    const at::Tensor v = x.is_quantized() ? x.dequantize() : x;
    (*t_slots)[std::size_t(key)].push_back(v.detach().to(at::kFloat).contiguous());
}

c10::Symbol tapSymbol()
{
    return c10::Symbol::fromQualString("quantscope_eval::tap");
}

void insertTap(torch::jit::Graph &graph, torch::jit::Value *v, std::size_t key)
{
    torch::jit::WithInsertPoint guard(v->node()->next());
    graph.insert(tapSymbol(), {v, std::int64_t(key)});
}

torch::jit::Node *firstUse(torch::jit::Value *v, std::initializer_list<c10::Symbol> kinds)
{
    for (const torch::jit::Use &u : v->uses())
        for (const c10::Symbol k : kinds)
            if (u.user->kind() == k)
                return u.user;
    return nullptr;
}

} // namespace

TORCH_LIBRARY(quantscope_eval, m)
{
    // CONSERVATIVE alias analysis: the op has side effects, so dead-code elimination keeps it.
    m.def(torch::schema("quantscope_eval::tap(Tensor x, int key) -> ()", c10::AliasAnalysisKind::CONSERVATIVE), &tap);
}

TapScope::TapScope(std::vector<std::vector<torch::Tensor>> &slots)
    : m_previous(t_slots)
{
    t_slots = &slots;
}

TapScope::~TapScope()
{
    t_slots = m_previous;
}

TappedModule tappedFloatModel(const Model &model, const std::vector<LayerEncoding> &encodings)
{
    PreparedGraph prepared = prepareGraph(model);
    const QuantSites sites = findQuantSites(model, prepared);
    TappedModule t;
    const std::size_t n = model.layers().size();
    t.tapped.assign(n, false);
    t.weights.resize(n);
    for (const LayerSite &site : sites.layers) {
        if (t.tapped[site.layer])
            continue;
        t.tapped[site.layer] = true;
        insertTap(*prepared.graph, site.output, site.layer);
        const LayerTensors &lt = model.impl().tensors[site.layer];
        if (lt.weights.size() != 1)
            continue; // recurrent layers: several weights, no single reference
        torch::Tensor w = lt.weights[0].detach().to(torch::kFloat);
        const bool folds = site.layer < encodings.size() && !encodings[site.layer].foldedBatchNorm.empty();
        if (folds && site.batchNorm) {
            auto tensorOf = [&](std::size_t i) {
                const auto v = prepared.staticValue(site.batchNorm->input(i));
                return v && v->isTensor() ? v->toTensor().detach().to(torch::kFloat) : torch::Tensor();
            };
            const auto eps = torch::jit::toIValue(site.batchNorm->input(7));
            const torch::Tensor mean = tensorOf(3), var = tensorOf(4);
            if (mean.defined() && var.defined() && eps) {
                const torch::Tensor bias = lt.bias.defined() ? lt.bias.detach().to(torch::kFloat) : torch::zeros({w.size(0)});
                w = foldBatchNorm(w, bias, tensorOf(1), tensorOf(2), mean, var, eps->toDouble()).weight;
            }
        }
        t.weights[site.layer] = w;
    }
    t.module = assembleModule(std::move(prepared), "TappedFloatModel");
    t.module.eval();
    return t;
}

TappedModule tappedSimulatedModel(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                                  const Progress &progress)
{
    QuantizerResult built = GraphQuantizer(model, plan, calibration, QuantizedForm::Simulated).run(progress);
    TappedModule t;
    const std::size_t n = model.layers().size();
    t.tapped.assign(n, false);
    t.weights.resize(n);
    std::map<std::string, std::size_t> byWeightAttribute, byRecurrentAttribute;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string flat = flatLayerName(model.layers()[i].name);
        byWeightAttribute[flat + "__weight_fake_quantized"] = i;
        byRecurrentAttribute[flat + "__param_0_fake_quantized"] = i; // an LSTM's / GRU's first weight
    }

    std::shared_ptr<torch::jit::Graph> graph = built.module.get_method("forward").graph();
    std::vector<std::pair<torch::jit::Value *, std::size_t>> taps;
    for (torch::jit::Node *node : graph->nodes()) {
        if (node->kind() != c10::prim::GetAttr)
            continue;
        // A recurrent layer: its fake-quantized parameters are listed for aten::lstm / aten::gru,
        // whose output 0 (the sequence) is what the float model taps too.
        if (const auto r = byRecurrentAttribute.find(node->s(torch::jit::attr::name));
            r != byRecurrentAttribute.end() && !t.tapped[r->second]) {
            for (const torch::jit::Use &list : node->output()->uses()) {
                if (list.user->kind() != c10::prim::ListConstruct || list.offset != 0)
                    continue;
                for (const torch::jit::Use &cell : list.user->output()->uses())
                    if ((cell.user->kind() == c10::aten::lstm || cell.user->kind() == c10::aten::gru) && cell.offset == 2
                        && !t.tapped[r->second]) {
                        taps.emplace_back(cell.user->output(0), r->second);
                        t.tapped[r->second] = true;
                    }
            }
            continue;
        }
        const auto it = byWeightAttribute.find(node->s(torch::jit::attr::name));
        if (it == byWeightAttribute.end() || t.tapped[it->second])
            continue;
        const std::size_t layer = it->second;
        // The conv / linear reading the weight; then the relu fused into it and the fake
        // quantization of its output (static layers), as GraphQuantizer::publish places them.
        torch::jit::Node *op = nullptr;
        for (const torch::jit::Use &u : node->output()->uses())
            if (u.offset == 1)
                op = u.user;
        if (!op)
            continue;
        torch::jit::Value *out = op->output();
        if (layer < built.layers.size() && built.layers[layer].fusedRelu)
            if (torch::jit::Node *relu = firstUse(out, {c10::aten::relu, c10::aten::relu_}))
                out = relu->output();
        if (torch::jit::Node *fq = firstUse(out, {c10::aten::fake_quantize_per_tensor_affine}))
            out = fq->output();
        taps.emplace_back(out, layer);
        t.tapped[layer] = true;
        t.weights[layer] = built.module.attr(node->s(torch::jit::attr::name)).toTensor().detach().to(torch::kFloat);
    }
    for (const auto &[value, layer] : taps)
        insertTap(*graph, value, layer);
    t.module = built.module;
    t.module.eval();
    return t;
}

} // namespace qs
