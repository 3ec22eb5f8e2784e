#pragma once

// Private to core: the torch side of qs::QuantizedModel.

#include "quantscope/QuantizedModel.h"

#include <torch/script.h>

namespace qs {

struct QuantizedModel::Impl
{
    torch::jit::Module module; // single-level module: forward() plus the attributes it reads
    QuantizedForm form = QuantizedForm::Real;
    QuantEngine engine = QuantEngine::Onednn;
    std::vector<LayerEncoding> layers;
    std::vector<AddEncoding> adds;
    std::vector<std::string> notes;

    // forward() on a float batch; the first tensor of the result. Sets the model's engine first.
    torch::Tensor forward(const torch::Tensor &inputs) const;
};

} // namespace qs
