#include "quantscope/AccuracyEvaluation.h"

#include "quantscope/Error.h"
#include "quantscope/LayerInfo.h"

#include "data/DatasetTensors.h"
#include "eval/ModelRuns.h"
#include "eval/ModuleAccuracy.h"
#include "model/ModelImpl.h"

#include <ATen/Parallel.h>

#include <chrono>

namespace qs {

namespace {

// What went wrong, in one line: c10::Error's first line; the TorchScript interpreter's errors
// (std::runtime_error with both tracebacks) end with the op's own message.
std::string torchErrorSummary(const std::exception &e)
{
    if (const auto *c10 = dynamic_cast<const c10::Error *>(&e)) {
        const std::string text = c10->what_without_backtrace();
        return text.substr(0, text.find('\n'));
    }
    std::string text = e.what();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    const auto start = text.rfind('\n');
    return start == std::string::npos ? text : text.substr(start + 1);
}

torch::Tensor logitsOf(torch::jit::Module &module, const torch::Tensor &inputs)
{
    const torch::IValue out = module.forward({inputs});
    if (out.isTensor())
        return out.toTensor();
    // Models returning (logits, ...) are common: take the first tensor.
    if (out.isTuple() && !out.toTupleRef().elements().empty() && out.toTupleRef().elements()[0].isTensor())
        return out.toTupleRef().elements()[0].toTensor();
    throw Error("the model returns a " + std::string(out.tagKind()) + ", not a tensor of class scores");
}

} // namespace

void checkModuleFits(torch::jit::Module module, const Dataset &data, const std::vector<std::int64_t> &expectedShape)
{
    if (data.size() == 0)
        throw Error("the data set " + data.description() + " holds no samples");
    torch::NoGradGuard noGrad;
    const torch::Tensor one = inputBatch(data, 0, 1);
    const std::string dataShape = shapeToString(one.sizes().vec());
    const std::string modelShape = expectedShape.empty() ? std::string() : " (the model expects " + shapeToString(expectedShape) + ")";
    torch::Tensor out;
    try {
        out = logitsOf(module, one);
    } catch (const Error &) {
        throw;
    } catch (const std::exception &e) {
        throw Error("the model cannot run on inputs of shape " + dataShape + " from " + data.description() + modelShape
                    + ": " + torchErrorSummary(e)
                    + ". Resize the data or use a model made for it (folder: images take the model's input size when it is known)");
    }
    if (out.dim() != 2 || out.size(0) != 1)
        throw Error("the model turns inputs of shape " + dataShape + " into outputs of shape " + shapeToString(out.sizes().vec())
                    + "; accuracy needs one score per class, shape [1, classes]");
    checkClassScores(out.size(1), data);
}

AccuracyResult moduleAccuracy(torch::jit::Module module, const Dataset &data, std::size_t batchSize,
                              const Progress &progress, const std::vector<std::int64_t> &expectedShape)
{
    if (!data.hasLabels())
        throw Error(data.description() + " has no labels, so accuracy cannot be measured; give labelled data "
                                         "(an IDX label file, class subfolders, or a \"labels\" entry)");
    checkModuleFits(module, data, expectedShape);
    torch::NoGradGuard noGrad;
    AccuracyResult r;
    const std::size_t classes = data.classNames().size();
    r.perClassSamples.assign(classes, 0);
    r.perClassCorrect.assign(classes, 0);
    batchSize = std::max<std::size_t>(1, batchSize);
    const std::size_t batches = data.batchCount(batchSize);
    double seconds = 0.0;
    for (std::size_t b = 0; b < batches; ++b) {
        progress.throwIfCancelled();
        const TensorBatch batch = tensorBatch(data, b * batchSize, batchSize);
        const auto start = std::chrono::steady_clock::now();
        torch::Tensor logits;
        try {
            logits = logitsOf(module, batch.inputs);
        } catch (const Error &) {
            throw;
        } catch (const std::exception &e) {
            throw Error("the model failed on batch " + std::to_string(b + 1) + " of " + data.description() + ": "
                        + torchErrorSummary(e));
        }
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const torch::Tensor hit = logits.argmax(1).eq(batch.labels);
        const torch::Tensor labels = batch.labels.contiguous();
        const torch::Tensor hits = hit.contiguous();
        const auto *l = labels.data_ptr<std::int64_t>();
        const auto *h = hits.data_ptr<bool>();
        for (std::int64_t i = 0; i < labels.numel(); ++i) {
            r.perClassSamples[std::size_t(l[i])]++;
            r.perClassCorrect[std::size_t(l[i])] += h[i] ? 1 : 0;
        }
        progress.report(double(b + 1) / double(batches), "Evaluating batch " + std::to_string(b + 1) + " of " + std::to_string(batches));
    }
    for (std::size_t c = 0; c < classes; ++c) {
        r.samples += r.perClassSamples[c];
        r.correct += r.perClassCorrect[c];
    }
    r.top1 = r.samples ? double(r.correct) / double(r.samples) : 0.0;
    r.seconds = seconds;
    return r;
}

AccuracyResult evaluateAccuracy(const Model &model, const Dataset &data, const EvaluationOptions &options, const Progress &progress)
{
    model.requireRunnable();
    if (options.threads > 0)
        at::set_num_threads(options.threads);
    torch::jit::Module module = model.impl().module;
    module.eval();
    return moduleAccuracy(module, data, options.batchSize, progress, model.summary().inputShape);
}

void checkInputFits(const Model &model, const Dataset &data)
{
    model.requireRunnable();
    torch::jit::Module module = model.impl().module;
    module.eval();
    checkModuleFits(module, data, model.summary().inputShape);
}

} // namespace qs
