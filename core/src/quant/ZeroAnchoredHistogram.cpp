#include "quantscope/ZeroAnchoredHistogram.h"

#include "SimdBinning.h"

#include <algorithm>
#include <cmath>

namespace qs {

namespace {

constexpr std::size_t kBlock = 1024;
constexpr std::size_t kLanes = 4;


} // namespace

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

std::size_t ZeroAnchoredHistogram::add(const float *data, std::size_t count, float batchAbsMax)
{
    if (count == 0 || !(batchAbsMax >= 0.0f) || std::isinf(batchAbsMax))
        return 0;
    if (m_width <= 0.0) {
        if (batchAbsMax == 0.0f) { // all zeros so far: no width to build a grid on
            std::size_t zeros = 0;
            for (std::size_t i = 0; i < count; ++i)
                zeros += data[i] == 0.0f ? 1 : 0;
            m_zerosBeforeGrid += double(zeros);
            m_total += double(zeros);
            return zeros;
        }
        startGrid(batchAbsMax);
    } else {
        growTo(batchAbsMax);
    }

    const std::size_t n = m_positive.size();
    const auto skip = std::int32_t(2 * n);
    // Each lane interleaves the two signs (slot 2i: x >= 0, 2i + 1: x < 0), plus one slot for skipped values.
    const std::size_t stride = 2 * n + 1;
    std::vector<std::uint32_t> &lanes = simd::laneScratch(kLanes * stride);
    const float inverseWidth = float(1.0 / m_width);
    std::int32_t slots[kBlock];
    for (std::size_t first = 0; first < count; first += kBlock) {
        const std::size_t len = std::min(kBlock, count - first);
        simd::magnitudeSlots(data + first, len, inverseWidth, batchAbsMax, int(n) - 1, skip, slots);
        std::size_t i = 0;
        for (; i + kLanes <= len; i += kLanes) {
            ++lanes[std::size_t(slots[i])];
            ++lanes[stride + std::size_t(slots[i + 1])];
            ++lanes[2 * stride + std::size_t(slots[i + 2])];
            ++lanes[3 * stride + std::size_t(slots[i + 3])];
        }
        for (; i < len; ++i)
            ++lanes[std::size_t(slots[i])];
    }
    std::size_t counted = 0;
    for (std::size_t b = 0; b < n; ++b) {
        std::uint32_t pos = 0, neg = 0;
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
            pos += lanes[lane * stride + 2 * b];
            neg += lanes[lane * stride + 2 * b + 1];
        }
        m_positive[b] += double(pos);
        m_negative[b] += double(neg);
        counted += pos + neg;
    }
    m_total += double(counted);
    return counted;
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
