#include "quantscope/Comparison.h"

#include "quantscope/CpuShare.h"
#include "quantscope/Error.h"
#include "quantscope/Model.h"
#include "quantscope/OutputMetrics.h"
#include "quantscope/QuantizationError.h"

#include "data/DatasetTensors.h"
#include "eval/LayerTaps.h"
#include "eval/ModelRuns.h"
#include "quantize/LayerWeights.h"

#include <ATen/Parallel.h>

#include <chrono>
#include <cmath>
#include <limits>

namespace qs {

std::int64_t ModelSize::totalParameterBytes() const
{
    std::int64_t total = 0;
    for (const auto &[dtype, bytes] : parameterBytes)
        total += bytes;
    return total;
}

QuantizedForm formFor(const Model &model, const QuantPlan &plan)
{
    for (const LayerInfo &layer : model.layers()) {
        const LayerQuantConfig c = plan.resolve(layer);
        if ((c.mode == LayerMode::StaticInt8 || c.mode == LayerMode::DynamicInt8) && c.bits < 8)
            return QuantizedForm::Simulated;
    }
    return QuantizedForm::Real;
}

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<float> flatten(const std::vector<torch::Tensor> &parts)
{
    std::vector<float> v;
    for (const torch::Tensor &t : parts)
        v.insert(v.end(), t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
    return v;
}

std::vector<float> valuesOf(const torch::Tensor &t)
{
    const torch::Tensor c = t.contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Per-layer error: both tapped models on the first layerSamples evaluation samples.
void measureLayers(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                   const QuantizedModel &quantized, const Dataset &data, const ComparisonOptions &options,
                   ComparisonResult &r, const Progress &progress)
{
    TappedModule reference = tappedFloatModel(model, quantized.layers());
    TappedModule simulated = tappedSimulatedModel(model, plan, calibration, subProgress(progress, 0.0, 0.2));
    const std::size_t n = model.layers().size();
    std::vector<std::vector<torch::Tensor>> a(n), b(n);
    const std::size_t total = std::min(options.layerSamples, data.size());
    torch::NoGradGuard noGrad;
    for (std::size_t start = 0; start < total; start += options.batchSize) {
        progress.throwIfCancelled();
        const torch::Tensor x = inputBatch(data, start, std::min(options.batchSize, total - start));
        {
            TapScope scope(a);
            reference.module.forward({x});
        }
        {
            TapScope scope(b);
            setQuantizedEngine(quantized.engine());
            simulated.module.forward({x});
        }
        progress.report(0.2 + 0.7 * double(start + 1) / double(total), "Per-layer error");
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < n; ++i) {
        const LayerEncoding &e = quantized.layers()[i];
        LayerError l;
        l.name = e.name;
        l.mode = e.mode;
        l.bits = e.bits;
        l.weightSqnrDb = nan;
        l.outputSqnrDb = nan;
        l.normalizedL2 = nan;
        l.cosine = nan;
        const bool quantizedLayer = e.mode != LayerMode::Float;
        if (quantizedLayer && reference.weights[i].defined() && simulated.weights[i].defined()
            && reference.weights[i].numel() == simulated.weights[i].numel())
            l.weightSqnrDb = sqnrDb(valuesOf(reference.weights[i]), valuesOf(simulated.weights[i]));
        if (quantizedLayer && reference.tapped[i] && simulated.tapped[i] && !a[i].empty() && a[i].size() == b[i].size()) {
            const std::vector<float> x = flatten(a[i]), y = flatten(b[i]);
            if (x.size() == y.size()) {
                l.outputSqnrDb = sqnrDb(x, y);
                l.normalizedL2 = normalizedL2(x, y);
                l.cosine = cosineSimilarity(x, y);
                l.measured = true;
                l.flagged = l.outputSqnrDb < options.flagBelowDb;
            }
        }
        r.layers.push_back(l);
    }
}

} // namespace

ComparisonResult compare(const Model &model, const QuantPlan &plan, const CalibrationResult &calibration,
                         const Dataset &evaluation, const ComparisonOptions &options, const Progress &progress)
{
    if (options.batchSize == 0)
        throw Error("the batch size must be at least 1");
    if (evaluation.size() == 0)
        throw Error("the evaluation set " + evaluation.description() + " holds no samples");
    ComparisonResult r;
    if (options.threads > 0)
        r.notes.push_back("timed with " + pinThreads(options.threads));
    r.engine = plan.engine();
    r.threads = at::get_num_threads();
    r.batchSize = options.batchSize;
    r.calibrationSamples = calibration.samples;
    r.flagBelowDb = options.flagBelowDb;
    r.dataDescription = evaluation.description();
    r.dataProvenance = evaluation.provenance();
    r.form = formFor(model, plan);
    if (r.form == QuantizedForm::Simulated)
        r.notes.push_back("the plan has layers below 8 bits, which only the simulated form runs: sizes and "
                          "latencies are those of the simulated (float) model");

    auto t = Clock::now();
    progress.report(0.0, "Building the quantized model");
    const auto quantized = QuantizedModel::build(model, plan, calibration, r.form, subProgress(progress, 0.0, 0.05));
    r.phaseSeconds["build"] = secondsSince(t);
    for (const auto &note : quantized->notes())
        r.notes.push_back(note);

    r.original.size = floatModelSize(model);
    r.quantized.size = quantizedModelSize(model, *quantized);
    r.sizeRatio = r.original.size.serializedBytes ? double(r.quantized.size.serializedBytes) / double(r.original.size.serializedBytes) : 0.0;
    const auto origParams = r.original.size.totalParameterBytes();
    r.parameterBytesRatio = origParams ? double(r.quantized.size.totalParameterBytes()) / double(origParams) : 0.0;

    // Accuracy, agreement, SQNR and KL: both models on the same evaluation samples.
    t = Clock::now();
    const std::size_t count = options.evaluationSamples ? std::min(options.evaluationSamples, evaluation.size()) : evaluation.size();
    r.evaluationSamples = count;
    const Logits a = runOver(floatForward(model), evaluation, count, options.batchSize, subProgress(progress, 0.05, 0.3));
    const Logits b = runOver(quantizedForward(*quantized), evaluation, count, options.batchSize, subProgress(progress, 0.3, 0.55));
    if (a.classes != b.classes)
        throw Error("the quantized model gives " + std::to_string(b.classes) + " outputs per sample, the float model "
                    + std::to_string(a.classes));
    r.agreement = topOneAgreement(a.values, b.values, a.classes);
    r.outputSqnrDb = sqnrDb(a.values, b.values);
    r.meanKlDivergence = meanSoftmaxKl(a.values, b.values, a.classes);
    if (evaluation.hasLabels()) {
        std::vector<std::int64_t> labels = evaluation.labels();
        labels.resize(count);
        const std::size_t classes = std::max(evaluation.classNames().size(), a.classes);
        r.original.accuracy = accuracyOf(a, labels, classes, &r.original.confusion);
        r.quantized.accuracy = accuracyOf(b, labels, classes, &r.quantized.confusion);
    } else {
        r.notes.push_back("the data has no labels: top-1 agreement with the float model stands in for accuracy");
    }
    r.phaseSeconds["accuracy"] = secondsSince(t);

    t = Clock::now();
    measureLayers(model, plan, calibration, *quantized, evaluation, options, r, subProgress(progress, 0.55, 0.65));
    r.phaseSeconds["layers"] = secondsSince(t);

    if (options.measureLatency) {
        t = Clock::now();
        const auto fa = floatForward(model);
        const auto fb = quantizedForward(*quantized);
        const torch::Tensor big = inputBatch(evaluation, 0, std::min(options.batchSize, evaluation.size()));
        const torch::Tensor one = inputBatch(evaluation, 0, 1);
        r.batchSize = std::size_t(big.size(0));
        const CpuClock cpu;
        const Progress p1 = subProgress(progress, 0.65, 0.75), pb = subProgress(progress, 0.75, 1.0);
        r.latencyBatch1 = compareLatency([&] { fa(one); }, [&] { fb(one); }, options.latency, [&](double f) {
            p1.throwIfCancelled();
            p1.report(f, "Timing at batch 1");
        });
        r.latency = compareLatency([&] { fa(big); }, [&] { fb(big); }, options.latency, [&](double f) {
            pb.throwIfCancelled();
            pb.report(f, "Timing at batch " + std::to_string(r.batchSize));
        });
        r.original.latency = r.latency.a;
        r.quantized.latency = r.latency.b;
        r.original.latencyBatch1 = r.latencyBatch1.a;
        r.quantized.latencyBatch1 = r.latencyBatch1.b;
        r.coresWhileTiming = cpu.coresUsed();
        if (const auto note = busyMachineNote(r.coresWhileTiming, r.threads))
            r.notes.push_back(*note);
        r.phaseSeconds["latency"] = secondsSince(t);
    }
    progress.report(1.0, "Compared");
    return r;
}

ComparisonResult compare(const Model &model, const QuantPlan &plan, const DataSplit &split,
                         const ComparisonOptions &options, const Progress &progress)
{
    if (!split.calibration || !split.evaluation)
        throw Error("comparing needs calibration and evaluation data");
    plan.validate(model);
    if (options.threads > 0)
        pinThreads(options.threads);
    const auto t = Clock::now();
    CalibrationOptions c;
    c.samples = options.calibrationSamples;
    c.observer = plan.observerSettings();
    c.observers = plan.activationObservers(model.layers());
    const CalibrationResult calibration = calibrate(model, *split.calibration, c, subProgress(progress, 0.0, 0.1));
    const double seconds = secondsSince(t);
    ComparisonResult r = compare(model, plan, calibration, *split.evaluation, options, subProgress(progress, 0.1, 1.0));
    r.phaseSeconds["calibration"] = seconds;
    for (const auto &note : split.notes)
        r.notes.push_back(describe(note));
    return r;
}

} // namespace qs
