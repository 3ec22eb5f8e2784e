#pragma once

// Private to core: the model's forward graph made ready for rewriting. Every stage that changes what
// the model computes (calibration, the simulated and the real quantized model) starts from one of
// these, so all of them see the same nodes in the same order.

#include "model/ModelImpl.h"
#include "model/ModuleAttributes.h" // collectNodes, attributeChain

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace qs {

// forward() of a model with every submodule call inlined, scalar attributes (training, stride,
// eps, ...) turned into constants and dead branches removed, reading its tensors through flat
// attributes of `self` ("features__0__weight"). Such a graph can become the forward of a brand-new
// single-level module that holds only what the graph reads (see assembleModule).
struct PreparedGraph
{
    std::shared_ptr<torch::jit::Graph> graph;
    std::map<std::string, c10::IValue> attributes; // flat attribute name -> value

    // Adds an attribute and returns a `self.name` value read at the current insertion point.
    torch::jit::Value *addAttribute(const std::string &name, const c10::IValue &value);
    // The value behind a graph value, when it is a constant, a flat attribute, or a list of those.
    std::optional<c10::IValue> staticValue(const torch::jit::Value *v) const;
    // The flat attribute name a value reads, or "" when it is not `self.NAME`.
    std::string attributeName(const torch::jit::Value *v) const;
};

// Flat attribute name for a path in the module tree: {"features", "0", "weight"} -> "features__0__weight".
std::string flatAttributeName(const std::vector<std::string> &path);
// The same for a layer's dotted module path: "features.0" → "features__0" (the prefix of the
// attributes the quantizer adds for it).
std::string flatLayerName(const std::string &layerName);

// Throws qs::Error when the graph cannot be prepared (forward assigns to the module's attributes,
// or uses a submodule as a value).
PreparedGraph prepareGraph(const Model &model);

// A new module whose forward is the graph (which it takes over), holding just the attributes the
// graph still reads. Stock LibTorch and PyTorch can save and load it.
torch::jit::Module assembleModule(PreparedGraph &&prepared, const std::string &className);

} // namespace qs
