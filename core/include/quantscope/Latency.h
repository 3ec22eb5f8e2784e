#pragma once

#include <functional>
#include <vector>

namespace qs {

// Milliseconds per call, over the timed runs.
struct LatencyStats
{
    double p50 = 0.0;
    double p95 = 0.0;
    double mean = 0.0;
    double min = 0.0;
    std::vector<double> samples; // in the order they were taken
};

// Two things timed in the same run, interleaved (a, b, a, b, ...) so that drift in the
// machine's speed hits both alike.
struct LatencyComparison
{
    LatencyStats a;
    LatencyStats b;
    // a.p50 / b.p50: how many times faster b is than a (> 1 means b is faster).
    double speedup = 0.0;
    // The spread of the per-pair ratios a_i / b_i: their 25th and 75th percentiles.
    double speedupLow = 0.0;
    double speedupHigh = 0.0;
};

struct LatencySettings
{
    int warmupRuns = 5; // each, untimed, interleaved too
    int timedRuns = 30; // each
};

// Times a and b interleaved after warm-up. Calls progress(fraction) between runs if given; a
// progress callback may throw (e.g. qs::Cancelled) to stop.
LatencyComparison compareLatency(const std::function<void()> &a, const std::function<void()> &b,
                                 const LatencySettings &settings = {},
                                 const std::function<void(double)> &progress = {});

// p in [0, 100], linear interpolation between order statistics (numpy's default).
double percentile(std::vector<double> values, double p);

} // namespace qs
