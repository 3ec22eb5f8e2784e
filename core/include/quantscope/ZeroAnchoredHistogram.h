#pragma once

#include "quantscope/Histogram.h"
#include "quantscope/ParallelParts.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace qs {

// Counts of |x| in bins of one fixed width that start at 0, kept apart for negative and
// non-negative x. This is the histogram TensorRT's and ONNX Runtime's calibrators build for
// Percentile, Entropy and MSE (np.histogram of |x| over [0, amax]), grown the same way: the first
// batch with a non-zero value sets the width to amax / bins; a later batch with a larger |x|
// appends bins of the same width. No count is ever interpolated, so every count is exact. To keep
// memory and search time bounded, when more than 2 × bins would be needed, neighbouring pairs are
// merged (the width doubles; still exact, because every edge is a multiple of the width). The
// histogram therefore always spans between bins and 2 × bins bins per side over [0, max |x|].
//
// Keeping the sign apart costs nothing extra per value and gives both views from one pass:
// |x| (positive + negative, bin by bin) for symmetric ranges, and the signed values for the
// two-tailed Percentile of affine ranges.
class ZeroAnchoredHistogram
{
public:
    explicit ZeroAnchoredHistogram(int bins = 2048);

    // One batch; batchAbsMax is the largest finite |x| in it. Returns how many finite values it counted.
    std::size_t add(const float *data, std::size_t count, float batchAbsMax, const ParallelParts &parallel = {});

    // add() in two steps, so that a caller can bin a batch for several histograms in one pass:
    // plan() grows the grid for the batch; when it says `binned`, a value's slot is
    // 2·min(int(|x|·inverseWidth), lastBin) + (x < 0), or `skip` for |x| > absMax or NaN, and
    // commit() takes the count per slot (slotCount = skip + 1) plus how many values were exactly 0
    // (already counted in slot 0 when binned; the only values counted while nothing is binned).
    // commit() returns how many finite values the batch added.
    struct BatchPlan
    {
        bool valid = false;  // false: the batch adds nothing (no finite |x|)
        bool binned = false; // false: every value so far is 0, there is no grid yet
        float inverseWidth = 0.0f;
        float absMax = 0.0f;
        int lastBin = 0;
        std::int32_t skip = 0;
        std::size_t slotCount = 0;
    };
    BatchPlan plan(float batchAbsMax);
    std::size_t commit(const BatchPlan &plan, const std::uint32_t *slotCounts, std::size_t zeros);

    bool isEmpty() const { return m_total <= 0.0; }
    double binWidth() const { return m_width; } // 0 until a non-zero value was seen
    std::size_t binCount() const { return m_positive.size(); } // per side
    // bin i: x in [i·w, (i+1)·w), and x in (−(i+1)·w, −i·w] for the negative side.
    const std::vector<double> &positive() const { return m_positive; }
    const std::vector<double> &negative() const { return m_negative; }
    double total() const { return m_total; }

    Histogram magnitude() const;    // |x| over [0, n·w]
    Histogram signedValues() const; // x over [−n·w, n·w], 2n bins

private:
    void startGrid(float absMax);
    void growTo(float absMax);

    int m_bins;
    double m_width = 0.0;
    double m_zerosBeforeGrid = 0.0; // zeros seen while every value was 0 (no width yet)
    double m_total = 0.0;
    std::vector<double> m_positive;
    std::vector<double> m_negative;
};

} // namespace qs
