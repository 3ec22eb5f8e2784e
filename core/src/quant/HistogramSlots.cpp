#include "HistogramSlots.h"

#include "SimdBinning.h"

namespace qs::binning {

SlotCounts histcSlots(const PyTorchHistogram::BatchPlan &plan, int bins)
{
    SlotCounts s;
    s.slots = std::size_t(bins) + 1;
    s.slotsOf = [plan, bins](const float *values, std::size_t n, std::int32_t *out) {
        simd::histcBins(values, n, plan.left, plan.right, bins, out);
    };
    return s;
}

SlotCounts magnitudeSlots(const ZeroAnchoredHistogram::BatchPlan &plan)
{
    SlotCounts s;
    s.slots = plan.slotCount;
    s.slotsOf = [plan](const float *values, std::size_t n, std::int32_t *out) {
        simd::magnitudeSlots(values, n, plan.inverseWidth, plan.absMax, plan.lastBin, plan.skip, out);
    };
    return s;
}

} // namespace qs::binning
