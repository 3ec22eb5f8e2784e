#include "SimdBinning.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define QS_HAVE_AVX2_PATH 1
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

bool finiteMinMaxSse(const float *data, std::size_t count, float &min, float &max)
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

void histcBinsSse(const float *data, std::size_t count, float left, float right, int bins, std::int32_t *out)
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

void magnitudeSlotsSse(const float *data, std::size_t count, float inverseWidth, float absMax, int lastBin,
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

std::size_t packNonZeroScalar(const float *data, std::size_t count, float *out)
{
    std::size_t m = 0;
    for (std::size_t i = 0; i < count; ++i) {
        out[m] = data[i];
        m += data[i] != 0.0f ? 1 : 0; // NaN != 0
    }
    return m;
}

double fakeQuantizationErrorScalar(const float *values, const double *counts, std::size_t count, float scale,
                                   float inverseScale, float zeroPoint, float qmin, float qmax)
{
    const float magic = 12582912.0f; // 1.5 · 2^23
    auto squaredError = [&](std::size_t i) {
        const float x = values[i];
        const float rounded = (x * inverseScale + magic) - magic;
        const float level = std::min(std::max(rounded + zeroPoint, qmin), qmax);
        const double d = double(scale * (level - zeroPoint)) - double(x);
        return counts[i] * d * d;
    };
    // Four partial sums, so that the additions do not wait on one another.
    double partial[4] = {0.0, 0.0, 0.0, 0.0};
    std::size_t i = 0;
    for (; i + 4 <= count; i += 4)
        for (std::size_t k = 0; k < 4; ++k)
            partial[k] += squaredError(i + k);
    for (; i < count; ++i)
        partial[0] += squaredError(i);
    return (partial[0] + partial[1]) + (partial[2] + partial[3]);
}

#if defined(QS_HAVE_AVX2_PATH)
// The same loops eight floats at a time, for CPUs with AVX2 (chosen at run time; the library
// itself is built for plain x86-64). Every lane does the scalar code's float operations, and no
// multiply-add is fused (no "fma" target), so the bins are the same as on the SSE2 path. Each
// clears the upper register halves before returning to SSE code: left dirty, they slow every
// later SSE instruction of the process (seen: log() and plain loops 10× slower).
__attribute__((target("avx2"))) void histcBinsAvx2(const float *data, std::size_t count, float left, float right,
                                                   int bins, std::int32_t *out)
{
    const __m256 vLeft = _mm256_set1_ps(left);
    const __m256 vRight = _mm256_set1_ps(right);
    const __m256 vSpan = _mm256_set1_ps(right - left);
    const __m256 vBins = _mm256_set1_ps(float(bins));
    const __m256i vLast = _mm256_set1_epi32(bins - 1);
    const __m256i vSkip = _mm256_set1_epi32(bins);
    std::size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m256 v = _mm256_loadu_ps(data + i);
        const __m256 inside = _mm256_and_ps(_mm256_cmp_ps(v, vLeft, _CMP_GE_OQ), _mm256_cmp_ps(v, vRight, _CMP_LE_OQ));
        __m256i pos = _mm256_cvttps_epi32(_mm256_div_ps(_mm256_mul_ps(_mm256_sub_ps(v, vLeft), vBins), vSpan));
        pos = _mm256_min_epi32(pos, vLast); // inside the range pos <= bins, and the right edge belongs to the last bin
        pos = _mm256_blendv_epi8(vSkip, pos, _mm256_castps_si256(inside));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out + i), pos);
    }
    _mm256_zeroupper(); // before legacy SSE code: GCC leaves it out of the tail call below
    histcBinsSse(data + i, count - i, left, right, bins, out + i);
}

__attribute__((target("avx2"))) void magnitudeSlotsAvx2(const float *data, std::size_t count, float inverseWidth,
                                                        float absMax, int lastBin, std::int32_t skip,
                                                        std::int32_t *out)
{
    const __m256 signBit = _mm256_set1_ps(-0.0f);
    const __m256 vInv = _mm256_set1_ps(inverseWidth);
    const __m256 vMax = _mm256_set1_ps(absMax);
    const __m256 vLast = _mm256_set1_ps(float(lastBin));
    const __m256 zero = _mm256_setzero_ps();
    const __m256i vSkip = _mm256_set1_epi32(skip);
    const __m256i one = _mm256_set1_epi32(1);
    std::size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m256 v = _mm256_loadu_ps(data + i);
        const __m256 a = _mm256_andnot_ps(signBit, v);
        const __m256 inside = _mm256_cmp_ps(a, vMax, _CMP_LE_OQ);
        const __m256i bin = _mm256_cvttps_epi32(_mm256_min_ps(_mm256_mul_ps(a, vInv), vLast));
        const __m256i negative = _mm256_and_si256(_mm256_castps_si256(_mm256_cmp_ps(v, zero, _CMP_LT_OQ)), one);
        const __m256i slot = _mm256_add_epi32(_mm256_add_epi32(bin, bin), negative);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out + i),
                            _mm256_blendv_epi8(vSkip, slot, _mm256_castps_si256(inside)));
    }
    _mm256_zeroupper();
    magnitudeSlotsSse(data + i, count - i, inverseWidth, absMax, lastBin, skip, out + i);
}

