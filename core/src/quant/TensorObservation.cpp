#include "quantscope/Observer.h"

#include "quantscope/Error.h"

#include "ParallelBinning.h"

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

TensorObservation::TensorObservation(const ObserverSettings &settings)
    : m_settings(settings)
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

    m_pytorchHistogram.add(data, count, batchMin, batchMax, parallel);
    m_values += double(m_magnitudeHistogram.add(data, count, std::max(-batchMin, batchMax), parallel));

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
