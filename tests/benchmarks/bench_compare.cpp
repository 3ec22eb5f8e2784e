// Benchmark: a full comparison of the cnn demo as `quantscope-cli compare demo:cnn --data fashion-mnist`
// runs it (calibration 512, evaluation 10 000, latency at batch 1 and 64, 30 timed runs each, 2 threads),
// target <= 60 s. Prints each phase's time and the figures; never fails on time.

#include "quantscope/Comparison.h"
#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/Model.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

int main()
{
    if (!std::filesystem::exists("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")) {
        std::printf("bench_compare: dataset-fashion-mnist is not installed; nothing to measure\n");
        return 0;
    }
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };

    auto t = Clock::now();
    const auto model = qs::Model::load(qs::DemoCatalog::resolveModelPath("demo:cnn"));
    qs::DataSpec spec = qs::DataSpec::parse("fashion-mnist");
    spec.calibCount = 512;
    spec.normalization.mean = {0.286f};
    spec.normalization.std = {0.353f};
    const qs::DataSplit split = qs::loadData(spec);
    const double loading = since(t);

    qs::ComparisonOptions options; // batch 64, 2 threads, 30 timed runs, calibration 512
    const qs::ComparisonResult r = qs::compare(*model, qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn), split, options);
    const double total = since(start);

    std::printf("bench_compare: demo:cnn, %zu calibration and %zu evaluation samples, engine %s, %d threads\n",
                r.calibrationSamples, r.evaluationSamples, qs::toString(r.engine).c_str(), r.threads);
    std::printf("  %-12s %7.2f s\n", "load", loading);
    for (const char *phase : {"calibration", "build", "accuracy", "layers", "latency"})
        std::printf("  %-12s %7.2f s\n", phase, r.phaseSeconds.count(phase) ? r.phaseSeconds.at(phase) : 0.0);
    std::printf("  %-12s %7.2f s (target <= 60 s)\n", "total", total);
    std::printf("  top-1 %.2f %% -> %.2f %%, agreement %.2f %%, output SQNR %.1f dB, KL %.4g\n",
                r.original.accuracy->top1 * 100, r.quantized.accuracy->top1 * 100, r.agreement * 100, r.outputSqnrDb,
                r.meanKlDivergence);
    std::printf("  size %lld -> %lld bytes (%.3fx); batch %zu p50 %.3f -> %.3f ms (speed-up %.2fx, IQR %.2f-%.2f); "
                "batch 1 p50 %.3f -> %.3f ms (%.2fx)\n",
                (long long)r.original.size.serializedBytes, (long long)r.quantized.size.serializedBytes, r.sizeRatio,
                r.batchSize, r.original.latency.p50, r.quantized.latency.p50, r.latency.speedup, r.latency.speedupLow,
                r.latency.speedupHigh, r.original.latencyBatch1.p50, r.quantized.latencyBatch1.p50, r.latencyBatch1.speedup);
    return 0;
}
