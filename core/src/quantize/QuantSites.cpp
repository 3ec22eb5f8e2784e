#include "quantize/QuantSites.h"

namespace qs {

namespace {

using torch::jit::Node;
using torch::jit::Value;

// The one consumer of v that uses its data, or nullptr when there are none or several.
Node *soleConsumer(const Value *v)
{
    Node *consumer = nullptr;
    for (const auto &use : v->uses()) {
        if (readsOnlyMetadata(use.user))
            continue;
        if (consumer)
            return nullptr;
        consumer = use.user;
    }
    return consumer;
}

bool isRelu(const Node *n)
{
    return n && (n->kind() == c10::aten::relu || n->kind() == c10::aten::relu_);
}

bool isTensor(const Value *v)
{
    return v->type()->cast<c10::TensorType>() != nullptr;
}

// flat name of a layer's weight (or recurrent parameter list) -> layer index
std::map<std::string, std::size_t> layerKeys(const Model &model)
{
    std::map<std::string, std::size_t> keys;
    const auto &tensors = model.impl().tensors;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        auto path = tensors[i].modulePath;
        if (tensors[i].weightNames.empty())
            continue;
        auto weightPath = path;
        weightPath.push_back(tensors[i].weightNames.front());
        keys.emplace(flatAttributeName(weightPath), i);
        path.push_back("_flat_weights"); // scripted nn.LSTM / nn.GRU read their parameters as one list
        keys.emplace(flatAttributeName(path), i);
    }
    return keys;
}

// The value whose attribute identifies the layer a node calls, or nullptr for other nodes.
const Value *layerKeyValue(const Node *n)
{
    const auto kind = n->kind();
    if (kind == c10::aten::conv1d || kind == c10::aten::conv2d || kind == c10::aten::_convolution
        || kind == c10::aten::linear)
        return n->input(1);
    if (kind == c10::aten::embedding)
        return n->input(0);
    if (kind == c10::aten::lstm || kind == c10::aten::gru) {
        const Value *params = n->input(2);
        if (params->node()->kind() == c10::prim::ListConstruct)
            return params->node()->inputs().empty() ? nullptr : params->node()->input(0);
        return params;
    }
    return nullptr;
}

} // namespace

bool readsOnlyMetadata(const Node *node)
{
    const auto kind = node->kind();
    return kind == c10::aten::size || kind == c10::aten::dim || kind == c10::aten::len || kind == c10::aten::__isnot__
        || kind == c10::aten::__is__;
}

QuantSites findQuantSites(const Model &model, const PreparedGraph &prepared)
{
    const auto keys = layerKeys(model);
    const auto &layers = model.layers();
    QuantSites sites;
    for (Node *n : prepared.graph->nodes()) {
        if (const Value *key = layerKeyValue(n)) {
            const auto it = keys.find(prepared.attributeName(key));
            if (it == keys.end())
                continue;
            LayerSite site;
            site.layer = it->second;
            site.node = n;
            const LayerKind kind = layers[site.layer].kind;
            site.input = n->input(kind == LayerKind::Embedding ? 1 : 0);
            site.output = n->output(0);
            if (kind == LayerKind::Conv1d || kind == LayerKind::Conv2d || kind == LayerKind::Linear) {
                Node *next = soleConsumer(site.output);
                if (kind != LayerKind::Linear && next && next->kind() == c10::aten::batch_norm
                    && next->input(0) == site.output) {
                    site.batchNorm = next;
                    site.output = next->output();
                    next = soleConsumer(site.output);
                }
                if (isRelu(next)) {
                    site.relu = next;
                    site.output = next->output();
                }
            }
            sites.layers.push_back(site);
            continue;
        }
        if (n->kind() == c10::aten::add && n->inputs().size() == 3 && isTensor(n->input(0)) && isTensor(n->input(1))) {
            const auto alpha = torch::jit::toIValue(n->input(2));
            if (!alpha || !(alpha->isInt() ? alpha->toInt() == 1 : alpha->isDouble() && alpha->toDouble() == 1.0))
                continue;
            AddSite site;
            site.name = "add_" + std::to_string(sites.adds.size());
            site.add = n;
            site.output = n->output();
            Node *next = soleConsumer(site.output);
            if (isRelu(next)) {
                site.relu = next;
                site.output = next->output();
            }
            sites.adds.push_back(site);
        }
    }
    return sites;
}

} // namespace qs
