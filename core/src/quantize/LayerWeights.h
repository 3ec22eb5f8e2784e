#pragma once

// Private to core: a layer's weights as the quantized forms store them: batch norm folded in,
// quantized to qint8 (real form) or fake-quantized (simulated form), packed for LibTorch's kernels.

#include "quantscope/QuantPlan.h"
#include "quantscope/QuantizedModel.h"

#include <torch/script.h>

namespace qs {

struct FoldedConv
{
    torch::Tensor weight;
    torch::Tensor bias; // always defined after folding
};

// w' = w · γ / sqrt(var + ε) per output channel; b' = (b − mean) · γ / sqrt(var + ε) + β.
FoldedConv foldBatchNorm(const torch::Tensor &weight, const torch::Tensor &bias, const torch::Tensor &gamma,
                         const torch::Tensor &beta, const torch::Tensor &mean, const torch::Tensor &var, double eps);

struct QuantizedWeight
{
    torch::Tensor quantized; // qint8 (per tensor or per channel, axis 0); only for 8 bits
    torch::Tensor fake;      // float: the values the quantized weight stands for (any bit width)
    WeightEncoding encoding;
};

// Quantizes a weight with the layer's weight spec (qint8, its scheme and bits) per tensor or per
// output channel (axis 0), with PyTorch's MinMax observers' qparams.
QuantizedWeight quantizeWeight(const torch::Tensor &weight, const LayerQuantConfig &config);

// A dispatcher call to a registered operator; c10::Error passes through (callers add context).
c10::IValue callOperator(const char *name, const char *overload, std::vector<c10::IValue> args);

// Whether this x86 CPU has VNNI (AVX512-VNNI or AVX-VNNI): int8 products without 16-bit saturation.
bool cpuHasVnni();

// Sets LibTorch's quantized engine (global: packing and the quantized ops depend on it).
void setQuantizedEngine(QuantEngine engine);

// The fake-quantization clamp range of a spec: the stored integer type at `bits` (reduce_range only
// shrinks the scale, the kernels still clamp at the type's limits).
QuantRange storageRange(const QuantSpec &spec);

} // namespace qs
