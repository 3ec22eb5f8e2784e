#include "quantscope/Calibration.h"

#include "quantscope/Model.h"

#include "calib/ObserveOp.h"
#include "data/DatasetTensors.h"
#include "quantize/QuantSites.h"
#include "quantize/TorchErrorText.h"

#include <torch/csrc/jit/runtime/graph_executor.h>

#include <algorithm>
#include <functional>
#include <map>

namespace qs {

namespace {

// Observation slots: layer i's input is 2i, its output 2i + 1; add k is 2·layers + k.
struct ObservedModule
{
    torch::jit::Module module;
    std::vector<bool> called;                              // per layer
    std::size_t addCount = 0;
    std::vector<std::pair<std::size_t, std::size_t>> copies; // (slot, slot it equals), filled in after the run
};

// Where one slot is observed: the value, and the node the observe op goes before.
struct ObservationPoint
{
    std::int64_t key;
    torch::jit::Value *value;
    torch::jit::Node *before;
};

// A layer's output is often the next layer's input (conv → relu → conv): the same tensor, seen at
// the same places, would be binned twice. When two slots are each observed at exactly one point,
// on the same value and in the same block (so both run equally often, in the same order), only the
// first gets an observe op and the second becomes its copy after the run: identical results.
ObservedModule observedModule(const Model &model)
{
    ObservedModule observed;
    PreparedGraph prepared = prepareGraph(model);
    const QuantSites sites = findQuantSites(model, prepared);
    const std::int64_t layerCount = std::int64_t(model.layers().size());
    std::vector<ObservationPoint> points;
    observed.called.assign(model.layers().size(), false);
    observed.addCount = sites.adds.size();
    // Adds first: a layer reading a residual add's result then records it as the add's
    // ("layer2.conv1 input" shared with "add_1"), as the tensor's producer.
    for (std::size_t k = 0; k < sites.adds.size(); ++k)
        points.push_back({2 * layerCount + std::int64_t(k), sites.adds[k].output, sites.adds[k].output->node()->next()});
    for (const LayerSite &site : sites.layers) {
        observed.called[site.layer] = true;
        const auto key = std::int64_t(site.layer) * 2;
        if (model.layers()[site.layer].kind != LayerKind::Embedding)
            points.push_back({key, site.input, site.node});
        points.push_back({key + 1, site.output, site.output->node()->next()});
    }

    std::map<std::int64_t, int> pointsPerSlot;
    for (const auto &p : points)
        ++pointsPerSlot[p.key];
    std::map<std::pair<torch::jit::Value *, torch::jit::Block *>, std::int64_t> observedOnce;
    torch::jit::Graph &graph = *prepared.graph;
    for (const auto &p : points) {
        if (pointsPerSlot[p.key] == 1) {
            const auto [it, first] = observedOnce.emplace(std::make_pair(p.value, p.before->owningBlock()), p.key);
            if (!first) {
                observed.copies.emplace_back(std::size_t(p.key), std::size_t(it->second));
                continue;
            }
        }
        torch::jit::WithInsertPoint guard(p.before);
        graph.insert(observeOpSymbol(), {p.value, p.key});
    }
    observed.module = assembleModule(std::move(prepared), "ObservedModel");
    return observed;
}

CalibrationResult run(const Model &model, std::size_t batchCount, const std::function<torch::Tensor(std::size_t)> &batch,
                      const CalibrationOptions &options, const Progress &progress)
{
    model.requireRunnable();
    progress.report(0.0, "Preparing the observed model");
    ObservedModule observed;
    try {
        observed = observedModule(model);
    } catch (const c10::Error &e) {
        throw Error("the model's graph could not be prepared for calibration: " + torchErrorText(e));
    }
    const std::size_t layerCount = model.layers().size();
    const std::size_t addCount = observed.addCount;
    std::vector<TensorObservation> observations(2 * layerCount + addCount, TensorObservation(options.observer, RecordedStatistics::forObservers(options.observers)));

    std::size_t samples = 0;
    std::vector<float> probe;
    std::vector<std::int64_t> probeShape;
    torch::NoGradGuard noGrad;
    // The observed module is new on every calibration and runs a handful of batches: the profiling
    // executor would spend its first runs recording shapes and then optimise a graph that has no
    // CPU fusion to gain, a cost the float pass (a warm module) never pays. Unoptimised, the same
    // ops run in the same order (same numbers) without that start-up. Thread-local, like the run.
    torch::jit::GraphOptimizerEnabledGuard plainExecutor(false);
    for (std::size_t b = 0; b < batchCount; ++b) {
        progress.throwIfCancelled();
        const torch::Tensor inputs = batch(b);
        if (b == 0 && inputs.dim() > 0 && inputs.size(0) > 0 && inputs.scalar_type() == torch::kFloat) {
            const torch::Tensor first = inputs.narrow(0, 0, 1).contiguous();
            probe.assign(first.data_ptr<float>(), first.data_ptr<float>() + first.numel());
            probeShape = first.sizes().vec();
        }
        try {
            ObservationScope scope(observations);
            observed.module.forward({inputs});
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
    for (const auto &[slot, original] : observed.copies)
        observations[slot] = observations[original];

    CalibrationResult result;
    result.samples = samples;
    result.settings = options.observer;
    result.probe = std::move(probe);
    result.probeShape = std::move(probeShape);
    for (std::size_t i = 0; i < layerCount; ++i)
        result.layers.push_back({model.layers()[i].name, std::move(observations[2 * i]),
                                 std::move(observations[2 * i + 1]), bool(observed.called[i]), {}});
    for (std::size_t k = 0; k < addCount; ++k)
        result.adds.push_back({"add_" + std::to_string(k), std::move(observations[2 * layerCount + k])});
    const auto slotName = [&](std::size_t slot) {
        if (slot >= 2 * layerCount)
            return "add_" + std::to_string(slot - 2 * layerCount);
        return model.layers()[slot / 2].name + (slot % 2 == 0 ? " input" : " output");
    };
    for (const auto &[slot, original] : observed.copies)
        if (slot < 2 * layerCount && slot % 2 == 0)
            result.layers[slot / 2].inputSharedWith = slotName(original);
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
