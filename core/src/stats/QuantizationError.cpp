#include "quantscope/QuantizationError.h"

#include "quantscope/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace qs {

double QuantizationError::mse() const
{
    return count == 0 ? 0.0 : errorEnergy() / double(count);
}

double QuantizationError::rmse() const
{
    return std::sqrt(mse());
}

double QuantizationError::roundingMse() const
{
    return count == 0 ? 0.0 : roundingEnergy / double(count);
}

double QuantizationError::clippingMse() const
{
    return count == 0 ? 0.0 : clippingEnergy / double(count);
}

double QuantizationError::rmseOverScale(double scale) const
{
    return rmse() / scale;
}

double QuantizationError::sqnrDb() const
{
    if (errorEnergy() <= 0.0)
        return std::numeric_limits<double>::infinity();
    // 20·log10(‖x‖/‖e‖) = 10·log10(Σx²/Σe²)
    return 10.0 * std::log10(signalEnergy / errorEnergy());
}

QuantizationError &QuantizationError::operator+=(const QuantizationError &other)
{
    count += other.count;
    clippedCount += other.clippedCount;
    signalEnergy += other.signalEnergy;
    roundingEnergy += other.roundingEnergy;
    clippingEnergy += other.clippingEnergy;
    return *this;
}

namespace {

QuantizationError measureSlice(const float *values, std::size_t count, const QParams &qparams, const QuantRange &range,
    std::vector<float> *errors)
{
    // Clamping changed the result only beyond half a step past the end levels; closer values round
    // to the end level anyway (e.g. symmetric int8's max at 127/127.5 of the range).
    const double halfStep = 0.5 * double(qparams.scale);
    const double lowest = double(dequantizeValue(range.qmin, qparams)) - halfStep;
    const double highest = double(dequantizeValue(range.qmax, qparams)) + halfStep;
    QuantizationError e;
    for (std::size_t i = 0; i < count; ++i) {
        const float x = values[i];
        if (!std::isfinite(x))
            continue;
        const double error = double(x) - double(fakeQuantizeValue(x, qparams, range));
        if (errors)
            errors->push_back(float(error));
        ++e.count;
        e.signalEnergy += double(x) * double(x);
        if (double(x) < lowest || double(x) > highest) {
            ++e.clippedCount;
            e.clippingEnergy += error * error;
        } else {
            e.roundingEnergy += error * error;
        }
    }
    return e;
}

} // namespace

QuantizationError measureQuantizationError(
    const std::vector<float> &values, const QParams &qparams, const QuantRange &range, std::vector<float> *errors)
{
    return measureSlice(values.data(), values.size(), qparams, range, errors);
}

std::vector<QuantizationError> measurePerChannelQuantizationError(const std::vector<float> &values,
    const PerChannelQParams &qparams, const QuantRange &range, std::vector<float> *errors)
{
    const std::size_t channels = qparams.scales.size();
    if (channels == 0 || qparams.zeroPoints.size() != channels || values.size() % channels != 0)
        throw Error("cannot split " + std::to_string(values.size()) + " weights into " + std::to_string(channels)
            + " channels of equal size");
    const std::size_t perChannel = values.size() / channels;
    std::vector<QuantizationError> result;
    result.reserve(channels);
    for (std::size_t c = 0; c < channels; ++c)
        result.push_back(measureSlice(
            values.data() + c * perChannel, perChannel, { qparams.scales[c], qparams.zeroPoints[c] }, range, errors));
    return result;
}

double sqnrDb(const std::vector<float> &reference, const std::vector<float> &approximation)
{
    if (reference.size() != approximation.size())
        throw Error("cannot compare " + std::to_string(reference.size()) + " values with "
            + std::to_string(approximation.size()));
    double signal = 0.0, noise = 0.0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const double d = double(reference[i]) - double(approximation[i]);
        signal += double(reference[i]) * double(reference[i]);
        noise += d * d;
    }
    if (noise <= 0.0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(signal / noise);
}

ClippingRange clipAtThreshold(float dataMin, float dataMax, float threshold)
{
    return { std::max(dataMin, -threshold), std::min(dataMax, threshold) };
}

