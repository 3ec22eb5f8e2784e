#include "SimdBinning.h"

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace qs::simd {

namespace {

bool finiteMinMaxScalar(const float *data, std::size_t count, float &min, float &max)
{
    float lo = std::numeric_limits<float>::infinity();
    float hi = -lo;
    for (std::size_t i = 0; i < count; ++i) {
        const float v = data[i];
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    min = lo;
    max = hi;
    return lo <= hi;
}

} // namespace

bool finiteMinMax(const float *data, std::size_t count, float &min, float &max)
{
    const float inf = std::numeric_limits<float>::infinity();
    float lo = inf;
    float hi = -inf;
    std::size_t i = 0;
#if defined(__SSE2__)
    // MINPS/MAXPS return their second operand when the first is NaN, so NaN never wins.
    __m128 lo0 = _mm_set1_ps(inf), lo1 = lo0;
    __m128 hi0 = _mm_set1_ps(-inf), hi1 = hi0;
    for (; i + 8 <= count; i += 8) {
        const __m128 a = _mm_loadu_ps(data + i);
        const __m128 b = _mm_loadu_ps(data + i + 4);
        lo0 = _mm_min_ps(a, lo0);
        hi0 = _mm_max_ps(a, hi0);
        lo1 = _mm_min_ps(b, lo1);
        hi1 = _mm_max_ps(b, hi1);
    }
    alignas(16) float l[4], h[4];
    _mm_store_ps(l, _mm_min_ps(lo0, lo1));
    _mm_store_ps(h, _mm_max_ps(hi0, hi1));
    for (int k = 0; k < 4; ++k) {
        lo = std::min(lo, l[k]);
        hi = std::max(hi, h[k]);
    }
#endif
    for (; i < count; ++i) {
        const float v = data[i];
        lo = v < lo ? v : lo; // NaN compares false and is skipped
        hi = v > hi ? v : hi;
    }
    if (std::isinf(lo) || std::isinf(hi)) // an infinity in the data (or nothing finite): the careful way
        return finiteMinMaxScalar(data, count, min, max);
    min = lo;
    max = hi;
    return true;
}

void histcBins(const float *data, std::size_t count, float left, float right, int bins, std::int32_t *out)
{
    const float span = right - left;
    const float binsF = float(bins);
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128 vLeft = _mm_set1_ps(left);
    const __m128 vRight = _mm_set1_ps(right);
    const __m128 vSpan = _mm_set1_ps(span);
    const __m128 vBins = _mm_set1_ps(binsF);
    const __m128i vBinsI = _mm_set1_epi32(bins);
    for (; i + 4 <= count; i += 4) {
        const __m128 v = _mm_loadu_ps(data + i);
        const __m128i inside = _mm_castps_si128(_mm_and_ps(_mm_cmpge_ps(v, vLeft), _mm_cmple_ps(v, vRight)));
        __m128i pos = _mm_cvttps_epi32(_mm_div_ps(_mm_mul_ps(_mm_sub_ps(v, vLeft), vBins), vSpan));
        pos = _mm_add_epi32(pos, _mm_cmpeq_epi32(pos, vBinsI)); // the right edge belongs to the last bin
        pos = _mm_or_si128(_mm_and_si128(inside, pos), _mm_andnot_si128(inside, vBinsI));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), pos);
    }
#endif
    for (; i < count; ++i) {
        const float v = data[i];
        if (!(v >= left && v <= right)) {
            out[i] = bins;
            continue;
        }
        auto pos = std::int32_t((v - left) * binsF / span);
        out[i] = pos == bins ? bins - 1 : pos;
    }
}

void magnitudeSlots(const float *data, std::size_t count, float inverseWidth, float absMax, int lastBin,
                    std::int32_t skip, std::int32_t *out)
{
    const float lastF = float(lastBin);
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128 signBit = _mm_set1_ps(-0.0f);
    const __m128 vInv = _mm_set1_ps(inverseWidth);
    const __m128 vMax = _mm_set1_ps(absMax);
    const __m128 vLast = _mm_set1_ps(lastF);
    const __m128 zero = _mm_setzero_ps();
    const __m128i vSkip = _mm_set1_epi32(skip);
    const __m128i one = _mm_set1_epi32(1);
    for (; i + 4 <= count; i += 4) {
        const __m128 v = _mm_loadu_ps(data + i);
        const __m128 a = _mm_andnot_ps(signBit, v);
        const __m128i inside = _mm_castps_si128(_mm_cmple_ps(a, vMax));
        const __m128i bin = _mm_cvttps_epi32(_mm_min_ps(_mm_mul_ps(a, vInv), vLast));
        const __m128i negative = _mm_and_si128(_mm_castps_si128(_mm_cmplt_ps(v, zero)), one);
        const __m128i slot = _mm_add_epi32(_mm_add_epi32(bin, bin), negative);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i),
                         _mm_or_si128(_mm_and_si128(inside, slot), _mm_andnot_si128(inside, vSkip)));
    }
#endif
    for (; i < count; ++i) {
        const float v = data[i];
        const float a = std::fabs(v);
        if (!(a <= absMax)) {
            out[i] = skip;
            continue;
        }
        const auto bin = std::int32_t(std::min(a * inverseWidth, lastF));
        out[i] = 2 * bin + (v < 0.0f ? 1 : 0);
    }
}

std::vector<std::uint32_t> &laneScratch(std::size_t size)
{
    thread_local std::vector<std::uint32_t> lanes;
    if (lanes.size() < size)
        lanes.resize(size);
    std::fill(lanes.begin(), lanes.begin() + std::ptrdiff_t(size), 0u);
    return lanes;
}

} // namespace qs::simd
