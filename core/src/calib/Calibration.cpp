#include "quantscope/Calibration.h"

#include "quantscope/Model.h"

#include "calib/ObserveOp.h"
#include "data/DatasetTensors.h"
#include "quantize/QuantSites.h"
#include "quantize/TorchErrorText.h"

#include <algorithm>
#include <functional>

namespace qs {

namespace {

// Observation slots: layer i's input is 2i, its output 2i + 1; add k is 2·layers + k.
torch::jit::Module observedModule(const Model &model, std::vector<bool> &called, std::size_t &addCount)
{
    PreparedGraph prepared = prepareGraph(model);
    const QuantSites sites = findQuantSites(model, prepared);
    torch::jit::Graph &graph = *prepared.graph;
    const std::int64_t layerCount = std::int64_t(model.layers().size());
    auto observe = [&](torch::jit::Value *v, std::int64_t key, torch::jit::Node *before) {
        torch::jit::WithInsertPoint guard(before);
        graph.insert(observeOpSymbol(), {v, key});
    };
    called.assign(model.layers().size(), false);
    addCount = sites.adds.size();
    for (const LayerSite &site : sites.layers) {
        called[site.layer] = true;
        const auto key = std::int64_t(site.layer) * 2;
        if (model.layers()[site.layer].kind != LayerKind::Embedding)
            observe(site.input, key, site.node);
        observe(site.output, key + 1, site.output->node()->next());
    }
    for (std::size_t k = 0; k < sites.adds.size(); ++k)
        observe(sites.adds[k].output, 2 * layerCount + std::int64_t(k), sites.adds[k].output->node()->next());
    return assembleModule(std::move(prepared), "ObservedModel");
}

CalibrationResult run(const Model &model, std::size_t batchCount, const std::function<torch::Tensor(std::size_t)> &batch,
                      const CalibrationOptions &options, const Progress &progress)
{
    progress.report(0.0, "Preparing the observed model");
    std::vector<bool> reached;
    torch::jit::Module observed;
    std::size_t addCount = 0;
    try {
        observed = observedModule(model, reached, addCount);
    } catch (const c10::Error &e) {
        throw Error("the model's graph could not be prepared for calibration: " + torchErrorText(e));
    }
    const std::size_t layerCount = model.layers().size();
    std::vector<TensorObservation> observations(2 * layerCount + addCount, TensorObservation(options.observer));

    std::size_t samples = 0;
    torch::NoGradGuard noGrad;
    for (std::size_t b = 0; b < batchCount; ++b) {
        progress.throwIfCancelled();
        const torch::Tensor inputs = batch(b);
        try {
            ObservationScope scope(observations);
            observed.forward({inputs});
        } catch (const Error &) {
            throw;
        } catch (const std::exception &e) {
            throw Error("the model could not run on the calibration data (input shape "
                        + shapeToString(inputs.sizes().vec()) + "): " + torchErrorText(e)
                        + ". Check that the data matches the model's input.");
        }
        samples += std::size_t(inputs.size(0));
        progress.report(double(b + 1) / double(batchCount),
                        "Calibrating: " + std::to_string(samples) + " samples");
    }
    progress.throwIfCancelled();

    CalibrationResult result;
    result.samples = samples;
    result.settings = options.observer;
    for (std::size_t i = 0; i < layerCount; ++i)
        result.layers.push_back({model.layers()[i].name, std::move(observations[2 * i]),
                                 std::move(observations[2 * i + 1]), bool(reached[i])});
    for (std::size_t k = 0; k < addCount; ++k)
        result.adds.push_back({"add_" + std::to_string(k), std::move(observations[2 * layerCount + k])});
    return result;
}

} // namespace

const LayerCalibration *CalibrationResult::find(const std::string &layer) const
{
    for (const auto &l : layers)
        if (l.name == layer)
            return &l;
    return nullptr;
}

const AddCalibration *CalibrationResult::findAdd(const std::string &name) const
{
    for (const auto &a : adds)
        if (a.name == name)
            return &a;
    return nullptr;
}

CalibrationResult calibrate(const Model &model, const Dataset &data, const CalibrationOptions &options,
                            const Progress &progress)
{
    const std::size_t total = std::min(options.samples, data.size());
    const std::size_t batchSize = std::max<std::size_t>(1, options.batchSize);
    if (total == 0)
        throw Error("calibration needs at least one sample, and the data set is empty");
    const std::size_t batchCount = (total + batchSize - 1) / batchSize;
    return run(
        model, batchCount,
        [&](std::size_t b) { return inputBatch(data, b * batchSize, std::min(batchSize, total - b * batchSize)); },
        options, progress);
}

CalibrationResult calibrate(const Model &model, const std::vector<Batch> &batches, const CalibrationOptions &options,
                            const Progress &progress)
{
    if (batches.empty())
        throw Error("calibration needs at least one batch of samples");
    // Only as many batches as options.samples needs (the last one may be cut short).
    std::vector<std::pair<std::size_t, std::int64_t>> plan; // batch index, rows used
    std::size_t remaining = options.samples;
    for (std::size_t i = 0; i < batches.size() && remaining > 0; ++i) {
        const std::int64_t rows = batches[i].shape.empty() ? 0 : batches[i].shape.front();
        const std::int64_t used = std::min<std::int64_t>(rows, std::int64_t(remaining));
        plan.emplace_back(i, used);
        remaining -= std::size_t(used);
    }
    return run(
        model, plan.size(),
        [&](std::size_t b) {
            const Batch &batch = batches[plan[b].first];
            std::int64_t expected = 1;
            for (auto d : batch.shape)
                expected *= d;
            if (expected != std::int64_t(batch.inputs.size()))
                throw Error("calibration batch " + std::to_string(b) + " has " + std::to_string(batch.inputs.size())
                            + " values but its shape " + shapeToString(batch.shape) + " needs " + std::to_string(expected));
            torch::Tensor t = torch::from_blob(const_cast<float *>(batch.inputs.data()), batch.shape, torch::kFloat);
            return t.narrow(0, 0, plan[b].second).clone();
        },
        options, progress);
}

} // namespace qs
