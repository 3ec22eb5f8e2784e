#pragma once

// Private to core: the torch side of qs::Model. Only core's .cpp files include this.

#include "quantscope/Model.h"

#include <torch/script.h>

#include <vector>

namespace qs {

// Where a layer's tensors live in the module tree, so later stages can read and replace them.
struct LayerTensors
{
    std::vector<std::string> modulePath;  // e.g. {"features", "0"}; empty for the root module
    std::vector<std::string> weightNames; // attribute names of the weights on that module
    std::string biasName;                 // empty when there is none
    std::vector<torch::Tensor> weights;   // the tensors themselves (shared storage with the module)
    torch::Tensor bias;                   // undefined when there is none
    torch::jit::Node *node = nullptr;     // first call of the layer in the inlined graph
};

struct Model::Impl
{
    torch::jit::Module module;
    std::shared_ptr<torch::jit::Graph> inlinedGraph; // forward(), with every submodule call inlined
    ModelSummary summary;
    std::vector<LayerInfo> layers;
    std::vector<LayerTensors> tensors; // parallel to layers

    // All weight tensors of a layer flattened into one float tensor (finite and non-finite values).
    torch::Tensor flatWeights(std::size_t layer) const;
    // The weights arranged as [channels, -1] along the layer's channel axis.
    torch::Tensor channelMatrix(std::size_t layer) const;
};

} // namespace qs
