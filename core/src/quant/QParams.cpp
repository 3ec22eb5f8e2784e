#include "quantscope/QParams.h"

#include "quantscope/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace qs {

std::string toString(QuantDtype dtype)
{
    return dtype == QuantDtype::QInt8 ? "qint8" : "quint8";
}

std::string toString(QuantScheme scheme)
{
    return scheme == QuantScheme::Symmetric ? "symmetric" : "affine";
}

QuantDtype quantDtypeFromString(const std::string &name)
{
    if (name == "qint8")
        return QuantDtype::QInt8;
    if (name == "quint8")
        return QuantDtype::QUInt8;
    throw Error("unknown integer type '" + name + "': use qint8 or quint8");
}

QuantScheme quantSchemeFromString(const std::string &name)
{
    if (name == "affine")
        return QuantScheme::Affine;
    if (name == "symmetric")
        return QuantScheme::Symmetric;
    throw Error("unknown quantization scheme '" + name + "': use affine or symmetric");
}

QuantRange QuantSpec::range() const
{
    const int usedBits = reduceRange ? bits - 1 : bits;
    const int narrow = narrowRange ? 1 : 0;
    if (dtype == QuantDtype::QUInt8)
        return {narrow, (1 << usedBits) - 1};
    return {-(1 << (usedBits - 1)) + narrow, (1 << (usedBits - 1)) - 1};
}

void QuantSpec::validate() const
{
    if (bits < 2 || bits > 8)
        throw Error("bit width " + std::to_string(bits) + " is not supported: choose 2 to 8 bits");
    if (scheme == QuantScheme::Symmetric && reduceRange && dtype == QuantDtype::QUInt8)
        throw Error("symmetric quantization with reduce_range is not possible for quint8 (PyTorch refuses it): "
                    "use qint8, an affine scheme, or turn reduce_range off");
}

namespace {

// PyTorch's observers use torch.finfo(torch.float32).eps as the smallest scale.
constexpr float kScaleEps = std::numeric_limits<float>::epsilon();

// torch.round rounds half to even, as nearbyint does in the default rounding mode.
float roundHalfEven(float v)
{
    return std::nearbyint(v);
}

QParams qparamsFromValidRange(float min, float max, const QuantSpec &spec, const QuantRange &range)
{
    if (!(min <= max)) // an observer that saw nothing (or NaN): PyTorch's default
        return {1.0f, 0};
    const float minNeg = std::min(min, 0.0f);
    const float maxPos = std::max(max, 0.0f);
    QParams q;
    if (spec.scheme == QuantScheme::Symmetric) {
        const float absMax = std::max(-minNeg, maxPos);
        q.scale = std::max(absMax / (float(range.qmax - range.qmin) / 2.0f), kScaleEps);
        if (spec.dtype == QuantDtype::QUInt8) {
            // PyTorch uses 128 for the standard 8-bit range, (qmin + qmax) // 2 for a custom one.
            const bool standardRange = spec.bits == 8 && !spec.reduceRange && !spec.narrowRange;
            q.zeroPoint = standardRange ? 128 : (range.qmin + range.qmax) / 2;
        } else {
            q.zeroPoint = 0;
        }
        return q;
    }
    q.scale = std::max((maxPos - minNeg) / float(range.qmax - range.qmin), kScaleEps);
    const int zp = range.qmin - int(roundHalfEven(minNeg / q.scale));
    q.zeroPoint = std::clamp(zp, range.qmin, range.qmax);
    return q;
}

} // namespace

QParams calculateQParams(float min, float max, const QuantSpec &spec)
{
    spec.validate();
    return qparamsFromValidRange(min, max, spec, spec.range());
}

PerChannelQParams calculatePerChannelQParams(const std::vector<float> &mins, const std::vector<float> &maxs,
                                             const QuantSpec &spec, int axis)
{
    spec.validate();
    if (mins.size() != maxs.size())
        throw Error("per-channel ranges disagree: " + std::to_string(mins.size()) + " minima but "
                    + std::to_string(maxs.size()) + " maxima");
    const QuantRange range = spec.range();
    PerChannelQParams result;
    result.axis = axis;
    result.scales.reserve(mins.size());
    result.zeroPoints.reserve(mins.size());
    for (std::size_t c = 0; c < mins.size(); ++c) {
        const QParams q = qparamsFromValidRange(mins[c], maxs[c], spec, range);
        result.scales.push_back(q.scale);
        result.zeroPoints.push_back(q.zeroPoint);
    }
    return result;
}

int quantizeValue(float x, const QParams &qparams, const QuantRange &range)
{
    // at::native quantize_val: zero_point + nearbyint(value * (1 / scale)) computed in float
    const float inverse = 1.0f / qparams.scale;
    const long q = long(qparams.zeroPoint) + long(std::nearbyint(x * inverse));
    return int(std::clamp<long>(q, range.qmin, range.qmax));
}

float dequantizeValue(int q, const QParams &qparams)
{
    return qparams.scale * float(q - qparams.zeroPoint);
}

float fakeQuantizeValue(float x, const QParams &qparams, const QuantRange &range)
{
    return dequantizeValue(quantizeValue(x, qparams, range), qparams);
}

} // namespace qs
