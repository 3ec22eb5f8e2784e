#pragma once

// Private to core: three ops of the real quantized graph written in other stock aten ops, because
// LibTorch 1.13 without FBGEMM runs their own kernels slowly:
//  - quantize_per_tensor(x, s, z, quint8) is a scalar loop on one thread (~4 ns per value);
//  - quantized max_pool2d on a channels-last tensor (onednn; qnnpack has a kernel of its own)
//    vectorises over channels in blocks of 32 and falls back to a scalar loop below that (a
//    16-channel conv output pools ~25x slower than a 32-channel one);
//  - quantized adaptive_avg_pool2d of a channels-last tensor is 2-3x slower than avg_pool2d over
//    the same windows (resnet's 7x7 -> 2x2: 44 vs 15 us at batch 64).
// The lowered forms give the same bytes (tests/core/tst_uint8lowering compares them), use only ops
// that stock LibTorch and PyTorch have, and keep tensors quantized: only the graph changes.

#include "quantscope/QParams.h"
#include "quantscope/QuantPlan.h"

#include <torch/csrc/jit/ir/ir.h>

namespace qs {

// quint8 quantization of float x as float ops: clamp(round(x · (1 / s)) + z, 0, 255) → uint8 →
// a per-tensor quantized tensor, exactly the bytes quantize_per_tensor writes (beyond ±2^63 steps,
// where LibTorch's integer conversion overflows, this one saturates). Inserted at the insert point.
torch::jit::Value *insertQuantizeUint8(torch::jit::Graph &graph, torch::jit::Value *x, const QParams &q);

// quint8 quantization of float x for a graph run on `engine`: the float ops above on onednn,
// aten::quantize_per_tensor on qnnpack. With qnnpack the quantized ops run on their own thread pool
// (pthreadpool) beside ATen's OpenMP threads; each OpenMP-parallel op between them then waits for
// a core (with 2 threads on 2 cores: 4 ms scheduler ticks), so the four parallel float ops cost
// more than the serial loop (resnet 1.22x the peer's time with them, 1.00x without); on ARM,
// qnnpack's home, quantize_per_tensor is vectorised anyway. Inserted at the insert point.
torch::jit::Value *insertQuantize(torch::jit::Graph &graph, torch::jit::Value *x, const QParams &q, QuantEngine engine);

// max_pool2d of the quint8 tensor qx (with qparams q), an N × C × H × W conv output with fewer than 32
// channels: the quantized pool reduces groups of rows (W·C channels wide) and the maximum of
// strided views of the bytes reduces neighbouring columns. Only when `pool` (an aten::max_pool2d
// node) has constant arguments with stride = kernel, no padding, dilation 1 and no ceil mode;
// otherwise (or with 32 channels or more, where the pool's own kernel is fast) nullptr, and
// nothing is inserted. Inserted at the insert point.
torch::jit::Value *insertMaxPoolUint8(torch::jit::Graph &graph, const torch::jit::Node *pool, torch::jit::Value *qx,
                                      const QParams &q, std::int64_t channels);

// adaptive_avg_pool2d of the quint8 tensor qx, a channels-last N × C × H × W conv output (channels
// > 0), as avg_pool2d whenever the adaptive windows are all alike, which the graph checks at run
// time: H % OH <= 1 and W % OW <= 1 (kernel H // OH + H % OH, stride H // OH; a global pool is
// always one), adaptive_avg_pool2d otherwise. On channels-last input both round the same way.
// Only when `pool` is an aten::adaptive_avg_pool2d with a constant output size; otherwise nullptr.
torch::jit::Value *insertAdaptiveAvgPoolUint8(torch::jit::Graph &graph, const torch::jit::Node *pool,
                                              torch::jit::Value *qx, std::int64_t channels);

} // namespace qs
