#pragma once

#include "quantscope/Dataset.h"
#include "quantscope/Model.h"
#include "quantscope/Progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace qs {

// Float top-1 accuracy of a model on a labelled data set.
struct AccuracyResult
{
    std::int64_t samples = 0;
    std::int64_t correct = 0;
    double top1 = 0.0;                         // correct / samples
    std::vector<std::int64_t> perClassSamples; // index = label
    std::vector<std::int64_t> perClassCorrect;
    double seconds = 0.0;                      // forward passes only, not reading data
    double samplesPerSecond() const { return seconds > 0.0 ? double(samples) / seconds : 0.0; }
    double classAccuracy(std::size_t label) const
    {
        return perClassSamples.at(label) ? double(perClassCorrect.at(label)) / double(perClassSamples.at(label)) : 0.0;
    }
};

struct EvaluationOptions
{
    std::size_t batchSize = 64;
    int threads = 0; // 0: leave LibTorch's setting as it is
};

// Runs the model in eval mode over the data set. Throws qs::Error when the data has no labels or
// does not fit the model (see checkInputFits).
AccuracyResult evaluateAccuracy(const Model &model, const Dataset &data, const EvaluationOptions &options = {},
                                const Progress &progress = {});

// One-sample dry run: throws qs::Error naming the data's input shape and the model's expected one
// when the model cannot run on the data, or when its outputs are not one score per class.
void checkInputFits(const Model &model, const Dataset &data);

} // namespace qs