std::vector<ClippingSweepPoint> sweepClippingThreshold(
    const std::vector<float> &values, const QuantSpec &spec, int steps)
{
    float mn = std::numeric_limits<float>::infinity(), mx = -mn;
    for (float v : values) {
        if (std::isfinite(v)) {
            mn = std::min(mn, v);
            mx = std::max(mx, v);
        }
    }
    std::vector<ClippingSweepPoint> sweep;
    if (!(mn <= mx) || steps < 1)
        return sweep;
    const float maxAbs = std::max(std::abs(mn), std::abs(mx));
    const QuantRange range = spec.range();
    sweep.reserve(std::size_t(steps));
    for (int i = 1; i <= steps; ++i) {
        ClippingSweepPoint p;
        p.threshold = maxAbs * float(i) / float(steps);
        p.range = clipAtThreshold(mn, mx, p.threshold);
        p.qparams = calculateQParams(p.range.min, p.range.max, spec);
        p.error = measureQuantizationError(values, p.qparams, range);
        sweep.push_back(p);
    }
    return sweep;
}

std::size_t bestSweepPoint(const std::vector<ClippingSweepPoint> &sweep)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < sweep.size(); ++i)
        if (sweep[i].error.sqnrDb() > sweep[best].error.sqnrDb())
            best = i;
    return best;
}

std::string toString(SampleDistribution distribution)
{
    switch (distribution) {
    case SampleDistribution::Normal:
        return "normal";
    case SampleDistribution::Uniform:
        return "uniform";
    case SampleDistribution::Laplace:
        return "laplace";
    case SampleDistribution::NormalWithOutliers:
        return "normal_with_outliers";
    }
    return "normal";
}

namespace {

// Uniform in (0, 1), never exactly 0 (the logarithms below need that): 24 random bits, centred in their cell.
double openUnit(std::mt19937 &rng)
{
    return (double(rng() >> 8) + 0.5) / double(1u << 24);
}

// Box–Muller: one standard normal from two uniforms.
double standardNormal(std::mt19937 &rng)
{
    const double u1 = openUnit(rng), u2 = openUnit(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

// Inverse CDF of the Laplace distribution with scale b = 1/√2 (variance 2b² = 1).
double standardLaplace(std::mt19937 &rng)
{
    const double u = openUnit(rng) - 0.5;
    const double b = 1.0 / std::sqrt(2.0);
    return -b * (u < 0 ? -1.0 : 1.0) * std::log(1.0 - 2.0 * std::abs(u));
}

} // namespace

std::vector<float> generateSamples(const SampleSpec &spec)
{
    std::mt19937 rng(spec.seed);
    std::vector<float> values(spec.count);
    for (float &v : values) {
        switch (spec.distribution) {
        case SampleDistribution::Uniform:
            v = float(std::sqrt(3.0) * (2.0 * openUnit(rng) - 1.0));
            break;
        case SampleDistribution::Laplace:
            v = float(standardLaplace(rng));
            break;
        case SampleDistribution::Normal:
        case SampleDistribution::NormalWithOutliers:
            v = float(standardNormal(rng));
            break;
        }
    }
    if (spec.distribution == SampleDistribution::NormalWithOutliers)
        addOutliers(values, spec.outlierCount, spec.outlierMagnitude, spec.seed);
    return values;
}

std::vector<std::size_t> addOutliers(
    std::vector<float> &values, std::size_t count, double magnitude, std::uint32_t seed)
{
    std::vector<std::size_t> replaced;
    count = std::min(count, values.size());
    if (count == 0)
        return replaced;
    double sum = 0.0, squares = 0.0;
    for (float v : values) {
        sum += v;
        squares += double(v) * double(v);
    }
    const double mean = sum / double(values.size());
    const double variance = squares / double(values.size()) - mean * mean;
    const double sigma = variance > 0.0 ? std::sqrt(variance) : 1.0;
    // A generator of its own (seeded apart from the samples') so the outliers do not shift the data.
    std::mt19937 rng(seed ^ 0x9e3779b9u);
    for (std::size_t k = 0; k < count; ++k) {
        const double sign = k % 2 == 0 ? 1.0 : -1.0;
        const std::size_t index = k * values.size() / count;
        values[index] = float(sign * magnitude * sigma * (1.0 + 0.25 * openUnit(rng)));
        replaced.push_back(index);
    }
    return replaced;
}

std::vector<float> withoutIndices(const std::vector<float> &values, const std::vector<std::size_t> &indices)
{
    std::vector<float> kept;
    kept.reserve(values.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (next < indices.size() && indices[next] == i) {
            ++next;
            continue;
        }
        kept.push_back(values[i]);
    }
    return kept;
}

std::vector<float> evenlySpacedSubset(const std::vector<float> &values, std::size_t maxCount)
{
    if (values.size() <= maxCount || maxCount == 0)
        return values;
    std::vector<float> subset;
    subset.reserve(maxCount);
    // Index i·n/m for i < m: evenly spread, first value included.
    for (std::size_t i = 0; i < maxCount; ++i)
        subset.push_back(values[i * values.size() / maxCount]);
    return subset;
}

} // namespace qs
