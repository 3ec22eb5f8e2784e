#pragma once

// Private to core: accuracy of any TorchScript module (float, or a quantized one the engine built)
// on a data set, and the one-sample dry run that checks the data fits it.

#include "quantscope/AccuracyEvaluation.h"

#include <torch/script.h>

namespace qs {

// `module` must already be in eval mode. expectedShape: the model's own idea of its input
// (ModelSummary::inputShape), only used for the error message; may be empty.
AccuracyResult moduleAccuracy(torch::jit::Module module, const Dataset &data, std::size_t batchSize,
                              const Progress &progress = {}, const std::vector<std::int64_t> &expectedShape = {});
void checkModuleFits(torch::jit::Module module, const Dataset &data, const std::vector<std::int64_t> &expectedShape = {});

} // namespace qs
