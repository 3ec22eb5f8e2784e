#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace qs {

// The layer kinds Quantscope can quantize.
enum class LayerKind { Conv1d, Conv2d, Linear, Lstm, Gru, Embedding };

std::string toString(LayerKind kind); // "Conv2d", "Linear", "LSTM", ...

// Summary statistics of a tensor. min/max/mean/std are over the finite values only.
struct TensorStats
{
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double std = 0.0; // population standard deviation
    std::int64_t count = 0;
    std::int64_t nanCount = 0;
    std::int64_t infCount = 0;

    bool allFinite() const { return nanCount == 0 && infCount == 0; }
};

// One quantizable layer as found in the model's forward graph.
struct LayerInfo
{
    std::string name;                   // module path, e.g. "features.0"
    LayerKind kind = LayerKind::Linear;
    std::string op;                     // the graph op it came from, e.g. "aten::_convolution"
    std::vector<std::int64_t> weightShape;
    std::vector<std::int64_t> biasShape; // empty when the layer has no bias
    std::vector<std::string> weightNames; // parameter names under the module ("weight", "weight_ih_l0", ...)
    int channelAxis = 0;                  // output-channel axis of the weight (per-channel quantization)
    std::int64_t paramCount = 0;          // weights and biases
    TensorStats weightStats;              // over every weight tensor of the layer
    std::vector<std::string> followedBy;  // ops after it on a single-use chain, e.g. {"aten::batch_norm", "aten::relu"}
    int callCount = 1;                    // how often forward calls it
    std::vector<std::string> warnings;    // e.g. "weights hold 3 NaN values"

    std::int64_t outputChannels() const;
    std::string shapeString() const;      // "[8, 1, 3, 3]"
};

// What a loaded model is, as a whole.
struct ModelSummary
{
    std::string path;
    std::int64_t fileBytes = 0;
    std::int64_t totalParams = 0;      // every parameter of the module, also those outside quantizable layers
    std::int64_t layerParams = 0;      // parameters inside quantizable layers
    // Input shape with -1 for a dimension that cannot be known from the model alone (batch, image size).
    std::vector<std::int64_t> inputShape;
    std::string inputShapeNote;        // how the shape was found, or why it is not known
    std::vector<std::string> warnings; // model-wide, e.g. "no quantizable layer"
    // Why Quantscope cannot run the model on its data (forward() takes more than one input, or
    // token ids for an Embedding): its weights can be inspected, nothing that runs it. Empty: it can.
    std::string cannotRun;
};

std::string shapeToString(const std::vector<std::int64_t> &shape); // "[N, 1, ?, ?]" style with -1 as "?"

} // namespace qs
