#include "quantscope/LayerByLayer.h"

#include "quantscope/Comparison.h"
#include "quantscope/Error.h"
#include "quantscope/Model.h"
#include "quantscope/Sensitivity.h"

#include "eval/ModelRuns.h"

#include <algorithm>

namespace qs {

std::size_t LayerByLayerCurve::largestDropStep() const
{
    std::size_t worst = 0;
    for (std::size_t k = 1; k < steps.size(); ++k)
        if (worst == 0 || steps[k].changePoints < steps[worst].changePoints)
            worst = k;
    return worst;
}

QuantPlan planQuantizingFirst(const Model &model, const QuantPlan &base, const std::vector<std::string> &order,
                              std::size_t count)
{
    QuantPlan plan = base;
    for (std::size_t i = count; i < order.size(); ++i) {
        const int index = model.layerIndex(order[i]);
        if (index < 0)
            throw Error("the model has no layer " + order[i]);
        LayerQuantConfig config = base.resolve(model.layers()[std::size_t(index)]);
        config.mode = LayerMode::Float;
        plan.setOverride(order[i], config);
    }
    return plan;
}

std::int64_t weightStorageBytes(const Model &model, const QuantPlan &plan)
{
    std::int64_t bytes = 0;
    for (const LayerInfo &layer : model.layers()) {
        const std::int64_t weights = layer.weightStats.count;
        const std::int64_t others = std::max<std::int64_t>(0, layer.paramCount - weights);
        const LayerQuantConfig config = plan.resolve(layer);
        switch (config.mode) {
        case LayerMode::Float:
            bytes += 4 * weights;
            break;
        case LayerMode::Fp16:
            bytes += 2 * weights;
            break;
        case LayerMode::DynamicInt8:
        case LayerMode::StaticInt8:
            bytes += (weights * config.bits + 7) / 8;
            break;
        }
        bytes += 4 * others;
    }
    return bytes;
}

LayerByLayerCurve quantizeLayerByLayer(const Model &model, const QuantPlan &base, const CalibrationResult &calibration,
                                       const Dataset &evaluation, const LayerByLayerOptions &options,
                                       const Progress &progress)
{
    if (!evaluation.hasLabels())
        throw Error(evaluation.description() + " has no labels; the curve measures accuracy and needs labelled data");
    if (evaluation.size() == 0)
        throw Error("the evaluation set " + evaluation.description() + " holds no samples");
    base.validate(model);
    if (options.threads > 0)
        pinThreads(options.threads);

    LayerByLayerCurve curve;
    curve.form = formFor(model, base);
    curve.bits = base.defaults().bits;
    curve.order = options.order;
    curve.calibrationSamples = calibration.samples;
    const std::size_t count = options.evaluationSamples ? std::min(options.evaluationSamples, evaluation.size())
                                                        : evaluation.size();
    curve.evaluationSamples = count;

    std::vector<std::string> order;
    for (const LayerInfo &layer : model.layers())
        if (base.resolve(layer).mode != LayerMode::Float)
            order.push_back(layer.name);
    if (order.empty())
        throw Error("the plan quantizes no layer, so there is nothing to quantize one by one");

    // The ranking costs 2 + 2·n evaluations, the curve 1 + n.
    const bool ranked = options.order != LayerOrder::Model;
    const bool reuse = ranked && options.ranking.size() == order.size()
        && options.rankingDropPoints.size() == order.size();
    const double n = double(order.size());
    const double rankShare = ranked && !reuse ? (2.0 + 2.0 * n) / (3.0 + 3.0 * n) : 0.0;
    if (reuse) {
        curve.ranking = options.ranking;
        curve.rankingDropPoints = options.rankingDropPoints;
    } else if (ranked) {
        SensitivityOptions s;
        s.evaluationSamples = count;
        s.batchSize = options.batchSize;
        s.threads = options.threads;
        s.budgetPoints = 1000.0; // no suggested plan is needed, only the ranking
        s.measureCost = false;
        const SensitivityResult sensitivity = analyseSensitivity(model, base, calibration, evaluation, s,
                                                                 subProgress(progress, 0.0, rankShare));
        for (const LayerSensitivity &layer : sensitivity.layers) {
            curve.ranking.push_back(layer.name);
            curve.rankingDropPoints.push_back(layer.aloneDropPoints);
        }
    }
    if (ranked) {
        order = curve.ranking;
        curve.aloneDropPoints = curve.rankingDropPoints;
        if (options.order == LayerOrder::LeastSensitiveFirst) {
            std::reverse(order.begin(), order.end());
            std::reverse(curve.aloneDropPoints.begin(), curve.aloneDropPoints.end());
        }
    }

    std::vector<std::int64_t> labels = evaluation.labels();
    labels.resize(count);
    const double curveSteps = n + 1.0;
    auto stepProgress = [&](std::size_t k) {
        progress.throwIfCancelled();
        const double from = rankShare + (1.0 - rankShare) * double(k) / curveSteps;
        const double to = rankShare + (1.0 - rankShare) * double(k + 1) / curveSteps;
        const Progress p = subProgress(progress, from, to);
        p.report(0.0, k == 0 ? std::string("Float model") : "Quantizing " + order[k - 1]);
        return p;
    };

    const Logits floatLogits = runOver(floatForward(model), evaluation, count, options.batchSize, stepProgress(0));
    const std::size_t classes = std::max(evaluation.classNames().size(), floatLogits.classes);
    LayerByLayerStep first;
    first.accuracy = accuracyOf(floatLogits, labels, classes, nullptr).top1;
    first.weightBytes = weightStorageBytes(model, planQuantizingFirst(model, base, order, 0));
    curve.steps.push_back(first);

    for (std::size_t k = 1; k <= order.size(); ++k) {
        const Progress p = stepProgress(k);
        const QuantPlan plan = planQuantizingFirst(model, base, order, k);
        const auto quantized = QuantizedModel::build(model, plan, calibration, curve.form);
        const Logits logits = runOver(quantizedForward(*quantized), evaluation, count, options.batchSize, p);
        LayerByLayerStep step;
        step.quantized = k;
        step.layer = order[k - 1];
        step.layerIndex = model.layerIndex(step.layer);
        step.accuracy = accuracyOf(logits, labels, classes, nullptr).top1;
        step.changePoints = (step.accuracy - curve.steps.back().accuracy) * 100.0;
        step.weightBytes = weightStorageBytes(model, plan);
        curve.steps.push_back(step);
    }
    progress.report(1.0, "Layer-by-layer curve done");
    return curve;
}

} // namespace qs
