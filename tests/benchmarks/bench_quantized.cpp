// Calibration cost per observer against a plain float pass (each observer's own pass and range
// choice, measured interleaved with float passes), and the real int8 model's latency
// against the float model's per engine at batch 1 and 64, on the demo models. Prints figures and
// ratios measured in one run (medians, interleaved); never fails on time.
//
//   bench_quantized [--calibration] [MODEL.pt ...]   default: resources/models/{cnn,mlp,resnet,lstm}.pt that exist
//   --calibration: the calibration figures only (no latency)

#include "quantscope/Calibration.h"
#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/Model.h"
#include "quantscope/QuantizedModel.h"

#include <ATen/Parallel.h>

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(const std::function<void()> &f)
{
    const auto t = Clock::now();
    f();
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// The fastest of interleaved runs: on a shared machine the other tenants only ever add time, so
// the minimum is the steadiest estimate of what each pass costs (calibration ratios).
double fastest(const std::vector<double> &v)
{
    return *std::min_element(v.begin(), v.end());
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

qs::QuantPlan planFor(const std::string &name, qs::QuantEngine engine, qs::LayerMode mode)
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(engine);
    auto d = plan.defaults();
    d.mode = mode;
    plan.setDefaults(d);
    return plan;
}

// Dynamic int8 for the models whose layers are Linear / LSTM only, static for the rest (as the README's table).
qs::LayerMode int8ModeFor(const std::string &name)
{
    return name == "mlp" || name == "lstm" ? qs::LayerMode::DynamicInt8 : qs::LayerMode::StaticInt8;
}

void benchmark(const std::string &path, bool calibrationOnly)
{
    const std::string name = std::filesystem::path(path).stem().string();
    const auto model = qs::Model::load(path);
    auto data = qs::loadFashionMnist(/*train=*/true);
    if (const auto demo = qs::DemoCatalog::metadataFor(path))
        data = data->withNormalization(demo->normalization);
    std::vector<qs::Batch> calibration;
    for (std::size_t start = 0; start < 512; start += 64)
        calibration.push_back(data->batch(start, 64));

    // Calibration with observer X = an observed pass that records what X needs (what `quantize`
    // does for a plan using X) + X choosing the ranges the static int8 quantizer asks for: the
    // outputs of its layers and adds, and the inputs it quantizes from float (not those that reuse
    // a producer's qparams), as the encodings of a build list them. The workbench records what all
    // six observers need (to compare them); that pass is printed too.
    const auto floatModel = qs::QuantizedModel::build(*model, planFor(name, qs::QuantEngine::Onednn, qs::LayerMode::Float),
                                                      qs::calibrate(*model, {calibration.front()}), qs::QuantizedForm::Real);
    const auto observedPass = [&](const std::vector<qs::ObserverKind> &kinds, qs::CalibrationResult &result) {
        qs::CalibrationOptions options;
        options.observers = kinds;
        return seconds([&] { result = qs::calibrate(*model, calibration, options); });
    };
    std::vector<double> floatPass, allPass;
    qs::CalibrationResult all;
    for (int r = 0; r < 7; ++r) {
        floatPass.push_back(seconds([&] {
            for (const auto &b : calibration)
                floatModel->run(b);
        }));
        allPass.push_back(observedPass({}, all));
    }
    const double f = fastest(floatPass);
    std::printf("\n%s: calibration on 512 images, float pass %.1f ms; observed pass recording for all observers "
                "(the workbench) %.1f ms (%.2fx)\n",
                name.c_str(), f * 1e3, fastest(allPass) * 1e3, fastest(allPass) / f);
    std::printf("  %-22s %16s %12s %14s\n", "observer", "observed (ms)", "choose (ms)", "total / float");
    const qs::QuantSpec spec{qs::QuantDtype::QUInt8, qs::QuantScheme::Affine, false, 8};
    const auto staticModel = qs::QuantizedModel::build(*model, planFor(name, qs::QuantEngine::Onednn, qs::LayerMode::StaticInt8),
                                                       all, qs::QuantizedForm::Real);
    std::vector<bool> freshInput, quantizedOutput;
    for (const auto &e : staticModel->layers()) {
        freshInput.push_back(e.input && !e.input->dynamic && e.input->sharedWith.empty());
        quantizedOutput.push_back(e.output.has_value());
    }
    for (const qs::ObserverKind kind : qs::allObserverKinds()) {
        std::vector<double> floatAgain, observed, choose;
        qs::CalibrationResult result;
        for (int r = 0; r < 7; ++r) {
            floatAgain.push_back(seconds([&] {
                for (const auto &b : calibration)
                    floatModel->run(b);
            }));
            observed.push_back(observedPass({kind}, result));
            choose.push_back(seconds([&] {
                for (std::size_t i = 0; i < result.layers.size(); ++i) {
                    if (freshInput[i])
                        qs::chooseRange(kind, result.layers[i].input, spec, result.settings);
                    if (quantizedOutput[i])
                        qs::chooseRange(kind, result.layers[i].output, spec, result.settings);
                }
                for (const auto &a : staticModel->adds())
                    if (const auto *observed = result.findAdd(a.name))
                        qs::chooseRange(kind, observed->output, spec, result.settings);
            }));
        }
        const double o = fastest(observed), c = fastest(choose), fk = fastest(floatAgain);
        std::printf("  %-22s %16.1f %12.2f %13.2fx\n", qs::toString(kind).c_str(), o * 1e3, c * 1e3, (o + c) / fk);
    }
    qs::CalibrationResult &result = all;

    if (calibrationOnly)
        return;
    // Latency: float and int8 interleaved, per engine and batch size.
    for (const qs::QuantEngine engine : {qs::QuantEngine::Onednn, qs::QuantEngine::Qnnpack}) {
        const auto int8 = qs::QuantizedModel::build(*model, planFor(name, engine, int8ModeFor(name)), result,
                                                    qs::QuantizedForm::Real);
        for (const std::size_t batch : {std::size_t(1), std::size_t(64)}) {
            const qs::Batch input = data->batch(1000, batch);
            const int runs = batch == 1 ? 400 : 60;
            std::vector<double> tf, tq;
            for (int w = 0; w < 20; ++w) {
                floatModel->run(input);
                int8->run(input);
            }
            for (int r = 0; r < runs; ++r) {
                tf.push_back(seconds([&] { floatModel->run(input); }));
                tq.push_back(seconds([&] { int8->run(input); }));
            }
            const double mf = median(tf), mq = median(tq);
            std::printf("  %-8s %-12s batch %2zu: float %8.3f ms, int8 %8.3f ms -> int8 is %.2fx %s\n",
                        qs::toString(engine).c_str(), qs::toString(int8ModeFor(name)).c_str(), batch, mf * 1e3,
                        mq * 1e3, mf >= mq ? mf / mq : mq / mf, mf >= mq ? "faster" : "SLOWER");
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    at::set_num_threads(2);
    // OpenBLAS (float Linear) has its own pool; its spinning threads make the float baseline erratic
    // on a shared machine unless it gets the same count.
    using SetThreads = void (*)(int);
    if (auto *openblas = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        openblas(2);
    std::vector<std::string> models(argv + 1, argv + argc);
    const auto flag = std::find(models.begin(), models.end(), std::string("--calibration"));
    const bool calibrationOnly = flag != models.end();
    if (calibrationOnly)
        models.erase(flag);
    if (models.empty())
        for (const char *name : {"cnn", "mlp", "resnet", "lstm"}) {
            const std::string path = std::string(QS_RESOURCES_DIR "/models/") + name + ".pt";
            if (std::filesystem::exists(path))
                models.push_back(path);
        }
    std::printf("2 threads; calibration: fastest of 7 interleaved runs; latency: medians of interleaved runs; times include converting the batch in and out\n");
    for (const auto &m : models)
        benchmark(m, calibrationOnly);
    return 0;
}
