#pragma once

#include "quantscope/Dataset.h"
#include "quantscope/LayerInfo.h"
#include "quantscope/Observer.h"
#include "quantscope/Progress.h"
#include "quantscope/QParams.h"
#include "quantscope/QuantPlan.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace qs {

class Model;
struct CalibrationResult;

// Simulated: float ops on fake-quantized weights and activations (any bit width), for measuring
// error. Real: LibTorch's int8 kernels (8 bits only), the model that gets exported.
enum class QuantizedForm { Simulated, Real };
std::string toString(QuantizedForm form); // "simulated", "real"

// How one activation tensor is quantized.
struct ActivationEncoding
{
    bool dynamic = false;       // chosen per batch at run time (dynamic_int8): the fields below are unset
    QuantSpec spec;
    ObserverKind observer = ObserverKind::MinMax;
    ClippingRange range;        // the observer's choice
    QParams qparams;
    std::string sharedWith;     // the producer whose qparams this reuses (the tensor stays quantized), or ""
};

// How one layer's weights are stored.
struct WeightEncoding
{
    std::string storage = "float32"; // "float32", "float16", "qint8"
    QuantSpec spec;
    WeightGranularity granularity = WeightGranularity::PerTensor;
    float min = 0.0f;                // over the weights as quantized (after batch-norm folding)
    float max = 0.0f;
    QParams perTensor;               // per_tensor
    PerChannelQParams perChannel;    // per_channel (axis 0)
};

struct LayerEncoding
{
    std::string name;
    LayerKind kind = LayerKind::Linear;
    LayerMode mode = LayerMode::Float;
    int bits = 8;
    std::string foldedBatchNorm;  // "" or the note "batch_norm folded"
    bool fusedRelu = false;
    WeightEncoding weight;
    std::optional<ActivationEncoding> input;  // static_int8 and dynamic_int8 layers
    std::optional<ActivationEncoding> output; // static_int8 layers
    std::string packedAttribute;  // the attribute of the real model holding the packed weights, or ""
    std::vector<std::string> notes; // e.g. "called 2 times; every call is quantized the same way"
};

// A residual add computed on quantized tensors (quantized::add / add_relu).
struct AddEncoding
{
    std::string name; // "add_0", ...
    bool fusedRelu = false;
    ActivationEncoding output;
};

// A model's outputs (the first tensor forward() returns), row-major.
struct ModelOutput
{
    std::vector<float> values;
    std::vector<std::int64_t> shape;
};

// The float model quantized by a plan with a calibration's ranges, as a runnable TorchScript
// module in this process. Immutable once built, shareable between threads.
class QuantizedModel final
{
public:
    // Throws qs::Error naming the layer and the reason when the plan cannot be built in this form
    // (bits < 8 in the real form, a layer the plan quantizes statically but calibration never reached,
    // a calibration from another model, ...). Sets the plan's engine as LibTorch's quantized engine.
    static std::shared_ptr<const QuantizedModel> build(const Model &model, const QuantPlan &plan,
                                                       const CalibrationResult &calibration, QuantizedForm form,
                                                       const Progress &progress = {});

    ~QuantizedModel();
    QuantizedModel(const QuantizedModel &) = delete;
    QuantizedModel &operator=(const QuantizedModel &) = delete;

    QuantizedForm form() const;
    QuantEngine engine() const;
    const std::vector<LayerEncoding> &layers() const; // parallel to Model::layers()
    const std::vector<AddEncoding> &adds() const;     // only the adds that run quantized
    const std::vector<std::string> &notes() const;    // model-wide remarks (ops left in float, ...)

    // Runs forward() on a batch (shape includes the batch dimension). Throws qs::Error.
    ModelOutput run(const Batch &batch) const;

    // Writes the module as TorchScript, atomically (a temporary file renamed over path). Stock
    // LibTorch and PyTorch 1.13 load it without Quantscope; set their quantized engine to
    // engine() before loading, because packed weights are repacked for the current engine on load.
    void save(const std::string &path) const;

    struct Impl;
    const Impl &impl() const { return *m_impl; }

private:
    explicit QuantizedModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace qs
