#pragma once

#include "quantscope/Calibration.h"
#include "quantscope/Dataset.h"
#include "quantscope/Progress.h"
#include "quantscope/QuantPlan.h"
#include "quantscope/QuantizedModel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace qs {

class Model;

// In which order layers are quantized one after another.
enum class LayerOrder {
    Model,                // as forward() reaches them
    MostSensitiveFirst,   // largest accuracy drop when quantized alone first (qs::analyseSensitivity's ranking)
    LeastSensitiveFirst,  // the same ranking reversed
};

struct LayerByLayerOptions
{
    LayerOrder order = LayerOrder::Model;
    std::size_t evaluationSamples = 1000; // the first ones of the evaluation set; 0: all
    std::size_t batchSize = 64;
    int threads = 2; // at::set_num_threads while it runs
    // A ranking computed before for the same model, plan, calibration and samples (LayerByLayerCurve's
    // ranking and rankingDropPoints): the sensitivity orders then skip qs::analyseSensitivity.
    std::vector<std::string> ranking;
    std::vector<double> rankingDropPoints;
};

// One point of the curve: the first `quantized` layers of the order quantized, the rest float.
struct LayerByLayerStep
{
    std::size_t quantized = 0;   // 0 is the float model
    std::string layer;           // the layer this step added ("" at step 0)
    int layerIndex = -1;         // into Model::layers(), -1 at step 0
    double accuracy = 0.0;       // top-1 on the evaluation samples, as a fraction
    double changePoints = 0.0;   // (accuracy − previous step's accuracy) · 100
    std::int64_t weightBytes = 0; // see weightStorageBytes
};

struct LayerByLayerCurve
{
    QuantizedForm form = QuantizedForm::Real; // real at 8 bits, simulated below (formFor of the whole plan)
    int bits = 8;
    LayerOrder order = LayerOrder::Model;
    std::size_t evaluationSamples = 0;
    std::size_t calibrationSamples = 0;
    std::vector<LayerByLayerStep> steps; // steps[0] float, steps[k] the first k layers quantized
    // Each quantized layer's drop (points) when it alone is quantized; parallel to the order, filled
    // only for the sensitivity orders.
    std::vector<double> aloneDropPoints;
    // The sensitivity ranking (most sensitive first) and its drops, for reuse; sensitivity orders only.
    std::vector<std::string> ranking;
    std::vector<double> rankingDropPoints;

    // The step (≥ 1) whose accuracy change is the most negative, or 0 when there is no step.
    std::size_t largestDropStep() const;
};

// The plan `base` quantizes every layer it quantizes; this one only the first `count` of `order`
// (module paths), every other layer in float.
QuantPlan planQuantizingFirst(const Model &model, const QuantPlan &base, const std::vector<std::string> &order,
                              std::size_t count);

// Bytes the layers' parameters take as the plan stores them: weights at bits/8 bytes (int), 2 (fp16)
// or 4 (float32); biases in float32. Scales and zero points (a few bytes per channel) are not counted.
std::int64_t weightStorageBytes(const Model &model, const QuantPlan &plan);

// Quantizes the layers `base` quantizes one after another, in options.order, and measures top-1 after
// each step on the same evaluation samples with one calibration. Throws qs::Error (unlabelled data, a
// plan that quantizes nothing) and qs::Cancelled.
LayerByLayerCurve quantizeLayerByLayer(const Model &model, const QuantPlan &base, const CalibrationResult &calibration,
                                       const Dataset &evaluation, const LayerByLayerOptions &options = {},
                                       const Progress &progress = {});

} // namespace qs
