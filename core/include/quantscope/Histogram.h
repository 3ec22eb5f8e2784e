#pragma once

#include <cstddef>
#include <vector>

namespace qs {

// Counts over equal-width bins covering [lower, upper].
struct Histogram
{
    double lower = 0.0;
    double upper = 0.0;
    std::vector<double> counts;

    std::size_t binCount() const { return counts.size(); }
    double binWidth() const { return counts.empty() ? 0.0 : (upper - lower) / double(counts.size()); }
    double binLower(std::size_t bin) const { return lower + binWidth() * double(bin); }
    double binCenter(std::size_t bin) const { return lower + binWidth() * (double(bin) + 0.5); }
    double total() const;
    bool isEmpty() const { return counts.empty() || total() <= 0.0; }
};

// Histogram of the finite values in data over [min, max] of those values (NaN and Inf are left out).
// A constant input gets a range of ±0.5 around its value so its bins have width.
Histogram makeHistogram(const float *data, std::size_t count, int bins);
Histogram makeHistogram(const std::vector<float> &values, int bins);

} // namespace qs
