#include "quantscope/Sensitivity.h"

#include "quantscope/Error.h"
#include "quantscope/Model.h"
#include "quantscope/QuantizationError.h"

#include "data/DatasetTensors.h"
#include "eval/ModelRuns.h"

#include <ATen/Parallel.h>

#include <algorithm>

namespace qs {

namespace {

// Evaluates plans on the same samples against the float model's logits.
class PlanEvaluator
{
public:
    PlanEvaluator(const Model &model, const CalibrationResult &calibration, const Dataset &data,
                  const SensitivityOptions &options, QuantizedForm form)
        : m_model(model)
        , m_calibration(calibration)
        , m_data(data)
        , m_options(options)
        , m_form(form)
    {
        m_count = options.evaluationSamples ? std::min(options.evaluationSamples, data.size()) : data.size();
        m_labels = data.labels();
        m_labels.resize(m_count);
        m_classes = data.classNames().size();
        m_float = runOver(floatForward(model), data, m_count, options.batchSize, {});
        m_classes = std::max(m_classes, m_float.classes);
    }

    std::size_t count() const { return m_count; }
    double floatAccuracy() const { return accuracyOf(m_float, m_labels, m_classes, nullptr).top1; }

    // Top-1 and output SQNR against the float model.
    std::pair<double, double> evaluate(const QuantPlan &plan, const Progress &progress) const
    {
        const auto q = QuantizedModel::build(m_model, plan, m_calibration, m_form);
        const Logits l = runOver(quantizedForward(*q), m_data, m_count, m_options.batchSize, progress);
        return {accuracyOf(l, m_labels, m_classes, nullptr).top1, sqnrDb(m_float.values, l.values)};
    }

private:
    const Model &m_model;
    const CalibrationResult &m_calibration;
    const Dataset &m_data;
    const SensitivityOptions &m_options;
    QuantizedForm m_form;
    std::size_t m_count = 0;
    std::size_t m_classes = 0;
    std::vector<std::int64_t> m_labels;
    Logits m_float;
};

LayerQuantConfig asFloat(LayerQuantConfig c)
{
    c.mode = LayerMode::Float;
    return c;
}

QuantPlan onlyLayer(const Model &model, const QuantPlan &plan, std::size_t keep)
{
    QuantPlan p = plan;
    for (std::size_t j = 0; j < model.layers().size(); ++j)
        if (j != keep)
            p.setOverride(model.layers()[j].name, asFloat(plan.resolve(model.layers()[j])));
    return p;
}

} // namespace

SensitivityResult analyseSensitivity(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                                     const Dataset &evaluation, const SensitivityOptions &options, const Progress &progress)
{
    if (!evaluation.hasLabels())
        throw Error(evaluation.description() + " has no labels; sensitivity measures accuracy drops and needs labelled data");
    if (evaluation.size() == 0)
        throw Error("the evaluation set " + evaluation.description() + " holds no samples");
    plan.validate(model);
    if (options.threads > 0)
        pinThreads(options.threads);

    SensitivityResult r;
    r.form = formFor(model, plan);
    r.budgetPoints = options.budgetPoints;
    std::vector<std::size_t> quantizedLayers;
    for (std::size_t i = 0; i < model.layers().size(); ++i)
        if (plan.resolve(model.layers()[i]).mode != LayerMode::Float)
            quantizedLayers.push_back(i);
    if (quantizedLayers.empty())
        throw Error("the plan quantizes no layer, so there is nothing to rank; use a plan with int8 or fp16 layers");

    // Steps: float, whole plan, two per layer, and at most one per layer for the suggestion.
    const double steps = double(2 + 3 * quantizedLayers.size());
    double step = 0.0;
    auto next = [&](const std::string &what) {
        progress.throwIfCancelled();
        const Progress p = subProgress(progress, step / steps, (step + 1.0) / steps);
        step += 1.0;
        p.report(0.0, what);
        return p;
    };

    next("Float model");
    const PlanEvaluator evaluator(model, calibration, evaluation, options, r.form);
    r.evaluationSamples = evaluator.count();
    r.floatAccuracy = evaluator.floatAccuracy();
    r.quantizedAccuracy = evaluator.evaluate(plan, next("Whole plan")).first;

    for (const std::size_t i : quantizedLayers) {
        const LayerInfo &layer = model.layers()[i];
        LayerSensitivity s;
        s.name = layer.name;
        s.mode = plan.resolve(layer).mode;
        std::tie(s.aloneAccuracy, s.aloneOutputSqnrDb) = evaluator.evaluate(onlyLayer(model, plan, i), next("Only " + layer.name + " quantized"));
        s.aloneDropPoints = (r.floatAccuracy - s.aloneAccuracy) * 100.0;
        QuantPlan allBut = plan;
        allBut.setOverride(layer.name, asFloat(plan.resolve(layer)));
        std::tie(s.allButAccuracy, s.allButOutputSqnrDb) = evaluator.evaluate(allBut, next("All but " + layer.name));
        s.allButGainPoints = (s.allButAccuracy - r.quantizedAccuracy) * 100.0;
        r.layers.push_back(s);
    }
    std::stable_sort(r.layers.begin(), r.layers.end(), [](const LayerSensitivity &a, const LayerSensitivity &b) {
        return a.aloneDropPoints != b.aloneDropPoints ? a.aloneDropPoints > b.aloneDropPoints
                                                      : a.aloneOutputSqnrDb < b.aloneOutputSqnrDb;
    });

    // Greedy: keep in float the layer whose float copy recovers most, until within budget.
    std::vector<LayerSensitivity> candidates = r.layers;
    std::stable_sort(candidates.begin(), candidates.end(), [](const LayerSensitivity &a, const LayerSensitivity &b) {
        return a.allButGainPoints != b.allButGainPoints ? a.allButGainPoints > b.allButGainPoints
                                                        : a.aloneDropPoints > b.aloneDropPoints;
    });
    SuggestedPlan &s = r.suggested;
    s.plan = plan;
    s.accuracy = r.quantizedAccuracy;
    s.dropPoints = (r.floatAccuracy - s.accuracy) * 100.0;
    for (const LayerSensitivity &c : candidates) {
        if (s.dropPoints <= options.budgetPoints)
            break;
        const LayerInfo &layer = model.layers()[std::size_t(model.layerIndex(c.name))];
        s.plan.setOverride(c.name, asFloat(s.plan.resolve(layer)));
        s.keptFloat.push_back(c.name);
        s.accuracy = evaluator.evaluate(s.plan, next("Keeping " + c.name + " in float")).first;
        s.dropPoints = (r.floatAccuracy - s.accuracy) * 100.0;
    }
    s.withinBudget = s.dropPoints <= options.budgetPoints;

    if (options.measureCost) {
        const QuantizedForm form = formFor(model, s.plan);
        const auto q = QuantizedModel::build(model, s.plan, calibration, form);
        s.size = quantizedModelSize(model, *q);
        const ModelSize original = floatModelSize(model);
        s.sizeRatio = original.serializedBytes ? double(s.size.serializedBytes) / double(original.serializedBytes) : 0.0;
        const auto fa = floatForward(model);
        const auto fb = quantizedForward(*q);
        const torch::Tensor x = inputBatch(evaluation, 0, std::min(options.batchSize, evaluation.size()));
        s.latency = compareLatency([&] { fa(x); }, [&] { fb(x); }, options.latency, [&](double) { progress.throwIfCancelled(); });
        if (form == QuantizedForm::Simulated)
            r.notes.push_back("the suggested plan has layers below 8 bits: its size and speed are those of the simulated model");
    }
    progress.report(1.0, "Sensitivity done");
    return r;
}

} // namespace qs
