#include "eval/ModelRuns.h"

#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include "data/DatasetTensors.h"
#include "model/ModelImpl.h"
#include "quantize/QuantizedModelImpl.h"

#include <ATen/Parallel.h>

#include <chrono>
#include <dlfcn.h>
#include <sstream>

namespace qs {

std::string pinThreads(int threads)
{
    at::set_num_threads(threads);
    using SetThreads = void (*)(int);
    if (auto *openblas = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) {
        openblas(threads);
        return std::to_string(threads) + " LibTorch and " + std::to_string(threads) + " OpenBLAS threads";
    }
    return std::to_string(threads) + " LibTorch threads";
}

void checkClassScores(std::int64_t scores, const Dataset &data)
{
    if (scores < 2)
        throw Error("the model gives " + std::to_string(scores)
                    + " score per sample: top-1 accuracy and agreement need one score per class, two or more (a "
                      "binary classifier with a single logit: give it a second output, e.g. torch.cat([-x, x], 1))");
    if (data.hasLabels() && scores < std::int64_t(data.classNames().size()))
        throw Error("the model has " + std::to_string(scores) + " outputs but " + data.description() + " has "
                    + std::to_string(data.classNames().size()) + " classes; it cannot have been trained on these labels");
}

Logits runOver(const std::function<torch::Tensor(const torch::Tensor &)> &forward, const Dataset &data,
               std::size_t count, std::size_t batchSize, const Progress &progress)
{
    const std::size_t total = count == 0 ? data.size() : std::min(count, data.size());
    batchSize = std::max<std::size_t>(1, batchSize);
    Logits out;
    torch::NoGradGuard noGrad;
    for (std::size_t start = 0; start < total; start += batchSize) {
        progress.throwIfCancelled();
        const torch::Tensor inputs = inputBatch(data, start, std::min(batchSize, total - start));
        const auto t0 = std::chrono::steady_clock::now();
        torch::Tensor logits = forward(inputs);
        out.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (logits.dim() != 2)
            throw Error("the model's output has shape " + shapeToString(logits.sizes().vec())
                        + "; comparing needs one score per class, shape [batch, classes]");
        if (start == 0)
            checkClassScores(logits.size(1), data);
        logits = logits.to(torch::kFloat).contiguous();
        out.classes = std::size_t(logits.size(1));
        out.values.insert(out.values.end(), logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
        progress.report(double(std::min(total, start + batchSize)) / double(total),
                        "Evaluating " + std::to_string(std::min(total, start + batchSize)) + " of " + std::to_string(total));
    }
    return out;
}

namespace {

torch::Tensor firstTensor(c10::IValue out)
{
    while (out.isTuple())
        out = out.toTupleRef().elements().at(0);
    if (!out.isTensor())
        throw Error("the model's forward() returns " + std::string(out.tagKind()) + ", not a tensor of class scores");
    return out.toTensor();
}

} // namespace

std::function<torch::Tensor(const torch::Tensor &)> floatForward(const Model &model)
{
    torch::jit::Module module = model.impl().module;
    module.eval();
    return [module](const torch::Tensor &x) mutable {
        torch::NoGradGuard noGrad;
        return firstTensor(module.forward({x}));
    };
}

std::function<torch::Tensor(const torch::Tensor &)> quantizedForward(const QuantizedModel &model)
{
    const QuantizedModel::Impl *impl = &model.impl();
    return [impl](const torch::Tensor &x) { return impl->forward(x); };
}

AccuracyResult accuracyOf(const Logits &logits, const std::vector<std::int64_t> &labels, std::size_t classes,
                          std::vector<std::vector<std::int64_t>> *confusion)
{
    AccuracyResult r;
    r.perClassSamples.assign(classes, 0);
    r.perClassCorrect.assign(classes, 0);
    if (confusion)
        confusion->assign(classes, std::vector<std::int64_t>(logits.classes, 0));
    const std::size_t rows = logits.classes ? logits.values.size() / logits.classes : 0;
    for (std::size_t i = 0; i < rows && i < labels.size(); ++i) {
        const float *row = &logits.values[i * logits.classes];
        std::size_t best = 0;
        for (std::size_t c = 1; c < logits.classes; ++c)
            if (row[c] > row[best])
                best = c;
        const auto label = std::size_t(labels[i]);
        if (label >= classes)
            continue;
        r.perClassSamples[label]++;
        r.perClassCorrect[label] += best == label ? 1 : 0;
        if (confusion)
            (*confusion)[label][best]++;
        r.samples++;
        r.correct += best == label ? 1 : 0;
    }
    r.top1 = r.samples ? double(r.correct) / double(r.samples) : 0.0;
    r.seconds = logits.seconds;
    return r;
}

ModelSize floatModelSize(const Model &model)
{
    ModelSize s;
    s.serializedBytes = model.summary().fileBytes;
    for (const auto &p : model.impl().module.named_parameters(/*recurse=*/true))
        s.parameterBytes[p.value.scalar_type() == torch::kFloat ? "float32" : std::string(c10::toString(p.value.scalar_type()))]
            += std::int64_t(p.value.numel() * p.value.element_size());
    return s;
}

ModelSize quantizedModelSize(const Model &model, const QuantizedModel &quantized)
{
    ModelSize s;
    std::ostringstream bytes;
    const_cast<torch::jit::Module &>(quantized.impl().module).save(bytes);
    s.serializedBytes = std::int64_t(bytes.str().size());
    // Stored sizes: qint8 weights take a byte a value (the few scales per channel are not counted),
    // fp16 two, biases and everything outside quantizable layers stay float32.
    const ModelSummary &summary = model.summary();
    s.parameterBytes["float32"] = 4 * (summary.totalParams - summary.layerParams);
    for (std::size_t i = 0; i < model.layers().size(); ++i) {
        const LayerInfo &l = model.layers()[i];
        std::int64_t biasCount = l.biasShape.empty() ? 0 : 1;
        for (const auto d : l.biasShape)
            biasCount *= d;
        const std::int64_t weightCount = l.paramCount - biasCount;
        const std::string &storage = quantized.layers().at(i).weight.storage;
        const bool real = quantized.form() == QuantizedForm::Real;
        if (storage == "qint8" && real)
            s.parameterBytes["qint8"] += weightCount;
        else if (storage == "float16")
            s.parameterBytes["float16"] += 2 * weightCount;
        else
            s.parameterBytes["float32"] += 4 * weightCount;
        s.parameterBytes["float32"] += 4 * biasCount;
    }
    return s;
}

} // namespace qs
