#pragma once

// How a batch is binned for each histogram, as its BatchPlan says: one definition for the
// histograms' own add() and for TensorObservation, which bins both in one pass.

#include "quantscope/PyTorchHistogram.h"
#include "quantscope/ZeroAnchoredHistogram.h"

#include "ParallelBinning.h"

namespace qs::binning {

// torch.histc's bin over [plan.left, plan.right]; slot `bins` takes the values outside.
SlotCounts histcSlots(const PyTorchHistogram::BatchPlan &plan, int bins);
// The zero-anchored |x| slots of a plan that bins (plan.binned).
SlotCounts magnitudeSlots(const ZeroAnchoredHistogram::BatchPlan &plan);

} // namespace qs::binning
