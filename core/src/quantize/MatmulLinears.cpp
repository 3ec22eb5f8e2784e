#include "quantize/MatmulLinears.h"

#include <torch/csrc/jit/ir/constants.h>

namespace qs {

namespace {

using torch::jit::Node;
using torch::jit::Value;

bool isConstantInt(const Value *v, std::int64_t expected)
{
    const auto iv = torch::jit::toIValue(v);
    return iv && ((iv->isInt() && iv->toInt() == expected) || (iv->isDouble() && iv->toDouble() == double(expected)));
}

bool isTwoDimensionalAttribute(const PreparedGraph &prepared, const Value *v)
{
    if (prepared.attributeName(v).empty())
        return false;
    const auto value = prepared.staticValue(v);
    return value && value->isTensor() && value->toTensor().dim() == 2;
}

// W when v is W transposed (W a 2-D attribute), else nullptr.
Value *transposedAttribute(const PreparedGraph &prepared, Value *v)
{
    Node *n = v->node();
    Value *w = nullptr;
    if (n->kind() == c10::aten::t) {
        w = n->input(0);
    } else if (n->kind() == c10::aten::transpose) {
        const auto a = torch::jit::toIValue(n->input(1)), b = torch::jit::toIValue(n->input(2));
        if (a && b && a->isInt() && b->isInt() && ((a->toInt() % 2 + 2) % 2) != ((b->toInt() % 2 + 2) % 2))
            w = n->input(0);
    } else if (n->kind() == c10::aten::permute) {
        const auto dims = torch::jit::toIValue(n->input(1));
        if (dims && dims->isIntList() && dims->toIntVector() == std::vector<std::int64_t>{1, 0})
            w = n->input(0);
    }
    return w && isTwoDimensionalAttribute(prepared, w) ? w : nullptr;
}

void replaceWithLinear(torch::jit::Graph &graph, Node *n, Value *x, Value *weight, Value *bias)
{
    torch::jit::WithInsertPoint guard(n);
    Node *linear = graph.create(c10::aten::linear, {x, weight, bias ? bias : graph.insertConstant(c10::IValue())}, 1);
    graph.insertNode(linear);
    linear->output()->setType(n->output()->type());
    linear->copyMetadata(n);
    n->output()->replaceAllUsesWith(linear->output());
    n->destroy();
}

} // namespace

void rewriteMatmulLinears(PreparedGraph &prepared)
{
    torch::jit::Graph &graph = *prepared.graph;
    std::vector<Node *> nodes;
    collectNodes(graph.block(), nodes);
    for (Node *n : nodes) {
        if (n->kind() == c10::aten::addmm && n->inputs().size() == 5 && isConstantInt(n->input(3), 1)
            && isConstantInt(n->input(4), 1) && !prepared.attributeName(n->input(0)).empty()) {
            if (Value *w = transposedAttribute(prepared, n->input(2)))
                replaceWithLinear(graph, n, n->input(1), w, n->input(0));
        } else if (n->kind() == c10::aten::matmul && n->inputs().size() == 2) {
            if (Value *w = transposedAttribute(prepared, n->input(1)))
                replaceWithLinear(graph, n, n->input(0), w, nullptr);
        }
    }
}

} // namespace qs
