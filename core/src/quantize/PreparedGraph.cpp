#include "quantize/PreparedGraph.h"

#include "quantize/MatmulLinears.h"

#include "quantscope/Error.h"

#include <torch/csrc/jit/ir/constants.h>
#include <torch/csrc/jit/passes/constant_propagation.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>

namespace qs {

namespace {

using torch::jit::Block;
using torch::jit::Node;
using torch::jit::Value;

const auto kGetAttr = c10::prim::GetAttr;
const auto kName = c10::Symbol::attr("name");

bool isModuleType(const c10::TypePtr &type)
{
    const auto cls = type->cast<c10::ClassType>();
    return cls && cls->is_module();
}

c10::IValue resolve(const torch::jit::Module &root, const std::vector<std::string> &chain)
{
    c10::IValue value = root._ivalue();
    for (const auto &name : chain)
        value = value.toObjectRef().getAttr(name);
    return value;
}

// Values that stay attributes: tensors and anything a constant cannot hold (lists of tensors,
// packed weights and other custom-class objects).
bool keepAsAttribute(const c10::IValue &value)
{
    return value.isTensor() || value.isTensorList() || value.isObject() || value.isList() || value.isGenericDict();
}

c10::TypePtr attributeType(const c10::IValue &value)
{
    if (value.isTensor())
        return c10::TensorType::get();
    return value.type();
}

torch::jit::Value *insertGetAttr(torch::jit::Graph &graph, const std::string &name, const c10::TypePtr &type)
{
    // Built by hand: `self` keeps the original class type until assembleModule, which lacks these names.
    Node *get = graph.create(kGetAttr, {graph.inputs().at(0)}, 1);
    get->s_(kName, name);
    get->output()->setType(type);
    graph.insertNode(get);
    return get->output();
}

} // namespace

std::string flatAttributeName(const std::vector<std::string> &path)
{
    std::string name;
    for (const auto &part : path)
        name += (name.empty() ? "" : "__") + part;
    return name;
}

std::string flatLayerName(const std::string &layerName)
{
    std::string name = layerName;
    for (std::size_t dot; (dot = name.find('.')) != std::string::npos;)
        name.replace(dot, 1, "__");
    return name;
}

torch::jit::Value *PreparedGraph::addAttribute(const std::string &name, const c10::IValue &value)
{
    attributes[name] = value;
    return insertGetAttr(*graph, name, attributeType(value));
}

std::string PreparedGraph::attributeName(const torch::jit::Value *v) const
{
    const Node *n = v->node();
    if (n->kind() != kGetAttr || n->input(0) != graph->inputs().at(0))
        return {};
    return n->s(kName);
}

std::optional<c10::IValue> PreparedGraph::staticValue(const torch::jit::Value *v) const
{
    if (v->node()->kind() == c10::prim::Constant) {
        auto iv = torch::jit::toIValue(v);
        return iv ? std::optional<c10::IValue>(*iv) : std::nullopt;
    }
    const std::string name = attributeName(v);
    if (!name.empty()) {
        const auto it = attributes.find(name);
        if (it != attributes.end())
            return it->second;
    }
    return std::nullopt;
}

PreparedGraph prepareGraph(const Model &model)
{
    const Model::Impl &impl = model.impl();
    PreparedGraph p;
    p.graph = impl.inlinedGraph->copy();
    torch::jit::Graph &graph = *p.graph;
    Value *self = graph.inputs().at(0);

    std::vector<Node *> nodes;
    collectNodes(graph.block(), nodes);
    for (Node *n : nodes)
        if (n->kind() == c10::prim::SetAttr)
            throw Error("the model's forward() assigns to its own attribute '" + n->s(kName)
                        + "', so it cannot be rewritten; save the model without state changes in forward()");

    std::map<std::string, std::string> pathOfName; // flat name -> dotted path, to catch collisions
    for (Node *n : nodes) {
        if (n->kind() != kGetAttr || isModuleType(n->output()->type()))
            continue;
        const auto chain = attributeChain(n->output());
        if (chain.empty())
            continue;
        const c10::IValue value = resolve(impl.module, chain);
        torch::jit::WithInsertPoint guard(n);
        Value *replacement = nullptr;
        if (!keepAsAttribute(value))
            if (auto constant = torch::jit::tryInsertConstant(graph, value))
                replacement = *constant;
        if (!replacement) {
            const std::string name = flatAttributeName(chain);
            std::string dotted;
            for (const auto &part : chain)
                dotted += (dotted.empty() ? "" : ".") + part;
            const auto [it, inserted] = pathOfName.emplace(name, dotted);
            if (!inserted && it->second != dotted)
                throw Error("the model's attributes " + it->second + " and " + dotted
                            + " map to the same flat name; rename one of them");
            replacement = p.addAttribute(name, value);
        }
        n->output()->replaceAllUsesWith(replacement);
    }
    torch::jit::EliminateDeadCode(p.graph);
    torch::jit::ConstantPropagation(p.graph);
    rewriteMatmulLinears(p);
    torch::jit::EliminateDeadCode(p.graph);

    // What is left reading self must be one of our flat attributes; a submodule used as a value
    // (an interface call, a module passed to a function) cannot be flattened.
    for (const auto &use : self->uses())
        if (use.user->kind() != kGetAttr || isModuleType(use.user->output()->type()))
            throw Error("the model uses a submodule as a value (" + std::string(use.user->kind().toQualString())
                        + "), which Quantscope cannot rewrite; script the model without module interfaces");
    return p;
}

torch::jit::Module assembleModule(PreparedGraph &&prepared, const std::string &className)
{
    torch::jit::Module module(c10::QualifiedName("__torch__.quantscope." + className));
    module.register_attribute("training", c10::BoolType::get(), false);
    auto graph = std::move(prepared.graph);
    torch::jit::EliminateDeadCode(graph);
    Value *self = graph->inputs().at(0);
    for (const auto &use : self->uses()) {
        const std::string name = use.user->s(kName);
        if (module.hasattr(name))
            continue;
        const c10::IValue &value = prepared.attributes.at(name);
        module.register_attribute(name, attributeType(value), value);
    }
    self->setType(module.type());
    auto *fn = module._ivalue()->compilation_unit()->create_function(
        c10::QualifiedName(*module.type()->name(), "forward"), graph);
    module.type()->addMethod(fn);
    return module;
}

} // namespace qs
