#include "quantscope/Model.h"

#include "model/LayerFinder.h"
#include "model/ModelFileCheck.h"
#include "model/ModelImpl.h"
#include "model/ModuleAttributes.h"
#include "model/TrainingMode.h"

#include <torch/csrc/jit/passes/inliner.h>

#include <filesystem>

namespace qs {

namespace {

std::string firstLine(const std::string &text)
{
    const auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

TensorStats statsOf(const torch::Tensor &flat)
{
    TensorStats s;
    s.count = flat.numel();
    if (s.count == 0)
        return s;
    const torch::Tensor finiteMask = torch::isfinite(flat);
    const std::int64_t finiteCount = finiteMask.sum().item<std::int64_t>();
    s.nanCount = torch::isnan(flat).sum().item<std::int64_t>();
    s.infCount = s.count - finiteCount - s.nanCount;
    if (finiteCount == 0)
        return s;
    const torch::Tensor finite = finiteCount == s.count ? flat : flat.masked_select(finiteMask);
    const auto [mn, mx] = torch::aminmax(finite);
    s.min = mn.item<float>();
    s.max = mx.item<float>();
    const auto [sd, mean] = torch::std_mean(finite.to(torch::kDouble), /*unbiased=*/false);
    s.mean = mean.item<double>();
    s.std = sd.item<double>();
    return s;
}

std::vector<std::string> nonFiniteWarnings(const TensorStats &s)
{
    std::vector<std::string> warnings;
    if (s.nanCount > 0)
        warnings.push_back("weights hold " + std::to_string(s.nanCount) + " NaN value(s)");
    if (s.infCount > 0)
        warnings.push_back("weights hold " + std::to_string(s.infCount) + " infinite value(s)");
    if (!warnings.empty())
        warnings.push_back("statistics and quantization ranges use the finite values only; the model will not "
                           "compute meaningful outputs until the weights are fixed");
    return warnings;
}

// What the model's input looks like, as far as its first layer tells.
void guessInputShape(Model::Impl &impl)
{
    ModelSummary &summary = impl.summary;
    if (impl.layers.empty()) {
        summary.inputShapeNote = "unknown: the model has no quantizable layer";
        return;
    }
    const LayerInfo &first = impl.layers.front();
    const torch::jit::Node *node = impl.tensors.front().node;
    const auto &inputs = impl.inlinedGraph->inputs();
    const bool readsModelInput = inputs.size() > 1 && node && node->inputs().size() > 0
        && node->input(first.kind == LayerKind::Embedding ? 1 : 0) == inputs[1];
    const auto &w = first.weightShape;
    switch (first.kind) {
    case LayerKind::Conv2d: summary.inputShape = {-1, w[1], -1, -1}; break;
    case LayerKind::Conv1d: summary.inputShape = {-1, w[1], -1}; break;
    case LayerKind::Linear: summary.inputShape = {-1, first.channelAxis == 0 ? w[1] : w[0]}; break;
    case LayerKind::Lstm:
    case LayerKind::Gru: summary.inputShape = {-1, -1, w[1]}; break;
    case LayerKind::Embedding: summary.inputShape = {-1, -1}; break;
    }
    summary.inputShapeNote = readsModelInput
        ? "from the first layer (" + first.name + "); '?' is decided by the data"
        : "the first layer (" + first.name + ") reads " + shapeToString(summary.inputShape)
            + " after the model reshapes its input; the data decides the input itself";
    if (!readsModelInput)
        summary.inputShape.clear();
}

// Quantscope feeds a model one float tensor: say so when forward() wants more, or token ids.
std::string inputRestriction(const Model::Impl &impl, const c10::FunctionSchema &schema)
{
    std::vector<std::string> required;
    for (std::size_t i = 1; i < schema.arguments().size(); ++i) // 0 is self
        if (!schema.arguments()[i].default_value())
            required.push_back(schema.arguments()[i].name());
    if (required.size() != 1) {
        std::string names;
        for (const auto &n : required)
            names += (names.empty() ? "" : ", ") + n;
        return "its forward() takes " + std::to_string(required.size()) + " inputs" + (names.empty() ? "" : " (" + names + ")")
            + " and Quantscope feeds a model one tensor: wrap it in a module whose forward(x) takes one tensor (and "
              "splits it if need be), then script and save that";
    }
    const auto &inputs = impl.inlinedGraph->inputs();
    if (inputs.size() > 1)
        for (const torch::jit::Use &use : inputs[1]->uses())
            if (use.user->kind() == c10::aten::embedding && use.offset == 1)
                return "its input is token ids read by an Embedding, and Quantscope's data are float tensors: its "
                       "weights can be inspected, but calibrating, comparing and exporting need a model with a float input";
    return {};
}

} // namespace

void Model::requireRunnable() const
{
    if (!m_impl->summary.cannotRun.empty())
        throw Error("Quantscope cannot run this model: " + m_impl->summary.cannotRun);
}

torch::Tensor Model::Impl::flatWeights(std::size_t layer) const
{
    const auto &weights = tensors.at(layer).weights;
    if (weights.size() == 1)
        return weights.front().detach().to(torch::kFloat).reshape({-1});
    std::vector<torch::Tensor> flat;
    for (const auto &w : weights)
        flat.push_back(w.detach().to(torch::kFloat).reshape({-1}));
    return torch::cat(flat);
}

torch::Tensor Model::Impl::channelMatrix(std::size_t layer) const
{
    const int axis = layers.at(layer).channelAxis;
    std::vector<torch::Tensor> parts;
    for (const auto &w : tensors.at(layer).weights) {
        torch::Tensor t = w.detach().to(torch::kFloat).movedim(axis, 0);
        parts.push_back(t.reshape({t.size(0), -1}));
    }
    return parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
}

Model::Model(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Model::~Model() = default;

std::shared_ptr<const Model> Model::load(const std::string &path, const Progress &progress)
{
    auto impl = std::make_unique<Impl>();
    progress.report(0.0, "Checking " + std::filesystem::path(path).filename().string());
    impl->summary.path = path;
    impl->summary.fileBytes = checkTorchScriptFile(path);
    progress.throwIfCancelled();

    progress.report(0.1, "Reading the TorchScript model");
    bool savedTraining = false, readsTraining = false;
    try {
        impl->module = torch::jit::load(path, torch::kCPU);
        savedTraining = impl->module.is_training();
        impl->module.eval();
    } catch (const c10::Error &e) {
        throw Error(std::filesystem::path(path).filename().string()
                    + " could not be loaded as TorchScript (LibTorch 1.13 says: " + firstLine(e.what_without_backtrace())
                    + "). If it was saved by a newer PyTorch, save it again with PyTorch 1.13 or an older file format.");
    }
    progress.throwIfCancelled();

    progress.report(0.4, "Finding the layers");
    try {
        const auto forward = impl->module.find_method("forward");
        if (!forward)
            throw Error(std::filesystem::path(path).filename().string()
                        + " has no forward() method, so there is nothing to run or quantize");
        impl->inlinedGraph = forward->graph()->copy();
        torch::jit::Inline(*impl->inlinedGraph);
        readsTraining = foldConstantAttributes(impl->inlinedGraph, impl->module).count("training") > 0;
        if (const auto op = trainingModeOp(*impl->inlinedGraph))
            throw Error(std::filesystem::path(path).filename().string() + " runs " + *op
                        + (*op == "batch_norm" ? " with each batch's own statistics" : " at random")
                        + " (it was traced in training mode): its outputs depend on the batch, so there is nothing "
                          "a quantized model could match. Call model.eval() before torch.jit.trace and save it again");
        findLayers(*impl);
    } catch (const c10::Error &e) {
        throw Error("the graph of " + std::filesystem::path(path).filename().string()
                    + " could not be analysed: " + firstLine(e.what_without_backtrace()));
    }

    for (const auto &p : impl->module.parameters(/*recurse=*/true))
        impl->summary.totalParams += p.numel();
    const std::size_t count = impl->layers.size();
    for (std::size_t i = 0; i < count; ++i) {
        progress.throwIfCancelled();
        progress.report(0.5 + 0.5 * double(i) / double(count),
                        "Weight statistics of " + impl->layers[i].name + " (" + std::to_string(i + 1) + " of "
                            + std::to_string(count) + ")");
        LayerInfo &layer = impl->layers[i];
        layer.weightStats = statsOf(impl->flatWeights(i));
        layer.warnings = nonFiniteWarnings(layer.weightStats);
        impl->summary.layerParams += layer.paramCount;
    }
    if (count == 0)
        impl->summary.warnings.push_back("the model has no quantizable layer (Conv1d, Conv2d, Linear, LSTM, GRU or "
                                         "Embedding): it can be inspected but quantization will not change it");
    for (const auto &layer : impl->layers)
        if (!layer.weightStats.allFinite())
            impl->summary.warnings.push_back("layer " + layer.name + ": " + layer.warnings.front());
    if (savedTraining && readsTraining) // (its forward() reads self.training: BatchNorm, Dropout)
        impl->summary.warnings.push_back("the model was saved in training mode (model.train()): Quantscope runs it as "
                                         "model.eval() would, as every quantized model runs (BatchNorm with its running "
                                         "statistics, Dropout off); if its accuracy looks wrong, check those statistics");
    const c10::FunctionSchema &schema = impl->module.get_method("forward").function().getSchema();
    if (!schema.returns().empty())
        if (const auto tuple = schema.returns().front().type()->cast<c10::TupleType>())
            impl->summary.warnings.push_back("forward() returns " + std::to_string(tuple->elements().size())
                                             + " values: Quantscope measures and compares the first (as class scores) "
                                               "and leaves the others out");
    impl->summary.cannotRun = inputRestriction(*impl, schema);
    if (!impl->summary.cannotRun.empty())
        impl->summary.warnings.push_back("Quantscope cannot run this model: " + impl->summary.cannotRun);
    guessInputShape(*impl);
    progress.report(1.0, "Model loaded");
    return std::shared_ptr<const Model>(new Model(std::move(impl)));
}

const ModelSummary &Model::summary() const
{
    return m_impl->summary;
}

const std::vector<LayerInfo> &Model::layers() const
{
    return m_impl->layers;
}

int Model::layerIndex(const std::string &name) const
{
    for (std::size_t i = 0; i < m_impl->layers.size(); ++i)
        if (m_impl->layers[i].name == name)
            return int(i);
    return -1;
}

std::vector<float> Model::weightValues(std::size_t layer) const
{
    const torch::Tensor flat = m_impl->flatWeights(layer).contiguous();
    const float *data = flat.data_ptr<float>();
    return std::vector<float>(data, data + flat.numel());
}

Histogram Model::weightHistogram(std::size_t layer, int bins) const
{
    const torch::Tensor flat = m_impl->flatWeights(layer).contiguous();
    return makeHistogram(flat.data_ptr<float>(), std::size_t(flat.numel()), bins);
}

ChannelRanges Model::channelRanges(std::size_t layer) const
{
    const torch::Tensor m = m_impl->channelMatrix(layer);
    const torch::Tensor finite = torch::isfinite(m);
    const float inf = std::numeric_limits<float>::infinity();
    const torch::Tensor mins = torch::where(finite, m, torch::full({}, inf)).amin(1).contiguous();
    const torch::Tensor maxs = torch::where(finite, m, torch::full({}, -inf)).amax(1).contiguous();
    ChannelRanges r;
    r.mins.assign(mins.data_ptr<float>(), mins.data_ptr<float>() + mins.numel());
    r.maxs.assign(maxs.data_ptr<float>(), maxs.data_ptr<float>() + maxs.numel());
    return r;
}

} // namespace qs
