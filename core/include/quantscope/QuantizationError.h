#pragma once

#include "quantscope/Observer.h"
#include "quantscope/QParams.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace qs {

// How much quantizing a set of values costs, split by cause. A value that rounds to a level
// suffers rounding error only (at most half a step); a value more than half a step beyond the end
// levels x̂(qmin), x̂(qmax) is clamped to the end level (q = qmin or qmax only because of the clamp),
// and its whole error counts as clipping error.
struct QuantizationError
{
    std::size_t count = 0; // finite values measured (NaN and Inf are left out)
    std::size_t clippedCount = 0; // values the clamp changed
    double signalEnergy = 0.0; // Σ x²
    double roundingEnergy = 0.0; // Σ (x − x̂)² over the values that were only rounded
    double clippingEnergy = 0.0; // Σ (x − x̂)² over the clipped values

    double errorEnergy() const { return roundingEnergy + clippingEnergy; }
    double mse() const; // Σ (x − x̂)² / n
    double rmse() const;
    double roundingMse() const; // the rounding part of mse(), per value of the whole set
    double clippingMse() const;
    // RMSE in quantization steps: pure rounding noise gives 1/√12 ≈ 0.289 (TFLite's debugger).
    double rmseOverScale(double scale) const;
    // SQNR (dB) = 20·log10(‖x‖ / ‖x − x̂‖), as torch.ao.ns compute_sqnr; +inf when x̂ = x.
    double sqnrDb() const;

    // Adds another set's sums: the error of both sets together (e.g. all channels of a layer).
    QuantizationError &operator+=(const QuantizationError &other);
};

// Fake-quantizes every value with qparams (qs::fakeQuantizeValue) and measures the error. With
// errors, also appends x − x̂ of every finite value to it, in order.
QuantizationError measureQuantizationError(const std::vector<float> &values, const QParams &qparams,
    const QuantRange &range, std::vector<float> *errors = nullptr);

// The same per output channel of a weight stored channel-major (axis 0 of a contiguous tensor, as
// Conv and Linear weights are): channel c is the c-th of qparams.scales.size() equal slices.
// Throws qs::Error if the values do not split evenly.
std::vector<QuantizationError> measurePerChannelQuantizationError(const std::vector<float> &values,
    const PerChannelQParams &qparams, const QuantRange &range, std::vector<float> *errors = nullptr);

// SQNR (dB) between a reference and its approximation, 20·log10(‖x‖ / ‖x − y‖) (torch.ao.ns compute_sqnr).
// +inf when they are equal. Throws qs::Error if the sizes differ.
double sqnrDb(const std::vector<float> &reference, const std::vector<float> &approximation);

// Clipping at a threshold t keeps [max(min, −t), min(max, t)]: both tails are cut at |x| = t, and a
// range never reaches beyond the data. t at or above max|x| gives the data's own [min, max].
ClippingRange clipAtThreshold(float dataMin, float dataMax, float threshold);

struct ClippingSweepPoint
{
    float threshold = 0.0f;
    ClippingRange range;
    QParams qparams;
    QuantizationError error;
};

// Error against the clipping threshold: t = max|x|·i/steps for i = 1..steps, each with the
// qparams qs::calculateQParams gives for clipAtThreshold(min, max, t).
std::vector<ClippingSweepPoint> sweepClippingThreshold(
    const std::vector<float> &values, const QuantSpec &spec, int steps = 200);
// Index of the point with the highest SQNR (the first of equals); 0 for an empty sweep.
std::size_t bestSweepPoint(const std::vector<ClippingSweepPoint> &sweep);

// Sample data for lessons and tests, the same for a seed on every platform: std::mt19937 with
// our own transforms (std::normal_distribution's output differs between standard libraries).
enum class SampleDistribution {
    Normal, // mean 0, standard deviation 1
    Uniform, // [−√3, √3]: standard deviation 1
    Laplace, // b = 1/√2: standard deviation 1, heavier tails than the normal
    NormalWithOutliers, // normal, with outlierCount values replaced by outliers (see addOutliers)
};

std::string toString(SampleDistribution distribution); // "normal", "uniform", "laplace", "normal_with_outliers"

struct SampleSpec
{
    SampleDistribution distribution = SampleDistribution::Normal;
    std::size_t count = 10000;
    std::uint32_t seed = 1;
    std::size_t outlierCount = 5; // NormalWithOutliers only
    double outlierMagnitude = 12.0; // in standard deviations
};

std::vector<float> generateSamples(const SampleSpec &spec);

// Replaces count evenly spaced values by outliers of alternating sign and size
// magnitude·σ·(1 … 1.25), σ being the standard deviation of the values before (1 if they are constant).
// Returns the indices replaced, ascending, so the error of the ordinary values can be measured apart.
std::vector<std::size_t> addOutliers(
    std::vector<float> &values, std::size_t count, double magnitude, std::uint32_t seed = 1);
// values without the elements at the given ascending indices.
std::vector<float> withoutIndices(const std::vector<float> &values, const std::vector<std::size_t> &indices);

// At most maxCount values, evenly spaced through values (every k-th): a representative subset of a
// large layer for interactive plots. Returns values unchanged when it is small enough.
std::vector<float> evenlySpacedSubset(const std::vector<float> &values, std::size_t maxCount);

} // namespace qs
