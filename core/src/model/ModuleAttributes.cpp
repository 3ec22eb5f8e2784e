#include "model/ModuleAttributes.h"

#include <torch/csrc/jit/passes/constant_propagation.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>

#include <set>

namespace qs {

namespace {

const auto kName = c10::Symbol::attr("name");

bool isPlainValueType(const c10::TypePtr &type)
{
    const auto kind = type->kind();
    return kind == c10::TypeKind::BoolType || kind == c10::TypeKind::IntType || kind == c10::TypeKind::FloatType
        || kind == c10::TypeKind::StringType;
}

} // namespace

void collectNodes(torch::jit::Block *block, std::vector<torch::jit::Node *> &nodes)
{
    for (torch::jit::Node *n : block->nodes()) {
        nodes.push_back(n);
        for (torch::jit::Block *inner : n->blocks())
            collectNodes(inner, nodes);
    }
}

std::vector<std::string> attributeChain(const torch::jit::Value *v)
{
    std::vector<std::string> chain;
    while (v->node()->kind() == c10::prim::GetAttr) {
        chain.insert(chain.begin(), v->node()->s(kName));
        v = v->node()->input(0);
    }
    if (v->node()->kind() != c10::prim::Param) // must end at the graph's `self`
        return {};
    return chain;
}

std::optional<torch::jit::Module> submodule(const torch::jit::Module &root, const std::vector<std::string> &path)
{
    torch::jit::Module m = root;
    for (const auto &name : path) {
        if (!m.hasattr(name))
            return std::nullopt;
        const auto value = m.attr(name);
        if (!value.isModule())
            return std::nullopt;
        m = value.toModule();
    }
    return m;
}

std::set<std::string> foldConstantAttributes(std::shared_ptr<torch::jit::Graph> graph, const torch::jit::Module &root)
{
    std::vector<torch::jit::Node *> nodes;
    collectNodes(graph->block(), nodes);
    std::set<std::string> assigned;
    std::vector<torch::jit::Node *> reads;
    for (torch::jit::Node *n : nodes) {
        if (n->kind() == c10::prim::SetAttr)
            assigned.insert(n->s(kName));
        else if (n->kind() == c10::prim::GetAttr && isPlainValueType(n->output()->type()))
            reads.push_back(n);
    }
    std::set<std::string> folded;
    for (torch::jit::Node *n : reads) {
        const std::string name = n->s(kName);
        if (assigned.count(name))
            continue;
        if (n->input()->node()->kind() != c10::prim::GetAttr && n->input()->node()->kind() != c10::prim::Param)
            continue;
        const auto owner = submodule(root, attributeChain(n->input()));
        if (!owner || !owner->hasattr(name))
            continue;
        const c10::IValue value = owner->attr(name);
        if (!(value.isBool() || value.isInt() || value.isDouble() || value.isString()))
            continue;
        torch::jit::WithInsertPoint guard(n);
        n->output()->replaceAllUsesWith(graph->insertConstant(value));
        folded.insert(name);
    }
    if (!folded.empty()) {
        torch::jit::ConstantPropagationImmutableTypes(graph);
        torch::jit::EliminateDeadCode(graph);
    }
    return folded;
}

} // namespace qs
