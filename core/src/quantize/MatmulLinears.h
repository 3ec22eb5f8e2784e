#pragma once

// Private to core: linear layers written as matrix products, turned into aten::linear in a
// prepared graph so that calibration and the quantizer treat them as every other Linear.

#include "quantize/PreparedGraph.h"

namespace qs {

// Rewrites, where W is a 2-D tensor attribute and b a tensor attribute:
//   aten::addmm(b, x, W.t(), beta=1, alpha=1)  ->  aten::linear(x, W, b)
//   aten::matmul(x, W.t())                      ->  aten::linear(x, W, None)
// (W.t() also as transpose(W, 0, 1) or permute(W, [1, 0]); the same arithmetic, x · Wᵀ + b.)
// x @ W with W stored [in, out] has no [out, in] weight for the kernels to pack, and stays as it is.
void rewriteMatmulLinears(PreparedGraph &prepared);

} // namespace qs
