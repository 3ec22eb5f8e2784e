#include "quantscope/Latency.h"

#include "quantscope/Error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace qs {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const auto lower = std::size_t(std::floor(rank));
    const auto upper = std::min(lower + 1, values.size() - 1);
    return values[lower] + (rank - double(lower)) * (values[upper] - values[lower]);
}

namespace {

double timeOnce(const std::function<void()> &f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

LatencyStats statsOf(std::vector<double> samples)
{
    LatencyStats s;
    s.p50 = percentile(samples, 50.0);
    s.p95 = percentile(samples, 95.0);
    s.mean = samples.empty() ? 0.0 : std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
    s.min = samples.empty() ? 0.0 : *std::min_element(samples.begin(), samples.end());
    s.samples = std::move(samples);
    return s;
}

} // namespace

LatencyComparison compareLatency(const std::function<void()> &a, const std::function<void()> &b,
                                 const LatencySettings &settings, const std::function<void(double)> &progress)
{
    if (settings.timedRuns < 1 || settings.warmupRuns < 0)
        throw Error("latency needs at least one timed run");
    const int total = settings.warmupRuns + settings.timedRuns;
    std::vector<double> ta, tb, ratios;
    ta.reserve(std::size_t(settings.timedRuns));
    tb.reserve(std::size_t(settings.timedRuns));
    for (int run = 0; run < total; ++run) {
        if (progress)
            progress(double(run) / double(total));
        // Alternate which goes first, so neither always follows the other's cache footprint.
        const bool aFirst = run % 2 == 0;
        const double first = timeOnce(aFirst ? a : b);
        const double second = timeOnce(aFirst ? b : a);
        if (run < settings.warmupRuns)
            continue;
        const double da = aFirst ? first : second;
        const double db = aFirst ? second : first;
        ta.push_back(da);
        tb.push_back(db);
        if (db > 0.0)
            ratios.push_back(da / db);
    }
    if (progress)
        progress(1.0);
    LatencyComparison c;
    c.a = statsOf(std::move(ta));
    c.b = statsOf(std::move(tb));
    c.speedup = c.b.p50 > 0.0 ? c.a.p50 / c.b.p50 : 0.0;
    c.speedupLow = percentile(ratios, 25.0);
    c.speedupHigh = percentile(ratios, 75.0);
    return c;
}

} // namespace qs
