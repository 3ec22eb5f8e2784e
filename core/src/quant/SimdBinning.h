#pragma once

// Small vectorised loops shared by the observation code. SSE2 is part of x86-64, so it needs no
// compiler flag; other targets get the plain loops, which give identical results (every lane does
// exactly the float operation the scalar code does).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace qs::simd {

// Min and max of the finite values; returns false when there is none.
bool finiteMinMax(const float *data, std::size_t count, float &min, float &max);

// PyTorch's histc bin of each value (torch LINEAR_INTERPOLATION:
// int64((x − left) · bins / (right − left)), the right edge in the last bin) or `bins` for a
// value outside [left, right] or NaN. count values from data into out.
void histcBins(const float *data, std::size_t count, float left, float right, int bins, std::int32_t *out);

// Zero-anchored |x| bins: 2·min(int(|x|·inverseWidth), lastBin) + (x < 0), or `skip` for a value
// with |x| > absMax or NaN.
void magnitudeSlots(const float *data, std::size_t count, float inverseWidth, float absMax, int lastBin,
                    std::int32_t skip, std::int32_t *out);

// Copies the values that are not 0 (NaN included; −0 counts as 0) from data to out, in order, and
// returns how many it copied. out has room for count values.
std::size_t packNonZero(const float *data, std::size_t count, float *out);

// Σ counts[i] · (s·(clamp(round(values[i] / s) + z, qmin, qmax) − z) − values[i])², the MSE
// observer's criterion, with round(v) = (v · inverseScale + 1.5·2^23) − 1.5·2^23 in float (round
// half to even) and the difference and the sum in double. Several partial sums: the result may
// differ from a one-by-one sum by ~1e-16 relative.
double fakeQuantizationError(const float *values, const double *counts, std::size_t count, float scale,
                             float inverseScale, float zeroPoint, float qmin, float qmax);

// out[i] = log(in[i]) for n values (in and out may be the same array). On AVX2 CPUs four at a
// time with glibc's vector log (libmvec, within 4 ulp of std::log), else std::log.
void logs(const double *in, double *out, std::size_t n);

// Counters for the binning loops: per thread, so observations stay small and batches never
// allocate. Returns at least `size` counters, the first `size` of them zero.
std::vector<std::uint32_t> &laneScratch(std::size_t size);

} // namespace qs::simd
