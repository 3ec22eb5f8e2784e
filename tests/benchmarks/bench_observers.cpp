// What observing costs: TensorObservation::observe per calibration batch of 64×16×28×28 floats
// (the output of a small CNN's second convolution), its parts, and chooseRange per observer.
// The yardstick is the float work that produces such a batch: a Conv2d 8→16, 3×3, over
// 64×8×28×28 in LibTorch. Times are CPU time (the observers run on one thread; the conv's is the
// CPU time of all its threads), medians after warm-up: on a shared machine CPU time is what stays
// comparable. Figures only; nothing here fails on time.

#include "quantscope/Observer.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

namespace {

double clockMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median of `runs` timings of fn on the given clock, in milliseconds, after two warm-up calls.
double medianMs(int runs, const std::function<void()> &fn, clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    fn();
    fn();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const double start = clockMs(clock);
        fn();
        ms.push_back(clockMs(clock) - start);
    }
    std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
    return ms[ms.size() / 2];
}

std::vector<std::vector<float>> makeBatches(int count, std::size_t size, bool afterRelu)
{
    std::mt19937 rng(42);
    std::vector<std::vector<float>> batches(static_cast<std::size_t>(count), std::vector<float>(size));
    for (int b = 0; b < count; ++b) {
        // The spread drifts from batch to batch, so the histograms keep growing now and then.
        std::normal_distribution<float> normal(0.1f, 1.0f + 0.05f * float(b % 5));
        for (float &v : batches[std::size_t(b)]) {
            const float x = normal(rng);
            v = afterRelu ? std::max(x, 0.0f) : x;
        }
    }
    return batches;
}

} // namespace

int main()
{
    const int threads = 2;
    torch::set_num_threads(threads);
    const std::size_t batchValues = 64u * 16u * 28u * 28u;
    const int batchCount = 8;

    torch::manual_seed(0);
    auto conv = torch::nn::Conv2d(torch::nn::Conv2dOptions(8, 16, 3).padding(1));
    conv->eval();
    const torch::Tensor input = torch::randn({64, 8, 28, 28});
    torch::NoGradGuard noGrad;
    const double convMs = medianMs(15, [&] { conv->forward(input); }, CLOCK_PROCESS_CPUTIME_ID);
    const double convWallMs = medianMs(15, [&] { conv->forward(input); }, CLOCK_MONOTONIC);

    std::printf("bench_observers: batch 64x16x28x28 = %zu floats (%.1f MB), %d threads for torch\n", batchValues,
                double(batchValues) * 4.0 / 1e6, threads);
    std::printf("yardstick: Conv2d 8->16 3x3 producing that batch: %.2f ms CPU (%.2f ms wall)\n\n", convMs, convWallMs);

    for (bool afterRelu : {true, false}) {
        const auto batches = makeBatches(batchCount, batchValues, afterRelu);
        std::printf("%s values\n", afterRelu ? "post-ReLU" : "signed (normal)");
        std::printf("  %-44s %9s %9s %12s\n", "step (CPU time)", "ms/batch", "ns/value", "x conv CPU");
        const auto row = [&](const char *what, double ms) {
            std::printf("  %-44s %9.3f %9.3f %12.3f\n", what, ms, ms * 1e6 / double(batchValues), ms / convMs);
        };

        double sink = 0.0;
        row("plain read (sum of the values)", medianMs(15, [&] {
                double s = 0.0;
                for (float v : batches[0])
                    s += double(v);
                sink += s;
            }));

        // Whole observe(): min/max + moving average, PyTorch histogram, |x| histogram.
        std::size_t next = 0;
        qs::TensorObservation observation;
        row("TensorObservation::observe (all of it)", medianMs(24, [&] {
                const auto &b = batches[next++ % batches.size()];
                observation.observe(b.data(), b.size());
            }));

        std::vector<std::pair<float, float>> ranges;
        for (const auto &b : batches) {
            const auto [lo, hi] = std::minmax_element(b.begin(), b.end());
            ranges.emplace_back(*lo, *hi);
        }
        qs::PyTorchHistogram pytorch;
        next = 0;
        row("  of which PyTorchHistogram::add", medianMs(24, [&] {
                const std::size_t i = next++ % batches.size();
                pytorch.add(batches[i].data(), batches[i].size(), ranges[i].first, ranges[i].second);
            }));
        qs::ZeroAnchoredHistogram magnitude;
        next = 0;
        row("  of which ZeroAnchoredHistogram::add", medianMs(24, [&] {
                const std::size_t i = next++ % batches.size();
                magnitude.add(batches[i].data(), batches[i].size(), std::max(-ranges[i].first, ranges[i].second));
            }));

        std::printf("  %-44s %9s\n", "chooseRange after the batches above", "ms/call");
        std::printf("  (%zu |x| bins)\n", observation.magnitudeHistogram().binCount());
        for (qs::ObserverKind kind : qs::allObserverKinds()) {
            const qs::QuantSpec spec = afterRelu ? qs::QuantSpec{qs::QuantDtype::QUInt8, qs::QuantScheme::Affine, true, 8}
                                                 : qs::QuantSpec{qs::QuantDtype::QInt8, qs::QuantScheme::Symmetric, false, 8};
            qs::ClippingRange r;
            const double ms = medianMs(5, [&] { r = qs::chooseRange(kind, observation, spec); });
            std::printf("  %-44s %9.3f   range [%.4f, %.4f]\n", ("  " + qs::toString(kind)).c_str(), ms, double(r.min),
                        double(r.max));
        }
        std::printf("\n");
        if (sink == 42.0)
            std::printf("(sink)\n");
    }
    std::printf("Calibration observes each layer's input and output; the observe() column against the conv\n"
                "column is the overhead one observed tensor adds to the float work that made it.\n");
    return 0;
}
