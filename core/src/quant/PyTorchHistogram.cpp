#include "quantscope/PyTorchHistogram.h"

#include "HistogramSlots.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace qs {

namespace {

// Growth that would need more than this many fine grid steps is treated as a fresh start
// (PyTorch would try to allocate bins × downsample_rate floats and fail).
constexpr double kMaxDownsampleRate = 1e12;

} // namespace

PyTorchHistogram::PyTorchHistogram(int bins, int upsampleRate)
    : m_bins(bins)
    , m_upsampleRate(upsampleRate)
    , m_min(std::numeric_limits<float>::infinity())
    , m_max(-std::numeric_limits<float>::infinity())
    , m_counts(std::size_t(bins), 0.0f)
    , m_batch(std::size_t(bins), 0.0f)
{
}

void PyTorchHistogram::histcEdges(double lower, double upper, float batchMin, float batchMax, BatchPlan &plan)
{
    if (lower == upper) {
        lower = batchMin;
        upper = batchMax;
    }
    if (lower == upper) {
        lower -= 1.0;
        upper += 1.0;
    }
    // The kernel reads the first and last of a float linspace over [lower, upper]: the bounds in float.
    plan.left = float(lower);
    plan.right = float(upper);
}

PyTorchHistogram::BatchPlan PyTorchHistogram::plan(float batchMin, float batchMax)
{
    BatchPlan p;
    if (!(batchMin <= batchMax))
        return p;
    p.binned = true;
    const bool uninitialized = m_min == std::numeric_limits<float>::infinity()
        && m_max == -std::numeric_limits<float>::infinity();
    const bool sameValues = m_min == m_max;
    // Python's int() truncates towards zero; so does std::trunc.
    if (uninitialized || sameValues) {
        p.fresh = true;
        p.newMin = batchMin;
        p.newMax = batchMax;
        histcEdges(std::trunc(double(batchMin)), std::trunc(double(batchMax)), batchMin, batchMax, p);
        return p;
    }

    float combinedMin = std::min(batchMin, m_min);
    float combinedMax = std::max(batchMax, m_max);

    // _adjust_min_max, in float32 as on PyTorch's tensors: the new range is a whole number
    // (downsample_rate) of old-histogram widths divided by upsample_rate; only the max is relaxed.
    const float histBinWidth = (m_max - m_min) / float(m_bins * m_upsampleRate);
    const float oldSpan = float(m_bins) * histBinWidth;
    const float rate = std::ceil((combinedMax - combinedMin) / oldSpan);
    if (!(double(rate) <= kMaxDownsampleRate)) {
        m_min = std::numeric_limits<float>::infinity(); // start afresh from this batch
        m_max = -m_min;
        return plan(batchMin, batchMax);
    }
    const auto downsampleRate = static_cast<long long>(rate);
    const float relax = float(downsampleRate) * oldSpan - (combinedMax - combinedMin);
    combinedMax = combinedMax + relax;
    p.downsampleRate = int(std::min<long long>(downsampleRate, std::numeric_limits<int>::max()));
    p.startIndex = static_cast<long long>(std::nearbyint((m_min - combinedMin) / histBinWidth));
    p.newMin = combinedMin;
    p.newMax = combinedMax;
    histcEdges(std::trunc(double(combinedMin)), std::trunc(double(combinedMax)), batchMin, batchMax, p);
    return p;
}

void PyTorchHistogram::commit(const BatchPlan &p, const std::uint32_t *binCounts)
{
    if (!p.binned)
        return;
    for (std::size_t b = 0; b < std::size_t(m_bins); ++b)
        m_batch[b] = float(binCounts[b]);
    if (!p.fresh) {
        if (p.newMin == m_min && p.newMax == m_max)
            for (std::size_t b = 0; b < m_batch.size(); ++b)
                m_batch[b] = m_batch[b] + m_counts[b];
        else
            spreadOldCountsInto(p.downsampleRate, p.startIndex);
    }
    m_counts.swap(m_batch);
    m_min = p.newMin;
    m_max = p.newMax;
}

void PyTorchHistogram::add(const float *data, std::size_t count, float batchMin, float batchMax,
                           const ParallelParts &parallel)
{
    if (count == 0)
        return;
    const BatchPlan p = plan(batchMin, batchMax);
    if (!p.binned)
        return;
    binning::SlotCounts bins = binning::histcSlots(p, m_bins);
    binning::countSlots(data, count, {&bins}, parallel);
    commit(p, bins.counts.data());
}

// _combine_histograms without materialising its bins × downsample_rate array: that array is zero
// except for the old counts, each repeated upsample_rate times from startIndex on. Its cumulative
// sum (double, summed one element after the other as torch.cumsum does) is sampled at every
// downsample_rate-th element; consecutive samples differ by upsample_rate × the mass of a new bin.
// PyTorch stores the shifted samples in a float tensor, so the previous sample is rounded to float
// before the difference.
void PyTorchHistogram::spreadOldCountsInto(int downsampleRate, long long startIndex)
{
    const long long upsample = m_upsampleRate;
    const long long rate = downsampleRate;
    const long long gridSize = (long long)m_bins * rate;
    const long long begin = startIndex;
    const long long end = std::min(startIndex + (long long)m_bins * upsample, gridSize);

    double running = 0.0;
    long long position = begin; // next grid element to add to the running sum
    double previousSample = 0.0;
    for (long long k = 0; k < m_bins; ++k) {
        const long long sample = k * rate + rate - 1;
        while (position <= sample && position < end) {
            const long long offset = position - begin;
            const double value = double(m_counts[std::size_t(offset / upsample)]);
            const long long steps = std::min({upsample - offset % upsample, sample - position + 1, end - position});
            for (long long s = 0; s < steps; ++s)
                running += value;
            position += steps;
        }
        const double shifted = double(float(previousSample));
        const double interpolated = (running - shifted) / double(upsample);
        m_batch[std::size_t(k)] = m_batch[std::size_t(k)] + float(interpolated);
        previousSample = running;
    }
}

Histogram PyTorchHistogram::toHistogram() const
{
    Histogram h;
    if (isEmpty())
        return h;
    h.lower = m_min;
    h.upper = m_max;
    h.counts.assign(m_counts.begin(), m_counts.end());
    return h;
}

} // namespace qs
