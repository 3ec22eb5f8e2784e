#include "quantscope/Observer.h"

#include "quantscope/Error.h"

#include "HistogramSlots.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace qs {

void ObserverSettings::validate() const
{
    if (!(percentile >= 50.0 && percentile <= 100.0)) {
        std::ostringstream s;
        s << "percentile " << percentile << " is not possible: choose 50 to 100 (e.g. 99.99)";
        throw Error(s.str());
    }
    if (!(averagingConstant > 0.0 && averagingConstant <= 1.0)) {
        std::ostringstream s;
        s << "averaging constant " << averagingConstant
          << " is not possible: choose a value above 0 and at most 1 (PyTorch uses 0.01)";
        throw Error(s.str());
    }
    if (histogramBins < 16 || histogramBins > (1 << 16))
        throw Error("a histogram of " + std::to_string(histogramBins)
                    + " bins is not supported: choose 16 to 65536 bins (PyTorch uses 2048)");
}

RecordedStatistics RecordedStatistics::forObservers(const std::vector<ObserverKind> &kinds)
{
    if (kinds.empty())
        return {};
    RecordedStatistics r{false, false};
    for (const ObserverKind kind : kinds) {
        r.pytorchHistogram = r.pytorchHistogram || kind == ObserverKind::Histogram;
        r.magnitudeHistogram = r.magnitudeHistogram || kind == ObserverKind::Percentile
            || kind == ObserverKind::Entropy || kind == ObserverKind::Mse;
    }
    return r;
}

bool RecordedStatistics::serves(ObserverKind kind) const
{
    switch (kind) {
    case ObserverKind::Histogram:
        return pytorchHistogram;
    case ObserverKind::Percentile:
    case ObserverKind::Entropy:
    case ObserverKind::Mse:
        return magnitudeHistogram;
    default:
        return true;
    }
}

TensorObservation::TensorObservation(const ObserverSettings &settings, RecordedStatistics recorded)
    : m_settings(settings)
    , m_recorded(recorded)
    , m_min(std::numeric_limits<float>::infinity())
    , m_max(-std::numeric_limits<float>::infinity())
    , m_movingMin(std::numeric_limits<float>::infinity())
    , m_movingMax(-std::numeric_limits<float>::infinity())
    , m_pytorchHistogram(settings.histogramBins)
    , m_magnitudeHistogram(settings.histogramBins)
{
    settings.validate();
}

void TensorObservation::observe(const float *data, std::size_t count, const ParallelParts &parallel)
{
    float batchMin = 0.0f, batchMax = 0.0f;
    if (count == 0 || !binning::finiteMinMax(data, count, parallel, batchMin, batchMax))
        return;

    // MinMaxObserver: torch.min / torch.max of the running and the batch values.
    m_min = std::min(m_min, batchMin);
    m_max = std::max(m_max, batchMax);

    // MovingAverageMinMaxObserver: the first batch sets both; then
    // min = min + c · (batch_min − min), in float32 with c rounded to float as torch does.
    if (m_batches == 0) {
        m_movingMin = batchMin;
        m_movingMax = batchMax;
    } else {
        const auto c = float(m_settings.averagingConstant);
        m_movingMin = m_movingMin + c * (batchMin - m_movingMin);
        m_movingMax = m_movingMax + c * (batchMax - m_movingMax);
    }
    ++m_batches;

    // The recorded histograms from one pass over the values (each value read once, zeros only counted).
    std::vector<binning::SlotCounts *> kinds;
    PyTorchHistogram::BatchPlan histc;
    binning::SlotCounts histcSlots;
    if (m_recorded.pytorchHistogram) {
        histc = m_pytorchHistogram.plan(batchMin, batchMax);
        histcSlots = binning::histcSlots(histc, m_pytorchHistogram.binCount());
        kinds.push_back(&histcSlots);
    }
    ZeroAnchoredHistogram::BatchPlan magnitude;
    binning::SlotCounts magnitudeSlots;
    if (m_recorded.magnitudeHistogram) {
        magnitude = m_magnitudeHistogram.plan(std::max(-batchMin, batchMax));
        if (magnitude.binned) {
            magnitudeSlots = binning::magnitudeSlots(magnitude);
            kinds.push_back(&magnitudeSlots);
        }
    }
    // (The |x| histogram takes the batch's zeros even while it bins nothing: all zeros so far.)
    const std::size_t zeros
        = kinds.empty() && !m_recorded.magnitudeHistogram ? 0 : binning::countSlots(data, count, kinds, parallel);
    if (m_recorded.magnitudeHistogram)
        m_values += double(m_magnitudeHistogram.commit(magnitude, magnitudeSlots.counts.data(), zeros));
    else
        m_values += double(count);
    if (!m_recorded.pytorchHistogram)
        return;
    m_pytorchHistogram.commit(histc, histcSlots.counts.data());
    m_histogram.lower = m_pytorchHistogram.min();
    m_histogram.upper = m_pytorchHistogram.max();
    const std::vector<float> &counts = m_pytorchHistogram.counts();
    m_histogram.counts.resize(counts.size());
    std::copy(counts.begin(), counts.end(), m_histogram.counts.begin());
}

bool TensorObservation::isEmpty() const
{
    return m_batches == 0;
}

float TensorObservation::min() const
{
    return m_min;
}

float TensorObservation::max() const
{
    return m_max;
}

float TensorObservation::movingAverageMin() const
{
    return m_movingMin;
}

float TensorObservation::movingAverageMax() const
{
    return m_movingMax;
}

std::size_t TensorObservation::batchCount() const
{
    return m_batches;
}

double TensorObservation::valueCount() const
{
    return m_values;
}

const Histogram &TensorObservation::histogram() const
{
    return m_histogram;
}

} // namespace qs
