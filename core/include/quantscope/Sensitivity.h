#pragma once

#include "quantscope/Calibration.h"
#include "quantscope/Comparison.h"
#include "quantscope/Progress.h"
#include "quantscope/QuantPlan.h"

#include <string>
#include <vector>

namespace qs {

class Model;

struct SensitivityOptions
{
    std::size_t evaluationSamples = 2000; // 0: all
    std::size_t batchSize = 64;
    int threads = 2;
    double budgetPoints = 0.5;             // accuracy drop (percentage points) the suggested plan may cost
    bool measureCost = true;               // size and latency of the suggested plan
    LatencySettings latency;
};

// One quantized layer's share of the damage.
struct LayerSensitivity
{
    std::string name;
    LayerMode mode = LayerMode::Float;
    // Only this layer quantized, the rest float.
    double aloneAccuracy = 0.0;
    double aloneDropPoints = 0.0;  // (float − alone) · 100
    double aloneOutputSqnrDb = 0.0;
    // Everything quantized but this layer.
    double allButAccuracy = 0.0;
    double allButGainPoints = 0.0; // (allBut − all quantized) · 100
    double allButOutputSqnrDb = 0.0;
};

struct SuggestedPlan
{
    QuantPlan plan;
    std::vector<std::string> keptFloat; // in the order they were added
    double accuracy = 0.0;
    double dropPoints = 0.0;            // (float − accuracy) · 100
    bool withinBudget = false;          // false only when even keeping every layer in float misses it
    ModelSize size;                     // serialized / parameter bytes of the plan's model
    double sizeRatio = 0.0;             // vs the float model
    LatencyComparison latency;          // float (a) vs the plan's model (b), batch batchSize; empty without measureCost
};

struct SensitivityResult
{
    QuantizedForm form = QuantizedForm::Real;
    std::size_t evaluationSamples = 0;
    double floatAccuracy = 0.0;
    double quantizedAccuracy = 0.0; // every layer as the plan says
    double budgetPoints = 0.5;
    std::vector<LayerSensitivity> layers; // the plan's quantized layers, largest aloneDropPoints first
    SuggestedPlan suggested;
    std::vector<std::string> notes;
};

// One layer quantized at a time, then all but one, on labelled data; a suggested plan that keeps in
// float the fewest layers (greedily, largest all-but gain first) needed to stay within the budget.
// Throws qs::Error for unlabelled data, qs::Cancelled on cancel.
SensitivityResult analyseSensitivity(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                                     const Dataset &evaluation, const SensitivityOptions &options = {},
                                     const Progress &progress = {});

} // namespace qs
