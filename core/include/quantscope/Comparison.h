#pragma once

#include "quantscope/AccuracyEvaluation.h"
#include "quantscope/Calibration.h"
#include "quantscope/DataSpec.h"
#include "quantscope/Latency.h"
#include "quantscope/Progress.h"
#include "quantscope/QuantPlan.h"
#include "quantscope/QuantizedModel.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace qs {

class Model;

struct ComparisonOptions
{
    std::size_t calibrationSamples = 512; // compare(split) only
    std::size_t evaluationSamples = 0;    // 0: the whole evaluation set
    std::size_t batchSize = 64;           // evaluation batches and the larger latency batch
    int threads = 2;                      // at::set_num_threads for everything compare runs
    bool measureLatency = true;
    LatencySettings latency;              // ≥ 30 timed runs each (the default)
    std::size_t layerSamples = 256;       // evaluation samples run through both models for per-layer error
    double flagBelowDb = 20.0;            // layers whose output SQNR is below this are flagged
};

// Bytes of a model as serialized and as its parameters are stored.
struct ModelSize
{
    std::int64_t serializedBytes = 0;                     // the TorchScript file (zip) as written
    std::map<std::string, std::int64_t> parameterBytes;   // dtype ("float32", "qint8", "float16") -> bytes
    std::int64_t totalParameterBytes() const;
};

// One model's side of the comparison.
struct ModelFigures
{
    ModelSize size;
    LatencyStats latency;       // ms per batch of ComparisonResult::batchSize
    LatencyStats latencyBatch1; // ms per single sample
    std::optional<AccuracyResult> accuracy;      // labelled data only
    std::vector<std::vector<std::int64_t>> confusion; // [true label][predicted class], labelled data only
};

// Numeric Suite style error of one layer: both models run on the same inputs and the layer's output
// (after the batch norm and relu its kernel absorbs) is compared, so error accumulates from earlier
// layers as it does in the deployed model.
struct LayerError
{
    std::string name;
    LayerMode mode = LayerMode::Float;
    int bits = 8;
    double weightSqnrDb = 0.0; // float weights (batch norm folded when the layer folds it) vs as quantized; NaN when not measured
    double outputSqnrDb = 0.0; // NaN when the layer's output could not be located; +inf when equal
    double normalizedL2 = 0.0;
    double cosine = 1.0;
    bool measured = false;     // output compared
    bool flagged = false;      // outputSqnrDb < threshold
};

struct ComparisonResult
{
    QuantEngine engine = QuantEngine::Onednn;
    QuantizedForm form = QuantizedForm::Real; // simulated when the plan has layers below 8 bits
    int threads = 0;
    std::size_t batchSize = 0;
    std::size_t calibrationSamples = 0;
    std::size_t evaluationSamples = 0;
    std::string dataDescription;    // the evaluation data, in English
    DataProvenance dataProvenance;  // the same in parts (Source::Other when read back from JSON)

    ModelFigures original;
    ModelFigures quantized;
    double sizeRatio = 0.0;             // quantized / original serialized bytes
    double parameterBytesRatio = 0.0;   // quantized / original parameter bytes
    LatencyComparison latency;          // a = original, b = quantized (speedup > 1: quantized faster)
    LatencyComparison latencyBatch1;
    // Cores the process kept busy while timing (its CPU time / the wall time); well below `threads`,
    // other programs had the CPU and the latencies are slower than on a quiet machine (a note says so).
    double coresWhileTiming = 0.0;

    double agreement = 0.0;      // share of samples both models give the same top-1 class
    double outputSqnrDb = 0.0;   // over all outputs of the evaluation set; +inf when identical
    double meanKlDivergence = 0.0; // nats, softmax outputs, float as reference
    std::vector<LayerError> layers; // parallel to Model::layers()
    double flagBelowDb = 20.0;
    std::vector<std::string> notes;
    std::map<std::string, double> phaseSeconds; // "calibration", "build", "accuracy", "layers", "latency"
};

// Compares the float model with its quantized form on an evaluation set. Throws qs::Error (plan,
// data) or qs::Cancelled; reports progress per stage.
ComparisonResult compare(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                         const Dataset &evaluation, const ComparisonOptions &options = {}, const Progress &progress = {});
// Calibrates on split.calibration first (options.calibrationSamples).
ComparisonResult compare(const Model &model, const QuantPlan &plan, const DataSplit &split,
                         const ComparisonOptions &options = {}, const Progress &progress = {});

// The form a plan can be built in: real when every quantized layer is 8 bits, simulated otherwise.
QuantizedForm formFor(const Model &model, const QuantPlan &plan);

} // namespace qs
