#include "model/TrainingMode.h"

namespace qs {

namespace {

bool isConstantTrue(const torch::jit::Value *v)
{
    const auto iv = torch::jit::toIValue(v);
    return iv && iv->isBool() && iv->toBool();
}

std::optional<std::string> inBlock(const torch::jit::Block *block)
{
    for (const torch::jit::Node *n : block->nodes()) {
        const std::string op = n->kind().toQualString();
        // aten::batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn)
        if (op == "aten::batch_norm" && n->inputs().size() > 5 && isConstantTrue(n->input(5)))
            return std::string("batch_norm");
        // aten::dropout(input, p, train), and the in-place and feature (channel) forms
        if ((op == "aten::dropout" || op == "aten::dropout_" || op == "aten::feature_dropout"
             || op == "aten::feature_dropout_")
            && n->inputs().size() == 3 && isConstantTrue(n->input(2)))
            return std::string("dropout");
        for (const torch::jit::Block *inner : n->blocks())
            if (auto found = inBlock(inner))
                return found;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> trainingModeOp(const torch::jit::Graph &graph)
{
    return inBlock(graph.block());
}

} // namespace qs
