#pragma once

// Private to core: reading a TorchScript graph's prim::GetAttr chains against the module tree.

#include <torch/script.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace qs {

// Every node of the block and of the blocks inside its nodes (if-branches, loop bodies), in order.
void collectNodes(torch::jit::Block *block, std::vector<torch::jit::Node *> &nodes);

// Follows a prim::GetAttr chain back to the graph's `self`: {"features", "0", "weight"}. Empty when
// the value does not come from the module tree.
std::vector<std::string> attributeChain(const torch::jit::Value *v);

// The submodule at path ({"features", "0"}) of root; nullopt when there is none.
std::optional<torch::jit::Module> submodule(const torch::jit::Module &root, const std::vector<std::string> &path);

// Replaces every read of a bool, int, float or string attribute of the module tree (use_res,
// training after eval()) with its value, then folds the if-branches those values decide, so that
// layers written as `if self.use_res: return x + self.conv(x)` (torchvision's MobileNetV2) are in
// the graph like any other. Attributes that forward() assigns (prim::SetAttr) stay reads.
// Returns the names of the attributes it replaced.
std::set<std::string> foldConstantAttributes(std::shared_ptr<torch::jit::Graph> graph, const torch::jit::Module &root);

} // namespace qs