// For each 8-bit mask of lanes to keep, the lane indices that move them to the front.
struct PackTable
{
    alignas(32) std::int32_t lanes[256][8];
    PackTable()
    {
        for (int mask = 0; mask < 256; ++mask) {
            int k = 0;
            for (int lane = 0; lane < 8; ++lane)
                if (mask & (1 << lane))
                    lanes[mask][k++] = lane;
            for (; k < 8; ++k)
                lanes[mask][k] = 0;
        }
    }
};

__attribute__((target("avx2,popcnt"))) std::size_t packNonZeroAvx2(const float *data, std::size_t count, float *out)
{
    static const PackTable table;
    const __m256 zero = _mm256_setzero_ps();
    std::size_t i = 0, m = 0;
    for (; i + 8 <= count; i += 8) {
        const __m256 v = _mm256_loadu_ps(data + i);
        const int keep = _mm256_movemask_ps(_mm256_cmp_ps(v, zero, _CMP_NEQ_UQ)); // NaN is kept
        const __m256i lanes = _mm256_load_si256(reinterpret_cast<const __m256i *>(table.lanes[keep]));
        _mm256_storeu_ps(out + m, _mm256_permutevar8x32_ps(v, lanes));
        m += std::size_t(_mm_popcnt_u32(unsigned(keep)));
    }
    _mm256_zeroupper();
    return m + packNonZeroScalar(data + i, count - i, out + m);
}

__attribute__((target("avx2"))) bool finiteMinMaxAvx2(const float *data, std::size_t count, float &min, float &max)
{
    const float inf = std::numeric_limits<float>::infinity();
    __m256 lo0 = _mm256_set1_ps(inf), lo1 = lo0;
    __m256 hi0 = _mm256_set1_ps(-inf), hi1 = hi0;
    std::size_t i = 0;
    for (; i + 16 <= count; i += 16) {
        const __m256 a = _mm256_loadu_ps(data + i);
        const __m256 b = _mm256_loadu_ps(data + i + 8);
        lo0 = _mm256_min_ps(a, lo0); // NaN in the first operand yields the second
        hi0 = _mm256_max_ps(a, hi0);
        lo1 = _mm256_min_ps(b, lo1);
        hi1 = _mm256_max_ps(b, hi1);
    }
    alignas(32) float l[8], h[8];
    _mm256_store_ps(l, _mm256_min_ps(lo0, lo1));
    _mm256_store_ps(h, _mm256_max_ps(hi0, hi1));
    _mm256_zeroupper();
    float restMin = inf, restMax = -inf;
    finiteMinMaxSse(data + i, count - i, restMin, restMax);
    float lo = restMin, hi = restMax;
    for (int k = 0; k < 8; ++k) {
        lo = std::min(lo, l[k]);
        hi = std::max(hi, h[k]);
    }
    if (std::isinf(lo) || std::isinf(hi))
        return finiteMinMaxScalar(data, count, min, max);
    min = lo;
    max = hi;
    return true;
}

