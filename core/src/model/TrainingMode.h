#pragma once

// Private to core: ops a traced graph runs in training mode.

#include <torch/script.h>

#include <optional>
#include <string>

namespace qs {

// The first op of the graph that runs in training mode: "batch_norm" when BatchNorm normalises
// with each batch's own statistics, "dropout" when Dropout drops at random. A model traced after
// model.train() records these as constants; nullopt when there is none.
std::optional<std::string> trainingModeOp(torch::jit::Graph &graph);

} // namespace qs
