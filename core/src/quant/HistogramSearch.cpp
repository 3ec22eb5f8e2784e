#include "RangeSearch.h"

#include <cmath>
#include <limits>
#include <vector>

// A port of PyTorch 1.13's HistogramObserver range search (torch/ao/quantization/observer.py,
// itself a port of Caffe2's NormMinimization::NonlinearQuantizationParamsSearch). Arithmetic
// follows the tensor dtypes PyTorch uses: Python floats (double) where it calls .item(), float32
// where it works on tensors, so that the same histogram gives the same range.

namespace qs::range {

namespace {

// torch.div(a, b, rounding_mode='floor') on floats (c10 div_floor_floating): the floor of the
// exact quotient derived from fmod, rounded up where the division lost the last half unit.
float floorDivide(float a, float b)
{
    if (b == 0.0f)
        return a / b;
    const float mod = std::fmod(a, b);
    float div = (a - mod) / b;
    if (mod != 0.0f && ((b < 0.0f) != (mod < 0.0f)))
        div -= 1.0f;
    if (div == 0.0f)
        return std::copysign(0.0f, a / b);
    float floored = std::floor(div);
    if (div - floored > 0.5f)
        floored += 1.0f;
    return floored;
}

// _get_norm: density · ∫ x² dx over [begin, end] = density · (end³ − begin³) / 3, in float32.
float l2Norm(float begin, float end, float density)
{
    const float cube = (end * end * end - begin * begin * begin) / 3.0f;
    return density * cube;
}

} // namespace

double histogramL2Error(const PyTorchHistogram &histogram, int startBin, int endBin, int dstBins)
{
    const int bins = histogram.binCount();
    // Python floats here (max_val.item() − min_val.item()) / bins.
    const double binWidth = (double(histogram.max()) - double(histogram.min())) / bins;
    const double dstBinWidth = binWidth * double(endBin - startBin + 1) / dstBins;
    if (dstBinWidth == 0.0)
        return 0.0;
    // ... and float32 once they meet a tensor.
    const auto w = float(binWidth);
    const auto dw = float(dstBinWidth);
    const auto halfDw = float(dstBinWidth / 2);
    const auto minusHalfDw = float(-dstBinWidth / 2);
    const float lastDst = float(dstBins - 1);
    const float fullBinNorm = (halfDw * halfDw * halfDw - minusHalfDw * minusHalfDw * minusHalfDw) / 3.0f;
    const std::vector<float> &counts = histogram.counts();

    double sum = 0.0;
    for (int i = 0; i < bins; ++i) {
        const float srcBegin = float(i - startBin) * w;
        const float srcEnd = srcBegin + w;
        const float dstOfBegin = std::fmin(std::fmax(floorDivide(srcBegin, dw), 0.0f), lastDst);
        const float dstOfBeginCenter = (dstOfBegin + 0.5f) * dw;
        const float dstOfEnd = std::fmin(std::fmax(floorDivide(srcEnd, dw), 0.0f), lastDst);
        const float density = counts[std::size_t(i)] / w;

        float norm = l2Norm(srcBegin - dstOfBeginCenter, halfDw, density);
        norm += (dstOfEnd - dstOfBegin - 1.0f) * (density * fullBinNorm);
        const float dstOfEndCenter = dstOfEnd * dw + halfDw;
        norm += l2Norm(minusHalfDw, srcEnd - dstOfEndCenter, density);
        sum += double(norm);
    }
    return sum;
}

ClippingRange histogramL2(const PyTorchHistogram &histogram, int dstBins)
{
    if (histogram.isEmpty())
        return {std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()};
    const int bins = histogram.binCount();
    const std::vector<float> &counts = histogram.counts();
    const float binWidth = (histogram.max() - histogram.min()) / float(bins);

    // torch.cumsum on a float tensor accumulates in double and stores float; torch.sum gives a float.
    std::vector<float> cumulative(static_cast<std::size_t>(bins));
    double running = 0.0;
    for (int i = 0; i < bins; ++i) {
        running += double(counts[std::size_t(i)]);
        cumulative[std::size_t(i)] = float(running);
    }
    const double total = double(float(running));

    const double stepSize = 1e-5; // quantile granularity
    double alpha = 0.0;           // lower quantile bound
    double beta = 1.0;            // upper quantile bound
    int startBin = 0;
    int endBin = bins - 1;
    double normMin = std::numeric_limits<double>::infinity();

    while (alpha < beta) {
        const double nextAlpha = alpha + stepSize;
        const double nextBeta = beta - stepSize;
        // cSum[l] < next_alpha * total compares a float tensor with a Python float: in float32.
        const auto lowTarget = float(nextAlpha * total);
        const auto highTarget = float(nextBeta * total);
        int l = startBin;
        int r = endBin;
        while (l < endBin && cumulative[std::size_t(l)] < lowTarget)
            ++l;
        while (r > startBin && cumulative[std::size_t(r)] > highTarget)
            --r;

        // Trim the side that gives up fewer bins.
        int nextStart = startBin;
        int nextEnd = endBin;
        if ((l - startBin) > (endBin - r)) {
            nextStart = l;
            alpha = nextAlpha;
        } else {
            nextEnd = r;
            beta = nextBeta;
        }
        if (nextStart == startBin && nextEnd == endBin)
            continue;

        const double norm = histogramL2Error(histogram, nextStart, nextEnd, dstBins);
        if (norm > normMin)
            break;
        normMin = norm;
        startBin = nextStart;
        endBin = nextEnd;
    }
    return {histogram.min() + binWidth * float(startBin), histogram.min() + binWidth * float(endBin + 1)};
}

} // namespace qs::range
