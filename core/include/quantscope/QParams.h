#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace qs {

// The integer types PyTorch quantizes to.
enum class QuantDtype { QUInt8, QInt8 };
// Affine: zero point anywhere in range. Symmetric: range centred on 0 (zero point 0 for qint8, 128 for quint8).
enum class QuantScheme { Affine, Symmetric };

std::string toString(QuantDtype dtype);   // "quint8", "qint8"
std::string toString(QuantScheme scheme); // "affine", "symmetric"
QuantDtype quantDtypeFromString(const std::string &name);    // throws qs::Error
QuantScheme quantSchemeFromString(const std::string &name);  // throws qs::Error

// The integer range [qmin, qmax] values are clamped to.
struct QuantRange
{
    int qmin = 0;
    int qmax = 255;
    int levels() const { return qmax - qmin + 1; }
};

// Everything that decides scale and zero point besides the observed range.
// bits < 8 is simulated only (fake quantization); PyTorch's kernels exist for 8 bits.
struct QuantSpec
{
    QuantDtype dtype = QuantDtype::QUInt8;
    QuantScheme scheme = QuantScheme::Affine;
    bool reduceRange = false; // one bit less, as fbgemm/onednn activations use
    int bits = 8;             // 2..8
    // Leave out the lowest level: qint8 [-127, 127] as TFLite's int8 weights use, so the signed range is
    // symmetric around 0 and -qmin never overflows. (PyTorch's observers have no such switch.)
    bool narrowRange = false;

    // quint8 [0, 2^b - 1], qint8 [-2^(b-1), 2^(b-1) - 1]; reduce_range drops one bit; narrow range
    // raises qmin by one.
    QuantRange range() const;
    // Throws qs::Error for combinations PyTorch refuses (symmetric + reduce_range + quint8) or bits outside 2..8.
    void validate() const;
};

struct QParams
{
    float scale = 1.0f;
    int zeroPoint = 0;
};

struct PerChannelQParams
{
    std::vector<float> scales;
    std::vector<int> zeroPoints;
    int axis = 0;
};

// Scale and zero point from an observed [min, max], exactly as PyTorch 1.13's
// _ObserverBase._calculate_qparams computes them (float32 arithmetic, round half to even,
// 0 always representable, scale at least float32 epsilon). An empty range (min > max, as an
// observer that saw nothing has) gives scale 1, zero point 0, as PyTorch does.
QParams calculateQParams(float min, float max, const QuantSpec &spec);
PerChannelQParams calculatePerChannelQParams(const std::vector<float> &mins, const std::vector<float> &maxs,
                                             const QuantSpec &spec, int axis = 0);

// q = clamp(round(x / s) + z, qmin, qmax), as torch.quantize_per_tensor does.
int quantizeValue(float x, const QParams &qparams, const QuantRange &range);
// x̂ = s · (q − z)
float dequantizeValue(int q, const QParams &qparams);
// dequantize(quantize(x)): what the quantized model sees instead of x.
float fakeQuantizeValue(float x, const QParams &qparams, const QuantRange &range);

} // namespace qs
