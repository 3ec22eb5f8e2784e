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

    // add() in two steps, so that a caller can bin a batch for several histograms in one pass:
    // plan() chooses the batch's histc range (values outside [left, right] are not counted; a
    // value's bin is int64((x − left) · bins / (right − left)), the right edge in the last bin),
    // commit() takes the batch's count per bin and grows the histogram as add() does.
    struct BatchPlan
    {
        bool binned = false; // false: nothing to add (empty batch, no finite value)
        float left = 0.0f, right = 0.0f;
        // for commit():
        bool fresh = false;         // the batch's range becomes the histogram's
        int downsampleRate = 1;     // growth of the old grid ...
        long long startIndex = 0;   // ... and where the old counts start on it
        float newMin = 0.0f, newMax = 0.0f;
    };
    BatchPlan plan(float batchMin, float batchMax);
    void commit(const BatchPlan &plan, const std::uint32_t *binCounts);

    bool isEmpty() const { return !(m_min <= m_max); }
    float min() const { return m_min; } // HistogramObserver.min_val
    float max() const { return m_max; } // HistogramObserver.max_val (relaxed upwards on growth)
    int binCount() const { return m_bins; }
    const std::vector<float> &counts() const { return m_counts; }
    Histogram toHistogram() const;

private:
    // torch.histc's edges for [lower, upper]: equal bounds fall back to the batch's min and max, and a
    // still empty range is widened by 1 on each side.
    static void histcEdges(double lower, double upper, float batchMin, float batchMax, BatchPlan &plan);
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
