#include "model/TrainingMode.h"

#include "model/ModuleAttributes.h"

namespace qs {

namespace {

bool isConstantTrue(const torch::jit::Value *v)
{
    const auto iv = torch::jit::toIValue(v);
    return iv && iv->isBool() && iv->toBool();
}

} // namespace

std::optional<std::string> trainingModeOp(torch::jit::Graph &graph)
{
    std::vector<torch::jit::Node *> nodes;
    collectNodes(graph.block(), nodes);
    for (const torch::jit::Node *n : nodes) {
        const std::string op = n->kind().toQualString();
        // aten::batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn)
        if (op == "aten::batch_norm" && n->inputs().size() > 5 && isConstantTrue(n->input(5)))
            return std::string("batch_norm");
        // aten::dropout(input, p, train), and the in-place and feature (channel) forms
        if ((op == "aten::dropout" || op == "aten::dropout_" || op == "aten::feature_dropout"
             || op == "aten::feature_dropout_")
            && n->inputs().size() == 3 && isConstantTrue(n->input(2)))
            return std::string("dropout");
    }
    return std::nullopt;
}

} // namespace qs
