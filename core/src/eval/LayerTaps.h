#pragma once

// Private to core: copies of the float and the simulated quantized model that hand out every
// layer's output as they run (Numeric Suite's "compare model outputs"), and the weights both use.

#include "quantscope/Calibration.h"
#include "quantscope/QuantizedModel.h"

#include <torch/script.h>

#include <vector>

namespace qs {

class Model;

struct TappedModule
{
    torch::jit::Module module;
    std::vector<bool> tapped;          // per layer: its output is handed out
    std::vector<torch::Tensor> weights; // per layer: float weight (folded where the plan folds) or as quantized; may be undefined
};

// Slot i collects layer i's output tensors (first call of the layer), one per forward().
class TapScope final
{
public:
    explicit TapScope(std::vector<std::vector<torch::Tensor>> &slots);
    ~TapScope();
    TapScope(const TapScope &) = delete;
    TapScope &operator=(const TapScope &) = delete;

private:
    std::vector<std::vector<torch::Tensor>> *m_previous;
};

// The float model; weights are the float weights, batch norm folded for layers whose encoding says so.
TappedModule tappedFloatModel(const Model &model, const std::vector<LayerEncoding> &encodings);
// The simulated form of the plan (built afresh); weights are the fake-quantized weights it computes with.
TappedModule tappedSimulatedModel(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                                  const Progress &progress);

} // namespace qs
