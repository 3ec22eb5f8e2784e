#include "quantize/GraphQuantizer.h"

#include "quantscope/Model.h"

#include "quantize/LayerWeights.h"
#include "quantize/TorchErrorText.h"
#include "quantize/Uint8Lowering.h"

#include <torch/csrc/jit/passes/dead_code_elimination.h>

#include <algorithm>

namespace qs {

namespace {

using torch::jit::Node;
using torch::jit::Value;

bool isAvgPool(const Node *n)
{
    return n->kind() == c10::aten::adaptive_avg_pool2d || n->kind() == c10::aten::avg_pool2d;
}

// Ops whose quantized version keeps the input's scale and zero point (or changes nothing).
bool acceptsQuantized(const Node *n)
{
    const auto k = n->kind();
    return k == c10::aten::relu || k == c10::aten::max_pool2d || k == c10::aten::flatten || isAvgPool(n)
        || k == c10::aten::view || k == c10::aten::reshape || k == c10::aten::contiguous;
}

// flatten(x, 1) (or flatten(x, 1, -1)): a batch of rows.
bool isFlattenToRows(const Node *n)
{
    if (n->kind() != c10::aten::flatten || n->inputs().size() != 3)
        return false;
    const auto start = torch::jit::toIValue(n->input(1)), end = torch::jit::toIValue(n->input(2));
    return start && end && start->isInt() && end->isInt() && start->toInt() == 1 && end->toInt() == -1;
}

bool isEvalDropout(const Node *n)
{
    if (n->kind() != c10::aten::dropout || n->inputs().size() != 3)
        return false;
    const auto train = torch::jit::toIValue(n->input(2));
    return train && train->isBool() && !train->toBool();
}

} // namespace

GraphQuantizer::GraphQuantizer(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                               QuantizedForm form)
    : m_model(model)
    , m_plan(plan)
    , m_calibration(calibration)
    , m_form(form)
{
}

const GraphQuantizer::StandIn *GraphQuantizer::standIn(Value *v) const
{
    const auto it = m_standIns.find(v);
    return it == m_standIns.end() ? nullptr : &it->second;
}

Value *GraphQuantizer::fakeQuantize(Value *x, const QParams &q, const QuantSpec &spec)
{
    const QuantRange r = storageRange(spec);
    return m_prepared.graph->insert(c10::aten::fake_quantize_per_tensor_affine,
                                    {x, double(q.scale), std::int64_t(q.zeroPoint), std::int64_t(r.qmin),
                                     std::int64_t(r.qmax)});
}

Value *GraphQuantizer::tensorAttribute(const std::string &name, const torch::Tensor &tensor)
{
    return m_prepared.addAttribute(name, tensor);
}

Value *GraphQuantizer::publish(Value *output, Value *quantized, const ActivationEncoding &encoding,
                              const std::string &producer, std::int64_t channels)
{
    torch::jit::Graph &graph = *m_prepared.graph;
    if (m_form == QuantizedForm::Real) {
        torch::jit::WithInsertPoint guard(quantized->node()->next());
        Value *dq = graph.insert(c10::aten::dequantize, {quantized});
        output->replaceAllUsesWith(dq);
        m_standIns[dq] = {quantized, encoding.qparams, encoding.spec, true, producer, channels};
        return dq;
    }
    torch::jit::WithInsertPoint guard(output->node()->next());
    Value *fq = fakeQuantize(output, encoding.qparams, encoding.spec);
    output->replaceAllUsesAfterNodeWith(fq->node(), fq);
    m_standIns[fq] = {fq, encoding.qparams, encoding.spec, true, producer, channels};
    return fq;
}

void GraphQuantizer::passThrough(Node *node)
{
    if (node->inputs().empty() || node->outputs().size() != 1)
        return;
    const StandIn *in = standIn(node->input(0));
    if (!in || !in->exact)
        return;
    const StandIn s = *in;
    if (isEvalDropout(node)) {
        m_standIns[node->output()] = s;
        return;
    }
    if (!acceptsQuantized(node))
        return;
    torch::jit::Graph &graph = *m_prepared.graph;
    if (m_form == QuantizedForm::Simulated) {
        if (!isAvgPool(node)) {
            // relu, max pool and reshapes keep the values on the grid: the output is its own stand-in.
            m_standIns[node->output()] = {node->output(), s.qparams, s.spec, true, s.producer};
            return;
        }
        // The quantized average pool rounds its result back onto the input's grid.
        torch::jit::WithInsertPoint guard(node->next());
        Value *fq = fakeQuantize(node->output(), s.qparams, s.spec);
        node->output()->replaceAllUsesAfterNodeWith(fq->node(), fq);
        m_standIns[fq] = {fq, s.qparams, s.spec, true, s.producer};
        return;
    }
    ActivationEncoding encoding;
    encoding.qparams = s.qparams;
    encoding.spec = s.spec;
    // relu and pools keep the channels (and the four dimensions); reshapes do not.
    const bool keepsChannels = node->kind() == c10::aten::relu || node->kind() == c10::aten::max_pool2d || isAvgPool(node);
    const std::int64_t channels = keepsChannels ? s.channels : 0;
    torch::jit::WithInsertPoint guard(node->next());
    // (With qnnpack, LibTorch pools quint8 with qnnpack's own kernels, fast at any channel count.)
    Value *pooled = nullptr;
    if (m_plan.engine() == QuantEngine::Onednn) {
        pooled = insertMaxPoolUint8(graph, node, s.value, s.qparams, s.channels);
        if (!pooled)
            pooled = insertAdaptiveAvgPoolUint8(graph, node, s.value, s.channels);
    }
    if (pooled) {
        publish(node->output(), pooled, encoding, s.producer, channels);
        return;
    }
    Value *quantized = nullptr;
    if (node->kind() == c10::aten::view) {
        // Quantized convs, pools and adds write channels-last tensors, which view() cannot turn into
        // rows (x.view(x.size(0), -1) after a pool); reshape() gives the same values, copying when it must.
        quantized = graph.insert(c10::aten::reshape, {s.value, node->input(1)});
    } else {
        Value *original = node->input(0);
        Node *clone = graph.createClone(node, [&](Value *v) { return v == original ? s.value : v; });
        clone->insertAfter(node);
        clone->output()->setType(c10::TensorType::get());
        quantized = clone->output();
    }
    Value *published = publish(node->output(), quantized, encoding, s.producer, channels);
    if (s.channels > 0 && isFlattenToRows(node)) {
        m_standIns[published].unflattened = s.value;
        m_standIns[published].unflattenedChannels = s.channels;
    }
}

void GraphQuantizer::rewriteAdd(const AddSite &site)
{
    const StandIn *a = standIn(site.add->input(0));
    const StandIn *b = standIn(site.add->input(1));
    const AddCalibration *observed = m_calibration.findAdd(site.name);
    if (!a || !b || !a->exact || !b->exact)
        return; // one side is float: the add stays float
    LayerQuantConfig config = m_plan.defaults();
    if (!observed || observed->output.isEmpty()) {
        m_result.notes.push_back(site.name + " stays float: calibration did not observe it");
        return;
    }
    if (m_form == QuantizedForm::Real && config.bits != 8)
        config.bits = 8; // the model default's bit width is for layers; quantized::add is 8-bit
    AddEncoding encoding;
    encoding.name = site.name;
    encoding.fusedRelu = site.relu != nullptr;
    encoding.output = activation(observed->output, config, site.name + " output");
    Value *quantized = nullptr;
    if (m_form == QuantizedForm::Real) {
        torch::jit::WithInsertPoint guard(site.add);
        quantized = m_prepared.graph->insert(
            c10::Symbol::fromQualString(site.relu ? "quantized::add_relu" : "quantized::add"),
            {a->value, b->value, double(encoding.output.qparams.scale), std::int64_t(encoding.output.qparams.zeroPoint)});
    }
    publish(site.output, quantized, encoding.output, site.name, a->channels == b->channels ? a->channels : 0);
    m_result.adds.push_back(encoding);
}

QuantizerResult GraphQuantizer::run(const Progress &progress)
{
    const auto &layers = m_model.layers();
    if (m_calibration.layers.size() != layers.size())
        throw Error("the calibration was made for another model (" + std::to_string(m_calibration.layers.size())
                    + " layers, this model has " + std::to_string(layers.size()) + "): calibrate again");
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (m_calibration.layers[i].name != layers[i].name)
            throw Error("the calibration was made for another model (layer " + m_calibration.layers[i].name
                        + " where this model has " + layers[i].name + "): calibrate again");
    m_plan.validate(m_model);
    setQuantizedEngine(m_plan.engine());

    try {
        m_prepared = prepareGraph(m_model);
        m_sites = findQuantSites(m_model, m_prepared);
    } catch (const c10::Error &e) {
        throw Error("the model's graph could not be prepared for quantization: " + torchErrorText(e));
    }
    m_encoded.assign(layers.size(), false);
    for (const auto &layer : layers) {
        m_configs.push_back(m_plan.resolve(layer));
        LayerEncoding encoding;
        encoding.name = layer.name;
        encoding.kind = layer.kind;
        encoding.mode = LayerMode::Float;
        encoding.bits = m_configs.back().bits;
        m_result.layers.push_back(encoding);
    }

    std::unordered_map<const Node *, const LayerSite *> layerAt;
    for (const auto &site : m_sites.layers)
        layerAt[site.node] = &site;
    std::unordered_map<const Node *, const AddSite *> addAt;
    for (const auto &site : m_sites.adds)
        addAt[site.add] = &site;

    // A snapshot: the walk inserts nodes, and only looks at the original ones.
    const std::vector<Node *> nodes(m_prepared.graph->nodes().begin(), m_prepared.graph->nodes().end());
    std::size_t done = 0;
    for (Node *node : nodes) {
        if (const auto it = layerAt.find(node); it != layerAt.end()) {
            progress.throwIfCancelled();
            const std::string &name = layers[it->second->layer].name;
            progress.report(double(done++) / double(std::max<std::size_t>(1, m_sites.layers.size())),
                            "Quantizing " + name);
            try {
                rewriteLayer(*it->second);
            } catch (const c10::Error &e) {
                throw Error("layer " + name + ": LibTorch refused to quantize it with this plan ("
                            + torchErrorText(e) + ")");
            }
        } else if (const auto add = addAt.find(node); add != addAt.end()) {
            try {
                rewriteAdd(*add->second);
            } catch (const c10::Error &e) {
                throw Error(add->second->name + ": LibTorch refused to quantize the add ("
                            + torchErrorText(e) + ")");
            }
        } else {
            passThrough(node);
        }
    }
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (!m_encoded[i] && m_configs[i].mode != LayerMode::Float) {
            const std::string why = m_calibration.layers[i].called
                ? "its call is inside a branch of forward()"
                : "forward() does not call it at the top level";
            m_result.layers[i].notes.push_back("left in float: " + why);
            m_result.notes.push_back("layer " + layers[i].name + " left in float: " + why);
        }
    if (m_form == QuantizedForm::Real && m_plan.engine() == QuantEngine::Onednn && !cpuHasVnni()) {
        const bool fullRange = std::any_of(m_result.layers.begin(), m_result.layers.end(), [](const LayerEncoding &e) {
            return e.mode == LayerMode::StaticInt8 && e.output && !e.output->spec.reduceRange;
        });
        if (fullRange)
            m_result.notes.push_back("this CPU has no VNNI: onednn sums its int8 products in 16 bits, which full-range "
                                     "activations can saturate; if accuracy drops, set activation_reduce_range to true");
    }
    torch::jit::EliminateDeadCode(m_prepared.graph);
    m_result.module = assembleModule(std::move(m_prepared), m_form == QuantizedForm::Real ? "QuantizedModel" : "SimulatedModel");
    progress.report(1.0, "Quantized");
    return std::move(m_result);
}

} // namespace qs
