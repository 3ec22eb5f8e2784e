#pragma once

#include "quantscope/Histogram.h"
#include "quantscope/ParallelParts.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace qs {

// The histogram PyTorch 1.13's HistogramObserver keeps, grown batch by batch with the same float32
// arithmetic as HistogramObserver.forward (torch/ao/quantization/observer.py):
//   - the first batch (or any batch while the range is still a single value) is binned by
//     torch.histc over [int(min), int(max)] and the histogram takes the batch's [min, max];
//   - a later batch widens the range to whole multiples of the old bin width / upsample_rate
//     (_adjust_min_max, only the max is relaxed), the old counts are spread over the new grid
//     (_combine_histograms: repeat each bin upsample_rate times, double cumulative sum, sample
//     every downsample_rate-th value) and the batch's own torch.histc counts are added.
// PyTorch 1.13 truncates the histc bounds to integers (int(min_val), int(max_val)); values outside
// the truncated bounds are not counted, and when both bounds truncate to the same integer histc
// bins the batch over its own min and max. Both quirks are reproduced on purpose: this histogram
// exists to give the numbers PyTorch gives. Quantscope's other histogram observers use the
// ZeroAnchoredHistogram, which has neither quirk.
class PyTorchHistogram
{
public:
    explicit PyTorchHistogram(int bins = 2048, int upsampleRate = 128);

    // One batch. batchMin and batchMax are the min and max of its finite values (non-finite
    // values fall outside every histc range and are not counted).
    void add(const float *data, std::size_t count, float batchMin, float batchMax, const ParallelParts &parallel = {});

    bool isEmpty() const { return !(m_min <= m_max); }
    float min() const { return m_min; } // HistogramObserver.min_val
    float max() const { return m_max; } // HistogramObserver.max_val (relaxed upwards on growth)
    int binCount() const { return m_bins; }
    const std::vector<float> &counts() const { return m_counts; }
    Histogram toHistogram() const;

private:
    // torch.histc(x, bins, min=lower, max=upper) for the batch, in float32 counts, into m_batch.
    void histc(const float *data, std::size_t count, double lower, double upper, float batchMin, float batchMax,
               const ParallelParts &parallel);
    // _combine_histograms: m_counts spread onto the grown grid, added to m_batch.
    void spreadOldCountsInto(int downsampleRate, long long startIndex);

    int m_bins;
    int m_upsampleRate;
    float m_min;
    float m_max;
    std::vector<float> m_counts;
    std::vector<float> m_batch; // one batch's counts; reused, no allocation per batch
};

} // namespace qs
