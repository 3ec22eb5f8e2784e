#include "quantscope/ZeroAnchoredHistogram.h"

#include "HistogramSlots.h"

#include <algorithm>
#include <cmath>

namespace qs {

ZeroAnchoredHistogram::ZeroAnchoredHistogram(int bins)
    : m_bins(std::max(bins, 1))
{
}

void ZeroAnchoredHistogram::startGrid(float absMax)
{
    m_width = double(absMax) / double(m_bins);
    m_positive.assign(std::size_t(m_bins), 0.0);
    m_negative.assign(std::size_t(m_bins), 0.0);
    m_positive[0] += m_zerosBeforeGrid;
    m_zerosBeforeGrid = 0.0;
}

// Appends bins of the same width until absMax ≤ n·w (a value on the last edge is counted in the
// last bin, as the first batch counts its max), merging neighbouring pairs while more than
// 2 × bins would be needed.
void ZeroAnchoredHistogram::growTo(float absMax)
{
    const double needed = std::ceil(double(absMax) / m_width);
    if (needed <= double(m_positive.size()))
        return;
    auto binsNeeded = needed;
    while (binsNeeded > 2.0 * m_bins) {
        const std::size_t merged = (m_positive.size() + 1) / 2;
        for (std::size_t i = 0; i < merged; ++i) {
            const std::size_t a = 2 * i, b = 2 * i + 1;
            m_positive[i] = m_positive[a] + (b < m_positive.size() ? m_positive[b] : 0.0);
            m_negative[i] = m_negative[a] + (b < m_negative.size() ? m_negative[b] : 0.0);
        }
        m_positive.resize(merged);
        m_negative.resize(merged);
        m_width *= 2.0;
        binsNeeded = std::ceil(double(absMax) / m_width);
    }
    m_positive.resize(std::size_t(binsNeeded), 0.0);
    m_negative.resize(std::size_t(binsNeeded), 0.0);
}

ZeroAnchoredHistogram::BatchPlan ZeroAnchoredHistogram::plan(float batchAbsMax)
{
    BatchPlan p;
    if (!(batchAbsMax >= 0.0f) || std::isinf(batchAbsMax))
        return p;
    p.valid = true;
    if (m_width <= 0.0) {
        if (batchAbsMax == 0.0f) // all zeros so far: no width to build a grid on
            return p;
        startGrid(batchAbsMax);
    } else {
        growTo(batchAbsMax);
    }
    const std::size_t n = m_positive.size();
    // The two signs interleaved (slot 2i: x >= 0, 2i + 1: x < 0), plus one slot for skipped values.
    p.binned = true;
    p.inverseWidth = float(1.0 / m_width);
    p.absMax = batchAbsMax;
    p.lastBin = int(n) - 1;
    p.skip = std::int32_t(2 * n);
    p.slotCount = 2 * n + 1;
    return p;
}

std::size_t ZeroAnchoredHistogram::commit(const BatchPlan &p, const std::uint32_t *slotCounts, std::size_t zeros)
{
    if (!p.valid)
        return 0;
    if (!p.binned) {
        m_zerosBeforeGrid += double(zeros);
        m_total += double(zeros);
        return zeros;
    }
    std::size_t counted = 0;
    for (std::size_t b = 0; b < m_positive.size(); ++b) {
        const std::uint32_t pos = slotCounts[2 * b], neg = slotCounts[2 * b + 1];
        m_positive[b] += double(pos);
        m_negative[b] += double(neg);
        counted += pos + neg;
    }
    m_total += double(counted);
    return counted;
}

std::size_t ZeroAnchoredHistogram::add(const float *data, std::size_t count, float batchAbsMax,
                                       const ParallelParts &parallel)
{
    if (count == 0)
        return 0;
    const BatchPlan p = plan(batchAbsMax);
    if (!p.valid)
        return 0;
    binning::SlotCounts slots = p.binned ? binning::magnitudeSlots(p) : binning::SlotCounts{};
    const std::size_t zeros = binning::countSlots(data, count, p.binned ? std::vector<binning::SlotCounts *>{&slots}
                                                                        : std::vector<binning::SlotCounts *>{},
                                                  parallel);
    return commit(p, slots.counts.data(), zeros);
}

Histogram ZeroAnchoredHistogram::magnitude() const
{
    Histogram h;
    if (m_width <= 0.0) {
        if (m_total > 0.0) { // only zeros: one bin at 0
            h.lower = 0.0;
            h.upper = 1.0;
            h.counts.assign(std::size_t(m_bins), 0.0);
            h.counts[0] = m_total;
        }
        return h;
    }
    h.lower = 0.0;
    h.upper = m_width * double(m_positive.size());
    h.counts.resize(m_positive.size());
    for (std::size_t i = 0; i < m_positive.size(); ++i)
        h.counts[i] = m_positive[i] + m_negative[i];
    return h;
}

Histogram ZeroAnchoredHistogram::signedValues() const
{
    Histogram h;
    if (m_width <= 0.0)
        return magnitude();
    const std::size_t n = m_positive.size();
    h.lower = -m_width * double(n);
    h.upper = m_width * double(n);
    h.counts.resize(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        h.counts[n - 1 - i] = m_negative[i];
        h.counts[n + i] = m_positive[i];
    }
    return h;
}

} // namespace qs
