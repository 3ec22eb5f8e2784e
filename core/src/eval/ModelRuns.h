#pragma once

// Private to core: helpers the comparison and the sensitivity analysis share: running a float or
// quantized module over an evaluation set, sizes of both forms, and progress over part of a job.

#include "quantscope/Comparison.h"
#include "quantscope/SubProgress.h"

#include <torch/script.h>

#include <functional>

namespace qs {

// at::set_num_threads(threads), and the same for OpenBLAS's own pool when LibTorch computes float
// layers through it (its threads do not follow at::set_num_threads, and two pools of spinning
// threads on a loaded two-core machine make the float baseline up to 50x slower). Returns a note
// saying what was pinned.
std::string pinThreads(int threads);

// Logits of every sample of data (first `count`; 0 = all), row-major [samples, classes].
struct Logits
{
    std::vector<float> values;
    std::size_t classes = 0;
    double seconds = 0.0; // forward passes only
};
Logits runOver(const std::function<torch::Tensor(const torch::Tensor &)> &forward, const Dataset &data,
               std::size_t count, std::size_t batchSize, const Progress &progress);

// Refuses outputs that cannot be read as class scores for data: a single score per sample (top-1
// and agreement would be 100 % whatever the model does), or fewer scores than data has classes.
void checkClassScores(std::int64_t scores, const Dataset &data);

std::function<torch::Tensor(const torch::Tensor &)> floatForward(const Model &model);
std::function<torch::Tensor(const torch::Tensor &)> quantizedForward(const QuantizedModel &model);

// Top-1, per class and the confusion matrix [label][prediction] of logits against labels.
AccuracyResult accuracyOf(const Logits &logits, const std::vector<std::int64_t> &labels, std::size_t classes,
                          std::vector<std::vector<std::int64_t>> *confusion);

ModelSize floatModelSize(const Model &model);
ModelSize quantizedModelSize(const Model &model, const QuantizedModel &quantized);

} // namespace qs
