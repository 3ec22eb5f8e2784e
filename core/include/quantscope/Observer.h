#pragma once

#include "quantscope/Histogram.h"
#include "quantscope/ParallelParts.h"
#include "quantscope/PyTorchHistogram.h"
#include "quantscope/QParams.h"
#include "quantscope/ZeroAnchoredHistogram.h"

#include <cstddef>
#include <string>
#include <vector>

namespace qs {

// Ways to choose the clipping range of a tensor from what calibration saw
// (definitions: shared/reference/quantization-math.md).
enum class ObserverKind {
    MinMax,              // running min and max (PyTorch MinMaxObserver)
    MovingAverageMinMax, // min += c·(batch_min − min), c = 0.01 (PyTorch MovingAverageMinMaxObserver)
    Histogram,           // PyTorch HistogramObserver: L2 search over a 2048-bin histogram (2^bits levels)
    Percentile,          // the p-th percentile of |x| (symmetric) or of both tails (affine); p = 99.99
    Entropy,             // TensorRT's KL-divergence calibration on |x|
    Mse,                 // the |x| threshold that minimises the mean squared fake-quantization error
};

std::string toString(ObserverKind kind);                     // "minmax", "moving_average_minmax", "histogram", ...
ObserverKind observerKindFromString(const std::string &name); // throws qs::Error naming the valid ones
const std::vector<ObserverKind> &allObserverKinds();

struct ObserverSettings
{
    double percentile = 99.99;       // Percentile observer, in percent
    double averagingConstant = 0.01; // MovingAverageMinMax
    int histogramBins = 2048;        // Histogram, Percentile, Entropy, MSE

    // Throws qs::Error for a percentile outside [50, 100], a constant outside (0, 1], or bins outside 16..65536.
    void validate() const;

    bool operator==(const ObserverSettings &o) const
    {
        return percentile == o.percentile && averagingConstant == o.averagingConstant
            && histogramBins == o.histogramBins;
    }
    bool operator!=(const ObserverSettings &o) const { return !(*this == o); }
};

// What a TensorObservation records besides min and max (which every observer uses): PyTorch's
// histogram for the Histogram observer, the zero-anchored |x| histogram for Percentile, Entropy
// and MSE. The workbench records both, so any observer can be chosen and compared afterwards; an
// export records only what its plan's observers need (binning is most of calibration's cost).
struct RecordedStatistics
{
    bool pytorchHistogram = true;
    bool magnitudeHistogram = true;

    // What these observers need; every statistic for an empty list.
    static RecordedStatistics forObservers(const std::vector<ObserverKind> &kinds);
    bool serves(ObserverKind kind) const;
};

// Everything calibration records about one tensor (a layer's input or output), batch by batch,
// so that every observer can choose its range afterwards without running the model again.
//
// It keeps two histograms, on purpose. PyTorch's (PyTorchHistogram) is reproduced float for float,
// quirks included, because the Histogram observer must give PyTorch's numbers; but its bins are
// interpolated on every growth and PyTorch 1.13 drops values outside int()-truncated bounds, so
// it is no ground truth for other searches. Percentile, Entropy and MSE work on |x| (TensorRT,
// ONNX Runtime) and get their own exact histogram (ZeroAnchoredHistogram: bins anchored at 0,
// appended or merged in pairs, never interpolated; the sign is kept apart for the two-tailed
// Percentile of affine ranges). Deriving |x| from PyTorch's histogram would fold interpolated
// bins whose edges do not meet at 0. Cost: one more binning pass per batch (bench_observers).
class TensorObservation
{
public:
    explicit TensorObservation(const ObserverSettings &settings = {}, RecordedStatistics recorded = {});

    // One calibration batch. Non-finite values are ignored; a batch without a finite value
    // changes nothing (not even batchCount()). A large batch is split over parallel.parts pieces
    // (exact integer counts, so the result does not depend on the split).
    void observe(const float *data, std::size_t count, const ParallelParts &parallel = {});

    bool isEmpty() const;
    float min() const;              // running min over all batches
    float max() const;              // running max over all batches
    float movingAverageMin() const; // MovingAverageMinMax's min
    float movingAverageMax() const;
    std::size_t batchCount() const;
    // Finite values seen (when the |x| histogram is recorded; otherwise every value of every batch
    // with a finite one).
    double valueCount() const;
    // The 2048-bin histogram over [min, max], grown batch by batch as PyTorch's HistogramObserver grows it.
    const Histogram &histogram() const;
    // The same, with PyTorch's own float32 counts and bounds (what the Histogram observer searches).
    const PyTorchHistogram &pytorchHistogram() const { return m_pytorchHistogram; }
    // Exact counts of |x| on a grid anchored at 0 (what Percentile, Entropy and MSE search).
    const ZeroAnchoredHistogram &magnitudeHistogram() const { return m_magnitudeHistogram; }
    const ObserverSettings &settings() const { return m_settings; }
    const RecordedStatistics &recorded() const { return m_recorded; }

private:
    ObserverSettings m_settings;
    RecordedStatistics m_recorded;
    float m_min;
    float m_max;
    float m_movingMin;
    float m_movingMax;
    std::size_t m_batches = 0;
    double m_values = 0.0;
    PyTorchHistogram m_pytorchHistogram;
    ZeroAnchoredHistogram m_magnitudeHistogram;
    Histogram m_histogram; // m_pytorchHistogram as counts in double, refreshed after each batch
};

struct ClippingRange
{
    float min = 0.0f;
    float max = 0.0f;

    bool isEmpty() const { return !(min <= max); }
};

// The range an observer chooses for what was observed, for the given integer spec
// (the histogram search depends on the number of levels). An observation that saw nothing gives
// an empty range (min = +inf, max = −inf), which calculateQParams turns into scale 1, zero point 0.
// Throws qs::Error for an invalid spec or settings, or an observation that did not record what
// this observer needs (see RecordedStatistics).
ClippingRange chooseRange(ObserverKind kind, const TensorObservation &observation, const QuantSpec &spec,
                          const ObserverSettings &settings = {});

} // namespace qs
