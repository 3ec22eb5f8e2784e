#include "model/LayerFinder.h"

#include "model/ModuleAttributes.h"

#include <map>
#include <optional>

namespace qs {

namespace {

using torch::jit::Node;
using torch::jit::Value;

const auto kConstant = c10::Symbol::fromQualString("prim::Constant");
const auto kListConstruct = c10::Symbol::fromQualString("prim::ListConstruct");

// A tensor the graph reads from the module tree: its path and value.
struct Attribute
{
    std::vector<std::string> modulePath;
    std::string name;
    torch::Tensor tensor;
};

std::string joinPath(const std::vector<std::string> &parts)
{
    std::string s;
    for (const auto &p : parts)
        s += (s.empty() ? "" : ".") + p;
    return s;
}

// The tensor behind a value, if it is a module attribute (or a constant, as in frozen models).
std::optional<Attribute> tensorAttribute(const torch::jit::Module &root, const Value *v)
{
    if (v->node()->kind() == kConstant) {
        const auto iv = torch::jit::toIValue(v);
        if (iv && iv->isTensor())
            return Attribute{{}, "", iv->toTensor()};
        return std::nullopt;
    }
    auto chain = attributeChain(v);
    if (chain.empty())
        return std::nullopt;
    const std::string name = chain.back();
    chain.pop_back();
    const auto owner = submodule(root, chain);
    if (!owner || !owner->hasattr(name))
        return std::nullopt;
    const auto value = owner->attr(name);
    if (!value.isTensor())
        return std::nullopt;
    return Attribute{chain, name, value.toTensor()};
}

// Sees through aten::t / aten::transpose / aten::permute applied to a parameter (old-style linear).
const Value *throughTranspose(const Value *v, bool &transposed)
{
    transposed = false;
    const auto kind = v->node()->kind();
    if (kind == c10::aten::t || kind == c10::aten::transpose || kind == c10::aten::permute) {
        transposed = true;
        return v->node()->input(0);
    }
    return v;
}

bool isNone(const Value *v)
{
    return v->type()->kind() == c10::TypeKind::NoneType;
}

// Ops that only read a tensor's metadata (scripted batch_norm checks the input's size): they do
// not consume the value, so they do not break a conv -> batch_norm -> relu chain.
bool readsOnlyMetadata(const Node *user)
{
    const auto kind = user->kind();
    return kind == c10::aten::size || kind == c10::aten::dim || kind == c10::aten::len
        || kind == c10::aten::__isnot__ || kind == c10::aten::__is__;
}

// The ops after a layer on a chain where each value has one consumer, e.g. batch_norm, relu.
std::vector<std::string> followers(const Node *node)
{
    std::vector<std::string> chain;
    const Value *out = node->output(0);
    while (chain.size() < 3) {
        const Node *next = nullptr;
        int consumers = 0;
        for (const auto &use : out->uses()) {
            if (readsOnlyMetadata(use.user))
                continue;
            next = use.user;
            ++consumers;
        }
        if (consumers != 1 || next->outputs().empty())
            break;
        const std::string kind = next->kind().toQualString();
        if (kind.rfind("prim::", 0) == 0)
            break;
        chain.push_back(kind);
        out = next->output(0);
    }
    return chain;
}

struct Candidate
{
    LayerKind kind;
    std::optional<Attribute> weight;
    std::optional<Attribute> bias;
    int channelAxis = 0;
};

std::optional<Candidate> convOrLinear(const torch::jit::Module &root, Node *node)
{
    const std::string op = node->kind().toQualString();
    Candidate c;
    if (op == "aten::conv1d" || op == "aten::conv2d" || op == "aten::_convolution") {
        c.weight = tensorAttribute(root, node->input(1));
        if (!c.weight)
            return std::nullopt;
        const auto dim = c.weight->tensor.dim();
        if (dim != 3 && dim != 4)
            return std::nullopt; // conv3d is not quantizable here
        if (op == "aten::_convolution" && node->inputs().size() > 6) {
            const auto transposedConv = torch::jit::toIValue(node->input(6));
            if (transposedConv && transposedConv->isBool() && transposedConv->toBool())
                return std::nullopt; // transposed convolution: not a quantizable kind here
        }
        c.kind = dim == 3 ? LayerKind::Conv1d : LayerKind::Conv2d;
        if (!isNone(node->input(2)))
            c.bias = tensorAttribute(root, node->input(2));
        return c;
    }
    if (op == "aten::linear") {
        c.weight = tensorAttribute(root, node->input(1));
        if (!c.weight || c.weight->tensor.dim() != 2)
            return std::nullopt;
        c.kind = LayerKind::Linear;
        if (!isNone(node->input(2)))
            c.bias = tensorAttribute(root, node->input(2));
        return c;
    }
    if (op == "aten::addmm" || op == "aten::matmul") {
        const std::size_t weightInput = op == "aten::addmm" ? 2 : 1;
        bool transposed = false;
        const Value *w = throughTranspose(node->input(weightInput), transposed);
        c.weight = tensorAttribute(root, w);
        if (!c.weight || c.weight->tensor.dim() != 2)
            return std::nullopt;
        c.kind = LayerKind::Linear;
        // x @ W.t() keeps PyTorch's [out, in] layout; x @ W stores [in, out].
        c.channelAxis = transposed ? 0 : 1;
        if (op == "aten::addmm")
            c.bias = tensorAttribute(root, node->input(0));
        return c;
    }
    if (op == "aten::embedding" || op == "aten::embedding_bag") {
        c.weight = tensorAttribute(root, node->input(0));
        if (!c.weight || c.weight->tensor.dim() != 2)
            return std::nullopt;
        c.kind = LayerKind::Embedding;
        return c;
    }
    return std::nullopt;
}

// aten::lstm / aten::gru take their parameters as a list: a ListConstruct of attributes (traced)
// or the module's _flat_weights attribute (scripted). Either way, the owning module's own
// parameters are the layer's tensors.
std::optional<std::vector<std::string>> recurrentModulePath(const Node *node)
{
    const Value *params = node->input(2);
    if (params->node()->kind() == kListConstruct) {
        if (params->node()->inputs().empty())
            return std::nullopt;
        auto chain = attributeChain(params->node()->input(0));
        if (chain.empty())
            return std::nullopt;
        chain.pop_back();
        return chain;
    }
    auto chain = attributeChain(params);
    if (chain.empty())
        return std::nullopt;
    chain.pop_back(); // "_flat_weights"
    return chain;
}

void addRecurrent(Model::Impl &impl, Node *node, LayerKind kind, std::map<std::string, std::size_t> &seen)
{
    const auto path = recurrentModulePath(node);
    if (!path)
        return;
    const std::string name = joinPath(*path);
    if (auto it = seen.find(name); it != seen.end()) {
        impl.layers[it->second].callCount++;
        return;
    }
    const auto owner = submodule(impl.module, *path);
    if (!owner)
        return;
    LayerInfo info;
    LayerTensors tensors;
    info.name = name.empty() ? toString(kind) : name;
    info.kind = kind;
    info.op = node->kind().toQualString();
    tensors.modulePath = *path;
    tensors.node = node;
    for (const auto &p : owner->named_parameters(/*recurse=*/false)) {
        info.paramCount += p.value.numel();
        if (p.name.rfind("weight", 0) == 0) {
            info.weightNames.push_back(p.name);
            tensors.weightNames.push_back(p.name);
            tensors.weights.push_back(p.value);
        }
    }
    if (tensors.weights.empty())
        return;
    // Per-channel rows: every weight matrix of a layer has the same number of rows (4H for LSTM, 3H for GRU).
    info.weightShape = tensors.weights.front().sizes().vec();
    info.followedBy = followers(node);
    seen.emplace(name, impl.layers.size());
    impl.layers.push_back(std::move(info));
    impl.tensors.push_back(std::move(tensors));
}

} // namespace

void findLayers(Model::Impl &impl)
{
    std::map<std::string, std::size_t> seen; // module path -> layer index
    std::map<std::string, int> unnamed;      // op kind -> count, for layers without a module path
    for (Node *node : impl.inlinedGraph->nodes()) {
        const std::string op = node->kind().toQualString();
        if (op == "aten::lstm" || op == "aten::gru") {
            addRecurrent(impl, node, op == "aten::lstm" ? LayerKind::Lstm : LayerKind::Gru, seen);
            continue;
        }
        const auto candidate = convOrLinear(impl.module, node);
        if (!candidate)
            continue;
        const Attribute &w = *candidate->weight;
        std::string name = joinPath(w.modulePath);
        if (w.name.empty() || name.empty()) {
            // A weight on the root module or a constant (frozen model): name it after the op.
            const std::string base = w.name.empty() ? toString(candidate->kind) : w.name;
            const int n = unnamed[base]++;
            name = w.name.empty() ? base + "_" + std::to_string(n) : base;
        }
        const std::string key = name + "/" + w.name;
        if (auto it = seen.find(key); it != seen.end()) {
            impl.layers[it->second].callCount++;
            continue;
        }
        LayerInfo info;
        info.name = name;
        info.kind = candidate->kind;
        info.op = op;
        info.weightShape = w.tensor.sizes().vec();
        info.weightNames = {w.name.empty() ? std::string("weight") : w.name};
        info.channelAxis = candidate->channelAxis;
        info.paramCount = w.tensor.numel();
        info.followedBy = followers(node);
        LayerTensors tensors;
        tensors.modulePath = w.modulePath;
        tensors.weightNames = info.weightNames;
        tensors.weights = {w.tensor};
        tensors.node = node;
        if (candidate->bias && candidate->bias->tensor.defined()) {
            info.biasShape = candidate->bias->tensor.sizes().vec();
            info.paramCount += candidate->bias->tensor.numel();
            tensors.biasName = candidate->bias->name;
            tensors.bias = candidate->bias->tensor;
        }
        seen.emplace(key, impl.layers.size());
        impl.layers.push_back(std::move(info));
        impl.tensors.push_back(std::move(tensors));
    }
}

} // namespace qs
