#include "quantscope/Histogram.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qs {

double Histogram::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0.0);
}

Histogram makeHistogram(const float *data, std::size_t count, int bins)
{
    Histogram h;
    if (bins <= 0)
        return h;
    float lo = std::numeric_limits<float>::infinity();
    float hi = -std::numeric_limits<float>::infinity();
    for (std::size_t i = 0; i < count; ++i) {
        const float v = data[i];
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    h.counts.assign(std::size_t(bins), 0.0);
    if (lo > hi) { // no finite value at all
        h.lower = 0.0;
        h.upper = 1.0;
        return h;
    }
    h.lower = lo;
    h.upper = hi;
    if (h.lower == h.upper) {
        h.lower -= 0.5;
        h.upper += 0.5;
    }
    const double scale = double(bins) / (h.upper - h.lower);
    for (std::size_t i = 0; i < count; ++i) {
        const float v = data[i];
        if (!std::isfinite(v))
            continue;
        const auto bin = std::min<long>(long((double(v) - h.lower) * scale), bins - 1);
        h.counts[std::size_t(std::max<long>(bin, 0))] += 1.0;
    }
    return h;
}

Histogram makeHistogram(const std::vector<float> &values, int bins)
{
    return makeHistogram(values.data(), values.size(), bins);
}

} // namespace qs
