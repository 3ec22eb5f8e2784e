#pragma once

#include "quantscope/AccuracyEvaluation.h"

namespace qs {

class QuantizedModel;

// Top-1 of a quantized model (either form) on a labelled data set, measured as for a float model.
AccuracyResult evaluateAccuracy(const QuantizedModel &model, const Dataset &data, const EvaluationOptions &options = {},
                                const Progress &progress = {});

} // namespace qs