// The MSE criterion eight values at a time: the float steps lane by lane as the scalar code does
// them (no fused multiply-add), the differences and sums in double, eight partial sums.
__attribute__((target("avx2"))) double fakeQuantizationErrorAvx2(const float *values, const double *counts,
                                                                 std::size_t count, float scale, float inverseScale,
                                                                 float zeroPoint, float qmin, float qmax)
{
    const __m256 vInverse = _mm256_set1_ps(inverseScale);
    const __m256 vMagic = _mm256_set1_ps(12582912.0f);
    const __m256 vZero = _mm256_set1_ps(zeroPoint);
    const __m256 vMin = _mm256_set1_ps(qmin);
    const __m256 vMax = _mm256_set1_ps(qmax);
    const __m256 vScale = _mm256_set1_ps(scale);
    __m256d low = _mm256_setzero_pd(), high = _mm256_setzero_pd();
    std::size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m256 x = _mm256_loadu_ps(values + i);
        const __m256 rounded = _mm256_sub_ps(_mm256_add_ps(_mm256_mul_ps(x, vInverse), vMagic), vMagic);
        const __m256 level = _mm256_min_ps(_mm256_max_ps(_mm256_add_ps(rounded, vZero), vMin), vMax);
        const __m256 y = _mm256_mul_ps(vScale, _mm256_sub_ps(level, vZero));
        const __m256d dLow = _mm256_sub_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(y)),
                                           _mm256_cvtps_pd(_mm256_castps256_ps128(x)));
        const __m256d dHigh = _mm256_sub_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(y, 1)),
                                            _mm256_cvtps_pd(_mm256_extractf128_ps(x, 1)));
        low = _mm256_add_pd(low, _mm256_mul_pd(_mm256_mul_pd(_mm256_loadu_pd(counts + i), dLow), dLow));
        high = _mm256_add_pd(high, _mm256_mul_pd(_mm256_mul_pd(_mm256_loadu_pd(counts + i + 4), dHigh), dHigh));
    }
    alignas(32) double l[4], h[4];
    _mm256_store_pd(l, low);
    _mm256_store_pd(h, high);
    _mm256_zeroupper();
    const double rest = fakeQuantizationErrorScalar(values + i, counts + i, count - i, scale, inverseScale, zeroPoint,
                                                    qmin, qmax);
    return ((l[0] + h[0]) + (l[1] + h[1])) + ((l[2] + h[2]) + (l[3] + h[3])) + rest;
}

} // namespace
} // namespace qs::simd

extern "C" __m256d _ZGVdN4v_log(__m256d); // glibc's libmvec: log of four doubles, AVX2

namespace qs::simd {
namespace {

__attribute__((target("avx2"))) void logsAvx2(const double *in, double *out, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(out + i, _ZGVdN4v_log(_mm256_loadu_pd(in + i)));
    _mm256_zeroupper();
    for (; i < n; ++i)
        out[i] = std::log(in[i]);
}

// QUANTSCOPE_NO_AVX2=1 forces the SSE2 path (to check that both give the same bins).
bool hasAvx2()
{
    static const bool avx2 = __builtin_cpu_supports("avx2") && std::getenv("QUANTSCOPE_NO_AVX2") == nullptr;
    return avx2;
}
#endif

} // namespace

bool finiteMinMax(const float *data, std::size_t count, float &min, float &max)
{
#if defined(QS_HAVE_AVX2_PATH)
    if (hasAvx2())
        return finiteMinMaxAvx2(data, count, min, max);
#endif
    return finiteMinMaxSse(data, count, min, max);
}

void histcBins(const float *data, std::size_t count, float left, float right, int bins, std::int32_t *out)
{
#if defined(QS_HAVE_AVX2_PATH)
    if (hasAvx2())
        return histcBinsAvx2(data, count, left, right, bins, out);
#endif
    histcBinsSse(data, count, left, right, bins, out);
}

void magnitudeSlots(const float *data, std::size_t count, float inverseWidth, float absMax, int lastBin,
                    std::int32_t skip, std::int32_t *out)
{
#if defined(QS_HAVE_AVX2_PATH)
    if (hasAvx2())
        return magnitudeSlotsAvx2(data, count, inverseWidth, absMax, lastBin, skip, out);
#endif
    magnitudeSlotsSse(data, count, inverseWidth, absMax, lastBin, skip, out);
}

std::size_t packNonZero(const float *data, std::size_t count, float *out)
{
#if defined(QS_HAVE_AVX2_PATH)
    if (hasAvx2())
        return packNonZeroAvx2(data, count, out);
#endif
    return packNonZeroScalar(data, count, out);
}

double fakeQuantizationError(const float *values, const double *counts, std::size_t count, float scale,
                             float inverseScale, float zeroPoint, float qmin, float qmax)
{
#if defined(QS_HAVE_AVX2_PATH)
    if (hasAvx2())
        return fakeQuantizationErrorAvx2(values, counts, count, scale, inverseScale, zeroPoint, qmin, qmax);
#endif
    return fakeQuantizationErrorScalar(values, counts, count, scale, inverseScale, zeroPoint, qmin, qmax);
}

void logs(const double *in, double *out, std::size_t n)
{
#if defined(QS_HAVE_AVX2_PATH)
    if (hasAvx2())
        return logsAvx2(in, out, n);
#endif
    for (std::size_t i = 0; i < n; ++i)
        out[i] = std::log(in[i]);
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
